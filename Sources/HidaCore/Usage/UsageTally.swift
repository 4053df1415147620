import Foundation

/// The counting half of one `UsageLoader.load`: the distinct URLs and what each resolved to, the sessions and
/// their targets, and the summary counters. It receives rows from a `UsageRowDecoder` in batches, hashed and
/// copied, and looks them up in groups: first the table lines of a group's keys are loaded, then the rows applied.
/// The tables are far larger than the caches, and loads that do not depend on one another overlap their misses.
struct UsageTally {
    /// Rows looked up together: enough to overlap their misses, few enough that their lines stay in cache.
    static let group = 32

    /// What a distinct URL resolved to: a target index (≥ 0), another host, or an unknown path (index into `unknownPaths`).
    private static let otherHost: Int32 = -1
    private static func unknownOutcome(_ index: Int) -> Int32 { Int32(truncatingIfNeeded: -2 - index) }

    private let normalizer: UsageURLNormalizer
    /// Files from this size on are parsed on a second thread.
    private let concurrentScanThreshold: Int
    private var sessions = SessionTable(capacity: 1 << 16)
    /// The distinct URLs (without query and fragment), each normalized and resolved once, with their page-view
    /// rows (added to the summary at the end, not per row).
    private var urls = ByteKeyTable(capacity: 1 << 12)
    /// Where the loads that warm the caches go, so that the compiler keeps them.
    private var warmed: UInt64 = 0
    private var unknownPathIndex: [String: Int] = [:]
    private var unknownPaths: [(path: String, rows: Int)] = []
    private var counts = UsageCounts()
    private var summary = UsageSummary()

    init(normalizer: UsageURLNormalizer, concurrentScanThreshold: Int = UsageTally.concurrentScanThreshold) {
        self.normalizer = normalizer
        self.concurrentScanThreshold = concurrentScanThreshold
    }

