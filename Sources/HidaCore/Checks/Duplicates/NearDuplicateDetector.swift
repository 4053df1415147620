/// Finds pages whose texts are nearly the same (copied between agencies, or left behind after an edit).
///
/// Each text becomes the set of its word shingles (runs of `shingleSize` lowercase words). MinHash signatures
/// with `hashes` seeded hash functions estimate how much two sets overlap; splitting the signature into `bands`
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
    /// The number of MinHash functions (signature length).
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
        // Shingling and signatures are per document, so they run on all cores; results keep input order.
        let allShingles = Parallel.map(documents.map(\.text)) { shingleSet(of: $0) }
        var ids: [Int] = []
        var shingleSets: [[UInt64]] = []
        for (document, shingles) in zip(documents, allShingles) where !shingles.isEmpty {
            ids.append(document.id)
            shingleSets.append(shingles)
        }
        // Identical texts are grouped first, so that a page copied a hundred times costs one signature and
        // one bucket entry instead of a hundred squared candidate pairs per band.
        let groups = identicalGroups(shingleSets, ids: ids)
        let representatives = groups.map { shingleSets[$0[0]] }
        var found: [NearDuplicate] = []

        for members in groups where members.count > 1 && threshold <= 1 {
            for (offset, first) in members.enumerated() {
                for second in members[(offset + 1)...] {
                    appendPair(ids[first], ids[second], similarity: 1, to: &found)
                }
            }
        }

        let (seeds, multipliers) = hashFunctions
        let signatures = Parallel.map(representatives) { Self.signature(of: $0, seeds: seeds, multipliers: multipliers) }
        for candidate in candidatePairs(signatures) {
            let similarity = Self.jaccard(representatives[candidate.0], representatives[candidate.1])
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

    /// Groups of positions whose shingle sets are equal, each sorted by id, in a deterministic order.
    private func identicalGroups(_ shingleSets: [[UInt64]], ids: [Int]) -> [[Int]] {
        let fingerprints = shingleSets.map { set in
            set.reduce(StableHash.mix(UInt64(set.count))) { StableHash.mix($0 ^ $1) }
        }
        let order = shingleSets.indices.sorted { (fingerprints[$0], ids[$0], $0) < (fingerprints[$1], ids[$1], $1) }
        var groups: [[Int]] = []
        var runStart = 0  // first group of the current run of equal fingerprints
        for (position, index) in order.enumerated() {
            if position > 0 && fingerprints[order[position - 1]] != fingerprints[index] {
                runStart = groups.count
            }
            // Equal fingerprints almost always mean equal sets; the comparison keeps a collision from merging pages.
            if let match = groups[runStart...].firstIndex(where: { shingleSets[$0[0]] == shingleSets[index] }) {
                groups[match].append(index)
            } else {
                groups.append([index])
            }
        }
        return groups
    }
}
