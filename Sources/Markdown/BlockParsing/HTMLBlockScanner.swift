/// The seven HTML block start conditions of CommonMark §4.6 and their end conditions.
enum HTMLBlockScanner {
    typealias Bytes = UnsafeBufferPointer<UInt8>

    static let literalTagNames: [[UInt8]] = ["pre", "script", "style", "textarea"].map { Array($0.utf8) }

    static let blockTagNames: Set<[UInt8]> = Set([
        "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col",
        "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr",
        "html", "iframe", "legend", "li", "link", "main", "menu", "menuitem", "nav", "noframes", "ol",
        "optgroup", "option", "p", "param", "search", "section", "summary", "table", "tbody", "td", "tfoot",
        "th", "thead", "title", "tr", "track", "ul",
    ].map { Array($0.utf8) })

    /// Which start condition (1–7) the line at `start` meets, or nil.
    static func startKind(_ p: Bytes, _ start: Int, _ end: Int, allowKind7: Bool) -> Int? {
        guard start + 1 < end, p[start] == UInt8(ascii: "<") else { return nil }
        let next = p[start + 1]
        if next == UInt8(ascii: "!") {
            if hasPrefix(p, start + 2, end, "--") { return 2 }
            if hasPrefix(p, start + 2, end, "[CDATA[") { return 5 }
            if start + 2 < end && ASCII.isLetter(p[start + 2]) { return 4 }
            return nil
        }
        if next == UInt8(ascii: "?") { return 3 }
        let closing = next == UInt8(ascii: "/")
        let nameStart = closing ? start + 2 : start + 1
        var i = nameStart
        while i < end && (ASCII.isAlphanumeric(p[i]) || p[i] == UInt8(ascii: "-")) && i - nameStart < 12 { i += 1 }
        if i > nameStart && ASCII.isLetter(p[nameStart]) {
            var name: [UInt8] = []
            name.reserveCapacity(i - nameStart)
            for k in nameStart..<i { name.append(ASCII.lowercased(p[k])) }
            let after: UInt8 = i < end ? p[i] : ASCII.newline
            if !closing && literalTagNames.contains(name)
                && (ASCII.isWhitespace(after) || after == UInt8(ascii: ">")) {
                return 1
            }
            if blockTagNames.contains(name) {
                if ASCII.isWhitespace(after) || after == UInt8(ascii: ">") { return 6 }
                if after == UInt8(ascii: "/") && i + 1 < end && p[i + 1] == UInt8(ascii: ">") { return 6 }
            }
        }
        guard allowKind7 else { return nil }
        let tagEnd = closing
            ? RawHTMLScanner.closingTag(p, start, end)
            : RawHTMLScanner.openTag(p, start, end)
        guard let tagEnd else { return nil }
        if let name = tagName(p, nameStart, end), literalTagNames.contains(name) { return nil }
        return BlockStartScanner.isBlank(p, tagEnd, end) ? 7 : nil
    }

    /// True when the line contains the end condition of a kind 1–5 block.
    static func lineEnds(kind: Int, _ p: Bytes, _ start: Int, _ end: Int) -> Bool {
        switch kind {
        case 1:
            var i = start
            while i + 1 < end {
                if p[i] == UInt8(ascii: "<") && p[i + 1] == UInt8(ascii: "/") {
                    for name in literalTagNames where hasPrefixIgnoringCase(p, i + 2, end, name) {
                        let after = i + 2 + name.count
                        if after < end && p[after] == UInt8(ascii: ">") { return true }
                    }
                }
                i += 1
            }
            return false
        case 2: return contains(p, start, end, Array("-->".utf8))
        case 3: return contains(p, start, end, Array("?>".utf8))
        case 4: return contains(p, start, end, Array(">".utf8))
        case 5: return contains(p, start, end, Array("]]>".utf8))
        default: return false
        }
    }

    static func tagName(_ p: Bytes, _ start: Int, _ end: Int) -> [UInt8]? {
        var i = start
        var name: [UInt8] = []
        while i < end && (ASCII.isAlphanumeric(p[i]) || p[i] == UInt8(ascii: "-")) {
            name.append(ASCII.lowercased(p[i]))
            i += 1
        }
        return name.isEmpty ? nil : name
    }

    static func hasPrefix(_ p: Bytes, _ start: Int, _ end: Int, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard start + count <= end else { return false }
        return prefix.withUTF8Buffer { q in
            for k in 0..<count where p[start + k] != q[k] { return false }
            return true
        }
    }

    static func hasPrefixIgnoringCase(_ p: Bytes, _ start: Int, _ end: Int, _ lowercasePrefix: [UInt8]) -> Bool {
        guard start + lowercasePrefix.count <= end else { return false }
        for k in 0..<lowercasePrefix.count where ASCII.lowercased(p[start + k]) != lowercasePrefix[k] { return false }
        return true
    }

    static func contains(_ p: Bytes, _ start: Int, _ end: Int, _ needle: [UInt8]) -> Bool {
        guard end - start >= needle.count else { return false }
        var i = start
        let last = end - needle.count
        while i <= last {
            if p[i] == needle[0] {
                var k = 1
                while k < needle.count && p[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
