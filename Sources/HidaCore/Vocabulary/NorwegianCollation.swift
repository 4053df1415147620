/// Alphabetical order as Norwegian readers expect it: a–z, then æ, ø, å.
///
/// Letters compare case-insensitively first; on a tie, lowercase sorts before uppercase
/// (`barnetrygd` < `Barnetrygd`, as in ICU's default); remaining ties fall back to code points,
/// so the order is total and deterministic. `ä` sorts as `æ`, `ö` as `ø`, `ü` as `y`, and other
/// accented Latin letters as their base letter. `aa` is left as two a's.
enum NorwegianCollation {
    /// Whether `a` sorts before `b`.
    static func compare(_ a: String, _ b: String) -> Bool {
        key(a).lexicographicallyPrecedes(key(b))
    }

    /// A sort key whose lexicographic order is the collation order.
    ///
    /// Three levels separated by 0: base letters, then case, then code points.
    static func key(_ string: String) -> [UInt32] {
        let scalars = string.unicodeScalars
        var primary: [UInt32] = []
        var caseLevel: [UInt32] = []
        var codePoints: [UInt32] = []
        primary.reserveCapacity(scalars.count)
        caseLevel.reserveCapacity(scalars.count)
        codePoints.reserveCapacity(scalars.count)
        for scalar in scalars {
            primary.append(primaryWeight(of: scalar))
            // Most text is ASCII, where asking the Unicode properties would dominate the cost of the key.
            let isUppercase = scalar.isASCII ? (0x41 ... 0x5A).contains(scalar.value) : scalar.properties.isUppercase
            caseLevel.append(isUppercase ? 2 : 1)
            codePoints.append(scalar.value + 1)
        }
        return primary + [0] + caseLevel + [0] + codePoints
    }

    private static let letterBase: UInt32 = 0x1000
    private static let digitBase: UInt32 = 0x0800
    private static let otherBase: UInt32 = 0x2000

    private static func primaryWeight(of scalar: Unicode.Scalar) -> UInt32 {
        let lower = lowercase(scalar)
        let value = lower.value
        switch value {
        case 0x61...0x7A:
            return letterBase + (value - 0x61)
        case 0x30...0x39:
            return digitBase + (value - 0x30)
        case 0...0x7F:
            // Spaces and punctuation sort before digits and letters.
            return value + 1
        default:
            break
        }
        if let folded = foldedLetter(value) { return folded }
        if lower.properties.isWhitespace { return 0x20 + 1 }
        return otherBase + value
    }

    private static func lowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.isASCII {
            if scalar.value >= 0x41 && scalar.value <= 0x5A { return Unicode.Scalar(scalar.value + 32) ?? scalar }
            return scalar
        }
        return scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
    }

    private static func letter(_ ascii: Character) -> UInt32 {
        letterBase + (UInt32(ascii.asciiValue ?? 0x61) - 0x61)
    }

    /// Norwegian letters after z, and accented Latin letters folded onto their base letter.
    private static func foldedLetter(_ value: UInt32) -> UInt32? {
        switch value {
        case 0xE6, 0xE4: return letterBase + 26  // æ, ä
        case 0xF8, 0xF6, 0x1FF: return letterBase + 27  // ø, ö, ǿ
        case 0xE5: return letterBase + 28  // å
        case 0xE0...0xE3, 0x101, 0x103, 0x105: return letter("a")
        case 0xE7, 0x107, 0x10D: return letter("c")
        case 0xF0, 0x111: return letter("d")
        case 0xE8...0xEB, 0x113, 0x117, 0x119, 0x11B: return letter("e")
        case 0xEC...0xEF, 0x12B: return letter("i")
        case 0x142: return letter("l")
        case 0xF1, 0x144, 0x148: return letter("n")
        case 0xF2...0xF5, 0x14D, 0x151: return letter("o")
        case 0x159: return letter("r")
        case 0x15B, 0x161, 0xDF: return letter("s")
        case 0x165: return letter("t")
        case 0xF9...0xFB, 0x16B, 0x16F: return letter("u")
        case 0xFC, 0xFD, 0xFF, 0x171: return letter("y")
        case 0x17A, 0x17C, 0x17E: return letter("z")
        default: return nil
        }
    }
}
