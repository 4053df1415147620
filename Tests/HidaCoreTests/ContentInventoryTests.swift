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

    /// The agencies' folders are listed each on its own, in parallel: the inventory is the one a single pass over the
    /// whole sorted listing makes, in the same order, whatever the folder names (`a-b` sorts before `a/` by bytes).
    func testListingAgenciesOneByOneGivesTheSingleListing() throws {
        let temporary = try TemporaryFolder("inventory-parallel")
        defer { temporary.remove() }
        let root = temporary.path
        var files = ["portal.yaml", "vocabulary/los.rdf", "agencies/README.md", "agencies/a.md", "journeys/b.md", "topics/c.md",
                     "usage/visits.csv", "media/bilde.png", "media/doc/skjema.pdf", "stray.txt"]
        for agency in ["a", "a-b", "ab", "nav", "æøå"] {
            files += ["agencies/\(agency)/_agency.md", "agencies/\(agency)/_agency.en.md", "agencies/\(agency)/z.md",
                      "agencies/\(agency)/b.nn.md", "agencies/\(agency)/b.md", "agencies/\(agency)/under/b.md",
                      "agencies/\(agency)/under-a/c.md", "agencies/\(agency)/bilde.png"]
        }
        for relative in files.shuffled() {
            let path = root + "/" + relative
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try "x".write(toFile: path, atomically: false, encoding: .utf8)
        }
        let scanned = ContentInventory.scan(contentDirectory: root)
        let single = ContentInventory.of(FileWalker.files(under: root), contentDirectory: root)
        XCTAssertEqual(scanned.agencyPages.count, 5)
        XCTAssertEqual(scanned.agencyPages, single.agencyPages)
        XCTAssertEqual(scanned.agencyProfiles, single.agencyProfiles)
        XCTAssertEqual(scanned.agencyFolders, single.agencyFolders)
        XCTAssertEqual(scanned.journeys, single.journeys)
        XCTAssertEqual(scanned.topicIntroductions, single.topicIntroductions)
        XCTAssertEqual(scanned.usageFiles, single.usageFiles)
        XCTAssertEqual(scanned.mediaFiles.map(\.relative), single.mediaFiles.map(\.relative))
        XCTAssertEqual(scanned.configurationPath, single.configurationPath)
        XCTAssertEqual(scanned.vocabularyPath, single.vocabularyPath)
        XCTAssertEqual(Set(scanned.diagnostics.map(\.message)), Set(single.diagnostics.map(\.message)))
        XCTAssertEqual(scanned.diagnostics.count, 8)
    }
}
