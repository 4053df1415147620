/// Turns titles into URL- and id-safe slugs.
public enum Slug {
    /// ASCII spellings for U+00C0 up to `latinFoldingEnd`, indexed by `scalar - 0xC0`: up to two
    /// bytes, the first in the low byte (0: no spelling).
    static let latinFolding: [UInt16] = {
        var result = [UInt16](repeating: 0, count: Int(latinFoldingEnd - 0xC0))
        // Entries look like `C6:ae`; parsed from bytes, which is much cheaper than String splitting.
        var key: UInt32 = 0
        var spelling: [UInt8] = []
        var inSpelling = false
        for c in packedSlugFoldingTable.utf8 + [UInt8(ascii: ";")] {
            switch c {
            case UInt8(ascii: ":"):
                inSpelling = true
            case UInt8(ascii: ";"):
                if key >= 0xC0 && key < latinFoldingEnd && (1...2).contains(spelling.count) {
                    result[Int(key - 0xC0)] = UInt16(spelling[0]) | (spelling.count == 2 ? UInt16(spelling[1]) << 8 : 0)
                }
                key = 0
                spelling = []
                inSpelling = false
            default:
                if inSpelling { spelling.append(c) } else if ASCII.isHexDigit(c) { key = key << 4 | ASCII.hexValue(c) }
            }
        }
        return result
    }()
    static let latinFoldingEnd: UInt32 = 0x250

    /// For each byte: itself lowercased when it is an ASCII letter or digit, else 0 (a separator, or
    /// the start of a multi-byte character).
    static let asciiSlugBytes: [UInt8] = (0..<256).map { ASCII.isAlphanumeric(UInt8($0)) ? ASCII.lowercased(UInt8($0)) : 0 }

    /// Lowercases, folds Norwegian and accented letters to ASCII (`Søk om støtte` → `sok-om-stotte`),
    /// turns other characters into single hyphens and trims them; returns `section` for empty results.
    ///
    /// Letters and digits outside Latin (Cyrillic, Greek, CJK …) are kept, lowercased.
    public static func make(_ text: String) -> String {
        var text = text
        let out = text.withUTF8 { make(bytes: $0) }
        return out.isEmpty ? "section" : String(decoding: out, as: UTF8.self)
    }

    static func make(bytes p: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        // A raw buffer with the length and capacity in locals: a heading's text is slugged
        // byte by byte, and an array or class append per byte would cost several times the loop.
        var capacity = p.count + 16
        var buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        defer { buffer.deallocate() }
        var length = 0
        @inline(__always) func ensure(_ extra: Int) {
            guard length + extra > capacity else { return }
            capacity = max(capacity * 2, length + extra)
            let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
            larger.update(from: buffer, count: length)
            buffer.deallocate()
            buffer = larger
        }
        @inline(__always) func write(_ byte: UInt8) {
            ensure(1)
            buffer[length] = byte
            length += 1
        }
        // Set after a separator; the hyphen is written only when more slug text follows.
        var pendingHyphen = false
        var i = 0
        let count = p.count
        latinFolding.withUnsafeBufferPointer { folding in asciiSlugBytes.withUnsafeBufferPointer { ascii in
            while i < count {
                let c = p[i]
                if c < 0x80 {
                    i += 1
                    var slugByte = ascii[Int(c)]
                    guard slugByte != 0 else {
                        pendingHyphen = true
                        continue
                    }
                    if pendingHyphen && length > 0 { write(UInt8(ascii: "-")) }
                    pendingHyphen = false
                    // A run of ASCII letters and digits: room for all of it, then one store per byte.
                    ensure(count - i + 1)
                    while true {
                        buffer[length] = slugByte
                        length += 1
                        guard i < count else { break }
                        slugByte = ascii[Int(p[i])]
                        if slugByte == 0 { break }
                        i += 1
                    }
                    continue
                }
                let (value, scalarLength) = UTF8Encoding.decode(p, at: i)
                i += scalarLength
                if value >= 0xC0 && value < latinFoldingEnd {
                    let folded = folding[Int(value - 0xC0)]
                    if folded != 0 {
                        if pendingHyphen && length > 0 { write(UInt8(ascii: "-")) }
                        pendingHyphen = false
                        write(UInt8(truncatingIfNeeded: folded))
                        if folded > 0xFF { write(UInt8(truncatingIfNeeded: folded >> 8)) }
                        continue
                    }
                }
                guard let scalar = Unicode.Scalar(value) else {
                    pendingHyphen = true
                    continue
                }
                let properties = scalar.properties
                let category = properties.generalCategory
                if category == .nonspacingMark || category == .enclosingMark || category == .spacingMark {
                    continue  // combining accents: dropped, like the precomposed ones
                }
                if properties.isAlphabetic || properties.numericType != nil {
                    if pendingHyphen && length > 0 { write(UInt8(ascii: "-")) }
                    pendingHyphen = false
                    var encoded: [UInt8] = []
                    for lower in properties.lowercaseMapping.unicodeScalars {
                        UTF8Encoding.append(lower.value, to: &encoded)
                    }
                    for byte in encoded { write(byte) }
                } else {
                    pendingHyphen = true
                }
            }
        } }
        return Array(UnsafeBufferPointer(start: buffer, count: length))
    }
}
