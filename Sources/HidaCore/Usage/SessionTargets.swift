/// The distinct targets seen by each session, kept as small linked lists in flat arrays so that one
/// row costs no allocation and memory follows distinct (session, target) pairs, not rows.
///
/// A session with more than `maximumTargets` distinct targets is treated as a robot and dropped whole:
/// keeping only its first pages would make the result depend on row order.
struct SessionTargets: Sendable {
    static let maximumTargets = 50
    private static let robot: UInt8 = .max

    private var heads: [Int32] = []
    private var distinctCounts: [UInt8] = []
    private var entryTargets: [Int32] = []
    private var entryNext: [Int32] = []

    /// Records that `session` (a dense id) saw `target`; repeated views count once.
    mutating func add(session: Int, target: Int32) {
        while session >= heads.count {
            heads.append(-1)
            distinctCounts.append(0)
        }
        let count = distinctCounts[session]
        if count == Self.robot { return }
        var entry = heads[session]
        while entry >= 0 {
            if entryTargets[Int(entry)] == target { return }
            entry = entryNext[Int(entry)]
        }
        if Int(count) == Self.maximumTargets {
            distinctCounts[session] = Self.robot
            return
        }
        entryTargets.append(target)
        entryNext.append(heads[session])
        heads[session] = Int32(truncatingIfNeeded: entryTargets.count - 1)
        distinctCounts[session] = count + 1
    }

    /// The number of sessions dropped as robots.
    var robotSessions: Int { distinctCounts.lazy.filter { $0 == Self.robot }.count }

    /// Adds every kept session to `counts`: one session per target it saw, one co-session per pair.
    func accumulate(into counts: inout UsageCounts) {
        var targets = [Int32](repeating: 0, count: Self.maximumTargets)
        for session in heads.indices {
            let count = Int(distinctCounts[session])
            guard count > 0, distinctCounts[session] != Self.robot else { continue }
            var entry = heads[session]
            var filled = 0
            while entry >= 0 {
                targets[filled] = entryTargets[Int(entry)]
                filled += 1
                entry = entryNext[Int(entry)]
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
