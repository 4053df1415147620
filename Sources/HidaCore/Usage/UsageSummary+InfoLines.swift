extension UsageSummary {
    /// Human lines for `hida check`'s information output, e.g. `usage: 20 050 rows in 1 file, 4 000 sessions, 97.8 % matched`.
    var infoLines: [String] {
        guard files > 0 else { return [] }
        var first = "usage: \(Self.grouped(rows)) \(rows == 1 ? "row" : "rows") in \(Self.grouped(files)) \(files == 1 ? "file" : "files"), "
            + "\(Self.grouped(sessions)) \(sessions == 1 ? "session" : "sessions")"
        if rows > 0 { first += ", \(Self.percent(matchedRows, of: rows)) % matched" }
        var lines = [first]
        var skipped: [String] = []
        if unknownPathRows > 0 { skipped.append("\(Self.grouped(unknownPathRows)) for unknown paths") }
        if otherHostRows > 0 { skipped.append("\(Self.grouped(otherHostRows)) for other hosts") }
        if malformedRows > 0 { skipped.append("\(Self.grouped(malformedRows)) malformed") }
        if robotSessions > 0 {
            skipped.append("\(Self.grouped(robotSessions)) robot \(robotSessions == 1 ? "session" : "sessions") (over \(SessionTable.maximumTargets) pages) left out")
        }
        if !skipped.isEmpty { lines.append("usage: rows not used: " + skipped.joined(separator: ", ")) }
        lines.append("usage: \(Self.grouped(pairs)) page \(pairs == 1 ? "pair" : "pairs"), \(Self.grouped(pairsAboveThreshold)) seen in enough sessions to be shown")
        if !topUnknownPaths.isEmpty {
            lines.append("usage: top unknown paths: " + topUnknownPaths.map { "\($0.path) (\(Self.grouped($0.rows)) \($0.rows == 1 ? "row" : "rows"))" }.joined(separator: ", "))
        }
        return lines
    }

    /// Groups thousands with spaces, as Norwegian does: `20 050`.
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(" ") }
            result.append(digit)
        }
        return number < 0 ? "-" + result : result
    }

    /// A share with one decimal, rounded half up, without Foundation formatting: `97.8`.
    static func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "0.0" }
        let tenths = (part * 1000 + whole / 2) / whole
        return "\(tenths / 10).\(tenths % 10)"
    }
}
