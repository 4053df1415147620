extension InlineParser {
    /// Handles `<`: an autolink, raw HTML, or a literal `<`.
    func handleLessThan() {
        let start = pos
        if let end = uriAutolinkEnd(start) {
            appendAutolink(start, end, email: false)
        } else if let end = emailAutolinkEnd(start) {
            appendAutolink(start, end, email: true)
        } else if let end = rawHTMLEnd(start) {
            let node = makeNode(.inlineHTML, at: start)
            tree[node].literalStart = Int32(base + start)
            tree[node].literalEnd = Int32(base + end)
            append(node)
            pos = end
        } else {
            appendText(start, start + 1)
            pos = start + 1
        }
    }

    func appendAutolink(_ start: Int, _ end: Int, email: Bool) {
        var destination: [UInt8] = email ? Array("mailto:".utf8) : []
        EntityDecoder.appendEntityDecoded(s, start + 1, end - 1, to: &destination)
        let link = makeNode(.link, at: start, bytes: destination)
        tree[link].flags.insert(.autolink)
        var text: [UInt8] = []
        EntityDecoder.appendEntityDecoded(s, start + 1, end - 1, to: &text)
        let child = makeNode(.text, at: start + 1, bytes: text)
        tree.appendChild(child, to: link)
        append(link)
        pos = end
    }

    /// `<scheme:…>`; returns the index after `>`.
    func uriAutolinkEnd(_ start: Int) -> Int? {
        var i = start + 1
        guard i < n, ASCII.isLetter(s[i]) else { return nil }
        i += 1
        while i < n && (ASCII.isAlphanumeric(s[i]) || s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: ".")
            || s[i] == UInt8(ascii: "-")) && i - start - 1 < 33 {
            i += 1
        }
        let schemeLength = i - start - 1
        guard schemeLength >= 2, schemeLength <= 32, i < n, s[i] == UInt8(ascii: ":") else { return nil }
        i += 1
        while i < n {
            let c = s[i]
            if c == UInt8(ascii: ">") { return i + 1 }
            if c <= ASCII.space || c == UInt8(ascii: "<") || c == 127 { return nil }
            i += 1
        }
        return nil
    }

    /// `<local@domain>`; returns the index after `>`.
    func emailAutolinkEnd(_ start: Int) -> Int? {
        var i = start + 1
        let localStart = i
        while i < n {
            let c = s[i]
            if ASCII.isAlphanumeric(c) || (c < 128 && Self.emailLocalPunctuation[Int(c)]) {
                i += 1
            } else {
                break
            }
        }
        guard i > localStart, i < n, s[i] == UInt8(ascii: "@") else { return nil }
        i += 1
        while true {
            let labelStart = i
            guard i < n, ASCII.isAlphanumeric(s[i]) else { return nil }
            while i < n && (ASCII.isAlphanumeric(s[i]) || s[i] == UInt8(ascii: "-")) && i - labelStart < 63 { i += 1 }
            guard s[i - 1] != UInt8(ascii: "-") else { return nil }
            guard i < n else { return nil }
            if s[i] == UInt8(ascii: ">") { return i + 1 }
            guard s[i] == UInt8(ascii: ".") else { return nil }
            i += 1
        }
    }

    static let emailLocalPunctuation: [Bool] = {
        var table = [Bool](repeating: false, count: 128)
        for c in ".!#$%&'*+/=?^_`{|}~-".utf8 { table[Int(c)] = true }
        return table
    }()

    /// Raw HTML at `start` (CommonMark §6.6); returns the index after it.
    func rawHTMLEnd(_ start: Int) -> Int? {
        guard start + 1 < n else { return nil }
        let c = s[start + 1]
        if c == UInt8(ascii: "!") {
            if HTMLBlockScanner.hasPrefix(s, start, n, "<!--") {
                let after = start + 4
                if after < n && s[after] == UInt8(ascii: ">") { return after + 1 }
                if after + 1 < n && s[after] == UInt8(ascii: "-") && s[after + 1] == UInt8(ascii: ">") {
                    return after + 2
                }
                return search("-->", from: after, cache: &noCommentEndAfter)
            }
            if HTMLBlockScanner.hasPrefix(s, start, n, "<![CDATA[") {
                return search("]]>", from: start + 9, cache: &noCDATAEndAfter)
            }
            if start + 2 < n && ASCII.isLetter(s[start + 2]) {
                return search(">", from: start + 2, cache: &noDeclarationEndAfter)
            }
            return nil
        }
        if c == UInt8(ascii: "?") {
            return search("?>", from: start + 2, cache: &noProcessingEndAfter)
        }
        if c == UInt8(ascii: "/") {
            return RawHTMLScanner.closingTag(s, start, n)
        }
        return RawHTMLScanner.openTag(s, start, n)
    }

    /// Finds `needle` at or after `from`; remembers failures so later searches return at once.
    private func search(_ needle: StaticString, from: Int, cache: inout Int) -> Int? {
        if from >= cache { return nil }
        let count = needle.utf8CodeUnitCount
        let found: Int? = needle.withUTF8Buffer { q -> Int? in
            var i = from
            while i + count <= n {
                if s[i] == q[0] {
                    var k = 1
                    while k < count && s[i + k] == q[k] { k += 1 }
                    if k == count { return i + count }
                }
                i += 1
            }
            return nil
        }
        if found == nil { cache = from }
        return found
    }
}
