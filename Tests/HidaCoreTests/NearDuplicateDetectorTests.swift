import Foundation
import XCTest
@testable import HidaCore

final class NearDuplicateDetectorTests: XCTestCase {
    /// "ord0 ord1 … ord(n-1)": distinct words, so every shingle is distinct and Jaccard values are exact fractions.
    private func distinctWords(_ count: Int) -> [String] {
        (0..<count).map { "ord\($0)" }
    }

    func testEditedCopyIsFoundWithItsExactSimilarity() {
        // 200 distinct words give 196 five-word shingles. The copy changes words 30 and 70 (each change
        // touches the 5 shingles that contain it, so 10 are lost) and appends one word (1 new shingle):
        // shared 186, copy 197 shingles, union 196 + 197 − 186 = 207, Jaccard 186/207 = 0.8986.
        var words = distinctWords(200)
        let original = words.joined(separator: " ")
        words[30] = "endret"
        words[70] = "ny"
        words.append("slutt")
        let pairs = NearDuplicateDetector().pairs([(id: 1, text: original), (id: 2, text: words.joined(separator: " "))])
        XCTAssertEqual(pairs.count, 1)
        XCTAssertEqual(pairs.first?.a, 1)
        XCTAssertEqual(pairs.first?.b, 2)
        let similarity = pairs.first?.similarity ?? 0
        XCTAssertTrue((0.89...0.91).contains(similarity), "similarity \(similarity)")
        XCTAssertEqual(similarity, 186.0 / 207.0, accuracy: 1e-12)
    }

    func testRealisticAgencyCopyIsFound() {
        let nav = """
        Barnetrygd er en månedlig støtte til deg som har barn under 18 år. Du får barnetrygd for barn som bor
        fast hos deg. Barnetrygden blir utbetalt fra måneden etter at barnet er født, og fram til og med måneden
        før barnet fyller 18 år. Hvis du har rett til barnetrygd, får du vanligvis et brev om dette når barnet
        er født. Du må søke dersom du ikke får et slikt brev, eller hvis barnet har flyttet til deg.
        """
        let copy = """
        Barnetrygd er en månedlig støtte til deg som har barn under 18 år. Du får barnetrygd for barn som bor
        fast hos deg. Barnetrygden blir betalt ut fra måneden etter at barnet er født, og fram til og med måneden
        før barnet fyller 18 år. Hvis du har rett til barnetrygd, får du vanligvis et brev om dette når barnet
        er født. Du må søke dersom du ikke får et slikt brev, eller hvis barnet har flyttet til deg.
        """
        let pairs = NearDuplicateDetector().pairs([(id: 7, text: copy), (id: 3, text: nav)])
        XCTAssertEqual(pairs.map { [$0.a, $0.b] }, [[3, 7]])
        XCTAssertTrue((0.8..<1).contains(pairs.first?.similarity ?? 0))
    }

    func testUnrelatedPagesAreNotPaired() {
        let pages = [
            (id: 1, text: "Barnetrygd er en månedlig støtte til deg som har barn under 18 år og bor i Norge."),
            (id: 2, text: "Skattekortet viser hvor mye skatt arbeidsgiveren skal trekke av lønnen din hver måned."),
            (id: 3, text: "Du må melde flytting til Folkeregisteret senest åtte dager etter at du har flyttet."),
        ]
        XCTAssertEqual(NearDuplicateDetector().pairs(pages), [])
    }

    func testPagesSharingOnlyBoilerplateStayBelowTheThreshold() {
        let boilerplate = distinctWords(40).joined(separator: " ")
        let first = boilerplate + " " + (0..<60).map { "a\($0)" }.joined(separator: " ")
        let second = boilerplate + " " + (0..<60).map { "b\($0)" }.joined(separator: " ")
        XCTAssertEqual(NearDuplicateDetector().pairs([(id: 1, text: first), (id: 2, text: second)]), [])
        // The pair is reported with a lower threshold and one-row bands (so that LSH proposes such a weak pair):
        // 36 shared shingles of 96 each, 36/156.
        let loose = NearDuplicateDetector(threshold: 0.2, bands: 128).pairs([(id: 1, text: first), (id: 2, text: second)])
        XCTAssertEqual(loose.first?.similarity ?? 0, 36.0 / 156.0, accuracy: 1e-12)
    }

