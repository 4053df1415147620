import Foundation
import XCTest
@testable import HidaCore

final class ReportScaleTests: XCTestCase {
    /// A portal of 60 agencies with 200 pages each, made by copying the sample's pages.
    static func largeReport() -> EditorialReportData {
        var data = EditorialReportData.sample
        let template = data.agencies[0]
        data.agencies = (0..<60).map { number in
            var agency = template
            agency.id = "etat-\(number)"
            agency.name = "Etat nummer \(number)"
            agency.pages = (0..<200).map { index in
                var page = template.pages[index % template.pages.count]
                page.title += " \(index)"
                page.url = "/etat-\(number)/side-\(index)/"
                return page
            }
            agency.pageCount = agency.pages.count
            agency.lix = agency.pages.compactMap(\.lix)
            return agency
        }
        data.totals.pages = 60 * 200
        return data
    }

    func testTwelveThousandPagesRenderInReasonableTime() {
        let data = Self.largeReport()
        let clock = ContinuousClock()
        var files: [(path: String, contents: String)] = []
        let elapsed = clock.measure { files = ReportRenderer.render(data) }
        let bytes = files.reduce(0) { $0 + $1.contents.utf8.count }
        print("report scale: \(files.count) files, \(bytes) bytes, \(elapsed)")
        XCTAssertEqual(files.count, 60 + 3)
        XCTAssertLessThan(elapsed, .seconds(30))
    }
}
