import Foundation
import XCTest
@testable import HidaCore

/// Topic resolution on a small inline vocabulary, so that it runs without /work/shared.
final class VocabularyTopicResolverTests: XCTestCase {
    private typealias Support = VocabularyTestSupport
    private let base = "https://psi.norge.no/los/"
    private let place = SourceLocation(path: "Content/barnetrygd.md", line: 3, column: 9)

    private static let fixture = Support.rdf([
        Support.concept("tema/familie-og-barn", """
              <skos:topConceptOf rdf:resource="https://psi.norge.no/los/struktur"/>
              <skos:prefLabel xml:lang="nb">Familie og barn</skos:prefLabel>
              <skos:prefLabel xml:lang="nn">Familie og barn</skos:prefLabel>
              <skos:prefLabel xml:lang="en">Family and children</skos:prefLabel>
              <skos:narrower rdf:resource="https://psi.norge.no/los/tema/familieytelser"/>
        """),
        Support.concept("tema/familieytelser", """
              <skos:prefLabel xml:lang="nb">Familieytelser</skos:prefLabel>
              <skos:prefLabel xml:lang="nn">Familieytingar</skos:prefLabel>
              <skos:prefLabel xml:lang="en">Family benefits</skos:prefLabel>
              <skos:broader rdf:resource="https://psi.norge.no/los/tema/familie-og-barn"/>
        """),
        Support.concept("ord/barnetrygd", """
              <skos:prefLabel xml:lang="nb">Barnetrygd</skos:prefLabel>
              <skos:prefLabel xml:lang="nn">Barnetrygd</skos:prefLabel>
              <skos:prefLabel xml:lang="en">Child allowance</skos:prefLabel>
              <skos:hiddenLabel xml:lang="nb">Småbarnstillegg</skos:hiddenLabel>
              <skos:hiddenLabel xml:lang="nn">Småbarnstillegg</skos:hiddenLabel>
              <skos:hiddenLabel xml:lang="nb">Utvidet barnetrygd</skos:hiddenLabel>
              <skos:broader rdf:resource="https://psi.norge.no/los/tema/familieytelser"/>
        """),
        Support.concept("ord/kontantstotte", """
              <skos:prefLabel xml:lang="nb">Kontantstøtte</skos:prefLabel>
              <skos:prefLabel xml:lang="nn">Kontantstøtte</skos:prefLabel>
              <skos:prefLabel xml:lang="en">Cash-for-care benefit</skos:prefLabel>
              <skos:hiddenLabel xml:lang="nb">Støtte</skos:hiddenLabel>
              <skos:broader rdf:resource="https://psi.norge.no/los/tema/familieytelser"/>
        """),
        Support.concept("ord/barnebidrag", """
              <skos:prefLabel xml:lang="nb">Barnebidrag</skos:prefLabel>
              <skos:prefLabel xml:lang="nn">Barnebidrag</skos:prefLabel>
              <skos:prefLabel xml:lang="en">Child support</skos:prefLabel>
              <skos:hiddenLabel xml:lang="nb">Støtte</skos:hiddenLabel>
              <skos:broader rdf:resource="https://psi.norge.no/los/tema/familieytelser"/>
        """),
        Support.concept("ord/barnehageplass", """
              <skos:prefLabel xml:lang="nb">Barnehageplass</skos:prefLabel>
              <skos:prefLabel xml:lang="nn">Barnehageplass</skos:prefLabel>
              <skos:prefLabel xml:lang="en">Kindergarten place</skos:prefLabel>
              <skos:broader rdf:resource="https://psi.norge.no/los/tema/familieytelser"/>
        """),
        Support.concept("tema/skole-og-utdanning", """
              <skos:topConceptOf rdf:resource="https://psi.norge.no/los/struktur"/>
              <skos:prefLabel xml:lang="nb">Skole og utdanning</skos:prefLabel>
              <skos:prefLabel xml:lang="nn">Skule og utdanning</skos:prefLabel>
              <skos:prefLabel xml:lang="en">Schools and education</skos:prefLabel>
        """),
        Support.concept("tema/grunnskole", """
              <skos:prefLabel xml:lang="nb">Grunnskole</skos:prefLabel>
              <skos:prefLabel xml:lang="nn">Grunnskule</skos:prefLabel>
              <skos:prefLabel xml:lang="en">Primary and lower secondary school</skos:prefLabel>
              <skos:broader rdf:resource="https://psi.norge.no/los/tema/skole-og-utdanning"/>
        """),
        Support.concept("ord/grunnskole", """
              <skos:prefLabel xml:lang="nb">Grunnskoleopplæring</skos:prefLabel>
              <skos:prefLabel xml:lang="nn">Grunnskuleopplæring</skos:prefLabel>
              <skos:prefLabel xml:lang="en">Primary education</skos:prefLabel>
              <skos:broader rdf:resource="https://psi.norge.no/los/tema/grunnskole"/>
        """),
        Support.concept("ord/hørselshjelpemidler", """
              <skos:prefLabel xml:lang="nb">Hørselshjelpemidler</skos:prefLabel>
              <skos:prefLabel xml:lang="nn">Høyrselshjelpemiddel</skos:prefLabel>
              <skos:prefLabel xml:lang="en">Hearing aid</skos:prefLabel>
              <skos:broader rdf:resource="https://psi.norge.no/los/tema/familieytelser"/>
        """),
        Support.concept("hendelse/ny-i-norge", """
              <skos:prefLabel xml:lang="en">*</skos:prefLabel>
              <skos:prefLabel xml:lang="nn">Ny i Noreg</skos:prefLabel>
              <skos:prefLabel xml:lang="nb">Ny i Norge</skos:prefLabel>
              <skos:related rdf:resource="https://psi.norge.no/los/ord/barnetrygd"/>
        """),
    ].joined(separator: "\n"))

