/// Unicode scalar decoding and classification on UTF-8 bytes, for the checks' text scanners.
///
/// The scanners walk bytes rather than `Character`s because they run over every page of the portal.
enum TextScalars {
    /// The scalar that starts at `index` and its length in bytes; a malformed byte reads as U+FFFD of length 1.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
        default: return (0xFFFD, 1)
        }
        guard index + length <= bytes.count else { return (0xFFFD, 1) }
        for offset in 1..<length {
            let continuation = bytes[index + offset]
            guard continuation & 0xC0 == 0x80 else { return (0xFFFD, 1) }
            value = value << 6 | UInt32(continuation & 0x3F)
        }
        return (value, length)
    }

    /// True for letters in any script (æ, ø, å, é, ß, Cyrillic …).
    @inline(__always)
    static func isLetter(_ value: UInt32) -> Bool {
        if value < 0x80 { return (value | 0x20) &- 97 < 26 }
        // Latin-1 and Latin Extended-A/B (æ ø å é ü ł …) answered without a Unicode property lookup.
        if value < 0x250 {
            return (value >= 0xC0 && value != 0xD7 && value != 0xF7) || value == 0xAA || value == 0xB5 || value == 0xBA
        }
        guard let scalar = Unicode.Scalar(value) else { return false }
        let properties = scalar.properties
        // Combining accents are alphabetic in Unicode but are not letters a reader counts.
        return properties.isAlphabetic && properties.generalCategory != .nonspacingMark
            && properties.generalCategory != .spacingMark
    }

    /// True for digits in any script.
    @inline(__always)
    static func isDigit(_ value: UInt32) -> Bool {
        if value < 0x80 { return value &- 48 < 10 }
        // Superscripts and fractions (² ½) in Latin-1 are not digits of a word.
        if value < 0x250 { return false }
        guard let scalar = Unicode.Scalar(value) else { return false }
        return scalar.properties.numericType != nil
    }

    /// True for ASCII whitespace and the Unicode spaces that appear in agency texts
    /// (no-break space, thin and narrow no-break spaces between thousands, line and paragraph separators).
    @inline(__always)
    static func isWhitespace(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// True for line ends: newline, carriage return, line and paragraph separators.
    @inline(__always)
    static func isLineBreak(_ value: UInt32) -> Bool {
        value == 0x0A || value == 0x0D || value == 0x2028 || value == 0x2029 || value == 0x85
    }

    /// Appends the lowercase form of a scalar as UTF-8 (`Æ` → `æ`, `A` → `a`).
    @inline(__always)
    static func appendLowercased(_ value: UInt32, to output: inout [UInt8]) {
        if value < 0x80 {
            let byte = UInt8(value)
            output.append(byte &- 65 < 26 ? byte | 0x20 : byte)
            return
        }
        guard let scalar = Unicode.Scalar(value) else { return }
        // Latin-1 capitals (Æ Ø Å É …) lowercase by adding 0x20; everything else asks Unicode.
        if (0xC0...0xDE).contains(value) && value != 0xD7 {
            appendUTF8(value + 0x20, to: &output)
        } else if scalar.properties.changesWhenLowercased {
            for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                appendUTF8(lower.value, to: &output)
            }
        } else {
            appendUTF8(value, to: &output)
        }
    }

    /// Appends one scalar as UTF-8.
    @inline(__always)
    static func appendUTF8(_ value: UInt32, to output: inout [UInt8]) {
        switch value {
        case ..<0x80:
            output.append(UInt8(value))
        case ..<0x800:
            output.append(UInt8(0xC0 | (value >> 6)))
            output.append(UInt8(0x80 | (value & 0x3F)))
        case ..<0x10000:
            output.append(UInt8(0xE0 | (value >> 12)))
            output.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (value & 0x3F)))
        default:
            output.append(UInt8(0xF0 | (value >> 18)))
            output.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
            output.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (value & 0x3F)))
        }
    }
}
