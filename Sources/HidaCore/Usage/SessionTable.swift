import Foundation

/// Every session of the usage logs, found by its id bytes, with the distinct targets it saw.
///
/// A log of millions of rows has millions of sessions whose rows lie far apart, so nearly every row's lookup
/// misses the caches; the layout keeps that to two misses per row and lets the misses of neighbouring rows overlap:
/// - an index of 8-byte slots (a tag from the hash's high bits and the session's id), probed linearly, whose
///   position also comes from the hash's high bits, so that regrowing walks the old index in order instead of
///   rehashing every key at random;
/// - one 64-byte record (a cache line) per session, in 2 MiB chunks that never move: the id's length and bytes
///   (up to `inlineKeyBytes`, longer ids in a side array), the distinct-target count, the first seven targets and
///   the first of the session's overflow blocks: lines of fifteen more targets and the next block, so that a long
///   session's targets take a few lines to check rather than one scattered list node each;
/// - `warmSlot` and `warmRecord` let the caller load a group of rows' slots, then their records, before applying
///   the rows in order with their lines in cache.
/// Memory is one record and one to two index slots per session, whatever the number of rows.
///
/// A session with more than `maximumTargets` distinct targets is a robot and is dropped whole: keeping only its
/// first pages would make the result depend on row order.
///
/// Copies share their storage (the blocks are freed with the last copy): only the owning tally adds to the table,
/// and the threads of `accumulate` only read their copies.
struct SessionTable: @unchecked Sendable {
    static let maximumTargets = 50
    static let inlineKeyBytes = 24

    private static let recordBytes = 64
    private static let recordsPerChunk = LargeBlock.hugePageSize / recordBytes
    private static let chunkShift = recordsPerChunk.trailingZeroBitCount
    private static let inlineTargets = 7
    private static let countOffset = 4
    private static let keyOffset = 8
    private static let targetsOffset = 32
    private static let overflowOffset = 60
    /// Targets in an overflow block; its last four bytes hold the next block.
    private static let blockTargets = 15
    private static let robotMark = UInt32.max
    private static let tagMask: UInt64 = 0xFFFF_FFFF_0000_0000

    private var slotBlock: LargeBlock
    private var slots: UnsafeMutablePointer<UInt64>
    private var slotBits: Int
    private var chunkBlocks: [LargeBlock] = []
    private var chunks: [UnsafeMutableRawPointer] = []
    private var longKeys: [UInt64] = []
    private var blockChunkOwners: [LargeBlock] = []
    private var blockChunks: [UnsafeMutableRawPointer] = []
    private var blockCount = 0

    /// The number of distinct sessions.
    private(set) var count = 0
    /// Sessions dropped as robots.
    private(set) var robotSessions = 0

    init(capacity: Int = 1 << 12) {
        var bits = 4
        while 1 << bits < capacity * 2 { bits += 1 }
        slotBits = bits
        (slotBlock, slots) = Self.zeroedSlots(1 << bits)
    }

    /// Loads the slot a session with `hash` starts probing at; the value only keeps the load.
    func warmSlot(_ hash: UInt64) -> UInt64 {
        slots[Int(truncatingIfNeeded: hash >> (64 - slotBits))]
    }

    /// Loads the record of the first slot in the probe whose tag matches (a few slots, in the line `warmSlot` loaded);
    /// the value only keeps the load.
    func warmRecord(_ hash: UInt64) -> UInt64 {
        let mask = (1 << slotBits) - 1
        var slot = Int(truncatingIfNeeded: hash >> (64 - slotBits))
        for _ in 0 ..< 8 {
            let stored = slots[slot]
            if stored == 0 { return 0 }
            if stored & Self.tagMask == hash & Self.tagMask {
                return record(Int(truncatingIfNeeded: stored & 0xFFFF_FFFF) - 1).load(as: UInt64.self)
            }
            slot = (slot + 1) & mask
        }
        return 0
    }

    /// Records that the session whose id is the `length` bytes in `key` (zero-padded words) with hash `hash`
    /// saw `target`; a negative target is no target, but the session still counts.
    mutating func add(hash: UInt64, key: UnsafePointer<UInt64>, length: Int, target: Int32) {
        let id = findOrInsert(hash: hash, key: key, length: length)
        if target >= 0 { add(target: target, to: id) }
    }

