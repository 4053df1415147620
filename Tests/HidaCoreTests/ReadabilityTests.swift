import Foundation
import Markdown
import XCTest
@testable import HidaCore

final class ReadabilityTests: XCTestCase {
    func testTwoSentencesWithLongWords() {
        // Words: Barnetrygd(10, long) er en månedlig(8, long) støtte(6) | Du søker på nav.no(5: n a v n o)
        // words 9, sentences 2, long 2: LIX = 9/2 + 100·2/9 = 4.5 + 22.2222… = 26.7222…
        let score = Readability.lix("Barnetrygd er en månedlig støtte. Du søker på nav.no!")
        XCTAssertEqual(score.words, 9)
        XCTAssertEqual(score.sentences, 2)
        XCTAssertEqual(score.longWords, 2)
        XCTAssertEqual(score.value, 4.5 + 200.0 / 9, accuracy: 1e-9)
    }

    func testLinesNumbersColonsAndQuotes() {
        // Line 1 "Slik søker du": 3 words, no end mark, so the line end closes sentence 1.
        // Line 2: "Grunnbeløpet(12, long) er 130 160 kroner:" — numbers are not words — sentence 2 with 3 words;
        //         "det justeres(8, long) hvert år." sentence 3 with 4 words.
        // Line 3 empty, line 4 "2024" has no word: no sentence.
        // Line 5 "«Søknadsfrist»" (12 letters, long): sentence 4 with 1 word.
        // words 11, sentences 4, long 3: LIX = 11/4 + 100·3/11 = 2.75 + 27.2727… = 30.0227…
        let text = "Slik søker du\nGrunnbeløpet er 130 160 kroner: det justeres hvert år.\n\n2024\n«Søknadsfrist»"
        let score = Readability.lix(text)
        XCTAssertEqual(score, LixScore(words: 11, sentences: 4, longWords: 3, value: 2.75 + 300.0 / 11))
    }

    func testClosingMarksAbbreviationsAndRepeatedMarks() {
        // "Han sa «nei.»" ends at ».» + space (3 words); "Hva?!" 1 word; "Se f.eks." ends at the second dot
        // (Se, f.eks = 2 words; the dot inside f.eks is followed by a letter); "nav.no" 1 word at the end.
        // words 7, sentences 4, long 0: LIX = 7/4 = 1.75
        let score = Readability.lix("Han sa «nei.» Hva?! Se f.eks. nav.no")
        XCTAssertEqual(score, LixScore(words: 7, sentences: 4, longWords: 0, value: 1.75))
    }

    func testTextWithoutWordsScoresZero() {
        XCTAssertEqual(Readability.lix(""), LixScore(words: 0, sentences: 0, longWords: 0, value: 0))
        XCTAssertEqual(Readability.lix("130 160\n2024 – 2025.\n\t\n"), LixScore(words: 0, sentences: 0, longWords: 0, value: 0))
    }

    func testPlainTextOfMarkdownCountsEachBlockAsASentence() {
        // plainText: "Vedlegg\nSøknadsskjema\nLegeerklæring\nSend inn." — four lines, four sentences.
        // Words: Vedlegg(7, long) Søknadsskjema(13, long) Legeerklæring(13, long) Send inn: 5 words, 3 long.
        // LIX = 5/4 + 100·3/5 = 1.25 + 60 = 61.25
        let document = MarkdownDocument.parse("## Vedlegg\n\n- Søknadsskjema\n- *Legeerklæring*\n\nSend inn.\n")
        XCTAssertEqual(Readability.lix(document.plainText), LixScore(words: 5, sentences: 4, longWords: 3, value: 61.25))
        XCTAssertEqual(Readability.lix(utf8: document.plainTextUTF8), Readability.lix(document.plainText), "the bytes score as the text")
    }

    func testLettersAreCountedAsScalarsNotBytes() {
        // "blåbær" has 6 letters (8 bytes): not long. "ærlighet" has 8: long. 2 words, 1 sentence: 2 + 50 = 52.
        XCTAssertEqual(Readability.lix("blåbær ærlighet"), LixScore(words: 2, sentences: 1, longWords: 1, value: 52))
    }

    func testMalformedAndOddInputDoesNotCrash() {
        let odd = String(decoding: [0xFF, 0xC3, 0x28, 0x2E, 0x20, 0xE2, 0x80], as: UTF8.self) + "\u{2028}…\r\n:"
        _ = Readability.lix(odd)
        _ = Readability.lix(String(repeating: ".", count: 100_000))
        _ = Readability.lix(String(repeating: "a.", count: 100_000))
    }

    /// Throughput on portal-scale text; run with `HIDA_EDITORIAL_BENCH=1 swift test -c release -Xswiftc -enable-testing`.
    func testTenThousandPagesTiming() throws {
        guard ProcessInfo.processInfo.environment["HIDA_EDITORIAL_BENCH"] != nil else {
            throw XCTSkip("set HIDA_EDITORIAL_BENCH=1 to time LIX on 10 000 pages (use a release build)")
        }
        let texts = GeneratedCorpus(pages: 10_000, wordsPerPage: 300, copies: 0, copyOffset: 0, editsPerCopy: 0)
            .documents.map { $0.text.replacingOccurrences(of: "a ", with: "a. ") }
        let start = Date()
        let words = texts.reduce(0) { $0 + Readability.lix($1).words }
        print("lix: 10000 pages, \(words) words in \(String(format: "%.3f", Date().timeIntervalSince(start))) s")
    }
}
