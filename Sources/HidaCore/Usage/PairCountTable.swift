/// Counts per unordered pair of targets, keyed by the packed `UInt64` `smaller << 32 | larger`.
///
/// Split by key into `shardCount` independent `PairCountShard`s, so that the threads of
/// `SessionTable.accumulate` each fill their own shards in one pass and nothing has to be merged afterwards.
struct PairCountTable: Sendable {
    static let shardCount = 8

    private var shards = [PairCountShard](repeating: PairCountShard(), count: shardCount)

    /// The number of distinct pairs.
    var count: Int { shards.reduce(0) { $0 + $1.count } }

    /// The packed key of an unordered pair.
    static func key(_ first: Int, _ second: Int) -> UInt64 {
        let (low, high) = first < second ? (first, second) : (second, first)
        return UInt64(truncatingIfNeeded: low) << 32 | UInt64(truncatingIfNeeded: high) & 0xFFFF_FFFF
    }

    /// The shard a key belongs to. It depends on the smaller target only, so that a thread of
    /// `SessionTable.accumulate` can skip every pair of a target whose shard is not its own at once;
    /// the top bits of a mix other than the one shards use for slots.
    static func shard(of key: UInt64) -> Int {
        shard(ofSmaller: Int(truncatingIfNeeded: key >> 32))
    }

    /// The shard of the pairs whose smaller target is `target`.
    static func shard(ofSmaller target: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(truncatingIfNeeded: target) &* 0xC2B2_AE3D_27D4_EB4F) >> 61)
    }

    /// Adds `amount` to a pair's count.
    mutating func add(_ amount: UInt32, to key: UInt64) {
        shards[Self.shard(of: key)].add(amount, to: key)
    }

    /// The count of a pair, 0 when never seen.
    func value(for key: UInt64) -> Int {
        Self.clamped(shards[Self.shard(of: key)].value(for: key))
    }

    /// Calls `body` for each pair, in no particular order.
    func forEach(_ body: (_ first: Int, _ second: Int, _ count: Int) -> Void) {
        for shard in shards {
            shard.forEach { key, count in body(Int(key >> 32), Int(key & 0xFFFF_FFFF), Self.clamped(count)) }
        }
    }

    /// Takes shard `index` out (leaving an empty one), to be filled elsewhere and put back with `replaceShard`;
    /// taking rather than copying spares the copy a shared shard would make on its next change.
    mutating func takeShard(_ index: Int) -> PairCountShard {
        let shard = shards[index]
        shards[index] = PairCountShard()
        return shard
    }

    /// Puts `shard` in place of shard `index`, which it must contain (it holds only keys of that shard).
    mutating func replaceShard(_ index: Int, with shard: PairCountShard) {
        shards[index] = shard
    }

    private static func clamped(_ value: UInt64) -> Int { Int(min(value, UInt64(Int32.max))) }
}
