import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
@testable import HidaCore

/// Loads the official LOS 3.0 file from /work/shared and checks its shape.
final class VocabularyFullFileTests: XCTestCase {
    private let base = "https://psi.norge.no/los/"

    func testCountsByKind() throws {
        let (vocabulary, diagnostics) = try VocabularyTestSupport.officialVocabulary()
        print(VocabularyTestSupport.printed(diagnostics))
        XCTAssertFalse(diagnostics.contains { $0.severity == .error })
        XCTAssertEqual(vocabulary.mainThemes.count, 14)
        XCTAssertEqual(vocabulary.concepts(ofKind: .subTheme).count, 78)
        XCTAssertEqual(vocabulary.concepts(ofKind: .word).count, 427)
        XCTAssertEqual(vocabulary.concepts(ofKind: .lifeEvent).count, 7)
        XCTAssertEqual(vocabulary.concepts.count, 526)
        XCTAssertEqual(vocabulary.mainThemes.first?.slug, "arbeid")
        XCTAssertEqual(
            Set(vocabulary.mainThemes.map(\.slug)),
            [
                "arbeid", "bygg-og-eiendom", "demokrati-og-innbyggerrettigheter", "familie-og-barn", "helse-og-omsorg",
                "kultur-idrett-og-fritid", "lov-og-rett", "naring", "natur-klima-og-miljo",
                "samfunnssikkerhet-og-beredskap", "skatt-og-avgift", "skole-og-utdanning", "sosiale-tjenester",
                "trafikk-og-transport",
            ]
        )
    }

    func testWarningsAreGroupedAndFew() throws {
        let (_, diagnostics) = try VocabularyTestSupport.officialVocabulary()
        XCTAssertEqual(diagnostics.map(\.rule), ["los-dangling-related", "los-placeholder-label", "los-non-ascii-slug"])
        XCTAssertTrue(diagnostics.allSatisfy { $0.severity == .warning })
        XCTAssertEqual(
            diagnostics.first?.headline,
            "los/all.rdf:55:1: warning: 12 skos:related links point to concepts that are not in the LOS vocabulary; they are ignored [los-dangling-related]"
        )
        XCTAssertEqual(diagnostics.first?.notes.first, "hendelse/alvorlig-sykt-barn → ord/ertgoterapi (line 55)")
        XCTAssertEqual(diagnostics.first?.notes.last, "and 9 more")
        XCTAssertTrue(diagnostics[1].message.hasPrefix("7 placeholder texts"))
        XCTAssertEqual(diagnostics[2].notes, ["ord/hørselshjelpemidler (line 2848)"])
    }

    func testLabelsInThreeLanguages() throws {
        let (vocabulary, _) = try VocabularyTestSupport.officialVocabulary()
        let word = try XCTUnwrap(vocabulary.concept(uri: base + "ord/barnetrygd"))
        XCTAssertEqual(word.kind, .word)
        XCTAssertEqual(word.slug, "barnetrygd")
        XCTAssertEqual(word.path, "ord/barnetrygd")
        XCTAssertEqual(word.prefLabel.values, ["nb": "Barnetrygd", "nn": "Barnetrygd", "en": "Child allowance"])
        XCTAssertEqual(word.note.text(in: "nb"), "Barnetrygd skal bidra til å dekke utgifter til forsørgelse av barn")

        let theme = try XCTUnwrap(vocabulary.concept(uri: base + "tema/familie-og-barn"))
        XCTAssertEqual(theme.kind, .theme)
        XCTAssertEqual(theme.prefLabel.text(in: "nn"), "Familie og barn")
        XCTAssertEqual(theme.prefLabel.text(in: "en"), "Family and children")

        let event = try XCTUnwrap(vocabulary.concept(uri: base + "hendelse/ny-i-norge"))
        XCTAssertEqual(event.kind, .lifeEvent)
        XCTAssertNil(event.prefLabel.values["en"], "the \"*\" placeholder is dropped")
        XCTAssertEqual(event.prefLabel.text(in: "en", fallback: ["nb"]), "Ny i Norge")
        XCTAssertEqual(event.prefLabel.text(in: "nn"), "Ny i Noreg")

        XCTAssertTrue(vocabulary.concepts.allSatisfy { $0.prefLabel.values["nb"] != nil && $0.prefLabel.values["nn"] != nil })
        XCTAssertEqual(vocabulary.concepts.filter { $0.prefLabel.values["en"] == nil }.count, 5)
    }

