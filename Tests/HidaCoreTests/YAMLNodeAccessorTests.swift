import XCTest
@testable import HidaCore

final class YAMLNodeAccessorTests: XCTestCase {
    private func value(_ text: String) -> YAMLNode? {
        parseYAML("v: \(text)\n").root?["v"]
    }

    func testBooleans() {
        XCTAssertEqual(value("true")?.bool, true)
        XCTAssertEqual(value("True")?.bool, true)
        XCTAssertEqual(value("FALSE")?.bool, false)
        XCTAssertNil(value("yes")?.bool)
        XCTAssertNil(value("no")?.bool)
        XCTAssertNil(value("tRUE")?.bool)
        XCTAssertNil(value("\"true\"")?.bool)
        XCTAssertEqual(value("true")?.string, "true")
    }

    func testIntegers() {
        XCTAssertEqual(value("124028")?.int, 124_028)
        XCTAssertEqual(value("-3")?.int, -3)
        XCTAssertEqual(value("+7")?.int, 7)
        XCTAssertNil(value("1.5")?.int)
        XCTAssertNil(value("0x10")?.int)
        XCTAssertNil(value("1_000")?.int)
        XCTAssertNil(value("99999999999999999999")?.int)
        XCTAssertNil(value("'12'")?.int)
        XCTAssertEqual(value("'12'")?.string, "12")
    }

    func testDoubles() {
        XCTAssertEqual(value("1.5")?.double, 1.5)
        XCTAssertEqual(value("-2")?.double, -2)
        XCTAssertEqual(value(".5")?.double, 0.5)
        XCTAssertEqual(value("6.02e23")?.double, 6.02e23)
        XCTAssertNil(value("inf")?.double)
        XCTAssertNil(value("nan")?.double)
        XCTAssertNil(value("0x1p3")?.double)
        XCTAssertNil(value("1e")?.double)
        XCTAssertNil(value(".")?.double)
        XCTAssertNil(value("\"1.5\"")?.double)
    }

    func testDates() {
        XCTAssertEqual(value("2024-05-02")?.date, ISODate(year: 2024, month: 5, day: 2))
        XCTAssertEqual(value("2024-02-29")?.date?.description, "2024-02-29")
        XCTAssertNil(value("2023-02-29")?.date)
        XCTAssertNil(value("2024-13-01")?.date)
        XCTAssertNil(value("2024-5-2")?.date)
        XCTAssertNil(value("\"2024-05-02\"")?.date)
        XCTAssertNil(value("2024-05-02T10:00")?.date)
    }

    func testNullAndShapes() {
        let root = parseYAML("a:\nb: [x]\nc: null\nd:\n  e: 1\n").root
        XCTAssertEqual(root?["a"]?.isNull, true)
        XCTAssertNil(root?["a"]?.string)
        XCTAssertEqual(root?["c"]?.isNull, false)
        XCTAssertEqual(root?["c"]?.string, "null")
        XCTAssertEqual(root?["b"]?.items?.count, 1)
        XCTAssertNil(root?["b"]?.string)
        XCTAssertNil(root?["d"]?.items)
        XCTAssertEqual(root?["b"]?.entries, [])
        XCTAssertNil(root?["missing"])
        XCTAssertNil(root?["b"]?["x"])
        XCTAssertNil(value("single")?.items, "a scalar is not wrapped into a list")
    }

    func testLocations() {
        let root = parseYAML("title: T\nfacts:\n  x: 1\n", firstLine: 2).root
        XCTAssertEqual(root?["facts"]?["x"]?.location(path: "p.md"), SourceLocation(path: "p.md", line: 4, column: 6))
        XCTAssertEqual(root?["facts"]?.entries.first?.keyLocation(path: "p.md"), SourceLocation(path: "p.md", line: 4, column: 3))
    }
}
