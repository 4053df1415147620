import Foundation
import XCTest
@testable import HidaCore

/// The loader on small inline RDF documents: the known LOS data errors and broken files.
final class VocabularyLoaderTests: XCTestCase {
    private typealias Support = VocabularyTestSupport
    private let base = "https://psi.norge.no/los/"

    private func load(_ body: String) -> (vocabulary: Vocabulary, diagnostics: [Diagnostic]) {
        VocabularyLoader.load(data: Support.rdf(body), path: "los.rdf")
    }

    private static let labels = """
          <skos:prefLabel xml:lang="nb">Barnetrygd</skos:prefLabel>
          <skos:prefLabel xml:lang="nn">Barnetrygd</skos:prefLabel>
          <skos:prefLabel xml:lang="en">Child allowance</skos:prefLabel>
    """

    func testKindIsReadByURIInEitherScheme() {
        let (vocabulary, _) = load([
            Support.concept("ord/barnetrygd", Self.labels),
            Support.concept("hendelse/fa-barn", "      <skos:prefLabel xml:lang=\"nb\">Få barn</skos:prefLabel>"),
        ].joined(separator: "\n"))
        XCTAssertEqual(vocabulary.kind(of: base + "ord/barnetrygd"), .word)
        XCTAssertEqual(vocabulary.kind(of: "http://psi.norge.no/los/ord/barnetrygd"), .word, "http:// is the same concept")
        XCTAssertEqual(vocabulary.kind(of: base + "hendelse/fa-barn"), .lifeEvent)
        XCTAssertNil(vocabulary.kind(of: base + "ord/finnes-ikke"))
    }

    func testPlaceholderLabelsAreDroppedWithOneWarning() throws {
        let (vocabulary, diagnostics) = load([
            Support.concept("hendelse/ny-i-norge", """
                  <skos:prefLabel xml:lang="en">*</skos:prefLabel>
                  <skos:prefLabel xml:lang="nn">Ny i Noreg</skos:prefLabel>
                  <skos:prefLabel xml:lang="nb">Ny i Norge</skos:prefLabel>
            """),
            Support.concept("hendelse/fa-barn", """
                  <skos:prefLabel xml:lang="en">*</skos:prefLabel>
                  <skos:prefLabel xml:lang="nb">Få barn</skos:prefLabel>
            """),
            Support.concept("ord/drone", """
                  <skos:prefLabel xml:lang="nb">Drone</skos:prefLabel>
                  <skos:note xml:lang="nb">*</skos:note>
            """),
        ].joined(separator: "\n"))
        let event = try XCTUnwrap(vocabulary.concept(uri: base + "hendelse/ny-i-norge"))
        XCTAssertEqual(event.prefLabel.values, ["nb": "Ny i Norge", "nn": "Ny i Noreg"])
        XCTAssertEqual(event.prefLabel.text(in: "en", fallback: ["nb"]), "Ny i Norge")
        XCTAssertEqual(event.displayLabel, "Ny i Norge")
        XCTAssertTrue(vocabulary.concept(uri: base + "ord/drone")?.note.isEmpty ?? false)

        XCTAssertEqual(diagnostics.count, 1)
        XCTAssertEqual(
            diagnostics.first?.headline,
            "los.rdf:7:1: warning: 3 placeholder texts \"*\" dropped from the LOS vocabulary; lookups fall back to nb [los-placeholder-label]"
        )
        XCTAssertEqual(diagnostics.first?.notes, [
            "hendelse/ny-i-norge: skos:prefLabel@en (line 7)",
            "hendelse/fa-barn: skos:prefLabel@en (line 14)",
            "ord/drone: skos:note@nb (line 21)",
        ])
    }

