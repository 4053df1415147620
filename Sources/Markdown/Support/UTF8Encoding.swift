/// Small UTF-8 helpers on bytes.
enum UTF8Encoding {
    /// Appends the UTF-8 encoding of `scalar` (U+FFFD for values that are not scalars).
    static func append(_ value: UInt32, to output: inout [UInt8]) {
        var v = value
        if v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF) { v = 0xFFFD }
        if v < 0x80 {
            output.append(UInt8(v))
        } else if v < 0x800 {
            output.append(UInt8(0xC0 | (v >> 6)))
            output.append(UInt8(0x80 | (v & 0x3F)))
        } else if v < 0x10000 {
            output.append(UInt8(0xE0 | (v >> 12)))
            output.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            output.append(UInt8(0xF0 | (v >> 18)))
            output.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            output.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    /// Decodes the scalar starting at `i` in already-valid UTF-8, returning it and its length.
    @inline(__always)
    static func decode(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let b0 = UInt32(p[i])
        if b0 < 0x80 { return (b0, 1) }
        let n = p.count
        if b0 < 0xE0, i + 1 < n { return (((b0 & 0x1F) << 6) | (UInt32(p[i + 1]) & 0x3F), 2) }
        if b0 < 0xF0, i + 2 < n {
            return (((b0 & 0x0F) << 12) | ((UInt32(p[i + 1]) & 0x3F) << 6) | (UInt32(p[i + 2]) & 0x3F), 3)
        }
        if i + 3 < n {
            return (((b0 & 0x07) << 18) | ((UInt32(p[i + 1]) & 0x3F) << 12) | ((UInt32(p[i + 2]) & 0x3F) << 6)
                | (UInt32(p[i + 3]) & 0x3F), 4)
        }
        return (0xFFFD, 1)
    }

    /// Decodes the scalar that ends just before `end`.
    @inline(__always)
    static func decode(_ p: UnsafeBufferPointer<UInt8>, before end: Int, lowerBound: Int) -> UInt32 {
        var start = end - 1
        while start > lowerBound && end - start < 4 && p[start] & 0xC0 == 0x80 { start -= 1 }
        return decode(p, at: start).0
    }
}
