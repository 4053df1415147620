/// A hash set of byte strings kept as ranges of one byte buffer that the caller owns.
///
/// Heading ids are written to the document's bytes anyway; remembering them as ranges there
/// avoids an array per id, and hashing eight bytes per step avoids SipHash over every byte.
struct ByteRangeSet {
    /// Open addressing with linear probing; an empty slot has `start == -1`.
    private var starts: [Int32]
    private var ends: [Int32]
    private(set) var count = 0

    init(minimumCapacity: Int) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity *= 2 }
        starts = [Int32](repeating: -1, count: capacity)
        ends = [Int32](repeating: 0, count: capacity)
    }

    /// True when `key` equals one of the ranges of `storage` in the set.
    func contains(_ key: UnsafeBufferPointer<UInt8>, in storage: UnsafeBufferPointer<UInt8>) -> Bool {
        let mask = starts.count - 1
        var slot = HashableBytes.hash(key) & mask
        while starts[slot] >= 0 {
            let start = Int(starts[slot])
            let end = Int(ends[slot])
            if end - start == key.count && (0..<key.count).allSatisfy({ storage[start + $0] == key[$0] }) { return true }
            slot = (slot + 1) & mask
        }
        return false
    }

    /// Adds `storage[start..<end]`, which must not be in the set yet.
    mutating func insert(start: Int32, end: Int32, in storage: UnsafeBufferPointer<UInt8>) {
        if (count + 1) * 2 > starts.count { grow(storage) }
        let mask = starts.count - 1
        var slot = HashableBytes.hash(UnsafeBufferPointer(rebasing: storage[Int(start)..<Int(end)])) & mask
        while starts[slot] >= 0 { slot = (slot + 1) & mask }
        starts[slot] = start
        ends[slot] = end
        count += 1
    }

    private mutating func grow(_ storage: UnsafeBufferPointer<UInt8>) {
        let oldStarts = starts
        let oldEnds = ends
        starts = [Int32](repeating: -1, count: oldStarts.count * 2)
        ends = [Int32](repeating: 0, count: oldStarts.count * 2)
        count = 0
        for slot in oldStarts.indices where oldStarts[slot] >= 0 {
            insert(start: oldStarts[slot], end: oldEnds[slot], in: storage)
        }
    }
}
