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

    /// A one-off build keeps each index's working data (or the last ones' only) until the process ends instead of
    /// freeing it; the files are the same either way, on both schedules.
    func testKeepingIndexesUntilExitWritesTheSameFiles() throws {
        let site = try FixtureSite("minimal")
        defer { site.remove() }
        var (portal, _, _) = ContentLoader.load(site.options)
        _ = PortalResolver.resolve(&portal)
        var trees: [[String: Data]] = []
        let schedules: [(SearchIndexWriter.Keeping, Int, kept: Int)] = [
            (.none, Int.max, 0), (.none, 0, 0),
            // Three languages: each keeps its builder, its documents and postings, and its files; the last of each
            // chain also the texts it shared.
            (.all, Int.max, 11), (.all, 0, 11),
            // Only the indexes that end their chain: English and nynorsk, not the bokmål one written first.
            (.last, 0, 8),
        ]
        for (keeping, limit, expectedKept) in schedules {
            var writer = SearchIndexWriter(portal: portal, layout: SiteLayout(configuration: portal.configuration))
            writer.keeping = keeping
            let folder = site.root + "/search-\(keeping)-\(limit)"
            let keptBefore = KeptUntilExit.count
            _ = writer.writeAll(into: LiveSink(root: folder), overlapLimit: limit)
            XCTAssertEqual(KeptUntilExit.count - keptBefore, expectedKept, "keeping \(keeping), limit \(limit)")
            var files: [String: Data] = [:]
            for relative in FileWalker.files(under: folder) {
                files[relative] = FileManager.default.contents(atPath: folder + "/" + relative)
            }
            trees.append(files)
        }
        XCTAssertFalse(trees[0].isEmpty)
        for tree in trees.dropFirst() { XCTAssertEqual(tree, trees[0]) }
    }
}
