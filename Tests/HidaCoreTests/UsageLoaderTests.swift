import XCTest
@testable import HidaCore

final class UsageLoaderTests: XCTestCase {
    private let portal = UsagePortal(names: ["forside", "barnetrygd", "kontantstotte", "skattekort"])

    func testCountsSessionsOncePerPage() throws {
        let fixture = UsageFixture()
        let log = pageViewLog([("s1", ["/barnetrygd/", "/barnetrygd/", "/kontantstotte/"]), ("s2", ["/barnetrygd/"])])
        let (counts, summary, diagnostics) = portal.load([fixture.file("visits.csv", log)])
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(counts.sessions(of: 1), 2)
        XCTAssertEqual(counts.sessions(of: 2), 1)
        XCTAssertEqual(counts.coSessions(1, 2), 1)
        XCTAssertEqual(summary.rows, 4)
        XCTAssertEqual(summary.sessions, 2)
        XCTAssertEqual(summary.matchedRows, 4)
        XCTAssertEqual(summary.pairs, 1)
    }

    func testURLVariantsMatchAndOtherHostsAndUnknownPathsAreCounted() throws {
        let fixture = UsageFixture()
        let urls = ["https://portal.example.no/barnetrygd/?x=1#a", "http://portal.example.no/barnetrygd", "/barnetrygd#top",
                    "/barnetrygd/index.html", "/%62arnetrygd", "https://www.nav.no/barnetrygd/", "/gammel-side/", "/gammel-side",
                    "/annen/"]
        let log = pageViewLog(urls.enumerated().map { ("s\($0.offset)", [$0.element]) })
        let (counts, summary, diagnostics) = portal.load([fixture.file("visits.csv", log)])
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(counts.sessions(of: 1), 5)
        XCTAssertEqual(summary.matchedRows, 5)
        XCTAssertEqual(summary.otherHostRows, 1)
        XCTAssertEqual(summary.unknownPathRows, 3)
        XCTAssertEqual(summary.topUnknownPaths.map(\.path), ["/gammel-side/", "/annen/"])
        XCTAssertEqual(summary.topUnknownPaths.map(\.rows), [2, 1])
    }

    func testMalformedRowsAreReportedWithLinesAndTheRestIsRead() throws {
        let fixture = UsageFixture()
        let content = "session,url\ns1,/barnetrygd/\ns2,/bar\"netrygd/\ns3,/barnetrygd/,extra\n\"s4\nstill s4\",/barnetrygd/\ns5,\"/barnetrygd/\"x\ns6,/barnetrygd/\n"
        let path = fixture.file("visits.csv", content)
        let (counts, summary, diagnostics) = portal.load([path])
        XCTAssertEqual(diagnostics.map { $0.location?.line }, [3, 4, 7])
        XCTAssertEqual(Set(diagnostics.map(\.rule)), ["usage-malformed-row"])
        XCTAssertEqual(Set(diagnostics.map(\.severity)), [.warning])
        XCTAssertEqual(diagnostics.map { $0.location?.path }, [path, path, path])
        XCTAssertTrue(diagnostics.allSatisfy { $0.message.hasPrefix("malformed CSV row skipped: ") })
        XCTAssertEqual(diagnostics[1].message, "malformed CSV row skipped: 3 fields, but the header has 2")
        XCTAssertEqual(summary.malformedRows, 3)
        XCTAssertEqual(summary.rows, 3)
        XCTAssertEqual(counts.sessions(of: 1), 3)
    }

    func testMoreThanTwentyMalformedRowsAreSummarised() throws {
        let fixture = UsageFixture()
        let bad = (0 ..< 25).map { "s\($0),/x/,extra" }
        let path = fixture.file("visits.csv", (["session,url"] + bad).joined(separator: "\n"))
        let (_, summary, diagnostics) = portal.load([path])
        XCTAssertEqual(summary.malformedRows, 25)
        XCTAssertEqual(diagnostics.count, 21)
        XCTAssertEqual(diagnostics.last?.message, "5 more malformed CSV rows skipped in this file (only the first 20 are listed)")
        XCTAssertEqual(diagnostics.last?.location?.line, 22)
    }

    func testUnknownHeaderIsOneWarningAndNotFatal() throws {
        let fixture = UsageFixture()
        let odd = fixture.file("odd.csv", "user,page\nu1,/barnetrygd/\n")
        let good = fixture.file("visits.csv", pageViewLog([("s1", ["/barnetrygd/"])]))
        let (counts, summary, diagnostics) = portal.load([odd, good])
        XCTAssertEqual(diagnostics.count, 1)
        XCTAssertEqual(diagnostics.first?.rule, "usage-unknown-header")
        XCTAssertEqual(diagnostics.first?.severity, .warning)
        XCTAssertEqual(diagnostics.first?.location?.path, odd)
        XCTAssertTrue(diagnostics.first?.message.contains("session,url") ?? false)
        XCTAssertTrue(diagnostics.first?.message.contains("from,to,sessions") ?? false)
        XCTAssertEqual(summary.files, 2)
        XCTAssertEqual(summary.rows, 1)
        XCTAssertEqual(counts.sessions(of: 1), 1)
    }

