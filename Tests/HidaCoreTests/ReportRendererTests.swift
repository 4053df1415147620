import Foundation
import XCTest
@testable import HidaCore

final class ReportRendererTests: XCTestCase {
    func testRendersTheExpectedFilesInOrder() {
        let paths = ReportRenderer.render(.sample).map(\.path)
        XCTAssertEqual(paths, ["index.html", "etater/nav.html", "etater/skatteetaten.html", "etater/vegvesen.html", "report.json", "report.css"])
    }

    func testOutputIsDeterministic() {
        let first = ReportRenderer.render(.sample)
        let second = ReportRenderer.render(.sample)
        XCTAssertEqual(first.map(\.path), second.map(\.path))
        XCTAssertEqual(first.map(\.contents), second.map(\.contents))
    }

    func testEveryPageHasOneH1LanguageLandmarksAndNoInlineScriptOrStyle() {
        for (path, html) in ReportTestSupport.render() where path.hasSuffix(".html") {
            XCTAssertEqual(ReportTestSupport.occurrences(of: "<h1", in: html), 1, path)
            XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nb\">"), path)
            XCTAssertFalse(html.contains("style="), path)
            XCTAssertFalse(html.lowercased().contains("<script"), path)
            XCTAssertFalse(html.contains("<style"), path)
            XCTAssertFalse(html.contains("http://") && !html.contains("http://www.w3.org/2000/svg"), path)
            XCTAssertFalse(html.contains("https://"), path)
            for landmark in ["<header", "<nav", "<main", "<footer", "class=\"skip-link\" href=\"#innhold\""] {
                XCTAssertTrue(html.contains(landmark), "\(path) lacks \(landmark)")
            }
            XCTAssertTrue(html.contains("Content-Security-Policy"), path)
        }
    }

    func testStylesheetIsLinkedRelatively() throws {
        let files = ReportTestSupport.render()
        XCTAssertTrue(try XCTUnwrap(files["index.html"]).contains("href=\"report.css\""))
        XCTAssertTrue(try XCTUnwrap(files["etater/nav.html"]).contains("href=\"../report.css\""))
        XCTAssertTrue(try XCTUnwrap(files["etater/nav.html"]).contains("href=\"../index.html\""))
        XCTAssertTrue(try XCTUnwrap(files["report.css"]).contains("prefers-color-scheme: dark"))
    }

    func testEveryTableHasCaptionAndScopedHeadersInALabelledScrollRegion() {
        for (path, html) in ReportTestSupport.render() where path.hasSuffix(".html") {
            let tables = ReportTestSupport.elements(in: html, open: "<table", close: "</table>")
            XCTAssertFalse(tables.isEmpty, path)
            for table in tables {
                XCTAssertTrue(table.contains("<caption id="), path)
                XCTAssertFalse(table.contains("<th>"), "\(path): a th without scope")
            }
            XCTAssertEqual(ReportTestSupport.occurrences(of: "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=", in: html),
                           tables.count, path)
        }
    }

    func testEverySVGParsesAsXMLAndHasAnAccessibleTitle() {
        var count = 0
        for (path, html) in ReportTestSupport.render() where path.hasSuffix(".html") {
            for svg in ReportTestSupport.elements(in: html, open: "<svg", close: "</svg>") {
                count += 1
                let result = ReportTestSupport.parseXML(svg)
                XCTAssertTrue(result.ok, "\(path): \(result.error)")
                XCTAssertTrue(svg.contains("role=\"img\" aria-labelledby=\""), path)
                XCTAssertTrue(svg.contains("<title id=\""), path)
            }
        }
        // Overview: agencies, languages, LIX, findings; each agency: languages, LIX, findings (when it has any).
        XCTAssertGreaterThanOrEqual(count, 4 + 3 * 2)
    }

    func testJSONParsesAndCarriesTheData() throws {
        let json = try XCTUnwrap(ReportTestSupport.render()["report.json"])
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let sample = EditorialReportData.sample
        XCTAssertEqual(object["portalTitle"] as? String, sample.portalTitle)
        let totals = try XCTUnwrap(object["totals"] as? [String: Any])
        XCTAssertEqual(totals["pages"] as? Int, sample.totals.pages)
        XCTAssertEqual((totals["pagesPerLanguage"] as? [String: Int])?["nn"], sample.totals.pagesPerLanguage["nn"])
        let agencies = try XCTUnwrap(object["agencies"] as? [[String: Any]])
        XCTAssertEqual(agencies.map { $0["id"] as? String }, sample.agencies.map(\.id))
        XCTAssertEqual((agencies[0]["lix"] as? [Double])?.count, sample.agencies[0].lix.count)
        XCTAssertTrue(json.hasPrefix("{\n  \"portalTitle\": "))
        XCTAssertTrue(json.contains("\"lix\": null"), "the Bompenger page has no LIX")
    }

    func testAgencyTableNumbersMatchTheData() throws {
        let html = try XCTUnwrap(ReportTestSupport.render()["index.html"])
        let table = try XCTUnwrap(ReportTestSupport.elements(in: html, open: "<table id=\"etater-tabell\"", close: "</table>").first)
        for agency in EditorialReportData.sample.agencies {
            let row = try XCTUnwrap(ReportTestSupport.elements(in: table, open: "<tr><th scope=\"row\"><a href=\"etater/\(agency.id).html\">", close: "</tr>").first,
                                    agency.name)
            let cells = ReportTestSupport.elements(in: row, open: "<td class=\"numeric\">", close: "</td>")
                .map { $0.dropFirst("<td class=\"numeric\">".count).dropLast("</td>".count) }
            let percent = { (part: Int) in "\(Int((Double(part) / Double(agency.pageCount) * 100).rounded()))\u{00A0}%" }
            XCTAssertEqual(cells.map(String.init), [
                "\(agency.pageCount)", "\(agency.stalePages)", percent(agency.stalePages),
                percent(agency.translated["nn"] ?? 0), percent(agency.translated["en"] ?? 0),
                ReportFormatting.lix(ReportIndexPage.median(agency.lix)),
                "\(agency.accessibilityFindings.values.reduce(0, +))", "\(agency.conflicts.count)", "\(agency.duplicates.count)",
            ], agency.name)
        }
    }

    func testKeyFiguresAndWorstPagesMatchTheData() throws {
        let html = try XCTUnwrap(ReportTestSupport.render()["index.html"])
        let sample = EditorialReportData.sample
        XCTAssertTrue(html.contains("<dt>Sider</dt><dd>\(sample.totals.pages)</dd>"))
        XCTAssertTrue(html.contains("<dt>Tilgjengelighetsfunn</dt><dd>\(sample.totals.accessibilityFindings)</dd>"))
        let table = try XCTUnwrap(ReportTestSupport.elements(in: html, open: "<table id=\"rett-forst-tabell\"", close: "</table>").first)
        XCTAssertEqual(ReportTestSupport.occurrences(of: "<tr><th scope=\"row\">", in: table), sample.worstPages.count)
        for page in sample.worstPages {
            XCTAssertTrue(table.contains(ReportEscaping.markup(page.title)), page.title)
        }
    }

    func testAgencyPagesTableMatchesTheData() throws {
        let files = ReportTestSupport.render()
        for agency in EditorialReportData.sample.agencies {
            let html = try XCTUnwrap(files["etater/\(agency.id).html"])
            let table = try XCTUnwrap(ReportTestSupport.elements(in: html, open: "<table id=\"sider-tabell\"", close: "</table>").first)
            let rows = ReportTestSupport.elements(in: table, open: "<tr><th scope=\"row\">", close: "</tr>")
            XCTAssertEqual(rows.count, agency.pages.count)
            for (row, page) in zip(rows, agency.pages) {
                XCTAssertTrue(row.contains(ReportEscaping.markup(page.title)))
                XCTAssertTrue(row.contains("<td class=\"numeric\">\(ReportFormatting.lix(page.lix))</td>"), page.title)
                XCTAssertTrue(row.contains("<td class=\"numeric\">\(page.errors)</td><td class=\"numeric\">\(page.warnings)</td>"), page.title)
                XCTAssertEqual(row.contains("flag-stale"), page.isStale, page.title)
            }
        }
    }

    func testLixHistogramAndTableAgree() throws {
        let html = try XCTUnwrap(ReportTestSupport.render()["etater/nav.html"])
        let nav = try XCTUnwrap(EditorialReportData.sample.agencies.first { $0.id == "nav" })
        let distribution = LixDistribution(nav.lix)
        let table = try XCTUnwrap(ReportTestSupport.elements(in: html, open: "<table id=\"lix-tabell\"", close: "</table>").first)
        let svg = try XCTUnwrap(ReportTestSupport.elements(in: html, open: "<svg class=\"chart histogram\"", close: "</svg>").first)
        for (band, count) in zip(LixDistribution.bands, distribution.counts) {
            XCTAssertTrue(table.contains("<th scope=\"row\">\(band.label)</th><td>\(band.meaning)</td><td class=\"numeric\">\(count)</td>"), band.label)
        }
        let values = ReportTestSupport.elements(in: svg, open: "<text class=\"chart-value\"", close: "</text>")
            .compactMap { $0.split(separator: ">").last?.split(separator: "<").first.map(String.init) }
        XCTAssertEqual(values, distribution.counts.map(String.init))
    }

    func testStatementSectionGroupsFindingsBySuccessCriterion() throws {
        let html = try XCTUnwrap(ReportTestSupport.render()["etater/nav.html"])
        let statement = try XCTUnwrap(ReportTestSupport.elements(in: html, open: "<div class=\"statement\">", close: "</div>").first)
        let headings = ReportTestSupport.elements(in: statement, open: "<h3>", close: "</h3>")
        XCTAssertEqual(headings, [
            "<h3>1.1.1 Ikke-tekstlig innhold (nivå A)</h3>",
            "<h3>1.3.1 Informasjon og relasjoner (nivå A)</h3>",
            "<h3>2.4.4 Formål med lenke (i kontekst) (nivå A)</h3>",
        ])
        XCTAssertTrue(statement.contains("Dagpenger når du er permittert (/dagpenger/)"))
        let vegvesen = try XCTUnwrap(ReportTestSupport.render()["etater/vegvesen.html"])
        XCTAssertTrue(vegvesen.contains("id=\"erklaering\""))
    }

    func testHostileTextIsEscapedEverywhere() throws {
        let data = EditorialReportData.hostileSample
        let files = ReportRenderer.render(data)
        XCTAssertEqual(files[1].path, "etater/-b-.html")
        for file in files {
            XCTAssertFalse(file.path.contains(".."), file.path)
            guard file.path.hasSuffix(".html") else { continue }
            XCTAssertFalse(file.contents.lowercased().contains("<script"), file.path)
            XCTAssertFalse(file.contents.contains("<img"), file.path)
            XCTAssertFalse(file.contents.contains("<tegn>"), file.path)
            XCTAssertFalse(file.contents.contains("\u{0001}"), file.path)
            XCTAssertEqual(ReportTestSupport.occurrences(of: "<h1", in: file.contents), 1, file.path)
            for svg in ReportTestSupport.elements(in: file.contents, open: "<svg", close: "</svg>") {
                let result = ReportTestSupport.parseXML(svg)
                XCTAssertTrue(result.ok, "\(file.path): \(result.error)")
            }
        }
        let index = try XCTUnwrap(files.first { $0.path == "index.html" }?.contents)
        XCTAssertTrue(index.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;"))
        XCTAssertTrue(index.contains("href=\"etater/-b-.html\""))
        let json = try XCTUnwrap(files.first { $0.path == "report.json" }?.contents)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let agencies = object?["agencies"] as? [[String: Any]]
        XCTAssertEqual(agencies?.first?["name"] as? String, data.agencies[0].name)
        XCTAssertEqual(((agencies?.first?["pages"] as? [[String: Any]])?.first?["title"]) as? String, data.agencies[0].pages[0].title)
    }

    func testAbsurdNumbersDoNotCrashAndStayParseable() throws {
        var data = EditorialReportData.sample
        data.agencies[0].lix = [.nan, .infinity, -.infinity, -5, 1e300]
        data.agencies[0].pageCount = Int.max
        data.agencies[0].stalePages = -3
        data.agencies[0].translated = ["nn": Int.min, "en": Int.max]
        data.agencies[0].accessibilityFindings = ["image-alt": Int.max, "unknown-rule": 2, "file-link": -1]
        data.agencies[0].pages[0].lix = .nan
        data.agencies[1].pageCount = 0
        data.totals.pages = 0
        data.languages = []
        let files = ReportRenderer.render(data)
        XCTAssertEqual(files.count, 6)
        for file in files where file.path.hasSuffix(".html") {
            for svg in ReportTestSupport.elements(in: file.contents, open: "<svg", close: "</svg>") {
                XCTAssertTrue(ReportTestSupport.parseXML(svg).ok, file.path)
                XCTAssertFalse(svg.contains("nan") || svg.contains("inf"), file.path)
            }
        }
        let json = try XCTUnwrap(files.first { $0.path == "report.json" }?.contents)
        XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(json.utf8)))
    }

    func testEmptyReportRenders() {
        let data = EditorialReportData(
            portalTitle: "", date: "", languages: [],
            totals: ReportTotals(pages: 0, agencies: 0, errors: 0, warnings: 0, stalePages: 0, conflicts: 0, duplicates: 0,
                                 accessibilityFindings: 0, pagesPerLanguage: [:]),
            agencies: [], worstPages: [], sharedFacts: [])
        let files = ReportRenderer.render(data)
        XCTAssertEqual(files.map(\.path), ["index.html", "report.json", "report.css"])
        XCTAssertEqual(ReportTestSupport.occurrences(of: "<h1", in: files[0].contents), 1)
    }
}
