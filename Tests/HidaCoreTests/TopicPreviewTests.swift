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

    func testPreviewOfALargeGroupShowsTheFirstPagesInNorwegianOrder() throws {
        let site = try FixtureSite("minimal")
        defer { site.remove() }
        // 60 pages, enough for the preview to pick its 10 without sorting the group; titles in shuffled order,
        // with æ, ø and å, which sort after z.
        let names = ["Ål", "Øy", "Æble", "Zebra", "Aa", "Bjørn", "Ørn", "Å", "Ære", "Ask"]
        for number in 0 ..< 60 {
            let title = "\(names[(number * 7) % names.count]) \(String(format: "%02d", (number * 37) % 60))"
            let text = "---\ntitle: \(title)\ndescription: Om skattekort.\ntopics: [skattekort]\nupdated: 2026-02-01\n---\nTekst \(number).\n"
            try text.write(toFile: site.root + "/Content/agencies/skatteetaten/mange-\(number).md", atomically: false, encoding: .utf8)
        }
        let report = site.build()
        XCTAssertTrue(report.published, site.headlines(report, minimum: .error).joined(separator: "\n"))

        func titles(_ html: Substring) -> [String] {
            // <p class="page-list-title"><a href="…">Title</a></p>
            html.components(separatedBy: "class=\"page-list-title\"><a ").dropFirst().compactMap { part in
                guard let start = part.range(of: ">"), let end = part.range(of: "</a>") else { return nil }
                return String(part[start.upperBound ..< end.lowerBound])
            }
        }
        let theme = site.read("tema/skatt-og-avgift/index.html")
        let group = try XCTUnwrap(theme.range(of: "/emne/skattekort/\">Skattekort</a></h3>").map { theme[$0.upperBound...] })
        let preview = titles(group[..<(group.range(of: "</ul>")?.lowerBound ?? group.endIndex)])
        let word = site.read("emne/skattekort/index.html")
        let all = titles(word[...])
        XCTAssertEqual(all.count, 61)
        XCTAssertEqual(preview.count, PageSummary.previewLength)
        XCTAssertEqual(preview, Array(all.prefix(PageSummary.previewLength)), "the preview is the start of the full list")
        XCTAssertEqual(Array(all.prefix(3)), ["Aa 04", "Aa 14", "Aa 24"], "full list: \(all)")
        let firstOf = { (letter: String) in all.firstIndex { $0.hasPrefix(letter) } ?? -1 }
        XCTAssertTrue(firstOf("Zebra") < firstOf("Æ") && firstOf("Æ") < firstOf("Ø") && firstOf("Ø") < firstOf("Å"), "\(all)")
        XCTAssertEqual(preview.last, all[PageSummary.previewLength - 1])
    }

    func testShortGroupHasNoLink() throws {
        let site = try FixtureSite("minimal")
        defer { site.remove() }
        XCTAssertTrue(site.build().published)
        XCTAssertFalse(site.read("tema/skatt-og-avgift/index.html").contains("group-more"))
    }
}
