/// Phase one: builds the block tree line by line (CommonMark appendix "A parsing strategy").
///
/// Leaf content is appended to the document's literal storage as lines arrive; only one
/// leaf is open at a time, so each leaf's content is one contiguous range.
final class BlockParser {
    typealias Bytes = UnsafeBufferPointer<UInt8>

    static let tabStop = 4

    let options: MarkdownOptions
    let tree: DocumentTree
    let root: Int32
    @exclusivity(unchecked) var open: [OpenBlock]
    @exclusivity(unchecked) var references: [[UInt8]: LinkReference] = [:]
    @exclusivity(unchecked) var segments: [LineSegment] = []
    /// Leaf blocks whose content the inline parser must process.
    @exclusivity(unchecked) var leaves: [Int32] = []
    /// The column alignments of the open table (only one table can be open at a time).
    @exclusivity(unchecked) var tableAlignments: [TableAlignment] = []

    // The current line and the cursor in it.
    @exclusivity(unchecked) var p: Bytes = Bytes(start: nil, count: 0)
    @exclusivity(unchecked) var lineStart = 0
    @exclusivity(unchecked) var lineEnd = 0
    @exclusivity(unchecked) var lineNumber: Int32 = 0
    @exclusivity(unchecked) var offset = 0
    @exclusivity(unchecked) var column = 0
    @exclusivity(unchecked) var firstNonspace = 0
    @exclusivity(unchecked) var firstNonspaceColumn = 0
    @exclusivity(unchecked) var indent = 0
    @exclusivity(unchecked) var blank = false
    @exclusivity(unchecked) var partiallyConsumedTab = false
    /// The stack index of the deepest block the line continued.
    @exclusivity(unchecked) var lastMatched = 0
    @exclusivity(unchecked) var unmatchedClosed = false
    @exclusivity(unchecked) var skipLineText = false
    /// Where a thematic break scan on this line failed; scans starting earlier fail too.
    @exclusivity(unchecked) var thematicBreakFailure = 0
    // Scalar column cache for the current line.
    @exclusivity(unchecked) private var columnCacheOffset = 0
    @exclusivity(unchecked) private var columnCacheValue: Int32 = 1

    init(options: MarkdownOptions, tree: DocumentTree) {
        self.options = options
        self.tree = tree
        root = tree.makeNode(.document, line: 1, column: 1)
        open = [OpenBlock(root)]
    }

    /// Parses the whole (sanitised) input and closes every block.
    func parse(_ input: Bytes) {
        p = input
        var i = 0
        let n = input.count
        while i < n, let base = input.baseAddress {
            let j = ByteScan.firstLineEnd(base, i, n)
            processLine(start: i, end: j)
            if j < n && input[j] == ASCII.carriageReturn && j + 1 < n && input[j + 1] == ASCII.newline {
                i = j + 2
            } else {
                i = j + 1
            }
        }
        while open.count > 0 {
            closeTip()
        }
    }

    // MARK: - Cursor

    @inline(__always) func peek(_ i: Int) -> UInt8 { i < lineEnd ? p[i] : 0 }

    func findFirstNonspace() {
        // Reuse the last scan while the cursor has not passed it: rescanning the
        // indentation once per open block would be quadratic for deep nesting.
        if firstNonspace > offset {
            indent = firstNonspaceColumn - column
            blank = firstNonspace >= lineEnd
            return
        }
        var i = offset
        var col = column
        var charsToTab = Self.tabStop - (column % Self.tabStop)
        while i < lineEnd {
            let c = p[i]
            if c == ASCII.space {
                i += 1
                col += 1
                charsToTab -= 1
                if charsToTab == 0 { charsToTab = Self.tabStop }
            } else if c == ASCII.tab {
                i += 1
                col += charsToTab
                charsToTab = Self.tabStop
            } else {
                break
            }
        }
        firstNonspace = i
        firstNonspaceColumn = col
        indent = col - column
        blank = i >= lineEnd
    }

    func advanceOffset(_ count: Int, columns: Bool) {
        var count = count
        while count > 0 && offset < lineEnd {
            if p[offset] == ASCII.tab {
                let charsToTab = Self.tabStop - (column % Self.tabStop)
                if columns {
                    partiallyConsumedTab = charsToTab > count
                    let advance = min(count, charsToTab)
                    column += advance
                    offset += partiallyConsumedTab ? 0 : 1
                    count -= advance
                } else {
                    partiallyConsumedTab = false
                    column += charsToTab
                    offset += 1
                    count -= 1
                }
            } else {
                partiallyConsumedTab = false
                offset += 1
                column += 1
                count -= 1
            }
        }
    }