    func testDanglingRelatedTargetsAreDroppedAndGrouped() throws {
        let events = (1...5).map { number in
            Support.concept("hendelse/event-\(number)", """
                  <skos:prefLabel xml:lang="nb">Hendelse \(number)</skos:prefLabel>
                  <skos:related rdf:resource="https://psi.norge.no/los/ord/barnetrygd"/>
                  <skos:related rdf:resource="https://psi.norge.no/los/ord/missing-\(number)"/>
            """)
        }
        let (vocabulary, diagnostics) = load((events + [Support.concept("ord/barnetrygd", Self.labels)]).joined(separator: "\n"))
        XCTAssertEqual(vocabulary.concept(uri: base + "hendelse/event-1")?.related, [base + "ord/barnetrygd"])
        XCTAssertEqual(vocabulary.related(to: base + "hendelse/event-5").map(\.slug), ["barnetrygd"])

        XCTAssertEqual(diagnostics.map(\.rule), ["los-dangling-related"])
        let warning = try XCTUnwrap(diagnostics.first)
        XCTAssertEqual(warning.severity, .warning)
        XCTAssertEqual(
            warning.message,
            "5 skos:related links point to concepts that are not in the LOS vocabulary; they are ignored"
        )
        XCTAssertEqual(warning.location, SourceLocation(path: "los.rdf", line: 9, column: 1))
        XCTAssertEqual(warning.notes, [
            "hendelse/event-1 → ord/missing-1 (line 9)",
            "hendelse/event-2 → ord/missing-2 (line 16)",
            "hendelse/event-3 → ord/missing-3 (line 23)",
            "and 2 more",
        ])
    }

    func testDanglingHierarchyLinksHaveTheirOwnRule() {
        let (vocabulary, diagnostics) = load(Support.concept("ord/barnetrygd", Self.labels + """
              <skos:broader rdf:resource="https://psi.norge.no/los/tema/finnes-ikke"/>
        """))
        XCTAssertEqual(vocabulary.concept(uri: base + "ord/barnetrygd")?.broader, [])
        XCTAssertEqual(diagnostics.map(\.rule), ["los-dangling-hierarchy"])
        XCTAssertEqual(
            diagnostics.first?.message,
            "1 skos:broader/narrower link points to concepts that are not in the LOS vocabulary; it is ignored"
        )
    }

    func testTwoValuesInOneLanguageWarnAndKeepTheFirst() throws {
        let (vocabulary, diagnostics) = load(Support.concept("tema/utlan-og-leie", """
              <skos:prefLabel xml:lang="nb">Utlån og leie</skos:prefLabel>
              <skos:prefLabel xml:lang="nb">Utlån og leige</skos:prefLabel>
              <skos:note xml:lang="nb">Utlån eller leie av utstyr</skos:note>
              <skos:note xml:lang="nb">Utlån eller leige av utstyr</skos:note>
              <skos:hiddenLabel xml:lang="nb">Leie</skos:hiddenLabel>
              <skos:hiddenLabel xml:lang="nb">Utleie</skos:hiddenLabel>
        """))
        let concept = try XCTUnwrap(vocabulary.concept(uri: base + "tema/utlan-og-leie"))
        XCTAssertEqual(concept.prefLabel.values, ["nb": "Utlån og leie"])
        XCTAssertEqual(concept.note.values, ["nb": "Utlån eller leie av utstyr"])
        XCTAssertEqual(concept.hiddenLabels, ["nb": ["Leie", "Utleie"]], "hidden labels may repeat a language")
        XCTAssertEqual(diagnostics.map(\.rule), ["los-language-tag"])
        XCTAssertEqual(diagnostics.first?.notes, [
            "tema/utlan-og-leie: two skos:prefLabel values in \"nb\" (line 8)",
            "tema/utlan-og-leie: two skos:note values in \"nb\" (line 10)",
        ])
    }

    func testNonASCIISlugIsKeptWithAWarning() throws {
        let (vocabulary, diagnostics) = load(Support.concept("ord/hørselshjelpemidler", """
              <skos:prefLabel xml:lang="nb">Hørselshjelpemidler</skos:prefLabel>
        """))
        let concept = try XCTUnwrap(vocabulary.concept(uri: base + "ord/hørselshjelpemidler"))
        XCTAssertEqual(concept.slug, "hørselshjelpemidler")
        XCTAssertEqual(concept.path, "ord/hørselshjelpemidler")
        XCTAssertEqual(diagnostics.map(\.rule), ["los-non-ascii-slug"])
        XCTAssertEqual(diagnostics.first?.notes, ["ord/hørselshjelpemidler (line 4)"])
    }

    func testBroadMatchIsIgnoredSoItsTypoIsNotReported() {
        let (vocabulary, diagnostics) = load(Support.concept("tema/bygg-og-eiendom", """
              <skos:topConceptOf rdf:resource="https://psi.norge.no/los/struktur"/>
              <skos:prefLabel xml:lang="nb">Bygg og eiendom</skos:prefLabel>
              <skos:broadMatch rdf:resource="http://http://publications.europa.eu/resource/authority/data-theme/REGI"/>
        """))
        XCTAssertEqual(vocabulary.mainThemes.map(\.slug), ["bygg-og-eiendom"])
        XCTAssertEqual(diagnostics, [])
    }

