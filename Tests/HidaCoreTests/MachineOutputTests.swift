import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
@testable import HidaCore

/// The outputs other services read: sitemap, robots.txt, Atom feeds, the JSON API and JSON-LD.
final class MachineOutputTests: XCTestCase {
    var site: FixtureSite!

    override func setUpWithError() throws {
        site = try FixtureSite("minimal")
        XCTAssertEqual(site.build().exitCode, 0)
    }

    override func tearDown() {
        site.remove()
    }

    /// Parses XML and returns element names with their text, in document order.
    private func elements(_ xml: String) throws -> [(name: String, text: String, attributes: [String: String])] {
        final class Collector: NSObject, XMLParserDelegate {
            var elements: [(name: String, text: String, attributes: [String: String])] = []
            var stack: [Int] = []
            func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
                stack.append(elements.count)
                elements.append((qualifiedName ?? name, "", attributes))
            }
            func parser(_ parser: XMLParser, foundCharacters string: String) {
                if let index = stack.last { elements[index].text += string }
            }
            func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
                stack.removeLast()
            }
        }
        let parser = XMLParser(data: Data(xml.utf8))
        let collector = Collector()
        parser.delegate = collector
        XCTAssertTrue(parser.parse(), "well-formed XML: \(parser.parserError.map { "\($0)" } ?? "")")
        return collector.elements
    }

    func testSitemapHasLastmodAndHreflangAlternates() throws {
        let parsed = try elements(site.read("sitemap.xml"))
        let locations = parsed.filter { $0.name == "loc" }.map(\.text)
        XCTAssertTrue(locations.contains("https://test.example.no/barnetrygd/"))
        XCTAssertTrue(locations.contains("https://test.example.no/en/child-benefit/"))
        XCTAssertFalse(locations.contains("https://test.example.no/utkast/"), "drafts are not published")
        XCTAssertTrue(parsed.contains { $0.name == "lastmod" && $0.text == "2026-05-02" })
        let alternates = parsed.filter { $0.name == "xhtml:link" }.map { $0.attributes["hreflang"] ?? "" }
        XCTAssertTrue(alternates.contains("en"))
        XCTAssertEqual(site.read("robots.txt"), "User-agent: *\nAllow: /\n\nSitemap: https://test.example.no/sitemap.xml\n")
    }

    func testAtomFeedsHaveRequiredElementsNewestFirst() throws {
        for path in ["feed.xml", "etater/nav/feed.xml", "tema/familie-og-barn/feed.xml", "en/feed.xml"] {
            let parsed = try elements(site.read(path))
            XCTAssertEqual(parsed.first?.name, "feed", path)
            for required in ["title", "id", "updated", "author"] {
                XCTAssertTrue(parsed.contains { $0.name == required }, "\(path) has \(required)")
            }
            XCTAssertTrue(parsed.contains { $0.name == "link" && $0.attributes["rel"] == "self" }, path)
        }
        let entries = try elements(site.read("feed.xml")).filter { $0.name == "updated" }.map(\.text)
        XCTAssertEqual(entries, entries.sorted(by: >), "newest first")
    }

    func testAPIFilesParseAndCarryTheContentDescriptionFields() throws {
        for name in ["pages", "journeys", "topics", "agencies"] {
            let object = try JSONSerialization.jsonObject(with: Data(site.read("api/v1/\(name).json").utf8)) as? [String: Any]
            XCTAssertNotNil(object?["items"] as? [[String: Any]], name)
        }
        let pages = try XCTUnwrap((try JSONSerialization.jsonObject(with: Data(site.read("api/v1/pages.json").utf8)) as? [String: Any])?["items"] as? [[String: Any]])
        let page = try XCTUnwrap(pages.first { $0["identifier"] as? String == "https://test.example.no/barnetrygd/" })
        for field in ["title", "description", "language", "modified", "publisher", "themes", "words", "audience", "type", "service_url", "translations"] {
            XCTAssertTrue(page.keys.contains(field), field)
        }
        XCTAssertEqual((page["publisher"] as? [String: Any])?["organisation_number"] as? String, "889640782")
        XCTAssertEqual(page["words"] as? [String], ["https://psi.norge.no/los/ord/barnetrygd"])
        let journeys = try XCTUnwrap((try JSONSerialization.jsonObject(with: Data(site.read("api/v1/journeys.json").utf8)) as? [String: Any])?["items"] as? [[String: Any]])
        let steps = try XCTUnwrap(journeys.first?["steps"] as? [[String: Any]])
        XCTAssertEqual(steps.map { $0["id"] as? String }, ["skatt", "soke", "lese"])
        XCTAssertEqual(steps[1]["pages"] as? [String], ["https://test.example.no/soke-barnetrygd/"])
    }

    func testAPIFilesMatchTheirPublishedSchemas() throws {
        for name in ["pages", "journeys", "topics", "agencies"] {
            let schema = try JSONSchemaCheck(file: FixtureSite.packageRoot + "/docs/api/\(name).schema.json")
            let value = try JSONSerialization.jsonObject(with: Data(site.read("api/v1/\(name).json").utf8))
            XCTAssertEqual(schema.problems(in: value), [], name)
        }
    }

    func testSchemaCheckCanFail() throws {
        let schema = try JSONSchemaCheck(file: FixtureSite.packageRoot + "/docs/api/agencies.schema.json")
        XCTAssertEqual(schema.problems(in: ["portal": "x", "base_url": "y", "count": 1, "items": [["id": 3]]]).first, "$.items[0]: missing name")
    }

    func testEveryPageHasParseableJSONLD() throws {
        for file in site.outputFiles() where file.hasSuffix(".html") && !file.hasPrefix("familie/") {
            let html = site.read(file)
            var rest = html[...]
            var blocks = 0
            while let start = rest.range(of: "<script type=\"application/ld+json\">") {
                let end = try XCTUnwrap(rest[start.upperBound...].range(of: "</script>"))
                let json = String(rest[start.upperBound..<end.lowerBound])
                XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(json.utf8)), file)
                blocks += 1
                rest = rest[end.upperBound...]
            }
            XCTAssertGreaterThan(blocks, 0, "\(file) has JSON-LD")
        }
    }

    func testServicePageIsAGovernmentServiceWithItsProvider() throws {
        let html = site.read("soke-barnetrygd/index.html")
        XCTAssertTrue(html.contains("\"@type\":\"GovernmentService\""))
        XCTAssertTrue(html.contains("\"provider\":{\"@type\":\"GovernmentOrganization\""))
        XCTAssertTrue(html.contains("\"identifier\":\"889640782\""))
    }
}