    /// The 1-based column, in Unicode scalars, of byte `index` of the current line.
    func scalarColumn(_ index: Int) -> Int32 {
        if index < columnCacheOffset {
            columnCacheOffset = lineStart
            columnCacheValue = 1
        }
        var value = columnCacheValue
        if let base = p.baseAddress, index > columnCacheOffset {
            value += Int32(ByteScan.scalarCount(base, columnCacheOffset, index))
        }
        columnCacheOffset = index
        columnCacheValue = value
        return value
    }

    // MARK: - Lines

    func processLine(start: Int, end: Int) {
        lineStart = start
        lineEnd = end
        lineNumber += 1
        offset = start
        column = 0
        firstNonspace = -1
        partiallyConsumedTab = false
        columnCacheOffset = start
        columnCacheValue = 1
        unmatchedClosed = false
        skipLineText = false
        thematicBreakFailure = start

        guard matchOpenBlocks() else { return }
        openNewBlocks()
        if !skipLineText {
            addLineText()
        }
    }

    /// Continues the open blocks the line allows; false when the line was used up (a closing fence).
    func matchOpenBlocks() -> Bool {
        var index = 1
        while index < open.count {
            findFirstNonspace()
            var matched = true
            let node = open[index].node
            switch tree[node].type {
            case .blockQuote:
                if indent <= 3 && peek(firstNonspace) == UInt8(ascii: ">") {
                    advanceOffset(indent + 1, columns: true)
                    if ASCII.isSpaceOrTab(peek(offset)) { advanceOffset(1, columns: true) }
                } else {
                    matched = false
                }
            case .item:
                let width = open[index].markerOffset + open[index].padding
                if indent >= width {
                    advanceOffset(width, columns: true)
                } else if blank && tree[node].hasChildren {
                    advanceOffset(firstNonspace - offset, columns: false)
                } else {
                    matched = false
                }
            case .codeBlock:
                if tree[node].flags.contains(.fenced) {
                    let fenceCharacter = open[index].fenceCharacter
                    if indent <= 3 && peek(firstNonspace) == fenceCharacter
                        && BlockStartScanner.closingFenceLength(p, firstNonspace, lineEnd, character: fenceCharacter)
                            >= open[index].fenceLength
                    {
                        // The closing fence ends the block and uses up the line.
                        while open.count > index { closeTip() }
                        return false
                    }
                    var remaining = open[index].fenceOffset
                    while remaining > 0 && ASCII.isSpaceOrTab(peek(offset)) {
                        advanceOffset(1, columns: true)
                        remaining -= 1
                    }
                } else if indent >= 4 {
                    advanceOffset(4, columns: true)
                } else if blank {
                    advanceOffset(firstNonspace - offset, columns: false)
                } else {
                    matched = false
                }
            case .heading:
                matched = false
            case .htmlBlock:
                if blank && open[index].htmlBlockKind >= 6 { matched = false }
            case .paragraph, .table:
                if blank { matched = false }
            default:
                break
            }
            if !matched { break }
            index += 1
        }
        lastMatched = index - 1
        return true
    }

    var containerType: NodeType { tree[unmatchedClosed ? open[open.count - 1].node : open[lastMatched].node].type }

    /// Closes the blocks the line did not continue (once per line).
    func closeUnmatched() {
        guard !unmatchedClosed else { return }
        while open.count - 1 > lastMatched { closeTip() }
        unmatchedClosed = true
    }

    /// Adds a block under the current container, closing blocks that cannot contain it.
    @discardableResult
    func addChild(_ type: NodeType, at index: Int) -> Int32 {
        closeUnmatched()
        while !canContain(tree[open[open.count - 1].node].type, type) { closeTip() }
        let node = tree.makeNode(type, line: lineNumber, column: scalarColumn(index))
        let parent = open[open.count - 1].node
        let previousSibling = tree[parent].lastChild
        tree.appendChild(node, to: parent)
        open.append(OpenBlock(node, previousSibling: previousSibling))
        return node
    }

    func canContain(_ parent: NodeType, _ child: NodeType) -> Bool {
        switch parent {
        case .document, .blockQuote, .item: return child != .item
        case .list: return child == .item
        default: return false
        }
    }