    func testKindsAndHierarchy() throws {
        let (vocabulary, diagnostics) = load([
            Support.concept("tema/familie-og-barn", """
                  <skos:topConceptOf rdf:resource="https://psi.norge.no/los/struktur"/>
                  <skos:prefLabel xml:lang="nb">Familie og barn</skos:prefLabel>
            """),
            // Only the child states the link; the parent's narrower is completed from it.
            Support.concept("tema/familieytelser", """
                  <skos:prefLabel xml:lang="nb">Familieytelser</skos:prefLabel>
                  <skos:broader rdf:resource="http://psi.norge.no/los/tema/familie-og-barn"/>
            """),
            Support.concept("ord/barnetrygd", Self.labels + """
                  <skos:broader rdf:resource="https://psi.norge.no/los/tema/familieytelser"/>
            """),
            Support.concept("hendelse/fa-barn", """
                  <skos:prefLabel xml:lang="nb">Få barn</skos:prefLabel>
                  <skos:related rdf:resource="https://psi.norge.no/los/ord/barnetrygd"/>
            """),
            """
               <rdf:Description rdf:about="https://psi.norge.no/los/ontologi/ord">
                  <rdf:type rdf:resource="http://www.w3.org/2004/02/skos/core#ConceptScheme"/>
                  <skos:prefLabel xml:lang="nb">Ord</skos:prefLabel>
               </rdf:Description>
            """,
        ].joined(separator: "\n"))
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(vocabulary.concepts.map(\.kind), [.theme, .subTheme, .word, .lifeEvent])
        XCTAssertEqual(vocabulary.concepts.map(\.path), ["tema/familie-og-barn", "tema/familieytelser", "ord/barnetrygd", "hendelse/fa-barn"])
        XCTAssertEqual(vocabulary.children(of: base + "tema/familie-og-barn").map(\.slug), ["familieytelser"])
        XCTAssertEqual(vocabulary.children(of: base + "tema/familieytelser").map(\.slug), ["barnetrygd"])
        XCTAssertEqual(vocabulary.parents(of: base + "ord/barnetrygd").map(\.slug), ["familieytelser"])
        XCTAssertEqual(vocabulary.mainTheme(of: "http://psi.norge.no/los/tema/familieytelser")?.slug, "familie-og-barn")
        XCTAssertNil(vocabulary.concept(uri: base + "ontologi/ord"), "concept schemes are not concepts")
        XCTAssertEqual(vocabulary.concept(uri: "http://psi.norge.no/los/ord/barnetrygd")?.uri, base + "ord/barnetrygd")
    }

    func testTypedNodeElementsAndOtherPrefixes() throws {
        let data = Data("""
        <?xml version="1.0"?>
        <r:RDF xmlns:r="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:s="http://www.w3.org/2004/02/skos/core#">
          <s:Concept r:about="http://psi.norge.no/los/ord/barnetrygd" xml:lang="nn">
            <s:prefLabel>Barnetrygd</s:prefLabel>
            <s:prefLabel xml:lang="en"><![CDATA[Child allowance]]></s:prefLabel>
            <s:hiddenLabel xml:lang="nb">
               Småbarnstillegg
            </s:hiddenLabel>
          </s:Concept>
        </r:RDF>
        """.utf8)
        let (vocabulary, diagnostics) = VocabularyLoader.load(data: data, path: "los.rdf")
        XCTAssertEqual(diagnostics, [])
        let concept = try XCTUnwrap(vocabulary.concepts.first)
        XCTAssertEqual(concept.uri, base + "ord/barnetrygd")
        XCTAssertEqual(concept.kind, .word)
        XCTAssertEqual(concept.prefLabel.values, ["nn": "Barnetrygd", "en": "Child allowance"])
        XCTAssertEqual(concept.hiddenLabels, ["nb": ["Småbarnstillegg"]])
    }

    func testRepeatedDescriptionsAreMerged() {
        let (vocabulary, diagnostics) = load([
            Support.concept("ord/barnetrygd", Self.labels),
            Support.concept("ord/barnetrygd", """
                  <skos:hiddenLabel xml:lang="nb">Småbarnstillegg</skos:hiddenLabel>
            """),
        ].joined(separator: "\n"))
        XCTAssertEqual(vocabulary.concepts.count, 1)
        XCTAssertEqual(vocabulary.concepts.first?.hiddenLabels["nb"], ["Småbarnstillegg"])
        XCTAssertEqual(vocabulary.concepts.first?.prefLabel.text(in: "en"), "Child allowance")
        XCTAssertEqual(diagnostics.map(\.rule), ["los-duplicate-concept"])
    }

