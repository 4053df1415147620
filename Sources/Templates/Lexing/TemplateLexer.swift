/// Splits template bytes into text and tags, applying the Mustache standalone-line rule, and reports malformed tags.
struct TemplateLexer {
    let bytes: [UInt8]
    let path: String
    var locator: PositionLocator
    private var cursor = 0
    private var tokens: [TemplateToken] = []
    var errors: [TemplateError] = []

    /// Lexes a whole template.
    static func tokenize(_ bytes: [UInt8], path: String) -> (tokens: [TemplateToken], errors: [TemplateError]) {
        var lexer = TemplateLexer(bytes: bytes, path: path)
        lexer.run()
        return (lexer.tokens, lexer.errors)
    }

    private init(bytes: [UInt8], path: String) {
        self.bytes = bytes
        self.path = path
        self.locator = PositionLocator(bytes)
    }

    /// What a tag's sigil says it is.
    enum TagKind: Equatable {
        case variable, trustedVariable, sectionOpen, invertedSectionOpen, close, comment, partial, parent, blockOpen
    }

    /// A well-formed tag: its kind, its trimmed name and the offset after its closing braces.
    struct ScannedTag {
        var kind: TagKind
        var name: Range<Int>
        var open: Int
        var end: Int
    }

    private mutating func run() {
        while cursor < bytes.count {
            guard let open = find(ASCII.openBrace, ASCII.openBrace, from: cursor) else {
                appendText(cursor..<bytes.count)
                return
            }
            switch scanTag(at: open) {
            case .malformed(let resume):
                appendText(cursor..<resume)
                cursor = resume
            case .tag(let tag):
                emit(tag)
            }
        }
    }

    private mutating func emit(_ tag: ScannedTag) {
        var unitEnd = tag.end
        var pairedClose: ScannedTag?
        // An empty layout or block (`{{<a}}{{/a}}`) on its own line is standalone as one unit.
        if tag.kind == .parent || tag.kind == .blockOpen, let close = closeTag(at: tag.end, matching: tag.name) {
            pairedClose = close
            unitEnd = close.end
        }
        let standalone = tag.kind != .variable && tag.kind != .trustedVariable ? standaloneLine(open: tag.open, end: unitEnd) : nil
        let position = locator.position(of: tag.open)
        var token = TemplateToken(kind: .text, bytes: tag.name, position: position)
        if let standalone {
            appendText(cursor..<standalone.lineStart)
            token.isStandalone = true
            let canIndent = tag.kind == .partial || tag.kind == .parent || (tag.kind == .blockOpen && pairedClose != nil)
            if canIndent, standalone.lineStart < tag.open {
                token.indentation = standalone.lineStart..<tag.open
            }
            cursor = standalone.next
        } else {
            appendText(cursor..<tag.open)
            cursor = unitEnd
        }
        switch tag.kind {
        case .comment: return
        case .variable: token.kind = .variable
        case .trustedVariable: token.kind = .trustedVariable
        case .sectionOpen: token.kind = .sectionOpen
        case .invertedSectionOpen: token.kind = .invertedSectionOpen
        case .close: token.kind = .close
        case .partial: token.kind = .partial
        case .parent: token.kind = .parent
        case .blockOpen: token.kind = .blockOpen
        }
        tokens.append(token)
        if let pairedClose {
            let closePosition = locator.position(of: pairedClose.open)
            tokens.append(TemplateToken(kind: .close, bytes: pairedClose.name, position: closePosition, isStandalone: token.isStandalone))
        }
    }

    private mutating func appendText(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        tokens.append(TemplateToken(kind: .text, bytes: range, position: SourcePosition(line: 0, column: 0)))
    }

    // MARK: - Standalone lines

    /// Where the removed line starts and where text resumes, when the tag is alone on its line.
    private func standaloneLine(open: Int, end: Int) -> (lineStart: Int, next: Int)? {
        var lineStart = open
        while lineStart > cursor, ASCII.isBlank(bytes[lineStart - 1]) {
            lineStart -= 1
        }
        let startsLine: Bool
        if lineStart > cursor {
            startsLine = bytes[lineStart - 1] == ASCII.newline
        } else {
            // The text before this tag is all blank: the tag starts a line if the previous token ended one.
            startsLine = cursor == 0 || bytes[cursor - 1] == ASCII.newline
        }
        guard startsLine else { return nil }
        var after = end
        while after < bytes.count, ASCII.isBlank(bytes[after]) {
            after += 1
        }
        if after == bytes.count { return (lineStart, after) }
        if bytes[after] == ASCII.newline { return (lineStart, after + 1) }
        if bytes[after] == ASCII.carriageReturn, after + 1 < bytes.count, bytes[after + 1] == ASCII.newline {
            return (lineStart, after + 2)
        }
        return nil
    }

    /// The closing tag `{{/name}}` starting exactly at `offset`, if there is one.
    private func closeTag(at offset: Int, matching name: Range<Int>) -> ScannedTag? {
        guard offset + 1 < bytes.count, bytes[offset] == ASCII.openBrace, bytes[offset + 1] == ASCII.openBrace,
              let close = findClose(from: offset + 2)
        else { return nil }
        let content = trimmed(offset + 2..<close)
        guard content.count > 1, bytes[content.lowerBound] == UInt8(ascii: "/") else { return nil }
        let closeName = trimmed(content.lowerBound + 1..<content.upperBound)
        guard bytes[closeName].elementsEqual(bytes[name]) else { return nil }
        return ScannedTag(kind: .close, name: closeName, open: offset, end: close + 2)
    }
}
