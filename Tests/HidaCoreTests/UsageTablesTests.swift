import XCTest
@testable import HidaCore

/// A key as the parsing thread hands it over: zero-padded 8-byte words and its `ByteHash`.
private struct TestKey {
    let words: [UInt64]
    let length: Int
    let hash: UInt64

    init(_ text: String) {
        let bytes = Array(text.utf8)
        var words = [UInt64](repeating: 0, count: (bytes.count + 7) / 8)
        for (index, byte) in bytes.enumerated() { words[index / 8] |= UInt64(byte) << (8 * UInt64(index % 8)) }
        self.words = words
        length = bytes.count
        hash = bytes.withUnsafeBufferPointer { ByteHash.hash($0) }
    }

    /// Calls `body` with the words (one zero word for the empty key, which the tables never read).
    func withWords<Result>(_ body: (UnsafePointer<UInt64>) -> Result) -> Result {
        (words.isEmpty ? [0] : words).withUnsafeBufferPointer { body($0.baseAddress!) }
    }
}

final class UsageSessionTableTests: XCTestCase {
    private func add(_ session: String, _ target: Int32, to table: inout SessionTable) {
        let key = TestKey(session)
        key.withWords { table.add(hash: key.hash, key: $0, length: key.length, target: target) }
    }

    func testShortAndLongSessionIdsAreDistinctAndFoundAgain() {
        var table = SessionTable(capacity: 4)
        // Lengths around the 24 bytes kept in the record, and ids that differ only after them.
        let ids = ["a", "12345678", "123456789012345678901234", "1234567890123456789012345",
                   "550e8400-e29b-41d4-a716-446655440000", "550e8400-e29b-41d4-a716-446655440001", "1700000000.1234567890"]
        for (index, id) in ids.enumerated() {
            add(id, Int32(index), to: &table)
            add(id, 99, to: &table)
        }
        XCTAssertEqual(table.count, ids.count)
        var counts = UsageCounts()
        table.accumulate(into: &counts)
        for index in ids.indices {
            XCTAssertEqual(counts.sessions(of: index), 1)
            XCTAssertEqual(counts.coSessions(index, 99), 1)
        }
        XCTAssertEqual(counts.sessions(of: 99), ids.count)
        XCTAssertEqual(counts.pairs.count, ids.count)
    }

    func testManySessionsGrowTheIndexAndFillSeveralChunks() {
        var table = SessionTable(capacity: 16)
        let sessions = 70_000
        for round in 0 ..< 2 {
            for session in 0 ..< sessions { add("s\(session)", Int32(session % 7 + round), to: &table) }
        }
        XCTAssertEqual(table.count, sessions)
        var counts = UsageCounts()
        table.accumulate(into: &counts)
        // Each session saw targets t and t + 1 (t = session % 7), one pair.
        XCTAssertEqual(counts.sessions(of: 0), sessions / 7)
        XCTAssertEqual(counts.sessions(of: 1), 2 * sessions / 7)
        XCTAssertEqual(counts.coSessions(0, 1), sessions / 7)
        XCTAssertEqual(counts.coSessions(6, 7), sessions / 7)
        XCTAssertEqual(counts.coSessions(0, 2), 0)
        XCTAssertEqual(counts.pairs.count, 7)
    }

    func testOverflowTargetsRepeatsAndRobots() {
        var table = SessionTable()
        for target in 0 ..< 12 {
            add("reader", Int32(target), to: &table)
            add("reader", Int32(target), to: &table)
        }
        add("reader", -3, to: &table)
        for target in 0 ..< SessionTable.maximumTargets + 1 { add("robot", Int32(target), to: &table) }
        add("only-unknown", -2, to: &table)
        XCTAssertEqual(table.count, 3)
        XCTAssertEqual(table.robotSessions, 1)
        var counts = UsageCounts()
        table.accumulate(into: &counts)
        XCTAssertEqual(counts.sessions(of: 11), 1)
        XCTAssertEqual(counts.sessions(of: 40), 0)
        XCTAssertEqual(counts.pairs.count, 12 * 11 / 2)
        XCTAssertEqual(counts.coSessions(3, 11), 1)
    }

