/// Splits text into lowercase words on UTF-8 bytes: letters and decimal digits make words,
/// anything else separates them; æ, ø, å, é, ü … stay letters.
enum SearchTokenizer {
    /// The terms a search for `text` uses in `language`: lowercase, stop words removed, stemmed
    /// (`Søknadene om barnetrygd` → `["søknad", "barnetrygd"]` in `nb`).
    static func terms(_ text: String, language: String) -> [String] {
        SearchAnalyzer(language: language).terms(text).map(\.stemmerString)
    }

    /// Calls `body` with each lowercase word of `text`, in order, one-letter words included.
    ///
    /// A combining mark (U+0300–U+036F) never splits a word: `a` + ring above becomes `å`
    /// and the few other pairs in `composedPairs` compose; any other mark is dropped, so text
    /// in decomposed form (NFD) gives the same words as precomposed text.
    static func forEachWord(in text: String, _ body: (StemmerWord) -> Void) {
        forEachToken(in: text) { body($0.stemmerWord) }
    }

    /// The words of `text` as `forEachWord` finds them, as UTF-8 in 8-byte words: the search index's hot path,
    /// which looks most words up in a table without ever making an array of scalars.
    static func forEachToken(in text: String, _ body: (TokenizedWord) -> Void) {
        let handled: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            forEachToken(inUTF8: bytes, body)
        }
        if handled == nil {
            Array(text.utf8).withUnsafeBufferPointer { forEachToken(inUTF8: $0, body) }
        }
    }

    static func forEachToken(inUTF8 bytes: UnsafeBufferPointer<UInt8>, _ body: (TokenizedWord) -> Void) {
        ASCIIWordBytes.lowercased.withUnsafeBufferPointer { lowering in
            forEachToken(inUTF8: bytes, lowering: lowering.baseAddress!, body)
        }
    }

    private static func forEachToken(inUTF8 bytes: UnsafeBufferPointer<UInt8>, lowering: UnsafePointer<UInt8>,
                                     _ body: (TokenizedWord) -> Void) {
        var word = TokenizedWord.Builder()
        defer { word.deallocate() }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                // ASCII fast path: most of every page, a run of letters and digits at a time.
                guard lowering[Int(byte)] != 0 else {
                    index += 1
                    if !word.isEmpty { word.emit(body) }
                    continue
                }
                var end = index + 1
                while end < bytes.count && lowering[Int(bytes[end])] != 0 { end &+= 1 }
                word.append(asciiRun: UnsafeBufferPointer(rebasing: bytes[index ..< end]), lowering: lowering)
                index = end
                continue
            }
            let (scalar, length) = decodeScalar(bytes, at: index)
            index += length
            if scalar >= 0x300 && scalar <= 0x36F {
                if let last = word.lastScalar, let composed = composedPairs[UInt64(last) << 32 | UInt64(scalar)] {
                    word.replaceLastScalar(with: composed)
                }
                continue
            }
            if appendLowercasedLetter(scalar, to: &word) { continue }
            if !word.isEmpty { word.emit(body) }
        }
        if !word.isEmpty { word.emit(body) }
    }

    /// Appends the lowercase form of `scalar` when it is a letter or a decimal digit.
    private static func appendLowercasedLetter(_ scalar: UInt32, to word: inout TokenizedWord.Builder) -> Bool {
        if scalar >= 0xC0 && scalar <= 0xFF {
            // Latin-1 letters (æ ø å é ü …); × and ÷ are the only non-letters here.
            guard scalar != 0xD7 && scalar != 0xF7 else { return false }
            word.append(scalar <= 0xDE ? scalar + 0x20 : scalar)
            return true
        }
        guard let unicodeScalar = Unicode.Scalar(scalar) else { return false }
        let properties = unicodeScalar.properties
        if properties.isAlphabetic {
            for lower in properties.lowercaseMapping.unicodeScalars where !(0x300 ... 0x36F).contains(lower.value) {
                word.append(lower.value)
            }
            return true
        }
        if properties.numericType == .decimal {
            word.append(scalar)
            return true
        }
        return false
    }

    /// Base letter and combining mark pairs that compose into one Norwegian or common Latin letter.
    private static let composedPairs: [UInt64: UInt32] = {
        let pairs: [(base: Character, mark: UInt32, composed: Character)] = [
            ("a", 0x30A, "å"), ("a", 0x308, "ä"), ("o", 0x308, "ö"), ("u", 0x308, "ü"),
            ("e", 0x301, "é"), ("e", 0x300, "è"), ("e", 0x302, "ê"), ("o", 0x302, "ô"),
            ("o", 0x301, "ó"), ("o", 0x300, "ò"), ("a", 0x301, "á"), ("a", 0x300, "à"),
        ]
        var table: [UInt64: UInt32] = [:]
        for pair in pairs {
            guard let base = pair.base.unicodeScalars.first?.value,
                  let composed = pair.composed.unicodeScalars.first?.value else { continue }
            table[UInt64(base) << 32 | UInt64(pair.mark)] = composed
        }
        return table
    }()

    /// Decodes one scalar; a malformed sequence yields U+FFFD and consumes one byte.
    static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        let length: Int
        var scalar: UInt32
        switch lead {
        case 0xC2 ... 0xDF: length = 2; scalar = lead & 0x1F
        case 0xE0 ... 0xEF: length = 3; scalar = lead & 0x0F
        case 0xF0 ... 0xF4: length = 4; scalar = lead & 0x07
        default: return (0xFFFD, 1)
        }
        guard index + length <= bytes.count else { return (0xFFFD, 1) }
        for offset in 1 ..< length {
            let byte = UInt32(bytes[index + offset])
            guard byte & 0xC0 == 0x80 else { return (0xFFFD, 1) }
            scalar = scalar << 6 | byte & 0x3F
        }
        return (scalar, length)
    }
}