    func testHiddenLabelsAndNotes() throws {
        let (vocabulary, _) = try VocabularyTestSupport.officialVocabulary()
        let childProtection = try XCTUnwrap(vocabulary.concept(uri: base + "ord/barnevern"))
        XCTAssertEqual(
            childProtection.hiddenLabels["nb"],
            ["Bekymringsmelding", "Hjelpetiltak", "Omsorgsovertagelse", "Omsorgsovertakelse", "Omsorgstiltak", "Plasseringstiltak"]
        )
        XCTAssertEqual(childProtection.hiddenLabels["nn"]?.filter { $0 == "Omsorgsovertaking" }.count, 1, "repeats are dropped")
        XCTAssertEqual(childProtection.note.text(in: "nn"), "Hjelp og støtte til barn, unge og familiar i vanskelege situasjonar.")

        let conceptsWithHiddenLabels = vocabulary.concepts.filter { !$0.hiddenLabels.isEmpty }
        XCTAssertEqual(conceptsWithHiddenLabels.count, 289 + 5)
        XCTAssertEqual(vocabulary.concepts.filter { !$0.note.isEmpty }.count, 426 + 3 - 1, "ord/drone has only \"*\" notes")
        XCTAssertEqual(vocabulary.concept(uri: base + "ord/drone")?.note.isEmpty, true)
        XCTAssertEqual(vocabulary.concept(uri: base + "tema/mobilitetstilbud")?.altLabels["nb"], ["Transporttilbud"])
    }

    func testHierarchy() throws {
        let (vocabulary, _) = try VocabularyTestSupport.officialVocabulary()
        let family = base + "tema/familie-og-barn"
        let benefits = base + "tema/familieytelser"
        XCTAssertTrue(vocabulary.children(of: family).contains { $0.uri == benefits })
        XCTAssertTrue(vocabulary.children(of: family).allSatisfy { $0.kind == .subTheme })
        XCTAssertEqual(vocabulary.parents(of: benefits).map(\.uri), [family])
        XCTAssertEqual(vocabulary.mainTheme(of: benefits)?.uri, family)
        XCTAssertEqual(vocabulary.mainTheme(of: family)?.uri, family)
        XCTAssertNil(vocabulary.mainTheme(of: base + "ord/barnetrygd"))
        XCTAssertEqual(vocabulary.parents(of: "http://psi.norge.no/los/ord/barnetrygd").map(\.uri), [benefits])
        XCTAssertTrue(vocabulary.children(of: benefits).contains { $0.slug == "barnetrygd" })

        let broaderLinks = vocabulary.concepts.reduce(0) { $0 + $1.broader.count }
        let narrowerLinks = vocabulary.concepts.reduce(0) { $0 + $1.narrower.count }
        XCTAssertEqual(broaderLinks, 594)
        XCTAssertEqual(narrowerLinks, 594)
        for subTheme in vocabulary.concepts(ofKind: .subTheme) {
            XCTAssertEqual(vocabulary.mainTheme(of: subTheme.uri)?.kind, .theme, subTheme.path)
        }
        for word in vocabulary.concepts(ofKind: .word) {
            XCTAssertFalse(word.broader.isEmpty, word.path)
            XCTAssertTrue(vocabulary.parents(of: word.uri).allSatisfy { $0.kind == .subTheme }, word.path)
        }
    }

