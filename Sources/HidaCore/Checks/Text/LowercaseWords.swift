/// Splits text into lowercase words: maximal runs of letters and digits, everything else separates.
///
/// `Søk om STØTTE!` gives `søk`, `om`, `støtte`; Norwegian letters are kept, not folded to ASCII.
enum LowercaseWords {
    /// Calls `visit` with the UTF-8 bytes of each lowercase word in order.
    static func forEach(in text: String, _ visit: ([UInt8]) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var word: [UInt8] = []
            word.reserveCapacity(32)
            var index = 0
            while index < bytes.count {
                let (value, length) = TextScalars.decode(bytes, at: index)
                index += length
                if TextScalars.isLetter(value) || TextScalars.isDigit(value) {
                    TextScalars.appendLowercased(value, to: &word)
                } else if !word.isEmpty {
                    visit(word)
                    word.removeAll(keepingCapacity: true)
                }
            }
            if !word.isEmpty { visit(word) }
        }
    }

    /// The lowercase words of a short text, such as a link's text.
    static func list(_ text: String) -> [String] {
        var words: [String] = []
        forEach(in: text) { words.append(String(decoding: $0, as: UTF8.self)) }
        return words
    }
}
