/// Counts per unordered pair of targets, keyed by the packed `UInt64` `smaller << 32 | larger`.
///
/// Open addressing with linear probing: the loader adds tens of millions of pair increments,
/// and a specialised table avoids the per-lookup cost of a general dictionary.
struct PairCountTable: Sendable {
    private static let emptyKey = UInt64.max
    private var keys: [UInt64]
    private var values: [UInt32]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: Self.emptyKey, count: size)
        values = Array(repeating: 0, count: size)
        mask = size - 1
    }

    /// The packed key of an unordered pair.
    static func key(_ first: Int, _ second: Int) -> UInt64 {
        let (low, high) = first < second ? (first, second) : (second, first)
        return UInt64(truncatingIfNeeded: low) << 32 | UInt64(truncatingIfNeeded: high) & 0xFFFF_FFFF
    }

    /// Adds `amount` to a pair's count; counts saturate instead of overflowing.
    mutating func add(_ amount: UInt32, to key: UInt64) {
        var slot = Self.slot(for: key, mask: mask)
        while true {
            let stored = keys[slot]
            if stored == key {
                let (sum, overflow) = values[slot].addingReportingOverflow(amount)
                values[slot] = overflow ? .max : sum
                return
            }
            if stored == Self.emptyKey { break }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        values[slot] = amount
        count += 1
        if count * 2 > keys.count { grow() }
    }

    /// The count of a pair, 0 when never seen.
    func value(for key: UInt64) -> Int {
        var slot = Self.slot(for: key, mask: mask)
        while true {
            let stored = keys[slot]
            if stored == key { return Int(values[slot]) }
            if stored == Self.emptyKey { return 0 }
            slot = (slot + 1) & mask
        }
    }

    /// Calls `body` for each pair, in no particular order.
    func forEach(_ body: (_ first: Int, _ second: Int, _ count: Int) -> Void) {
        for slot in keys.indices where keys[slot] != Self.emptyKey {
            let key = keys[slot]
            body(Int(key >> 32), Int(key & 0xFFFF_FFFF), Int(values[slot]))
        }
    }

    private mutating func grow() {
        let size = keys.count * 2
        var grownKeys = [UInt64](repeating: Self.emptyKey, count: size)
        var grownValues = [UInt32](repeating: 0, count: size)
        let newMask = size - 1
        for slot in keys.indices where keys[slot] != Self.emptyKey {
            var target = Self.slot(for: keys[slot], mask: newMask)
            while grownKeys[target] != Self.emptyKey { target = (target + 1) & newMask }
            grownKeys[target] = keys[slot]
            grownValues[target] = values[slot]
        }
        keys = grownKeys
        values = grownValues
        mask = newMask
    }

    private static func slot(for key: UInt64, mask: Int) -> Int {
        var mixed = key &* 0x9E37_79B9_7F4A_7C15
        mixed ^= mixed >> 29
        return Int(truncatingIfNeeded: mixed) & mask
    }
}
