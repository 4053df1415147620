import Foundation
import XCTest
@testable import HidaCore

/// Topic resolution against the official LOS 3.0 file (skipped when /work/shared is absent).
final class VocabularyOfficialResolverTests: XCTestCase {
    private let base = "https://psi.norge.no/los/"
    private let place = SourceLocation(path: "Content/side.md", line: 4, column: 3)

    private func resolver() throws -> TopicResolver {
        TopicResolver(try VocabularyTestSupport.officialVocabulary().vocabulary)
    }

    func testEveryForm() throws {
        let resolver = try resolver()
        let childAllowance = base + "ord/barnetrygd"
        for reference in [
            "https://psi.norge.no/los/ord/barnetrygd", "http://psi.norge.no/los/ord/barnetrygd", "barnetrygd",
            "ord/barnetrygd", "Barnetrygd", "Child allowance", " child ALLOWANCE ",
        ] {
            XCTAssertEqual(resolver.resolve(reference), .found(childAllowance), reference)
        }
        XCTAssertEqual(resolver.resolve("tema/familie-og-barn"), .found(base + "tema/familie-og-barn"))
        XCTAssertEqual(resolver.resolve("hendelse/ny-i-norge"), .found(base + "hendelse/ny-i-norge"))
        XCTAssertEqual(resolver.resolve("Skuleskyss"), .found(base + "ord/skoleskyss"))
        XCTAssertEqual(resolver.resolve("School transport"), .found(base + "ord/skoleskyss"))
        XCTAssertEqual(resolver.resolve("bekymringsmelding"), .found(base + "ord/barnevern"))
        XCTAssertEqual(resolver.resolve("ATV"), resolver.resolve("atv"))
        XCTAssertEqual(resolver.resolve("horselshjelpemidler"), .found(base + "ord/hørselshjelpemidler"))
        XCTAssertEqual(resolver.resolve("Transporttilbud"), .found(base + "tema/mobilitetstilbud"))
    }

    func testEveryConceptResolvesByURIAndPath() throws {
        let resolver = try resolver()
        for concept in resolver.vocabulary.concepts {
            XCTAssertEqual(resolver.resolve(concept.uri), .found(concept.uri))
            XCTAssertEqual(resolver.resolve(concept.path), .found(concept.uri))
            XCTAssertEqual(resolver.resolve("http://psi.norge.no/los/" + concept.path), .found(concept.uri))
        }
    }

    func testASlugSharedByAThemeAndAWordNamesTheWord() throws {
        let resolver = try resolver()
        XCTAssertEqual(resolver.resolve("grunnskole"), .found(base + "ord/grunnskole"))
        XCTAssertEqual(resolver.resolve("skolemiljo"), .found(base + "ord/skolemiljo"))
        XCTAssertEqual(resolver.resolve("tema/skolemiljo"), .found(base + "tema/skolemiljo"))
    }

    func testUnknownTopics() throws {
        let resolver = try resolver()
        XCTAssertEqual(
            resolver.diagnostic(for: "barnetryg", at: place)?.message,
            "unknown LOS topic \"barnetryg\" (did you mean \"barnetrygd\"?)"
        )
        XCTAssertEqual(
            resolver.diagnostic(for: "xyz", at: place)?.message,
            "unknown LOS topic \"xyz\" (see https://psi.norge.no/los/ for the vocabulary)"
        )
        XCTAssertEqual(resolver.diagnostic(for: "barnetryg", at: place)?.rule, "unknown-topic")
    }

    func testSynonymsOfAWord() throws {
        let resolver = try resolver()
        let synonyms = resolver.synonyms(of: base + "ord/barnevern")
        XCTAssertEqual(synonyms.prefix(2), ["Barnevern", "Child protection"])
        XCTAssertTrue(synonyms.contains("Omsorgsovertaking"))
        XCTAssertEqual(Set(synonyms).count, synonyms.count)
    }

    func testSuggestionsOnTheFullVocabulary() throws {
        let resolver = try resolver()
        XCTAssertEqual(resolver.resolve("skoleskys"), .unknown(suggestions: ["skoleskyss"]))
        XCTAssertEqual(resolver.resolve("Familie og barm"), .unknown(suggestions: ["Familie og barn"]))
        XCTAssertEqual(resolver.resolve("ord/barnetryg"), .unknown(suggestions: ["ord/barnetrygd"]))
        XCTAssertEqual(resolver.resolve("ny-i-norg"), .unknown(suggestions: ["ny-i-norge"]))
        XCTAssertEqual(resolver.resolve("vaksin"), .unknown(suggestions: ["vaksine", "Vaksinering"]))
        XCTAssertEqual(
            resolver.resolve("Barnehag"),
            .unknown(suggestions: ["Barnehage", "Barnehageplass", "barnehage-innhold-og-kvalitet"])
        )
    }
}
