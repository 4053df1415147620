extension TemplateLexer {
    /// A scanned tag, or the offset to resume at after a malformed one (already reported).
    enum TagScan {
        case tag(ScannedTag)
        case malformed(resumeAt: Int)
    }

    /// Reads the tag whose `{{` is at `open`.
    mutating func scanTag(at open: Int) -> TagScan {
        let count = bytes.count
        if open + 2 < count, bytes[open + 2] == ASCII.openBrace {
            return scanTripleTag(at: open)
        }
        var sigil = open + 2
        while sigil < count, ASCII.isBlank(bytes[sigil]) {
            sigil += 1
        }
        if sigil < count, bytes[sigil] == UInt8(ascii: "!") {
            // Comments may span lines; they end at the first `}}`.
            guard let close = find(ASCII.closeBrace, ASCII.closeBrace, from: sigil + 1) else {
                report("unclosed comment: expected \"}}\"", at: open, rule: "template-syntax")
                return .malformed(resumeAt: count)
            }
            return .tag(ScannedTag(kind: .comment, name: sigil + 1..<close, open: open, end: close + 2))
        }
        guard let close = findClose(from: open + 2) else {
            report("unclosed tag: expected \"}}\" on the same line", at: open, rule: "template-syntax")
            return .malformed(resumeAt: lineEnd(from: open))
        }
        let end = close + 2
        let content = trimmed(open + 2..<close)
        guard !content.isEmpty else {
            report("empty tag", at: open, rule: "template-syntax")
            return .malformed(resumeAt: end)
        }
        let kind: TagKind
        switch bytes[content.lowerBound] {
        case UInt8(ascii: "#"): kind = .sectionOpen
        case UInt8(ascii: "^"): kind = .invertedSectionOpen
        case UInt8(ascii: "/"): kind = .close
        case UInt8(ascii: ">"): kind = .partial
        case UInt8(ascii: "<"): kind = .parent
        case UInt8(ascii: "$"): kind = .blockOpen
        case UInt8(ascii: "&"): kind = .trustedVariable
        case UInt8(ascii: "="):
            report("set-delimiter tags are not supported", at: open, rule: "template-syntax")
            return .malformed(resumeAt: end)
        default:
            return validated(ScannedTag(kind: .variable, name: content, open: open, end: end))
        }
        let name = trimmed(content.lowerBound + 1..<content.upperBound)
        return validated(ScannedTag(kind: kind, name: name, open: open, end: end))
    }

    private mutating func scanTripleTag(at open: Int) -> TagScan {
        guard let close = findClose(from: open + 3) else {
            report("unclosed tag: expected \"}}}\" on the same line", at: open, rule: "template-syntax")
            return .malformed(resumeAt: lineEnd(from: open))
        }
        guard close + 2 < bytes.count, bytes[close + 2] == ASCII.closeBrace else {
            report("a tag opened with \"{{{\" must close with \"}}}\"", at: open, rule: "template-syntax")
            return .malformed(resumeAt: close + 2)
        }
        let name = trimmed(open + 3..<close)
        return validated(ScannedTag(kind: .trustedVariable, name: name, open: open, end: close + 3))
    }

    /// Checks the tag's name: no inner whitespace or braces, and for variables no empty dotted parts.
    private mutating func validated(_ tag: ScannedTag) -> TagScan {
        let name = bytes[tag.name]
        guard !name.isEmpty else {
            report("tag has no name", at: tag.open, rule: "template-syntax")
            return .malformed(resumeAt: tag.end)
        }
        let text = String(decoding: name, as: UTF8.self)
        if name.contains(where: { ASCII.isPadding($0) || $0 == ASCII.openBrace || $0 == ASCII.closeBrace }) {
            report("invalid name \"\(text)\"", at: tag.open, rule: "template-syntax")
            return .malformed(resumeAt: tag.end)
        }
        let isLookup = tag.kind == .variable || tag.kind == .trustedVariable || tag.kind == .sectionOpen
            || tag.kind == .invertedSectionOpen
        if isLookup, text != ".", text.split(separator: ".", omittingEmptySubsequences: false).contains(where: \.isEmpty) {
            report("invalid name \"\(text)\": dotted names need a name between the dots", at: tag.open, rule: "template-syntax")
            return .malformed(resumeAt: tag.end)
        }
        return .tag(tag)
    }

    private mutating func report(_ message: String, at offset: Int, rule: String) {
        let position = locator.position(of: offset)
        errors.append(TemplateError(path: path, line: position.line, column: position.column, message: message, rule: rule))
    }

    // MARK: - Byte search

    /// The offset of the first `first second` pair at or after `start`.
    func find(_ first: UInt8, _ second: UInt8, from start: Int) -> Int? {
        var index = start
        let last = bytes.count - 1
        while index < last {
            if bytes[index] == first, bytes[index + 1] == second { return index }
            index += 1
        }
        return nil
    }

    /// The offset of the first `}}` at or after `start` on the same line.
    func findClose(from start: Int) -> Int? {
        var index = start
        let last = bytes.count - 1
        while index < last {
            let byte = bytes[index]
            if byte == ASCII.newline { return nil }
            if byte == ASCII.closeBrace, bytes[index + 1] == ASCII.closeBrace { return index }
            index += 1
        }
        return nil
    }

    /// The offset of the newline ending the line that contains `start`, or the end of the bytes.
    func lineEnd(from start: Int) -> Int {
        var index = start
        while index < bytes.count, bytes[index] != ASCII.newline {
            index += 1
        }
        return index
    }

    /// `range` without padding whitespace at either end.
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, ASCII.isPadding(bytes[lower]) { lower += 1 }
        while upper > lower, ASCII.isPadding(bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }
}
