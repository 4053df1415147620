import Foundation
import XCTest
@testable import HidaCore

/// Each folder in `Fixtures/CheckSites/` is an overlay on the minimal site that trips one editorial rule
/// (or changes the rules' settings), with the exact diagnostics expected.
final class EditorialCheckTests: XCTestCase {
    static let cases = (try? FileManager.default.contentsOfDirectory(atPath: FixtureSite.fixtures + "/CheckSites"))?.sorted() ?? []

    func testEveryCheckSiteReportsExactlyItsDiagnostics() throws {
        XCTAssertGreaterThanOrEqual(Self.cases.count, 6)
        for name in Self.cases {
            let folder = FixtureSite.fixtures + "/CheckSites/" + name
            let site = try FixtureSite("minimal", overlays: [folder])
            defer { site.remove() }
            let report = site.check()
            FixtureSite.assertMatches(site.headlines(report), expectedFile: folder + "/expected-diagnostics.txt")
            XCTAssertEqual(report.exitCode, report.errorCount > 0 ? 1 : 0, name)
        }
    }

    func testAgencyFilterReportsOnlyThatAgencysFiles() throws {
        let site = try FixtureSite("minimal", overlays: [FixtureSite.fixtures + "/CheckSites/stale-content", FixtureSite.fixtures + "/InvalidSites/missing-key"])
        defer { site.remove() }
        var options = site.options
        options.agency = "skatteetaten"
        let report = SiteBuilder(options: options).check()
        let paths = Set(report.diagnostics.compactMap { $0.location?.path.replacingOccurrences(of: site.root + "/", with: "") })
        XCTAssertFalse(paths.isEmpty)
        XCTAssertTrue(paths.allSatisfy { $0.hasPrefix("Content/agencies/skatteetaten/") }, "\(paths)")
        XCTAssertEqual(report.exitCode, 0, "the nav page's error is not this agency's")
    }

    func testKeepGoingPublishesValidPagesAndLeavesOutBrokenOnes() throws {
        let site = try FixtureSite("minimal", overlays: [FixtureSite.fixtures + "/InvalidSites/missing-key"])
        defer { site.remove() }
        var options = site.options
        options.keepGoing = true
        let report = SiteBuilder(options: options).build()
        XCTAssertEqual(report.exitCode, 1, "the exit code still says something was wrong")
        XCTAssertTrue(report.published)
        XCTAssertEqual(report.leftOut.map { $0.replacingOccurrences(of: site.root + "/", with: "") }, ["Content/agencies/nav/familie/barnetrygd.md"])
        XCTAssertTrue(site.read("skattekort/index.html").contains("<h1>Skattekort</h1>"))
        XCTAssertEqual(site.read("barnetrygd/index.html"), "", "the broken page is left out")
        XCTAssertEqual(site.read("en/child-benefit/index.html"), "", "and so are its translations")
        let headlines = site.headlines(report, minimum: .error)
        XCTAssertTrue(headlines.contains("Content/agencies/skatteetaten/skattekort.md:7:39: error: link to \"/barnetrygd/\", which is not a page of this portal [broken-link]"), "\(headlines)")
    }

    func testReportCollectsThePortalsFindingsPerAgency() throws {
        let site = try FixtureSite("minimal", overlays: [FixtureSite.fixtures + "/CheckSites/stale-content", FixtureSite.fixtures + "/CheckSites/content-accessibility"])
        defer { site.remove() }
        let report = SiteBuilder(options: site.options).report(into: site.root + "/Report")
        XCTAssertTrue(report.published)
        let files = FileWalker.files(under: site.root + "/Report")
        XCTAssertEqual(files, ["etater/nav.html", "etater/skatteetaten.html", "index.html", "report.css", "report.json"])
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: site.root + "/Report/report.json"))) as? [String: Any])
        let agencies = try XCTUnwrap(json["agencies"] as? [[String: Any]])
        let skatteetaten = try XCTUnwrap(agencies.first { $0["id"] as? String == "skatteetaten" })
        XCTAssertEqual(skatteetaten["stalePages"] as? Int ?? skatteetaten["stale_pages"] as? Int, 2)
        let findings = try XCTUnwrap((skatteetaten["accessibilityFindings"] ?? skatteetaten["accessibility_findings"]) as? [String: Int])
        XCTAssertEqual(findings["image-alt"], 1)
        XCTAssertEqual(findings["vague-link-text"], 1)
    }

    func testWithoutKeepGoingErrorsStillFailTheBuild() throws {
        let site = try FixtureSite("minimal", overlays: [FixtureSite.fixtures + "/InvalidSites/missing-key"])
        defer { site.remove() }
        let report = site.build()
        XCTAssertFalse(report.published)
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.root + "/Site"))
    }
}
