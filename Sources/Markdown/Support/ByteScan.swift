/// Searches that look at 16 bytes per step (SSE2 compares on x86-64, NEON on ARM).
///
/// Most of a Markdown file is ordinary text between a few syntax bytes, so the parser, the
/// sanitiser and the renderer spend most of their time finding the next byte that matters.
///
/// `base` must point at the start of the buffer the indices count from: the last partial block
/// of a range is read as the 16 bytes ending at `end`, which may begin before `start`.
enum ByteScan {
    typealias Vector = SIMD16<UInt8>

    @inline(__always)
    private static var laneNumbers: Vector { Vector(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15) }

    /// True when any lane is set; `any(_:)` reduces lane by lane when not inlined, this is two words.
    @inline(__always)
    private static func anyLane(_ mask: SIMDMask<SIMD16<Int8>>) -> Bool {
        let words = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
        return words[0] | words[1] != 0
    }

    /// How many lanes are set (each set lane is eight one bits).
    @inline(__always)
    private static func laneCount(_ mask: SIMDMask<SIMD16<Int8>>) -> Int {
        let words = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
        return (words[0].nonzeroBitCount + words[1].nonzeroBitCount) >> 3
    }

    @inline(__always)
    private static func load(_ base: UnsafePointer<UInt8>, _ i: Int) -> Vector {
        UnsafeRawPointer(base + i).loadUnaligned(as: Vector.self)
    }

    /// Runs `hits` over `start..<end` in blocks of 16 and returns the start of the first block
    /// with a hit (the caller finds the byte in it), or `end` when there is none.
    @inline(__always)
    private static func firstBlock(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int,
                                   _ hits: (Vector) -> SIMDMask<SIMD16<Int8>>) -> Int {
        var i = start
        while i + 16 <= end {
            if anyLane(hits(load(base, i))) { return i }
            i += 16
        }
        guard i < end else { return end }
        guard end >= 16 else { return i }
        // The last partial block, read as the 16 bytes ending at `end`; lanes before `i` are ignored.
        let lanes = hits(load(base, end - 16)) .& (laneNumbers .>= Vector(repeating: UInt8(truncatingIfNeeded: 16 - (end - i))))
        return anyLane(lanes) ? i : end
    }

    /// The index of the first `\n` or `\r` at or after `start`, or `end`.
    @inline(__always)
    static func firstLineEnd(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var i = firstBlock(base, start, end) { v in
            (v .== Vector(repeating: ASCII.newline)) .| (v .== Vector(repeating: ASCII.carriageReturn))
        }
        while i < end && base[i] != ASCII.newline && base[i] != ASCII.carriageReturn { i += 1 }
        return i
    }

    /// The index of the first byte at or after `start` that is not ASCII or is NUL, or `end`.
    @inline(__always)
    static func firstNonASCIIOrNUL(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var i = firstBlock(base, start, end) { v in
            ((v & Vector(repeating: 0x80)) .!= Vector(repeating: 0)) .| (v .== Vector(repeating: 0))
        }
        while i < end && base[i] < 0x80 && base[i] != 0 { i += 1 }
        return i
    }

    /// The start of the first 16-byte block at or after `start` that may hold a byte starting
    /// inline syntax, or `end`; the caller finds the byte in the block.
    ///
    /// The set is the union over all options (`~` included) plus `^`; callers check the byte itself.
    @inline(__always)
    static func firstInlineSpecialBlock(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        firstBlock(base, start, end) { v in
            var hits = v .== Vector(repeating: ASCII.newline)
            hits = hits .| (v .== Vector(repeating: UInt8(ascii: "!")))
            hits = hits .| (v .== Vector(repeating: UInt8(ascii: "&")))
            hits = hits .| (v .== Vector(repeating: UInt8(ascii: "*")))
            hits = hits .| (v .== Vector(repeating: UInt8(ascii: "<")))
            // `[`, `\`, `]`, `^`, `_` and `` ` `` are 0x5B–0x60.
            hits = hits .| ((v &- Vector(repeating: 0x5B)) .< Vector(repeating: 6))
            return hits .| (v .== Vector(repeating: UInt8(ascii: "~")))
        }
    }

    /// The index of the first `&`, `<`, `>` or `"` at or after `start`, or `end`.
    @inline(__always)
    static func firstHTMLSpecial(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var i = firstBlock(base, start, end) { v in
            (v .== Vector(repeating: UInt8(ascii: "&"))) .| (v .== Vector(repeating: UInt8(ascii: "<")))
                .| (v .== Vector(repeating: UInt8(ascii: ">"))) .| (v .== Vector(repeating: UInt8(ascii: "\"")))
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
        var i = firstBlock(base, start, end) { v in
            (v .== Vector(repeating: UInt8(ascii: "@"))) .| (v .== Vector(repeating: UInt8(ascii: ":")))
                .| (v .== Vector(repeating: UInt8(ascii: "w")))
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
            count += laneCount((load(base, i) & mask) .!= continuation)
            i += 16
        }
        if i < end && end >= 16 {
            let lanes = laneNumbers .>= Vector(repeating: UInt8(truncatingIfNeeded: 16 - (end - i)))
            let starts = ((load(base, end - 16) & mask) .!= continuation) .& lanes
            return count + laneCount(starts)
        }
        while i < end {
            if base[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
    }
}