    private static let resolver = TopicResolver(VocabularyLoader.load(data: fixture, path: "los.rdf").vocabulary)

    private var resolver: TopicResolver { Self.resolver }

    func testFixtureLoadsWithOnlyThePlaceholderAndSlugWarnings() {
        let (vocabulary, diagnostics) = VocabularyLoader.load(data: Self.fixture, path: "los.rdf")
        XCTAssertEqual(vocabulary.concepts.count, 11)
        XCTAssertEqual(diagnostics.map(\.rule), ["los-placeholder-label", "los-non-ascii-slug"])
    }

    func testURIsInBothSchemes() {
        XCTAssertEqual(resolver.resolve("https://psi.norge.no/los/ord/barnetrygd"), .found(base + "ord/barnetrygd"))
        XCTAssertEqual(resolver.resolve("http://psi.norge.no/los/ord/barnetrygd"), .found(base + "ord/barnetrygd"))
        XCTAssertEqual(resolver.resolve("HTTP://psi.norge.no/los/ord/barnetrygd/"), .found(base + "ord/barnetrygd"))
        XCTAssertEqual(resolver.resolve("  https://psi.norge.no/los/tema/grunnskole\n"), .found(base + "tema/grunnskole"))
    }

    func testSlugsAndPaths() {
        XCTAssertEqual(resolver.resolve("barnetrygd"), .found(base + "ord/barnetrygd"))
        XCTAssertEqual(resolver.resolve("familie-og-barn"), .found(base + "tema/familie-og-barn"))
        XCTAssertEqual(resolver.resolve("ny-i-norge"), .found(base + "hendelse/ny-i-norge"))
        XCTAssertEqual(resolver.resolve("tema/familie-og-barn"), .found(base + "tema/familie-og-barn"))
        XCTAssertEqual(resolver.resolve("ord/barnetrygd"), .found(base + "ord/barnetrygd"))
        XCTAssertEqual(resolver.resolve("hendelse/ny-i-norge"), .found(base + "hendelse/ny-i-norge"))
        XCTAssertEqual(resolver.resolve("/ord/barnetrygd/"), .found(base + "ord/barnetrygd"))
        XCTAssertEqual(resolver.resolve("los/ord/barnetrygd"), .found(base + "ord/barnetrygd"))
        XCTAssertEqual(resolver.resolve("ord/grunnskole"), .found(base + "ord/grunnskole"))
        XCTAssertEqual(resolver.resolve("tema/grunnskole"), .found(base + "tema/grunnskole"))
    }

