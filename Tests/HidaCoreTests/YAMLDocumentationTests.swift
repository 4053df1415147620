import XCTest
@testable import HidaCore

/// Keeps the example in `docs/front-matter-yaml.md` valid.
final class YAMLDocumentationTests: XCTestCase {
    func testDocumentedExampleParsesCleanly() throws {
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let docURL = packageRoot.appendingPathComponent("docs/front-matter-yaml.md")
        guard let document = try? String(contentsOf: docURL, encoding: .utf8) else {
            throw XCTSkip("docs/front-matter-yaml.md not found at \(docURL.path)")
        }
        let parts = document.components(separatedBy: "```yaml\n")
        let example = try XCTUnwrap(parts.dropFirst().first?.components(separatedBy: "```").first)
        let (root, headlines) = parseYAML(example)
        XCTAssertEqual(headlines, [])
        XCTAssertEqual(root?["lead"]?.string, "Tips: slik søker du\n")
        XCTAssertEqual(root?["topics"]?.items?.compactMap(\.string), ["innvandring", "arbeid, lønn"])
        XCTAssertEqual(root?["body"]?.string, "Linje en\nLinje to")
        XCTAssertEqual(root?["summary"]?.string, "Folded text continues here.\n")
        XCTAssertEqual(root?["review_by"]?.isNull, true)
        XCTAssertEqual(root?["draft"]?.bool, false)
    }
}
