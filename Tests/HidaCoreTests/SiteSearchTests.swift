import Foundation
import XCTest
@testable import HidaCore

/// Search over the index the build writes for the minimal fixture, evaluated the way search.js does.
final class SiteSearchTests: XCTestCase {
    var site: FixtureSite!

    override func setUpWithError() throws {
        site = try FixtureSite("minimal")
        XCTAssertEqual(site.build().exitCode, 0)
    }

    override func tearDown() {
        site.remove()
    }

    private func query(_ text: String, language: String = "nb") throws -> [String] {
        var files: [String: String] = [:]
        for file in site.outputFiles() where file.hasPrefix("search/\(language)/") {
            files["/" + file] = site.read(file)
        }
        let query = try XCTUnwrap(SearchQuery(files: files, base: "/search/\(language)/"))
        return query.results(for: text).map(\.url)
    }

    func testTitleMatchRanksFirstAndServiceIsFound() throws {
        XCTAssertEqual(Set(try query("barnetrygd").prefix(2)), ["/barnetrygd/", "/soke-barnetrygd/"], "the two title matches first")
        XCTAssertEqual(try query("penger barn").first, "/barnetrygd/", "a description match")
        XCTAssertTrue(try query("søke").contains("/soke-barnetrygd/"))
    }

    func testFoldedSpellingAndPrefixFindNorwegianWords() throws {
        XCTAssertTrue(try query("soke barnetrygd").contains("/soke-barnetrygd/"), "ø typed as o")
        XCTAssertEqual(try query("skattek").first, "/skattekort/", "prefix of the last word")
    }

    func testHiddenLabelFindsTheTaggedPage() throws {
        XCTAssertTrue(try query("trygd for barn").contains("/barnetrygd/"), "the LOS hidden label of ord/barnetrygd")
    }

    func testEachLanguageHasItsOwnIndex() throws {
        XCTAssertTrue(try query("child benefit", language: "en").prefix(2).contains("/en/child-benefit/"))
        XCTAssertTrue(try query("skattekort", language: "nn").contains("/nn/skattekort/"))
        XCTAssertTrue(try query("barnetrygd", language: "nn").contains("/barnetrygd/"), "nynorsk search also finds bokmål pages without a nynorsk version")
    }

    func testSearchPageWorksWithoutJavaScriptAndLoadsTheScript() {
        let html = site.read("sok/index.html")
        XCTAssertTrue(html.contains("data-search-index=\"/search/nb/\""))
        XCTAssertTrue(html.contains("<label for=\"search-input\">"))
        XCTAssertTrue(html.contains("role=\"status\" aria-live=\"polite\""))
        XCTAssertTrue(html.contains("Søket trenger JavaScript"))
        XCTAssertTrue(html.contains("<script src=\"/assets/search.js\" defer></script>"))
    }

    /// The scripts a page loads with `<script src>`, in document order.
    private func scripts(of html: String) -> [String] {
        html.components(separatedBy: "<script src=\"").dropFirst().compactMap { $0.split(separator: "\"", maxSplits: 1).first.map(String.init) }
    }

    func testEachSearchPageLoadsItsOwnStemmerBeforeTheScript() {
        for (page, stemmer) in [("sok/index.html", "no"), ("nn/sok/index.html", "no"), ("en/search/index.html", "en")] {
            XCTAssertEqual(scripts(of: site.read(page)), ["/assets/search-stem-\(stemmer).js", "/assets/search.js"], page)
        }
    }

    /// Issue 8: the search page's script stays small. Counts every script file the page loads, uncompressed.
    func testSearchPageLoadsAtMost10KBOfScriptInEveryLanguage() throws {
        for page in ["sok/index.html", "nn/sok/index.html", "en/search/index.html"] {
            let sources = scripts(of: site.read(page))
            XCTAssertFalse(sources.isEmpty, page)
            var bytes = 0
            for source in sources {
                XCTAssertTrue(source.hasPrefix("/assets/"), "\(page): \(source)")
                let size = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: site.root + "/Site" + source)[.size] as? Int, "\(page): \(source)")
                bytes += size
            }
            XCTAssertLessThanOrEqual(bytes, 10_240, "\(page) loads \(bytes) bytes of script: \(sources)")
        }
    }
}
