import XCTest
@testable import HidaCore

/// English (Porter2) stems derived by hand from the rules at snowballstem.org; rows marked
/// "sample" come from Snowball's published English sample vocabulary.
final class StemmerEnglishTests: XCTestCase {
    private func check(_ rows: [(String, String)], _ rule: String, file: StaticString = #filePath, line: UInt = #line) {
        for (word, expected) in rows {
            XCTAssertEqual(EnglishStemmer.stem(word), expected, "\(rule): \(word)", file: file, line: line)
        }
    }

    func testExceptionalFormsAndShortWords() {
        check([("skies", "sky"), ("sky", "sky"), ("news", "news"), ("only", "onli"), ("early", "earli"),
               ("atlas", "atlas"), ("by", "by"), ("is", "is")], "exceptions")
        check([("generously", "generous"), ("generous", "generous"), ("generate", "generat"),
               ("communism", "communism"), ("past", "past"), ("pasted", "paste"), ("pastes", "paste")], "R1 prefixes")
    }

    func testStepZeroAndOneA() {
        check([("dog's", "dog"), ("dogs'", "dog"), ("caresses", "caress"), ("ties", "tie"), ("cries", "cri"),
               ("gaps", "gap"), ("gas", "gas"), ("kiwis", "kiwi"), ("bus", "bus"), ("class", "class")], "step 0/1a")
    }

    func testStepOneB() {
        check([("agreed", "agre"), ("feed", "feed"), ("proceed", "proceed"), ("exceeds", "exceed"),
               ("hopping", "hop"), ("hoped", "hope"), ("filing", "file"), ("adding", "add"), ("falling", "fall"),
               ("dying", "die"), ("lying", "lie"), ("inning", "inning"), ("herring", "herring"),
               ("evening", "evening"), ("sing", "sing"), ("luxuriated", "luxuri")], "step 1b")
        check([("consigned", "consign"), ("consigning", "consign"), ("kneaded", "knead"), ("knitting", "knit"),
               ("knocked", "knock"), ("knopp", "knopp"), ("conspired", "conspir")], "step 1b sample")
    }

    func testStepOneC() {
        check([("cry", "cri"), ("say", "say"), ("happy", "happi"), ("conspiracy", "conspiraci")], "step 1c")
    }

    func testStepsTwoToFive() {
        check([("relational", "relat"), ("conditional", "condit"), ("geology", "geolog"), ("geologist", "geolog"),
               ("hopefully", "hope"), ("possibly", "possibl"), ("quickly", "quick"), ("goodness", "good"),
               ("electrical", "electr"), ("adjustment", "adjust"), ("adoption", "adopt"), ("controll", "control"),
               ("rate", "rate")], "steps 2-5")
        check([("consignment", "consign"), ("consistently", "consist"), ("consolation", "consol"),
               ("consolatory", "consolatori"), ("conspicuously", "conspicu"), ("constables", "constabl"),
               ("knightly", "knight"), ("knives", "knive")], "steps 2-5 sample")
    }

    func testYMarking() {
        check([("yellow", "yellow"), ("saying", "say"), ("enjoying", "enjoy"), ("toys", "toy")], "Y")
    }

    func testOddInputNeverCrashes() {
        for word in ["", "'", "''", "'s", "y", "yyy", "eed", "ies", "ing", "ly", String(repeating: "ational", count: 50)] {
            _ = EnglishStemmer.stem(word)
        }
    }
}
