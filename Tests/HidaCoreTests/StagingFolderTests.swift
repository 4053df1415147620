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

    func testTheSinkWritesAFileGivenInPiecesAsTheirConcatenation() throws {
        let sink = DirectorySink(root: root)
        sink.write("/api/v1/pages.json") { emit in
            for piece in ["{\"items\": [", "", "1, 2", "]}\n"] { Array(piece.utf8).withUnsafeBufferPointer(emit) }
        }
        sink.write("/tom.txt") { _ in }
        XCTAssertEqual(sink.problems, [])
        XCTAssertEqual(sink.writtenPaths, ["api/v1/pages.json", "tom.txt"])
        XCTAssertEqual(try String(contentsOfFile: root + "/api/v1/pages.json", encoding: .utf8), "{\"items\": [1, 2]}\n")
        XCTAssertEqual(try String(contentsOfFile: root + "/tom.txt", encoding: .utf8), "", "a file with no pieces is made, empty")
    }

    func testAFileInPiecesThatCannotBeMadeIsReported() throws {
        // A file where the folder `api` should be: neither the folder nor the file can be made.
        try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/api"))
        let sink = DirectorySink(root: root)
        var pieces = 0
        sink.write("/api/v1/pages.json") { emit in
            pieces += 1
            Array("[]".utf8).withUnsafeBufferPointer(emit)
        }
        XCTAssertEqual(sink.problems, ["cannot write \(root)/api/v1/pages.json"])
        XCTAssertEqual(pieces, 1, "the pieces are still made, so that the run goes on and reports every failure")
    }

    func testADiscardingSinkDoesNotMakeThePiecesAndAGatheringSinkGetsThemWhole() {
        var made = false
        DiscardingSink().write("/api/v1/pages.json") { _ in made = true }
        XCTAssertFalse(made, "`hida check` writes nothing, so the pieces are not made")

        let gathering = GatheringSink()
        gathering.write("/api/v1/pages.json") { emit in
            for piece in ["[", "1", "]"] { Array(piece.utf8).withUnsafeBufferPointer(emit) }
        }
        XCTAssertEqual(gathering.files, ["/api/v1/pages.json": Array("[1]".utf8)])
    }
}

/// A sink that keeps whole files and has no piecewise write of its own, as `LiveSink`.
private final class GatheringSink: OutputSink, @unchecked Sendable {
    var files: [String: [UInt8]] = [:]
    func write(_ sitePath: String, _ contents: String) { files[sitePath] = Array(contents.utf8) }
    func write(_ sitePath: String, bytes: [UInt8]) { files[sitePath] = bytes }
    func copy(from sourcePath: String, to sitePath: String) {}
}
