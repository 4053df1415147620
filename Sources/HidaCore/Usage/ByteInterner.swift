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
    /// Per recent slot: the full hash, then id + 1 (0: empty); side by side so a lookup touches one cache line.
    private var recent: [UInt64]

    /// `remembersRecent` adds the recent-key cache: worth it for large tables (sessions), not small ones (URLs).
    init(capacity: Int = 1024, remembersRecent: Bool = true) {
        recent = remembersRecent ? [UInt64](repeating: 0, count: 2 * Self.recentCount) : []
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
    }

    var count: Int { hashes.count }

    /// The id of `key`, adding it when new.
    mutating func intern(_ key: UnsafeBufferPointer<UInt8>) -> (id: Int, isNew: Bool) {
        let hash = Self.hash(key)
        let recentSlot = recent.isEmpty ? -1 : Int(truncatingIfNeeded: hash >> 40) & (Self.recentCount - 1)
        if recentSlot >= 0, recent[2 * recentSlot] == hash {
            let recentID = Int(recent[2 * recentSlot + 1]) - 1
            if recentID >= 0, matches(recentID, key) { return (recentID, false) }
        }
        let tag = hash & 0xFFFF_FFFF_0000_0000
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = slots[slot]
            if stored == 0 { break }
            if stored & 0xFFFF_FFFF_0000_0000 == tag {
                let id = Int(stored & 0xFFFF_FFFF) - 1
                if matches(id, key) {
                    remember(id, hash: hash, at: recentSlot)
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
        remember(id, hash: hash, at: recentSlot)
        if hashes.count * 2 > slots.count { grow() }
        return (id, true)
    }

    /// The bytes interned as `id`, as text.
    func string(_ id: Int) -> String {
        String(decoding: arena[starts[id] ..< starts[id + 1]], as: UTF8.self)
    }

    private mutating func remember(_ id: Int, hash: UInt64, at recentSlot: Int) {
        guard recentSlot >= 0 else { return }
        recent[2 * recentSlot] = hash
        recent[2 * recentSlot + 1] = UInt64(id + 1)
    }

    private func matches(_ id: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[id]
        let length = starts[id + 1] - start
        guard length == key.count else { return false }
        return arena.withUnsafeBufferPointer { stored in
            guard let storedBase = stored.baseAddress, let keyBase = key.baseAddress else { return length == 0 }
            let storedBytes = UnsafeRawPointer(storedBase + start)
            let keyBytes = UnsafeRawPointer(keyBase)
            var offset = 0
            while offset + 8 <= length {
                if storedBytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                    != keyBytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self) { return false }
                offset += 8
            }
            while offset < length {
                if storedBytes.load(fromByteOffset: offset, as: UInt8.self) != keyBytes.load(fromByteOffset: offset, as: UInt8.self) { return false }
                offset += 1
            }
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

    /// A word-at-a-time multiplicative hash with a final avalanche, so that the low bits (slots)
    /// and high bits (tags) depend on every byte. Only ids leave this type, so the hash never shapes output.
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(key.count)
        guard let base = key.baseAddress else { return hash }
        let bytes = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= key.count {
            hash = (hash ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* multiplier
            hash ^= hash >> 32
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < key.count {
            tail |= UInt64(base[offset]) << shift
            shift += 8
            offset += 1
        }
        hash = (hash ^ tail) &* multiplier
        hash ^= hash >> 33
        hash = hash &* 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        return hash
    }
}
