import ByteBuffer

/// Escaping for HTML text, attribute values and URLs.
enum HTMLEscaping {
    /// Appends `p[start..<end]` with `&`, `<`, `>` and `"` escaped; safe in text and quoted attributes.
    @inline(__always)
    static func appendEscaped(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, to out: OutputBuffer) {
        guard let base = p.baseAddress else { return }
        var runStart = start
        while true {
            let i = ByteScan.firstHTMLSpecial(base, runStart, end)
            if i > runStart { out.append(base + runStart, count: i - runStart) }
            guard i < end else { return }
            switch base[i] {
            case UInt8(ascii: "&"): out.append("&amp;")
            case UInt8(ascii: "<"): out.append("&lt;")
            case UInt8(ascii: ">"): out.append("&gt;")
            default: out.append("&quot;")
            }
            runStart = i + 1
        }
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
    static func appendHref(_ bytes: UnsafeBufferPointer<UInt8>, to out: OutputBuffer) {
        guard let base = bytes.baseAddress else { return }
        hrefSafe.withUnsafeBufferPointer { safe in
            // Runs of bytes written as they are go out in one copy.
            var runStart = 0
            var i = 0
            while i < bytes.count {
                let c = base[i]
                if safe[Int(c)] && c != UInt8(ascii: "&") && c != UInt8(ascii: "'") {
                    i += 1
                    continue
                }
                if i > runStart { out.append(base + runStart, count: i - runStart) }
                if c == UInt8(ascii: "&") {
                    out.append("&amp;")
                } else if c == UInt8(ascii: "'") {
                    out.append("&#x27;")
                } else {
                    out.append(UInt8(ascii: "%"))
                    out.append(hexDigits[Int(c >> 4)])
                    out.append(hexDigits[Int(c & 15)])
                }
                i += 1
                runStart = i
            }
            if i > runStart { out.append(base + runStart, count: i - runStart) }
        }
    }
}