    /// Reads one file through `decoder` (the same for all files of a load), adding its rows to the tally and its problems to `diagnostics`.
    mutating func read(file: String, decoder: inout UsageRowDecoder, resolve: (String) -> Int?, diagnostics: inout [Diagnostic]) {
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

        decoder.startFile()
        do {
            // Parsing a large file on a second core overlaps it with the counting below.
            try CSVPipeline.run(path: file, concurrently: Self.fileSize(file) >= concurrentScanThreshold, builder: &decoder) { batch in
                for event in batch.events {
                    switch event {
                    case .malformed(let line, let reason):
                        reportMalformed(line: line, reason: reason)
                    case .unknownHeader(let line, let header):
                        fileDiagnostics.append(.warning(
                            "unrecognised usage file header \"\(header)\"; the file is ignored (expected \(UsageFileShape.expectedHeaders))",
                            at: SourceLocation(path: file, line: line, column: 1), rule: "usage-unknown-header"))
                    case .pair(let from, let to, let amount):
                        // Both entries first: `urls.value(entry(of:))` would read `urls` before the insertion.
                        let fromEntry = entry(of: from, in: batch.words, resolve: resolve)
                        let toEntry = entry(of: to, in: batch.words, resolve: resolve)
                        addPair(from: urls.value(fromEntry), to: urls.value(toEntry), sessions: amount)
                    }
                }
                addPageViews(batch, resolve: resolve)
                batch.removeAll()
            }
        } catch {
            diagnostics.append(.warning("usage file not read: \(error.message)", at: SourceLocation(path: file), rule: "usage-unreadable-file"))
            return
        }
        summary.files += 1
        if !decoder.sawHeader {
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
        sessions.accumulate(into: &counts)
        urls.forEach { outcome, rows in
            if outcome >= 0 {
                summary.matchedRows += rows
            } else if outcome == Self.otherHost {
                summary.otherHostRows += rows
            } else {
                summary.unknownPathRows += rows
                unknownPaths[Int(-2 - outcome)].rows += rows
            }
        }
        summary.sessions = sessions.count
        summary.robotSessions = sessions.robotSessions
        summary.pairs = counts.pairs.count
        summary.pairsAboveThreshold = counts.pairCount(atLeast: max(minSessions, 1))
        summary.topUnknownPaths = Array(unknownPaths.sorted { ($0.rows, $1.path) > ($1.rows, $0.path) }.prefix(10))
        return (counts, summary)
    }

    /// Counts the page-view rows of a batch, a group at a time.
    private mutating func addPageViews(_ batch: UsageRowBatch, resolve: (String) -> Int?) {
        let rowCount = batch.rowCount
        guard rowCount > 0 else { return }
        summary.rows += rowCount
        let rows = UnsafePointer(batch.rows)
        let keys = UnsafePointer(batch.words)
        var first = 0
        while first < rowCount {
            let end = min(first + Self.group, rowCount)
            var sink: UInt64 = 0
            for row in first ..< end {
                sink &+= sessions.warmSlot(rows[4 * row]) &+ urls.warmSlot(rows[4 * row + 2])
            }
            for row in first ..< end {
                sink &+= sessions.warmRecord(rows[4 * row]) &+ urls.warmEntry(rows[4 * row + 2])
            }
            warmed &+= sink
            for row in first ..< end {
                let url = entry(of: UsageRowBatch.Key(hash: rows[4 * row + 2], place: rows[4 * row + 3]), in: keys, resolve: resolve)
                urls.tally(url)
                let sessionPlace = rows[4 * row + 1]
                sessions.add(hash: rows[4 * row], key: keys + Int(sessionPlace >> 32), length: Int(sessionPlace & 0xFFFF_FFFF),
                             target: urls.value(url))
            }
            first = end
        }
    }

    /// The URL table entry of a key in `words`, normalizing and resolving the URL when it is new.
    private mutating func entry(of key: UsageRowBatch.Key, in words: UnsafePointer<UInt64>, resolve: (String) -> Int?) -> Int {
        let start = words + Int(key.place >> 32)
        let length = Int(key.place & 0xFFFF_FFFF)
        if let entry = urls.find(hash: key.hash, key: start, length: length) { return entry }
        let bytes = UnsafeRawPointer(start).assumingMemoryBound(to: UInt8.self)
        let outcome = outcome(of: UnsafeBufferPointer(start: bytes, count: length), resolve: resolve)
        return urls.insert(hash: key.hash, key: start, length: length, value: outcome)
    }

    /// Adds an aggregated-pairs row, given the outcomes of its two URLs.
    ///
    /// The row's sessions count for both pages' session totals too: each of those sessions saw both pages,
    /// and without it a pairs-only log would score against zero totals.
    private mutating func addPair(from first: Int32, to second: Int32, sessions amount: UInt32) {
        summary.rows += 1
        guard first >= 0, second >= 0 else {
            if first == Self.otherHost || second == Self.otherHost {
                summary.otherHostRows += 1
            } else {
                summary.unknownPathRows += 1
            }
            for side in [first, second] where side < Self.otherHost { unknownPaths[Int(-2 - side)].rows += 1 }
            return
        }
        summary.matchedRows += 1
        guard first != second, amount > 0 else { return }
        counts.pairs.add(amount, to: PairCountTable.key(Int(first), Int(second)))
        counts.addSessions(Int(amount), to: Int(first))
        counts.addSessions(Int(amount), to: Int(second))
    }

    /// Normalizes and resolves a URL seen for the first time.
    private mutating func outcome(of url: UnsafeBufferPointer<UInt8>, resolve: (String) -> Int?) -> Int32 {
        let outcome: Int32
        switch normalizer.normalize(url) {
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
        return outcome
    }

    static let concurrentScanThreshold = 8 << 20
    /// Target indexes are dense (`0 ..< targetCount`); a larger one from the resolver counts as unknown rather than sizing arrays.
    static let targetLimit = 1 << 24

    private static func fileSize(_ path: String) -> Int {
        var status = stat()
        return stat(path, &status) == 0 ? Int(status.st_size) : 0
    }
}
