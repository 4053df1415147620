import Foundation

/// The running state of one `UsageLoader.load`: interned sessions and URLs, each URL's outcome
/// (computed once per distinct URL), the targets of each session and the summary counters.
struct UsageTally {
    /// What a distinct URL resolved to: a target index (≥ 0), another host, or an unknown path (index into `unknownPaths`).
    private static let otherHost: Int32 = -1
    private static func unknownOutcome(_ index: Int) -> Int32 { Int32(truncatingIfNeeded: -2 - index) }

    private let normalizer: UsageURLNormalizer
    private var sessionIDs = ByteInterner(capacity: 1 << 16)
    private var urlKeys = ByteInterner(capacity: 1 << 12, remembersRecent: false)
    private var urlOutcomes: [Int32] = []
    private var unknownPathIndex: [String: Int] = [:]
    private var unknownPaths: [(path: String, rows: Int)] = []
    private var sessionTargets = SessionTargets()
    private var counts = UsageCounts()
    private var summary = UsageSummary()

    init(normalizer: UsageURLNormalizer) {
        self.normalizer = normalizer
    }

    /// Reads one file, adding its rows to the tally and its problems to `diagnostics`.
    mutating func read(file: String, resolve: (String) -> Int?, diagnostics: inout [Diagnostic]) {
        var shape: UsageFileShape?
        var columnCount = 0
        var sawHeader = false
        var malformedInFile = 0
        var firstUnreportedLine = 0
        var fileDiagnostics: [Diagnostic] = []

        func reportMalformed(line: Int, reason: String) {
            summary.malformedRows += 1
            malformedInFile += 1
            if malformedInFile <= UsageLoader.reportedMalformedRowsPerFile {
                fileDiagnostics.append(.warning("malformed CSV row skipped: \(reason)",
                                                at: SourceLocation(path: file, line: line, column: 1), rule: "usage-malformed-row"))
            } else if malformedInFile == UsageLoader.reportedMalformedRowsPerFile + 1 {
                firstUnreportedLine = line
            }
        }

        do {
            // Parsing a large file on a second core overlaps it with the counting below.
            try CSVReader.scan(path: file, concurrently: Self.fileSize(file) >= Self.concurrentScanThreshold) { event in
                switch event {
                case .malformed(let line, let reason):
                    reportMalformed(line: line, reason: reason)
                case .record(let record):
                    guard sawHeader else {
                        sawHeader = true
                        columnCount = record.fieldCount
                        shape = UsageFileShape(header: (0 ..< record.fieldCount).map { record.string($0) })
                        if shape == nil {
                            fileDiagnostics.append(.warning(
                                "unrecognised usage file header \"\((0 ..< record.fieldCount).map { record.string($0) }.joined(separator: ","))\"; the file is ignored (expected \(UsageFileShape.expectedHeaders))",
                                at: SourceLocation(path: file, line: record.line, column: 1), rule: "usage-unknown-header"))
                        }
                        return
                    }
                    guard let shape else { return }
                    guard record.fieldCount == columnCount else {
                        reportMalformed(line: record.line, reason: "\(record.fieldCount) \(record.fieldCount == 1 ? "field" : "fields"), but the header has \(columnCount)")
                        return
                    }
                    switch shape {
                    case .pageViews(let session, let url):
                        if let problem = addPageView(session: record.field(session), url: record.field(url), resolve: resolve) {
                            reportMalformed(line: record.line, reason: problem)
                        }
                    case .aggregatedPairs(let from, let to, let sessions):
                        if let problem = addPair(from: record.field(from), to: record.field(to), sessions: record.field(sessions), resolve: resolve) {
                            reportMalformed(line: record.line, reason: problem)
                        }
                    }
                }
            }
        } catch {
            diagnostics.append(.warning("usage file not read: \(error.message)", at: SourceLocation(path: file), rule: "usage-unreadable-file"))
            return
        }
        summary.files += 1
        if !sawHeader {
            fileDiagnostics.append(.warning("usage file has no header row; the file is ignored (expected \(UsageFileShape.expectedHeaders))",
                                            at: SourceLocation(path: file), rule: "usage-unknown-header"))
        }
        let unreported = malformedInFile - UsageLoader.reportedMalformedRowsPerFile
        if unreported > 0 {
            fileDiagnostics.append(.warning("\(unreported) more malformed CSV \(unreported == 1 ? "row" : "rows") skipped in this file (only the first \(UsageLoader.reportedMalformedRowsPerFile) are listed)",
                                            at: SourceLocation(path: file, line: firstUnreportedLine, column: 1), rule: "usage-malformed-row"))
        }
        diagnostics.append(contentsOf: fileDiagnostics)
    }

