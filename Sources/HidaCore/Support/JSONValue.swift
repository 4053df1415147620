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
        var output = ""
        write(to: &output, indent: pretty ? 0 : nil, htmlSafe: htmlSafe)
        return output
    }

    private func write(to output: inout String, indent: Int?, htmlSafe: Bool) {
        switch self {
        case .string(let text): Self.writeString(text, to: &output, htmlSafe: htmlSafe)
        case .int(let number): output += String(number)
        case .bool(let flag): output += flag ? "true" : "false"
        case .null: output += "null"
        case .array(let items):
            if items.isEmpty { output += "[]"; return }
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                Self.newline(&output, indent.map { $0 + 1 })
                item.write(to: &output, indent: indent.map { $0 + 1 }, htmlSafe: htmlSafe)
            }
            Self.newline(&output, indent)
            output += "]"
        case .object(let members):
            if members.isEmpty { output += "{}"; return }
            output += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { output += "," }
                Self.newline(&output, indent.map { $0 + 1 })
                Self.writeString(member.0, to: &output, htmlSafe: htmlSafe)
                output += indent == nil ? ":" : ": "
                member.1.write(to: &output, indent: indent.map { $0 + 1 }, htmlSafe: htmlSafe)
            }
            Self.newline(&output, indent)
            output += "}"
        }
    }

    private static func newline(_ output: inout String, _ indent: Int?) {
        guard let indent else { return }
        output += "\n" + String(repeating: "  ", count: indent)
    }

    /// Appends `text` as a quoted JSON string; the search index writer shares it.
    static func writeString(_ text: String, to output: inout String, htmlSafe: Bool = false) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "<" where htmlSafe: output += "\\u003c"
            case ">" where htmlSafe: output += "\\u003e"
            case "&" where htmlSafe: output += "\\u0026"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
