import XCTest
@testable import HidaCore

final class FrontMatterTests: XCTestCase {
    private let path = "Content/a.md"

    func testSplitsYAMLAndBodyWithFileLines() {
        let split = FrontMatter.split("---\ntitle: T\nupdated: 2024-05-02\n---\n# Heading\n\nText\n", path: path)
        XCTAssertEqual(split.yaml, "title: T\nupdated: 2024-05-02\n")
        XCTAssertEqual(split.yamlFirstLine, 2)
        XCTAssertEqual(split.body, "# Heading\n\nText\n")
        XCTAssertEqual(split.bodyFirstLine, 5)
        XCTAssertEqual(split.diagnostics, [])
    }

    func testYAMLPositionsAreFilePositions() {
        let split = FrontMatter.split("---\ntitle: T\nfacts: {a: 1}\n---\nBody\n", path: path)
        let parsed = YAMLParser.parse(split.yaml, path: path, firstLine: split.yamlFirstLine)
        XCTAssertEqual(parsed.diagnostics.map(\.headline), [
            "Content/a.md:3:8: error: { } maps are not supported in front matter; write each \"key: value\" on its own indented line [yaml-unsupported]",
        ])
    }

    func testDotsCloseTheBlockAndMarkersMayHaveTrailingBlanks() {
        let split = FrontMatter.split("---  \na: 1\n... \nBody", path: path)
        XCTAssertEqual(split.yaml, "a: 1\n")
        XCTAssertEqual(split.body, "Body")
        XCTAssertEqual(split.bodyFirstLine, 4)
        XCTAssertEqual(split.diagnostics, [])
    }

    func testCRLFAndByteOrderMark() {
        let split = FrontMatter.split("\u{FEFF}---\r\ntitle: T\r\n---\r\nBody\r\n", path: path)
        XCTAssertEqual(split.yaml, "title: T\r\n")
        XCTAssertEqual(split.body, "Body\r\n")
        XCTAssertEqual(split.bodyFirstLine, 4)
        XCTAssertEqual(split.diagnostics, [])
        XCTAssertEqual(YAMLParser.parse(split.yaml, path: path, firstLine: 2).root?["title"]?.string, "T")
    }

    func testEmptyFrontMatterAndNoBody() {
        let split = FrontMatter.split("---\n---", path: path)
        XCTAssertEqual(split.yaml, "")
        XCTAssertEqual(split.body, "")
        XCTAssertEqual(split.bodyFirstLine, 3)
        XCTAssertEqual(split.diagnostics, [])
        XCTAssertNil(YAMLParser.parse(split.yaml, path: path, firstLine: 2).root)
    }

    func testOnlyAnExactMarkerClosesTheBlock() {
        let split = FrontMatter.split("---\na: |\n  ----\n  --- x\n---\nBody\n", path: path)
        XCTAssertEqual(split.yaml, "a: |\n  ----\n  --- x\n")
        XCTAssertEqual(split.bodyFirstLine, 6)
    }

    func testMissingStart() {
        for text in ["# Title\n", "", "--\n", " ---\n", "----\n", "title: T\n---\n"] {
            let split = FrontMatter.split(text, path: path)
            XCTAssertEqual(split.diagnostics.map(\.headline), [
                "Content/a.md:1:1: error: the file must start with a front matter block between --- lines [front-matter-missing]",
            ], "for \(text.debugDescription)")
            XCTAssertEqual(split.yaml, "")
            XCTAssertEqual(split.body, text)
            XCTAssertEqual(split.bodyFirstLine, 1)
        }
    }

    func testUnclosed() {
        let split = FrontMatter.split("---\ntitle: T\n# Body\n", path: path)
        XCTAssertEqual(split.diagnostics.map(\.headline), [
            "Content/a.md:1:1: error: the front matter block that starts here is never closed; end it with a line that contains only --- [front-matter-unclosed]",
        ])
        XCTAssertEqual(split.yaml, "")
        XCTAssertEqual(split.body, "title: T\n# Body\n")
        XCTAssertEqual(split.bodyFirstLine, 2)
    }
}
