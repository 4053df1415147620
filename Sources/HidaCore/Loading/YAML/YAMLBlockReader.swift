/// The working state of one `YAMLParser.parse` call: the text as UTF-8 bytes split into lines,
/// the next line to read, and the diagnostics found so far.
///
/// Block structure (maps and lists by indentation) lives here; scalars and flow lists in
/// `YAMLBlockReader+InlineValues.swift`, `|` and `>` blocks in `YAMLBlockReader+BlockScalars.swift`.
/// Nesting recursion is bounded by `maximumDepth`, so no input can exhaust the stack.
struct YAMLBlockReader {
    /// What kind of value was just read, which decides how deeper lines after it are reported.
    enum Shape {
        /// Nothing after the colon or dash, and nothing indented below.
        case empty
        /// A scalar or `[ ]` list that ends on its line.
        case inline
        /// A map, list or block scalar whose lines are indented by `indent` spaces.
        case block(indent: Int)
    }

    /// A value as read, with what the caller needs to resynchronise after it.
    struct ReadValue {
        var node: YAMLNode
        var shape: Shape
        /// True when the value itself was malformed; lines continuing it are then skipped silently.
        var hadError = false
    }

    /// How a non-empty, non-comment line starts, for the structure decisions.
    enum LineKind {
        case blank
        case comment
        case content
        case tabIndented(tabOffset: Int)
    }

    static let maximumDepth = 64

    let bytes: [UInt8]
    let lines: [YAMLLine]
    let path: String
    let firstLine: Int
    private(set) var diagnostics: [Diagnostic] = []
    /// The index of the first line not yet consumed.
    var nextLine = 0
    private var hasSeenContent = false
    private var columnCache = (line: -1, offset: 0, column: 1)

    init(text: String, path: String, firstLine: Int) {
        bytes = Array(text.utf8)
        let hasByteOrderMark = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        lines = YAMLLine.split(bytes, from: hasByteOrderMark ? 3 : 0)
        self.path = path
        self.firstLine = firstLine
    }

    // MARK: Positions and reporting

    /// The 1-based column of `offset` in line `index`, counting Unicode scalars.
    mutating func column(of offset: Int, inLine index: Int) -> Int {
        // Items of a long `[ ]` list are positioned left to right, so counting on from the
        // previous position keeps that linear instead of quadratic.
        var column = 1
        var cursor = lines[index].start
        if columnCache.line == index, columnCache.offset <= offset {
            column = columnCache.column
            cursor = columnCache.offset
        }
        while cursor < offset {
            if bytes[cursor] & 0xC0 != 0x80 {
                column += 1
            }
            cursor += 1
        }
        columnCache = (index, offset, column)
        return column
    }

    func fileLine(_ index: Int) -> Int {
        firstLine + index
    }

    mutating func node(_ value: YAMLValue, line index: Int, offset: Int) -> YAMLNode {
        YAMLNode(value: value, line: fileLine(index), column: column(of: offset, inLine: index))
    }

    mutating func report(_ problem: YAMLProblem, line index: Int, offset: Int) {
        let location = SourceLocation(path: path, line: fileLine(index), column: column(of: offset, inLine: index))
        diagnostics.append(.error(problem.message, at: location, rule: problem.rule, notes: problem.notes))
    }

    /// The diagnostics in file order; problems on the same spot keep the order they were found in.
    func sortedDiagnostics() -> [Diagnostic] {
        diagnostics.enumerated().sorted { left, right in
            let leftPlace = (left.element.location?.line ?? 0, left.element.location?.column ?? 0, left.offset)
            let rightPlace = (right.element.location?.line ?? 0, right.element.location?.column ?? 0, right.offset)
            return leftPlace < rightPlace
        }.map(\.element)
    }

    // MARK: Line navigation

