import XCTest
@testable import HidaCore

final class VocabularyEditDistanceTests: XCTestCase {
    private func distance(_ a: String, _ b: String, limit: Int = 10) -> Int? {
        EditDistance.distance(EditDistance.scalars(of: a), EditDistance.scalars(of: b), limit: limit)
    }

    func testClassicDistances() {
        XCTAssertEqual(distance("kitten", "sitting"), 3)
        XCTAssertEqual(distance("barnetryg", "barnetrygd"), 1)
        XCTAssertEqual(distance("", "abc"), 3)
        XCTAssertEqual(distance("abc", ""), 3)
        XCTAssertEqual(distance("same", "same"), 0)
        XCTAssertEqual(distance("Støtte", "støtte"), 0, "compares lowercase")
        XCTAssertEqual(distance("støtte", "stotte"), 1, "ø is one scalar")
    }

    func testLimitCutsOff() {
        XCTAssertNil(distance("kitten", "sitting", limit: 2))
        XCTAssertEqual(distance("kitten", "sitting", limit: 3), 3)
        XCTAssertNil(distance("a", "abcdef", limit: 2), "length difference alone exceeds the limit")
        XCTAssertNil(distance("abcdefgh", "zyxwvuts", limit: 3))
    }

    func testBandedMatchesFullComputation() {
        let words = ["barnetrygd", "barnebidrag", "barnehage", "kontantstøtte", "grunnskole", "skoleskyss", "", "a", "ab"]
        for a in words {
            for b in words {
                let full = distance(a, b, limit: 100)
                for limit in 0...6 {
                    let banded = distance(a, b, limit: limit)
                    XCTAssertEqual(banded, (full ?? 0) <= limit ? full : nil, "\(a) / \(b) limit \(limit)")
                }
            }
        }
    }
}
