extension YAMLBlockReader {
    /// What happens to the line breaks at the end of a block scalar.
    enum Chomping {
        /// Default: one final line break is kept.
        case clip
        /// `-`: no final line break.
        case strip
        /// `+`: the final line break and any empty lines after it are kept.
        case keep
    }

    /// Reads a `|` (literal) or `>` (folded) block scalar whose indicator is at `offset`,
    /// consuming its content lines, which must be indented more than `ownerIndent`.
    mutating func readBlockScalar(line index: Int, offset indicator: Int, ownerIndent: Int) -> ReadValue {
        let line = lines[index]
        let isFolded = bytes[indicator] == UInt8(ascii: ">")
        var cursor = indicator + 1
        var chomping = Chomping.clip
        var hasChomping = false
        var explicitIndent: Int?
        while cursor < line.end {
            let byte = bytes[cursor]
            if !hasChomping, byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") {
                chomping = byte == UInt8(ascii: "-") ? .strip : .keep
                hasChomping = true
            } else if explicitIndent == nil, byte >= UInt8(ascii: "1"), byte <= UInt8(ascii: "9") {
                explicitIndent = Int(byte - UInt8(ascii: "0"))
            } else {
                break
            }
            cursor += 1
        }
        let headerIsClean = expectLineEnd(line: index, from: cursor, after: .blockIndicator(isFolded ? ">" : "|"), reportingAt: indicator)
        nextLine = index + 1

        let contentIndent = explicitIndent.map { max(ownerIndent, 0) + $0 } ?? detectContentIndent(ownerIndent: ownerIndent)
        var contentLines: [Range<Int>?] = []
        while nextLine < lines.count {
            let candidate = lines[nextLine]
            if isWhitespaceOnly(candidate) {
                let contentStart = candidate.start + contentIndent
                contentLines.append(candidate.indent >= contentIndent && contentStart < candidate.end ? contentStart..<candidate.end : nil)
            } else if candidate.indent >= contentIndent {
                contentLines.append((candidate.start + contentIndent)..<candidate.end)
            } else {
                break
            }
            nextLine += 1
        }

        let text = isFolded ? foldedText(contentLines, chomping: chomping) : literalText(contentLines, chomping: chomping)
        let scalar = YAMLScalar(text: text, style: isFolded ? .folded : .literal)
        return ReadValue(node: node(.scalar(scalar), line: index, offset: indicator),
                         shape: .block(indent: contentIndent), hadError: !headerIsClean)
    }

    private func isWhitespaceOnly(_ line: YAMLLine) -> Bool {
        var cursor = line.contentStart
        while cursor < line.end {
            if !Self.isBlank(bytes[cursor]) { return false }
            cursor += 1
        }
        return true
    }

    /// The indentation of the first non-blank line below, or one more than the owner when there is none.
    private func detectContentIndent(ownerIndent: Int) -> Int {
        var candidate = nextLine
        while candidate < lines.count {
            let line = lines[candidate]
            if !isWhitespaceOnly(line) {
                return line.indent > ownerIndent ? line.indent : ownerIndent + 1
            }
            candidate += 1
        }
        return ownerIndent + 1
    }

    private func literalText(_ contentLines: [Range<Int>?], chomping: Chomping) -> String {
        guard let last = contentLines.lastIndex(where: { $0 != nil }) else {
            return chomping == .keep ? String(repeating: "\n", count: contentLines.count) : ""
        }
        var text: [UInt8] = []
        for position in 0...last {
            if position > 0 {
                text.append(UInt8(ascii: "\n"))
            }
            if let range = contentLines[position] {
                text.append(contentsOf: bytes[range])
            }
        }
        appendEnding(to: &text, chomping: chomping, trailingEmptyLines: contentLines.count - last - 1)
        return String(decoding: text, as: UTF8.self)
    }

    /// Folds line breaks between ordinary lines into spaces; empty lines become line breaks and
    /// lines indented more than the block (code, lists) keep their breaks (YAML 1.2 §8.1.3).
    private func foldedText(_ contentLines: [Range<Int>?], chomping: Chomping) -> String {
        guard let last = contentLines.lastIndex(where: { $0 != nil }) else {
            return chomping == .keep ? String(repeating: "\n", count: contentLines.count) : ""
        }
        var text: [UInt8] = []
        var emptyLinesBefore = 0
        var hasText = false
        var previousWasMoreIndented = false
        for position in 0...last {
            guard let range = contentLines[position] else {
                emptyLinesBefore += 1
                continue
            }
            let isMoreIndented = Self.isBlank(bytes[range.lowerBound])
            let breaks: Int
            if !hasText {
                breaks = emptyLinesBefore
            } else if previousWasMoreIndented || isMoreIndented {
                breaks = emptyLinesBefore + 1
            } else {
                breaks = emptyLinesBefore
            }
            if hasText, breaks == 0 {
                text.append(UInt8(ascii: " "))
            } else {
                text.append(contentsOf: repeatElement(UInt8(ascii: "\n"), count: breaks))
            }
            text.append(contentsOf: bytes[range])
            hasText = true
            previousWasMoreIndented = isMoreIndented
            emptyLinesBefore = 0
        }
        appendEnding(to: &text, chomping: chomping, trailingEmptyLines: contentLines.count - last - 1)
        return String(decoding: text, as: UTF8.self)
    }

    private func appendEnding(to text: inout [UInt8], chomping: Chomping, trailingEmptyLines: Int) {
        switch chomping {
        case .strip:
            break
        case .clip:
            text.append(UInt8(ascii: "\n"))
        case .keep:
            text.append(contentsOf: repeatElement(UInt8(ascii: "\n"), count: 1 + trailingEmptyLines))
        }
    }
}
