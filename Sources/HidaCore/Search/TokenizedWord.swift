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
    /// Bytes are stored one by one into the 8-byte words (little-endian, so byte `i` lands in bits `8 × (i mod 8)`),
    /// and the rest of the last word is cleared when the word is handed out.
    struct Builder {
        private static let noScalar = UInt32.max

        private var storage: UnsafeMutablePointer<UInt64>
        /// In 8-byte words.
        private var capacity = 8
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

        /// Appends ASCII letters and digits, each through `lowering` (the lowercase byte of each ASCII byte): a run
        /// at a time, since most words are a few ASCII letters.
        mutating func append(asciiRun run: UnsafeBufferPointer<UInt8>, lowering: UnsafePointer<UInt8>) {
            guard !run.isEmpty else { return }
            while (byteCount + run.count) > capacity * 8 { grow() }
            let bytes = UnsafeMutableRawPointer(storage) + byteCount
            for offset in 0 ..< run.count {
                bytes.storeBytes(of: lowering[Int(run[offset])], toByteOffset: offset, as: UInt8.self)
            }
            byteCount += run.count
            scalarCount += run.count
            lastStart = byteCount - 1
            last = UInt32(lowering[Int(run[run.count - 1])])
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
            byteCount = lastStart
            scalarCount -= 1
            append(scalar)
        }

        /// Hands the word to `body` and starts the next one.
        mutating func emit(_ body: (TokenizedWord) -> Void) {
            let usedInLastWord = UInt64(byteCount & 7)
            if usedInLastWord != 0 { storage[byteCount / 8] &= (1 << (8 * usedInLastWord)) &- 1 }
            body(TokenizedWord(words: storage, byteCount: byteCount, scalarCount: scalarCount))
            byteCount = 0
            scalarCount = 0
            last = Self.noScalar
        }

        @inline(__always)
        private mutating func write(_ byte: UInt8) {
            if byteCount == capacity * 8 { grow() }
            UnsafeMutableRawPointer(storage).storeBytes(of: byte, toByteOffset: byteCount, as: UInt8.self)
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
