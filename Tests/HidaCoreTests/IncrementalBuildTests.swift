import Foundation
import XCTest
@testable import HidaCore

/// `hida serve`'s rebuilds: after every kind of edit the output folder must hold exactly what a clean build writes.
final class IncrementalBuildTests: XCTestCase {
    private var site: FixtureSite!
    private var builder: PreviewBuilder!

    override func setUpWithError() throws {
        site = try FixtureSite("minimal")
        // A theme of the portal's own, so that the theme test can edit it without touching the repository's.
        try FileManager.default.copyItem(atPath: FixtureSite.packageRoot + "/Themes", toPath: site.root + "/Themes")
        builder = PreviewBuilder(options: options(output: "Site"))
        let first = builder.rebuild()
        XCTAssertEqual(first.outcome, .full)
        XCTAssertTrue(first.report.published, "the fixture builds")
    }

    override func tearDown() {
        site.remove()
    }

    private func options(output: String) -> BuildOptions {
        BuildOptions(contentDirectory: site.root + "/Content", themesDirectory: site.root + "/Themes",
                     outputDirectory: site.root + "/" + output, today: FixtureSite.today)
    }

    private func edit(_ relative: String, _ change: (String) -> String, file: StaticString = #filePath, line: UInt = #line) throws {
        let path = site.root + "/" + relative
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let changed = change(text)
        XCTAssertNotEqual(changed, text, "the edit changes \(relative)", file: file, line: line)
        try changed.write(toFile: path, atomically: false, encoding: .utf8)
    }

    /// Builds the same content from scratch into another folder and compares the two trees file by file.
    private func assertSameAsCleanBuild(file: StaticString = #filePath, line: UInt = #line) {
        let clean = SiteBuilder(options: options(output: "Clean")).build()
        XCTAssertTrue(clean.published, file: file, line: line)
        let incremental = FileWalker.files(under: site.root + "/Site")
        XCTAssertEqual(incremental, FileWalker.files(under: site.root + "/Clean"), "the same files", file: file, line: line)
        for relative in incremental {
            let a = FileManager.default.contents(atPath: site.root + "/Site/" + relative)
            let b = FileManager.default.contents(atPath: site.root + "/Clean/" + relative)
            XCTAssertEqual(a, b, "\(relative) differs from a clean build", file: file, line: line)
        }
        try? FileManager.default.removeItem(atPath: site.root + "/Clean")
    }

    func testNothingChangedCostsNoBuild() {
        let again = builder.rebuild()
        XCTAssertEqual(again.outcome, .unchanged)
        assertSameAsCleanBuild()
    }

    func testBodyEditRewritesThePageAndTheSearchIndexOnly() throws {
        let page = "Content/agencies/skatteetaten/skattekort.md"
        let before = site.read("etater/skatteetaten/index.html")
        XCTAssertFalse(before.isEmpty)
        try edit(page) { $0 + "\nRegnbueørret er et nytt ord på denne siden.\n\n## Frikort\n\nNoe om frikort.\n" }
        let rebuild = builder.rebuild()
        XCTAssertEqual(rebuild.outcome, .pages([site.root + "/" + page]))
        XCTAssertTrue(rebuild.report.published)
        XCTAssertTrue(site.read("skattekort/index.html").contains("Regnbueørret"))
        XCTAssertEqual(site.read("etater/skatteetaten/index.html"), before, "the agency page lists titles, not text")
        assertSameAsCleanBuild()
        XCTAssertEqual(builder.rebuild().outcome, .unchanged, "the edit is remembered")
    }

    func testTranslationBodyEdit() throws {
        let page = "Content/agencies/skatteetaten/skattekort.nn.md"
        try edit(page) { $0 + "\nNytt avsnitt på nynorsk om skattekortet.\n" }
        XCTAssertEqual(builder.rebuild().outcome, .pages([site.root + "/" + page]))
        assertSameAsCleanBuild()
    }

    func testTwoBodyEditsAfterEachOther() throws {
        let page = "Content/agencies/nav/familie/barnetrygd.md"
        try edit(page) { $0 + "\nFørste tillegg.\n" }
        XCTAssertEqual(builder.rebuild().outcome, .pages([site.root + "/" + page]))
        try edit(page) { $0.replacingOccurrences(of: "Første tillegg.", with: "Andre tillegg, med flere ord.") }
        XCTAssertEqual(builder.rebuild().outcome, .pages([site.root + "/" + page]))
        assertSameAsCleanBuild()
    }

