import Foundation
import XCTest
@testable import HidaCore

/// A theme page shows each word's pages as a preview that links to the word's page, where all of them are listed.
final class TopicPreviewTests: XCTestCase {
    func testLongWordGroupIsCutToAPreviewWithALinkToTheWordPage() throws {
        let site = try FixtureSite("minimal")
        defer { site.remove() }
        // Thirteen more pages about the word "skattekort", so that its group holds 14 pages.
        for number in 1 ... 13 {
            let text = "---\ntitle: Skattekortside \(number)\ndescription: Side \(number) om skattekort.\ntopics: [skattekort]\nupdated: 2026-02-01\n---\nTekst om skattekort nummer \(number).\n"
            try text.write(toFile: site.root + "/Content/agencies/skatteetaten/side-\(number).md", atomically: false, encoding: .utf8)
        }
        let report = site.build()
        XCTAssertTrue(report.published, site.headlines(report, minimum: .error).joined(separator: "\n"))

        let theme = site.read("tema/skatt-og-avgift/index.html")
        let group = try XCTUnwrap(theme.range(of: "/emne/skattekort/\">Skattekort</a></h3>").map { theme[$0.upperBound...] })
        let list = group[..<(group.range(of: "</ul>")?.lowerBound ?? group.endIndex)]
        XCTAssertEqual(list.components(separatedBy: "class=\"page-list-title\"").count - 1, PageSummary.previewLength)
        XCTAssertTrue(group.contains("<p class=\"group-more\"><a href=\"/emne/skattekort/\">Alle sidene om Skattekort</a> <span class=\"count\">(14)</span></p>"))

        let word = site.read("emne/skattekort/index.html")
        XCTAssertEqual(word.components(separatedBy: "class=\"page-list-title\"").count - 1, 14, "the word page lists every page")
        XCTAssertFalse(word.contains("group-more"))
    }

    func testShortGroupHasNoLink() throws {
        let site = try FixtureSite("minimal")
        defer { site.remove() }
        XCTAssertTrue(site.build().published)
        XCTAssertFalse(site.read("tema/skatt-og-avgift/index.html").contains("group-more"))
    }
}