    func testHeaderIsCaseInsensitiveTrimmedAndColumnsInAnyOrder() throws {
        let fixture = UsageFixture()
        let path = fixture.file("visits.csv", "\u{FEFF}Time , URL,Session\r\nt,/barnetrygd/,s1\r\nt,/kontantstotte/,s1\r\n")
        let (counts, summary, diagnostics) = portal.load([path])
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(summary.rows, 2)
        XCTAssertEqual(counts.coSessions(1, 2), 1)
    }

    func testSessionsSpanSeveralFiles() throws {
        let fixture = UsageFixture()
        let first = fixture.file("a.csv", pageViewLog([("s1", ["/barnetrygd/"]), ("s2", ["/skattekort/"])]))
        let second = fixture.file("b.csv", pageViewLog([("s1", ["/kontantstotte/"]), ("s2", ["/barnetrygd/"])]))
        let (counts, summary, _) = portal.load([first, second])
        XCTAssertEqual(summary.files, 2)
        XCTAssertEqual(summary.sessions, 2)
        XCTAssertEqual(counts.coSessions(1, 2), 1)
        XCTAssertEqual(counts.coSessions(1, 3), 1)
        XCTAssertEqual(counts.sessions(of: 1), 2)
    }

    func testAggregatedPairsAddToPairsAndBothTotals() throws {
        let fixture = UsageFixture()
        let pairs = fixture.file("pairs.csv", "from,to,sessions\n/barnetrygd/,https://portal.example.no/kontantstotte,12\n/barnetrygd/,/ukjent/,3\n/barnetrygd/,/kontantstotte/,x\n")
        let views = fixture.file("views.csv", pageViewLog([("s1", ["/barnetrygd/", "/kontantstotte/"])]))
        let (counts, summary, diagnostics) = portal.load([pairs, views])
        XCTAssertEqual(counts.coSessions(1, 2), 13)
        XCTAssertEqual(counts.sessions(of: 1), 13)
        XCTAssertEqual(counts.sessions(of: 2), 13)
        XCTAssertEqual(summary.unknownPathRows, 1)
        XCTAssertEqual(summary.topUnknownPaths.first?.path, "/ukjent/")
        XCTAssertEqual(diagnostics.map { $0.location?.line }, [4])
    }

    func testRobotSessionsAreLeftOutWhole() throws {
        let fixture = UsageFixture()
        let names = (0 ..< 60).map { "side-\($0)" }
        let portal = UsagePortal(names: names)
        let log = pageViewLog([("bot", names.map { "/\($0)/" }), ("human", ["/side-0/", "/side-1/"])])
        let (counts, summary, _) = portal.load([fixture.file("visits.csv", log)])
        XCTAssertEqual(summary.robotSessions, 1)
        XCTAssertEqual(counts.sessions(of: 0), 1)
        XCTAssertEqual(counts.coSessions(0, 1), 1)
        XCTAssertEqual(counts.sessions(of: 5), 0)
    }

    func testUnreadableFileIsAWarning() {
        let (_, summary, diagnostics) = portal.load(["/nonexistent/visits.csv"])
        XCTAssertEqual(diagnostics.map(\.rule), ["usage-unreadable-file"])
        XCTAssertEqual(summary.files, 0)
    }

    func testInfoLines() throws {
        var summary = UsageSummary()
        summary.files = 1
        summary.rows = 20_050
        summary.sessions = 4_000
        summary.matchedRows = 19_609
        summary.unknownPathRows = 441
        summary.pairs = 1_234
        summary.pairsAboveThreshold = 56
        summary.topUnknownPaths = [("/gammel-side/", 41), ("/x/", 1)]
        XCTAssertEqual(summary.infoLines, [
            "usage: 20 050 rows in 1 file, 4 000 sessions, 97.8 % matched",
            "usage: rows not used: 441 for unknown paths",
            "usage: 1 234 page pairs, 56 seen in enough sessions to be shown",
            "usage: top unknown paths: /gammel-side/ (41 rows), /x/ (1 row)",
        ])
        XCTAssertEqual(UsageSummary().infoLines, [])
        XCTAssertEqual(UsageSummary.grouped(1_234_567), "1 234 567")
        XCTAssertEqual(UsageSummary.grouped(999), "999")
    }
}

final class UsageLoaderEdgeTests: XCTestCase {
    func testEmptySessionOrURLIsMalformed() {
        let fixture = UsageFixture()
        let portal = UsagePortal(names: ["forside", "barnetrygd"])
        let path = fixture.file("visits.csv", "session,url\n,/barnetrygd/\ns1,\ns2, \ns3,/barnetrygd/\n")
        let (_, summary, diagnostics) = portal.load([path])
        XCTAssertEqual(diagnostics.map { $0.location?.line }, [2, 3, 4])
        XCTAssertEqual(summary.rows, 1)
        XCTAssertEqual(summary.matchedRows, 1)
    }

    func testEmptyFileIsAWarning() {
        let fixture = UsageFixture()
        let path = fixture.file("empty.csv", "")
        let (_, summary, diagnostics) = UsagePortal(names: ["a"]).load([path])
        XCTAssertEqual(diagnostics.map(\.rule), ["usage-unknown-header"])
        XCTAssertEqual(summary.files, 1)
    }
}
