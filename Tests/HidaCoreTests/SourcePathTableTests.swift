import XCTest
@testable import HidaCore

/// Links find their page's source file by the bytes of the resolved path.
final class SourcePathTableTests: XCTestCase {
    func testFindsEverySourceAndNothingElse() {
        // Lengths around the 8-byte words the table compares, and Norwegian letters.
        let sources = ["a.md", "agencies", "agencies/nav/a.md", "agencies/nav/ab.md", "agencies/nav/barnetrygd.md",
                       "agencies/skatteetaten/søknad-om-skattekort.md", ""]
        var bySource: [String: [String: Int]] = [:]
        for (index, source) in sources.enumerated() { bySource[source] = ["nb": index] }
        let table = SourcePathTable(bySource, languages: ["nb", "en"])
        for (index, source) in sources.enumerated() {
            let found = Array(source.utf8).withUnsafeBufferPointer { table.source(at: $0) }
            XCTAssertEqual(found.flatMap { table.page(ofSource: $0, language: 0) }, index, source)
            XCTAssertNil(found.flatMap { table.page(ofSource: $0, language: 1) }, source)
        }
        for missing in ["a.m", "agencies/nav/a.mdx", "agencies/nav/bar", "agencies/skatteetaten/soknad-om-skattekort.md", "x"] {
            XCTAssertNil(Array(missing.utf8).withUnsafeBufferPointer { table.source(at: $0) }, missing)
        }
    }

    func testFindsThePageOfEachLanguage() {
        let bySource = ["agencies/nav/a.md": ["nb": 0, "en": 4], "agencies/nav/b.md": ["nn": 2]]
        let table = SourcePathTable(bySource, languages: ["nb", "nn", "en"])
        func page(_ source: String, _ language: Int) -> Int? {
            Array(source.utf8).withUnsafeBufferPointer { table.source(at: $0) }.flatMap { table.page(ofSource: $0, language: language) }
        }
        XCTAssertEqual([page("agencies/nav/a.md", 0), page("agencies/nav/a.md", 1), page("agencies/nav/a.md", 2)], [0, nil, 4])
        XCTAssertEqual([page("agencies/nav/b.md", 0), page("agencies/nav/b.md", 1), page("agencies/nav/b.md", 2)], [nil, 2, nil])
    }
}
