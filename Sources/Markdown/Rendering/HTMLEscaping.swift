/// Escaping for HTML text, attribute values and URLs.
enum HTMLEscaping {
    /// Appends `p[start..<end]` with `&`, `<`, `>` and `"` escaped; safe in text and quoted attributes.
    @inline(__always)
    static func appendEscaped(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, to out: inout [UInt8]) {
        var runStart = start
        var i = start
        while i < end {
            let c = p[i]
            // `&`, `<`, `>` and `"` are all below 63: most bytes leave after one comparison.
            if c < 63 && (c == 38 || c == 60 || c == 62 || c == 34) {
                if i > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: p[runStart..<i])) }
                switch c {
                case UInt8(ascii: "&"): out.append(contentsOf: [38, 97, 109, 112, 59])  // &amp;
                case UInt8(ascii: "<"): out.append(contentsOf: [38, 108, 116, 59])  // &lt;
                case UInt8(ascii: ">"): out.append(contentsOf: [38, 103, 116, 59])  // &gt;
                default: out.append(contentsOf: [38, 113, 117, 111, 116, 59])  // &quot;
                }
                runStart = i + 1
            }
            i += 1
        }
        if end > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: p[runStart..<end])) }
    }

    static func appendEscaped(_ bytes: [UInt8], to out: inout [UInt8]) {
        bytes.withUnsafeBufferPointer { appendEscaped($0, 0, $0.count, to: &out) }
    }

    /// Characters cmark leaves unencoded in URLs (houdini's HREF_SAFE set).
    static let hrefSafe: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for c in "-_.+!*'(),%#@?=;:/,+&$~".utf8 { table[Int(c)] = true }
        for c in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(c)] = true }
        for c in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(c)] = true }
        for c in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(c)] = true }
        return table
    }()

    static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)

    /// Appends a URL percent-encoded the way cmark does, escaped for a double-quoted attribute.
    static func appendHref(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        for c in bytes {
            if hrefSafe[Int(c)] {
                if c == UInt8(ascii: "&") {
                    out.append(contentsOf: [38, 97, 109, 112, 59])
                } else if c == UInt8(ascii: "'") {
                    out.append(contentsOf: Array("&#x27;".utf8))
                } else {
                    out.append(c)
                }
            } else {
                out.append(UInt8(ascii: "%"))
                out.append(hexDigits[Int(c >> 4)])
                out.append(hexDigits[Int(c & 15)])
            }
        }
    }
}
