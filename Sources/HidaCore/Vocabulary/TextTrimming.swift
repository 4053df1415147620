/// Whitespace trimming on Unicode scalars, without Foundation's `CharacterSet` bridging.
enum TextTrimming {
    /// The text without leading and trailing whitespace (including newlines and no-break spaces).
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        if let first = scalars.first, let last = scalars.last,
           !first.properties.isWhitespace && !last.properties.isWhitespace {
            return text
        }
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        guard let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }
}
