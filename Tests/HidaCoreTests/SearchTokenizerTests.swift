import XCTest
@testable import HidaCore

final class SearchTokenizerTests: XCTestCase {
    private func words(_ text: String) -> [String] {
        var words: [String] = []
        SearchTokenizer.forEachWord(in: text) { words.append($0.stemmerString) }
        return words
    }

    func testLowercasesAndKeepsNorwegianLetters() {
        XCTAssertEqual(words("ÆRE Øy Å blåbær, Crème brûlée MÜNCHEN"), ["ære", "øy", "å", "blåbær", "crème", "brûlée", "münchen"])
    }

    func testSplitsOnEverythingButLettersAndDigits() {
        XCTAssertEqual(words("a-melding (2024): 124 028 kr/år — «svar»…§ 3"), ["a", "melding", "2024", "124", "028", "kr", "år", "svar", "3"])
        XCTAssertEqual(words("naïve×2÷x"), ["naïve", "2", "x"])
    }

    func testDecomposedLettersGiveTheSameWords() {
        XCTAssertEqual(words("Ga\u{30A}rd Cre\u{300}me"), ["gård", "crème"])
        XCTAssertEqual(words("n\u{303}"), ["n"])
    }

    func testWordsLongerThanOnePackedWordKeepEveryByte() {
        // Words are packed 8 bytes at a time: a mark composes with a letter on either side of a boundary, and a
        // long word grows the buffer.
        XCTAssertEqual(words("abcdefga\u{30A} abcdefgha\u{30A}x ABCDEFGÅ"), ["abcdefgå", "abcdefghåx", "abcdefgå"])
        let long = String(repeating: "søknadsskjema", count: 12)
        XCTAssertEqual(words(long.uppercased() + " kort"), [long, "kort"])
        var tokens: [(bytes: Int, scalars: Int, hash: UInt64)] = []
        SearchTokenizer.forEachToken(in: "blåbær blåbær") { tokens.append(($0.byteCount, $0.scalarCount, $0.hash)) }
        XCTAssertEqual(tokens.map(\.bytes), [8, 8])
        XCTAssertEqual(tokens.map(\.scalars), [6, 6])
        XCTAssertEqual(tokens[0].hash, tokens[1].hash)
        XCTAssertEqual(tokens[0].hash, Array("blåbær".utf8).withUnsafeBufferPointer { ByteHash.hash($0) }, "the same hash as the usage tables")
    }

    func testAShortWordAfterALongOneHashesAsItself() {
        // One buffer serves every word of a text: the bytes a longer word left in the last 8-byte word must not
        // reach the next word's key.
        var tokens: [(bytes: Int, hash: UInt64)] = []
        SearchTokenizer.forEachToken(in: "Saksbehandlingstiden xy Ærlig å") { tokens.append(($0.byteCount, $0.hash)) }
        let expected = ["saksbehandlingstiden", "xy", "ærlig", "å"].map { word in
            Array(word.utf8).withUnsafeBufferPointer { ByteHash.hash($0) }
        }
        XCTAssertEqual(tokens.map(\.bytes), [20, 2, 6, 2])
        XCTAssertEqual(tokens.map(\.hash), expected)
    }

    func testOtherScriptsAreLetters() {
        XCTAssertEqual(words("Ελλάδα Москва 東京"), ["ελλάδα", "москва", "東京"])
    }

    func testTermsDropShortWordsAndStopWordsAndStem() {
        XCTAssertEqual(SearchTokenizer.terms("Søknadene om barnetrygd i Norge", language: "nb"), ["søknad", "barnetrygd", "norg"])
        XCTAssertEqual(SearchTokenizer.terms("Kva er det du kan søkje om?", language: "nn"), ["søkj"])
        XCTAssertEqual(SearchTokenizer.terms("The children's applications", language: "en"), ["children", "applic"])
        XCTAssertEqual(SearchTokenizer.terms("", language: "nb"), [])
    }

    func testFoldingLetsAsciiSpellingsMeet() {
        XCTAssertEqual(SearchFolding.fold("søknad"), "soknad")
        XCTAssertEqual(SearchFolding.fold("førerkort"), "forerkort")
        XCTAssertEqual(SearchFolding.fold("skjær"), "skjaer")
        XCTAssertEqual(SearchFolding.fold("gård"), "gard")
        XCTAssertEqual(SearchFolding.fold("gaard"), "gard")
        XCTAssertEqual(SearchFolding.fold("aaaa"), "a")
        XCTAssertEqual(SearchFolding.fold("café"), "cafe")
        XCTAssertEqual(SearchFolding.fold("straße"), "strasse")
        XCTAssertEqual(SearchFolding.fold("mötë"), "mote")
        XCTAssertEqual(SearchFolding.fold("москва"), "москва")
        XCTAssertEqual(SearchFolding.foldedFrom.unicodeScalars.count, SearchFolding.foldedTo.unicodeScalars.count)
    }

    func testFoldedQueriesStemToTheSameKey() {
        let analyzer = SearchAnalyzer(language: "nb")
        for (typed, written) in [("soknaden", "søknaden"), ("forerkortet", "førerkortet"), ("skjaere", "skjære"), ("gaarden", "gården")] {
            XCTAssertEqual(SearchFolding.fold(analyzer.stem(StemmerWord(literal: typed))),
                           SearchFolding.fold(analyzer.stem(StemmerWord(literal: written))), typed)
        }
    }
}
