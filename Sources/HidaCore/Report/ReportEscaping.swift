/// Escapes text for HTML and for the XML of inline SVG, which share one safe subset.
enum ReportEscaping {
    /// Returns `text` with `& < > " '` replaced by entities and XML-illegal control characters dropped.
    static func markup(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var changed = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8); changed = true
            case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8); changed = true
            case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8); changed = true
            case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8); changed = true
            case UInt8(ascii: "'"): output.append(contentsOf: "&#39;".utf8); changed = true
            // XML 1.0 forbids these, and HTML reports them as errors.
            case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0x7F: changed = true
            default: output.append(byte)
            }
        }
        return changed ? String(decoding: output, as: UTF8.self) : text
    }

    /// Returns `text` as a JSON string literal, quotes included.
    static func jsonString(_ text: String) -> String {
        var output: [UInt8] = [UInt8(ascii: "\"")]
        output.reserveCapacity(text.utf8.count + 2)
        let hexDigits = Array("0123456789abcdef".utf8)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): output.append(contentsOf: "\\\\".utf8)
            case 0x0A: output.append(contentsOf: "\\n".utf8)
            case 0x0D: output.append(contentsOf: "\\r".utf8)
            case 0x09: output.append(contentsOf: "\\t".utf8)
            case 0x00...0x1F:
                output.append(contentsOf: "\\u00".utf8)
                output.append(hexDigits[Int(byte >> 4)])
                output.append(hexDigits[Int(byte & 0x0F)])
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
        return String(decoding: output, as: UTF8.self)
    }

    /// Returns a file-name-safe form of an agency id: ASCII letters, digits, `-` and `_`, lowercased.
    static func fileName(_ id: String) -> String {
        var output: [UInt8] = []
        for byte in id.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"):
                output.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                output.append(byte + 32)
            default:
                // Keep one dash per run of other bytes so "a/b" and "a b" stay readable.
                if output.last != UInt8(ascii: "-") { output.append(UInt8(ascii: "-")) }
            }
            if output.count >= 80 { break }
        }
        let name = String(decoding: output, as: UTF8.self)
        return name.isEmpty || name == "-" ? "etat" : name
    }
}
