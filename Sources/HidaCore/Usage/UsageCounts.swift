/// What the usage logs say, reduced to what scoring needs: how many sessions saw each target,
/// and how many sessions saw each pair of targets together.
///
/// Built by `UsageLoader`; independent of row order, so shuffled logs give equal counts.
struct UsageCounts: Sendable {
    /// Distinct sessions per target index (page views), plus the `sessions` of aggregated pair rows on either side.
    var sessionsPerTarget: [Int] = []
    /// Co-session counts per unordered pair, keyed by `PairCountTable.key(a, b)`.
    var pairs = PairCountTable()

    /// The number of sessions that saw `target`.
    func sessions(of target: Int) -> Int {
        target >= 0 && target < sessionsPerTarget.count ? sessionsPerTarget[target] : 0
    }

    /// The number of sessions that saw both `first` and `second`.
    func coSessions(_ first: Int, _ second: Int) -> Int {
        guard first != second, first >= 0, second >= 0 else { return 0 }
        return pairs.value(for: PairCountTable.key(first, second))
    }

    /// How many pairs were seen together in at least `minSessions` sessions.
    func pairCount(atLeast minSessions: Int) -> Int {
        var count = 0
        pairs.forEach { _, _, sessions in
            if sessions >= minSessions { count += 1 }
        }
        return count
    }

    mutating func addSessions(_ amount: Int, to target: Int) {
        if target >= sessionsPerTarget.count {
            sessionsPerTarget.append(contentsOf: repeatElement(0, count: target + 1 - sessionsPerTarget.count))
        }
        let (sum, overflow) = sessionsPerTarget[target].addingReportingOverflow(amount)
        sessionsPerTarget[target] = overflow ? .max : sum
    }
}