    func testMalformedXMLIsAnErrorWithLineAndColumn() {
        let data = Data("""
        <?xml version="1.0" encoding="UTF-8"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                 xmlns:skos="http://www.w3.org/2004/02/skos/core#">
           <rdf:Description rdf:about="https://psi.norge.no/los/ord/barnetrygd">
              <skos:prefLabel xml:lang="nb">Barnetrygd</skos:prefLable>
           </rdf:Description>
        </rdf:RDF>
        """.utf8)
        let (vocabulary, diagnostics) = VocabularyLoader.load(data: data, path: "los.rdf")
        XCTAssertTrue(vocabulary.concepts.isEmpty)
        XCTAssertEqual(diagnostics.count, 1)
        XCTAssertEqual(
            diagnostics.first?.headline,
            "los.rdf:5:64: error: the LOS vocabulary is not well-formed XML: a closing tag does not match its opening tag (XML error 76) [los-malformed]"
        )
    }

    func testMalformedColumnCountsScalarsNotBytes() {
        // "ø" and "å" take two bytes each in UTF-8; the column counts them once (libxml2 counts characters).
        let data = Data("<a>ø å <b></a>".utf8)
        let (_, diagnostics) = VocabularyLoader.load(data: data, path: "los.rdf")
        XCTAssertEqual(diagnostics.map(\.rule), ["los-malformed"])
        XCTAssertEqual(diagnostics.first?.location, SourceLocation(path: "los.rdf", line: 1, column: 15))
    }

    func testFileEndingInsideAnElementIsMalformed() {
        let data = Data("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n  <rdf:Description>".utf8)
        let (_, diagnostics) = VocabularyLoader.load(data: data, path: "los.rdf")
        XCTAssertEqual(diagnostics.map(\.rule), ["los-malformed"])
        XCTAssertEqual(diagnostics.first?.severity, .error)
        XCTAssertEqual(diagnostics.first?.location?.line, 2)
    }

    func testEmptyFileIsAnError() {
        for text in ["", "  \n\t", "<?xml version=\"1.0\"?>\n"] {
            let (vocabulary, diagnostics) = VocabularyLoader.load(data: Data(text.utf8), path: "los.rdf")
            XCTAssertTrue(vocabulary.concepts.isEmpty)
            XCTAssertEqual(diagnostics.map(\.severity), [.error], text.debugDescription)
            XCTAssertTrue(["los-empty", "los-malformed"].contains(diagnostics.first?.rule ?? ""), text.debugDescription)
        }
        XCTAssertEqual(
            VocabularyLoader.load(data: Data(), path: "los.rdf").diagnostics.first?.headline,
            "los.rdf:1:1: error: the LOS vocabulary file is empty [los-empty]"
        )
    }

    func testNonSKOSFilesAreErrors() {
        let html = Data("<html><body><p>LOS</p></body></html>".utf8)
        XCTAssertEqual(
            VocabularyLoader.load(data: html, path: "los.rdf").diagnostics.first?.headline,
            "los.rdf:1:1: error: the LOS vocabulary is not SKOS in RDF/XML: the root element is not rdf:RDF [los-not-skos]"
        )
        let noConcepts = Support.rdf("""
           <rdf:Description rdf:about="https://example.org/thing">
              <rdf:type rdf:resource="http://xmlns.com/foaf/0.1/Person"/>
           </rdf:Description>
        """)
        let (vocabulary, diagnostics) = VocabularyLoader.load(data: noConcepts, path: "los.rdf")
        XCTAssertTrue(vocabulary.concepts.isEmpty)
        XCTAssertEqual(diagnostics.map(\.rule), ["los-not-skos"])
        XCTAssertEqual(diagnostics.first?.severity, .error)
    }

    func testDeepNestingDoesNotCrash() {
        let depth = 20_000
        let nested = String(repeating: "<x>", count: depth) + String(repeating: "</x>", count: depth)
        let (_, diagnostics) = load(Support.concept("ord/barnetrygd", Self.labels + "<skos:note>\(nested)</skos:note>"))
        // libxml2 refuses very deep documents; either way there is no crash and no concept note.
        XCTAssertTrue(diagnostics.allSatisfy { $0.rule == "los-malformed" })
    }
}