    /// Adds every kept session to `counts`: one session per target it saw, one co-session per pair.
    ///
    /// On a large log each core takes every session but only the pairs of its own shards of `counts.pairs`,
    /// so no two threads write the same table and no partial tables are merged afterwards. `parts` (threads)
    /// defaults to one per core from 200 000 sessions on.
    func accumulate(into counts: inout UsageCounts, parts: Int? = nil) {
        let cores = min(max(ProcessInfo.processInfo.activeProcessorCount, 1), PairCountTable.shardCount)
        let parts = min(max(parts ?? (count < 200_000 ? 1 : cores), 1), PairCountTable.shardCount)
        let work = AccumulationWork(shards: (0 ..< PairCountTable.shardCount).map { counts.pairs.takeShard($0) })
        let table = self
        if parts == 1 {
            table.accumulate(part: 0, of: 1, work: work)
        } else {
            DispatchQueue.concurrentPerform(iterations: parts) { part in table.accumulate(part: part, of: parts, work: work) }
        }
        for index in 0 ..< PairCountTable.shardCount { counts.pairs.replaceShard(index, with: work.take(index)) }
        for (target, sessions) in work.sessionsPerTarget.enumerated() where sessions > 0 {
            counts.addSessions(sessions, to: target)
        }
    }

    /// Adds the pairs of every kept session that fall in shards `part`, `part + parts` … to those shards of `work`;
    /// part 0 also counts the sessions per target.
    private func accumulate(part: Int, of parts: Int, work: AccumulationWork) {
        let shardCount = PairCountTable.shardCount
        let owned = (0 ..< shardCount).reduce(UInt(0)) { $1 % parts == part ? $0 | 1 << $1 : $0 }
        var shards: [PairCountShard?] = (0 ..< shardCount).map { owned & 1 << $0 != 0 ? work.take($0) : nil }
        // Keys wait per shard in one flat buffer and are added a few thousand at a time, in groups whose misses overlap.
        let flushAt = 2048
        let pending = UnsafeMutablePointer<UInt64>.allocate(capacity: shardCount * flushAt)
        let pendingCounts = UnsafeMutablePointer<Int>.allocate(capacity: shardCount)
        pendingCounts.initialize(repeating: 0, count: shardCount)
        let targets = UnsafeMutablePointer<Int32>.allocate(capacity: Self.maximumTargets)
        defer {
            pending.deallocate()
            pendingCounts.deallocate()
            targets.deallocate()
        }
        var sessionsPerTarget: [Int] = []
        func flush(_ shard: Int) {
            shards[shard]?.addOne(toEach: UnsafeBufferPointer(start: pending + shard * flushAt, count: pendingCounts[shard]))
            pendingCounts[shard] = 0
        }
        for id in 0 ..< count {
            let record = record(id)
            let stored = record.load(fromByteOffset: Self.countOffset, as: UInt32.self)
            guard stored != Self.robotMark, stored > 0 else { continue }
            let filled = Int(stored)
            for offset in 0 ..< min(filled, Self.inlineTargets) {
                targets[offset] = record.load(fromByteOffset: Self.targetsOffset + 4 * offset, as: Int32.self)
            }
            var next = Self.inlineTargets
            var block = record.load(fromByteOffset: Self.overflowOffset, as: Int32.self)
            while block >= 0, next < filled {
                let line = overflowBlock(Int(block))
                for offset in 0 ..< min(Self.blockTargets, filled - next) {
                    targets[next + offset] = line.load(fromByteOffset: 4 * offset, as: Int32.self)
                }
                next += Self.blockTargets
                block = line.load(fromByteOffset: 4 * Self.blockTargets, as: Int32.self)
            }
            // Insertion sort: sessions are small, and sorted targets give each pair one packed key.
            for index in 1 ..< max(filled, 1) {
                let value = targets[index]
                var position = index
                while position > 0, targets[position - 1] > value {
                    targets[position] = targets[position - 1]
                    position -= 1
                }
                targets[position] = value
            }
            if part == 0 {
                for index in 0 ..< filled {
                    let target = Int(targets[index])
                    if target >= sessionsPerTarget.count {
                        sessionsPerTarget.append(contentsOf: repeatElement(0, count: target + 1 - sessionsPerTarget.count))
                    }
                    sessionsPerTarget[target] += 1
                }
            }
            for index in 0 ..< filled - 1 {
                let shard = PairCountTable.shard(ofSmaller: Int(targets[index]))
                guard owned & 1 << shard != 0 else { continue }
                let high = UInt64(UInt32(truncatingIfNeeded: targets[index])) << 32
                let buffer = pending + shard * flushAt
                var waiting = pendingCounts[shard]
                for other in (index + 1) ..< filled {
                    buffer[waiting] = high | UInt64(UInt32(truncatingIfNeeded: targets[other]))
                    waiting += 1
                    if waiting == flushAt {
                        pendingCounts[shard] = waiting
                        flush(shard)
                        waiting = 0
                    }
                }
                pendingCounts[shard] = waiting
            }
        }
        for shard in 0 ..< shardCount where owned & 1 << shard != 0 {
            flush(shard)
            if let filled = shards[shard] {
                shards[shard] = nil
                work.put(filled, at: shard)
            }
        }
        if part == 0 { work.sessionsPerTarget = sessionsPerTarget }
    }

