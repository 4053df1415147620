/// Distinct byte strings, each with a 32-bit value and a tally: the usage loader's URLs (value: what the URL resolved
/// to, tally: page-view rows) and the search index's words (value: the stem's number), so that a key repeated
/// millions of times is worked out once and then found by one hash and one comparison.
///
/// Keys arrive hashed (`ByteHash`) and as zero-padded 8-byte words.
/// Open addressing with linear probing: a slot holds 24 bits of the hash and where the key's entry starts; an entry
/// holds the hash, the length and value, the tally, then the key's words. The value and tally share the
/// entry's cache line, so a lookup reads one slot and one entry; `warmSlot` and `warmEntry` let a caller load those
/// lines for a group of keys before looking them up. Memory grows with distinct keys only.
struct ByteKeyTable: Sendable {
    private static let offsetBits: UInt64 = 40
    private static let offsetMask: UInt64 = (1 << 40) - 1
    private static let headerWords = 3

    /// Per slot: the hash's top 24 bits, then the entry's offset + 1 in the low 40 bits; 0 marks an empty slot.
    private var slots: [UInt64]
    private var mask: Int
    /// Entries one after another: hash, `length << 32 | value`, tally, then the key's words.
    private var entries: [UInt64] = []
    private(set) var count = 0

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
    }

    /// Loads the slot a key with `hash` starts probing at; the value only keeps the load.
    func warmSlot(_ hash: UInt64) -> UInt64 {
        slots[Int(truncatingIfNeeded: hash) & mask]
    }

    /// Loads the entry that slot points at, if its tag matches; the value only keeps the loads.
    func warmEntry(_ hash: UInt64) -> UInt64 {
        let stored = slots[Int(truncatingIfNeeded: hash) & mask]
        guard stored != 0, stored >> Self.offsetBits == hash >> Self.offsetBits else { return 0 }
        let offset = Int(truncatingIfNeeded: stored & Self.offsetMask) - 1
        // An entry of a long key reaches into the next cache line.
        return entries[offset] &+ entries[min(offset + 7, entries.count - 1)]
    }

    /// The entry of the `length` bytes in `key` (zero-padded words) with hash `hash`, or nil for a new key.
    func find(hash: UInt64, key: UnsafePointer<UInt64>, length: Int) -> Int? {
        let words = (length + 7) / 8
        let tag = hash >> Self.offsetBits
        return entries.withUnsafeBufferPointer { entries in
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let stored = slots[slot]
                if stored == 0 { return nil }
                if stored >> Self.offsetBits == tag {
                    let offset = Int(truncatingIfNeeded: stored & Self.offsetMask) - 1
                    if entries[offset + 1] >> 32 == UInt64(length) {
                        var equal = true
                        for word in 0 ..< words where entries[offset + Self.headerWords + word] != key[word] {
                            equal = false
                            break
                        }
                        if equal { return offset }
                    }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Adds a key that `find` did not find, with its value, and returns its entry.
    mutating func insert(hash: UInt64, key: UnsafePointer<UInt64>, length: Int, value: Int32) -> Int {
        let offset = entries.count
        entries.append(hash)
        entries.append(UInt64(length) << 32 | UInt64(UInt32(bitPattern: value)))
        entries.append(0)
        entries.append(contentsOf: UnsafeBufferPointer(start: key, count: (length + 7) / 8))
        place(hash: hash, offset: offset, in: &slots, mask: mask)
        count += 1
        if count * 2 > slots.count { grow() }
        return offset
    }

    /// The value stored with the key of `entry`.
    func value(_ entry: Int) -> Int32 {
        Int32(bitPattern: UInt32(truncatingIfNeeded: entries[entry + 1]))
    }

    /// Adds one to the tally of `entry`.
    mutating func tally(_ entry: Int) {
        entries[entry + 2] &+= 1
    }

    /// Calls `body` with each key's value and tally.
    func forEach(_ body: (_ value: Int32, _ tally: Int) -> Void) {
        var offset = 0
        while offset < entries.count {
            let header = entries[offset + 1]
            body(Int32(bitPattern: UInt32(truncatingIfNeeded: header)), Int(truncatingIfNeeded: entries[offset + 2]))
            offset += Self.headerWords + (Int(header >> 32) + 7) / 8
        }
    }

    private func place(hash: UInt64, offset: Int, in slots: inout [UInt64], mask: Int) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = (hash >> Self.offsetBits) << Self.offsetBits | UInt64(offset + 1)
    }

    private mutating func grow() {
        let size = slots.count * 2
        var grown = [UInt64](repeating: 0, count: size)
        var offset = 0
        while offset < entries.count {
            place(hash: entries[offset], offset: offset, in: &grown, mask: size - 1)
            offset += Self.headerWords + (Int(entries[offset + 1] >> 32) + 7) / 8
        }
        slots = grown
        mask = size - 1
    }
}
