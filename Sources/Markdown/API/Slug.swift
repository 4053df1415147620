/// Turns titles into URL- and id-safe slugs.
public enum Slug {
    /// ASCII spellings for U+00C0 up to `latinFoldingEnd`, indexed by `scalar - 0xC0` (empty: no spelling).
    static let latinFolding: [[UInt8]] = {
        var result = [[UInt8]](repeating: [], count: Int(latinFoldingEnd - 0xC0))
        for entry in packedSlugFoldingTable.split(separator: ";") {
            let parts = entry.split(separator: ":")
            guard parts.count == 2, let key = UInt32(parts[0], radix: 16), key >= 0xC0, key < latinFoldingEnd else { continue }
            result[Int(key - 0xC0)] = Array(parts[1].utf8)
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
        var out: [UInt8] = []
        out.reserveCapacity(p.count)
        // Set after a separator; the hyphen is written only when more slug text follows.
        var pendingHyphen = false
        var i = 0
        while i < p.count {
            let c = p[i]
            if c < 0x80 {
                i += 1
                if ASCII.isAlphanumeric(c) {
                    if pendingHyphen && !out.isEmpty { out.append(UInt8(ascii: "-")) }
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
                let folded = latinFolding[Int(value - 0xC0)]
                if !folded.isEmpty {
                    if pendingHyphen && !out.isEmpty { out.append(UInt8(ascii: "-")) }
                    pendingHyphen = false
                    out.append(contentsOf: folded)
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
                if pendingHyphen && !out.isEmpty { out.append(UInt8(ascii: "-")) }
                pendingHyphen = false
                for lower in properties.lowercaseMapping.unicodeScalars {
                    UTF8Encoding.append(lower.value, to: &out)
                }
            } else {
                pendingHyphen = true
            }
        }
        return out
    }
}
