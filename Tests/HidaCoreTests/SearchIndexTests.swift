import Foundation
import XCTest
@testable import HidaCore

/// A small portal in bokmål, used by the index and ranking tests.
enum SearchFixture {
    static let documents: [SearchDocument] = [
        SearchDocument(url: "/barnetrygd/", title: "Barnetrygd",
                       description: "Barnetrygd er en månedlig skattefri støtte for barn under 18 år.",
                       headings: ["Hvem kan få barnetrygd", "Satser"], body: "Du får barnetrygd automatisk når barnet er født.",
                       topics: ["Barnetrygd"], agency: "NAV", journeys: ["Få barn"]),
        SearchDocument(url: "/soke-barnetrygd/", title: "Søke om barnetrygd", description: "Slik sender du søknad om barnetrygd.",
                       body: "Søknaden sendes digitalt.", topics: ["Barnetrygd"], agency: "NAV", journeys: ["Få barn"], isService: true),
        SearchDocument(url: "/foreldrepenger/", title: "Foreldrepenger",
                       description: "Foreldrepenger skal erstatte inntekt når du er hjemme med barn.",
                       headings: ["Mødrekvote og fedrekvote"], body: "Du må søke senest fire uker før du skal ta ut permisjon.",
                       topics: ["Foreldrepenger"], agency: "NAV"),
        SearchDocument(url: "/bytte-forerkort/", title: "Bytte utenlandsk førerkort", description: "Slik bytter du førerkortet ditt til et norsk.",
                       body: "Du må møte opp på en trafikkstasjon.", topics: ["Førerkort"], agency: "Statens vegvesen", isService: true),
        SearchDocument(url: "/skattekort/", title: "Skattekort", description: "Alle som har inntekt trenger skattekort.",
                       body: "Barnetrygd er skattefri og skal ikke føres i skattekortet. Du får svar innen to uker.",
                       topics: ["Skatt"], agency: "Skatteetaten"),
        SearchDocument(url: "/barnehageplass/", title: "Barnehageplass", description: "Søk om plass i barnehage i kommunen der du bor.",
                       topics: ["Barnehage"], agency: "Oslo kommune"),
        SearchDocument(url: "/fedrekvote/", title: "Fedrekvote for far", description: "Far har rett til egen kvote.",
                       topics: ["Foreldrepenger"], agency: "NAV"),
        SearchDocument(url: "/hagearbeid/", title: "Skjære ned trær", description: "Når kan du skjære ned trær i egen hage?",
                       topics: ["Natur"], agency: "Oslo kommune"),
    ]

    static let synonyms = ["pappapermisjon": ["Foreldrepenger"], "barnebidrag": ["Barnetrygd", "Ukjent begrep"]]

    static func files(language: String = "nb", documents: [SearchDocument] = documents) -> [(path: String, contents: String)] {
        var builder = SearchIndexBuilder(language: language, synonyms: synonyms)
        for document in documents { builder.add(document) }
        return builder.files()
    }

    static func query(language: String = "nb", documents: [SearchDocument] = documents) -> SearchQuery? {
        let files = files(language: language, documents: documents)
        return SearchQuery(files: Dictionary(files.map { ($0.path, $0.contents) }, uniquingKeysWith: { first, _ in first }),
                           base: "/search/\(language)/")
    }
}

