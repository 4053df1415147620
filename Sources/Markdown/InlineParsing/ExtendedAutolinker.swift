/// GFM extended autolinks: `www.` domains, `http(s)://` URLs and e-mail addresses in text (GFM spec §6.9).
///
/// Runs after inline parsing over text outside links, like cmark-gfm's postprocessing pass.
struct ExtendedAutolinker {
    typealias Bytes = UnsafeBufferPointer<UInt8>
    let tree: DocumentTree

    /// A cheap pre-check so leaves without `@`, `:` or `www.` skip the pass.
    static func mayContainAutolink(_ subject: UnsafeBufferPointer<UInt8>) -> Bool {
        hasCandidate(subject, 0, subject.count)
    }

    static func hasCandidate(_ p: Bytes, _ start: Int, _ end: Int) -> Bool {
        guard let base = p.baseAddress else { return false }
        // Text has few `@`, `:` and `w` (unlike `.`), so most of it is skipped 16 bytes at a time.
        var i = ByteScan.firstAutolinkHint(base, start, end)
        while i < end {
            if isCandidate(p, i, end) { return true }
            i = ByteScan.firstAutolinkHint(base, i + 1, end)
        }
        return false
    }

    /// `@` or `:` (e-mail, `http:`), or the start of `www.`.
    @inline(__always)
    private static func isCandidate(_ p: Bytes, _ i: Int, _ end: Int) -> Bool {
        let c = p[i]
        if c == UInt8(ascii: "@") || c == UInt8(ascii: ":") { return true }
        return c == UInt8(ascii: "w") && i + 3 < end && p[i + 1] == UInt8(ascii: "w")
            && p[i + 2] == UInt8(ascii: "w") && p[i + 3] == UInt8(ascii: ".")
    }

    /// Replaces text children of `leaf` (and of its emphasis descendants) with text and autolink nodes.
    func process(_ leaf: Int32) {
        var stack: [Int32] = [leaf]
        while let container = stack.popLast() {
            // The children are relinked one by one into a fresh list, with text runs replaced.
            var child = tree[container].firstChild
            tree[container].firstChild = NodeRecord.none
            tree[container].lastChild = NodeRecord.none
            while child != NodeRecord.none {
                let type = tree[child].type
                guard type == .text else {
                    let following = tree[child].next
                    if type == .emphasis || type == .strong || type == .strikethrough {
                        stack.append(child)
                    }
                    tree.appendChild(child, to: container)
                    child = following
                    continue
                }
                var last = child
                while tree[last].next != NodeRecord.none && tree[tree[last].next].type == .text {
                    last = tree[last].next
                }
                let following = tree[last].next
                let text = last == child ? child : merge(from: child, to: last)
                linkify(text, into: container)
                child = following
            }
        }
    }

    /// One text node for the sibling text nodes `first` through `last`.
    private func merge(from first: Int32, to last: Int32) -> Int32 {
        let node = tree.makeNode(.text, line: tree[first].line, column: tree[first].column)
        var contiguous = true
        var previousEnd = tree[first].literalStart
        var text = first
        while true {
            if tree[text].literalStart != previousEnd { contiguous = false }
            previousEnd = tree[text].literalEnd
            if text == last { break }
            text = tree[text].next
        }
        if contiguous {
            tree[node].literalStart = tree[first].literalStart
            tree[node].literalEnd = tree[last].literalEnd
        } else {
            var bytes: [UInt8] = []
            text = first
            while true {
                bytes.append(contentsOf: tree.bytes[Int(tree[text].literalStart)..<Int(tree[text].literalEnd)])
                if text == last { break }
                text = tree[text].next
            }
            (tree[node].literalStart, tree[node].literalEnd) = tree.appendBytes(bytes)
        }
        return node
    }

    private struct Match {
        var start: Int
        var end: Int
        var prefix: [UInt8]
    }

    private func linkify(_ text: Int32, into container: Int32) {
        let textStart = tree[text].literalStart
        let textLine = tree[text].line
        let bytes = Array(tree.bytes[Int(textStart)..<Int(tree[text].literalEnd)])
        var matches: [Match] = []
        bytes.withUnsafeBufferPointer { t in
            guard Self.hasCandidate(t, 0, t.count) else { return }
            var i = 0
            var pendingStart = 0
            let n = t.count
            while i < n {
                let c = t[i]
                var match: Match? = nil
                if c == UInt8(ascii: "w") && (i == 0 || Self.isBoundary(t[i - 1])) && Self.hasPrefix(t, i, "www.") {
                    if let end = Self.wwwEnd(t, i) { match = Match(start: i, end: end, prefix: Array("http://".utf8)) }
                } else if c == UInt8(ascii: "h") && (i == 0 || Self.isBoundary(t[i - 1])) {
                    let schemeLength = Self.hasPrefix(t, i, "https://") ? 8 : Self.hasPrefix(t, i, "http://") ? 7 : 0
                    if schemeLength > 0, let end = Self.urlEnd(t, i, domainStart: i + schemeLength) {
                        match = Match(start: i, end: end, prefix: [])
                    }
                } else if c == UInt8(ascii: "@") {
                    if let (start, end) = Self.emailRange(t, at: i, lowerBound: pendingStart) {
                        match = Match(start: start, end: end, prefix: Array("mailto:".utf8))
                    }
                }
                if let match {
                    matches.append(match)
                    pendingStart = match.end
                    i = match.end
                } else {
                    i += 1
                }
            }
        }
        guard !matches.isEmpty else {
            tree.appendChild(text, to: container)
            return
        }
        var cursor = 0
        var column = tree[text].column
        var columnOffset = 0
        func columnAt(_ offset: Int) -> Int32 {
            while columnOffset < offset {
                if bytes[columnOffset] & 0xC0 != 0x80 { column += 1 }
                columnOffset += 1
            }
            return column
        }
        func textNode(_ start: Int, _ end: Int) -> Int32 {
            let node = tree.makeNode(.text, line: textLine, column: columnAt(start))
            tree[node].literalStart = textStart + Int32(start)
            tree[node].literalEnd = textStart + Int32(end)
            return node
        }
        for match in matches {
            if match.start > cursor { tree.appendChild(textNode(cursor, match.start), to: container) }
            let link = tree.makeNode(.link, line: textLine, column: columnAt(match.start))
            tree[link].flags.insert(.autolink)
            (tree[link].literalStart, tree[link].literalEnd) = tree.appendBytes(match.prefix + bytes[match.start..<match.end])
            tree.appendChild(textNode(match.start, match.end), to: link)
            tree.appendChild(link, to: container)
            cursor = match.end
        }
        if cursor < bytes.count { tree.appendChild(textNode(cursor, bytes.count), to: container) }
    }

