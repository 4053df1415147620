import ByteBuffer

/// Readability measures for the portal's plain text (blocks separated by newlines).
///
/// LIX (Björnsson 1968) is the measure Norwegian and Swedish plain-language work uses:
/// below 30 very easy, 30–40 easy, 40–50 medium, 50–60 difficult, above 60 very difficult.
enum Readability {
    /// A word is long when it has more letters than this.
    static let longWordLetters = 6

    /// The LIX score of a text.
    ///
    /// - A word is a whitespace-separated token with at least one letter; its length counts letters only,
    ///   so `e-post` has 5 and `«barnetrygd»` 10. Tokens without letters (`130 160`, `2024`, `–`) are not words:
    ///   a number is read at a glance and says nothing about the difficulty of the prose.
    /// - A sentence ends at `.`, `!`, `?`, `:` or `…` followed (after closing quotes or brackets) by whitespace
    ///   or the end, and at every line end, since the core puts each heading, paragraph, list item and table cell
    ///   on its own line. Only sentences with a word count, so `1.` or an empty cell adds none.
    /// - Abbreviations such as `f.eks.` followed by a space end a sentence, as in the original measure.
    static func lix(_ text: String) -> LixScore {
        text.withUTF8Bytes(lix)
    }

    /// The score of UTF-8 text, such as a page's plain text (`PageText`).
    static func lix(utf8 text: [UInt8]) -> LixScore {
        text.withUnsafeBufferPointer(lix)
    }

    private static func lix(_ text: UnsafeBufferPointer<UInt8>) -> LixScore {
        let (words, sentences, longWords) = count(text)
        guard words > 0 else { return LixScore(words: 0, sentences: 0, longWords: 0, value: 0) }
        let sentenceCount = max(sentences, 1)
        let value = Double(words) / Double(sentenceCount) + 100 * Double(longWords) / Double(words)
        return LixScore(words: words, sentences: sentenceCount, longWords: longWords, value: value)
    }

    private static func count(_ bytes: UnsafeBufferPointer<UInt8>) -> (words: Int, sentences: Int, longWords: Int) {
        // A local struct rather than variables captured by nested functions: captured variables live in a heap box,
        // and the byte loop below then loaded and stored every counter at every byte.
        byteClasses.withUnsafeBufferPointer { classes in
            var tally = Tally()
            var index = 0
            while index < bytes.count {
                // Most of a Norwegian text is ASCII letters and spaces. They are counted without a branch per byte:
                // letters and the ends of words alternate too irregularly for the branch predictor.
                let byteClass = classes[Int(bytes[index])]
                if byteClass < ByteClass.decode {
                    index &+= 1
                    tally.countASCII(byteClass)
                    continue
                }
                let (value, length) = TextScalars.decode(bytes, at: index)
                index += length
                if TextScalars.isLineBreak(value) {
                    tally.endSentence()
                } else if TextScalars.isWhitespace(value) {
                    tally.endToken()
                } else if isTerminator(value) {
                    // The whole run of end marks and closing marks is consumed at once, so `.....` stays linear.
                    let runEnd = endOfMarkRun(bytes, from: index)
                    if runEnd == bytes.count || TextScalars.isWhitespace(TextScalars.decode(bytes, at: runEnd).value) {
                        tally.endSentence()
                    }
                    index = runEnd
                } else if TextScalars.isLetter(value) {
                    tally.lettersInToken += 1
                }
            }
            tally.endSentence()
            return (tally.words, tally.sentences, tally.longWords)
        }
    }

    /// The counts so far, and the token and sentence being read.
    private struct Tally {
        var words = 0
        var sentences = 0
        var longWords = 0
        var lettersInToken = 0
        /// 1 once the sentence has a word: an integer, so that `countASCII` updates it without branching.
        var sentenceHasWords = 0

        /// Counts an ASCII byte of class `other`, `letter` or `space`.
        @inline(__always)
        mutating func countASCII(_ byteClass: UInt8) {
            let isLetter = Int(byteClass & ByteClass.letter)
            let isSpace = Int(byteClass >> 1)
            let endsWord = isSpace & (lettersInToken > 0 ? 1 : 0)
            // Wrapping additions: a count of a text's bytes cannot overflow, and the checks were a fifth of the loop.
            words &+= endsWord
            longWords &+= endsWord & (lettersInToken > Readability.longWordLetters ? 1 : 0)
            sentenceHasWords |= endsWord
            lettersInToken = (lettersInToken &+ isLetter) & ~(0 &- isSpace)
        }

        mutating func endToken() {
            guard lettersInToken > 0 else { return }
            words += 1
            if lettersInToken > Readability.longWordLetters { longWords += 1 }
            lettersInToken = 0
            sentenceHasWords = 1
        }

        mutating func endSentence() {
            endToken()
            sentences += sentenceHasWords
            sentenceHasWords = 0
        }
    }

    /// What a byte is to the counter: `other` (0), `letter` (1) or `space` (2) for ASCII bytes the general tests
    /// below classify so, `decode` for line breaks, end marks and every byte of a multi-byte character.
    private enum ByteClass {
        static let other: UInt8 = 0
        static let letter: UInt8 = 1
        static let space: UInt8 = 2
        static let decode: UInt8 = 3
    }

    private static let byteClasses: [UInt8] = (0 ..< 256).map { byte in
        let value = UInt32(byte)
        if byte >= 0x80 || TextScalars.isLineBreak(value) || isTerminator(value) { return ByteClass.decode }
        if TextScalars.isWhitespace(value) { return ByteClass.space }
        return TextScalars.isLetter(value) ? ByteClass.letter : ByteClass.other
    }

    /// The index after the end marks and closing marks that start at `start`.
    private static func endOfMarkRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            let (value, length) = TextScalars.decode(bytes, at: index)
            guard isTerminator(value) || isClosingMark(value) else { break }
            index += length
        }
        return index
    }

    private static func isTerminator(_ value: UInt32) -> Bool {
        value == 0x2E || value == 0x21 || value == 0x3F || value == 0x3A || value == 0x2026
    }

    /// Closing quotes and brackets that may follow a sentence's end mark: `)` `]` `"` `'` `»` `”` `’`.
    private static func isClosingMark(_ value: UInt32) -> Bool {
        value == 0x29 || value == 0x5D || value == 0x22 || value == 0x27 || value == 0xBB || value == 0x201D
            || value == 0x2019
    }
}
