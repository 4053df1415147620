/// One part of a `PairCountTable`: counts per packed pair key, by open addressing with linear probing.
///
/// Key and count sit side by side, so a lookup touches one cache line, in a `LargeBlock` (huge pages, since the
/// table is probed at random). A value type with copy-on-write: copies share the block until one of them changes.
struct PairCountShard: @unchecked Sendable {
    static let emptyKey = UInt64.max
    /// Keys added together by `addOne(toEach:)`: their slots are loaded first, so that the misses overlap.
    private static let group = 32

    private var block: LargeBlock
    /// `entries[2 * slot]` is the key, `entries[2 * slot + 1]` its count.
    private var entries: UnsafeMutablePointer<UInt64>
    private var mask: Int
    private(set) var count = 0
    /// Where the loads that warm the caches go, so that the compiler keeps them.
    private var warmed: UInt64 = 0

    init(capacity: Int = 8) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        (block, entries) = Self.emptyEntries(size)
        mask = size - 1
    }

    /// Adds `amount` to a pair's count.
    mutating func add(_ amount: UInt32, to key: UInt64) {
        makeUnique()
        insert(amount, key)
    }

    /// Adds 1 to the count of each key (a key that appears twice gets 2).
    mutating func addOne(toEach keys: UnsafeBufferPointer<UInt64>) {
        makeUnique()
        var first = 0
        while first < keys.count {
            let end = min(first + Self.group, keys.count)
            var sink: UInt64 = 0
            for index in first ..< end { sink &+= entries[2 &* Self.slot(for: keys[index], mask: mask)] }
            warmed &+= sink
            for index in first ..< end { insert(1, keys[index]) }
            first = end
        }
    }

    /// The count of a pair, 0 when never seen.
    func value(for key: UInt64) -> UInt64 {
        var slot = Self.slot(for: key, mask: mask)
        while true {
            let stored = entries[2 * slot]
            if stored == key { return entries[2 * slot + 1] }
            if stored == Self.emptyKey { return 0 }
            slot = (slot + 1) & mask
        }
    }

    /// Calls `body` with each key and its count, in no particular order.
    func forEach(_ body: (_ key: UInt64, _ count: UInt64) -> Void) {
        for slot in 0 ... mask where entries[2 * slot] != Self.emptyKey {
            body(entries[2 * slot], entries[2 * slot + 1])
        }
    }

    private mutating func insert(_ amount: UInt32, _ key: UInt64) {
        var slot = Self.slot(for: key, mask: mask)
        while true {
            let stored = entries[2 &* slot]
            if stored == key {
                entries[2 &* slot &+ 1] &+= UInt64(amount)
                return
            }
            if stored == Self.emptyKey {
                entries[2 &* slot] = key
                entries[2 &* slot &+ 1] = UInt64(amount)
                break
            }
            slot = (slot &+ 1) & mask
        }
        count += 1
        if count * 2 > mask + 1 { resize(to: (mask + 1) * 2) }
    }

    private mutating func makeUnique() {
        guard !isKnownUniquelyReferenced(&block) else { return }
        resize(to: mask + 1)
    }

    private mutating func resize(to size: Int) {
        let (grownBlock, grown) = Self.emptyEntries(size)
        let newMask = size - 1
        for slot in 0 ... mask where entries[2 * slot] != Self.emptyKey {
            var target = Self.slot(for: entries[2 * slot], mask: newMask)
            while grown[2 * target] != Self.emptyKey { target = (target + 1) & newMask }
            grown[2 * target] = entries[2 * slot]
            grown[2 * target + 1] = entries[2 * slot + 1]
        }
        block = grownBlock
        entries = grown
        mask = newMask
    }

    private static func emptyEntries(_ size: Int) -> (LargeBlock, UnsafeMutablePointer<UInt64>) {
        let block = LargeBlock(bytes: 16 * size)
        let entries = block.base.bindMemory(to: UInt64.self, capacity: 2 * size)
        for slot in 0 ..< size {
            entries[2 * slot] = emptyKey
            entries[2 * slot + 1] = 0
        }
        return (block, entries)
    }

    private static func slot(for key: UInt64, mask: Int) -> Int {
        var mixed = key &* 0x9E37_79B9_7F4A_7C15
        mixed ^= mixed >> 29
        return Int(truncatingIfNeeded: mixed) & mask
    }
}