    static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    func kind(ofLine index: Int) -> LineKind {
        let line = lines[index]
        var cursor = line.contentStart
        guard cursor < line.end else { return .blank }
        switch bytes[cursor] {
        case UInt8(ascii: "#"):
            return .comment
        case UInt8(ascii: "\t"):
            let tabOffset = cursor
            while cursor < line.end, Self.isBlank(bytes[cursor]) {
                cursor += 1
            }
            if cursor == line.end { return .blank }
            if bytes[cursor] == UInt8(ascii: "#") { return .comment }
            return .tabIndented(tabOffset: tabOffset)
        default:
            return .content
        }
    }

    func isBlankOrComment(line index: Int) -> Bool {
        switch kind(ofLine: index) {
        case .blank, .comment: true
        case .content, .tabIndented: false
        }
    }

    /// Moves past blank lines, comments and lines that were reported (tabs, document markers)
    /// and returns the index of the next line with content, without consuming it.
    mutating func peekContentLine() -> Int? {
        while nextLine < lines.count {
            let index = nextLine
            switch kind(ofLine: index) {
            case .blank, .comment:
                nextLine += 1
            case .tabIndented(let tabOffset):
                report(.tabIndentation, line: index, offset: tabOffset)
                nextLine += 1
                skipLines(deeperThan: lines[index].indent)
            case .content:
                if lines[index].indent == 0, handleDocumentLevelLine(index) {
                    continue
                }
                hasSeenContent = true
                return index
            }
        }
        return nil
    }

    /// Handles `---`, `...` and `%` at the start of line `index`; returns false for ordinary content.
    private mutating func handleDocumentLevelLine(_ index: Int) -> Bool {
        let line = lines[index]
        let first = bytes[line.start]
        if first == UInt8(ascii: "%"), !hasSeenContent {
            report(.directive, line: index, offset: line.start)
            nextLine += 1
            return true
        }
        guard first == UInt8(ascii: "-") || first == UInt8(ascii: "."),
              line.end - line.start >= 3,
              bytes[line.start + 1] == first, bytes[line.start + 2] == first,
              line.end == line.start + 3 || Self.isBlank(bytes[line.start + 3])
        else { return false }
        var afterMarker = line.start + 3
        while afterMarker < line.end, Self.isBlank(bytes[afterMarker]) {
            afterMarker += 1
        }
        let onlyCommentFollows = afterMarker == line.end || bytes[afterMarker] == UInt8(ascii: "#")
        if first == UInt8(ascii: "-"), !hasSeenContent {
            // A single `---` before any content only opens the document, as in many portal.yaml files.
            if !onlyCommentFollows {
                report(.unexpectedText(after: .documentMarker), line: index, offset: afterMarker)
            }
            nextLine += 1
            return true
        }
        if first == UInt8(ascii: "."), onlyCommentFollows {
            // `...` ends the document; only blank lines and comments may follow it.
            nextLine = index + 1
            var laterContent = false
            while nextLine < lines.count {
                if !isBlankOrComment(line: nextLine) {
                    laterContent = true
                }
                nextLine += 1
            }
            if laterContent {
                report(.multipleDocuments, line: index, offset: line.start)
            }
            return true
        }
        report(.multipleDocuments, line: index, offset: line.start)
        nextLine = lines.count
        return true
    }

    /// Consumes the following lines that are blank, comments, or indented more than `indent`,
    /// which is how the reader resynchronises after a problem.
    mutating func skipLines(deeperThan indent: Int) {
        while nextLine < lines.count {
            switch kind(ofLine: nextLine) {
            case .blank, .comment:
                nextLine += 1
            case .content, .tabIndented:
                guard lines[nextLine].indent > indent else { return }
                nextLine += 1
            }
        }
    }

    func isListItem(line index: Int, offset: Int) -> Bool {
        let end = lines[index].end
        return offset < end && bytes[offset] == UInt8(ascii: "-") && (offset + 1 == end || Self.isBlank(bytes[offset + 1]))
    }

    // MARK: Block structure

