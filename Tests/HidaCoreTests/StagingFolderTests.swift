import XCTest
#if canImport(Glibc)
import Glibc
#endif
@testable import HidaCore

final class StagingFolderTests: XCTestCase {
    private var temporary: TemporaryFolder!
    private var root: String { temporary.path }

    override func setUpWithError() throws {
        temporary = try TemporaryFolder("staging-folder")
    }

    override func tearDown() {
        temporary.remove()
    }

    func testMakesNestedFoldersAndFilesRelativeToTheFolder() throws {
        let folder = StagingFolder(path: root)
        folder.makeFolders("nn/tema/helse")
        folder.makeFolders("nn/tema/helse")  // again: already there is fine
        let descriptor = folder.create("nn/tema/helse/index.html")
        XCTAssertGreaterThanOrEqual(descriptor, 0)
        XCTAssertEqual(Glibc.write(descriptor, "hei", 3), 3)
        close(descriptor)
        XCTAssertEqual(try String(contentsOfFile: root + "/nn/tema/helse/index.html", encoding: .utf8), "hei")
        XCTAssertLessThan(folder.create("mangler/index.html"), 0, "a file in a folder not made yet is not created")
    }

    func testAFolderThatCannotBeOpenedFailsEveryCall() {
        let folder = StagingFolder(path: root + "/finnes-ikke")
        folder.makeFolders("side")
        XCTAssertLessThan(folder.create("side/index.html"), 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: root + "/side"), "nothing is made outside the folder")
    }

    func testTheSinkWritesPagesIntoTheStagingFolder() throws {
        let sink = DirectorySink(root: root)
        sink.write("/tema/helse/", bytes: Array("<p>helse</p>".utf8))
        sink.write("/robots.txt", "User-agent: *\n")
        XCTAssertEqual(sink.problems, [])
        XCTAssertEqual(sink.writtenPaths, ["robots.txt", "tema/helse/index.html"])
        XCTAssertEqual(try String(contentsOfFile: root + "/tema/helse/index.html", encoding: .utf8), "<p>helse</p>")
    }
}
