extension NearDuplicateDetector {
    /// The fixed start of the hash-function seeds, so that signatures are the same on every run.
    static let seedStart: UInt64 = 0x4869_6461_4D69_6E48  // "HidaMinH"

    /// The seeds and odd multipliers of the `hashes` MinHash functions.
    var hashFunctions: (seeds: [UInt64], multipliers: [UInt64]) {
        (StableHash.seeds(hashes, start: Self.seedStart), StableHash.seeds(hashes, start: ~Self.seedStart).map { $0 | 1 })
    }

    /// The MinHash signature of a shingle set: for each hash function, its minimum over the set.
    static func signature(of set: [UInt64], seeds: [UInt64], multipliers: [UInt64]) -> [UInt64] {
        var minimums = [UInt64](repeating: .max, count: seeds.count)
        minimums.withUnsafeMutableBufferPointer { minimums in
            seeds.withUnsafeBufferPointer { seeds in
                multipliers.withUnsafeBufferPointer { multipliers in
                    for shingle in set {
                        for function in 0..<minimums.count {
                            // h_i(x) = (x ⊕ s_i) · m_i mod 2⁶⁴ with odd m_i: the shingle hash is already well mixed,
                            // and the order of the products is decided by their high bits, which depend on every
                            // bit of x. Two operations instead of a full mix make signatures several times faster.
                            let value = (shingle ^ seeds[function]) &* multipliers[function]
                            if value < minimums[function] { minimums[function] = value }
                        }
                    }
                }
            }
        }
        return minimums
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
