/// Splits text into lowercase words: maximal runs of letters and digits, everything else separates.
///
/// `Søk om STØTTE!` gives `søk`, `om`, `støtte`; Norwegian letters are kept, not folded to ASCII.
enum LowercaseWords {
    /// Calls `visit` with the UTF-8 bytes of each lowercase word in order.
    static func forEach(in text: String, _ visit: ([UInt8]) -> Void) {
        var word: [UInt8] = []
        word.reserveCapacity(32)
        scan(text, append: { word.append($0) }, endWord: {
            visit(word)
            word.removeAll(keepingCapacity: true)
        })
    }

    /// The lowercase words of a short text, such as a link's text.
    static func list(_ text: String) -> [String] {
        var words: [String] = []
        forEach(in: text) { words.append(String(decoding: $0, as: UTF8.self)) }
        return words
    }

    /// The lowercase words of `text` joined by single spaces; nil when that is longer than `limit` bytes. Tells a
    /// vague link text (`Les mer!` → `les mer`) from the others without making a string of each word of every link.
    static func phrase(_ text: String, atMost limit: Int) -> String? {
        var phrase: [UInt8] = []
        var tooLong = false
        scan(text, append: { byte in
            if phrase.count < limit { phrase.append(byte) } else { tooLong = true }
        }, endWord: {
            // A space at the limit would be the last byte, which is dropped; the next word's first byte tells.
            if phrase.count < limit { phrase.append(UInt8(ascii: " ")) }
        })
        guard !tooLong else { return nil }
        if phrase.last == UInt8(ascii: " ") { phrase.removeLast() }
        return String(decoding: phrase, as: UTF8.self)
    }

    /// The `StableHash.bytes` value of each lowercase word, without building the words (the duplicate finder's hot path).
    static func hashes(in text: String) -> [UInt64] {
        var hashes: [UInt64] = []
        hashes.reserveCapacity(text.utf8.count / 5)
        var hash = StableHash.basis
        scan(text, append: { byte in
            hash ^= UInt64(byte)
            hash &*= StableHash.fnvPrime
        }, endWord: {
            hashes.append(StableHash.mix(hash))
            hash = StableHash.basis
        })
        return hashes
    }

    /// Feeds the lowercase bytes of each word to `append` and calls `endWord` after each word.
    @inline(__always)
    private static func scan(_ text: String, append: (UInt8) -> Void, endWord: () -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var inWord = false
            var lowered: [UInt8] = []
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    index += 1
                    if (byte | 0x20) &- 97 < 26 || byte &- 48 < 10 {
                        append(byte &- 65 < 26 ? byte | 0x20 : byte)
                        inWord = true
                    } else if inWord {
                        endWord()
                        inWord = false
                    }
                    continue
                }
                // Latin-1 letters (æ ø å é ü …) are C3 xx: lowercase them in place, without decoding.
                if byte == 0xC3, index + 1 < bytes.count, bytes[index + 1] & 0xC0 == 0x80,
                   bytes[index + 1] != 0x97, bytes[index + 1] != 0xB7 {
                    let second = bytes[index + 1]
                    append(0xC3)
                    append(second < 0x9F ? second | 0x20 : second)
                    inWord = true
                    index += 2
                    continue
                }
                let (value, length) = TextScalars.decode(bytes, at: index)
                index += length
                if TextScalars.isLetter(value) || TextScalars.isDigit(value) {
                    lowered.removeAll(keepingCapacity: true)
                    TextScalars.appendLowercased(value, to: &lowered)
                    for loweredByte in lowered { append(loweredByte) }
                    inWord = true
                } else if inWord {
                    endWord()
                    inWord = false
                }
            }
            if inWord { endWord() }
        }
    }
}
