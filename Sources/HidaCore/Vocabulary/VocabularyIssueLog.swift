/// Collects tolerated data problems and turns them into one warning per kind.
///
/// The LOS file ships with every build, so thirty separate lines would drown real findings;
/// each warning points at the first occurrence and lists a few examples as notes.
struct VocabularyIssueLog {
    /// How many examples each warning lists before "and N more".
    static let exampleLimit = 3

    private struct Group {
        var count = 0
        var firstLine = 0
        var examples: [String] = []
    }

    private var groups: [VocabularyIssue: Group] = [:]

    /// Records one occurrence; `example` is a short description such as `hendelse/ny-i-norge → ord/fastlege`.
    mutating func record(_ issue: VocabularyIssue, _ example: String, line: Int) {
        var group = groups[issue] ?? Group(firstLine: line)
        group.count += 1
        if group.examples.count < Self.exampleLimit {
            group.examples.append("\(example) (line \(line))")
        }
        groups[issue] = group
    }

    /// How often an issue was recorded.
    func count(of issue: VocabularyIssue) -> Int {
        groups[issue]?.count ?? 0
    }

    /// One warning per recorded kind, in a fixed order.
    func diagnostics(path: String) -> [Diagnostic] {
        VocabularyIssue.allCases.compactMap { issue in
            guard let group = groups[issue] else { return nil }
            var notes = group.examples
            if group.count > group.examples.count {
                notes.append("and \(group.count - group.examples.count) more")
            }
            return .warning(
                issue.message(count: group.count),
                at: SourceLocation(path: path, line: group.firstLine, column: 1),
                rule: issue.rule,
                notes: notes
            )
        }
    }
}