    private static func isBoundary(_ c: UInt8) -> Bool {
        ASCII.isWhitespace(c) || c == UInt8(ascii: "*") || c == UInt8(ascii: "_") || c == UInt8(ascii: "~")
            || c == UInt8(ascii: "(")
    }

    private static func hasPrefix(_ t: Bytes, _ start: Int, _ prefix: StaticString) -> Bool {
        HTMLBlockScanner.hasPrefix(t, start, t.count, prefix)
    }

    /// A valid domain starting at `start`: its end, or nil (needs a period; no `_` in the last two segments).
    private static func domainEnd(_ t: Bytes, _ start: Int) -> Int? {
        var i = start
        var periods = 0
        var underscoresInLast = 0
        var underscoresInPrevious = 0
        while i < t.count {
            let c = t[i]
            if c == UInt8(ascii: ".") {
                underscoresInPrevious = underscoresInLast
                underscoresInLast = 0
                periods += 1
            } else if c == UInt8(ascii: "_") {
                underscoresInLast += 1
            } else if c == UInt8(ascii: "-") || ASCII.isAlphanumeric(c) || c >= 0x80 {
                if c >= 0x80 {
                    let value = UTF8Encoding.decode(t, at: i).0
                    if UnicodeClass.isWhitespace(value) || UnicodeClass.isPunctuation(value) { break }
                }
            } else {
                break
            }
            i += 1
        }
        guard periods > 0, underscoresInLast == 0, underscoresInPrevious == 0, i > start else { return nil }
        return i
    }

    private static func wwwEnd(_ t: Bytes, _ start: Int) -> Int? {
        guard let domain = domainEnd(t, start), domain > start + 4 else { return nil }
        let end = trimTrailing(t, start, extendToWhitespace(t, domain))
        return end > start + 4 ? end : nil
    }

    private static func urlEnd(_ t: Bytes, _ start: Int, domainStart: Int) -> Int? {
        guard let domain = domainEnd(t, domainStart) else { return nil }
        let end = trimTrailing(t, start, extendToWhitespace(t, domain))
        return end > domainStart ? end : nil
    }

    private static func extendToWhitespace(_ t: Bytes, _ start: Int) -> Int {
        var i = start
        while i < t.count && !ASCII.isWhitespace(t[i]) && t[i] != UInt8(ascii: "<") { i += 1 }
        return i
    }

    /// GFM's extended autolink path validation: trailing punctuation, unbalanced `)` and entity-like `&x;` are left out.
    private static func trimTrailing(_ t: Bytes, _ start: Int, _ end: Int) -> Int {
        var end = end
        var opening = 0
        var closing = 0
        for k in start..<end {
            if t[k] == UInt8(ascii: "(") { opening += 1 } else if t[k] == UInt8(ascii: ")") { closing += 1 }
        }
        while end > start {
            let c = t[end - 1]
            switch c {
            case UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ":"),
                UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "'"), UInt8(ascii: "\""):
                end -= 1
            case UInt8(ascii: ";"):
                var k = end - 2
                while k > start && ASCII.isAlphanumeric(t[k]) { k -= 1 }
                if k < end - 2 && k >= start && t[k] == UInt8(ascii: "&") {
                    end = k
                } else {
                    end -= 1
                }
            case UInt8(ascii: ")"):
                if closing <= opening { return end }
                closing -= 1
                end -= 1
            default:
                return end
            }
        }
        return end
    }

    private static func emailRange(_ t: Bytes, at: Int, lowerBound: Int) -> (Int, Int)? {
        var start = at
        while start > lowerBound {
            let c = t[start - 1]
            if ASCII.isAlphanumeric(c) || c == UInt8(ascii: ".") || c == UInt8(ascii: "+") || c == UInt8(ascii: "-")
                || c == UInt8(ascii: "_")
            {
                start -= 1
            } else {
                break
            }
        }
        guard start < at else { return nil }
        var i = at + 1
        var periods = 0
        while i < t.count {
            let c = t[i]
            if ASCII.isAlphanumeric(c) {
                i += 1
            } else if c == UInt8(ascii: ".") && i + 1 < t.count && ASCII.isAlphanumeric(t[i + 1]) {
                periods += 1
                i += 1
            } else if c == UInt8(ascii: "-") || c == UInt8(ascii: "_") {
                i += 1
            } else {
                break
            }
        }
        guard periods > 0, i > at + 1 else { return nil }
        let last = t[i - 1]
        guard ASCII.isLetter(last) || last == UInt8(ascii: ".") else { return nil }
        return (start, i)
    }
}