    /// Reads the whole text; lines left over after the root value are reported.
    mutating func readDocument() -> YAMLNode? {
        guard let first = peekContentLine() else { return nil }
        var root = readNode(line: first, offset: lines[first].contentStart, parentIndent: -1, depth: 0)
        if case .inline = root.shape, !root.hadError, case .scalar(let scalar) = root.node.value, scalar.style == .plain,
           let next = peekContentLine() {
            // A first line like `title:Foo` reads as a lone scalar; report it and read the rest as the document.
            diagnoseNonKeyLine(first, offset: lines[first].contentStart)
            root = readNode(line: next, offset: lines[next].contentStart, parentIndent: -1, depth: 0)
        }
        while let index = peekContentLine() {
            if !root.hadError {
                switch root.shape {
                case .inline, .empty:
                    report(.alreadyHasValue(.document, valueLine: root.node.line, isText: true),
                           line: index, offset: lines[index].contentStart)
                case .block(let indent):
                    report(.inconsistentIndentation(found: lines[index].indent, expected: [indent]),
                           line: index, offset: lines[index].contentStart)
                }
            }
            nextLine = index + 1
            skipLines(deeperThan: lines[index].indent)
        }
        return root.node
    }

    /// Reads the value that starts at `offset` of line `index`: a map, a list or a one-line value.
    mutating func readNode(line index: Int, offset: Int, parentIndent: Int, depth: Int) -> ReadValue {
        let indent = offset - lines[index].start
        if depth >= Self.maximumDepth {
            report(.tooDeep(limit: Self.maximumDepth), line: index, offset: offset)
            nextLine = index + 1
            skipLines(deeperThan: max(parentIndent, 0))
            return ReadValue(node: node(.null, line: index, offset: offset), shape: .inline, hadError: true)
        }
        if isListItem(line: index, offset: offset) {
            return readList(line: index, indent: indent, ownerIndent: parentIndent, depth: depth)
        }
        if let key = scanKey(line: index, offset: offset) {
            return readMapping(line: index, indent: indent, firstKey: key, depth: depth)
        }
        nextLine = index + 1
        return readInlineValue(line: index, offset: offset, ownerIndent: parentIndent, depth: depth)
    }

    /// Reads what follows a key's colon or a list item's dash at `offset`: a value on the same line,
    /// an indented block below, or nothing.
    mutating func readValue(
        after offset: Int, line index: Int, ownerIndent: Int, isAfterDash: Bool, depth: Int
    ) -> ReadValue {
        let line = lines[index]
        var start = offset
        while start < line.end, Self.isBlank(bytes[start]) {
            start += 1
        }
        if start == line.end || bytes[start] == UInt8(ascii: "#") {
            let empty = ReadValue(node: node(.null, line: index, offset: offset), shape: .empty)
            guard let next = peekContentLine() else { return empty }
            let nextIndent = lines[next].indent
            if nextIndent > ownerIndent {
                return readNode(line: next, offset: lines[next].contentStart, parentIndent: ownerIndent, depth: depth)
            }
            // A list may sit at the same indentation as its key (`pages:` then `- a`).
            if nextIndent == ownerIndent, !isAfterDash, isListItem(line: next, offset: lines[next].contentStart) {
                return readList(line: next, indent: nextIndent, ownerIndent: ownerIndent, depth: depth)
            }
            return empty
        }
        if isAfterDash {
            // After a dash a nested list or map may start on the same line (`- id: a`).
            return readNode(line: index, offset: start, parentIndent: ownerIndent, depth: depth)
        }
        return readInlineValue(line: index, offset: start, ownerIndent: ownerIndent, depth: depth)
    }

    /// Consumes the lines indented deeper than `ownerIndent` that follow `value`, reporting the first
    /// of them: after a one-line value they are a continuation, after a block they are misaligned.
    mutating func resynchronise(after value: ReadValue, ownerIndent: Int, owner: YAMLProblem.Owner) {
        while let index = peekContentLine(), lines[index].indent > ownerIndent {
            if !value.hadError {
                let offset = lines[index].contentStart
                switch value.shape {
                case .inline where keyExtent(line: index, offset: offset) != nil
                    || (isListItem(line: index, offset: offset) && value.node.items == nil):
                    // A key or item indented too far is more likely a slip of the space bar than a continuation.
                    report(.inconsistentIndentation(found: lines[index].indent, expected: [ownerIndent]),
                           line: index, offset: offset)
                case .inline:
                    let isText = if case .scalar = value.node.value { true } else { false }
                    report(.alreadyHasValue(owner, valueLine: value.node.line, isText: isText), line: index, offset: offset)
                case .empty:
                    report(.inconsistentIndentation(found: lines[index].indent, expected: [ownerIndent]),
                           line: index, offset: offset)
                case .block(let indent):
                    report(.inconsistentIndentation(found: lines[index].indent, expected: [ownerIndent, indent]),
                           line: index, offset: offset)
                }
            }
            nextLine = index + 1
            skipLines(deeperThan: ownerIndent)
        }
    }