    func testLongSessionsKeepEveryTargetOnce() {
        var table = SessionTable()
        // 7 targets fit the record, then blocks of 15: these sizes end a block, start one, or fill several.
        let sizes = [7, 8, 22, 23, 37, 38, SessionTable.maximumTargets]
        for (session, size) in sizes.enumerated() {
            for round in 0 ..< 3 {
                for target in 0 ..< size where (target + round) % 2 == 0 || round == 2 {
                    add("long-\(session)", Int32(100 * session + target), to: &table)
                }
            }
        }
        XCTAssertEqual(table.robotSessions, 0)
        var counts = UsageCounts()
        table.accumulate(into: &counts)
        for (session, size) in sizes.enumerated() {
            XCTAssertEqual((0 ..< size).filter { counts.sessions(of: 100 * session + $0) == 1 }.count, size, "size \(size)")
            XCTAssertEqual(counts.coSessions(100 * session, 100 * session + size - 1), 1, "size \(size)")
            XCTAssertEqual(counts.sessions(of: 100 * session + size), 0, "size \(size)")
        }
        XCTAssertEqual(counts.pairs.count, sizes.reduce(0) { $0 + $1 * ($1 - 1) / 2 })
    }

    func testThreadsGiveTheSameCountsAsOnePass() {
        var table = SessionTable()
        var state: UInt64 = 11
        for _ in 0 ..< 20_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            add("s\((state >> 33) % 3000)", Int32((state >> 20) % 40), to: &table)
        }
        var expected = UsageCounts()
        expected.pairs.add(5, to: PairCountTable.key(1, 2))
        table.accumulate(into: &expected, parts: 1)
        for parts in [2, 3, 8] {
            var counts = UsageCounts()
            counts.pairs.add(5, to: PairCountTable.key(1, 2))
            table.accumulate(into: &counts, parts: parts)
            XCTAssertEqual(counts.sessionsPerTarget, expected.sessionsPerTarget, "\(parts) parts")
            XCTAssertEqual(counts.pairs.count, expected.pairs.count, "\(parts) parts")
            for first in 0 ..< 40 {
                for second in first + 1 ..< 40 {
                    XCTAssertEqual(counts.coSessions(first, second), expected.coSessions(first, second), "\(parts) parts")
                }
            }
        }
    }
}

final class ByteKeyTableTests: XCTestCase {
    func testFindsInsertedKeysAcrossGrowthWithTheirValuesAndTallies() {
        var table = ByteKeyTable(capacity: 2)
        var entries: [String: Int] = [:]
        let urls = [""] + (0 ..< 3000).map { "/side-\($0)/" + String(repeating: "x", count: $0 % 30) }
        for (index, url) in urls.enumerated() {
            let key = TestKey(url)
            let entry = key.withWords { pointer in
                XCTAssertNil(table.find(hash: key.hash, key: pointer, length: key.length))
                return table.insert(hash: key.hash, key: pointer, length: key.length, value: Int32(index % 5) - 2)
            }
            entries[url] = entry
        }
        XCTAssertEqual(table.count, urls.count)
        for (index, url) in urls.enumerated() {
            let key = TestKey(url)
            let entry = key.withWords { table.find(hash: key.hash, key: $0, length: key.length) }
            XCTAssertEqual(entry, entries[url])
            guard let entry else { continue }
            XCTAssertEqual(table.value(entry), Int32(index % 5) - 2)
            for _ in 0 ..< index % 3 { table.tally(entry) }
        }
        var rows = 0
        var negative = 0
        table.forEach { outcome, count in
            rows += count
            if outcome < 0 { negative += 1 }
        }
        XCTAssertEqual(rows, urls.indices.reduce(0) { $0 + $1 % 3 })
        XCTAssertEqual(negative, urls.indices.filter { $0 % 5 < 2 }.count)
    }
}

