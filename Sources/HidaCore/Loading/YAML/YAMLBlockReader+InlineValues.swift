extension YAMLBlockReader {
    /// A `key:` found at the start of a line's content.
    struct ScannedKey {
        var text: String
        /// Offset of the key's first byte (its opening quote when quoted).
        var offset: Int
        /// Offset just past the colon.
        var valueOffset: Int
    }

    private static let doubleQuote = UInt8(ascii: "\"")
    private static let singleQuote = UInt8(ascii: "'")
    private static let backslash = UInt8(ascii: "\\")
    private static let colon = UInt8(ascii: ":")
    private static let hash = UInt8(ascii: "#")
    private static let comma = UInt8(ascii: ",")
    private static let openBracket = UInt8(ascii: "[")
    private static let closeBracket = UInt8(ascii: "]")

    private func isFollowedByBlankOrEnd(_ offset: Int, lineEnd: Int) -> Bool {
        offset + 1 == lineEnd || Self.isBlank(bytes[offset + 1])
    }

    // MARK: Keys

    /// Returns the key if the content at `offset` is `key:` followed by a space or the line end.
    mutating func scanKey(line index: Int, offset: Int) -> ScannedKey? {
        guard let extent = keyExtent(line: index, offset: offset) else { return nil }
        let text: String
        switch bytes[offset] {
        case Self.doubleQuote:
            text = scanDoubleQuoted(line: index, offset: offset)?.text ?? ""
        case Self.singleQuote:
            text = scanSingleQuoted(line: index, offset: offset)?.text ?? ""
        default:
            text = String(decoding: bytes[offset..<extent.keyEnd], as: UTF8.self)
        }
        return ScannedKey(text: text, offset: offset, valueOffset: extent.colon + 1)
    }

    /// Where the key at `offset` ends (without trailing blanks) and where its colon is, without decoding it.
    func keyExtent(line index: Int, offset: Int) -> (keyEnd: Int, colon: Int)? {
        let end = lines[index].end
        let first = bytes[offset]
        if first == Self.doubleQuote || first == Self.singleQuote {
            guard let close = closingQuote(line: index, offset: offset) else { return nil }
            var colonOffset = close + 1
            while colonOffset < end, Self.isBlank(bytes[colonOffset]) {
                colonOffset += 1
            }
            guard colonOffset < end, bytes[colonOffset] == Self.colon, isFollowedByBlankOrEnd(colonOffset, lineEnd: end)
            else { return nil }
            return (close + 1, colonOffset)
        }
        if problemAtValueStart(line: index, offset: offset) != nil { return nil }
        switch first {
        case Self.openBracket, UInt8(ascii: "|"), UInt8(ascii: ">"), Self.hash:
            return nil
        case UInt8(ascii: "-") where isFollowedByBlankOrEnd(offset, lineEnd: end):
            return nil
        default:
            break
        }
        var cursor = offset
        while cursor < end {
            let byte = bytes[cursor]
            if byte == Self.colon, isFollowedByBlankOrEnd(cursor, lineEnd: end) {
                var keyEnd = cursor
                while keyEnd > offset, Self.isBlank(bytes[keyEnd - 1]) {
                    keyEnd -= 1
                }
                return (keyEnd, cursor)
            }
            if Self.isBlank(byte), cursor + 1 < end, bytes[cursor + 1] == Self.hash {
                return nil
            }
            cursor += 1
        }
        return nil
    }

    /// Reports why a line where a key was expected is not one.
    mutating func diagnoseNonKeyLine(_ index: Int, offset: Int) {
        if let problem = problemAtValueStart(line: index, offset: offset) {
            report(problem, line: index, offset: offset)
            return
        }
        let first = bytes[offset]
        if first == Self.doubleQuote || first == Self.singleQuote, closingQuote(line: index, offset: offset) == nil {
            report(first == Self.doubleQuote ? .unterminatedDoubleQuoted : .unterminatedSingleQuoted, line: index, offset: offset)
            return
        }
        let end = lines[index].end
        var missingSpace = false
        var cursor = offset
        while cursor + 1 < end {
            let next = bytes[cursor + 1]
            if bytes[cursor] == Self.colon, !Self.isBlank(next), next != UInt8(ascii: "/"), next != Self.colon {
                missingSpace = true
                break
            }
            if Self.isBlank(bytes[cursor]), next == Self.hash { break }
            cursor += 1
        }
        report(.expectedKey(missingSpaceAfterColon: missingSpace), line: index, offset: offset)
    }

    /// The problem with a value that starts with a character outside the subset, if any.
    func problemAtValueStart(line index: Int, offset: Int) -> YAMLProblem? {
        let end = lines[index].end
        let byte = bytes[offset]
        switch byte {
        case UInt8(ascii: "&"):
            return .anchor
        case UInt8(ascii: "*"):
            return .alias
        case UInt8(ascii: "!"):
            return .tag
        case UInt8(ascii: "{"):
            return .flowMapping
        case UInt8(ascii: "?") where isFollowedByBlankOrEnd(offset, lineEnd: end):
            return .complexKey
        case Self.colon where isFollowedByBlankOrEnd(offset, lineEnd: end):
            return .missingKey
        case UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"), Self.comma, Self.closeBracket, UInt8(ascii: "}"):
            return .reservedCharacter(Character(Unicode.Scalar(byte)))
        default:
            return nil
        }
    }

    // MARK: One-line values

    /// Reads a value that starts at `offset`: a scalar or `[ ]` list on this line, or a `|`/`>` block.
    mutating func readInlineValue(line index: Int, offset: Int, ownerIndent: Int, depth: Int) -> ReadValue {
        let end = lines[index].end
        if let problem = problemAtValueStart(line: index, offset: offset) {
            report(problem, line: index, offset: offset)
            return ReadValue(node: node(.null, line: index, offset: offset), shape: .inline, hadError: true)
        }
        switch bytes[offset] {
        case Self.doubleQuote, Self.singleQuote:
            let isDouble = bytes[offset] == Self.doubleQuote
            let quoted = isDouble ? scanDoubleQuoted(line: index, offset: offset) : scanSingleQuoted(line: index, offset: offset)
            guard let quoted else {
                return ReadValue(node: node(.null, line: index, offset: offset), shape: .inline, hadError: true)
            }
            let scalar = YAMLScalar(text: quoted.text, style: isDouble ? .doubleQuoted : .singleQuoted)
            let isClean = expectLineEnd(line: index, from: quoted.end, after: .closingQuote)
            return ReadValue(node: node(.scalar(scalar), line: index, offset: offset), shape: .inline, hadError: !isClean)
        case Self.openBracket:
            let list = readFlowList(line: index, offset: offset, depth: depth)
            var hadError = list.end == nil
            if let listEnd = list.end, !expectLineEnd(line: index, from: listEnd, after: .flowList) {
                hadError = true
            }
            return ReadValue(node: list.node, shape: .inline, hadError: hadError)
        case UInt8(ascii: "|"), UInt8(ascii: ">"):
            return readBlockScalar(line: index, offset: offset, ownerIndent: ownerIndent)
        case UInt8(ascii: "-") where isFollowedByBlankOrEnd(offset, lineEnd: end):
            report(.listOnKeyLine, line: index, offset: offset)
            return ReadValue(node: node(.null, line: index, offset: offset), shape: .inline, hadError: true)
        default:
            return readPlainScalar(line: index, offset: offset)
        }
    }

    /// Checks that only blanks or a comment follow `offset` on the line, reporting otherwise.
    mutating func expectLineEnd(
        line index: Int, from offset: Int, after context: YAMLProblem.Context, reportingAt reportOffset: Int? = nil
    ) -> Bool {
        let end = lines[index].end
        var cursor = offset
        while cursor < end, Self.isBlank(bytes[cursor]) {
            cursor += 1
        }
        if cursor == end || (bytes[cursor] == Self.hash && cursor > offset) {
            return true
        }
        report(.unexpectedText(after: context), line: index, offset: reportOffset ?? cursor)
        return false
    }

    private mutating func readPlainScalar(line index: Int, offset: Int) -> ReadValue {
        let end = lines[index].end
        var cursor = offset
        var textEnd = offset
        var hadError = false
        while cursor < end {
            let byte = bytes[cursor]
            if Self.isBlank(byte) {
                // ` #` starts a comment; a `#` inside a word (`https://x.no/a#b`) does not.
                if cursor + 1 < end, bytes[cursor + 1] == Self.hash { break }
            } else {
                if byte == Self.colon, !hadError, isFollowedByBlankOrEnd(cursor, lineEnd: end) {
                    report(.colonInPlainValue, line: index, offset: cursor)
                    hadError = true
                }
                textEnd = cursor + 1
            }
            cursor += 1
        }
        let scalar = YAMLScalar(text: String(decoding: bytes[offset..<textEnd], as: UTF8.self), style: .plain)
        return ReadValue(node: node(.scalar(scalar), line: index, offset: offset), shape: .inline, hadError: hadError)
    }

    // MARK: Quoted scalars

    /// The offset of the quote that closes the one at `offset`, or nil when the line ends first.
    func closingQuote(line index: Int, offset: Int) -> Int? {
        let end = lines[index].end
        let quote = bytes[offset]
        var cursor = offset + 1
        while cursor < end {
            let byte = bytes[cursor]
            if quote == Self.doubleQuote, byte == Self.backslash {
                cursor += 2
                continue
            }
            if byte == quote {
                if quote == Self.singleQuote, cursor + 1 < end, bytes[cursor + 1] == Self.singleQuote {
                    cursor += 2
                    continue
                }
                return cursor
            }
            cursor += 1
        }
        return nil
    }

    /// Decodes the double-quoted scalar at `offset`; returns its text and the offset past the closing quote.
    mutating func scanDoubleQuoted(line index: Int, offset: Int) -> (text: String, end: Int)? {
        let end = lines[index].end
        var decoded: [UInt8] = []
        var segmentStart = offset + 1
        var cursor = offset + 1
        while cursor < end {
            let byte = bytes[cursor]
            if byte == Self.doubleQuote {
                decoded.append(contentsOf: bytes[segmentStart..<cursor])
                return (String(decoding: decoded, as: UTF8.self), cursor + 1)
            }
            if byte == Self.backslash {
                guard cursor + 1 < end else { break }
                decoded.append(contentsOf: bytes[segmentStart..<cursor])
                cursor += decodeEscape(line: index, backslash: cursor, into: &decoded)
                segmentStart = cursor
                continue
            }
            cursor += 1
        }
        report(.unterminatedDoubleQuoted, line: index, offset: offset)
        return nil
    }

    /// Appends the character that the escape at `backslash` stands for; returns the escape's length in bytes.
    private mutating func decodeEscape(line index: Int, backslash: Int, into decoded: inout [UInt8]) -> Int {
        let end = lines[index].end
        let code = bytes[backslash + 1]
        let simple: UInt8? = switch code {
        case UInt8(ascii: "\""): Self.doubleQuote
        case UInt8(ascii: "\\"): Self.backslash
        case UInt8(ascii: "/"): UInt8(ascii: "/")
        case UInt8(ascii: "n"): UInt8(ascii: "\n")
        case UInt8(ascii: "t"): UInt8(ascii: "\t")
        case UInt8(ascii: "r"): UInt8(ascii: "\r")
        default: nil
        }
        if let simple {
            decoded.append(simple)
            return 2
        }
        if code == UInt8(ascii: "u") {
            if let unit = hexQuad(at: backslash + 2, lineEnd: end) {
                // A UTF-16 surrogate pair written as two escapes (`\uD83D\uDE00`) is one character.
                if (0xD800...0xDBFF).contains(unit), backslash + 11 < end,
                   bytes[backslash + 6] == Self.backslash, bytes[backslash + 7] == UInt8(ascii: "u"),
                   let low = hexQuad(at: backslash + 8, lineEnd: end), (0xDC00...0xDFFF).contains(low),
                   let scalar = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)) {
                    decoded.append(contentsOf: Array(scalar.utf8))
                    return 12
                }
                if let scalar = Unicode.Scalar(unit) {
                    decoded.append(contentsOf: Array(scalar.utf8))
                    return 6
                }
            }
            var shownEnd = backslash + 2
            while shownEnd < min(end, backslash + 6), Self.hexValue(bytes[shownEnd]) != nil {
                shownEnd += 1
            }
            report(.badEscape(String(decoding: bytes[backslash..<shownEnd], as: UTF8.self)), line: index, offset: backslash)
            return shownEnd - backslash
        }
        var characterEnd = backslash + 2
        while characterEnd < end, bytes[characterEnd] & 0xC0 == 0x80 {
            characterEnd += 1
        }
        report(.badEscape(String(decoding: bytes[backslash..<characterEnd], as: UTF8.self)), line: index, offset: backslash)
        return characterEnd - backslash
    }

    private func hexQuad(at offset: Int, lineEnd: Int) -> UInt32? {
        guard offset + 4 <= lineEnd else { return nil }
        var value: UInt32 = 0
        for cursor in offset..<(offset + 4) {
            guard let digit = Self.hexValue(bytes[cursor]) else { return nil }
            value = value << 4 | digit
        }
        return value
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// Decodes the single-quoted scalar at `offset` (`''` is one quote); returns its text and the offset past the closing quote.
    mutating func scanSingleQuoted(line index: Int, offset: Int) -> (text: String, end: Int)? {
        let end = lines[index].end
        var decoded: [UInt8] = []
        var segmentStart = offset + 1
        var cursor = offset + 1
        while cursor < end {
            if bytes[cursor] == Self.singleQuote {
                if cursor + 1 < end, bytes[cursor + 1] == Self.singleQuote {
                    decoded.append(contentsOf: bytes[segmentStart...cursor])
                    cursor += 2
                    segmentStart = cursor
                    continue
                }
                decoded.append(contentsOf: bytes[segmentStart..<cursor])
                return (String(decoding: decoded, as: UTF8.self), cursor + 1)
            }
            cursor += 1
        }
        report(.unterminatedSingleQuoted, line: index, offset: offset)
        return nil
    }

    // MARK: Flow lists

    /// Reads the `[ ]` list opening at `offset`; `end` is the offset past `]`, or nil when the list was reported as malformed.
    mutating func readFlowList(line index: Int, offset open: Int, depth: Int) -> (node: YAMLNode, end: Int?) {
        let end = lines[index].end
        var items: [YAMLNode] = []
        func failure() -> (node: YAMLNode, end: Int?) {
            (node(.sequence(items), line: index, offset: open), nil)
        }
        if depth >= Self.maximumDepth {
            report(.tooDeep(limit: Self.maximumDepth), line: index, offset: open)
            return failure()
        }
        var cursor = open + 1
        while true {
            while cursor < end, Self.isBlank(bytes[cursor]) {
                cursor += 1
            }
            if cursor == end || bytes[cursor] == Self.hash {
                report(.unterminatedFlowList, line: index, offset: open)
                return failure()
            }
            let itemStart = cursor
            switch bytes[itemStart] {
            case Self.closeBracket:
                // Reached directly after `[` or after a trailing comma.
                return (node(.sequence(items), line: index, offset: open), itemStart + 1)
            case Self.comma:
                report(.emptyFlowEntry, line: index, offset: itemStart)
                return failure()
            case Self.openBracket:
                let nested = readFlowList(line: index, offset: itemStart, depth: depth + 1)
                guard let nestedEnd = nested.end else { return failure() }
                items.append(nested.node)
                cursor = nestedEnd
            case Self.doubleQuote, Self.singleQuote:
                let isDouble = bytes[itemStart] == Self.doubleQuote
                let quoted = isDouble ? scanDoubleQuoted(line: index, offset: itemStart) : scanSingleQuoted(line: index, offset: itemStart)
                guard let quoted else { return failure() }
                let scalar = YAMLScalar(text: quoted.text, style: isDouble ? .doubleQuoted : .singleQuoted)
                items.append(node(.scalar(scalar), line: index, offset: itemStart))
                cursor = quoted.end
            default:
                if let problem = problemAtValueStart(line: index, offset: itemStart) {
                    report(problem, line: index, offset: itemStart)
                    return failure()
                }
                guard let plainEnd = scanFlowPlain(line: index, offset: itemStart) else { return failure() }
                let text = String(decoding: bytes[itemStart..<plainEnd.textEnd], as: UTF8.self)
                items.append(node(.scalar(YAMLScalar(text: text, style: .plain)), line: index, offset: itemStart))
                cursor = plainEnd.next
            }
            while cursor < end, Self.isBlank(bytes[cursor]) {
                cursor += 1
            }
            if cursor < end, bytes[cursor] == Self.comma {
                cursor += 1
            } else if cursor < end, bytes[cursor] == Self.closeBracket {
                return (node(.sequence(items), line: index, offset: open), cursor + 1)
            } else if cursor == end || bytes[cursor] == Self.hash {
                report(.unterminatedFlowList, line: index, offset: open)
                return failure()
            } else {
                report(.unexpectedText(after: .flowListItem), line: index, offset: cursor)
                return failure()
            }
        }
    }

    /// Scans a plain item inside `[ ]`, which ends at `,`, a bracket or brace, or a comment.
    private mutating func scanFlowPlain(line index: Int, offset: Int) -> (textEnd: Int, next: Int)? {
        let end = lines[index].end
        var cursor = offset
        var textEnd = offset
        while cursor < end {
            let byte = bytes[cursor]
            switch byte {
            case Self.comma, Self.openBracket, Self.closeBracket, UInt8(ascii: "{"), UInt8(ascii: "}"):
                return (textEnd, cursor)
            case _ where Self.isBlank(byte):
                if cursor + 1 < end, bytes[cursor + 1] == Self.hash {
                    return (textEnd, cursor)
                }
            case Self.colon:
                let next = cursor + 1 < end ? bytes[cursor + 1] : Self.comma
                if Self.isBlank(next) || next == Self.comma || next == Self.closeBracket {
                    report(.colonInPlainValue, line: index, offset: cursor)
                    return nil
                }
                textEnd = cursor + 1
            default:
                textEnd = cursor + 1
            }
            cursor += 1
        }
        return (textEnd, cursor)
    }
}
