import XCTest
@testable import HidaCore

final class UsageURLNormalizerTests: XCTestCase {
    private let normalizer = UsageURLNormalizer(baseURL: "https://portal.example.no/")

    private func path(_ url: String) -> UsageURLNormalizer.Outcome { normalizer.normalize(url) }

    func testVariantsOfOnePage() {
        for url in [
            "/barnetrygd/", "/barnetrygd", "https://portal.example.no/barnetrygd/", "http://portal.example.no/barnetrygd",
            "HTTPS://Portal.Example.NO/barnetrygd/", "https://portal.example.no:443/barnetrygd/", "/barnetrygd/?utm_source=x#a",
            "/barnetrygd#top", "/barnetrygd/index.html", "  /barnetrygd/  ", "//portal.example.no/barnetrygd/",
            "barnetrygd", "/%62arnetrygd/", "/barnetrygd//",
        ] {
            XCTAssertEqual(path(url), .sitePath("/barnetrygd/"), url)
        }
    }

    func testPercentDecodingKeepsUTF8() {
        XCTAssertEqual(path("/s%C3%B8k/"), .sitePath("/søk/"))
        XCTAssertEqual(path("/100%/"), .sitePath("/100%/"))
    }

    func testFileExtensionsKeepNoTrailingSlash() {
        XCTAssertEqual(path("/404.html"), .sitePath("/404.html"))
        XCTAssertEqual(path("/media/skjema.pdf?download=1"), .sitePath("/media/skjema.pdf"))
        XCTAssertEqual(path("https://portal.example.no"), .sitePath("/"))
        XCTAssertEqual(path("/index.html"), .sitePath("/"))
        XCTAssertEqual(path("/en/index.html"), .sitePath("/en/"))
    }

    func testOtherHostsAndSchemes() {
        for url in ["https://www.nav.no/barnetrygd/", "https://www.portal.example.no/barnetrygd/", "https://portal.example.no:8080/x/",
                    "mailto:post@example.no", "ftp://portal.example.no/x/", "//evil.example.com/barnetrygd/"] {
            XCTAssertEqual(path(url), .otherHost, url)
        }
    }

    func testBaseURLWithPath() {
        let normalizer = UsageURLNormalizer(baseURL: "https://example.no/portal")
        XCTAssertEqual(normalizer.normalize("https://example.no/portal/barnetrygd"), .sitePath("/barnetrygd/"))
        XCTAssertEqual(normalizer.normalize("/portal/barnetrygd/"), .sitePath("/barnetrygd/"))
        XCTAssertEqual(normalizer.normalize("/barnetrygd/"), .sitePath("/barnetrygd/"))
    }
}
