import Foundation
import XCTest
@testable import HidaCore

/// Every HTML page of the minimal fixture keeps the theme's promises, and a portal theme can override parts of felles.
final class RenderedPageTests: XCTestCase {
    func testEveryPageHasLangOneH1LandmarksSkipLinkAndNoInlineScriptOrStyle() throws {
        let site = try FixtureSite("minimal")
        defer { site.remove() }
        XCTAssertEqual(site.build().exitCode, 0)
        let pages = site.outputFiles().filter { $0.hasSuffix(".html") && !$0.hasPrefix("familie/") }
        XCTAssertGreaterThan(pages.count, 40)
        for file in pages {
            let html = site.read(file)
            XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\""), file)
            XCTAssertEqual(html.components(separatedBy: "<h1").count - 1, 1, "\(file): one h1")
            for landmark in ["<header", "<nav", "<main id=\"main\"", "<footer"] {
                XCTAssertTrue(html.contains(landmark), "\(file): \(landmark)")
            }
            XCTAssertTrue(html.contains("<a class=\"skip-link\" href=\"#main\">"), file)
            XCTAssertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self'; style-src 'self';"), file)
            XCTAssertFalse(html.contains(" style="), "\(file): no style attribute")
            XCTAssertFalse(html.contains("<style"), "\(file): no style element")
            let scripts = html.components(separatedBy: "<script").dropFirst()
            for script in scripts {
                XCTAssertTrue(script.hasPrefix(" src=\"/assets/") || script.hasPrefix(" type=\"application/ld+json\">"), "\(file): only external scripts and JSON-LD")
            }
            XCTAssertFalse(html.contains("https://fonts.") || html.contains("cdn."), "\(file): no third-party requests")
            XCTAssertTrue(html.contains("<link rel=\"canonical\""), file)
        }
    }

    func testAPortalThemeOverridesOnlyTheFilesItHas() throws {
        let site = try FixtureSite("minimal")
        defer { site.remove() }
        let themes = site.root + "/Themes"
        try FileManager.default.createDirectory(atPath: themes, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: FixtureSite.packageRoot + "/Themes/felles", toPath: themes + "/felles")
        try FileManager.default.copyItem(atPath: FixtureSite.fixtures + "/Themes/lokal", toPath: themes + "/lokal")
        let portal = site.root + "/Content/portal.yaml"
        try (try String(contentsOfFile: portal, encoding: .utf8)).replacingOccurrences(of: "theme: felles", with: "theme: lokal")
            .write(toFile: portal, atomically: true, encoding: .utf8)
        var options = site.options
        options.themesDirectory = themes
        let report = SiteBuilder(options: options).build()
        XCTAssertEqual(report.exitCode, 0)
        let html = site.read("barnetrygd/index.html")
        XCTAssertTrue(html.contains("Testportal – Levert av kommunen"), "the overridden footer")
        XCTAssertTrue(html.contains("<a class=\"skip-link\""), "everything else still comes from felles")
        let english = site.read("en/child-benefit/index.html")
        XCTAssertTrue(english.contains("Levert av kommunen"), "a string missing in English falls back to the default language")
        XCTAssertTrue(site.headlines(report).contains { $0.contains("warning: 1 UI string(s) missing for \"en\"") && $0.contains("local_footer") }, "\(site.headlines(report))")
    }

    func testLanguageCoverageIsReportedPerAgency() throws {
        let site = try FixtureSite("minimal")
        defer { site.remove() }
        let lines = site.headlines(site.check(), minimum: .info).filter { $0.contains("[language-coverage]") }
        XCTAssertEqual(lines, [
            "Content/agencies/nav/_agency.md:1:1: info: 2 of 2 pages have no nynorsk (nn) translation; 1 of 2 pages have no english (en) translation [language-coverage]",
            "Content/agencies/skatteetaten/_agency.md:1:1: info: 1 of 1 pages have no english (en) translation [language-coverage]",
        ])
    }
}
