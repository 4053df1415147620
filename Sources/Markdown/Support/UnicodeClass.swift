/// The Unicode character classes that decide emphasis flanking.
enum UnicodeClass {
    /// Unicode whitespace as CommonMark defines it: Zs, tab, line feed, form feed, carriage return.
    @inline(__always)
    static func isWhitespace(_ value: UInt32) -> Bool {
        if value < 0x80 { return value == 32 || value == 9 || value == 10 || value == 12 || value == 13 }
        if isLatinLetter(value) { return false }
        return isSpaceSeparator(value)
    }

    /// Unicode punctuation as CommonMark 0.31 defines it: general categories P and S.
    @inline(__always)
    static func isPunctuation(_ value: UInt32) -> Bool {
        if value < 0x80 { return ASCII.isPunctuation(UInt8(value)) }
        if isLatinLetter(value) { return false }
        return isPunctuationOrSymbol(value)
    }

    /// U+00C0–U+024F except × and ÷: all letters, and the non-ASCII characters Norwegian and
    /// other Latin-script text is made of, so emphasis next to them skips the property lookup.
    @inline(__always)
    private static func isLatinLetter(_ value: UInt32) -> Bool {
        value >= 0xC0 && value < 0x250 && value != 0xD7 && value != 0xF7
    }

    private static func isSpaceSeparator(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return false }
        return scalar.properties.generalCategory == .spaceSeparator
    }

    private static func isPunctuationOrSymbol(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return false }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation,
            .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }
}
