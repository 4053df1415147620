import XCTest
@testable import HidaCore

final class UsageCSVReaderTests: XCTestCase {
    private struct Read: Equatable {
        var records: [[String]] = []
        var lines: [Int] = []
        var malformed: [Int] = []
    }

    private func read(_ content: String, chunkSize: Int = CSVReader.defaultChunkSize) throws -> Read {
        let fixture = UsageFixture()
        let path = fixture.file("test.csv", content)
        var result = Read()
        try CSVReader.scan(path: path, chunkSize: chunkSize) { event in
            switch event {
            case .record(let record):
                result.records.append((0 ..< record.fieldCount).map { record.string($0) })
                result.lines.append(record.line)
            case .malformed(let line, _):
                result.malformed.append(line)
            }
        }
        return result
    }

    func testPlainRecordsWithLineNumbers() throws {
        let read = try read("a,b\n1,2\n3,4\n")
        XCTAssertEqual(read.records, [["a", "b"], ["1", "2"], ["3", "4"]])
        XCTAssertEqual(read.lines, [1, 2, 3])
        XCTAssertEqual(read.malformed, [])
    }

    func testQuotedFieldsAndDoubledQuotes() throws {
        let read = try read("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"\",z\n")
        XCTAssertEqual(read.records, [["a", "b"], ["x, y", "say \"hi\""], ["", "z"]])
    }

    func testEmbeddedNewlineCountsLines() throws {
        let read = try read("a,b\n\"line one\nline two\",1\nnext,2\n")
        XCTAssertEqual(read.records, [["a", "b"], ["line one\nline two", "1"], ["next", "2"]])
        XCTAssertEqual(read.lines, [1, 2, 4])
    }

    func testCRLFAndBOM() throws {
        let read = try read("\u{FEFF}a,b\r\n1,\"2\"\r\n3,4")
        XCTAssertEqual(read.records, [["a", "b"], ["1", "2"], ["3", "4"]])
        XCTAssertEqual(read.lines, [1, 2, 3])
    }

    func testEmptyFieldsAndBlankLines() throws {
        let read = try read("a,b,c\n,,\n\n1,,3\n")
        XCTAssertEqual(read.records, [["a", "b", "c"], ["", "", ""], ["1", "", "3"]])
        XCTAssertEqual(read.lines, [1, 2, 4])
    }

    func testQuoteInsideUnquotedFieldIsReportedAndSkipped() throws {
        let read = try read("a,b\nx\"y,1\nok,2\n")
        XCTAssertEqual(read.records, [["a", "b"], ["ok", "2"]])
        XCTAssertEqual(read.malformed, [2])
        XCTAssertEqual(read.lines, [1, 3])
    }

    func testTextAfterClosingQuoteIsReportedAndSkipped() throws {
        let read = try read("a,b\n\"x\"y,1\nok,2\n")
        XCTAssertEqual(read.records, [["a", "b"], ["ok", "2"]])
        XCTAssertEqual(read.malformed, [2])
    }

    func testUnterminatedQuoteResumesOnTheNextLine() throws {
        let read = try read("a,b\n\"never closed,1\nok,2\nalso,3\n")
        XCTAssertEqual(read.malformed, [2])
        XCTAssertEqual(read.records, [["a", "b"], ["ok", "2"], ["also", "3"]])
        XCTAssertEqual(read.lines, [1, 3, 4])
    }

    func testTinyChunksGiveTheSameRecords() throws {
        let content = "\u{FEFF}session,url\r\n\"s\n1\",\"/a \"\"b\"\"/\"\r\ns2,/c/\r\nbad\"quote,x\r\ns3,/d/"
        let whole = try read(content)
        for size in [1, 2, 3, 5, 7] {
            XCTAssertEqual(try read(content, chunkSize: size), whole, "chunk size \(size)")
        }
        XCTAssertEqual(whole.records, [["session", "url"], ["s\n1", "/a \"b\"/"], ["s2", "/c/"], ["s3", "/d/"]])
        XCTAssertEqual(whole.malformed, [5])
    }

    func testMissingFileThrows() {
        XCTAssertThrowsError(try CSVReader.scan(path: "/nonexistent/usage.csv") { _ in })
    }
}

final class UsageCSVReaderConcurrencyTests: XCTestCase {
    func testConcurrentScanGivesTheSameEventsInOrder() throws {
        let fixture = UsageFixture()
        var content = "session,url\r\n"
        for row in 0 ..< 20_000 {
            switch row % 1000 {
            case 7: content += "bad\"quote,x\r\n"
            case 8: content += "\"multi\nline\",/y/\r\n"
            default: content += "s\(row),/side-\(row % 37)/\r\n"
            }
        }
        let path = fixture.file("big.csv", content)
        func events(concurrently: Bool) throws -> [String] {
            var events: [String] = []
            let handle: (CSVReader.Event) -> Void = { event in
                switch event {
                case .record(let record): events.append("\(record.line):" + (0 ..< record.fieldCount).map { record.string($0) }.joined(separator: "|"))
                case .malformed(let line, let reason): events.append("\(line)!\(reason)")
                }
            }
            if concurrently {
                try CSVReader.scan(path: path, chunkSize: 4096, concurrently: true, handle)
            } else {
                try CSVReader.scan(path: path, chunkSize: 4096, handle)
            }
            return events
        }
        let sequential = try events(concurrently: false)
        XCTAssertEqual(sequential.count, 20_001)
        XCTAssertEqual(try events(concurrently: true), sequential)
        XCTAssertThrowsError(try CSVReader.scan(path: fixture.folder + "/missing.csv", concurrently: true) { _ in })
    }
}

final class UsageCSVReaderRobustnessTests: XCTestCase {
    /// Random inputs over the bytes that matter (quotes, separators, line ends, a BOM, invalid UTF-8): no crash,
    /// and the same events whatever the chunk size and whether parsing runs on a second thread.
    func testRandomInputsReadTheSameInAnyChunkSize() throws {
        let alphabet: [UInt8] = Array("ab,\"\r\n ".utf8) + [0xEF, 0xBB, 0xBF, 0xFF]
        var state: UInt64 = 7
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        let fixture = UsageFixture()
        for round in 0 ..< 200 {
            let bytes = (0 ..< next() % 120).map { _ in alphabet[next() % alphabet.count] }
            let path = fixture.folder + "/random-\(round).csv"
            _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
            func events(chunkSize: Int, concurrently: Bool = false) throws -> [String] {
                var events: [String] = []
                try CSVReader.scan(path: path, chunkSize: chunkSize, concurrently: concurrently) { event in
                    switch event {
                    case .record(let record): events.append("\(record.line):" + (0 ..< record.fieldCount).map { record.string($0) }.joined(separator: "|"))
                    case .malformed(let line, let reason): events.append("\(line)!\(reason)")
                    }
                }
                return events
            }
            let expected = try events(chunkSize: 1 << 20)
            for size in [1, 2, 3, 8] { XCTAssertEqual(try events(chunkSize: size), expected, "round \(round), chunk \(size)") }
            XCTAssertEqual(try events(chunkSize: 5, concurrently: true), expected, "round \(round), concurrently")
            _ = UsageLoader.load(files: [path], baseURL: "https://portal.example.no/", resolve: { $0.count % 3 == 0 ? $0.count : nil })
        }
    }
}
