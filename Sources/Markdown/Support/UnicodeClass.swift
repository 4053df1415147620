/// The Unicode character classes that decide emphasis flanking.
enum UnicodeClass {
    /// Unicode whitespace as CommonMark defines it: Zs, tab, line feed, form feed, carriage return.
    static func isWhitespace(_ value: UInt32) -> Bool {
        if value < 0x80 { return value == 32 || value == 9 || value == 10 || value == 12 || value == 13 }
        guard let scalar = Unicode.Scalar(value) else { return false }
        return scalar.properties.generalCategory == .spaceSeparator
    }

    /// Unicode punctuation as CommonMark 0.31 defines it: general categories P and S.
    static func isPunctuation(_ value: UInt32) -> Bool {
        if value < 0x80 { return ASCII.isPunctuation(UInt8(value)) }
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
