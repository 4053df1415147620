/// Phase two: parses the content of one leaf block into inline nodes (CommonMark §6).
///
/// Inline nodes are kept in a flat `items` list while parsing; wrapping a range into
/// emphasis or a link leaves holes that `jump` lets later scans skip in one step.
final class InlineParser {
    typealias Bytes = UnsafeBufferPointer<UInt8>

    let tree: DocumentTree
    let references: [[UInt8]: LinkReference]
    let segments: [LineSegment]
    let extensions: Bool

    /// The leaf's content, copied: parsing appends to the tree's bytes, which may move them.
    let subject = ScratchArray<UInt8>(capacity: 4096)
    @exclusivity(unchecked) var s: Bytes = Bytes(start: nil, count: 0)
    @exclusivity(unchecked) var n = 0
    @exclusivity(unchecked) var pos = 0
    /// Storage offset of `subject[0]`: plain text runs point straight into storage.
    @exclusivity(unchecked) var base = 0
    /// Inline nodes in order; `NodeRecord.none` marks a node moved into emphasis or a link.
    let items = ScratchArray<Int32>()
    let jump = ScratchArray<Int32>()
    let delimiters = ScratchArray<Delimiter>()
    @exclusivity(unchecked) var lastDelimiter = -1
    let brackets = ScratchArray<Bracket>()

    // Caches that keep pathological inputs linear.
    @exclusivity(unchecked) var backtickRunSeen = [Int](repeating: -1, count: 81)
    @exclusivity(unchecked) var scannedForBackticks = false
    @exclusivity(unchecked) var noCommentEndAfter = Int.max
    @exclusivity(unchecked) var noProcessingEndAfter = Int.max
    @exclusivity(unchecked) var noCDATAEndAfter = Int.max
    @exclusivity(unchecked) var noDeclarationEndAfter = Int.max

    // Position mapping for the current leaf.
    @exclusivity(unchecked) var segmentLow = 0
    @exclusivity(unchecked) var segmentHigh = 0
    @exclusivity(unchecked) var cursorSegment = 0
    @exclusivity(unchecked) var cursorOffset = 0
    @exclusivity(unchecked) var cursorColumn: Int32 = 1

