import Foundation
import XCTest
@testable import HidaCore

/// The search indexes are written the same whether the next Norwegian index starts beside the first one's writing
/// (small portals) or after it (large ones).
final class SearchIndexScheduleTests: XCTestCase {
    func testOverlappedAndSequentialIndexesAreIdentical() throws {
        let site = try FixtureSite("minimal")
        defer { site.remove() }
        var (portal, _, _) = ContentLoader.load(site.options)
        _ = PortalResolver.resolve(&portal)
        let writer = SearchIndexWriter(portal: portal, layout: SiteLayout(configuration: portal.configuration))
        var trees: [[String: Data]] = []
        for limit in [Int.max, 0] {
            let folder = site.root + "/search-\(limit)"
            let count = writer.writeAll(into: LiveSink(root: folder), overlapLimit: limit)
            var files: [String: Data] = [:]
            for relative in FileWalker.files(under: folder) {
                files[relative] = FileManager.default.contents(atPath: folder + "/" + relative)
            }
            XCTAssertEqual(files.count, count, "limit \(limit)")
            trees.append(files)
        }
        XCTAssertEqual(Set(trees[0].keys.map { String($0.prefix(9)) }), ["search/nb", "search/nn", "search/en"])
        XCTAssertEqual(trees[0], trees[1])
    }
}
