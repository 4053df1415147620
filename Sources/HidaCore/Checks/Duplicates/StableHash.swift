/// Seedless 64-bit hashing that gives the same values on every run and machine (unlike `Hasher`).
enum StableHash {
    /// FNV-1a offset basis: the starting value for `bytes(_:)`.
    static let basis: UInt64 = 0xCBF2_9CE4_8422_2325
    /// FNV-1a 64-bit prime.
    static let fnvPrime: UInt64 = 0x0000_0100_0000_01B3

    /// FNV-1a over bytes, finished with `mix` so that short words spread over all 64 bits.
    @inline(__always)
    static func bytes(_ bytes: [UInt8]) -> UInt64 {
        var hash = basis
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= fnvPrime
        }
        return mix(hash)
    }

    /// The SplitMix64 finaliser: a bijection on 64 bits whose output bits each depend on every input bit.
    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// `count` well-spread seeds from the SplitMix64 sequence started at `start`.
    static func seeds(_ count: Int, start: UInt64) -> [UInt64] {
        var state = start
        return (0..<max(0, count)).map { _ in
            state &+= 0x9E37_79B9_7F4A_7C15
            return mix(state)
        }
    }
}
