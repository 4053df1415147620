import Foundation
import XCTest
@testable import HidaCore

/// File names are read on their bytes: `<name>.md` or `<name>.<lang>.md`, whatever letters the name has.
final class ContentInventoryTests: XCTestCase {
    private func file(_ name: String) -> ContentInventory.MarkdownFile? {
        ContentInventory.markdownFile(path: "Content/agencies/nav/" + name, name: name)
    }

    func testNamesWithAndWithoutALanguage() {
        XCTAssertEqual(file("barnetrygd.md").map { [$0.name, $0.language ?? "-"] }, ["barnetrygd", "-"])
        XCTAssertEqual(file("barnetrygd.en.md").map { [$0.name, $0.language ?? "-"] }, ["barnetrygd", "en"])
        XCTAssertEqual(file("søknad-om-støtte.nn.md").map { [$0.name, $0.language ?? "-"] }, ["søknad-om-støtte", "nn"])
        XCTAssertEqual(file("side.smj.md").map { [$0.name, $0.language ?? "-"] }, ["side", "smj"])
    }

    func testWhatIsNotALanguageStaysInTheName() {
        for (name, stem) in [("versjon.2.md", "versjon.2"), ("side.EN.md", "side.EN"), ("side.engl.md", "side.engl"),
                             (".en.md", ".en"), ("a.æø.md", "a.æø"), ("x.md", "x")] {
            XCTAssertEqual(file(name)?.name, stem, name)
            XCTAssertNil(file(name)?.language, name)
        }
    }

    func testOnlyMarkdownFilesCount() {
        for name in [".md", "md", "side.mdx", "side.md.txt", "bilde.png", "side.MD"] {
            XCTAssertNil(file(name), name)
        }
    }

    func testListsAgencyPagesInFoldersAndStrayFiles() throws {
        let temporary = try TemporaryFolder("inventory")
        defer { temporary.remove() }
        let root = temporary.path
        for relative in ["agencies/nav/_agency.md", "agencies/nav/familie/barnetrygd.md", "agencies/nav/barnetrygd.en.md",
                         "agencies/nav/bilde.png", "journeys/ny-i-norge.md", "vocabulary/los.rdf", "portal.yaml", "løs.txt"] {
            let path = root + "/" + relative
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try "x".write(toFile: path, atomically: false, encoding: .utf8)
        }
        let inventory = ContentInventory.scan(contentDirectory: root)
        XCTAssertEqual(inventory.agencyPages["nav"]?.map(\.name), ["barnetrygd", "familie/barnetrygd"])
        XCTAssertEqual(inventory.agencyProfiles["nav"]?.map(\.name), ["_agency"])
        XCTAssertEqual(inventory.journeys.map(\.name), ["ny-i-norge"])
        XCTAssertEqual(inventory.vocabularyPath, ContentInventory.vocabularyPath(in: root))
        XCTAssertEqual(inventory.diagnostics.map(\.rule), ["stray-file", "stray-file"])
    }
}
