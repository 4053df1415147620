/// Gives each distinct byte string a dense id (0, 1, 2 …) without making a `String` per lookup:
/// the hot loop of the usage loader interns millions of session ids and URLs.
///
/// Open addressing with linear probing over one byte arena; memory grows with distinct strings only.
/// Each slot carries 32 bits of the hash, so probing past other keys touches no other memory, and a small
/// direct-mapped cache of recent keys answers the common case of logs in time order (a session's rows
/// close together) without a cache miss in the large table.
struct ByteInterner: Sendable {
    private static let recentCount = 1 << 13

    private var arena: [UInt8] = []
    private var starts: [Int] = [0]
    private var hashes: [UInt64] = []
    /// Per slot: the hash's high 32 bits, then id + 1 in the low 32 bits; 0 marks an empty slot.
    private var slots: [UInt64]
    private var mask: Int
    private var recentHashes = [UInt64](repeating: 0, count: recentCount)
    private var recentIDs = [Int32](repeating: -1, count: recentCount)

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
    }

    var count: Int { hashes.count }

    /// The id of `key`, adding it when new.
    mutating func intern(_ key: UnsafeBufferPointer<UInt8>) -> (id: Int, isNew: Bool) {
        let hash = Self.hash(key)
        let recent = Int(truncatingIfNeeded: hash >> 40) & (Self.recentCount - 1)
        let recentID = Int(recentIDs[recent])
        if recentID >= 0, recentHashes[recent] == hash, matches(recentID, key) { return (recentID, false) }
        let tag = hash & 0xFFFF_FFFF_0000_0000
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = slots[slot]
            if stored == 0 { break }
            if stored & 0xFFFF_FFFF_0000_0000 == tag {
                let id = Int(stored & 0xFFFF_FFFF) - 1
                if matches(id, key) {
                    remember(id, hash: hash, at: recent)
                    return (id, false)
                }
            }
            slot = (slot + 1) & mask
        }
        let id = hashes.count
        hashes.append(hash)
        arena.append(contentsOf: key)
        starts.append(arena.count)
        slots[slot] = tag | UInt64(id + 1)
        remember(id, hash: hash, at: recent)
        if hashes.count * 2 > slots.count { grow() }
        return (id, true)
    }

    /// The bytes interned as `id`, as text.
    func string(_ id: Int) -> String {
        String(decoding: arena[starts[id] ..< starts[id + 1]], as: UTF8.self)
    }

    private mutating func remember(_ id: Int, hash: UInt64, at recent: Int) {
        recentHashes[recent] = hash
        recentIDs[recent] = Int32(truncatingIfNeeded: id)
    }

    private func matches(_ id: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[id]
        let length = starts[id + 1] - start
        guard length == key.count else { return false }
        return arena.withUnsafeBufferPointer { stored in
            guard let storedBase = stored.baseAddress, let keyBase = key.baseAddress else { return length == 0 }
            for offset in 0 ..< length where storedBase[start + offset] != keyBase[offset] { return false }
            return true
        }
    }

    private mutating func grow() {
        let size = slots.count * 2
        var grown = [UInt64](repeating: 0, count: size)
        let newMask = size - 1
        for id in 0 ..< hashes.count {
            let hash = hashes[id]
            var slot = Int(truncatingIfNeeded: hash) & newMask
            while grown[slot] != 0 { slot = (slot + 1) & newMask }
            grown[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(id + 1)
        }
        slots = grown
        mask = newMask
    }

    /// FNV-1a with a final avalanche, so that the low bits (slots) and high bits (tags) depend on every byte.
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in key {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        hash ^= hash >> 33
        hash = hash &* 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        return hash
    }
}