    /// Bit sets of the bytes that may start an inline construct: bytes 0–63 and 64–127.
    static func specialMasks(extensions: Bool) -> (UInt64, UInt64) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        for c in "\n\\`&<[]!*_".utf8 + (extensions ? Array("~".utf8) : []) {
            if c < 64 { low |= 1 << UInt64(c) } else { high |= 1 << UInt64(c - 64) }
        }
        return (low, high)
    }
    let specialLow: UInt64
    let specialHigh: UInt64
    /// The same set as a 256-entry table, for the text scanning loop.
    let specialTable: [Bool]

    @inline(__always)
    func isSpecial(_ c: UInt8) -> Bool {
        if c < 64 { return (specialLow >> UInt64(c)) & 1 != 0 }
        if c < 128 { return (specialHigh >> UInt64(c &- 64)) & 1 != 0 }
        return false
    }

    init(tree: DocumentTree, references: [[UInt8]: LinkReference], segments: [LineSegment], extensions: Bool) {
        self.tree = tree
        self.references = references
        self.segments = segments
        self.extensions = extensions
        (specialLow, specialHigh) = Self.specialMasks(extensions: extensions)
        var table = [Bool](repeating: false, count: 256)
        for c in 0..<128 where c < 64 ? (specialLow >> UInt64(c)) & 1 != 0 : (specialHigh >> UInt64(c - 64)) & 1 != 0 {
            table[c] = true
        }
        specialTable = table
    }

    /// Parses the leaf's content and stores the resulting inline nodes as its children.
    func parse(_ leaf: Int32) {
        let start = Int(tree[leaf].literalStart)
        var end = Int(tree[leaf].literalEnd)
        while end > start && ASCII.isWhitespace(tree.bytes[end - 1]) { end -= 1 }
        guard end > start else { return }
        // One buffer reused for every leaf: no allocation per paragraph.
        subject.removeAll()
        tree.bytes.withUnsafeBufferPointer { bytes in
            if let first = bytes.baseAddress { subject.append(first + start, count: end - start) }
        }
        base = start
        n = subject.count
        pos = 0
        items.removeAll()
        jump.removeAll()
        delimiters.removeAll()
        brackets.removeAll()
        lastDelimiter = -1
        if scannedForBackticks {
            for k in 0..<backtickRunSeen.count { backtickRunSeen[k] = -1 }
            scannedForBackticks = false
        }
        noCommentEndAfter = Int.max
        noProcessingEndAfter = Int.max
        noCDATAEndAfter = Int.max
        noDeclarationEndAfter = Int.max
        segmentLow = Int(tree[leaf].extraStart)
        segmentHigh = max(Int(tree[leaf].extraEnd), segmentLow)
        cursorSegment = -1

        s = subject.buffer
        parseAll()
        processEmphasis(stackBottom: -1)
        let mayContainAutolink = extensions && ExtendedAutolinker.mayContainAutolink(s)
        s = Bytes(start: nil, count: 0)
        var k = 0
        while k < items.count {
            let node = items[k]
            if node != NodeRecord.none {
                tree.appendChild(node, to: leaf)
                k += 1
            } else {
                k = Int(jump[k])
            }
        }
        items.removeAll()
        if mayContainAutolink {
            ExtendedAutolinker(tree: tree).process(leaf)
        }
    }

    func parseAll() {
        while pos < n {
            let c = s[pos]
            switch c {
            case ASCII.newline: handleNewline()
            case ASCII.backslash: handleBackslash()
            case UInt8(ascii: "`"): handleBackticks()
            case UInt8(ascii: "&"): handleEntity()
            case UInt8(ascii: "<"): handleLessThan()
            case UInt8(ascii: "["):
                appendText(pos, pos + 1)
                pushBracket(isImage: false, contentStart: pos + 1)
                pos += 1
            case UInt8(ascii: "!"):
                if pos + 1 < n && s[pos + 1] == UInt8(ascii: "[") {
                    appendText(pos, pos + 2)
                    pushBracket(isImage: true, contentStart: pos + 2)
                    pos += 2
                } else {
                    appendText(pos, pos + 1)
                    pos += 1
                }
            case UInt8(ascii: "]"): handleCloseBracket()
            case UInt8(ascii: "*"), UInt8(ascii: "_"): handleDelimiterRun(c)
            case UInt8(ascii: "~") where extensions: handleDelimiterRun(c)
            default: handleText()
            }
        }
    }

    // MARK: - Nodes and positions

    @inline(__always)
    func append(_ node: Int32) {
        items.append(node)
        jump.append(Int32(items.count))
    }

    /// A text node for `subject[start..<end]`, pointing into storage.
    @discardableResult
    func appendText(_ start: Int, _ end: Int) -> Int32 {
        let (line, column) = position(start)
        let node = tree.makeNode(.text, line: line, column: column)
        tree[node].literalStart = Int32(base + start)
        tree[node].literalEnd = Int32(base + end)
        append(node)
        return node
    }

    /// A node whose literal is new bytes appended to the tree's bytes.
    func makeNode(_ type: NodeType, at start: Int, bytes: [UInt8]) -> Int32 {
        let (line, column) = position(start)
        let node = tree.makeNode(type, line: line, column: column)
        (tree[node].literalStart, tree[node].literalEnd) = tree.appendBytes(bytes)
        return node
    }

    func makeNode(_ type: NodeType, at start: Int) -> Int32 {
        let (line, column) = position(start)
        return tree.makeNode(type, line: line, column: column)
    }

    /// Line and scalar column of subject offset `offset`.
    func position(_ offset: Int) -> (Int32, Int32) {
        guard segmentHigh > segmentLow else { return (1, 1) }
        let target = base + offset
        if cursorSegment < 0 || target < cursorOffset
            || (cursorSegment + 1 < segmentHigh && Int(segments[cursorSegment + 1].storageOffset) <= target)
        {
            // Find the last segment starting at or before target.
            var low = segmentLow
            var high = segmentHigh - 1
            while low < high {
                let mid = (low + high + 1) / 2
                if Int(segments[mid].storageOffset) <= target { low = mid } else { high = mid - 1 }
            }
            cursorSegment = low
            cursorOffset = Int(segments[low].storageOffset)
            cursorColumn = segments[low].column
        }
        var column = cursorColumn
        var i = cursorOffset - base
        let end = target - base
        if i < 0 {
            column += Int32(-i)
            i = 0
        }
        if let base = s.baseAddress, i < end {
            column &+= Int32(ByteScan.scalarCount(base, i, end))
        }
        cursorOffset = target
        cursorColumn = column
        return (segments[cursorSegment].line, column)
    }

    // MARK: - Simple constructs

    func handleText() {
        let start = pos
        var i = pos + 1
        // Locals, not properties: the loop runs once per byte of text.
        let count = n
        if let base = s.baseAddress {
            specialTable.withUnsafeBufferPointer { table in
                while i < count {
                    // The vector scan stops at a block that may hold a special byte; the table decides.
                    i = ByteScan.firstInlineSpecialBlock(base, i, count)
                    let blockEnd = min(i + 16, count)
                    while i < blockEnd && !table[Int(base[i])] { i += 1 }
                    if i < blockEnd { break }
                }
            }
        }
        var end = i
        if i < n && s[i] == ASCII.newline {
            while end > start && ASCII.isSpaceOrTab(s[end - 1]) { end -= 1 }
        }
        if end > start { appendText(start, end) }
        pos = i
    }

    func handleNewline() {
        let hard = pos >= 2 && s[pos - 1] == ASCII.space && s[pos - 2] == ASCII.space
        append(makeNode(hard ? .lineBreak : .softBreak, at: pos))
        pos += 1
        while pos < n && ASCII.isSpaceOrTab(s[pos]) { pos += 1 }
    }

    func handleBackslash() {
        if pos + 1 < n {
            let next = s[pos + 1]
            if next == ASCII.newline {
                append(makeNode(.lineBreak, at: pos))
                pos += 2
                while pos < n && ASCII.isSpaceOrTab(s[pos]) { pos += 1 }
                return
            }
            if ASCII.isPunctuation(next) {
                let node = appendText(pos + 1, pos + 2)
                tree[node].column -= 1
                pos += 2
                return
            }
        }
        appendText(pos, pos + 1)
        pos += 1
    }

    func handleEntity() {
        if let (bytes, next) = EntityDecoder.decode(s, from: pos + 1, end: n) {
            append(makeNode(.text, at: pos, bytes: bytes))
            pos = next
        } else {
            appendText(pos, pos + 1)
            pos += 1
        }
    }

    func handleBackticks() {
        let start = pos
        var i = pos
        while i < n && s[i] == UInt8(ascii: "`") { i += 1 }
        let length = i - start
        if let closerStart = findClosingBackticks(from: i, length: length) {
            var contentStart = i
            var contentEnd = closerStart
            let first = s[contentStart]
            let last = s[contentEnd - 1]
            if contentEnd - contentStart >= 2 && (first == ASCII.space || first == ASCII.newline)
                && (last == ASCII.space || last == ASCII.newline)
            {
                var allSpace = true
                for k in contentStart..<contentEnd where s[k] != ASCII.space && s[k] != ASCII.newline {
                    allSpace = false
                    break
                }
                if !allSpace {
                    contentStart += 1
                    contentEnd -= 1
                }
            }
            let node = makeNode(.code, at: start)
            var hasNewline = false
            for k in contentStart..<contentEnd where s[k] == ASCII.newline {
                hasNewline = true
                break
            }
            if hasNewline {
                tree[node].literalStart = Int32(tree.bytes.count)
                for k in contentStart..<contentEnd {
                    tree.bytes.append(s[k] == ASCII.newline ? ASCII.space : s[k])
                }
                tree[node].literalEnd = Int32(tree.bytes.count)
            } else {
                tree[node].literalStart = Int32(base + contentStart)
                tree[node].literalEnd = Int32(base + contentEnd)
            }
            append(node)
            pos = closerStart + length
        } else {
            appendText(start, i)
            pos = i
        }
    }

    /// The start of the next backtick run of exactly `length`, using a cache so repeated failures stay linear.
    func findClosingBackticks(from start: Int, length: Int) -> Int? {
        if scannedForBackticks && length < backtickRunSeen.count && backtickRunSeen[length] < start {
            return nil
        }
        var i = start
        while i < n {
            if s[i] == UInt8(ascii: "`") {
                let runStart = i
                while i < n && s[i] == UInt8(ascii: "`") { i += 1 }
                let runLength = i - runStart
                if runLength < backtickRunSeen.count { backtickRunSeen[runLength] = runStart }
                if runLength == length { return runStart }
            } else {
                i += 1
            }
        }
        scannedForBackticks = true
        return nil
    }

    // MARK: - Delimiter runs

    func handleDelimiterRun(_ c: UInt8) {
        let start = pos
        var i = pos
        while i < n && s[i] == c { i += 1 }
        let count = i - start
        let before: UInt32 = start == 0 ? 10 : UTF8Encoding.decode(s, before: start, lowerBound: 0)
        let after: UInt32 = i >= n ? 10 : UTF8Encoding.decode(s, at: i).0
        let beforeSpace = UnicodeClass.isWhitespace(before)
        let afterSpace = UnicodeClass.isWhitespace(after)
        let beforePunct = UnicodeClass.isPunctuation(before)
        let afterPunct = UnicodeClass.isPunctuation(after)
        let leftFlanking = !afterSpace && (!afterPunct || beforeSpace || beforePunct)
        let rightFlanking = !beforeSpace && (!beforePunct || afterSpace || afterPunct)
        var canOpen = leftFlanking
        var canClose = rightFlanking
        if c == UInt8(ascii: "_") {
            canOpen = leftFlanking && (!rightFlanking || beforePunct)
            canClose = rightFlanking && (!leftFlanking || afterPunct)
        }
        appendText(start, i)
        pos = i
        if c == UInt8(ascii: "~") && count > 2 { return }
        if canOpen || canClose {
            let index = delimiters.count
            delimiters.append(Delimiter(character: c, canOpen: canOpen, canClose: canClose, length: count,
                                        originalLength: count, item: items.count - 1, position: start,
                                        previous: lastDelimiter, next: -1))
            if lastDelimiter >= 0 { delimiters[lastDelimiter].next = index }
            lastDelimiter = index
        }
    }

    func removeDelimiter(_ index: Int) {
        let previous = delimiters[index].previous
        let next = delimiters[index].next
        if previous >= 0 { delimiters[previous].next = next }
        if next >= 0 {
            delimiters[next].previous = previous
        } else {
            lastDelimiter = previous
        }
    }

    /// Moves the nodes strictly between items `from` and `to` into `container`; returns the first slot used.
    func wrapItems(after from: Int, before to: Int, into container: Int32) -> Int {
        var k = from + 1
        var first = -1
        while k < to {
            let node = items[k]
            if node != NodeRecord.none {
                if first < 0 { first = k }
                tree.appendChild(node, to: container)
                items[k] = NodeRecord.none
                jump[k] = Int32(to)
                k += 1
            } else {
                k = Int(jump[k])
            }
        }
        return first
    }
}