    func testNonASCIISlugResolvesInBothSpellings() {
        let uri = base + "ord/hørselshjelpemidler"
        XCTAssertEqual(resolver.resolve("hørselshjelpemidler"), .found(uri))
        XCTAssertEqual(resolver.resolve("horselshjelpemidler"), .found(uri))
        XCTAssertEqual(resolver.resolve("ord/horselshjelpemidler"), .found(uri))
        XCTAssertEqual(resolver.resolve("ord/hørselshjelpemidler"), .found(uri))
    }

    func testLabelsInEveryLanguage() {
        XCTAssertEqual(resolver.resolve("Familieytelser"), .found(base + "tema/familieytelser"))
        XCTAssertEqual(resolver.resolve("Familieytingar"), .found(base + "tema/familieytelser"))
        XCTAssertEqual(resolver.resolve("Family benefits"), .found(base + "tema/familieytelser"))
        XCTAssertEqual(resolver.resolve("Ny i Noreg"), .found(base + "hendelse/ny-i-norge"))
        XCTAssertEqual(resolver.resolve("Høyrselshjelpemiddel"), .found(base + "ord/hørselshjelpemidler"))
    }

    func testHiddenLabels() {
        XCTAssertEqual(resolver.resolve("Småbarnstillegg"), .found(base + "ord/barnetrygd"))
        XCTAssertEqual(resolver.resolve("utvidet barnetrygd"), .found(base + "ord/barnetrygd"))
    }

    func testCaseAndWhitespaceAreIgnored() {
        XCTAssertEqual(resolver.resolve("  KONTANTSTØTTE \t"), .found(base + "ord/kontantstotte"))
        XCTAssertEqual(resolver.resolve("kontantstøtte"), .found(base + "ord/kontantstotte"))
        XCTAssertEqual(resolver.resolve("SMÅBARNSTILLEGG"), .found(base + "ord/barnetrygd"))
        XCTAssertEqual(resolver.resolve("Ord/Barnetrygd"), .found(base + "ord/barnetrygd"))
        XCTAssertEqual(resolver.resolve("BARNETRYGD"), .found(base + "ord/barnetrygd"))
        XCTAssertEqual(resolver.resolve("family AND children"), .found(base + "tema/familie-og-barn"))
        // Decomposed "å" (a + combining ring), as some editors on macOS write it.
        XCTAssertEqual(resolver.resolve("Sma\u{30A}barnstillegg"), .found(base + "ord/barnetrygd"))
    }

    func testSlugSharedByThemeAndWordNamesTheWord() {
        XCTAssertEqual(resolver.resolve("grunnskole"), .found(base + "ord/grunnskole"))
        XCTAssertEqual(resolver.resolve("tema/grunnskole"), .found(base + "tema/grunnskole"))
        XCTAssertNil(resolver.diagnostic(for: "grunnskole", at: place))
    }

    func testLabelSharedByTwoConceptsIsAmbiguous() {
        XCTAssertEqual(resolver.resolve("støtte"), .ambiguous([base + "ord/barnebidrag", base + "ord/kontantstotte"]))
        let diagnostic = resolver.diagnostic(for: " Støtte ", at: place)
        XCTAssertEqual(diagnostic?.message, "LOS topic \"Støtte\" is ambiguous; write one of: ord/barnebidrag, ord/kontantstotte")
        XCTAssertEqual(diagnostic?.rule, "ambiguous-topic")
        XCTAssertEqual(diagnostic?.notes, [
            "ord/barnebidrag = https://psi.norge.no/los/ord/barnebidrag (\"Barnebidrag\")",
            "ord/kontantstotte = https://psi.norge.no/los/ord/kontantstotte (\"Kontantstøtte\")",
        ])
    }

    func testFoundReferencesHaveNoDiagnostic() {
        XCTAssertNil(resolver.diagnostic(for: "barnetrygd", at: place))
        XCTAssertNil(resolver.diagnostic(for: "http://psi.norge.no/los/ord/barnetrygd", at: place))
    }

