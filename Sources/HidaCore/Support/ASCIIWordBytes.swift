/// Per byte, its lowercase form when it is an ASCII letter or digit, and 0 for every other byte (bytes of
/// multi-byte characters included): one table load tells a word byte from a separator and lowercases it.
enum ASCIIWordBytes {
    static let lowercased: [UInt8] = (0 ..< 256).map { byte in
        switch UInt8(byte) {
        case UInt8(ascii: "a") ... UInt8(ascii: "z"), UInt8(ascii: "0") ... UInt8(ascii: "9"): UInt8(byte)
        case UInt8(ascii: "A") ... UInt8(ascii: "Z"): UInt8(byte) + 0x20
        default: 0
        }
    }
}
