import Foundation
import XCTest
@testable import HidaCore

/// Each folder in `Fixtures/InvalidSites/` is an overlay on the minimal site with one kind of mistake,
/// and an `expected-diagnostics.txt` with the exact lines an author must see.
final class InvalidSiteTests: XCTestCase {
    static let cases = (try? FileManager.default.contentsOfDirectory(atPath: FixtureSite.fixtures + "/InvalidSites"))?.sorted() ?? []

    func testEveryInvalidSiteReportsExactlyItsDiagnostics() throws {
        XCTAssertGreaterThanOrEqual(Self.cases.count, 8)
        for name in Self.cases {
            let folder = FixtureSite.fixtures + "/InvalidSites/" + name
            let site = try FixtureSite("minimal", overlays: [folder])
            defer { site.remove() }
            let report = site.check()
            XCTAssertEqual(report.exitCode, 1, "\(name): content errors give exit code 1")
            FixtureSite.assertMatches(site.headlines(report), expectedFile: folder + "/expected-diagnostics.txt")
        }
    }

    func testFailedBuildWritesNoSite() throws {
        for name in Self.cases {
            let site = try FixtureSite("minimal", overlays: [FixtureSite.fixtures + "/InvalidSites/" + name])
            defer { site.remove() }
            XCTAssertEqual(site.build().exitCode, 1, name)
            XCTAssertFalse(FileManager.default.fileExists(atPath: site.root + "/Site"), "\(name): nothing half-written")
        }
    }
}
