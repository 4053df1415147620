/// Diagnostics are printed in file order, so that two runs print the same lines in the same order.
enum DiagnosticOrdering {
    static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var ordered = diagnostics
        sort(&ordered)
        return ordered
    }

    /// Sorts in place, with repeated diagnostics kept once. Duplicates are found after sorting, among neighbours that
    /// sort as equal, instead of hashing every diagnostic into a set; and nothing is copied: a 10 000-page build has
    /// 13 000 warnings, and this runs after everything else, on one core.
    static func sort(_ diagnostics: inout [Diagnostic]) {
        diagnostics.permute(by: sortedPositions(diagnostics))
        var kept = 0
        var equalRunStart = 0
        for index in diagnostics.indices {
            if equalRunStart < kept && precedes(diagnostics[equalRunStart], diagnostics[index]) { equalRunStart = kept }
            if (equalRunStart ..< kept).contains(where: { diagnostics[$0] == diagnostics[index] }) { continue }
            if kept != index { diagnostics.swapAt(kept, index) }
            kept += 1
        }
        diagnostics.removeLast(diagnostics.count - kept)
    }

    /// The positions of `diagnostics` in sorted order. Positions are sorted rather than the diagnostics, since a
    /// merge sort copies each element it moves (five references each) at every level; of two diagnostics that sort
    /// as equal, the first found comes first, as the run found them.
    ///
    /// The comparisons read the diagnostics through a buffer pointer, which costs 3 % fewer instructions than reading
    /// them out of the array; the comparisons still copy (retain) the diagnostics they compare.
    private static func sortedPositions(_ diagnostics: [Diagnostic]) -> [Int] {
        diagnostics.withUnsafeBufferPointer { diagnostics in
            diagnostics.indices.sorted { a, b in
                if precedes(diagnostics[a], diagnostics[b]) { return true }
                return a < b && !precedes(diagnostics[b], diagnostics[a])
            }
        }
    }

    private static func precedes(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        guard let x = a.location, let y = b.location else {
            if a.location != nil || b.location != nil { return a.location == nil }
            return (a.severity, a.message) < (b.severity, b.message)
        }
        if x != y { return x < y }
        return (a.severity, a.rule, a.message) < (b.severity, b.rule, b.message)
    }
}