    private func record(_ id: Int) -> UnsafeMutableRawPointer {
        chunks[id >> Self.chunkShift] + (id & (Self.recordsPerChunk - 1)) * Self.recordBytes
    }

    private func overflowBlock(_ index: Int) -> UnsafeMutableRawPointer {
        blockChunks[index >> Self.chunkShift] + (index & (Self.recordsPerChunk - 1)) * Self.recordBytes
    }

    private mutating func newOverflowBlock() -> Int {
        if blockCount >> Self.chunkShift == blockChunks.count {
            let block = LargeBlock(bytes: LargeBlock.hugePageSize)
            blockChunkOwners.append(block)
            blockChunks.append(block.base)
        }
        blockCount += 1
        return blockCount - 1
    }

    private mutating func findOrInsert(hash: UInt64, key: UnsafePointer<UInt64>, length: Int) -> Int {
        let tag = hash & Self.tagMask
        let mask = (1 << slotBits) - 1
        var slot = Int(truncatingIfNeeded: hash >> (64 - slotBits))
        while true {
            let stored = slots[slot]
            if stored == 0 { break }
            if stored & Self.tagMask == tag {
                let id = Int(truncatingIfNeeded: stored & 0xFFFF_FFFF) - 1
                if matches(id, key: key, length: length) { return id }
            }
            slot = (slot + 1) & mask
        }
        let id = insert(key: key, length: length)
        slots[slot] = tag | UInt64(id + 1)
        if count * 4 > 3 << slotBits { grow() }
        return id
    }

    private func matches(_ id: Int, key: UnsafePointer<UInt64>, length: Int) -> Bool {
        let record = record(id)
        guard record.load(as: UInt32.self) == UInt32(truncatingIfNeeded: length) else { return false }
        let words = (length + 7) / 8
        if length <= Self.inlineKeyBytes {
            for word in 0 ..< words where record.load(fromByteOffset: Self.keyOffset + 8 * word, as: UInt64.self) != key[word] {
                return false
            }
            return true
        }
        let start = Int(record.load(fromByteOffset: Self.keyOffset, as: UInt64.self))
        for word in 0 ..< words where longKeys[start + word] != key[word] { return false }
        return true
    }

    private mutating func insert(key: UnsafePointer<UInt64>, length: Int) -> Int {
        let id = count
        if id >> Self.chunkShift == chunks.count {
            let block = LargeBlock(bytes: LargeBlock.hugePageSize)
            chunkBlocks.append(block)
            chunks.append(block.base)
        }
        let record = record(id)
        let words = (length + 7) / 8
        record.storeBytes(of: UInt32(truncatingIfNeeded: length), as: UInt32.self)
        record.storeBytes(of: 0, toByteOffset: Self.countOffset, as: UInt32.self)
        if length <= Self.inlineKeyBytes {
            for word in 0 ..< Self.inlineKeyBytes / 8 {
                record.storeBytes(of: word < words ? key[word] : 0, toByteOffset: Self.keyOffset + 8 * word, as: UInt64.self)
            }
        } else {
            record.storeBytes(of: UInt64(longKeys.count), toByteOffset: Self.keyOffset, as: UInt64.self)
            longKeys.append(contentsOf: UnsafeBufferPointer(start: key, count: words))
        }
        record.storeBytes(of: -1, toByteOffset: Self.overflowOffset, as: Int32.self)
        count += 1
        return id
    }

