/// Finds pages whose texts are nearly the same (copied between agencies, or left behind after an edit).
///
/// Each text becomes the set of its word shingles (runs of `shingleSize` lowercase words). A one-permutation MinHash
/// signature of `hashes` bins estimates how much two sets overlap; splitting the signature into `bands`
/// bands and bucketing documents by each band (locality-sensitive hashing) yields candidate pairs without
/// comparing every pair. Each candidate is then verified with the exact Jaccard similarity of the shingle sets
/// (of their 64-bit hashes, where a collision is negligible), so reported similarities are exact; only a pair
/// LSH never proposes can be missed. With the defaults (32 bands of 4 rows) a pair at similarity 0.8 is proposed
/// with probability 1 − (1 − 0.8⁴)³² > 0.999 999 9, at 0.6 with 0.99, at 0.3 with 0.23 (then rejected).
struct NearDuplicateDetector: Sendable {
    /// The lowest Jaccard similarity reported.
    let threshold: Double
    /// Words per shingle; texts with fewer words form a single shingle of all their words.
    let shingleSize: Int
    /// The number of signature bins (the signature's length).
    let hashes: Int
    /// The number of LSH bands; each band has `hashes / bands` rows.
    let bands: Int

    /// Creates a detector; out-of-range sizes are clamped (at least one word, hash and band, no more bands than hashes).
    init(threshold: Double = 0.8, shingleSize: Int = 5, hashes: Int = 128, bands: Int = 32) {
        self.threshold = threshold
        self.shingleSize = max(1, shingleSize)
        self.hashes = max(1, hashes)
        self.bands = min(max(1, bands), self.hashes)
    }

    /// The pairs of documents at or above the threshold, sorted by `(a, b)`; texts without words are ignored.
    ///
    /// Documents are told apart by position, so two entries with the same id are never paired with each other.
    func pairs(_ documents: [(id: Int, text: String)]) -> [NearDuplicate] {
        pairs(utf8: documents.map { (id: $0.id, utf8: Array($0.text.utf8)) })
    }

    /// As `pairs(_:)`, of texts as UTF-8 (a page's plain text, `PageText`).
    func pairs(utf8 documents: [(id: Int, utf8: [UInt8])]) -> [NearDuplicate] {
        // Signatures are per document, so they run on all cores; results keep input order. A text's sorted shingle
        // set is only made when the text is a candidate, since verifying needs it and nothing else does.
        let allSignatures: [[UInt64]?] = Parallel.map(documents.map(\.utf8)) { text in
            let shingles = shingleHashes(of: text)
            return shingles.isEmpty ? nil : signature(of: shingles)
        }
        var ids: [Int] = []
        var texts: [[UInt8]] = []
        var signatures: [[UInt64]] = []
        for (document, signature) in zip(documents, allSignatures) {
            guard let signature else { continue }
            ids.append(document.id)
            texts.append(document.utf8)
            signatures.append(signature)
        }
        var shingleSets = ShingleSets(detector: self, texts: texts)
        // Identical texts are grouped first, so that a page copied a hundred times costs one signature and
        // one bucket entry instead of a hundred squared candidate pairs per band.
        let groups = identicalGroups(signatures, ids: ids, shingleSets: &shingleSets)
        var found: [NearDuplicate] = []

        for members in groups where members.count > 1 && threshold <= 1 {
            for (offset, first) in members.enumerated() {
                for second in members[(offset + 1)...] {
                    appendPair(ids[first], ids[second], similarity: 1, to: &found)
                }
            }
        }

        let candidates = candidatePairs(groups.map { signatures[$0[0]] })
        shingleSets.prepare(candidates.flatMap { [groups[$0.0][0], groups[$0.1][0]] })
        for candidate in candidates {
            let similarity = Self.jaccard(shingleSets[groups[candidate.0][0]], shingleSets[groups[candidate.1][0]])
            guard similarity >= threshold else { continue }
            for first in groups[candidate.0] {
                for second in groups[candidate.1] {
                    appendPair(ids[first], ids[second], similarity: similarity, to: &found)
                }
            }
        }
        found.sort { ($0.a, $0.b) < ($1.a, $1.b) }
        return found
    }

    private func appendPair(_ first: Int, _ second: Int, similarity: Double, to found: inout [NearDuplicate]) {
        guard first != second else { return }
        found.append(NearDuplicate(a: min(first, second), b: max(first, second), similarity: similarity))
    }

    /// Groups of positions whose shingle sets are equal, each sorted by id, in a deterministic order. Equal sets have
    /// equal signatures, so only texts with the same signature are compared set against set.
    private func identicalGroups(_ signatures: [[UInt64]], ids: [Int], shingleSets: inout ShingleSets) -> [[Int]] {
        let fingerprints = signatures.map { signature in
            signature.reduce(StableHash.mix(UInt64(signature.count))) { StableHash.mix($0 ^ $1) }
        }
        let order = signatures.indices.sorted { (fingerprints[$0], ids[$0], $0) < (fingerprints[$1], ids[$1], $1) }
        var groups: [[Int]] = []
        var runStart = 0  // first group of the current run of equal fingerprints
        for (position, index) in order.enumerated() {
            if position > 0 && fingerprints[order[position - 1]] != fingerprints[index] {
                runStart = groups.count
            }
            if groups.count > runStart, let match = groups[runStart...].firstIndex(where: {
                signatures[$0[0]] == signatures[index] && shingleSets[$0[0]] == shingleSets[index]
            }) {
                groups[match].append(index)
            } else {
                groups.append([index])
            }
        }
        return groups
    }
}

/// The sorted shingle sets of the texts the detector verifies, made once each: in parallel for all candidates at
/// once (`prepare`), or one at a time when identical signatures have to be told apart.
private struct ShingleSets {
    let detector: NearDuplicateDetector
    let texts: [[UInt8]]
    private var sets: [Int: [UInt64]] = [:]

    init(detector: NearDuplicateDetector, texts: [[UInt8]]) {
        self.detector = detector
        self.texts = texts
    }

    mutating func prepare(_ positions: [Int]) {
        let missing = Array(Set(positions).filter { sets[$0] == nil }).sorted()
        let detector = detector
        let texts = texts
        for (position, set) in zip(missing, Parallel.map(missing) { detector.shingleSet(of: texts[$0]) }) {
            sets[position] = set
        }
    }

    subscript(position: Int) -> [UInt64] {
        mutating get {
            if let known = sets[position] { return known }
            let set = detector.shingleSet(of: texts[position])
            sets[position] = set
            return set
        }
    }
}
