/// Recognisers for the lines that open or close blocks; each looks at `p[start..<end]` (one line).
enum BlockStartScanner {
    typealias Bytes = UnsafeBufferPointer<UInt8>

    /// An ATX heading opener: the level and the index where the content may start.
    static func atxHeading(_ p: Bytes, _ start: Int, _ end: Int) -> (level: Int, contentStart: Int)? {
        var i = start
        while i < end && p[i] == UInt8(ascii: "#") && i - start < 7 { i += 1 }
        let level = i - start
        guard level >= 1 && level <= 6 else { return nil }
        if i == end { return (level, i) }
        guard ASCII.isSpaceOrTab(p[i]) else { return nil }
        return (level, i)
    }

    /// An opening code fence: its character and length.
    static func openingFence(_ p: Bytes, _ start: Int, _ end: Int) -> (character: UInt8, length: Int)? {
        guard start < end else { return nil }
        let c = p[start]
        guard c == UInt8(ascii: "`") || c == UInt8(ascii: "~") else { return nil }
        var i = start
        while i < end && p[i] == c { i += 1 }
        let length = i - start
        guard length >= 3 else { return nil }
        if c == UInt8(ascii: "`") {
            var j = i
            while j < end {
                if p[j] == UInt8(ascii: "`") { return nil }
                j += 1
            }
        }
        return (c, length)
    }

    /// The length of a closing fence made of `character` (0 when the line is not one).
    static func closingFenceLength(_ p: Bytes, _ start: Int, _ end: Int, character: UInt8) -> Int {
        var i = start
        while i < end && p[i] == character { i += 1 }
        let length = i - start
        guard length >= 3 else { return 0 }
        while i < end {
            if !ASCII.isSpaceOrTab(p[i]) { return 0 }
            i += 1
        }
        return length
    }

    /// A setext underline: 1 for `=`, 2 for `-`.
    static func setextUnderline(_ p: Bytes, _ start: Int, _ end: Int) -> Int? {
        guard start < end else { return nil }
        let c = p[start]
        guard c == UInt8(ascii: "=") || c == UInt8(ascii: "-") else { return nil }
        var i = start
        while i < end && p[i] == c { i += 1 }
        while i < end {
            if !ASCII.isSpaceOrTab(p[i]) { return nil }
            i += 1
        }
        return c == UInt8(ascii: "=") ? 1 : 2
    }

    /// Three or more `*`, `-` or `_` with only spaces and tabs between them.
    ///
    /// On failure `failure` is set to the offending index: a scan starting before it fails too.
    static func isThematicBreak(_ p: Bytes, _ start: Int, _ end: Int, failure: inout Int) -> Bool {
        guard start < end else { return false }
        let c = p[start]
        guard c == UInt8(ascii: "*") || c == UInt8(ascii: "-") || c == UInt8(ascii: "_") else { return false }
        var count = 0
        var i = start
        while i < end {
            let b = p[i]
            if b == c {
                count += 1
            } else if !ASCII.isSpaceOrTab(b) {
                failure = i
                return false
            }
            i += 1
        }
        if count < 3 { failure = end }
        return count >= 3
    }

    /// A bullet or ordered list marker followed by a space, a tab or the end of the line.
    static func listMarker(_ p: Bytes, _ start: Int, _ end: Int, interruptsParagraph: Bool) -> ListMarker? {
        guard start < end else { return nil }
        let c = p[start]
        if c == UInt8(ascii: "*") || c == UInt8(ascii: "+") || c == UInt8(ascii: "-") {
            let next = start + 1
            if next < end && !ASCII.isSpaceOrTab(p[next]) { return nil }
            if interruptsParagraph && isBlank(p, next, end) { return nil }
            return ListMarker(ordered: false, character: c, start: 0, length: 1)
        }
        guard ASCII.isDigit(c) else { return nil }
        var i = start
        var value = 0
        while i < end && ASCII.isDigit(p[i]) && i - start < 10 {
            value = value * 10 + Int(p[i] - 48)
            i += 1
        }
        guard i - start <= 9, i < end else { return nil }
        let delimiter = p[i]
        guard delimiter == UInt8(ascii: ".") || delimiter == UInt8(ascii: ")") else { return nil }
        let next = i + 1
        if next < end && !ASCII.isSpaceOrTab(p[next]) { return nil }
        if interruptsParagraph && (value != 1 || isBlank(p, next, end)) { return nil }
        return ListMarker(ordered: true, character: delimiter, start: value, length: next - start)
    }

    static func isBlank(_ p: Bytes, _ start: Int, _ end: Int) -> Bool {
        var i = start
        while i < end {
            if !ASCII.isSpaceOrTab(p[i]) { return false }
            i += 1
        }
        return true
    }
}