final class UsageRowBatchTests: XCTestCase {
    func testKeysAreCopiedAsPaddedWordsWithTheirHash() {
        var batch = UsageRowBatch()
        for length in 0 ... 40 {
            let text = String((0 ..< length).map { Character(UnicodeScalar(UInt8(33 + ($0 * 7 + length) % 90))) })
            let bytes = Array(text.utf8)
            let key = bytes.withUnsafeBufferPointer { batch.add($0) }
            XCTAssertEqual(key.hash, bytes.withUnsafeBufferPointer { ByteHash.hash($0) }, "length \(length)")
            XCTAssertEqual(Int(key.place & 0xFFFF_FFFF), length)
            let expected = TestKey(text).words
            let start = Int(key.place >> 32)
            XCTAssertEqual(Array(UnsafeBufferPointer(start: batch.words + start, count: expected.count)), expected, "length \(length)")
        }
    }

    func testRowsFillTheBatchAndRemoveAllEmptiesIt() {
        var batch = UsageRowBatch()
        let session = Array("abc".utf8)
        let url = Array("/side/".utf8)
        var rows = 0
        while !batch.isFull {
            session.withUnsafeBufferPointer { session in url.withUnsafeBufferPointer { batch.addRow(session: session, url: $0) } }
            rows += 1
        }
        XCTAssertEqual(rows, UsageRowBatch.rowLimit)
        XCTAssertEqual(batch.rowCount, rows)
        XCTAssertEqual(batch.rows[4 * (rows - 1)], batch.rows[0])
        batch.removeAll()
        XCTAssertEqual(batch.rowCount, 0)
        XCTAssertFalse(batch.isFull)
        // A key longer than the batch's usual share makes room for itself.
        let long = [UInt8](repeating: 0x61, count: UsageRowBatch.byteLimit * 2)
        let key = long.withUnsafeBufferPointer { batch.add($0) }
        XCTAssertEqual(batch.words[Int(key.place >> 32) + long.count / 8 - 1], 0x6161_6161_6161_6161)
        XCTAssertTrue(batch.isFull)
    }
}

final class UsagePairCountTableTests: XCTestCase {
    func testCopiesAreIndependentAndCountsSurviveGrowth() {
        var table = PairCountTable()
        for first in 0 ..< 100 {
            for second in first + 1 ..< 100 { table.add(UInt32(first + second), to: PairCountTable.key(second, first)) }
        }
        let copy = table
        table.add(1000, to: PairCountTable.key(1, 2))
        XCTAssertEqual(table.value(for: PairCountTable.key(1, 2)), 1003)
        XCTAssertEqual(copy.value(for: PairCountTable.key(2, 1)), 3)
        XCTAssertEqual(table.count, 100 * 99 / 2)
        XCTAssertEqual(table.value(for: PairCountTable.key(5, 500)), 0)
        var sum = 0
        copy.forEach { first, second, count in
            XCTAssertLessThan(first, second)
            XCTAssertEqual(count, first + second)
            sum += count
        }
        XCTAssertEqual(sum, (0 ..< 100).reduce(0) { total, first in total + (first + 1 ..< 100).reduce(0) { $0 + first + $1 } })
    }

    func testShardsAddKeysInBulkAndGoBackInPlace() {
        var table = PairCountTable()
        table.add(2, to: PairCountTable.key(3, 4))
        let keys = (0 ..< 5000).map { PairCountTable.key($0 % 50, 50 + $0 % 7) }
        var shards = (0 ..< PairCountTable.shardCount).map { table.takeShard($0) }
        XCTAssertEqual(table.count, 0)
        for shard in shards.indices {
            let own = keys.filter { PairCountTable.shard(of: $0) == shard }
            own.withUnsafeBufferPointer { shards[shard].addOne(toEach: $0) }
            table.replaceShard(shard, with: shards[shard])
        }
        XCTAssertEqual(table.value(for: PairCountTable.key(3, 4)), 2)
        XCTAssertEqual(table.value(for: PairCountTable.key(0, 50)), keys.filter { $0 == PairCountTable.key(0, 50) }.count)
        XCTAssertEqual(table.count, Set(keys).count + 1)
    }
}

