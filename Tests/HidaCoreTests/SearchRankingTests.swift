import XCTest
@testable import HidaCore

final class SearchRankingTests: XCTestCase {
    private var query: SearchQuery!

    override func setUpWithError() throws {
        query = try XCTUnwrap(SearchFixture.query())
    }

    private func urls(_ text: String) -> [String] { query.results(for: text).map(\.url) }

    func testTitleMatchBeatsBodyMatch() {
        let hits = urls("barnetrygd ")
        XCTAssertEqual(Set(hits), ["/barnetrygd/", "/soke-barnetrygd/", "/skattekort/"])
        XCTAssertEqual(hits.last, "/skattekort/", "only its body mentions barnetrygd")
        XCTAssertEqual(hits.first, "/barnetrygd/")
    }

    func testLastWordIsAPrefixWhileTyping() {
        XCTAssertEqual(Set(urls("barnetr")), ["/barnetrygd/", "/soke-barnetrygd/", "/skattekort/"])
        XCTAssertEqual(urls("barnetr "), [], "a finished word is not a prefix")
        XCTAssertEqual(urls("foreldrep").first, "/foreldrepenger/")
        XCTAssertEqual(urls("b"), [], "one letter is too little")
    }

    func testInflectedFormsMeetThroughTheStemmer() {
        XCTAssertEqual(Set(urls("søknaden ")), ["/soke-barnetrygd/"])
        XCTAssertEqual(urls("førerkortet ").first, "/bytte-forerkort/")
    }

    func testSynonymsFindPagesTaggedWithTheConcept() {
        XCTAssertEqual(Set(urls("pappapermisjon ")), ["/foreldrepenger/", "/fedrekvote/"])
        XCTAssertEqual(Set(urls("barnebidrag ")), ["/barnetrygd/", "/soke-barnetrygd/"])
        XCTAssertEqual(Set(urls("pappaperm")), ["/foreldrepenger/", "/fedrekvote/"])
        XCTAssertEqual(urls("foreldrepenger ").first, "/foreldrepenger/", "a real hit outranks a synonym hit")
    }

    func testFoldedQueriesFindNorwegianLetters() {
        XCTAssertEqual(Set(urls("soknad ")), ["/soke-barnetrygd/"])
        XCTAssertEqual(urls("forerkort ").first, "/bytte-forerkort/")
        XCTAssertEqual(urls("skjaere ").first, "/hagearbeid/")
        XCTAssertEqual(urls("barnehage ").first, "/barnehageplass/")
        XCTAssertEqual(urls("sok").first.map { ["/soke-barnetrygd/", "/barnehageplass/", "/foreldrepenger/"].contains($0) }, true)
    }

    func testExactSpellingOutranksAFoldedVariant() {
        let hits = urls("far ")
        XCTAssertEqual(hits.first, "/fedrekvote/")
        XCTAssertTrue(hits.contains("/skattekort/"), "får folds to far, at half weight")
    }

    func testAllWordsMustMatchUnlessNoPageHasThemAll() {
        XCTAssertEqual(urls("søknad barnetrygd "), ["/soke-barnetrygd/"])
        XCTAssertEqual(Set(urls("barnetrygd xyzzy ")), ["/barnetrygd/", "/soke-barnetrygd/", "/skattekort/"])
    }

    func testStopWordsAndEmptyQueriesFindNothing() {
        XCTAssertEqual(urls("og i det "), [])
        XCTAssertEqual(urls(""), [])
        XCTAssertEqual(urls("   "), [])
        XCTAssertEqual(urls("🙂 ¶ §"), [])
    }

    func testResultsCarryWhatTheListShows() throws {
        let hit = try XCTUnwrap(query.results(for: "søke om barnetrygd").first)
        XCTAssertEqual(hit.url, "/soke-barnetrygd/")
        XCTAssertEqual(hit.title, "Søke om barnetrygd")
        XCTAssertEqual(hit.agency, "NAV")
        XCTAssertEqual(hit.journeys, ["Få barn"])
        XCTAssertTrue(hit.isService)
    }

    func testEnglishIndexUsesPorterStems() throws {
        let documents = [
            SearchDocument(url: "/en/child-benefit/", title: "Child benefit", description: "Monthly support for children.", language: "en"),
            SearchDocument(url: "/en/applying/", title: "Applying for benefits", description: "How applications are handled.", language: "en"),
        ]
        let english = try XCTUnwrap(SearchFixture.query(language: "en", documents: documents))
        XCTAssertEqual(Set(english.results(for: "benefits ").map(\.url)), ["/en/child-benefit/", "/en/applying/"])
        XCTAssertEqual(english.results(for: "application ").map(\.url), ["/en/applying/"])
        XCTAssertEqual(english.results(for: "the ").map(\.url), [])
    }
}
