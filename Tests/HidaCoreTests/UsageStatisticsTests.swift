import XCTest
import HidaCore

/// The public entry point the benchmark harness uses: only through `import HidaCore`, as an outside program would.
final class UsageStatisticsTests: XCTestCase {
    func testLoadsTheCSVFilesOfAFolderWithPathsAndAliases() throws {
        let fixture = UsageFixture()
        fixture.file("a.csv", "session,url\ns1,/barnetrygd/\ns1,https://portal.example.no/kontantstotte\ns2,/familie/barnetrygd/\ns2,/ukjent/\n")
        fixture.file("b.csv", "session,url,time\ns3,/en/child-benefit/?x=1,t\ns1,/barnetrygd/,t\nbad\"row,/x/,t\n")
        fixture.file("notes.txt", "not a log")
        try FileManager.default.createDirectory(atPath: fixture.folder + "/old", withIntermediateDirectories: true)
        fixture.file("old/c.csv", "session,url\ns9,/barnetrygd/\n")
        let report = UsageStatistics.load(
            folder: fixture.folder, baseURL: "https://portal.example.no/",
            pagePaths: ["/barnetrygd/", "/kontantstotte/", "/en/child-benefit/", "/barnetrygd/"],
            aliases: ["/familie/barnetrygd/": "/barnetrygd/", "/gone/": "/not-a-page/"], minSessions: 1)
        XCTAssertEqual(report.files, 2)
        XCTAssertEqual(report.rows, 6)
        XCTAssertEqual(report.malformedRows, 1)
        XCTAssertEqual(report.matchedRows, 5)
        XCTAssertEqual(report.unknownPathRows, 1)
        XCTAssertEqual(report.otherHostRows, 0)
        XCTAssertEqual(report.sessions, 3)
        XCTAssertEqual(report.robotSessions, 0)
        XCTAssertEqual(report.targetsSeen, 3)
        XCTAssertEqual(report.pairs, 1)
        XCTAssertEqual(report.pairsAboveThreshold, 1)
        XCTAssertEqual(report.diagnostics.map(\.rule), ["usage-malformed-row"])
        XCTAssertEqual(report.infoLines.first, "usage: 6 rows in 2 files, 3 sessions, 83.3 % matched")
    }

    func testAMissingFolderLoadsNothing() {
        let report = UsageStatistics.load(folder: "/nonexistent/usage", baseURL: "https://portal.example.no/", pagePaths: ["/a/"])
        XCTAssertEqual(report.files, 0)
        XCTAssertEqual(report.rows, 0)
        XCTAssertEqual(report.infoLines, [])
    }
}
