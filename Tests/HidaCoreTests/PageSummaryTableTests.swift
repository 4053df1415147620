import Foundation
import XCTest
@testable import HidaCore
import Templates

/// The list entries made ahead for the topic, agency and audience pages are the entries those pages would make.
final class PageSummaryTableTests: XCTestCase {
    func testEveryEntryIsTheOneMadeWhereItIsShown() throws {
        let site = try FixtureSite("minimal")
        defer { site.remove() }
        var captured: RenderContext?
        let report = SiteBuilder(options: site.options).build { _, _, _, context in captured = context }
        XCTAssertTrue(report.published, site.headlines(report, minimum: .error).joined(separator: "\n"))
        let context = try XCTUnwrap(captured)
        let languages = context.configuration.languages
        XCTAssertGreaterThan(languages.count, 1, "the fixture has more than one language")
        XCTAssertFalse(context.portal.pages.isEmpty)
        for language in languages {
            let table = PageSummaryTable(context: context, language: language)
            for index in context.portal.pages.indices {
                let made = PageSummary.entry(ofPageAt: index, in: language, context: context)
                XCTAssertEqual(table.entry(ofPageAt: index, in: language), made, "\(context.portal.pages[index].sourcePath) in \(language)")
            }
            for other in languages where other != language {
                XCTAssertNil(table.entry(ofPageAt: 0, in: other), "a table holds the entries of its own language only")
            }
        }
    }

    /// Large portals make no tables and render the listing pages in one round: the files must be the same.
    func testRenderingWithAndWithoutTablesWritesTheSameFiles() throws {
        let site = try FixtureSite("minimal")
        defer { site.remove() }
        var captured: (Portal, RenderContext)?
        _ = SiteBuilder(options: site.options).build { portal, _, _, context in captured = context.map { (portal, $0) } }
        let (portal, context) = try XCTUnwrap(captured)
        let renderer = SiteRenderer(portal: portal, theme: context.theme)
        var trees: [[String: Data]] = []
        for limit in [Int.max, 0] {
            let folder = site.root + "/rendered-\(limit)"
            let (count, diagnostics) = renderer.render(into: LiveSink(root: folder), context: context, contentPages: true, summaryPageLimit: limit)
            XCTAssertEqual(diagnostics.filter { $0.severity == .error }.count, 0)
            var files: [String: Data] = [:]
            for relative in FileWalker.files(under: folder) {
                files[relative] = FileManager.default.contents(atPath: folder + "/" + relative)
            }
            XCTAssertEqual(files.count, count, "limit \(limit)")
            trees.append(files)
        }
        XCTAssertTrue(trees[0].keys.contains("emne/skattekort/index.html"), "topic pages are among the files")
        XCTAssertEqual(trees[0], trees[1])
    }

    func testEntriesNameTheAgencyInTheListsLanguageAndMarkAnotherPagesLanguage() throws {
        let site = try FixtureSite("minimal")
        defer { site.remove() }
        var captured: RenderContext?
        _ = SiteBuilder(options: site.options).build { _, _, _, context in captured = context }
        let context = try XCTUnwrap(captured)
        let pages = context.portal.pages
        let index = try XCTUnwrap(pages.indices.first { pages[$0].language == "nb" })
        let english = PageSummaryTable(context: context, language: "en")
        guard case .object(let inEnglish)? = english.entry(ofPageAt: index, in: "en") else { return XCTFail("an object") }
        XCTAssertEqual(inEnglish["lang"], .text("nb"), "a bokmål page in an English list says its language")
        XCTAssertEqual(inEnglish["agency_name"], .text(context.agencyName(pages[index].agency, "en")))
        let bokmal = PageSummaryTable(context: context, language: "nb")
        guard case .object(let inBokmal)? = bokmal.entry(ofPageAt: index, in: "nb") else { return XCTFail("an object") }
        XCTAssertEqual(inBokmal["lang"], .null)
    }
}
