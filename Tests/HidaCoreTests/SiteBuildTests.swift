import Foundation
import XCTest
@testable import HidaCore

/// End-to-end builds of fixture portals, checked file by file.
final class SiteBuildTests: XCTestCase {
    func testMinimalSiteBuildsWithoutErrors() throws {
        let site = try FixtureSite("minimal")
        defer { site.remove() }
        let report = site.build()
        XCTAssertEqual(site.headlines(report, minimum: .error), [])
        XCTAssertEqual(report.exitCode, 0)
        FixtureSite.assertMatches(site.outputFiles(), expectedFile: FixtureSite.fixtures + "/Sites/minimal/expected-files.txt")
    }

    /// The command line keeps the model until the process exits instead of freeing it; the site and the report must
    /// be the same either way.
    func testKeepingTheModelUntilExitChangesNothingButWhatIsFreed() throws {
        let site = try FixtureSite("minimal")
        defer { site.remove() }
        let freed = site.build()
        let files = site.outputFiles()
        let contents = files.map { site.read($0) }
        var options = site.options
        options.freesModelAfterRun = false
        let keptBefore = KeptUntilExit.count
        let kept = SiteBuilder(options: options).build()
        XCTAssertGreaterThan(KeptUntilExit.count, keptBefore, "the portal and the rendered pages are kept")
        XCTAssertEqual(kept.diagnostics, freed.diagnostics)
        XCTAssertEqual(site.outputFiles(), files)
        XCTAssertEqual(files.map { site.read($0) }, contents)
    }

    func testContentPageShowsBodyAgencyDateTopicsAndResolvedLinks() throws {
        let site = try FixtureSite("minimal")
        defer { site.remove() }
        _ = site.build()
        let html = site.read("barnetrygd/index.html")
        XCTAssertTrue(html.contains("<html lang=\"nb\">"))
        XCTAssertEqual(html.components(separatedBy: "<h1").count - 1, 1, "exactly one h1")
        XCTAssertTrue(html.contains("<h1>Barnetrygd</h1>"))
        XCTAssertTrue(html.contains("href=\"/soke-barnetrygd/\""), "relative .md link resolved to the page URL")
        XCTAssertTrue(html.contains("href=\"/skattekort/#endre-skattekortet\""), "cross-agency link keeps its fragment")
        XCTAssertTrue(html.contains("<a href=\"/etater/nav/\">Arbeids- og velferdsetaten</a>"))
        XCTAssertTrue(html.contains("<time datetime=\"2026-05-02\">2. mai 2026</time>"))
        XCTAssertTrue(html.contains("hreflang=\"en\" href=\"https://test.example.no/en/child-benefit/\""))
        XCTAssertTrue(html.contains("<link rel=\"canonical\" href=\"https://test.example.no/barnetrygd/\">"))
        XCTAssertFalse(html.contains("style="), "no inline style")
        XCTAssertFalse(html.contains("<script>"), "no inline script")
    }

    func testTranslationInheritsKeysAndLinksToTranslatedOrDefaultPages() throws {
        let site = try FixtureSite("minimal")
        defer { site.remove() }
        _ = site.build()
        let english = site.read("en/child-benefit/index.html")
        XCTAssertTrue(english.contains("<html lang=\"en\">"))
        XCTAssertTrue(english.contains("<h1>Child benefit</h1>"))
        XCTAssertTrue(english.contains("href=\"/soke-barnetrygd/\""), "no English translation: the link goes to the default language")
        XCTAssertTrue(english.contains("2 May 2026"), "updated is inherited and shown in English")
        let nynorsk = site.read("nn/skattekort/index.html")
        XCTAssertTrue(nynorsk.contains("<html lang=\"nn\">"))
        XCTAssertTrue(nynorsk.contains("Skattekortet seier"))
    }

    func testServicePageHasStartLinkAndDraftIsLeftOut() throws {
        let site = try FixtureSite("minimal")
        defer { site.remove() }
        _ = site.build()
        XCTAssertTrue(site.read("soke-barnetrygd/index.html").contains("href=\"https://www.nav.no/barnetrygd/soknad\""))
        XCTAssertEqual(site.read("utkast/index.html"), "")
    }

    func testDraftsAreBuiltWhenAskedFor() throws {
        let site = try FixtureSite("minimal")
        defer { site.remove() }
        var options = site.options
        options.includeDrafts = true
        _ = SiteBuilder(options: options).build()
        XCTAssertTrue(site.read("utkast/index.html").contains("<h1>Utkast</h1>"))
    }

