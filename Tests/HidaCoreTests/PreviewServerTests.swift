import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import XCTest
@testable import HidaCore

/// `hida serve`: the site is served on 127.0.0.1 and rebuilt when content changes.
final class PreviewServerTests: XCTestCase {
    private func fetch(_ url: URL) -> (status: Int, body: String)? {
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var result: (Int, String)?
        URLSession.shared.dataTask(with: url) { data, response, _ in
            if let response = response as? HTTPURLResponse { result = (response.statusCode, String(decoding: data ?? Data(), as: UTF8.self)) }
            done.signal()
        }.resume()
        _ = done.wait(timeout: .now() + 10)
        return result
    }

    func testServesTheSiteAndRebuildsWhenContentChanges() throws {
        let site = try FixtureSite("minimal")
        defer { site.remove() }
        let port = UInt16.random(in: 20_000...40_000)
        let server = PreviewServer(options: site.options, port: port) { _ in }
        Thread.detachNewThread { _ = server.run() }
        defer { server.stop() }
        let base = URL(string: "http://127.0.0.1:\(port)")!

        var front: (status: Int, body: String)?
        for _ in 0..<60 where front?.status != 200 {
            Thread.sleep(forTimeInterval: 0.25)
            front = fetch(base)
        }
        XCTAssertEqual(front?.status, 200)
        XCTAssertTrue(front?.body.contains("<html lang=\"nb\">") ?? false)
        XCTAssertEqual(fetch(base.appendingPathComponent("finnes-ikke/"))?.status, 404)
        XCTAssertEqual(fetch(base.appendingPathComponent("../../etc/passwd"))?.status, 404, "never outside the site folder")

        let page = site.root + "/Content/agencies/skatteetaten/skattekort.md"
        let text = try String(contentsOfFile: page, encoding: .utf8)
        try text.replacingOccurrences(of: "title: Skattekort", with: "title: Skattekort i dag").write(toFile: page, atomically: true, encoding: .utf8)
        var updated = false
        for _ in 0..<60 where !updated {
            Thread.sleep(forTimeInterval: 0.25)
            updated = fetch(base.appendingPathComponent("skattekort/"))?.body.contains("<h1>Skattekort i dag</h1>") ?? false
        }
        XCTAssertTrue(updated, "the edited page is rebuilt and served")
    }
}
