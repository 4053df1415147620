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
        var shingles: [UInt64] = []
        shingles.reserveCapacity(wordHashes.count - width + 1)
        for start in 0...(wordHashes.count - width) {
            var hash = StableHash.basis
            for word in wordHashes[start..<(start + width)] {
                hash = StableHash.mix(hash &+ word)
            }
            shingles.append(hash)
        }
        return shingles
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
