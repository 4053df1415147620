import ByteBuffer
import XCTest
@testable import HidaCore

/// `JSONValue.writePrettyObject` writes the open data's page list item by item, in pieces; its bytes must be those
/// of the whole value written at once.
final class JSONStreamedObjectTests: XCTestCase {
    private let items: [JSONValue] = [
        .object([("title", .string("Søk om «barnetrygd»")), ("topics", .array([.string("a"), .string("b")])), ("empty", .object([]))]),
        .null,
        .array([]),
        .object([("nested", .object([("list", .array([.int(1), .bool(true)]))]))]),
    ]
    private let members: [(String, JSONValue)] = [("portal", .string("Testportal")), ("count", .int(4))]

    func testStreamedObjectIsTheWholeObjectWrittenAtOnce() {
        for count in [0, 1, items.count] {
            for members in [members, []] {
                let whole = JSONValue.object(members + [("items", .array(Array(items.prefix(count))))]).serializedUTF8(pretty: true)
                for flushSize in [1, 40, Int.max] {
                    XCTAssertEqual(streamed(members, count: count, flushSize: flushSize).bytes, whole,
                                   "\(count) items, \(members.count) members, flushed at \(flushSize) bytes")
                }
            }
        }
    }

    func testFlushesWhenThePieceIsFullAndKeepsTheRestInTheBuffer() {
        let result = streamed(members, count: items.count, flushSize: 40)
        XCTAssertGreaterThan(result.pieces.count, 1)
        XCTAssertTrue(result.pieces.allSatisfy { $0.count >= 40 }, "only full pieces are handed out")
        XCTAssertEqual(Array(result.rest.suffix(2)), Array("\n}".utf8), "the end stays in the buffer")

        let unflushed = streamed(members, count: items.count, flushSize: .max)
        XCTAssertEqual(unflushed.pieces.count, 0)
    }

    private func streamed(_ members: [(String, JSONValue)], count: Int, flushSize: Int) -> (bytes: [UInt8], pieces: [[UInt8]], rest: [UInt8]) {
        let output = OutputBuffer(capacity: 8)
        var pieces: [[UInt8]] = []
        JSONValue.writePrettyObject(members, streaming: "items", count: count, item: { self.items[$0] },
                                    to: output, flushSize: flushSize, flush: { pieces.append($0.bytes) })
        return (pieces.flatMap { $0 } + output.bytes, pieces, output.bytes)
    }
}