    mutating func readMapping(line firstIndex: Int, indent: Int, firstKey: ScannedKey, depth: Int) -> ReadValue {
        var entries: [YAMLEntry] = []
        // Front matter maps are small, where a linear search beats hashing; large maps get an index.
        var lineOfKey: [String: Int]?
        var index = firstIndex
        var key = firstKey
        while true {
            nextLine = index + 1
            let value = readValue(after: key.valueOffset, line: index, ownerIndent: indent, isAfterDash: false, depth: depth + 1)
            let keyText = key.text
            let firstLine = lineOfKey.map { $0[keyText] } ?? entries.first { $0.key == keyText }?.keyLine
            if let firstLine {
                report(.duplicateKey(keyText, firstLine: firstLine), line: index, offset: key.offset)
            } else {
                entries.append(YAMLEntry(
                    key: keyText, keyLine: fileLine(index), keyColumn: column(of: key.offset, inLine: index), value: value.node))
                if lineOfKey != nil {
                    lineOfKey?[keyText] = fileLine(index)
                } else if entries.count > 16 {
                    lineOfKey = Dictionary(entries.map { ($0.key, $0.keyLine) }, uniquingKeysWith: { first, _ in first })
                }
            }
            resynchronise(after: value, ownerIndent: indent, owner: .key(key.text))
            guard let next = nextKey(atIndent: indent) else { break }
            index = next.line
            key = next.key
        }
        let start = lines[firstIndex].start + indent
        return ReadValue(node: node(.mapping(entries), line: firstIndex, offset: start), shape: .block(indent: indent))
    }

    /// Finds the next `key:` line at exactly `indent`, reporting and skipping lines there that are not keys.
    private mutating func nextKey(atIndent indent: Int) -> (line: Int, key: ScannedKey)? {
        while let index = peekContentLine(), lines[index].indent == indent {
            let offset = lines[index].contentStart
            if isListItem(line: index, offset: offset) {
                report(.listItemAmongKeys, line: index, offset: offset)
            } else if let key = scanKey(line: index, offset: offset) {
                return (index, key)
            } else {
                diagnoseNonKeyLine(index, offset: offset)
            }
            nextLine = index + 1
            skipLines(deeperThan: indent)
        }
        return nil
    }

    mutating func readList(line firstIndex: Int, indent: Int, ownerIndent: Int, depth: Int) -> ReadValue {
        var items: [YAMLNode] = []
        var index = firstIndex
        itemLoop: while true {
            nextLine = index + 1
            let dash = lines[index].start + indent
            let value = readValue(after: dash + 1, line: index, ownerIndent: indent, isAfterDash: true, depth: depth + 1)
            items.append(value.node)
            resynchronise(after: value, ownerIndent: indent, owner: .listItem)
            while let next = peekContentLine(), lines[next].indent == indent {
                if isListItem(line: next, offset: lines[next].contentStart) {
                    index = next
                    continue itemLoop
                }
                // A list written at its key's indentation ends where the next key starts.
                if indent == ownerIndent { break }
                report(.expectedListItem, line: next, offset: lines[next].contentStart)
                nextLine = next + 1
                skipLines(deeperThan: indent)
            }
            break
        }
        let start = lines[firstIndex].start + indent
        return ReadValue(node: node(.sequence(items), line: firstIndex, offset: start), shape: .block(indent: indent))
    }
}
