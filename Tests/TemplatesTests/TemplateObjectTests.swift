import XCTest
@testable import Templates

/// Template objects behave as dictionaries: the last of a repeated name wins, order does not matter.
final class TemplateObjectTests: XCTestCase {
    func testRepeatedNameKeepsItsLastValue() {
        let object: TemplateObject = ["a": "first", "b": 2, "a": "last"]
        XCTAssertEqual(object["a"], "last")
        XCTAssertEqual(object["b"], 2)
        XCTAssertNil(object["c"])
        XCTAssertEqual(object.count, 2)
    }

    func testSettingReplacesAddsAndRemoves() {
        var object: TemplateObject = ["a": "x", "a": "y"]
        object["a"] = "z"
        XCTAssertEqual(object["a"], "z")
        object["æøå"] = true
        XCTAssertEqual(object["æøå"], true)
        object["a"] = nil
        XCTAssertNil(object["a"], "every copy of a repeated name goes")
        XCTAssertEqual(object.count, 1)
    }

    func testEqualityIgnoresOrderAndRepeats() {
        XCTAssertEqual(["a": 1, "b": 2] as TemplateObject, ["b": 2, "a": 1])
        XCTAssertEqual(["a": 0, "b": 2, "a": 1] as TemplateObject, ["b": 2, "a": 1])
        XCTAssertNotEqual(["a": 1] as TemplateObject, ["a": 1, "b": 2])
        XCTAssertNotEqual(["a": 1, "b": 2] as TemplateObject, ["a": 1, "b": 3])
        XCTAssertEqual(TemplateObject(["x": "y"]), ["x": "y"])
    }

    func testTagsFindTheLastValueOfARepeatedName() throws {
        let set = try TemplateSet([TemplateSource(name: "t", path: "t.html", text: "{{a}}{{#o}}{{a}}{{/o}}")])
        XCTAssertEqual(try set.render("t", ["a": "1", "o": .object(["a": "2", "a": "3"])]), "13")
    }
}