    func testIdenticalShortTextsArePairedAndCaseAndPunctuationDoNotCount() {
        let pages = [
            (id: 5, text: "Siden er flyttet."),
            (id: 2, text: "siden ER flyttet"),
            (id: 9, text: "Siden er slettet."),
            (id: 4, text: "Søk om STØTTE!"),
            (id: 1, text: "søk om støtte"),
        ]
        XCTAssertEqual(NearDuplicateDetector().pairs(pages), [
            NearDuplicate(a: 1, b: 4, similarity: 1),
            NearDuplicate(a: 2, b: 5, similarity: 1),
        ])
    }

    func testManyIdenticalCopiesArePairedOnce() {
        let pages = (0..<30).map { (id: 29 - $0, text: "Denne siden er ikke lenger i bruk. Gå til forsiden.") }
        let pairs = NearDuplicateDetector().pairs(pages)
        XCTAssertEqual(pairs.count, 30 * 29 / 2)
        XCTAssertEqual(pairs.first, NearDuplicate(a: 0, b: 1, similarity: 1))
        XCTAssertEqual(pairs.last, NearDuplicate(a: 28, b: 29, similarity: 1))
        XCTAssertEqual(pairs, pairs.sorted { ($0.a, $0.b) < ($1.a, $1.b) })
    }

    func testTemplatedPagesThatShareEveryBucketAreAllPaired() {
        // 400 office pages: the same 59 words and a different last word. Each has 56 shingles, 55 shared with
        // every other page: Jaccard 55/57, and all 400·399/2 pairs share every LSH band.
        let template = distinctWords(59).joined(separator: " ")
        let pages = (0..<400).map { (id: $0, text: template + " kontor\($0)") }
        let pairs = NearDuplicateDetector().pairs(pages)
        XCTAssertEqual(pairs.count, 400 * 399 / 2)
        XCTAssertTrue(pairs.allSatisfy { abs($0.similarity - 55.0 / 57.0) < 1e-12 })
    }

    func testEmptyTextsAreIgnored() {
        let pages = [(id: 1, text: ""), (id: 2, text: "   \n"), (id: 3, text: "– … !"), (id: 4, text: "")]
        XCTAssertEqual(NearDuplicateDetector().pairs(pages), [])
        XCTAssertEqual(NearDuplicateDetector().pairs([]), [])
    }

    func testSameIdIsNeverPairedWithItself() {
        XCTAssertEqual(NearDuplicateDetector().pairs([(id: 1, text: "a b c"), (id: 1, text: "a b c")]), [])
    }

    func testOddParametersAreClampedAndDoNotCrash() {
        let clamped = NearDuplicateDetector(threshold: 0.5, shingleSize: 0, hashes: 0, bands: 0)
        XCTAssertEqual([clamped.shingleSize, clamped.hashes, clamped.bands], [1, 1, 1])
        XCTAssertEqual(NearDuplicateDetector(hashes: 10, bands: 64).bands, 10)
        // 6 and 7 words: with one-word shingles the Jaccard is 6/7; whatever LSH proposes is verified exactly.
        let pages = [(id: 1, text: "en to tre fire fem seks"), (id: 2, text: "en to tre fire fem seks sju")]
        for detector in [clamped, NearDuplicateDetector(threshold: 0.5, shingleSize: 1, hashes: 100, bands: 7)] {
            for pair in detector.pairs(pages) {
                XCTAssertEqual([pair.a, pair.b], [1, 2])
                XCTAssertEqual(pair.similarity, 6.0 / 7.0, accuracy: 1e-12)
            }
        }
        XCTAssertEqual(NearDuplicateDetector(threshold: 0.5, shingleSize: 1, hashes: 128, bands: 128).pairs(pages).count, 1)
    }

