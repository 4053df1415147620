import ByteBuffer

extension TemplateRenderer {
    /// Writes a value: text always escaped, HTML raw only when the tag is trusted (`{{{ }}}`).
    mutating func append(_ value: TemplateValue, trusted: Bool) {
        switch value {
        case .text(let string):
            appendEscaped(string)
        case .html(let string):
            if trusted { output.append(utf8: string) } else { appendEscaped(string) }
        case .htmlUTF8(let bytes):
            if trusted { output.append(bytes) } else { appendEscaped(bytes) }
        case .bool(let flag):
            output.append(flag ? "true" : "false")
        case .number(let number):
            output.append(utf8: String(number))
        case .list, .object, .null:
            break
        }
    }

    /// Writes template bytes, putting the frame's indentation before each non-empty line.
    mutating func appendTemplateText(_ range: Range<Int>, of frame: RenderFrame) {
        guard !range.isEmpty else { return }
        let text = UnsafeBufferPointer(rebasing: tables.bytes[frame.template][range])
        if frame.indentation == 0 {
            output.append(text)
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
            if isAtLineStart, !isEmptyLine { output.append(indentation) }
            output.append(UnsafeBufferPointer(rebasing: text[start..<lineEnd]))
            isAtLineStart = text[lineEnd - 1] == ASCII.newline
            start = lineEnd
        }
    }

    /// Writes the frame's indentation when a template line starts here.
    mutating func writeIndentationIfAtLineStart(_ frame: RenderFrame) {
        guard isAtLineStart else { return }
        output.append(indentations[frame.indentation])
        isAtLineStart = false
    }

    /// Writes `string` with `& < > " '` replaced by entities.
    mutating func appendEscaped(_ string: String) {
        string.withUTF8Bytes { appendEscaped($0) }
    }

    private mutating func appendEscaped(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { appendEscaped($0) }
    }

    private mutating func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        for index in bytes.indices {
            let byte = bytes[index]
            // Letters and every byte of a multi-byte character come after `>`, the highest of the five.
            if byte > UInt8(ascii: ">") { continue }
            let entity: StaticString
            switch byte {
            case UInt8(ascii: "&"): entity = "&amp;"
            case UInt8(ascii: "<"): entity = "&lt;"
            case UInt8(ascii: ">"): entity = "&gt;"
            case UInt8(ascii: "\""): entity = "&quot;"
            case UInt8(ascii: "'"): entity = "&#39;"
            default: continue
            }
            output.append(UnsafeBufferPointer(rebasing: bytes[runStart ..< index]))
            output.append(entity)
            runStart = index + 1
        }
        output.append(UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }
}