    func openNewBlocks() {
        var maybeLazy = tree[open[open.count - 1].node].type == .paragraph
        while true {
            let type = containerType
            if type == .codeBlock || type == .htmlBlock { break }
            findFirstNonspace()
            let indented = indent >= 4
            let c = peek(firstNonspace)
            if !indented && c == UInt8(ascii: ">") {
                advanceOffset(firstNonspace + 1 - offset, columns: false)
                if ASCII.isSpaceOrTab(peek(offset)) { advanceOffset(1, columns: true) }
                addChild(.blockQuote, at: firstNonspace)
            } else if !indented && c == UInt8(ascii: "#"),
                let (level, contentStart) = BlockStartScanner.atxHeading(p, firstNonspace, lineEnd)
            {
                let start = firstNonspace
                advanceOffset(contentStart - offset, columns: false)
                let heading = addChild(.heading, at: start)
                tree[heading].number = Int32(level)
            } else if !indented && (c == UInt8(ascii: "`") || c == UInt8(ascii: "~")),
                let (fenceCharacter, fenceLength) = BlockStartScanner.openingFence(p, firstNonspace, lineEnd)
            {
                let start = firstNonspace
                let fenceOffset = firstNonspace - offset
                let code = addChild(.codeBlock, at: start)
                tree[code].flags.insert(.fenced)
                open[open.count - 1].fenceCharacter = fenceCharacter
                open[open.count - 1].fenceLength = fenceLength
                open[open.count - 1].fenceOffset = fenceOffset
                var infoStart = start + fenceLength
                var infoEnd = lineEnd
                while infoStart < infoEnd && ASCII.isWhitespace(p[infoStart]) { infoStart += 1 }
                while infoEnd > infoStart && ASCII.isWhitespace(p[infoEnd - 1]) { infoEnd -= 1 }
                tree[code].extraStart = Int32(tree.bytes.count)
                EntityDecoder.appendUnescaped(p, infoStart, infoEnd, to: &tree.bytes)
                tree[code].extraEnd = Int32(tree.bytes.count)
                tree[code].literalStart = tree[code].extraEnd
                tree[code].literalEnd = tree[code].extraEnd
                offset = lineEnd
                skipLineText = true
            } else if !indented && c == UInt8(ascii: "<"),
                let kind = HTMLBlockScanner.startKind(p, firstNonspace, lineEnd, allowKind7: type != .paragraph)
            {
                let html = addChild(.htmlBlock, at: firstNonspace)
                tree[html].literalStart = Int32(tree.bytes.count)
                tree[html].literalEnd = tree[html].literalStart
                open[open.count - 1].htmlBlockKind = kind
            } else if !indented && type == .paragraph && (c == UInt8(ascii: "=") || c == UInt8(ascii: "-")),
                let level = BlockStartScanner.setextUnderline(p, firstNonspace, lineEnd),
                resolveReferenceDefinitions(open[open.count - 1].node)
            {
                let paragraph = open[open.count - 1].node
                tree[paragraph].type = .heading
                tree[paragraph].number = Int32(level)
                offset = lineEnd
                skipLineText = true
            } else if !indented && options.extensions && type == .paragraph && open.count - 1 == lastMatched
                && openTable()
            {
                skipLineText = true
            } else if !indented && thematicBreakFailure <= firstNonspace
                && BlockStartScanner.isThematicBreak(p, firstNonspace, lineEnd, failure: &thematicBreakFailure)
            {
                addChild(.thematicBreak, at: firstNonspace)
                offset = lineEnd
                skipLineText = true
            } else if (!indented || type == .list) && indent < 4,
                let marker = BlockStartScanner.listMarker(p, firstNonspace, lineEnd, interruptsParagraph: type == .paragraph)
            {
                openListItem(marker)
            } else if indented && !maybeLazy && !blank {
                advanceOffset(4, columns: true)
                let code = addChild(.codeBlock, at: offset)
                tree[code].literalStart = Int32(tree.bytes.count)
                tree[code].literalEnd = tree[code].literalStart
            } else {
                break
            }
            let newType = containerType
            if newType == .paragraph || newType == .heading || newType == .codeBlock || newType == .table
                || newType == .thematicBreak
            {
                break
            }
            maybeLazy = false
        }
    }

