/// Compares the `facts:` that pages state (`grunnbelop: 130160`) across the whole portal.
///
/// A key is one fact the whole portal should agree on; two pages giving it different values tell citizens
/// two different things. Values are compared after `normalizedValue(_:)`, so `130 160` (with a space or a
/// thin space between thousands) equals `130160`; letter case still counts.
struct FactConflictFinder: Sendable {
    /// The rule id of a disagreement.
    static let rule = "conflicting-fact"

    /// Creates a finder.
    init() {}

    /// Conflicts and shared facts among the statements, whatever order they come in.
    ///
    /// Statements are taken in location order (path, line, column); the first statement of a key is the
    /// reference, and every later statement with another value is an error at its own location.
    func analysis(of facts: [(key: String, value: String, location: SourceLocation)]) -> FactAnalysis {
        let statements = facts.enumerated()
            .map { (order: $0.offset, key: $0.element.key, value: Self.normalizedValue($0.element.value),
                    location: $0.element.location) }
            .sorted { ($0.location, $0.order) < ($1.location, $1.order) }
        var positionsByKey: [String: [Int]] = [:]
        for (position, statement) in statements.enumerated() {
            positionsByKey[statement.key, default: []].append(position)
        }

        var conflicts: [Diagnostic] = []
        var sharedFacts: [SharedFact] = []
        for key in positionsByKey.keys.sorted() {
            let positions = positionsByKey[key] ?? []
            // Distinct values in order of first appearance, each with where it is stated.
            var values: [(value: String, locations: [SourceLocation])] = []
            for position in positions {
                let statement = statements[position]
                if let index = values.firstIndex(where: { $0.value == statement.value }) {
                    values[index].locations.append(statement.location)
                } else {
                    values.append((statement.value, [statement.location]))
                }
            }
            for entry in values where Set(entry.locations.map(\.path)).count >= 2 {
                sharedFacts.append(SharedFact(key: key, value: entry.value, locations: entry.locations))
            }
            guard values.count > 1, let reference = values.first, let referenceLocation = reference.locations.first
            else { continue }
            let notes = values.map { entry in
                "\"\(key)\" is \(entry.value) in \(entry.locations.map(Self.place).joined(separator: ", "))"
            } + ["(give every page the same value, or use different keys for facts that differ)"]
            for entry in values.dropFirst() {
                for location in entry.locations {
                    conflicts.append(.error(
                        "fact \"\(key)\" is \(entry.value) here but \(reference.value) in \(Self.place(referenceLocation))",
                        at: location, rule: Self.rule, notes: notes))
                }
            }
        }
        conflicts.sort { ($0.location?.path ?? "", $0.location?.line ?? 0, $0.location?.column ?? 0, $0.message)
            < ($1.location?.path ?? "", $1.location?.line ?? 0, $1.location?.column ?? 0, $1.message) }
        sharedFacts.sort { ($0.key, $0.value) < ($1.key, $1.value) }
        return FactAnalysis(conflicts: conflicts, sharedFacts: sharedFacts)
    }

    /// `path:line`, how a message points at another file.
    static func place(_ location: SourceLocation) -> String {
        "\(location.path):\(location.line)"
    }

    /// The value with whitespace between digits removed (`130 160` and `130 160` become `130160`),
    /// other whitespace runs (including no-break and thin spaces) turned into one space, and the ends trimmed.
    static func normalizedValue(_ value: String) -> String {
        var value = value
        return value.withUTF8 { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var pendingSpace = false
            var lastWasDigit = false
            var index = 0
            while index < bytes.count {
                let (scalar, length) = TextScalars.decode(bytes, at: index)
                index += length
                if TextScalars.isWhitespace(scalar) {
                    pendingSpace = !output.isEmpty
                    continue
                }
                let isDigit = scalar &- 48 < 10
                if pendingSpace && !(lastWasDigit && isDigit) { output.append(0x20) }
                pendingSpace = false
                TextScalars.appendUTF8(scalar, to: &output)
                lastWasDigit = isDigit
            }
            return String(decoding: output, as: UTF8.self)
        }
    }
}
