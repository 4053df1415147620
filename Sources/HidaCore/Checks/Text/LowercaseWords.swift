import ByteBuffer

/// Splits text into lowercase words: maximal runs of letters and digits, everything else separates.
///
/// `Søk om STØTTE!` gives `søk`, `om`, `støtte`; Norwegian letters are kept, not folded to ASCII.
enum LowercaseWords {
    /// The lowercase words of a short text, such as a link's text.
    static func list(_ text: String) -> [String] {
        var words = WordList()
        scan(text, into: &words)
        return words.words
    }

    /// The lowercase words of `text` joined by single spaces; nil when that is longer than `limit` bytes. Tells a
    /// vague link text (`Les mer!` → `les mer`) from the others without making a string of each word of every link.
    static func phrase(_ text: String, atMost limit: Int) -> String? {
        var phrase = Phrase(limit: limit)
        scan(text, into: &phrase)
        guard !phrase.tooLong else { return nil }
        if phrase.bytes.last == UInt8(ascii: " ") { phrase.bytes.removeLast() }
        return String(decoding: phrase.bytes, as: UTF8.self)
    }

    /// The `StableHash.bytes` value of each lowercase word, without building the words (the duplicate finder's hot path).
    static func hashes(in text: String) -> [UInt64] {
        text.withUTF8Bytes(hashes(inUTF8:))
    }

    /// As `hashes(in:)`, of UTF-8 text (a page's plain text, `PageText`).
    static func hashes(inUTF8 text: UnsafeBufferPointer<UInt8>) -> [UInt64] {
        var hasher = WordHasher()
        hasher.hashes.reserveCapacity(text.count / 5)
        scan(text, into: &hasher)
        return hasher.hashes
    }

    /// What `scan` hands the bytes of each word to. The scanners are structs handed in `inout` rather than
    /// closures, whose captured state lived in heap boxes that the byte loop loaded and stored at every byte.
    private protocol WordSink {
        mutating func append(_ byte: UInt8)
        mutating func endWord()
    }

    private struct WordList: WordSink {
        var words: [String] = []
        var word: [UInt8] = []

        mutating func append(_ byte: UInt8) { word.append(byte) }

        mutating func endWord() {
            words.append(String(decoding: word, as: UTF8.self))
            word.removeAll(keepingCapacity: true)
        }
    }

    private struct Phrase: WordSink {
        let limit: Int
        var bytes: [UInt8] = []
        var tooLong = false

        mutating func append(_ byte: UInt8) {
            if bytes.count < limit { bytes.append(byte) } else { tooLong = true }
        }

        mutating func endWord() {
            // A space at the limit would be the last byte, which is dropped; the next word's first byte tells.
            if bytes.count < limit { bytes.append(UInt8(ascii: " ")) }
        }
    }

    private struct WordHasher: WordSink {
        var hashes: [UInt64] = []
        var hash = StableHash.basis

        @inline(__always)
        mutating func append(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash &*= StableHash.fnvPrime
        }

        mutating func endWord() {
            hashes.append(StableHash.mix(hash))
            hash = StableHash.basis
        }
    }

    /// Feeds the lowercase bytes of each word to `sink`, and the end of each word.
    @inline(__always)
    private static func scan(_ text: String, into sink: inout some WordSink) {
        text.withUTF8Bytes { scan($0, into: &sink) }
    }

    @inline(__always)
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, into sink: inout some WordSink) {
        ASCIIWordBytes.lowercased.withUnsafeBufferPointer { asciiWordBytes in
            scan(bytes, lowering: asciiWordBytes.baseAddress!, into: &sink)
        }
    }

    @inline(__always)
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, lowering: UnsafePointer<UInt8>,
                             into sink: inout some WordSink) {
        var inWord = false
        var lowered: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                index &+= 1
                let wordByte = lowering[Int(byte)]
                if wordByte != 0 {
                    sink.append(wordByte)
                    inWord = true
                } else if inWord {
                    sink.endWord()
                    inWord = false
                }
                continue
            }
            // Latin-1 letters (æ ø å é ü …) are C3 xx: lowercase them in place, without decoding.
            if byte == 0xC3, index + 1 < bytes.count, bytes[index + 1] & 0xC0 == 0x80,
               bytes[index + 1] != 0x97, bytes[index + 1] != 0xB7 {
                let second = bytes[index + 1]
                sink.append(0xC3)
                sink.append(second < 0x9F ? second | 0x20 : second)
                inWord = true
                index += 2
                continue
            }
            let (value, length) = TextScalars.decode(bytes, at: index)
            index += length
            if TextScalars.isLetter(value) || TextScalars.isDigit(value) {
                lowered.removeAll(keepingCapacity: true)
                TextScalars.appendLowercased(value, to: &lowered)
                for loweredByte in lowered { sink.append(loweredByte) }
                inWord = true
            } else if inWord {
                sink.endWord()
                inWord = false
            }
        }
        if inWord { sink.endWord() }
    }
}
