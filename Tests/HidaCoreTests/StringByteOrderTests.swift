import XCTest
@testable import HidaCore

/// Paths are sorted by their UTF-8 bytes, so the order is the same on every machine and for either Unicode form.
final class StringByteOrderTests: XCTestCase {
    func testOrderIsTheOrderOfTheUTF8Bytes() {
        let strings = ["", "a", "ab", "b", "B", "å", "æ", "ø", "a\u{30A}", "agencies/nav/side.md", "agencies/nav/", "agencies/na",
                       "agencies/ná", "😀", "z"]
        for left in strings {
            for right in strings {
                XCTAssertEqual(left.precedesInByteOrder(right), left.utf8.lexicographicallyPrecedes(right.utf8), "\(left) vs \(right)")
            }
        }
        XCTAssertTrue("a\u{30A}".precedesInByteOrder("å"), "the decomposed form is not equal to the composed one")
        XCTAssertFalse("å".precedesInByteOrder("å"))
    }
}
