/// Diagnostics are printed in file order, so that two runs print the same lines in the same order.
enum DiagnosticOrdering {
    static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var unique: [Diagnostic] = []
        var seen = Set<Diagnostic>()
        for diagnostic in diagnostics where seen.insert(diagnostic).inserted {
            unique.append(diagnostic)
        }
        return unique.sorted { a, b in
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
}
