/// Chooses the "users who read this also read" links of every target from `UsageCounts`.
///
/// A pair counts only when seen together in at least `minSessions` sessions (the privacy threshold).
/// Candidates are scored by cosine similarity, `co / sqrt(sessions(a) × sessions(b))`, so that a page
/// everyone visits does not crowd out specific ones. Order: score descending, then co-sessions
/// descending, then target index ascending; scores are compared exactly in integers, so equal scores
/// always tie and the result never depends on floating-point rounding or input order.
enum AlsoVisitedRanker {
    /// One scored candidate of a source target.
    private struct Candidate {
        let target: Int
        let coSessions: UInt64
        let targetSessions: UInt64
    }

    /// Per target index (`0 ..< targetCount`), the linked targets, best first, at most `maxLinks`.
    ///
    /// `eligible` says which targets may be linked to (content pages and journeys); `compatible` which
    /// source–candidate pairs may be (same language, not the page itself nor its translations).
    static func rank(
        _ counts: UsageCounts,
        targetCount: Int,
        minSessions: Int,
        maxLinks: Int,
        eligible: (Int) -> Bool,
        compatible: (Int, Int) -> Bool
    ) -> [[Int]] {
        let targetCount = max(targetCount, 0)
        var links = [[Int]](repeating: [], count: targetCount)
        guard maxLinks > 0, targetCount > 0 else { return links }
        let threshold = max(minSessions, 1)
        var eligibility = [Bool?](repeating: nil, count: targetCount)
        func isEligible(_ target: Int) -> Bool {
            if let known = eligibility[target] { return known }
            let answer = eligible(target)
            eligibility[target] = answer
            return answer
        }
        var candidates = [[Candidate]](repeating: [], count: targetCount)
        counts.pairs.forEach { first, second, coSessions in
            guard coSessions >= threshold, first != second, first < targetCount, second < targetCount else { return }
            let firstSessions = UInt64(counts.sessions(of: first))
            let secondSessions = UInt64(counts.sessions(of: second))
            guard firstSessions > 0, secondSessions > 0 else { return }
            let co = UInt64(coSessions)
            if isEligible(second), compatible(first, second) {
                candidates[first].append(Candidate(target: second, coSessions: co, targetSessions: secondSessions))
            }
            if isEligible(first), compatible(second, first) {
                candidates[second].append(Candidate(target: first, coSessions: co, targetSessions: firstSessions))
            }
        }
        for source in 0 ..< targetCount where !candidates[source].isEmpty {
            candidates[source].sort(by: ranksBefore)
            links[source] = candidates[source].prefix(maxLinks).map(\.target)
        }
        return links
    }

    /// The cosine score of a pair, for display and debugging; ranking itself compares exactly.
    static func score(_ counts: UsageCounts, _ first: Int, _ second: Int) -> Double {
        let product = Double(counts.sessions(of: first)) * Double(counts.sessions(of: second))
        guard product > 0 else { return 0 }
        return Double(counts.coSessions(first, second)) / product.squareRoot()
    }

    /// For one source, `co₁ / √(S·s₁) > co₂ / √(S·s₂)` ⇔ `co₁² · s₂ > co₂² · s₁`, compared in 128 bits.
    private static func ranksBefore(_ lhs: Candidate, _ rhs: Candidate) -> Bool {
        let left = (lhs.coSessions * lhs.coSessions).multipliedFullWidth(by: rhs.targetSessions)
        let right = (rhs.coSessions * rhs.coSessions).multipliedFullWidth(by: lhs.targetSessions)
        if left.high != right.high { return left.high > right.high }
        if left.low != right.low { return left.low > right.low }
        if lhs.coSessions != rhs.coSessions { return lhs.coSessions > rhs.coSessions }
        return lhs.target < rhs.target
    }
}
