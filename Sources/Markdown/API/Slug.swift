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
        let out = OutputBuffer(capacity: p.count + 16)
        make(bytes: p, into: out)
        return out.bytes
    }

    /// Appends the slug of `p` to `out` (nothing for an empty slug).
    static func make(bytes p: UnsafeBufferPointer<UInt8>, into out: OutputBuffer) {
        let outputStart = out.count
        // Set after a separator; the hyphen is written only when more slug text follows.
        var pendingHyphen = false
        var i = 0
        let count = p.count
        latinFolding.withUnsafeBufferPointer { folding in
            while i < count {
                let c = p[i]
                if c < 0x80 {
                    i += 1
                    if ASCII.isAlphanumeric(c) {
                        if pendingHyphen && out.count > outputStart { out.append(UInt8(ascii: "-")) }
                        pendingHyphen = false
                        out.append(ASCII.lowercased(c))
                    } else {
                        pendingHyphen = true
                    }
                    continue
                }
                let (value, length) = UTF8Encoding.decode(p, at: i)
                i += length
                if value >= 0xC0 && value < latinFoldingEnd {
                    let folded = folding[Int(value - 0xC0)]
                    if folded != 0 {
                        if pendingHyphen && out.count > outputStart { out.append(UInt8(ascii: "-")) }
                        pendingHyphen = false
                        out.append(UInt8(truncatingIfNeeded: folded))
                        if folded > 0xFF { out.append(UInt8(truncatingIfNeeded: folded >> 8)) }
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
                    if pendingHyphen && out.count > outputStart { out.append(UInt8(ascii: "-")) }
                    pendingHyphen = false
                    for lower in properties.lowercaseMapping.unicodeScalars {
                        UTF8Encoding.append(lower.value, to: out)
                    }
                } else {
                    pendingHyphen = true
                }
            }
        }
    }
}
