import XCTest
@testable import HidaCore

/// Norwegian stems derived by hand from the rules at snowballstem.org; rows marked
/// "sample" were checked against Snowball's published Norwegian sample vocabulary.
final class StemmerNorwegianTests: XCTestCase {
    private func check(_ rows: [(String, String)], _ rule: String, file: StaticString = #filePath, line: UInt = #line) {
        for (word, expected) in rows {
            XCTAssertEqual(NorwegianStemmer.stem(word), expected, "\(rule): \(word)", file: file, line: line)
        }
    }

    func testRegionOneNeedsThreeLettersBeforeIt() {
        XCTAssertEqual(NorwegianStemmer.regionOneStart(of: StemmerWord(literal: "operativt")), 3)
        XCTAssertEqual(NorwegianStemmer.regionOneStart(of: StemmerWord(literal: "kvinnene")), 4)
        XCTAssertEqual(NorwegianStemmer.regionOneStart(of: StemmerWord(literal: "på")), 2)
        XCTAssertEqual(NorwegianStemmer.regionOneStart(of: StemmerWord(literal: "strh")), 4)
    }

    func testStepOneDeletesMainSuffixesInRegionOne() {
        check([
            ("bilene", "bil"), ("bilen", "bil"), ("biler", "bil"), ("bilens", "bil"), ("bilenes", "bil"),
            ("bilane", "bil"), ("kvinnene", "kvinn"), ("barnehagen", "barnehag"), ("husets", "hus"),
            ("tryggheten", "trygg"), ("sikkerhetene", "sikker"), ("sikkerhetens", "sikker"),
            ("muligheter", "mul"), ("tenkjande", "tenkj"), ("elskedes", "elsk"), ("sikkerhetenes", "sikker"),
            ("havnedistriktene", "havnedistrikt"), ("havneeier", "havneei"), ("havnekassa", "havnekass"), // sample
            ("forvaltast", "forvalt"), ("forvaltar", "forvalt"), ("forvaltet", "forvalt"), ("forvaltes", "forvalt"), // sample
            ("framtidas", "framtid"), ("forventede", "forvent"), ("fresende", "fres"), ("frihet", "frih"), // sample
        ], "step 1 delete")
    }

    func testStepOneOnlyRemovesSuffixesInsideRegionOne() {
        // `heten` and `hetens` start before R1, so the longest suffix inside R1 is taken.
        check([("friheten", "frihet"), ("frihetens", "frihet"), ("reisendes", "reis"), ("vers", "vers"), ("på", "på"), ("og", "og")], "R1")
    }

    func testStepOneReplacesErteAndErtWithEr() {
        check([("kontrollerte", "kontroller"), ("kontrollert", "kontroller"), ("kontrollere", "kontroller"),
               ("fragmentert", "fragmenter"), ("fotografere", "fotografer")], "erte/ert")
    }

    func testStepOneErsKeepsOrDeletesByWhatPrecedesIt() {
        check([("lærers", "lær"), ("skapers", "skap"), ("givers", "giv"), ("havers", "hav")], "ers deleted")
        check([("kapers", "kapers"), ("kammers", "kammers"), ("pakkers", "pakkers")], "ers kept")
    }

    func testStepOneDeletesSAfterAValidSEnding() {
        check([("barns", "barn"), ("fots", "fot"), ("parks", "park"), ("kurs", "kur")], "s deleted")
        // k after a vowel, r after e, and u are not valid s-endings.
        check([("boks", "boks"), ("tvers", "tvers"), ("radius", "radius")], "s kept")
    }

    func testStepTwoDropsTheTOfDtAndVt() {
        check([("meldt", "meld"), ("operativt", "operativ"), ("vidt", "vidt")], "step 2")
    }

    func testStepThreeDeletesOtherSuffixes() {
        check([
            ("forsvarleg", "forsvar"), ("forutseielege", "forutsei"), ("forsvarlig", "forsvar"), // sample
            ("framtidig", "framtid"), ("forsvarsmessig", "forsvarsmess"), ("fortvilelse", "fortvil"), // sample
            ("havneloven", "havn"), ("forvaltningsloven", "forvaltning"), ("fortrolige", "fortro"), // sample
            ("vanskeleg", "vansk"), ("begripelig", "begrip"), ("surdeig", "surd"),
            ("arbeidsmiljølov", "arbeidsmiljø"), ("sikkerhetslov", "sikker"),
        ], "step 3")
    }

    func testAllStepsTogether() {
        check([("søknadene", "søknad"), ("søknaden", "søknad"), ("søknader", "søknad"), ("søknad", "søknad"),
               ("barnetrygden", "barnetrygd"), ("førerkortet", "førerkort"), ("foreldrepengene", "foreldrepeng"),
               ("skjære", "skjær"), ("gården", "gård")], "whole word")
    }

    func testOddInputNeverCrashes() {
        for word in ["", "a", "s", "ers", "erte", "'", "🙂🙂🙂s", "ææææææææs", String(repeating: "e", count: 500)] {
            _ = NorwegianStemmer.stem(word)
        }
    }
}
