/// Finds what an author probably meant among a short list of known words (keys, types, step ids).
enum Suggestions {
    /// Candidates within a small edit distance of `word`, closest first, ties in the given order.
    static func closest(to word: String, among candidates: [String], limit: Int = 1) -> [String] {
        let target = EditDistance.scalars(of: word)
        let threshold = max(2, target.count / 3)
        var scored: [(distance: Int, index: Int, candidate: String)] = []
        for (index, candidate) in candidates.enumerated() {
            if let distance = EditDistance.distance(target, EditDistance.scalars(of: candidate), limit: threshold) {
                scored.append((distance, index, candidate))
            }
        }
        scored.sort { ($0.distance, $0.index) < ($1.distance, $1.index) }
        return scored.prefix(limit).map(\.candidate)
    }

    static func closest(to word: String, among candidates: [String]) -> String? {
        closest(to: word, among: candidates, limit: 1).first
    }
}
