import Foundation
import XCTest
@testable import HidaCore

/// "Users who read this also read" on the minimal fixture (min_sessions: 2) with a small hand-made log.
final class AlsoVisitedSiteTests: XCTestCase {
    var site: FixtureSite!
    var report: BuildReport!

    override func setUpWithError() throws {
        site = try FixtureSite("minimal")
        try FileManager.default.removeItem(atPath: site.root + "/Content/usage/visits.csv")
        try FileManager.default.copyItem(atPath: FixtureSite.fixtures + "/UsageLogs/visits.csv", toPath: site.root + "/Content/usage/visits.csv")
        report = site.build()
        XCTAssertEqual(report.exitCode, 0)
    }

    override func tearDown() {
        site.remove()
    }

    func testPairSeenInTwoSessionsIsShownBothWays() {
        // Sessions a and b saw barnetrygd and soke-barnetrygd (b through the alias and a missing slash).
        XCTAssertTrue(site.read("barnetrygd/index.html").contains("<li><a href=\"/soke-barnetrygd/\">Søke barnetrygd</a>"))
        XCTAssertTrue(site.read("soke-barnetrygd/index.html").contains("<li><a href=\"/barnetrygd/\">Barnetrygd</a>"))
    }

    func testPairBelowThePrivacyThresholdIsNeverShown() {
        // Only session c saw barnetrygd and skattekort: one session is below min_sessions 2.
        XCTAssertFalse(site.read("barnetrygd/index.html").contains("<li><a href=\"/skattekort/\">"))
        XCTAssertFalse(site.read("skattekort/index.html").contains("also-read"))
    }

    /// The "also read" box of a page, or "" when it has none.
    private func box(_ path: String) -> String {
        let html = site.read(path)
        guard let start = html.range(of: "<aside class=\"also-read\""), let end = html[start.upperBound...].range(of: "</aside>") else { return "" }
        return String(html[start.lowerBound..<end.upperBound])
    }

    func testNavigationPagesAndOtherLanguagesAreNeverLinked() {
        let html = box("barnetrygd/index.html")
        XCTAssertFalse(html.isEmpty)
        XCTAssertFalse(html.contains("<li><a href=\"/\">"))
        XCTAssertFalse(html.contains("<li><a href=\"/sok/\">"))
        XCTAssertFalse(site.read("en/child-benefit/index.html").contains("also-read"), "one session only, and the journey is bokmål")
    }

    func testUsageSummaryAndMalformedRowsAreReported() {
        let lines = site.headlines(report, minimum: .info)
        XCTAssertTrue(lines.contains { $0.hasPrefix("Content/usage/visits.csv:16:1: warning: malformed CSV row skipped") }, "\(lines)")
        XCTAssertTrue(lines.contains { $0.contains("info: usage: ") && $0.contains("6 sessions") || $0.contains("5 sessions") }, "\(lines)")
        XCTAssertTrue(lines.contains { $0.contains("/gammel/side/") }, "unknown paths are listed for editors")
    }

    func testAPIListsTheLinks() throws {
        let pages = try XCTUnwrap((try JSONSerialization.jsonObject(with: Data(site.read("api/v1/pages.json").utf8)) as? [String: Any])?["items"] as? [[String: Any]])
        let barnetrygd = try XCTUnwrap(pages.first { $0["identifier"] as? String == "https://test.example.no/barnetrygd/" })
        XCTAssertEqual(barnetrygd["also_read"] as? [String], ["https://test.example.no/soke-barnetrygd/"])
    }
}
