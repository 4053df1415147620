/// Turns titles into URL- and id-safe slugs.
public enum Slug {
    static let latinFolding: [UInt32: [UInt8]] = {
        var result: [UInt32: [UInt8]] = [:]
        for entry in packedSlugFoldingTable.split(separator: ";") {
            let parts = entry.split(separator: ":")
            guard parts.count == 2, let key = UInt32(parts[0], radix: 16) else { continue }
            result[key] = Array(parts[1].utf8)
        }
        return result
    }()

    /// Lowercases, folds Norwegian and accented letters to ASCII (`Søk om støtte` → `sok-om-stotte`),
    /// turns other characters into single hyphens and trims them; returns `section` for empty results.
    ///
    /// Letters and digits outside Latin (Cyrillic, Greek, CJK …) are kept, lowercased.
    public static func make(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingHyphen = false
        func emit(_ bytes: [UInt8]) {
            if pendingHyphen && !out.isEmpty { out.append(UInt8(ascii: "-")) }
            pendingHyphen = false
            out.append(contentsOf: bytes)
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let c = UInt8(value)
                if ASCII.isAlphanumeric(c) { emit([ASCII.lowercased(c)]) } else { pendingHyphen = true }
                continue
            }
            if let folded = latinFolding[value] {
                emit(folded)
                continue
            }
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil {
                if properties.generalCategory == .nonspacingMark || properties.generalCategory == .enclosingMark {
                    continue  // combining accents: dropped, like precomposed ones
                }
                var bytes: [UInt8] = []
                for lower in properties.lowercaseMapping.unicodeScalars {
                    UTF8Encoding.append(lower.value, to: &bytes)
                }
                emit(bytes)
            } else if properties.generalCategory == .nonspacingMark {
                continue
            } else {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? "section" : String(decoding: out, as: UTF8.self)
    }
}
