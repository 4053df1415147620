/// Counts per unordered pair of targets, keyed by the packed `UInt64` `smaller << 32 | larger`.
///
/// Open addressing with linear probing: the loader adds tens of millions of pair increments,
/// and a specialised table avoids the per-lookup cost of a general dictionary.
struct PairCountTable: Sendable {
    private static let emptyKey = UInt64.max
    /// Key and count side by side (`entries[2 * slot]`, `entries[2 * slot + 1]`): one cache line per lookup.
    private var entries: [UInt64]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        entries = Self.emptyEntries(size)
        mask = size - 1
    }

    /// The packed key of an unordered pair.
    static func key(_ first: Int, _ second: Int) -> UInt64 {
        let (low, high) = first < second ? (first, second) : (second, first)
        return UInt64(truncatingIfNeeded: low) << 32 | UInt64(truncatingIfNeeded: high) & 0xFFFF_FFFF
    }

    /// Adds `amount` to a pair's count.
    mutating func add(_ amount: UInt32, to key: UInt64) {
        let mask = mask
        let inserted = entries.withUnsafeMutableBufferPointer { entries -> Bool in
            var slot = Self.slot(for: key, mask: mask)
            while true {
                let stored = entries[2 &* slot]
                if stored == key {
                    entries[2 &* slot &+ 1] &+= UInt64(amount)
                    return false
                }
                if stored == Self.emptyKey {
                    entries[2 &* slot] = key
                    entries[2 &* slot &+ 1] = UInt64(amount)
                    return true
                }
                slot = (slot &+ 1) & mask
            }
        }
        guard inserted else { return }
        count += 1
        if count * 4 > entries.count { grow() }
    }

    /// The count of a pair, 0 when never seen.
    func value(for key: UInt64) -> Int {
        var slot = Self.slot(for: key, mask: mask)
        while true {
            let stored = entries[2 * slot]
            if stored == key { return Self.clamped(entries[2 * slot + 1]) }
            if stored == Self.emptyKey { return 0 }
            slot = (slot + 1) & mask
        }
    }

    /// Calls `body` for each pair, in no particular order.
    func forEach(_ body: (_ first: Int, _ second: Int, _ count: Int) -> Void) {
        for slot in 0 ... mask where entries[2 * slot] != Self.emptyKey {
            let key = entries[2 * slot]
            body(Int(key >> 32), Int(key & 0xFFFF_FFFF), Self.clamped(entries[2 * slot + 1]))
        }
    }

    private mutating func grow() {
        let size = (mask + 1) * 2
        var grown = Self.emptyEntries(size)
        let newMask = size - 1
        for slot in 0 ... mask where entries[2 * slot] != Self.emptyKey {
            var target = Self.slot(for: entries[2 * slot], mask: newMask)
            while grown[2 * target] != Self.emptyKey { target = (target + 1) & newMask }
            grown[2 * target] = entries[2 * slot]
            grown[2 * target + 1] = entries[2 * slot + 1]
        }
        entries = grown
        mask = newMask
    }

    private static func emptyEntries(_ size: Int) -> [UInt64] {
        var entries = [UInt64](repeating: 0, count: 2 * size)
        for slot in 0 ..< size { entries[2 * slot] = emptyKey }
        return entries
    }

    private static func clamped(_ value: UInt64) -> Int { Int(min(value, UInt64(Int32.max))) }

    private static func slot(for key: UInt64, mask: Int) -> Int {
        var mixed = key &* 0x9E37_79B9_7F4A_7C15
        mixed ^= mixed >> 29
        return Int(truncatingIfNeeded: mixed) & mask
    }
}
