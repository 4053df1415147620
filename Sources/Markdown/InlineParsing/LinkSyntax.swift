/// The pieces links and link reference definitions share: labels, destinations, titles (CommonMark §6.3).
enum LinkSyntax {
    typealias Bytes = UnsafeBufferPointer<UInt8>

    static let maximumLabelLength = 999
    static let maximumDestinationParentheses = 32

    /// A `[label]` at `start`: the content range and the index after `]`.
    static func label(_ p: Bytes, _ start: Int, _ end: Int) -> (start: Int, end: Int, next: Int)? {
        guard start < end, p[start] == UInt8(ascii: "[") else { return nil }
        var i = start + 1
        while i < end {
            let c = p[i]
            if c == UInt8(ascii: "]") {
                return (start + 1, i, i + 1)
            }
            if c == UInt8(ascii: "[") { return nil }
            if c == ASCII.backslash && i + 1 < end && ASCII.isPunctuation(p[i + 1]) {
                i += 2
            } else {
                i += 1
            }
            if i - start - 1 > maximumLabelLength { return nil }
        }
        return nil
    }

    /// A link destination at `start`: the raw content range and the index after it.
    static func destination(_ p: Bytes, _ start: Int, _ end: Int) -> (start: Int, end: Int, next: Int)? {
        var i = start
        if i < end && p[i] == UInt8(ascii: "<") {
            i += 1
            while i < end {
                let c = p[i]
                if c == UInt8(ascii: ">") { return (start + 1, i, i + 1) }
                if c == ASCII.backslash && i + 1 < end && ASCII.isPunctuation(p[i + 1]) {
                    i += 2
                } else if c == ASCII.newline || c == UInt8(ascii: "<") {
                    return nil
                } else {
                    i += 1
                }
            }
            return nil
        }
        var depth = 0
        while i < end {
            let c = p[i]
            if c == ASCII.backslash && i + 1 < end && ASCII.isPunctuation(p[i + 1]) {
                i += 2
            } else if c == UInt8(ascii: "(") {
                depth += 1
                if depth > maximumDestinationParentheses { return nil }
                i += 1
            } else if c == UInt8(ascii: ")") {
                if depth == 0 { break }
                depth -= 1
                i += 1
            } else if c == ASCII.space || ASCII.isControl(c) {
                if i == start { return nil }
                break
            } else {
                i += 1
            }
        }
        guard depth == 0 else { return nil }
        return (start, i, i)
    }

    /// A link title at `start` in `"…"`, `'…'` or `(…)`; returns the index after the closing delimiter.
    static func title(_ p: Bytes, _ start: Int, _ end: Int) -> Int? {
        guard start < end else { return nil }
        let open = p[start]
        let close: UInt8
        switch open {
        case UInt8(ascii: "\""): close = open
        case UInt8(ascii: "'"): close = open
        case UInt8(ascii: "("): close = UInt8(ascii: ")")
        default: return nil
        }
        var i = start + 1
        while i < end {
            let c = p[i]
            if c == ASCII.backslash && i + 1 < end && ASCII.isPunctuation(p[i + 1]) {
                i += 2
                continue
            }
            if c == close { return i + 1 }
            if open == UInt8(ascii: "(") && c == UInt8(ascii: "(") { return nil }
            i += 1
        }
        return nil
    }

    /// Skips spaces and tabs.
    @inline(__always)
    static func skipSpaces(_ p: Bytes, _ start: Int, _ end: Int) -> Int {
        var i = start
        while i < end && ASCII.isSpaceOrTab(p[i]) { i += 1 }
        return i
    }

    /// Skips spaces, tabs and at most one line ending.
    static func skipSpacesAndNewline(_ p: Bytes, _ start: Int, _ end: Int) -> Int {
        var i = skipSpaces(p, start, end)
        if i < end && p[i] == ASCII.newline {
            i = skipSpaces(p, i + 1, end)
        }
        return i
    }

    /// Skips any whitespace including line endings.
    static func skipWhitespace(_ p: Bytes, _ start: Int, _ end: Int) -> Int {
        var i = start
        while i < end && ASCII.isWhitespace(p[i]) { i += 1 }
        return i
    }
}
