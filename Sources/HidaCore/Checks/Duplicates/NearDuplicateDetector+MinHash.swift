extension NearDuplicateDetector {
    /// The fixed start of the hash-function seeds, so that signatures are the same on every run.
    static let seedStart: UInt64 = 0x4869_6461_4D69_6E48  // "HidaMinH"

    /// One signature of `hashes` values per set, stored row after row: the minimum of each seeded hash over the set.
    func minHashSignatures(_ sets: [[UInt64]]) -> [UInt64] {
        let seeds = StableHash.seeds(hashes, start: Self.seedStart)
        var signatures = [UInt64](repeating: .max, count: sets.count * hashes)
        signatures.withUnsafeMutableBufferPointer { output in
            seeds.withUnsafeBufferPointer { seeds in
                for (row, set) in sets.enumerated() {
                    let base = row * hashes
                    for shingle in set {
                        for function in 0..<seeds.count {
                            // h_i(x) = mix(x ⊕ seed_i): one base hash, many cheap independent-looking permutations.
                            let value = StableHash.mix(shingle ^ seeds[function])
                            if value < output[base + function] { output[base + function] = value }
                        }
                    }
                }
            }
        }
        return signatures
    }

    /// Pairs of rows `(i, j)`, `i < j`, that agree on every row of at least one band, sorted and distinct.
    func candidatePairs(_ signatures: [UInt64], count: Int) -> [(Int, Int)] {
        let rows = hashes / bands
        var candidates: [UInt64] = []
        var keys: [(key: UInt64, document: Int)] = []
        keys.reserveCapacity(count)
        for band in 0..<bands {
            keys.removeAll(keepingCapacity: true)
            for document in 0..<count {
                var key = StableHash.mix(UInt64(band))
                let base = document * hashes + band * rows
                for row in 0..<rows {
                    key = StableHash.mix(key ^ signatures[base + row])
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
        }
        candidates.sort()
        return Self.removingAdjacentDuplicates(candidates).map { (Int($0 >> 32), Int($0 & 0xFFFF_FFFF)) }
    }
}