    func testAliasGetsRedirectPageAndRedirectsLine() throws {
        let site = try FixtureSite("minimal")
        defer { site.remove() }
        _ = site.build()
        let redirect = site.read("familie/barnetrygd/index.html")
        XCTAssertTrue(redirect.contains("<meta http-equiv=\"refresh\" content=\"0; url=/barnetrygd/\">"))
        XCTAssertTrue(redirect.contains("<a href=\"/barnetrygd/\">Barnetrygd</a>"))
        XCTAssertTrue(redirect.contains("<link rel=\"canonical\" href=\"https://test.example.no/barnetrygd/\">"))
        XCTAssertEqual(site.read("_redirects"), "/familie/barnetrygd/ /barnetrygd/ 301\n")
    }

    func testJourneyStepsAreOrderedAndParallelStepsGrouped() throws {
        let site = try FixtureSite("minimal")
        defer { site.remove() }
        _ = site.build()
        let html = site.read("livshendelser/fa-barn/index.html")
        let skatt = try XCTUnwrap(html.range(of: "id=\"steg-skatt\""))
        let soke = try XCTUnwrap(html.range(of: "id=\"steg-soke\""))
        let lese = try XCTUnwrap(html.range(of: "id=\"steg-lese\""))
        XCTAssertLessThan(skatt.lowerBound, soke.lowerBound)
        XCTAssertLessThan(soke.lowerBound, lese.lowerBound)
        XCTAssertTrue(html.contains("step step-optional"))
        XCTAssertEqual(html.components(separatedBy: "class=\"step-parallel\"").count - 1, 2, "soke and lese share their predecessor")
        let english = site.read("en/life-events/fa-barn/index.html")
        XCTAssertTrue(english.contains("Check your tax card"), "a translation may retitle a step")
        XCTAssertTrue(english.contains("href=\"/en/child-benefit/\""), "step pages link to the translation when there is one")
    }

    func testTwoBuildsAreByteIdentical() throws {
        let first = try FixtureSite("minimal")
        let second = try FixtureSite("minimal")
        defer { first.remove(); second.remove() }
        _ = first.build()
        _ = second.build()
        let files = first.outputFiles()
        XCTAssertEqual(files, second.outputFiles())
        for file in files {
            let a = FileManager.default.contents(atPath: first.root + "/Site/" + file)
            let b = FileManager.default.contents(atPath: second.root + "/Site/" + file)
            XCTAssertEqual(a, b, "\(file) differs between two builds of the same input")
        }
    }

    func testFailedBuildLeavesPreviousSiteUntouched() throws {
        let site = try FixtureSite("minimal")
        defer { site.remove() }
        XCTAssertEqual(site.build().exitCode, 0)
        let marker = site.root + "/Site/marker.txt"
        try "from the previous build".write(toFile: marker, atomically: true, encoding: .utf8)
        let before = site.outputFiles()
        try site.overlayContent(from: FixtureSite.fixtures + "/InvalidSites/broken-link")
        let report = site.build()
        XCTAssertEqual(report.exitCode, 1)
        XCTAssertEqual(site.outputFiles(), before)
        XCTAssertEqual(try String(contentsOfFile: marker, encoding: .utf8), "from the previous build")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root).filter { $0.hasPrefix("Site.") }
        XCTAssertEqual(leftovers, [], "no staging folder is left behind")
    }

    func testErrorsFoundBeforeRenderingLeaveNoStagingFolder() throws {
        // The staging folder and the pages' folders are made while the portal is resolved; a slug collision found
        // then (and a missing theme) must still leave nothing behind.
        for broken in ["slug-collision", "unknown-topic"] {
            let site = try FixtureSite("minimal")
            defer { site.remove() }
            XCTAssertEqual(site.build().exitCode, 0)
            let before = site.outputFiles()
            try site.overlayContent(from: FixtureSite.fixtures + "/InvalidSites/" + broken)
            XCTAssertEqual(site.build().exitCode, 1, broken)
            XCTAssertEqual(site.outputFiles(), before, broken)
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root).filter { $0.hasPrefix("Site.") }
            XCTAssertEqual(leftovers, [], "\(broken): no staging folder is left behind")
        }
        let site = try FixtureSite("minimal")
        defer { site.remove() }
        var options = site.options
        options.themesDirectory = site.root + "/no-themes-here"
        XCTAssertNotEqual(SiteBuilder(options: options).build().exitCode, 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root).filter { $0.hasPrefix("Site") }
        XCTAssertEqual(leftovers, [], "without a theme nothing is written")
    }

    func testCheckWritesNothing() throws {
        let site = try FixtureSite("minimal")
        defer { site.remove() }
        let report = site.check()
        XCTAssertEqual(report.exitCode, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.root + "/Site"))
    }
}