    func testRemovedWordsLeaveNoStaleSearchShards() throws {
        let page = "Content/agencies/skatteetaten/skattekort.md"
        try edit(page) { $0 + "\nXylofonkvartett zebrastripe.\n" }
        XCTAssertEqual(builder.rebuild().outcome, .pages([site.root + "/" + page]))
        try edit(page) { $0.replacingOccurrences(of: "\nXylofonkvartett zebrastripe.\n", with: "\nKort.\n") }
        XCTAssertEqual(builder.rebuild().outcome, .pages([site.root + "/" + page]))
        assertSameAsCleanBuild()
    }

    func testTitleEditRebuildsEverything() throws {
        try edit("Content/agencies/skatteetaten/skattekort.md") { $0.replacingOccurrences(of: "title: Skattekort", with: "title: Skattekort for lønn") }
        XCTAssertEqual(builder.rebuild().outcome, .full)
        XCTAssertTrue(site.read("etater/skatteetaten/index.html").contains("Skattekort for lønn"), "lists show the new title")
        assertSameAsCleanBuild()
    }

    func testTopicEditRebuildsEverything() throws {
        try edit("Content/agencies/skatteetaten/skattekort.md") { $0.replacingOccurrences(of: ", tema/familieytelser]", with: "]") }
        XCTAssertEqual(builder.rebuild().outcome, .full)
        assertSameAsCleanBuild()
    }

    func testJourneyStepEditRebuildsEverything() throws {
        let journey = "Content/journeys/fa-barn.md"
        let text = try String(contentsOfFile: site.root + "/" + journey, encoding: .utf8)
        XCTAssertTrue(text.contains("steps:"), "the fixture journey has steps")
        try edit(journey) { $0.replacingOccurrences(of: "title: Les om barnetrygd", with: "title: Les mer om barnetrygd") }
        XCTAssertEqual(builder.rebuild().outcome, .full)
        assertSameAsCleanBuild()
    }

    func testUsageDataEditRebuildsEverything() throws {
        try edit("Content/usage/visits.csv") { $0 + "s-new-1,/barnetrygd/\ns-new-1,/skattekort/\n" }
        XCTAssertEqual(builder.rebuild().outcome, .full)
        assertSameAsCleanBuild()
    }

    func testThemeEditRebuildsEverything() throws {
        try edit("Themes/felles/i18n/nb.yaml") { $0.replacingOccurrences(of: "topic_pages: Sider", with: "topic_pages: Sidene") }
        XCTAssertEqual(builder.rebuild().outcome, .full)
        XCTAssertTrue(site.read("tema/familie-og-barn/index.html").contains("Sidene"))
        assertSameAsCleanBuild()
    }

    func testEditWithAnErrorPublishesNothingUntilItIsFixed() throws {
        let page = "Content/agencies/skatteetaten/skattekort.md"
        let before = site.read("skattekort/index.html")
        try edit(page) { $0 + "\nSe [denne](finnes-ikke.md).\n" }
        let broken = builder.rebuild()
        XCTAssertFalse(broken.report.published)
        XCTAssertEqual(broken.report.diagnostics.filter { $0.severity == .error }.map(\.rule), ["broken-link"])
        XCTAssertEqual(site.read("skattekort/index.html"), before, "the previous site stays")
        try edit(page) { $0.replacingOccurrences(of: "\nSe [denne](finnes-ikke.md).\n", with: "\nSe [barnetrygd](../nav/familie/barnetrygd.md).\n") }
        let fixed = builder.rebuild()
        XCTAssertEqual(fixed.outcome, .pages([site.root + "/" + page]))
        XCTAssertTrue(fixed.report.published)
        assertSameAsCleanBuild()
    }

    func testNewPageRebuildsEverything() throws {
        let path = site.root + "/Content/agencies/skatteetaten/frikort.md"
        try "---\ntitle: Frikort\ndescription: Om frikort.\ntopics: [skattekort]\nupdated: 2026-02-01\n---\nFrikort er for deg som tjener lite.\n"
            .write(toFile: path, atomically: false, encoding: .utf8)
        XCTAssertEqual(builder.rebuild().outcome, .full)
        XCTAssertTrue(site.read("frikort/index.html").contains("Frikort"))
        assertSameAsCleanBuild()
    }
}
