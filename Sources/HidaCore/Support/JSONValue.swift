import ByteBuffer

/// A JSON value whose objects keep their key order, so that output is byte-identical from run to run.
enum JSONValue: Sendable, Equatable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialized() == rhs.serialized()
    }

    /// `pretty` indents by two spaces; `htmlSafe` escapes `<`, `>` and `&` so the text can sit inside a `<script>` data block.
    func serialized(pretty: Bool = false, htmlSafe: Bool = false) -> String {
        String(decoding: serializedUTF8(pretty: pretty, htmlSafe: htmlSafe), as: UTF8.self)
    }

    /// As `serialized`, as UTF-8 for writing out (no `String` that checks every byte on the way).
    func serializedUTF8(pretty: Bool = false, htmlSafe: Bool = false) -> [UInt8] {
        let output = OutputBuffer(capacity: 512)
        write(to: output, indent: pretty ? 0 : nil, htmlSafe: htmlSafe)
        return output.bytes
    }

    /// Pretty JSON of an object whose last member, `key`, is an array of `count` items made one at a time by `item`:
    /// the same bytes as the whole object's `serializedUTF8(pretty: true)`, without holding every item, or all the
    /// bytes, at once. Whenever `output` holds `flushSize` bytes or more, `flush` is handed them and `output` is
    /// emptied; what is left at the end stays in `output`.
    static func writePrettyObject(
        _ members: [(String, JSONValue)], streaming key: String, count: Int, item: (Int) -> JSONValue,
        to output: OutputBuffer, flushSize: Int, flush: (OutputBuffer) -> Void
    ) {
        output.append(UInt8(ascii: "{"))
        for index in members.indices {
            writeKey(members[index].0, to: output, indent: 1, htmlSafe: false)
            members[index].1.write(to: output, indent: 1, htmlSafe: false)
            output.append(UInt8(ascii: ","))
        }
        writeKey(key, to: output, indent: 1, htmlSafe: false)
        if count == 0 {
            output.append("[]")
        } else {
            output.append(UInt8(ascii: "["))
            for index in 0 ..< count {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                newline(output, 2)
                item(index).write(to: output, indent: 2, htmlSafe: false)
                if output.count >= flushSize {
                    flush(output)
                    output.removeAll()
                }
            }
            newline(output, 1)
            output.append(UInt8(ascii: "]"))
        }
        newline(output, 0)
        output.append(UInt8(ascii: "}"))
    }

    /// Appends this value's compact JSON to `output`.
    func write(to output: OutputBuffer, htmlSafe: Bool) {
        write(to: output, indent: nil, htmlSafe: htmlSafe)
    }

    // Written into a raw buffer: the JSON-LD of every page and the open-data files go through here, in short pieces
    // that an array append would each check for uniqueness and capacity.
    private func write(to output: OutputBuffer, indent: Int?, htmlSafe: Bool) {
        switch self {
        case .string(let text): Self.writeString(text, to: output, htmlSafe: htmlSafe)
        case .int(let number): output.append(utf8: String(number))
        case .bool(let flag): output.append(flag ? "true" : "false")
        case .null: output.append("null")
        case .array(let items):
            if items.isEmpty { output.append("[]"); return }
            output.append(UInt8(ascii: "["))
            // By index, so that each item is written where it is stored instead of copied out first.
            for index in items.indices {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                Self.newline(output, indent.map { $0 + 1 })
                items[index].write(to: output, indent: indent.map { $0 + 1 }, htmlSafe: htmlSafe)
            }
            Self.newline(output, indent)
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            if members.isEmpty { output.append("{}"); return }
            output.append(UInt8(ascii: "{"))
            for index in members.indices {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                Self.writeKey(members[index].0, to: output, indent: indent.map { $0 + 1 }, htmlSafe: htmlSafe)
                members[index].1.write(to: output, indent: indent.map { $0 + 1 }, htmlSafe: htmlSafe)
            }
            Self.newline(output, indent)
            output.append(UInt8(ascii: "}"))
        }
    }

    /// Bit `b` set for each byte `b` below 64 that `writeString` looks at: control characters and `"`; with `<`, `>`
    /// and `&` when the JSON goes inside HTML. Above 63 only `\` and the first byte of U+2028 / U+2029 need a look.
    /// Masks, not tables: reading a shared table retained and released it for every string, from every core.
    private static let controlAndQuote: UInt64 = 0xFFFF_FFFF | 1 << 0x22
    private static let controlQuoteAndMarkup: UInt64 = controlAndQuote | 1 << 0x3C | 1 << 0x3E | 1 << 0x26

    @inline(__always)
    private static func mayNeedEscape(_ byte: UInt8, lowMask: UInt64) -> Bool {
        byte < 64 ? (lowMask >> byte) & 1 != 0 : byte == 0x5C || byte == 0xE2
    }

    /// A member's key and colon, on a line of its own at `indent` when pretty.
    private static func writeKey(_ key: String, to output: OutputBuffer, indent: Int?, htmlSafe: Bool) {
        newline(output, indent)
        writeString(key, to: output, htmlSafe: htmlSafe)
        if indent == nil { output.append(UInt8(ascii: ":")) } else { output.append(": ") }
    }

    private static func newline(_ output: OutputBuffer, _ indent: Int?) {
        guard let indent else { return }
        output.append(UInt8(ascii: "\n"))
        for _ in 0 ..< 2 * indent { output.append(UInt8(ascii: " ")) }
    }

    /// Appends `text` as a quoted JSON string, copying the runs that need no escape in one piece; the search index
    /// writer shares it.
    static func writeString(_ text: String, to output: OutputBuffer, htmlSafe: Bool = false) {
        output.append(UInt8(ascii: "\""))
        let lowMask = htmlSafe ? Self.controlQuoteAndMarkup : Self.controlAndQuote
        text.withUTF8Bytes { bytes in
            var runStart = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                // Most bytes are plain text; one mask test tells the few that may need an escape.
                guard Self.mayNeedEscape(byte, lowMask: lowMask) else {
                    index += 1
                    continue
                }
                let escape: String?
                switch byte {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case UInt8(ascii: "\n"): escape = "\\n"
                case UInt8(ascii: "\r"): escape = "\\r"
                case UInt8(ascii: "\t"): escape = "\\t"
                case UInt8(ascii: "<") where htmlSafe: escape = "\\u003c"
                case UInt8(ascii: ">") where htmlSafe: escape = "\\u003e"
                case UInt8(ascii: "&") where htmlSafe: escape = "\\u0026"
                case 0 ..< 0x20: escape = "\\u00" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16)
                // U+2028 and U+2029 (E2 80 A8/A9) end a line in JavaScript, which reads this JSON inside HTML too.
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    escape = bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                default: escape = nil
                }
                guard let escape else {
                    index += 1
                    continue
                }
                output.append(UnsafeBufferPointer(rebasing: bytes[runStart ..< index]))
                output.append(utf8: escape)
                index += byte == 0xE2 ? 3 : 1
                runStart = index
            }
            output.append(UnsafeBufferPointer(rebasing: bytes[runStart ..< bytes.count]))
        }
        output.append(UInt8(ascii: "\""))
    }
}
