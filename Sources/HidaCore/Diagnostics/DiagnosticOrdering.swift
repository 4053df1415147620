/// Diagnostics are printed in file order, so that two runs print the same lines in the same order.
enum DiagnosticOrdering {
    /// Sorted, with repeated diagnostics printed once. Duplicates are found after sorting, among neighbours that sort
    /// as equal, instead of hashing every diagnostic into a set: a 10 000-page build has 13 000 warnings, and this
    /// runs after everything else, on one core.
    static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        // Stable, so that of two diagnostics that sort as equal the first found comes first, as the run found them.
        let ordered = diagnostics.sorted(by: precedes)
        var unique: [Diagnostic] = []
        unique.reserveCapacity(ordered.count)
        var equalRunStart = 0
        for diagnostic in ordered {
            if equalRunStart < unique.count && precedes(unique[equalRunStart], diagnostic) { equalRunStart = unique.count }
            if unique[equalRunStart...].contains(diagnostic) { continue }
            unique.append(diagnostic)
        }
        return unique
    }

    private static func precedes(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        switch (a.location, b.location) {
        case (nil, nil): return (a.severity, a.message) < (b.severity, b.message)
        case (nil, _): return true
        case (_, nil): return false
        case (let x?, let y?):
            if x != y { return x < y }
            return (a.severity, a.rule, a.message) < (b.severity, b.rule, b.message)
        }
    }
}
