/// The hash of a byte string used by `ByteKeyTable` and the usage loader's tables, computed on 8-byte words (the last
/// one zero-padded) so that a key can be hashed while it is copied (a usage row into a batch, a word as it is read).
///
/// A word-at-a-time multiplicative hash with a final avalanche, so that the low bits (slots) and the high bits
/// (tags) depend on every byte. Only ids and counts leave the tables, so the hash never shapes output.
enum ByteHash {
    private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// The state before the first word of a key of `length` bytes.
    static func start(length: Int) -> UInt64 {
        0xCBF2_9CE4_8422_2325 ^ UInt64(truncatingIfNeeded: length)
    }

    /// Adds one word to the state.
    static func add(_ word: UInt64, to state: UInt64) -> UInt64 {
        let mixed = (state ^ word) &* multiplier
        return mixed ^ (mixed >> 32)
    }

    /// The hash, from the state after the last word.
    static func finish(_ state: UInt64) -> UInt64 {
        var hash = state ^ (state >> 33)
        hash = hash &* 0xFF51_AFD7_ED55_8CCD
        return hash ^ (hash >> 33)
    }

    /// The hash of a key already packed into zero-padded words (`length` bytes).
    static func hash(words: UnsafePointer<UInt64>, length: Int) -> UInt64 {
        var state = start(length: length)
        for index in 0 ..< (length + 7) / 8 { state = add(words[index], to: state) }
        return finish(state)
    }

    /// The hash of `bytes`, as `UsageRowBatch` computes it while copying them.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var state = start(length: bytes.count)
        var offset = 0
        while offset < bytes.count {
            var word: UInt64 = 0
            for index in 0 ..< min(8, bytes.count - offset) { word |= UInt64(bytes[offset + index]) << (8 * UInt64(index)) }
            state = add(word, to: state)
            offset += 8
        }
        return finish(state)
    }
}
