/// A JSON value whose objects keep their key order, written pretty-printed and deterministically.
indirect enum ReportJSON: Equatable {
    case object([(key: String, value: ReportJSON)])
    case array([ReportJSON])
    case string(String)
    case integer(Int)
    case number(Double)
    case boolean(Bool)
    case null

    static func == (lhs: ReportJSON, rhs: ReportJSON) -> Bool {
        lhs.text() == rhs.text()
    }

    /// An object from a dictionary, keys in sorted order so the output never depends on hashing.
    static func sortedObject<Value>(_ dictionary: [String: Value], _ transform: (Value) -> ReportJSON) -> ReportJSON {
        .object(dictionary.keys.sorted().compactMap { key in dictionary[key].map { (key, transform($0)) } })
    }

    /// The value as pretty-printed JSON text with two-space indentation and a final newline.
    func text() -> String {
        var output = ""
        write(to: &output, indent: "")
        return output + "\n"
    }

    private func write(to output: inout String, indent: String) {
        switch self {
        case .object(let members):
            guard !members.isEmpty else { output += "{}"; return }
            let inner = indent + "  "
            output += "{\n"
            for (index, member) in members.enumerated() {
                output += inner + ReportEscaping.jsonString(member.key) + ": "
                member.value.write(to: &output, indent: inner)
                output += index == members.count - 1 ? "\n" : ",\n"
            }
            output += indent + "}"
        case .array(let elements):
            guard !elements.isEmpty else { output += "[]"; return }
            let inner = indent + "  "
            output += "[\n"
            for (index, element) in elements.enumerated() {
                output += inner
                element.write(to: &output, indent: inner)
                output += index == elements.count - 1 ? "\n" : ",\n"
            }
            output += indent + "]"
        case .string(let text):
            output += ReportEscaping.jsonString(text)
        case .integer(let value):
            output += String(value)
        case .number(let value):
            // JSON has no NaN or infinity.
            output += value.isFinite ? String(value) : "null"
        case .boolean(let value):
            output += value ? "true" : "false"
        case .null:
            output += "null"
        }
    }
}
