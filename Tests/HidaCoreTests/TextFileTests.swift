import Foundation
import XCTest
@testable import HidaCore

/// Content files are read as UTF-8 whatever they hold: a bad byte becomes U+FFFD rather than stopping the build.
final class TextFileTests: XCTestCase {
    private var temporary: TemporaryFolder!
    private var folder: String { temporary.path }

    override func setUpWithError() throws {
        temporary = try TemporaryFolder("textfile")
    }

    override func tearDown() {
        temporary.remove()
    }

    private func file(_ name: String, _ bytes: [UInt8]) -> String {
        let path = folder + "/" + name
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    func testReadsNorwegianTextAsWritten() {
        let text = "---\ntitle: Søknad om bostøtte\n---\nÆrlig talt, på nynorsk: «kva no?»\n"
        XCTAssertEqual(TextFile.read(file("side.md", Array(text.utf8))), text)
    }

    func testReplacesInvalidBytesAndKeepsTheRest() {
        let bytes: [UInt8] = Array("før ".utf8) + [0xFF, 0xC3] + Array(" etter".utf8)
        XCTAssertEqual(TextFile.read(file("bad.md", bytes)), "før \u{FFFD}\u{FFFD} etter")
    }

    func testReadsAnEmptyFileAndAFileLargerThanOneRead() {
        XCTAssertEqual(TextFile.read(file("empty.md", [])), "")
        let long = String(repeating: "Linje med æ, ø og å.\n", count: 200_000)
        XCTAssertEqual(TextFile.read(file("long.md", Array(long.utf8))), long)
    }

    func testMissingFilesAndFoldersAreNil() {
        XCTAssertNil(TextFile.read(folder + "/missing.md"))
        XCTAssertNil(TextFile.read(folder))
    }
}
