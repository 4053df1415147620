import XCTest
@testable import HidaCore

final class LowercaseWordsTests: XCTestCase {
    func testSplitsOnEverythingButLettersAndDigitsAndLowercasesAnyScript() {
        XCTAssertEqual(LowercaseWords.list("Søk om STØTTE! ÆØÅ-blåbær×2 Ελλάδα ÐÞ ß 130 160 e-post"),
                       ["søk", "om", "støtte", "æøå", "blåbær", "2", "ελλάδα", "ðþ", "ß", "130", "160", "e", "post"])
        XCTAssertEqual(LowercaseWords.list(" \n–…!"), [])
    }

    func testHashesAreTheHashesOfTheListedWords() {
        let text = "Søk om STØTTE! ÆØÅ-blåbær×2 Ελλάδα ÐÞ ß 130 160 e-post Ÿ"
        XCTAssertEqual(LowercaseWords.hashes(in: text), LowercaseWords.list(text).map { StableHash.bytes(Array($0.utf8)) })
        XCTAssertEqual(LowercaseWords.hashes(in: "AbC"), LowercaseWords.hashes(in: "abc"))
        XCTAssertEqual(Array(text.utf8).withUnsafeBufferPointer(LowercaseWords.hashes(inUTF8:)), LowercaseWords.hashes(in: text))
    }

    func testPhraseIsTheWordsJoinedBySpacesUpToItsLimit() {
        for text in ["Søk om STØTTE! ÆØÅ-blåbær×2 Ελλάδα", "Les mer!", "  her ", "«Klikk  her»", " \n–…!", ""] {
            XCTAssertEqual(LowercaseWords.phrase(text, atMost: 1_000), LowercaseWords.list(text).joined(separator: " "), text)
        }
        XCTAssertEqual(LowercaseWords.phrase("Denne lenken.", atMost: 12), "denne lenken", "exactly at the limit")
        XCTAssertEqual(LowercaseWords.phrase("Denne lenken.", atMost: 11), nil)
        XCTAssertNil(LowercaseWords.phrase("Denne lenken x", atMost: 12), "a word after the limit")
        XCTAssertNil(LowercaseWords.phrase("Les mer om barnetrygd", atMost: 12))
        XCTAssertEqual(LowercaseWords.phrase("…", atMost: 12), "", "no words at all")
    }

    func testMalformedBytesSeparateWords() {
        let text = String(decoding: [0x61, 0xC3, 0x62, 0xFF, 0x63, 0xC3], as: UTF8.self)
        XCTAssertEqual(LowercaseWords.list(text), ["a", "b", "c"])
    }
}