    /// 2 000 generated pages of 300 words; pages 1000–1099 are copies of pages 0–99 with 5 words replaced.
    func testFindsExactlyThePlantedCopiesAmongTwoThousandPages() {
        let corpus = GeneratedCorpus(pages: 2_000, wordsPerPage: 300, copies: 100, copyOffset: 1_000, editsPerCopy: 5)
        let start = Date()
        let pairs = NearDuplicateDetector().pairs(corpus.documents)
        print("near-duplicates: 2000 pages × 300 words in \(String(format: "%.3f", Date().timeIntervalSince(start))) s")
        XCTAssertEqual(pairs.map { [$0.a, $0.b] }, (0..<100).map { [$0, $0 + 1_000] })
        // Five changed words remove at most 25 of 296 shingles: Jaccard ≥ 271/321 = 0.844.
        XCTAssertTrue(pairs.allSatisfy { $0.similarity >= 271.0 / 321.0 && $0.similarity < 1 })
        XCTAssertEqual(NearDuplicateDetector().pairs(corpus.documents), pairs, "same input, same output")
        XCTAssertEqual(NearDuplicateDetector().pairs(utf8: corpus.documents.map { (id: $0.id, utf8: Array($0.text.utf8)) }), pairs,
                       "the texts as UTF-8 pair alike")
    }

    /// Timing on the portal-scale corpus; run with `HIDA_EDITORIAL_BENCH=1 swift test -c release -Xswiftc -enable-testing`.
    func testTenThousandPagesTiming() throws {
        guard ProcessInfo.processInfo.environment["HIDA_EDITORIAL_BENCH"] != nil else {
            throw XCTSkip("set HIDA_EDITORIAL_BENCH=1 to time 10 000 pages (use a release build)")
        }
        let corpus = GeneratedCorpus(pages: 10_000, wordsPerPage: 300, copies: 500, copyOffset: 5_000, editsPerCopy: 5)
        let start = Date()
        let pairs = NearDuplicateDetector().pairs(corpus.documents)
        print("near-duplicates: 10000 pages × 300 words in \(String(format: "%.3f", Date().timeIntervalSince(start))) s, \(pairs.count) pairs")
        XCTAssertEqual(pairs.count, 500)
    }
}

/// Deterministic pseudo-random pages from a 5 000-word vocabulary, with planted edited copies.
struct GeneratedCorpus {
    var documents: [(id: Int, text: String)] = []

    init(pages: Int, wordsPerPage: Int, copies: Int, copyOffset: Int, editsPerCopy: Int) {
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            return Int(StableHash.mix(state) % UInt64(bound))
        }
        let syllables = ["ba", "ne", "try", "gd", "sk", "att", "før", "lø", "nn", "å", "rs", "ku", "ve", "ti", "mo", "pa"]
        let vocabulary = (0..<5_000).map { index in
            var word = ""
            var rest = index
            repeat {
                word += syllables[rest % syllables.count]
                rest /= syllables.count
            } while rest > 0
            return word + syllables[index % 7]
        }
        var pageWords: [[String]] = []
        for _ in 0..<pages {
            pageWords.append((0..<wordsPerPage).map { _ in vocabulary[next(vocabulary.count)] })
        }
        for copy in 0..<copies where copy + copyOffset < pages {
            var words = pageWords[copy]
            for _ in 0..<editsPerCopy {
                words[next(words.count)] = "endring\(next(1_000))"
            }
            pageWords[copy + copyOffset] = words
        }
        documents = pageWords.enumerated().map { (id: $0.offset, text: $0.element.joined(separator: " ")) }
    }
}
