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
        let table = SourcePathTable(bySource)
        for (index, source) in sources.enumerated() {
            XCTAssertEqual(Array(source.utf8).withUnsafeBufferPointer { table.pages(at: $0) }, ["nb": index], source)
        }
        for missing in ["a.m", "agencies/nav/a.mdx", "agencies/nav/bar", "agencies/skatteetaten/soknad-om-skattekort.md", "x"] {
            XCTAssertNil(Array(missing.utf8).withUnsafeBufferPointer { table.pages(at: $0) }, missing)
        }
    }
}
