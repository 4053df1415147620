extension TemplateRenderer {
    /// Writes a value: text always escaped, HTML raw only when the tag is trusted (`{{{ }}}`).
    mutating func append(_ value: TemplateValue, trusted: Bool) {
        switch value {
        case .text(let string):
            appendEscaped(string)
        case .html(let string):
            if trusted { output.append(contentsOf: string.utf8) } else { appendEscaped(string) }
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
        let bytes = templates[frame.template].bytes
        guard !range.isEmpty else { return }
        if frame.indentation.isEmpty {
            output.append(contentsOf: bytes[range])
            isAtLineStart = bytes[range.upperBound - 1] == ASCII.newline
            return
        }
        var start = range.lowerBound
        while start < range.upperBound {
            var lineEnd = start
            while lineEnd < range.upperBound, bytes[lineEnd] != ASCII.newline { lineEnd += 1 }
            if lineEnd < range.upperBound { lineEnd += 1 }
            let isEmptyLine = bytes[start] == ASCII.newline || (bytes[start] == ASCII.carriageReturn && lineEnd - start == 2)
            if isAtLineStart, !isEmptyLine { output.append(contentsOf: frame.indentation) }
            output.append(contentsOf: bytes[start..<lineEnd])
            isAtLineStart = bytes[lineEnd - 1] == ASCII.newline
            start = lineEnd
        }
    }

    /// Writes the frame's indentation when a template line starts here.
    mutating func writeIndentationIfAtLineStart(_ frame: RenderFrame) {
        guard isAtLineStart else { return }
        output.append(contentsOf: frame.indentation)
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
            let entity: StaticString
            switch bytes[index] {
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