final class SearchIndexTests: XCTestCase {
    func testFilesAreParseableJSONUnderTheLanguageFolder() throws {
        let files = SearchFixture.files()
        XCTAssertEqual(files.first?.path, "/search/nb/meta.json")
        XCTAssertTrue(files.contains { $0.path == "/search/nb/docs/0.json" })
        for file in files {
            XCTAssertTrue(file.path.hasPrefix("/search/nb/"), file.path)
            XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(file.contents.utf8)), file.path)
            XCTAssertFalse(file.contents.contains(" \""), "compact JSON: \(file.path)")
        }
        let meta = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(files[0].contents.utf8)) as? [String: Any])
        XCTAssertEqual(meta["n"] as? Int, SearchFixture.documents.count)
        let shards = try XCTUnwrap(meta["shards"] as? [String])
        XCTAssertEqual(shards, shards.sorted())
        XCTAssertEqual(Set(files.filter { $0.path.contains("/terms/") }.map(\.path)), Set(shards.map { "/search/nb/terms/\($0).json" }))
    }

    func testOutputIsTheSameWhateverTheOrderOfAdding() {
        let forward = SearchFixture.files()
        let backward = SearchFixture.files(documents: SearchFixture.documents.reversed())
        XCTAssertEqual(forward.map(\.path), backward.map(\.path))
        XCTAssertEqual(forward.map(\.contents), backward.map(\.contents))
    }

    func testDocumentsAreSortedByURLAndCarryTheirBadges() throws {
        let files = SearchFixture.files()
        let docs = try XCTUnwrap(files.first { $0.path == "/search/nb/docs/0.json" })
        let rows = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(docs.contents.utf8)) as? [[Any]])
        XCTAssertEqual(rows.compactMap { $0.first as? String }, SearchFixture.documents.map(\.url).sorted())
        let service = try XCTUnwrap(rows.first { $0.first as? String == "/soke-barnetrygd/" })
        XCTAssertEqual(service[3] as? String, "NAV")
        XCTAssertEqual(service[4] as? [String], ["Få barn"])
        XCTAssertEqual(service[5] as? Int, 1)
    }

    func testTermsLiveInTheShardNamedByTheirFoldedKey() throws {
        let files = SearchFixture.files()
        let shard = try XCTUnwrap(files.first { $0.path == "/search/nb/terms/so.json" })
        let terms = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(shard.contents.utf8)) as? [String: [Int]])
        XCTAssertNotNil(terms["søknad"], "søknad folds to soknad")
        XCTAssertNotNil(terms["søk"])
        for (_, postings) in terms {
            XCTAssertEqual(postings.count % 2, 0)
            XCTAssertTrue(stride(from: 1, to: postings.count, by: 2).allSatisfy { postings[$0] >= 1 })
        }
    }

    func testLargeShardsAreSplitByOneMoreLetter() throws {
        // Many distinct words that all fold to keys starting with "fo".
        let documents = (0 ..< 400).map { number in
            SearchDocument(url: "/side-\(number)/", title: "Forsikring \(number)",
                           body: (0 ..< 40).map { "fo\(String(UnicodeScalar(UInt8(97 + ($0 + number) % 26))))ord\(number % 37)x\($0)" }.joined(separator: " "))
        }
        let files = SearchFixture.files(documents: documents)
        let termFiles = files.filter { $0.path.contains("/terms/") }
        XCTAssertTrue(termFiles.contains { $0.path.hasSuffix("/foa.json") }, "fo… was split")
        XCTAssertFalse(termFiles.contains { $0.path.hasSuffix("/fo.json") && $0.contents.utf8.count > SearchIndexBuilder.largestShardBytes })
        let query = try XCTUnwrap(SearchFixture.query(documents: documents))
        XCTAssertEqual(query.results(for: "forsikring ").count, 400)
        XCTAssertEqual(query.results(for: "fobord3x24 ").map(\.url), ["/side-3/"])
    }

    /// Postings are scored in parallel waves of documents; across waves and chunks they must stay in document order
    /// with the scores a document alone would get.
    func testPostingsOfManyDocumentsKeepDocumentOrderAcrossScoringWaves() throws {
        let count = 9_000
        let documents = (0 ..< count).map { number in
            let aid = number % 3 == 0 ? "rullestol" : "seng"
            let longer = number % 999 == 0 ? String(repeating: " Mer tekst om annet.", count: 30) : ""
            return SearchDocument(url: "/side-\(String(number + 100_000))/", title: "Hjelpemidler: \(aid)", body: "Søknad om \(aid)." + longer)
        }
        var terms: [String: [Int]] = [:]
        for file in SearchFixture.files(documents: documents) where file.path.contains("/terms/") {
            let shard = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(file.contents.utf8)) as? [String: [Int]])
            terms.merge(shard) { first, _ in first }
        }
        // Pairs of document gap and score: every third document, in order.
        let postings = try XCTUnwrap(terms["rullestol"])
        XCTAssertEqual(postings.count, 2 * count / 3)
        XCTAssertEqual(postings[0], 0)
        XCTAssertEqual(stride(from: 2, to: postings.count, by: 2).filter { postings[$0] != 3 }.count, 0)
        // The same text scores the same in every wave; only the longer documents (every 999th) score lower.
        let scores = stride(from: 1, to: postings.count, by: 2).map { postings[$0] }
        let common = try XCTUnwrap(scores.last)
        XCTAssertEqual(scores.indices.filter { scores[$0] != common }.map { $0 * 3 }, (0 ..< 10).map { $0 * 999 })
        XCTAssertTrue(scores.indices.allSatisfy { scores[$0] <= common })
    }

    func testAnEmptyIndexHasOnlyMeta() throws {
        let files = SearchIndexBuilder(language: "en", synonyms: [:]).files()
        XCTAssertEqual(files.map(\.path), ["/search/en/meta.json"])
        let query = try XCTUnwrap(SearchQuery(files: [files[0].path: files[0].contents], base: "/search/en/"))
        XCTAssertEqual(query.results(for: "anything"), [])
    }

    func testHostileTextIsEscaped() throws {
        let document = SearchDocument(url: "/x/?a=\"b\"", title: "Quote \" back\\slash \u{1} </script> \u{2028}", body: "ok")
        let files = SearchFixture.files(documents: [document])
        let docs = try XCTUnwrap(files.first { $0.path.hasSuffix("docs/0.json") })
        let rows = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(docs.contents.utf8)) as? [[Any]])
        XCTAssertEqual(rows.first?[1] as? String, document.title)
        XCTAssertEqual(rows.first?[0] as? String, document.url)
    }

    func testHugeAndOddInputIsIndexedWithoutTrouble() throws {
        let long = String(repeating: "å", count: 200_000)
        let odd = "\u{0}\u{FFFD}\u{301}\u{30A}a\u{30A}" + String(repeating: "-", count: 10_000) + "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🙂 ers erte s"
        let documents = [SearchDocument(url: "/lang/", title: long, body: odd), SearchDocument(url: "", title: "")]
        let query = try XCTUnwrap(SearchFixture.query(documents: documents))
        XCTAssertEqual(query.results(for: String(repeating: "aa", count: 50_000)).map(\.url), ["/lang/"])
        XCTAssertEqual(query.results(for: odd).count, 1)
    }

    func testLanguageBecomesASafePathSegment() {
        XCTAssertEqual(SearchIndexBuilder(language: "../etc", synonyms: [:]).files().first?.path, "/search/etc/meta.json")
    }
}

