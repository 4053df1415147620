/// One lowercase word as `SearchTokenizer` hands it out: its UTF-8 bytes packed into 8-byte words (the last one
/// zero-padded, byte `i` in bits `8 × (i mod 8)` of word `i / 8`), the form `ByteKeyTable` hashes and compares a word
/// at a time. Valid only during the call that received it.
struct TokenizedWord {
    let words: UnsafePointer<UInt64>
    let byteCount: Int
    /// The number of Unicode scalars: the index leaves out one-letter words.
    let scalarCount: Int

    /// The key's hash for `ByteKeyTable`.
    var hash: UInt64 {
        var state = ByteHash.start(length: byteCount)
        for index in 0 ..< (byteCount + 7) / 8 { state = ByteHash.add(words[index], to: state) }
        return ByteHash.finish(state)
    }

    func byte(at index: Int) -> UInt8 {
        UInt8(truncatingIfNeeded: words[index / 8] >> (8 * UInt64(index % 8)))
    }

    /// The word as scalar values, the form the stemmers work on.
    var stemmerWord: StemmerWord {
        var word: StemmerWord = []
        word.reserveCapacity(scalarCount)
        var index = 0
        while index < byteCount {
            let lead = UInt32(byte(at: index))
            let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            var scalar = length == 1 ? lead : lead & (0xFF >> UInt32(length + 1))
            for offset in 1 ..< length { scalar = scalar << 6 | UInt32(byte(at: index + offset)) & 0x3F }
            word.append(scalar)
            index += length
        }
        return word
    }
}

extension TokenizedWord {
    /// Collects one word at a time for `SearchTokenizer`, reusing one buffer for every word of a text.
    struct Builder {
        private var storage: UnsafeMutablePointer<UInt64>
        private var capacity = 8
        private(set) var byteCount = 0
        private(set) var scalarCount = 0
        /// The last scalar appended and where its bytes start, so that a combining mark can replace it.
        private(set) var lastScalar: UInt32?
        private var lastStart = 0

        init() {
            storage = .allocate(capacity: capacity)
        }

        func deallocate() {
            storage.deallocate()
        }

        var isEmpty: Bool { byteCount == 0 }

        mutating func append(ascii byte: UInt8) {
            lastStart = byteCount
            lastScalar = UInt32(byte)
            scalarCount += 1
            write(byte)
        }

        mutating func append(_ scalar: UInt32) {
            lastStart = byteCount
            lastScalar = scalar
            scalarCount += 1
            switch scalar {
            case ..<0x80:
                write(UInt8(scalar))
            case ..<0x800:
                write(UInt8(0xC0 | scalar >> 6))
                write(UInt8(0x80 | scalar & 0x3F))
            case ..<0x10000:
                write(UInt8(0xE0 | scalar >> 12))
                write(UInt8(0x80 | scalar >> 6 & 0x3F))
                write(UInt8(0x80 | scalar & 0x3F))
            default:
                write(UInt8(0xF0 | scalar >> 18))
                write(UInt8(0x80 | scalar >> 12 & 0x3F))
                write(UInt8(0x80 | scalar >> 6 & 0x3F))
                write(UInt8(0x80 | scalar & 0x3F))
            }
        }

        /// Puts `scalar` in place of the last scalar (a base letter and its combining mark become one letter).
        mutating func replaceLastScalar(with scalar: UInt32) {
            byteCount = lastStart
            scalarCount -= 1
            if byteCount % 8 != 0 {
                storage[byteCount / 8] &= (1 << (8 * UInt64(byteCount % 8))) - 1
            }
            append(scalar)
        }

        /// Hands the word to `body` and starts the next one.
        mutating func emit(_ body: (TokenizedWord) -> Void) {
            body(TokenizedWord(words: storage, byteCount: byteCount, scalarCount: scalarCount))
            byteCount = 0
            scalarCount = 0
            lastScalar = nil
        }

        private mutating func write(_ byte: UInt8) {
            let word = byteCount / 8
            if word == capacity { grow() }
            if byteCount % 8 == 0 {
                storage[word] = UInt64(byte)
            } else {
                storage[word] |= UInt64(byte) << (8 * UInt64(byteCount % 8))
            }
            byteCount += 1
        }

        private mutating func grow() {
            let grown = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity * 2)
            grown.update(from: storage, count: capacity)
            storage.deallocate()
            storage = grown
            capacity *= 2
        }
    }
}