    /// Records that session `id` saw `target`; repeated views count once.
    private mutating func add(target: Int32, to id: Int) {
        let record = record(id)
        let stored = record.load(fromByteOffset: Self.countOffset, as: UInt32.self)
        guard stored != Self.robotMark else { return }
        let filled = Int(stored)
        for offset in 0 ..< min(filled, Self.inlineTargets)
        where record.load(fromByteOffset: Self.targetsOffset + 4 * offset, as: Int32.self) == target {
            return
        }
        var block = record.load(fromByteOffset: Self.overflowOffset, as: Int32.self)
        var last: UnsafeMutableRawPointer?
        var seen = Self.inlineTargets
        while block >= 0, seen < filled {
            let line = overflowBlock(Int(block))
            for offset in 0 ..< min(Self.blockTargets, filled - seen) where line.load(fromByteOffset: 4 * offset, as: Int32.self) == target {
                return
            }
            seen += Self.blockTargets
            last = line
            block = line.load(fromByteOffset: 4 * Self.blockTargets, as: Int32.self)
        }
        if filled == Self.maximumTargets {
            record.storeBytes(of: Self.robotMark, toByteOffset: Self.countOffset, as: UInt32.self)
            robotSessions += 1
            return
        }
        if filled < Self.inlineTargets {
            record.storeBytes(of: target, toByteOffset: Self.targetsOffset + 4 * filled, as: Int32.self)
        } else if let last, (filled - Self.inlineTargets) % Self.blockTargets != 0 {
            last.storeBytes(of: target, toByteOffset: 4 * ((filled - Self.inlineTargets) % Self.blockTargets), as: Int32.self)
        } else {
            let added = newOverflowBlock()
            let line = overflowBlock(added)
            line.storeBytes(of: target, as: Int32.self)
            line.storeBytes(of: -1, toByteOffset: 4 * Self.blockTargets, as: Int32.self)
            if let last {
                last.storeBytes(of: Int32(truncatingIfNeeded: added), toByteOffset: 4 * Self.blockTargets, as: Int32.self)
            } else {
                record.storeBytes(of: Int32(truncatingIfNeeded: added), toByteOffset: Self.overflowOffset, as: Int32.self)
            }
        }
        record.storeBytes(of: UInt32(filled + 1), toByteOffset: Self.countOffset, as: UInt32.self)
    }

    /// Doubles the index. A slot's position is its tag's top bits, so each old slot moves to about twice its
    /// position: walking the old index in order writes the new one nearly in order.
    private mutating func grow() {
        let bits = slotBits + 1
        let (block, grown) = Self.zeroedSlots(1 << bits)
        let mask = (1 << bits) - 1
        for slot in 0 ..< 1 << slotBits {
            let stored = slots[slot]
            guard stored != 0 else { continue }
            var target = Int(truncatingIfNeeded: stored >> (64 - bits))
            while grown[target] != 0 { target = (target + 1) & mask }
            grown[target] = stored
        }
        slotBlock = block
        slots = grown
        slotBits = bits
    }

    private static func zeroedSlots(_ count: Int) -> (LargeBlock, UnsafeMutablePointer<UInt64>) {
        let block = LargeBlock(bytes: count * 8)
        let slots = block.base.bindMemory(to: UInt64.self, capacity: count)
        slots.initialize(repeating: 0, count: count)
        return (block, slots)
    }
}

/// The shards and totals that the threads of `SessionTable.accumulate` take and give back; each shard is taken
/// and put back by one thread only, and the lock makes the hand-overs visible across threads.
private final class AccumulationWork: @unchecked Sendable {
    private let lock = NSLock()
    private var shards: [PairCountShard?]
    private var totals: [Int] = []

    init(shards: [PairCountShard]) {
        self.shards = shards
    }

    func take(_ index: Int) -> PairCountShard {
        lock.lock()
        defer { lock.unlock() }
        guard let shard = shards[index] else { preconditionFailure("pair shard \(index) taken twice") }
        shards[index] = nil
        return shard
    }

    func put(_ shard: PairCountShard, at index: Int) {
        lock.lock()
        shards[index] = shard
        lock.unlock()
    }

    var sessionsPerTarget: [Int] {
        get {
            lock.lock()
            defer { lock.unlock() }
            return totals
        }
        set {
            lock.lock()
            totals = newValue
            lock.unlock()
        }
    }
}
