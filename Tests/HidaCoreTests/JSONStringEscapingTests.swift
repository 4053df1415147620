import ByteBuffer
import Foundation
import XCTest
@testable import HidaCore

/// `JSONValue.writeString` tells the bytes that may need an escape by bit masks; every byte it could meet is checked
/// here against escaping written out character by character.
final class JSONStringEscapingTests: XCTestCase {
    func testEveryASCIICharacterIsEscapedAsJSONRequires() {
        let ascii = String(String.UnicodeScalarView((0 ..< 128).compactMap(Unicode.Scalar.init)))
        for htmlSafe in [false, true] {
            XCTAssertEqual(written(ascii, htmlSafe: htmlSafe), expected(ascii, htmlSafe: htmlSafe), "htmlSafe: \(htmlSafe)")
        }
    }

    func testLineAndParagraphSeparatorsAreEscapedAndOtherTextIsKept() {
        let text = "Søk\u{2028}om\u{2029}støtte – «nå» \u{2027}\u{202A} 😀 \\ end"
        for htmlSafe in [false, true] {
            XCTAssertEqual(written(text, htmlSafe: htmlSafe), expected(text, htmlSafe: htmlSafe))
        }
        XCTAssertEqual(written("a\u{2028}b", htmlSafe: false), "\"a\\u2028b\"")
    }

    private func written(_ text: String, htmlSafe: Bool) -> String {
        let output = OutputBuffer(capacity: 16)
        JSONValue.writeString(text, to: output, htmlSafe: htmlSafe)
        return String(decoding: output.bytes, as: UTF8.self)
    }

    private func expected(_ text: String, htmlSafe: Bool) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "<" where htmlSafe: result += "\\u003c"
            case ">" where htmlSafe: result += "\\u003e"
            case "&" where htmlSafe: result += "\\u0026"
            case "\u{2028}": result += "\\u2028"
            case "\u{2029}": result += "\\u2029"
            case _ where scalar.value < 0x20: result += String(format: "\\u%04x", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
