extension NearDuplicateDetector {
    /// The sorted, distinct 64-bit hashes of the text's word shingles; empty when the text has no words.
    func shingleSet(of text: [UInt8]) -> [UInt64] {
        var shingles = shingleHashes(of: text)
        shingles.sort()
        return Self.removingAdjacentDuplicates(shingles)
    }

    /// The hashes of the text's word shingles in text order, repeats included; empty when the text has no words.
    func shingleHashes(of text: [UInt8]) -> [UInt64] {
        let wordHashes = text.withUnsafeBufferPointer(LowercaseWords.hashes(inUTF8:))
        guard !wordHashes.isEmpty else { return [] }
        let width = min(shingleSize, wordHashes.count)
        let count = wordHashes.count - width + 1
        // Through pointers into storage made at its final size: the shingles of a text do not depend on each other,
        // and without bounds checks and appends the processor works on several at once.
        return wordHashes.withUnsafeBufferPointer { words in
            [UInt64](unsafeUninitializedCapacity: count) { shingles, initialized in
                for start in 0 ..< count {
                    var hash = StableHash.basis
                    for word in words[start ..< start + width] {
                        hash = StableHash.mix(hash &+ word)
                    }
                    shingles[start] = hash
                }
                initialized = count
            }
        }
    }

    static func removingAdjacentDuplicates(_ sorted: [UInt64]) -> [UInt64] {
        var result: [UInt64] = []
        result.reserveCapacity(sorted.count)
        for value in sorted where result.last != value {
            result.append(value)
        }
        return result
    }

    /// |A ∩ B| / |A ∪ B| of two sorted, distinct arrays; 0 when both are empty.
    static func jaccard(_ first: [UInt64], _ second: [UInt64]) -> Double {
        var i = 0
        var j = 0
        var shared = 0
        while i < first.count && j < second.count {
            if first[i] == second[j] {
                shared += 1
                i += 1
                j += 1
            } else if first[i] < second[j] {
                i += 1
            } else {
                j += 1
            }
        }
        let union = first.count + second.count - shared
        return union == 0 ? 0 : Double(shared) / Double(union)
    }
}
