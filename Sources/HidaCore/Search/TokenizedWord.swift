/// One lowercase word as `SearchTokenizer` hands it out: its UTF-8 bytes packed into 8-byte words (the last one
/// zero-padded, byte `i` in bits `8 × (i mod 8)` of word `i / 8`), the form `ByteKeyTable` hashes and compares a word
/// at a time. Valid only during the call that received it.
struct TokenizedWord {
    let words: UnsafePointer<UInt64>
    let byteCount: Int
    /// The number of Unicode scalars: the index leaves out one-letter words.
    let scalarCount: Int

    /// The key's hash for `ByteKeyTable`.
    var hash: UInt64 { ByteHash.hash(words: words, length: byteCount) }

    func byte(at index: Int) -> UInt8 {
        UInt8(truncatingIfNeeded: words[index / 8] >> (8 * UInt64(index % 8)))
    }

    /// The word as scalar values, the form the stemmers work on.
    var stemmerWord: StemmerWord {
        let bytes = (0 ..< byteCount).map(byte(at:))
        var word: StemmerWord = []
        word.reserveCapacity(scalarCount)
        bytes.withUnsafeBufferPointer { bytes in
            var index = 0
            while index < bytes.count {
                let (scalar, length) = SearchTokenizer.decodeScalar(bytes, at: index)
                word.append(scalar)
                index += length
            }
        }
        return word
    }
}

extension TokenizedWord {
    /// Collects one word at a time for `SearchTokenizer`, reusing one buffer for every word of a text.
    ///
    /// The 8-byte word being filled stays in `pending` and is stored when full or when the word ends, since most
    /// words are a few ASCII letters appended one byte at a time.
    struct Builder {
        private static let noScalar = UInt32.max

        private var storage: UnsafeMutablePointer<UInt64>
        private var capacity = 8
        private var pending: UInt64 = 0
        private(set) var byteCount = 0
        private(set) var scalarCount = 0
        /// The last scalar appended (`noScalar` when none) and where its bytes start, so that a combining mark can
        /// replace it.
        private var last = Builder.noScalar
        private var lastStart = 0

        init() {
            storage = .allocate(capacity: capacity)
        }

        func deallocate() {
            storage.deallocate()
        }

        var isEmpty: Bool { byteCount == 0 }

        var lastScalar: UInt32? { last == Self.noScalar ? nil : last }

        mutating func append(ascii byte: UInt8) {
            lastStart = byteCount
            last = UInt32(byte)
            scalarCount += 1
            write(byte)
        }

        mutating func append(_ scalar: UInt32) {
            lastStart = byteCount
            last = scalar
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
            // The word holding the last scalar's first byte is pending, or was stored when it filled up.
            let word = lastStart / 8
            let holding = word == byteCount / 8 ? pending : storage[word]
            let kept = lastStart % 8
            pending = kept == 0 ? 0 : holding & ((1 << (8 * UInt64(kept))) - 1)
            byteCount = lastStart
            scalarCount -= 1
            append(scalar)
        }

        /// Hands the word to `body` and starts the next one.
        mutating func emit(_ body: (TokenizedWord) -> Void) {
            if byteCount % 8 != 0 { store(pending, at: byteCount / 8) }
            body(TokenizedWord(words: storage, byteCount: byteCount, scalarCount: scalarCount))
            pending = 0
            byteCount = 0
            scalarCount = 0
            last = Self.noScalar
        }

        @inline(__always)
        private mutating func write(_ byte: UInt8) {
            pending |= UInt64(byte) << (8 * UInt64(byteCount & 7))
            byteCount += 1
            if byteCount & 7 == 0 {
                store(pending, at: byteCount / 8 - 1)
                pending = 0
            }
        }

        private mutating func store(_ value: UInt64, at word: Int) {
            if word >= capacity { grow() }
            storage[word] = value
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
