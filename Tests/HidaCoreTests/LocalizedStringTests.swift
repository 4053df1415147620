import XCTest
@testable import HidaCore

/// Which text a name or description shows: the language's own, then one for all languages, then the fallback's,
/// then the first by language code.
final class LocalizedStringTests: XCTestCase {
    func testTheLanguageComesFirstThenAllThenTheFallbackThenAnyText() {
        let all = LocalizedString(["nb": "Skatteetaten", "*": "Skatt", "en": "Tax Administration"])
        XCTAssertEqual(all.text(in: "nb", orFallback: "en"), "Skatteetaten")
        XCTAssertEqual(all.text(in: "nn", orFallback: "en"), "Skatt")
        let noStar = LocalizedString(["nb": "Skatteetaten", "en": "Tax Administration"])
        XCTAssertEqual(noStar.text(in: "nn", orFallback: "nb"), "Skatteetaten")
        XCTAssertEqual(noStar.text(in: "se", orFallback: "fi"), "Tax Administration", "any text: the first code in sorted order")
        XCTAssertEqual(LocalizedString().text(in: "nb", orFallback: "nb"), "")
        XCTAssertEqual(LocalizedString(all: "Nav").text(in: "en", orFallback: "nb"), "Nav")
    }

    func testOneFallbackGivesWhatTheListOfFallbacksGives() {
        let samples: [[String: String]] = [[:], ["*": "a"], ["nb": "b"], ["en": "c", "nn": "d"], ["nb": "e", "*": "f", "nn": "g"]]
        for values in samples {
            let text = LocalizedString(values)
            for language in ["nb", "nn", "en", "*"] {
                for fallback in ["nb", "nn", "en"] {
                    XCTAssertEqual(text.text(in: language, orFallback: fallback), text.text(in: language, fallbacks: [fallback]),
                                   "\(values) in \(language), falling back to \(fallback)")
                }
            }
        }
    }
}