    /// Builds the counts (one pass over the sessions) and completes the summary.
    mutating func finish(minSessions: Int) -> (UsageCounts, UsageSummary) {
        sessionTargets.accumulate(into: &counts)
        summary.sessions = sessionIDs.count
        summary.robotSessions = sessionTargets.robotSessions
        summary.pairs = counts.pairs.count
        summary.pairsAboveThreshold = counts.pairCount(atLeast: max(minSessions, 1))
        summary.topUnknownPaths = Array(unknownPaths.sorted { ($0.rows, $1.path) > ($1.rows, $0.path) }.prefix(10))
        return (counts, summary)
    }

    /// Adds a page-view row; returns why the row is malformed, or nil.
    private mutating func addPageView(session: UnsafeBufferPointer<UInt8>, url: UnsafeBufferPointer<UInt8>, resolve: (String) -> Int?) -> String? {
        let sessionKey = Self.trimmed(session)
        guard sessionKey.count > 0 else { return "an empty session id" }
        guard Self.trimmed(url).count > 0 else { return "an empty url" }
        summary.rows += 1
        let sessionID = sessionIDs.intern(sessionKey).id
        let outcome = outcome(of: url, resolve: resolve)
        if outcome >= 0 {
            summary.matchedRows += 1
            sessionTargets.add(session: sessionID, target: outcome)
        } else {
            countUnmatched(outcome)
        }
        return nil
    }

    /// Adds an aggregated-pairs row; returns why the row is malformed, or nil.
    ///
    /// The row's sessions count for both pages' session totals too: each of those sessions saw both pages,
    /// and without it a pairs-only log would score against zero totals.
    private mutating func addPair(from: UnsafeBufferPointer<UInt8>, to: UnsafeBufferPointer<UInt8>, sessions: UnsafeBufferPointer<UInt8>,
                                  resolve: (String) -> Int?) -> String? {
        guard let amount = Self.wholeNumber(Self.trimmed(sessions)) else { return "\"sessions\" is not a whole number" }
        guard Self.trimmed(from).count > 0, Self.trimmed(to).count > 0 else { return "an empty url" }
        summary.rows += 1
        let first = outcome(of: from, resolve: resolve)
        let second = outcome(of: to, resolve: resolve)
        guard first >= 0, second >= 0 else {
            if first == Self.otherHost || second == Self.otherHost {
                summary.otherHostRows += 1
            } else {
                summary.unknownPathRows += 1
            }
            for side in [first, second] where side < Self.otherHost { unknownPaths[Int(-2 - side)].rows += 1 }
            return nil
        }
        summary.matchedRows += 1
        guard first != second, amount > 0 else { return nil }
        counts.pairs.add(amount, to: PairCountTable.key(Int(first), Int(second)))
        counts.addSessions(Int(amount), to: Int(first))
        counts.addSessions(Int(amount), to: Int(second))
        return nil
    }

    private mutating func countUnmatched(_ outcome: Int32) {
        if outcome == Self.otherHost {
            summary.otherHostRows += 1
        } else {
            summary.unknownPathRows += 1
            unknownPaths[Int(-2 - outcome)].rows += 1
        }
    }

    /// The outcome of a URL, normalized and resolved only the first time it is seen (query and fragment do not matter).
    private mutating func outcome(of url: UnsafeBufferPointer<UInt8>, resolve: (String) -> Int?) -> Int32 {
        var key = Self.trimmed(url)
        if let cut = key.firstIndex(where: { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }) {
            key = UnsafeBufferPointer(rebasing: key[..<cut])
        }
        let (id, isNew) = urlKeys.intern(key)
        if !isNew { return urlOutcomes[id] }
        let outcome: Int32
        switch normalizer.normalize(key) {
        case .otherHost:
            outcome = Self.otherHost
        case .sitePath(let path):
            if let target = resolve(path), target >= 0, target < Self.targetLimit {
                outcome = Int32(target)
            } else if let index = unknownPathIndex[path] {
                outcome = Self.unknownOutcome(index)
            } else {
                unknownPathIndex[path] = unknownPaths.count
                outcome = Self.unknownOutcome(unknownPaths.count)
                unknownPaths.append((path, 0))
            }
        }
        urlOutcomes.append(outcome)
        return outcome
    }

    static let concurrentScanThreshold = 8 << 20
    /// Target indexes are dense (`0 ..< targetCount`); a larger one from the resolver counts as unknown rather than sizing arrays.
    static let targetLimit = 1 << 24

    private static func fileSize(_ path: String) -> Int {
        var status = stat()
        return stat(path, &status) == 0 ? Int(status.st_size) : 0
    }

    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start ..< end])
    }

    /// A non-negative decimal integer, saturating at `UInt32.max`; nil for anything else.
    private static func wholeNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32? {
        guard !bytes.isEmpty else { return nil }
        var value: UInt64 = 0
        for byte in bytes {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = min(value * 10 + UInt64(byte - 0x30), UInt64(UInt32.max))
        }
        return UInt32(value)
    }
}
