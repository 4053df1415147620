extension TemplateRenderer {
    /// Writes a value: text always escaped, HTML raw only when the tag is trusted (`{{{ }}}`).
    mutating func append(_ value: TemplateValue, trusted: Bool) {
        switch value {
        case .text(let string):
            appendEscaped(string)
        case .html(let string):
            if trusted { output.append(contentsOf: string.utf8) } else { appendEscaped(string) }
        case .htmlUTF8(let bytes):
            if trusted { output.append(contentsOf: bytes) } else { appendEscaped(bytes) }
        case .bool(let flag):
            output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let number):
            output.append(contentsOf: String(number).utf8)
        case .list, .object, .null:
            break
        }
    }

    /// Writes template bytes, putting the frame's indentation before each non-empty line.
    mutating func appendTemplateText(_ range: Range<Int>, of frame: RenderFrame) {
        guard !range.isEmpty else { return }
        let text = UnsafeBufferPointer(rebasing: tables.bytes[frame.template][range])
        if frame.indentation == 0 {
            output.append(contentsOf: text)
        } else {
            appendIndentedLines(text, indentation: indentations[frame.indentation])
        }
        isAtLineStart = text[text.count - 1] == ASCII.newline
    }

    private mutating func appendIndentedLines(_ text: UnsafeBufferPointer<UInt8>, indentation: [UInt8]) {
        var start = 0
        while start < text.count {
            var lineEnd = start
            while lineEnd < text.count, text[lineEnd] != ASCII.newline { lineEnd += 1 }
            if lineEnd < text.count { lineEnd += 1 }
            let isEmptyLine = text[start] == ASCII.newline || (text[start] == ASCII.carriageReturn && lineEnd - start == 2)
            if isAtLineStart, !isEmptyLine { output.append(contentsOf: indentation) }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<lineEnd]))
            isAtLineStart = text[lineEnd - 1] == ASCII.newline
            start = lineEnd
        }
    }

    /// Writes the frame's indentation when a template line starts here.
    mutating func writeIndentationIfAtLineStart(_ frame: RenderFrame) {
        guard isAtLineStart else { return }
        output.append(contentsOf: indentations[frame.indentation])
        isAtLineStart = false
    }

    /// Writes `string` with `& < > " '` replaced by entities.
    mutating func appendEscaped(_ string: String) {
        let written: Void? = string.utf8.withContiguousStorageIfAvailable { appendEscaped($0) }
        if written == nil {
            appendEscaped(Array(string.utf8))
        }
    }

    private mutating func appendEscaped(_ bytes: some Collection<UInt8>) {
        var runStart = bytes.startIndex
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            // Letters and every byte of a multi-byte character come after `>`, the highest of the five.
            if byte > UInt8(ascii: ">") {
                bytes.formIndex(after: &index)
                continue
            }
            let entity: StaticString
            switch byte {
            case UInt8(ascii: "&"): entity = "&amp;"
            case UInt8(ascii: "<"): entity = "&lt;"
            case UInt8(ascii: ">"): entity = "&gt;"
            case UInt8(ascii: "\""): entity = "&quot;"
            case UInt8(ascii: "'"): entity = "&#39;"
            default:
                bytes.formIndex(after: &index)
                continue
            }
            output.append(contentsOf: bytes[runStart..<index])
            output.append(contentsOf: UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
            bytes.formIndex(after: &index)
            runStart = index
        }
        output.append(contentsOf: bytes[runStart..<bytes.endIndex])
    }
}