    func testWordWithSeveralParents() throws {
        let (vocabulary, _) = try VocabularyTestSupport.officialVocabulary()
        let schoolTransport = base + "ord/skoleskyss"
        XCTAssertEqual(
            vocabulary.parents(of: schoolTransport).map(\.path),
            ["tema/grunnskole", "tema/mobilitetstilbud", "tema/skolehverdag", "tema/videregaende-skole"]
        )
        let mainThemes = Set(vocabulary.parents(of: schoolTransport).compactMap { vocabulary.mainTheme(of: $0.uri)?.slug })
        XCTAssertEqual(mainThemes, ["skole-og-utdanning", "trafikk-og-transport"])
        let parentCounts = vocabulary.concepts(ofKind: .word).map(\.broader.count)
        XCTAssertEqual(parentCounts.filter { $0 == 1 }.count, 350)
        XCTAssertEqual(parentCounts.filter { $0 == 2 }.count, 67)
        XCTAssertEqual(parentCounts.filter { $0 == 3 }.count, 8)
        XCTAssertEqual(parentCounts.filter { $0 == 4 }.count, 2)
    }

    func testLifeEventsRelatedWords() throws {
        let (vocabulary, _) = try VocabularyTestSupport.officialVocabulary()
        let newInNorway = base + "hendelse/ny-i-norge"
        XCTAssertEqual(
            vocabulary.related(to: newInNorway).map(\.slug),
            [
                "flyktninger-og-beskyttelse", "introduksjonsprogram-for-innvandrere", "lag-og-foreninger",
                "norskopplaring", "oppholdstillatelse", "statsborgerskap", "tolketjeneste",
            ]
        )
        let events = vocabulary.concepts(ofKind: .lifeEvent)
        XCTAssertEqual(events.map(\.slug).sorted(), [
            "alvorlig-sykt-barn", "dodsfall-og-arv", "fa-barn", "miste-og-finne-jobb", "ny-i-norge",
            "starte-og-drive-bedrift", "starte-og-drive-frivillig-organisasjon",
        ])
        for event in events {
            XCTAssertFalse(event.related.isEmpty, event.path)
            XCTAssertTrue(vocabulary.related(to: event.uri).allSatisfy { $0.kind == .word }, event.path)
        }
        // 113 event → word links in the file, 11 of them to words that do not exist.
        XCTAssertEqual(events.reduce(0) { $0 + $1.related.count }, 113 - 11)
        XCTAssertFalse(vocabulary.concept(uri: base + "hendelse/alvorlig-sykt-barn")?.related.contains(base + "ord/fastlege") ?? true)
        XCTAssertTrue(vocabulary.concept(uri: base + "ord/barnetrygd")?.related.contains(base + "hendelse/fa-barn") ?? false)
    }

    /// Prints, rather than asserts, the load time: it runs on every build, so it should stay far below 100 ms.
    ///
    /// The bare `XMLParser` pass (no delegate work) is printed too, as the floor the loader cannot go below.
    func testLoadTime() throws {
        let data = try VocabularyTestSupport.officialData()
        let parserOnly = bestMilliseconds {
            let parser = XMLParser(data: data)
            parser.shouldProcessNamespaces = true
            let delegate = SilentXMLDelegate()
            parser.delegate = delegate
            _ = parser.parse()
        }
        let loadOnly = bestMilliseconds {
            _ = VocabularyLoader.load(data: data, path: "all.rdf")
        }
        var resolvedCount = 0
        let loadAndResolver = bestMilliseconds {
            let resolver = TopicResolver(VocabularyLoader.load(data: data, path: "all.rdf").vocabulary)
            if case .found = resolver.resolve("barnetrygd") { resolvedCount += 1 }
        }
        XCTAssertEqual(resolvedCount, 6, "one warm-up run and five timed runs")
        print(String(
            format: "LOS all.rdf (%d bytes), best of 5: XMLParser alone %.1f ms, load %.1f ms, load + resolver %.1f ms",
            data.count, parserOnly, loadOnly, loadAndResolver
        ))
    }

    private func bestMilliseconds(_ work: () -> Void) -> Double {
        work()
        var best = Double.infinity
        for _ in 0..<5 {
            let start = ContinuousClock.now
            work()
            let elapsed = ContinuousClock.now - start
            best = min(best, Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
        }
        return best
    }
}

/// A delegate that ignores every event, to time `XMLParser` on its own.
private final class SilentXMLDelegate: NSObject, XMLParserDelegate {}
