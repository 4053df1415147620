import ByteBuffer
import XCTest

final class OutputBufferTests: XCTestCase {
    func testAppendsEveryKindOfPieceInOrder() {
        let buffer = OutputBuffer(capacity: 4)
        buffer.append(UInt8(ascii: "<"))
        buffer.append("p>" as StaticString)
        buffer.append(utf8: "blåbær")
        buffer.append(Array(" og ".utf8))
        Array("tyttebær".utf8).withUnsafeBufferPointer { buffer.append($0) }
        buffer.append(UnsafeBufferPointer(start: nil, count: 0))
        XCTAssertEqual(String(decoding: buffer.bytes, as: UTF8.self), "<p>blåbær og tyttebær")
        XCTAssertEqual(buffer.count, buffer.bytes.count)
        XCTAssertEqual(buffer.last, UInt8(ascii: "r"))
    }

    func testGrowsPastItsCapacityWithoutLosingBytes() {
        let buffer = OutputBuffer(capacity: 1)
        let piece = Array("0123456789".utf8)
        for _ in 0 ..< 1_000 { buffer.append(piece) }
        XCTAssertEqual(buffer.count, 10_000)
        buffer.withBytes { bytes in
            XCTAssertEqual(Array(bytes[9_990...]), piece)
        }
    }

    func testAnEmptyBufferHasNoLastByte() {
        XCTAssertNil(OutputBuffer(capacity: 16).last)
        XCTAssertEqual(OutputBuffer(capacity: 16).bytes, [])
    }
}

/// `withUTF8Bytes` lends a string's bytes without copying the string into a `var` first.
final class StringUTF8BytesTests: XCTestCase {
    func testLendsTheBytesOfSmallLargeAndEmptyStrings() {
        let large = String(repeating: "blåbærsyltetøy ", count: 40)
        let sliced = String(large.dropFirst(3).prefix(100))
        for text in ["", "å", "søk", large, sliced, "e\u{301} 😀"] {
            XCTAssertEqual(text.withUTF8Bytes { Array($0) }, Array(text.utf8), text)
        }
    }

    func testPassesOnWhatTheBodyReturnsAndThrows() {
        struct Stop: Error {}
        XCTAssertEqual("abc".withUTF8Bytes { $0.count }, 3)
        XCTAssertThrowsError(try "abc".withUTF8Bytes { _ in throw Stop() })
    }
}
