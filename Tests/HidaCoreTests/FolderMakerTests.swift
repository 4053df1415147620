import Foundation
import XCTest
@testable import HidaCore

/// The folder maker makes the pages' folders ahead of the writers, then the other pages' folders; it must never make
/// a folder that the build does not fill.
final class FolderMakerTests: XCTestCase {
    func testMakesNestedFoldersAndIgnoresAdditionsOnceEnded() throws {
        let temporary = try TemporaryFolder("folders")
        defer { temporary.remove() }
        let root = temporary.path
        let maker = FolderMaker(folders: ["side-1", "nn/side-2", "en/topics/helse"], in: root)
        maker.waitUntilAllMade()
        maker.add(["too-late"])
        maker.wait()
        for folder in ["side-1", "nn/side-2", "en/topics/helse"] {
            var isFolder: ObjCBool = false
            XCTAssertTrue(FileManager.default.fileExists(atPath: root + "/" + folder, isDirectory: &isFolder) && isFolder.boolValue, folder)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: root + "/too-late"))
    }

    /// Every folder made ahead holds a file of the built site: an empty folder would be published as it is.
    func testSectionFoldersAreFoldersTheBuildFills() throws {
        let site = try FixtureSite("minimal")
        defer { site.remove() }
        _ = site.build()
        var (portal, _, _) = ContentLoader.load(site.options)
        _ = PortalResolver.resolve(&portal)
        let folders = SiteRenderer.sectionFolders(of: portal)
        XCTAssertTrue(folders.contains("tema/familie-og-barn") || folders.contains { $0.hasPrefix("tema/") }, "topic pages are among them")
        let filled = Set(site.outputFiles().flatMap { file -> [String] in
            var parents: [String] = []
            var folder = DirectorySink.folder(of: file)
            while folder != "." {
                parents.append(folder)
                folder = DirectorySink.folder(of: folder)
            }
            return parents
        })
        XCTAssertEqual(folders.filter { !filled.contains($0) }, [])
    }
}
