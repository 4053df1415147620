extension NearDuplicateDetector {
    /// The fixed seed of the densification probes, so that signatures are the same on every run.
    static let densificationSeed: UInt64 = 0x4869_6461_4D69_6E48  // "HidaMinH"

    /// The one-permutation MinHash signature of a text's shingle hashes (repeats allowed): the hashes are spread
    /// over `hashes` bins by their high bits and each bin keeps its smallest hash.
    ///
    /// One pass over the shingles instead of one per hash function (128 multiplications per shingle made the
    /// signatures most of the check's time). Two sets agree on a bin with probability equal to their Jaccard
    /// similarity, as with k hash functions, so the banding below finds the same pairs with the same odds.
    /// A bin no shingle fell into borrows the value of a bin chosen by seeded probes ("optimal densification",
    /// Shrivastava 2017), so that short texts still get full signatures and equal sets equal signatures.
    func signature(of shingles: [UInt64]) -> [UInt64] {
        var minimums = [UInt64](repeating: .max, count: hashes)
        var filled = [Bool](repeating: false, count: hashes)
        let binCount = UInt64(hashes)
        for shingle in shingles {
            let bin = Int(shingle.multipliedFullWidth(by: binCount).high)
            if shingle < minimums[bin] { minimums[bin] = shingle }
            filled[bin] = true
        }
        guard !shingles.isEmpty, filled.contains(false) else { return minimums }
        var densified = minimums
        for bin in 0 ..< hashes where !filled[bin] {
            var attempt: UInt64 = 0
            while true {
                let probe = StableHash.mix(Self.densificationSeed ^ UInt64(bin) << 32 ^ attempt)
                let source = Int(probe.multipliedFullWidth(by: binCount).high)
                if filled[source] {
                    densified[bin] = minimums[source]
                    break
                }
                attempt += 1
            }
        }
        return densified
    }

    /// Pairs of signatures `(i, j)`, `i < j`, that agree on every row of at least one band, sorted and distinct.
    func candidatePairs(_ signatures: [[UInt64]]) -> [(Int, Int)] {
        let rows = hashes / bands
        var candidates: [UInt64] = []
        var keys: [(key: UInt64, document: Int)] = []
        keys.reserveCapacity(signatures.count)
        for band in 0..<bands {
            keys.removeAll(keepingCapacity: true)
            for (document, signature) in signatures.enumerated() {
                var key = StableHash.mix(UInt64(band))
                for row in (band * rows)..<((band + 1) * rows) {
                    key = StableHash.mix(key ^ signature[row])
                }
                keys.append((key, document))
            }
            keys.sort { ($0.key, $0.document) < ($1.key, $1.document) }
            var start = 0
            while start < keys.count {
                var end = start + 1
                while end < keys.count && keys[end].key == keys[start].key { end += 1 }
                if end - start > 1 {
                    for first in start..<(end - 1) {
                        for second in (first + 1)..<end {
                            candidates.append(UInt64(keys[first].document) << 32 | UInt64(keys[second].document))
                        }
                    }
                }
                start = end
            }
            // Many similar (not identical) pages meet in every band; compacting keeps memory at the distinct pairs
            // instead of growing with the number of bands.
            if candidates.count > 1 << 22 {
                candidates.sort()
                candidates = Self.removingAdjacentDuplicates(candidates)
            }
        }
        candidates.sort()
        return Self.removingAdjacentDuplicates(candidates).map { (Int($0 >> 32), Int($0 & 0xFFFF_FFFF)) }
    }
}
