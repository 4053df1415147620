import Foundation
import XCTest
@testable import HidaCore

/// LOS navigation on the minimal fixture: theme and word pages, membership through the hierarchy, labels per language.
final class TopicNavigationTests: XCTestCase {
    var site: FixtureSite!

    override func setUpWithError() throws {
        site = try FixtureSite("minimal")
        XCTAssertEqual(site.build().exitCode, 0)
    }

    override func tearDown() {
        site.remove()
    }

    func testWordWithTwoParentsListsItsPageUnderEach() {
        for theme in ["familieytelser", "skatt", "familie-og-barn", "skatt-og-avgift"] {
            XCTAssertTrue(site.read("tema/\(theme)/index.html").contains("href=\"/skattekort/\""), "skattekort under \(theme)")
        }
        XCTAssertFalse(site.read("tema/skatt/index.html").contains("href=\"/barnetrygd/\""), "barnetrygd is not a tax word")
    }

    func testUnusedThemeGetsNoPageAndNoLink() {
        XCTAssertEqual(site.read("tema/naring/index.html"), "")
        XCTAssertFalse(site.read("index.html").contains("/tema/naring/"))
    }

    func testContentPageLinksItsTopicsInItsLanguage() {
        let english = site.read("en/child-benefit/index.html")
        XCTAssertTrue(english.contains("<a href=\"/en/subjects/barnetrygd/\">Child benefit</a>"), english)
        let nynorsk = site.read("nn/skattekort/index.html")
        XCTAssertTrue(nynorsk.contains("<a href=\"/nn/tema/familieytelser/\">Familieytingar</a>"))
    }

    func testWordPageShowsDefinitionAndBreadcrumbsThroughThemes() {
        let html = site.read("emne/barnetrygd/index.html")
        XCTAssertTrue(html.contains("Penger til familier med barn."))
        let home = try? XCTUnwrap(html.range(of: "<li><a href=\"/\">Forside</a></li>"))
        let main = try? XCTUnwrap(html.range(of: "<li><a href=\"/tema/familie-og-barn/\">Familie og barn</a></li>"))
        let sub = try? XCTUnwrap(html.range(of: "<li><a href=\"/tema/familieytelser/\">Familieytelser</a></li>"))
        if let home, let main, let sub {
            XCTAssertLessThan(home.lowerBound, main.lowerBound)
            XCTAssertLessThan(main.lowerBound, sub.lowerBound)
        }
    }

    func testThemePageShowsJourneysAndEditorialIntroduction() {
        let html = site.read("tema/familie-og-barn/index.html")
        XCTAssertTrue(html.contains("Alt om familie og barn."), "the intro from Content/topics/familie-og-barn.md")
        XCTAssertTrue(html.contains("href=\"/livshendelser/fa-barn/\""), "a journey tagged with a word below the theme")
    }

    func testFrontPageListsMainThemesWithContent() {
        let html = site.read("index.html")
        XCTAssertTrue(html.contains("<a href=\"/tema/familie-og-barn/\">Familie og barn</a>"))
        XCTAssertTrue(html.contains("<a href=\"/tema/skatt-og-avgift/\">Skatt og avgift</a>"))
    }

    func testTopicsAPIListsUsedConceptsWithCounts() throws {
        let data = Data(site.read("api/v1/topics.json").utf8)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let items = try XCTUnwrap(json["items"] as? [[String: Any]])
        let barnetrygd = try XCTUnwrap(items.first { $0["uri"] as? String == "https://psi.norge.no/los/ord/barnetrygd" })
        XCTAssertEqual(barnetrygd["page_count"] as? Int, 2)
        XCTAssertNil(items.first { $0["uri"] as? String == "https://psi.norge.no/los/tema/naring" })
    }

    func testPageInJourneyShowsItsStep() {
        let html = site.read("skattekort/index.html")
        XCTAssertTrue(html.contains("Steg 1 av 3"), html)
        XCTAssertTrue(html.contains("href=\"/livshendelser/fa-barn/#steg-soke\" rel=\"next\""))
    }

    func testPageInTwoJourneysShowsBothMostSpecificFirstAndCheckSuggestsMissingPages() throws {
        let other = try FixtureSite("minimal", overlays: [FixtureSite.fixtures + "/Overlays/second-journey"])
        defer { other.remove() }
        let report = other.build()
        XCTAssertEqual(report.exitCode, 0)
        let html = other.read("skattekort/index.html")
        let small = try XCTUnwrap(html.range(of: "Skatt for nye i Norge</a>"), "the one-step journey")
        let big = try XCTUnwrap(html.range(of: "Få barn</a>"))
        XCTAssertLessThan(small.lowerBound, big.lowerBound, "the journey with fewer pages is more specific")
        XCTAssertTrue(html.contains("Steg 1 av 1"))
        // LOS relates fa-barn to ord/barnetrygd; the second journey uses no barnetrygd page.
        let info = other.headlines(report, minimum: .info).filter { $0.contains("[journey-may-include]") }
        XCTAssertEqual(info, [
            "Content/journeys/skatt.md:4:8: info: \"barnetrygd\" (Content/agencies/nav/familie/barnetrygd.md) is tagged \"Barnetrygd\", which LOS relates to this life event, but no step uses it: it may belong in this journey [journey-may-include]",
            "Content/journeys/skatt.md:4:8: info: \"soke-barnetrygd\" (Content/agencies/nav/familie/soke-barnetrygd.md) is tagged \"Barnetrygd\", which LOS relates to this life event, but no step uses it: it may belong in this journey [journey-may-include]",
        ])
    }
}