    func openListItem(_ marker: ListMarker) {
        let markerStart = firstNonspace
        advanceOffset(firstNonspace + marker.length - offset, columns: false)
        let savedTab = partiallyConsumedTab
        let savedOffset = offset
        let savedColumn = column
        while column - savedColumn <= 5 && ASCII.isSpaceOrTab(peek(offset)) {
            advanceOffset(1, columns: true)
        }
        let spaces = column - savedColumn
        let padding: Int
        if spaces >= 5 || spaces < 1 || offset >= lineEnd {
            padding = marker.length + 1
            offset = savedOffset
            column = savedColumn
            partiallyConsumedTab = savedTab
            if spaces > 0 { advanceOffset(1, columns: true) }
        } else {
            padding = marker.length + spaces
        }
        let markerOffset = indent
        var needsList = true
        if containerType == .list {
            let list = tree[open[unmatchedClosed ? open.count - 1 : lastMatched].node]
            needsList = list.flags.contains(.ordered) != marker.ordered
                || (marker.ordered
                    ? list.flags.contains(.parenDelimiter) != (marker.character == UInt8(ascii: ")"))
                    : list.number != Int32(marker.character))
        }
        if needsList {
            let list = addChild(.list, at: markerStart)
            if marker.ordered {
                tree[list].flags.insert(.ordered)
                if marker.character == UInt8(ascii: ")") { tree[list].flags.insert(.parenDelimiter) }
                tree[list].number = Int32(clamping: marker.start)
            } else {
                tree[list].number = Int32(marker.character)
            }
        }
        addChild(.item, at: markerStart)
        open[open.count - 1].markerOffset = markerOffset
        open[open.count - 1].padding = padding
    }

    func addLineText() {
        findFirstNonspace()
        let containerIndex = unmatchedClosed ? open.count - 1 : lastMatched
        let container = open[containerIndex].node
        if blank {
            let last = tree[container].lastChild
            if last != NodeRecord.none { tree[last].flags.insert(.lastLineBlank) }
        }
        let type = tree[container].type
        let lastLineBlank = blank && type != .blockQuote && type != .heading && type != .thematicBreak
            && !(type == .codeBlock && tree[container].flags.contains(.fenced))
            && !(type == .item && !tree[container].hasChildren && tree[container].line == lineNumber)
        if lastLineBlank {
            tree[container].flags.insert(.lastLineBlank)
        } else {
            tree[container].flags.remove(.lastLineBlank)
        }
        var ancestor = containerIndex - 1
        while ancestor >= 0 {
            tree[open[ancestor].node].flags.remove(.lastLineBlank)
            ancestor -= 1
        }

        let tip = open[open.count - 1]
        if !unmatchedClosed && open.count - 1 != lastMatched && !blank && tree[tip.node].type == .paragraph {
            // Lazy continuation line.
            advanceOffset(firstNonspace - offset, columns: false)
            appendLine(to: tip.node)
            return
        }
        closeUnmatched()
        let current = open[open.count - 1]
        switch tree[current.node].type {
        case .codeBlock:
            appendLine(to: current.node)
        case .htmlBlock:
            appendLine(to: current.node)
            if current.htmlBlockKind <= 5
                && HTMLBlockScanner.lineEnds(kind: current.htmlBlockKind, p, firstNonspace, lineEnd)
            {
                closeTip()
            }
        case _ where blank:
            break
        case .heading:
            addHeadingText(current.node)
        case .paragraph:
            advanceOffset(firstNonspace - offset, columns: false)
            appendLine(to: current.node)
        case .table:
            addTableRow(current.node)
        default:
            let paragraph = addChild(.paragraph, at: firstNonspace)
            advanceOffset(firstNonspace - offset, columns: false)
            tree[paragraph].literalStart = Int32(tree.bytes.count)
            tree[paragraph].literalEnd = tree[paragraph].literalStart
            tree[paragraph].extraStart = Int32(segments.count)
            tree[paragraph].extraEnd = tree[paragraph].extraStart
            appendLine(to: paragraph)
        }
    }

