import XCTest
@testable import HidaCore

/// Site paths and absolute URLs made from the layout's precomputed parts, and the XML the feeds and sitemap write.
final class OutputPathAndXMLTests: XCTestCase {
    func testSectionPathsPerLanguage() {
        let layout = SiteLayout(configuration: PortalConfiguration(baseURL: "https://portal.example.no/"))
        XCTAssertEqual(layout.sectionPath(.theme, "familie-og-barn", language: "nb"), "/tema/familie-og-barn/")
        XCTAssertEqual(layout.sectionPath(.word, "barnetrygd", language: "nn"), "/nn/emne/barnetrygd/")
        XCTAssertEqual(layout.sectionPath(.journey, "dodsfall", language: "en"), "/en/life-events/dodsfall/")
        XCTAssertEqual(layout.sectionPath(.search, language: "en"), "/en/search/")
        XCTAssertEqual(layout.sectionPath(.aboutLinks, language: "nb"), "/om-lenkene/")
        // A language the portal does not have still gets its folder.
        XCTAssertEqual(layout.sectionPath(.agency, "nav", language: "se"), "/se/etater/nav/")
    }

    func testAbsoluteURLsWithAndWithoutTrailingSlash() {
        for base in ["https://portal.example.no/", "https://portal.example.no"] {
            let layout = SiteLayout(configuration: PortalConfiguration(baseURL: base))
            XCTAssertEqual(layout.absoluteURL("/tema/"), "https://portal.example.no/tema/", base)
        }
        let nested = SiteLayout(configuration: PortalConfiguration(baseURL: "https://x.no/portal/"))
        XCTAssertEqual(nested.absoluteURL("/sok/"), "https://x.no/portal/sok/")
    }

    func testXMLWriterEscapesTextButNotMarkup() {
        var xml = XMLWriter()
        xml.raw("<title>")
        xml.text("Barn & unge <16 år> \"søk\" 'nå'")
        xml.raw("</title>")
        xml.text("")
        xml.text("æøå")
        XCTAssertEqual(String(decoding: xml.bytes, as: UTF8.self),
                       "<title>Barn &amp; unge &lt;16 år&gt; &quot;søk&quot; &#39;nå&#39;</title>æøå")
    }
}
