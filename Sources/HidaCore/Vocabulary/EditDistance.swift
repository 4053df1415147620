/// Levenshtein distance on lowercase Unicode scalar values, for "did you mean" suggestions.
enum EditDistance {
    /// The distance between `a` and `b`, or nil when it exceeds `limit`.
    ///
    /// Only the diagonal band of width `2 × limit + 1` is computed, and the computation stops
    /// as soon as a whole row exceeds the limit, so most candidates cost a few dozen steps.
    static func distance(_ a: [UInt32], _ b: [UInt32], limit: Int) -> Int? {
        guard limit >= 0, abs(a.count - b.count) <= limit else { return nil }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let tooFar = limit + 1
        let width = b.count
        var previous = (0...width).map { min($0, tooFar) }
        var current = [Int](repeating: tooFar, count: width + 1)
        for row in 1...a.count {
            let low = max(1, row - limit)
            let high = min(width, row + limit)
            current[0] = min(row, tooFar)
            if low > 1 { current[low - 1] = tooFar }
            var rowMinimum = low == 1 ? current[0] : tooFar
            let symbol = a[row - 1]
            var column = low
            while column <= high {
                let substitution = previous[column - 1] + (symbol == b[column - 1] ? 0 : 1)
                let value = min(substitution, previous[column] + 1, current[column - 1] + 1, tooFar)
                current[column] = value
                if value < rowMinimum { rowMinimum = value }
                column += 1
            }
            if high < width { current[high + 1] = tooFar }
            if rowMinimum > limit { return nil }
            swap(&previous, &current)
        }
        let result = previous[width]
        return result <= limit ? result : nil
    }

    /// The lowercase scalar values of a string, the form `distance` compares.
    static func scalars(of text: String) -> [UInt32] {
        text.lowercased().unicodeScalars.map(\.value)
    }
}
