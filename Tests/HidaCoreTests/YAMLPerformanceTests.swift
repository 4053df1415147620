import XCTest
@testable import HidaCore

/// Prints parse throughput; run with `swift test -c release -Xswiftc -enable-testing --filter YAMLPerformanceTests`.
final class YAMLPerformanceTests: XCTestCase {
    static let page = """
        title: Barnetrygd for deg som bor i Norge
        description: Du kan få barnetrygd for barn under 18 år som bor i Norge. Les om hvem som kan få og hvordan du søker.
        topics:
          - https://psi.norge.no/los/ord/barnetrygd
          - tema/familie-og-barn
          - "Stønad til barn"
        updated: 2024-05-02
        review_by: 2025-05-02   # one year later
        type: service
        service_url: https://www.nav.no/barnetrygd#sok
        audience: [innbygger, naeringsliv]
        aliases:
          - /gammel/barnetrygd
          - /ytelser/barnetrygd.html
        facts:
          grunnbelop: 124028
          barnetrygd_under_6: 1766
          'sats: over 6': 1310
        draft: false
        summary: >-
          Barnetrygd er en månedlig skattefri ytelse
          som skal bidra til å dekke utgifter
          ved å ha barn.
        notes: |
          Linje en.
          Linje to.

        """

    func testThroughput() {
        let iterations = 5_000
        let bytes = Self.page.utf8.count
        var entryCount = 0
        let start = Date()
        for _ in 0..<iterations {
            let result = YAMLParser.parse(Self.page, path: "Content/agencies/nav/barnetrygd.md", firstLine: 2)
            entryCount += result.root?.entries.count ?? 0
        }
        let seconds = Date().timeIntervalSince(start)
        XCTAssertEqual(entryCount, 13 * iterations)
        let microseconds = seconds / Double(iterations) * 1_000_000
        let megabytesPerSecond = Double(bytes * iterations) / seconds / 1_000_000
        print("YAML parse: \(bytes) bytes per page, \(String(format: "%.1f", microseconds)) µs per page, "
              + "\(String(format: "%.1f", megabytesPerSecond)) MB/s")
    }

    func testLargeDocumentScalesLinearly() {
        func time(_ entries: Int) -> TimeInterval {
            let text = (0..<entries).map { "key\($0): value number \($0) # comment\n" }.joined()
            let start = Date()
            let result = YAMLParser.parse(text, path: "p.yaml")
            XCTAssertEqual(result.root?.entries.count, entries)
            return Date().timeIntervalSince(start)
        }
        let small = time(5_000)
        let large = time(50_000)
        print("YAML parse: 5 000 entries \(String(format: "%.3f", small)) s, 50 000 entries \(String(format: "%.3f", large)) s")
        XCTAssertLessThan(large, max(small, 0.001) * 40, "parsing time should grow roughly linearly")
    }
}
