import Foundation

/// The distinct targets seen by each session, so that one row costs no allocation and memory follows
/// distinct (session, target) pairs, not rows.
///
/// Each session has one fixed record of eight `Int32`s — its distinct count, six targets inline and the head
/// of an overflow list — so the common small session is one cache line. A session with more than
/// `maximumTargets` distinct targets is treated as a robot and dropped whole: keeping only its first pages
/// would make the result depend on row order.
struct SessionTargets: Sendable {
    static let maximumTargets = 50
    private static let stride = 8
    private static let inlineCapacity = 6
    private static let robot: Int32 = -1

    /// Per session: `[count, six inline targets, overflow head]`.
    private var records: [Int32] = []
    private var overflowTargets: [Int32] = []
    private var overflowNext: [Int32] = []

    /// Records that `session` (a dense id) saw `target`; repeated views count once.
    mutating func add(session: Int, target: Int32) {
        let base = session * Self.stride
        if base >= records.count {
            let sessions = max(session + 1, records.count / Self.stride * 2, 1024)
            records.reserveCapacity(sessions * Self.stride)
            while records.count < sessions * Self.stride {
                records.append(contentsOf: [0, 0, 0, 0, 0, 0, 0, -1])
            }
        }
        let count = Int(records[base])
        if count < 0 { return }
        let overflowHead = records.withUnsafeBufferPointer { records -> Int32? in
            for offset in 1 ..< 1 + min(count, Self.inlineCapacity) where records[base + offset] == target { return nil }
            return records[base + Self.stride - 1]
        }
        guard var entry = overflowHead else { return }
        while entry >= 0 {
            if overflowTargets[Int(entry)] == target { return }
            entry = overflowNext[Int(entry)]
        }
        if count == Self.maximumTargets {
            records[base] = Self.robot
            return
        }
        if count < Self.inlineCapacity {
            records[base + 1 + count] = target
        } else {
            overflowTargets.append(target)
            overflowNext.append(records[base + Self.stride - 1])
            records[base + Self.stride - 1] = Int32(truncatingIfNeeded: overflowTargets.count - 1)
        }
        records[base] = Int32(count + 1)
    }

    /// The number of sessions dropped as robots.
    var robotSessions: Int {
        Swift.stride(from: 0, to: records.count, by: Self.stride).lazy.filter { records[$0] == Self.robot }.count
    }

    /// Adds every kept session to `counts`: one session per target it saw, one co-session per pair.
    ///
    /// Large logs are split into session ranges counted on all cores; the partial counts are sums,
    /// so merging them gives the same result as one pass.
    func accumulate(into counts: inout UsageCounts) {
        let sessionCount = records.count / Self.stride
        let parts = sessionCount < 200_000 ? 1 : min(max(ProcessInfo.processInfo.activeProcessorCount, 1), 8)
        guard parts > 1 else {
            accumulate(sessions: 0 ..< sessionCount, into: &counts)
            return
        }
        let partials = PartialCounts(count: parts)
        let this = self
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            var partial = UsageCounts()
            this.accumulate(sessions: sessionCount * part / parts ..< sessionCount * (part + 1) / parts, into: &partial)
            partials.store(partial, at: part)
        }
        for partial in partials.values {
            for (target, sessions) in partial.sessionsPerTarget.enumerated() where sessions > 0 {
                counts.addSessions(sessions, to: target)
            }
            partial.pairs.forEach { first, second, sessions in
                counts.pairs.add(UInt32(truncatingIfNeeded: sessions), to: PairCountTable.key(first, second))
            }
        }
    }

    private func accumulate(sessions: Range<Int>, into counts: inout UsageCounts) {
        var targets = [Int32](repeating: 0, count: Self.maximumTargets)
        for session in sessions {
            let base = session * Self.stride
            let count = Int(records[base])
            guard count > 0 else { continue }
            for offset in 0 ..< min(count, Self.inlineCapacity) { targets[offset] = records[base + 1 + offset] }
            var filled = min(count, Self.inlineCapacity)
            var entry = records[base + Self.stride - 1]
            while entry >= 0 {
                targets[filled] = overflowTargets[Int(entry)]
                filled += 1
                entry = overflowNext[Int(entry)]
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
            for index in 0 ..< filled {
                let first = Int(targets[index])
                counts.addSessions(1, to: first)
                let high = UInt64(UInt32(truncatingIfNeeded: first)) << 32
                for other in (index + 1) ..< filled {
                    counts.pairs.add(1, to: high | UInt64(UInt32(truncatingIfNeeded: targets[other])))
                }
            }
        }
    }
}

/// One slot per partition, each written by exactly one worker; the lock makes the hand-over visible.
private final class PartialCounts: @unchecked Sendable {
    private var slots: [UsageCounts]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: UsageCounts(), count: count)
    }

    func store(_ counts: UsageCounts, at index: Int) {
        lock.lock()
        slots[index] = counts
        lock.unlock()
    }

    var values: [UsageCounts] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