/// One document's terms: stemmed once, stop words left out, counts per field capped where BM25 no longer cares.
final class SearchDocumentTermsTests: XCTestCase {
    func testCountsPerFieldAndTheCap() {
        var analysis = SearchDocumentTerms.Analysis(analyzer: SearchAnalyzer(language: "nb"))
        let body = Array(repeating: "barnetrygden", count: 600).joined(separator: " ") + " og søknader"
        let text = analysis.terms(of: SearchDocument(url: "/a/", title: "Barnetrygd", body: body), hiddenLabels: []).text
        let stems = text.terms.map { text.table.stems[Int($0)].stemmerString }
        XCTAssertEqual(stems, ["barnetrygd", "søknad"], "one term for both forms; \"og\" is a stop word")
        XCTAssertEqual(SearchDocumentTerms.count(in: text.counts[0], of: .title), 1)
        XCTAssertEqual(SearchDocumentTerms.count(in: text.counts[0], of: .body), 511, "capped")
        XCTAssertEqual(SearchDocumentTerms.count(in: text.counts[1], of: .body), 1)
        XCTAssertEqual(text.fieldLengths[SearchField.body.rawValue], 601, "lengths are not capped")
    }

    func testDocumentsOfOneChunkShareTheirStemTable() {
        var analysis = SearchDocumentTerms.Analysis(analyzer: SearchAnalyzer(language: "nb"))
        let first = analysis.terms(of: SearchDocument(url: "/a/", title: "Skattekort"), hiddenLabels: []).text
        let second = analysis.terms(of: SearchDocument(url: "/b/", title: "Frikort og skattekort"), hiddenLabels: []).text
        XCTAssertTrue(first.table === second.table)
        XCTAssertEqual(second.terms.map { second.table.stems[Int($0)].stemmerString }, ["frikort", "skattekort"])
        XCTAssertEqual(first.terms, [second.terms[1]])
    }

    func testAgencyJourneysAndSynonymsAreTheContextPart() {
        var analysis = SearchDocumentTerms.Analysis(analyzer: SearchAnalyzer(language: "nn"))
        let document = SearchDocument(url: "/a/", title: "Skattekort", topics: ["Skatt"], agency: "Skatteetaten",
                                      journeys: ["Flytte til Noreg"])
        let terms = analysis.terms(of: document, hiddenLabels: ["frikort"])
        let stems = { (part: SearchDocumentTerms.Part) in part.terms.map { part.table.stems[Int($0)].stemmerString } }
        XCTAssertEqual(stems(terms.text), ["skattekort", "skatt"])
        XCTAssertEqual(stems(terms.context), ["flytt", "noreg", "frikort", "skatteetat"])
        XCTAssertEqual(terms.length(of: .topics), 3, "a topic label and a journey title of two words")
    }

