/// Byte classification for the ASCII characters Markdown syntax is made of.
enum ASCII {
    static let tab: UInt8 = 9
    static let newline: UInt8 = 10
    static let carriageReturn: UInt8 = 13
    static let space: UInt8 = 32
    static let backslash: UInt8 = 92

    @inline(__always) static func isSpaceOrTab(_ c: UInt8) -> Bool { c == 32 || c == 9 }
    /// Space, tab, newline, vertical tab, form feed, carriage return.
    @inline(__always) static func isWhitespace(_ c: UInt8) -> Bool { c == 32 || (c >= 9 && c <= 13) }
    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c &- 48 < 10 }
    @inline(__always) static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) &- 97 < 26 }
    @inline(__always) static func isAlphanumeric(_ c: UInt8) -> Bool { isLetter(c) || isDigit(c) }
    @inline(__always) static func isHexDigit(_ c: UInt8) -> Bool { isDigit(c) || (c | 0x20) &- 97 < 6 }
    @inline(__always) static func isControl(_ c: UInt8) -> Bool { c < 32 || c == 127 }
    @inline(__always) static func lowercased(_ c: UInt8) -> UInt8 { (c &- 65 < 26) ? c | 0x20 : c }

    /// ASCII punctuation as CommonMark defines it (the characters a backslash can escape).
    @inline(__always) static func isPunctuation(_ c: UInt8) -> Bool {
        (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)
    }

    @inline(__always) static func hexValue(_ c: UInt8) -> UInt32 {
        isDigit(c) ? UInt32(c - 48) : UInt32((c | 0x20) - 87)
    }
}
