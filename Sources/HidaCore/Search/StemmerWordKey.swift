/// A word as a dictionary key whose hash is computed once, in one cheap pass: the index looks words up millions of
/// times, and hashing an array element by element was most of its cost.
struct StemmerWordKey: Hashable, Sendable {
    let word: StemmerWord
    private let fingerprint: UInt64

    init(_ word: StemmerWord) {
        self.word = word
        // FNV-1a over the scalar values.
        var hash = StableHash.basis
        for value in word {
            hash = (hash ^ UInt64(value)) &* StableHash.fnvPrime
        }
        fingerprint = hash
    }

    static func == (lhs: StemmerWordKey, rhs: StemmerWordKey) -> Bool {
        lhs.fingerprint == rhs.fingerprint && lhs.word == rhs.word
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(fingerprint)
    }
}
