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
            let table = try XCTUnwrap(PageSummaryTable(context: context, language: language))
            for index in context.portal.pages.indices {
                let made = PageSummary.entry(ofPageAt: index, in: language, context: context)
                XCTAssertEqual(table.entry(ofPageAt: index, in: language), made, "\(context.portal.pages[index].sourcePath) in \(language)")
            }
            for other in languages where other != language {
                XCTAssertNil(table.entry(ofPageAt: 0, in: other), "a table holds the entries of its own language only")
            }
        }
    }

    func testEntriesNameTheAgencyInTheListsLanguageAndMarkAnotherPagesLanguage() throws {
        let site = try FixtureSite("minimal")
        defer { site.remove() }
        var captured: RenderContext?
        _ = SiteBuilder(options: site.options).build { _, _, _, context in captured = context }
        let context = try XCTUnwrap(captured)
        let pages = context.portal.pages
        let index = try XCTUnwrap(pages.indices.first { pages[$0].language == "nb" })
        let english = try XCTUnwrap(PageSummaryTable(context: context, language: "en"))
        guard case .object(let inEnglish)? = english.entry(ofPageAt: index, in: "en") else { return XCTFail("an object") }
        XCTAssertEqual(inEnglish["lang"], .text("nb"), "a bokmål page in an English list says its language")
        XCTAssertEqual(inEnglish["agency_name"], .text(context.agencyName(pages[index].agency, "en")))
        let bokmal = try XCTUnwrap(PageSummaryTable(context: context, language: "nb"))
        guard case .object(let inBokmal)? = bokmal.entry(ofPageAt: index, in: "nb") else { return XCTFail("an object") }
        XCTAssertEqual(inBokmal["lang"], .null)
    }
}
