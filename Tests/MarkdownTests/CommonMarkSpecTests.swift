import Foundation
import XCTest
@testable import Markdown

/// Runs every example of the CommonMark 0.31.2 spec and compares the HTML byte for byte
/// (no normalisation: the output must equal the spec's expected HTML exactly).
final class CommonMarkSpecTests: XCTestCase {
    struct Example: Decodable {
        var markdown: String
        var html: String
        var example: Int
        var start_line: Int
        var end_line: Int
        var section: String
    }

    /// Examples allowed to fail while work is in progress; must be empty.
    static let knownFailures: Set<Int> = []

    func testAllSpecExamples() throws {
        let url = TestSupport.sharedDirectory.appendingPathComponent("data/commonmark/spec.json")
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw XCTSkip("CommonMark spec not found at \(url.path); skipping the conformance run")
        }
        let examples = try JSONDecoder().decode([Example].self, from: data)
        XCTAssertEqual(examples.count, 652)
        var sections: [String] = []
        var passed: [String: Int] = [:]
        var total: [String: Int] = [:]
        var failures: [String] = []
        for example in examples {
            if total[example.section] == nil { sections.append(example.section) }
            total[example.section, default: 0] += 1
            let actual = MarkdownDocument.parse(example.markdown, options: .commonMark).html()
            if actual == example.html {
                passed[example.section, default: 0] += 1
            } else if !Self.knownFailures.contains(example.example) {
                failures.append("""
                    Example \(example.example) (lines \(example.start_line)–\(example.end_line)), \(example.section)
                      markdown: \(example.markdown.debugDescription)
                      expected: \(example.html.debugDescription)
                      actual:   \(actual.debugDescription)
                    """)
            }
        }
        var report = "CommonMark 0.31.2: \(examples.count - failures.count)/\(examples.count) examples pass\n"
        for section in sections {
            report += "  \(section): \(passed[section, default: 0])/\(total[section, default: 0])\n"
        }
        print(report)
        for failure in failures { print(failure) }
        XCTAssertTrue(failures.isEmpty, "\(failures.count) spec examples fail:\n" + failures.joined(separator: "\n"))
    }
}