    /// Appends the rest of the line (from `offset`) plus a newline to a leaf's content.
    func appendLine(to node: Int32) {
        if tree[node].type == .paragraph {
            segments.append(LineSegment(storageOffset: Int32(tree.bytes.count), line: lineNumber,
                                        column: scalarColumn(offset)))
            tree[node].extraEnd = Int32(segments.count)
        }
        if partiallyConsumedTab {
            offset += 1
            let charsToTab = Self.tabStop - (column % Self.tabStop)
            for _ in 0..<charsToTab { tree.bytes.append(ASCII.space) }
        }
        if offset < lineEnd {
            tree.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: p[offset..<lineEnd]))
        }
        tree.bytes.append(ASCII.newline)
        tree[node].literalEnd = Int32(tree.bytes.count)
    }

    func addHeadingText(_ heading: Int32) {
        var start = firstNonspace
        var end = lineEnd
        while end > start && ASCII.isSpaceOrTab(p[end - 1]) { end -= 1 }
        // Drop a closing sequence of `#`s when it is the whole content or follows a space.
        var hashes = end
        while hashes > start && p[hashes - 1] == UInt8(ascii: "#") { hashes -= 1 }
        if hashes < end {
            if hashes == start {
                end = start
            } else if ASCII.isSpaceOrTab(p[hashes - 1]) {
                end = hashes
                while end > start && ASCII.isSpaceOrTab(p[end - 1]) { end -= 1 }
            }
        }
        if start > end { start = end }
        tree[heading].extraStart = Int32(segments.count)
        segments.append(LineSegment(storageOffset: Int32(tree.bytes.count), line: lineNumber,
                                    column: scalarColumn(start)))
        tree[heading].extraEnd = Int32(segments.count)
        tree[heading].literalStart = Int32(tree.bytes.count)
        tree.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: p[start..<end]))
        tree[heading].literalEnd = Int32(tree.bytes.count)
    }

    // MARK: - Closing blocks

    /// Finalises the deepest open block and pops it.
    func closeTip() {
        guard let block = open.popLast() else { return }
        let node = block.node
        switch tree[node].type {
        case .paragraph:
            if !resolveReferenceDefinitions(node) {
                if let parent = open.last?.node, tree[parent].lastChild == node {
                    // Only definitions: the paragraph leaves the tree.
                    tree[parent].lastChild = block.previousSibling
                    if block.previousSibling == NodeRecord.none {
                        tree[parent].firstChild = NodeRecord.none
                    } else {
                        tree[block.previousSibling].next = NodeRecord.none
                    }
                }
            } else {
                leaves.append(node)
            }
        case .heading:
            leaves.append(node)
        case .codeBlock:
            if !tree[node].flags.contains(.fenced) {
                removeTrailingBlankLines(node)
            }
        case .list:
            finalizeList(node)
        default:
            break
        }
    }

    /// Extracts definitions from the start of a paragraph; false when nothing else remains.
    func resolveReferenceDefinitions(_ paragraph: Int32) -> Bool {
        var start = Int(tree[paragraph].literalStart)
        let end = Int(tree[paragraph].literalEnd)
        tree.bytes.withUnsafeBufferPointer { q in
            while start < end && q[start] == UInt8(ascii: "["),
                let (label, reference, next) = ReferenceDefinitionParser.parse(q, start, end)
            {
                if references[label] == nil { references[label] = reference }
                start = next
            }
        }
        tree[paragraph].literalStart = Int32(start)
        return tree.bytes.withUnsafeBufferPointer { q in
            !q[start..<end].allSatisfy { ASCII.isWhitespace($0) }
        }
    }

    func removeTrailingBlankLines(_ code: Int32) {
        let start = Int(tree[code].literalStart)
        let end = Int(tree[code].literalEnd)
        var i = end - 1
        let newEnd = tree.bytes.withUnsafeBufferPointer { q -> Int in
            while i >= start && ASCII.isWhitespace(q[i]) { i -= 1 }
            if i < start { return start }
            while i < end && q[i] != ASCII.newline { i += 1 }
            return min(i + 1, end)
        }
        tree[code].literalEnd = Int32(newEnd)
    }

    func finalizeList(_ list: Int32) {
        var tight = true
        var item = tree[list].firstChild
        outer: while item != NodeRecord.none {
            let hasNext = tree[item].next != NodeRecord.none
            if tree[item].flags.contains(.lastLineBlank) && hasNext {
                tight = false
                break
            }
            var sub = tree[item].firstChild
            while sub != NodeRecord.none {
                if (hasNext || tree[sub].next != NodeRecord.none) && endsWithBlankLine(sub) {
                    tight = false
                    break outer
                }
                sub = tree[sub].next
            }
            item = tree[item].next
        }
        if tight { tree[list].flags.insert(.tight) }
    }

    func endsWithBlankLine(_ node: Int32) -> Bool {
        var current = node
        while current != NodeRecord.none {
            let record = tree[current]
            if record.flags.contains(.lastLineBlank) { return true }
            if record.type == .list || record.type == .item {
                current = record.lastChild
            } else {
                return false
            }
        }
        return false
    }
}