final class UsageLoaderConcurrencyTests: XCTestCase {
    /// The same log read on one thread and through the two-thread pipeline gives the same counts, summary and warnings.
    func testConcurrentAndSequentialLoadsAgree() throws {
        let fixture = UsageFixture()
        let portal = UsagePortal(names: (0 ..< 60).map { "side-\($0)" })
        var lines = ["session,url,time"]
        var state: UInt64 = 3
        for row in 0 ..< 30_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let session = "session-\((state >> 33) % 4000)-" + String(repeating: "x", count: Int(state >> 60))
            switch row % 997 {
            case 5: lines.append("\(session),/side-\(row % 60)/,t,extra")
            case 6: lines.append("\"\(session)\",\"/side-\(row % 60)/?a=1,2\",t")
            case 7: lines.append(" ,/side-1/,t")
            default: lines.append("\(session),https://portal.example.no/side-\((state >> 40) % 70)?utm=\(row % 3),t")
            }
        }
        let path = fixture.file("visits.csv", lines.joined(separator: "\r\n") + "\r\n")
        let pairs = fixture.file("pairs.csv", "from,to,sessions\n/side-1/,/side-2/,7\n/side-3/,/nowhere/,2\n")
        func load(concurrentFrom threshold: Int) -> (UsageCounts, UsageSummary, [Diagnostic]) {
            UsageLoader.load(files: [path, pairs], baseURL: "https://portal.example.no/", minSessions: 3,
                             concurrentScanThreshold: threshold, resolve: portal.resolve)
        }
        let (sequentialCounts, sequential, sequentialDiagnostics) = load(concurrentFrom: .max)
        let (concurrentCounts, concurrent, concurrentDiagnostics) = load(concurrentFrom: 0)
        XCTAssertEqual(concurrentDiagnostics, sequentialDiagnostics)
        XCTAssertEqual(concurrent.infoLines, sequential.infoLines)
        // Rows 5, 1002 … (an extra field) and 7, 1004 … (an empty session id): 31 each.
        XCTAssertEqual(concurrent.malformedRows, 62)
        XCTAssertEqual(concurrentCounts.sessionsPerTarget, sequentialCounts.sessionsPerTarget)
        XCTAssertEqual(concurrentCounts.pairs.count, sequentialCounts.pairs.count)
        XCTAssertEqual(concurrentCounts.coSessions(1, 2), sequentialCounts.coSessions(1, 2))
        XCTAssertGreaterThan(sequentialCounts.coSessions(1, 2), 7)
        XCTAssertEqual(portal.links(concurrentCounts, minSessions: 3), portal.links(sequentialCounts, minSessions: 3))
    }
}

final class UsageCSVParserFastPathTests: XCTestCase {
    /// Bytes below the comma that are not special (space, `!`, `#` … `+`) and UTF-8 beyond ASCII, at every
    /// offset within an 8-byte word, must not end a field.
    func testOrdinaryLowBytesAndUTF8NeverSplitAField() throws {
        let fixture = UsageFixture()
        var lines: [String] = []
        var expected: [[String]] = []
        for offset in 0 ..< 16 {
            let padding = String(repeating: "p", count: offset)
            let first = padding + "a b!#$%&'()*+-.ø/æ"
            let second = "/s%C3%B8k?q=1&r=2#x" + padding
            lines.append("\(first),\(second),\(offset)")
            expected.append([first, second, "\(offset)"])
        }
        let path = fixture.file("low.csv", lines.joined(separator: "\n") + "\n")
        var records: [[String]] = []
        try CSVReader.scan(path: path) { event in
            if case .record(let record) = event { records.append((0 ..< record.fieldCount).map { record.string($0) }) }
        }
        XCTAssertEqual(records, expected)
    }
}
