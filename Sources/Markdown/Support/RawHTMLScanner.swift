/// Recognises HTML tags, comments, processing instructions, declarations and CDATA (CommonMark §6.6).
enum RawHTMLScanner {
    typealias Bytes = UnsafeBufferPointer<UInt8>

    @inline(__always) private static func isNameByte(_ c: UInt8) -> Bool {
        ASCII.isAlphanumeric(c) || c == UInt8(ascii: "-")
    }

    /// An open tag starting with `<` at `start`; returns the index after `>`.
    static func openTag(_ p: Bytes, _ start: Int, _ end: Int) -> Int? {
        var i = start + 1
        guard i < end, ASCII.isLetter(p[i]) else { return nil }
        while i < end && isNameByte(p[i]) { i += 1 }
        while true {
            // attribute: whitespace, name, optional value
            let beforeSpace = i
            while i < end && ASCII.isWhitespace(p[i]) { i += 1 }
            guard i < end else { return nil }
            let c = p[i]
            if c == UInt8(ascii: ">") { return i + 1 }
            if c == UInt8(ascii: "/") {
                return i + 1 < end && p[i + 1] == UInt8(ascii: ">") ? i + 2 : nil
            }
            guard i > beforeSpace else { return nil }
            guard ASCII.isLetter(c) || c == UInt8(ascii: "_") || c == UInt8(ascii: ":") else { return nil }
            i += 1
            while i < end && (ASCII.isAlphanumeric(p[i]) || p[i] == UInt8(ascii: "_") || p[i] == UInt8(ascii: ".")
                || p[i] == UInt8(ascii: ":") || p[i] == UInt8(ascii: "-")) {
                i += 1
            }
            // optional value specification
            var j = i
            while j < end && ASCII.isWhitespace(p[j]) { j += 1 }
            if j < end && p[j] == UInt8(ascii: "=") {
                j += 1
                while j < end && ASCII.isWhitespace(p[j]) { j += 1 }
                guard j < end else { return nil }
                let q = p[j]
                if q == UInt8(ascii: "\"") || q == UInt8(ascii: "'") {
                    j += 1
                    while j < end && p[j] != q { j += 1 }
                    guard j < end else { return nil }
                    j += 1
                } else {
                    let valueStart = j
                    while j < end {
                        let v = p[j]
                        if ASCII.isWhitespace(v) || v == UInt8(ascii: "\"") || v == UInt8(ascii: "'")
                            || v == UInt8(ascii: "=") || v == UInt8(ascii: "<") || v == UInt8(ascii: ">")
                            || v == UInt8(ascii: "`") {
                            break
                        }
                        j += 1
                    }
                    guard j > valueStart else { return nil }
                }
                i = j
            }
        }
    }

    /// A closing tag `</name >` starting at `start`; returns the index after `>`.
    static func closingTag(_ p: Bytes, _ start: Int, _ end: Int) -> Int? {
        var i = start + 2
        guard i < end, p[start + 1] == UInt8(ascii: "/"), ASCII.isLetter(p[i]) else { return nil }
        while i < end && isNameByte(p[i]) { i += 1 }
        while i < end && ASCII.isWhitespace(p[i]) { i += 1 }
        return i < end && p[i] == UInt8(ascii: ">") ? i + 1 : nil
    }
}