    func testUnknownWithOneSuggestion() {
        XCTAssertEqual(resolver.resolve("barnetryg"), .unknown(suggestions: ["barnetrygd"]))
        let diagnostic = resolver.diagnostic(for: "barnetryg", at: place)
        XCTAssertEqual(
            diagnostic?.headline,
            "Content/barnetrygd.md:3:9: error: unknown LOS topic \"barnetryg\" (did you mean \"barnetrygd\"?) [unknown-topic]"
        )
        XCTAssertEqual(diagnostic?.notes, [])
    }

    func testSuggestionsFollowTheAuthorsSpelling() {
        XCTAssertEqual(resolver.resolve("Barnetryg"), .unknown(suggestions: ["Barnetrygd"]))
        XCTAssertEqual(resolver.resolve("Familie og ban"), .unknown(suggestions: ["Familie og barn"]))
        XCTAssertEqual(resolver.resolve("ord/barnetryg"), .unknown(suggestions: ["ord/barnetrygd"]))
        XCTAssertEqual(
            resolver.resolve("https://psi.norge.no/los/ord/barnetryg"),
            .unknown(suggestions: ["https://psi.norge.no/los/ord/barnetrygd"])
        )
    }

    func testUnknownWithTwoSuggestions() {
        XCTAssertEqual(resolver.resolve("grunnskol"), .unknown(suggestions: ["ord/grunnskole", "tema/grunnskole"]))
        XCTAssertEqual(
            resolver.diagnostic(for: "grunnskol", at: place)?.message,
            "unknown LOS topic \"grunnskol\" (did you mean \"ord/grunnskole\" or \"tema/grunnskole\"?)"
        )
    }

    func testUnknownWithThreeSuggestions() {
        XCTAssertEqual(resolver.resolve("barne"), .unknown(suggestions: ["barnetrygd", "barnebidrag", "barnehageplass"]))
        XCTAssertEqual(
            resolver.diagnostic(for: "barne", at: place)?.message,
            "unknown LOS topic \"barne\" (did you mean \"barnetrygd\", \"barnebidrag\" or \"barnehageplass\"?)"
        )
    }

    func testUnknownWithoutSuggestions() {
        XCTAssertEqual(resolver.resolve("xyz"), .unknown(suggestions: []))
        XCTAssertEqual(
            resolver.diagnostic(for: "xyz", at: place)?.message,
            "unknown LOS topic \"xyz\" (see https://psi.norge.no/los/ for the vocabulary)"
        )
        XCTAssertEqual(resolver.resolve("   "), .unknown(suggestions: []))
    }

    func testFieldNamesTheReference() {
        XCTAssertEqual(
            resolver.diagnostic(for: "ny-i-norg", at: place, field: "life event")?.message,
            "unknown LOS life event \"ny-i-norg\" (did you mean \"ny-i-norge\"?)"
        )
        XCTAssertEqual(
            resolver.diagnostic(for: "Støtte", at: place, field: "life event")?.message,
            "LOS life event \"Støtte\" is ambiguous; write one of: ord/barnebidrag, ord/kontantstotte"
        )
    }

    func testSynonyms() {
        XCTAssertEqual(
            resolver.synonyms(of: "http://psi.norge.no/los/ord/barnetrygd"),
            ["Barnetrygd", "Child allowance", "Småbarnstillegg", "Utvidet barnetrygd"]
        )
        XCTAssertEqual(resolver.synonyms(of: base + "ord/finnes-ikke"), [])
    }

    func testConcurrentLookupsShareOneSuggester() {
        let fresh = TopicResolver(VocabularyLoader.load(data: Self.fixture, path: "los.rdf").vocabulary)
        let collected = ResolutionCollector()
        DispatchQueue.concurrentPerform(iterations: 16) { iteration in
            collected.append(fresh.resolve(iteration.isMultiple(of: 2) ? "barnetryg" : "Barnetryg"))
        }
        let results = collected.results
        XCTAssertEqual(results.filter { $0 == .unknown(suggestions: ["barnetrygd"]) }.count, 8)
        XCTAssertEqual(results.filter { $0 == .unknown(suggestions: ["Barnetrygd"]) }.count, 8)
    }
}

/// Results gathered from concurrent lookups.
private final class ResolutionCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [TopicResolution] = []

    func append(_ resolution: TopicResolution) {
        lock.lock()
        stored.append(resolution)
        lock.unlock()
    }

    var results: [TopicResolution] {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }
}