    func testPartsAddUpPerFieldAndStopAtTheCap() {
        let title = UInt64(1), body = UInt64(1) << (UInt64(SearchField.body.rawValue) * SearchDocumentTerms.bitsPerCount)
        let sum = SearchDocumentTerms.sum(3 * title + 500 * body, 2 * title + 20 * body)
        XCTAssertEqual(SearchDocumentTerms.count(in: sum, of: .title), 5)
        XCTAssertEqual(SearchDocumentTerms.count(in: sum, of: .body), 511)
        XCTAssertEqual(SearchDocumentTerms.count(in: sum, of: .agency), 0)
    }

    /// The nynorsk index reads the bokmål pages it falls back to from the bokmål index; its files must be the same
    /// as when it reads them itself.
    func testSharedTextsGiveTheSameIndex() {
        let pages = [
            SearchDocument(url: "/skattekort/", title: "Skattekort", body: "Du må ha skattekort når du jobbar.",
                           topics: ["Skatt"], agency: "Skatteetaten", journeys: ["Ny i Noreg"]),
            SearchDocument(url: "/barnetrygd/", title: "Barnetrygd", body: "Barnetrygd for barn under 18 år, skatt.",
                           topics: ["Barn"], agency: "Nav"),
        ]
        var bokmål = SearchIndexBuilder(language: "nb", synonyms: ["frikort": ["Skatt"]])
        pages.forEach { bokmål.add($0) }
        let (_, texts) = bokmål.build()
        XCTAssertEqual(Set(texts.keys), ["/skattekort/", "/barnetrygd/"])

        var nynorsk = SearchIndexBuilder(language: "nn", synonyms: ["frikort": ["Skatt"]])
        var sharing = nynorsk
        pages.forEach { nynorsk.add($0) }
        pages.forEach { sharing.add($0) }
        sharing.sharedTexts = texts
        let expected = nynorsk.files(), shared = sharing.files()
        XCTAssertEqual(shared.map(\.path), expected.map(\.path))
        XCTAssertEqual(shared.map(\.contents), expected.map(\.contents))
        XCTAssertTrue(shared.contains { $0.contents.contains("\"frikort\"") }, "the synonym is indexed")

        // The shared text is used as it is: the index has the words of the text it was given, not of the document.
        var other = SearchIndexBuilder(language: "nb", synonyms: [:])
        other.add(SearchDocument(url: "/skattekort/", title: "Bustøtte"))
        var reusing = SearchIndexBuilder(language: "nn", synonyms: [:])
        reusing.add(pages[0])
        reusing.sharedTexts = other.build().texts
        let terms = reusing.files().filter { $0.path.contains("/terms/") }.map(\.contents).joined()
        XCTAssertTrue(terms.contains("\"bustøtt\""))
        XCTAssertFalse(terms.contains("\"skattekort\""))
        XCTAssertTrue(terms.contains("\"skatteetat\""), "the context part is still read")
    }

    /// Each concept's hidden labels are sorted and distinct, so a document's are merged, not hashed and sorted again.
    func testHiddenLabelsOfSeveralConceptsAreMergedIntoOneSortedList() {
        var random = SystemRandomNumberGenerator()
        let words = ["ål", "barn", "Barn", "øre", "æra", "arv", "bolig", "å", "skatt", "e\u{301}", "é", "permisjon"]
        for _ in 0 ..< 200 {
            let lists = (0 ..< Int.random(in: 0 ... 4, using: &random)).map { _ in
                Array(Set(words.filter { _ in Bool.random(using: &random) })).sorted()
            }
            XCTAssertEqual(SearchIndexBuilder.union(lists), Array(Set(lists.joined())).sorted(), "\(lists)")
        }
        XCTAssertEqual(SearchIndexBuilder.union([]), [])
        XCTAssertEqual(SearchIndexBuilder.union([[], ["a", "b"], []]), ["a", "b"])
    }

    /// Every chunk of the analysis stems its words anew, so there are few chunks: four per core, of at least 256.
    func testAnalysisChunksAreFewAndNotTooSmall() {
        XCTAssertEqual(SearchIndexBuilder.analysisChunkSize(documentCount: 100, cores: 2), 256)
        XCTAssertEqual(SearchIndexBuilder.analysisChunkSize(documentCount: 10_050, cores: 2), 1_257)
        XCTAssertEqual(SearchIndexBuilder.analysisChunkSize(documentCount: 100_000, cores: 8), 3_125)
        XCTAssertEqual(SearchIndexBuilder.analysisChunkSize(documentCount: 5_000, cores: 0), 1_250)
        for count in [1, 255, 256, 2_047, 2_048, 9_999, 123_457] {
            let size = SearchIndexBuilder.analysisChunkSize(documentCount: count, cores: 2)
            XCTAssertGreaterThanOrEqual(size, 256)
            XCTAssertLessThanOrEqual((count + size - 1) / size, 8, "\(count) documents")
        }
    }
}
