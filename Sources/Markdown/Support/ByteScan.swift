/// Searches that look at 16 bytes per step (SSE2 compares on x86-64, NEON on ARM).
///
/// Most of a Markdown file is ordinary text between a few syntax bytes, so the parser, the
/// sanitiser and the renderer spend most of their time finding the next byte that matters.
enum ByteScan {
    typealias Vector = SIMD16<UInt8>

    @inline(__always)
    private static func load(_ base: UnsafePointer<UInt8>, _ i: Int) -> Vector {
        UnsafeRawPointer(base + i).loadUnaligned(as: Vector.self)
    }

    /// The index of the first `\n` or `\r` at or after `start`, or `end`.
    @inline(__always)
    static func firstLineEnd(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var i = start
        let newline = Vector(repeating: ASCII.newline)
        let carriageReturn = Vector(repeating: ASCII.carriageReturn)
        while i + 16 <= end {
            let v = load(base, i)
            if any((v .== newline) .| (v .== carriageReturn)) { break }
            i += 16
        }
        while i < end && base[i] != ASCII.newline && base[i] != ASCII.carriageReturn { i += 1 }
        return i
    }

    /// The index of the first byte at or after `start` that is not ASCII or is NUL, or `end`.
    @inline(__always)
    static func firstNonASCIIOrNUL(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var i = start
        let high = Vector(repeating: 0x80)
        let zero = Vector(repeating: 0)
        while i + 16 <= end {
            let v = load(base, i)
            if any(((v & high) .!= zero) .| (v .== zero)) { break }
            i += 16
        }
        while i < end && base[i] < 0x80 && base[i] != 0 { i += 1 }
        return i
    }

    /// The index of the first byte at or after `start` that may start inline syntax, or `end`.
    ///
    /// The set is the union over all options (`~` included); callers check the byte itself.
    @inline(__always)
    static func firstInlineSpecial(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var i = start
        while i + 16 <= end {
            let v = load(base, i)
            var hits = v .== Vector(repeating: ASCII.newline)
            hits = hits .| (v .== Vector(repeating: UInt8(ascii: "!")))
            hits = hits .| (v .== Vector(repeating: UInt8(ascii: "&")))
            hits = hits .| (v .== Vector(repeating: UInt8(ascii: "*")))
            hits = hits .| (v .== Vector(repeating: UInt8(ascii: "<")))
            // `[`, `\`, `]`, `^`, `_` and `` ` `` are 0x5B–0x60; `^` is a harmless extra stop.
            hits = hits .| ((v &- Vector(repeating: 0x5B)) .< Vector(repeating: 6))
            hits = hits .| (v .== Vector(repeating: UInt8(ascii: "~")))
            if any(hits) { break }
            i += 16
        }
        return i
    }

    /// The index of the first `&`, `<`, `>` or `"` at or after `start`, or `end`.
    @inline(__always)
    static func firstHTMLSpecial(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var i = start
        while i + 16 <= end {
            let v = load(base, i)
            let hits = (v .== Vector(repeating: UInt8(ascii: "&"))) .| (v .== Vector(repeating: UInt8(ascii: "<")))
                .| (v .== Vector(repeating: UInt8(ascii: ">"))) .| (v .== Vector(repeating: UInt8(ascii: "\"")))
            if any(hits) { break }
            i += 16
        }
        while i < end {
            let c = base[i]
            if c < 63 && (c == 38 || c == 60 || c == 62 || c == 34) { break }
            i += 1
        }
        return i
    }

    /// The index of the first `@`, `:` or `w` at or after `start`, or `end`.
    @inline(__always)
    static func firstAutolinkHint(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var i = start
        while i + 16 <= end {
            let v = load(base, i)
            let hits = (v .== Vector(repeating: UInt8(ascii: "@"))) .| (v .== Vector(repeating: UInt8(ascii: ":")))
                .| (v .== Vector(repeating: UInt8(ascii: "w")))
            if any(hits) { break }
            i += 16
        }
        while i < end {
            let c = base[i]
            if c == UInt8(ascii: "@") || c == UInt8(ascii: ":") || c == UInt8(ascii: "w") { break }
            i += 1
        }
        return i
    }

    /// How many bytes of `start..<end` begin a UTF-8 sequence (are not continuation bytes).
    @inline(__always)
    static func scalarCount(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var i = start
        var count = 0
        let mask = Vector(repeating: 0xC0)
        let continuation = Vector(repeating: 0x80)
        while i + 16 <= end {
            let v = load(base, i)
            let starts = (v & mask) .!= continuation
            // Each lane of a true mask is all ones (-1): the negated sum counts them.
            count &-= Int(unsafeBitCast(starts, to: SIMD16<Int8>.self).wrappedSum())
            i += 16
        }
        while i < end {
            if base[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
    }
}
