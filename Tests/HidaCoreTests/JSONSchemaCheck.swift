import Foundation

/// A small JSON Schema checker for the keywords the API schemas in `docs/api/` use:
/// type, required, properties, additionalProperties, items, enum, minimum.
struct JSONSchemaCheck {
    let schema: [String: Any]

    init(file: String) throws {
        schema = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as? [String: Any] ?? [:]
    }

    /// The problems found, as `path: message` lines; empty when the value matches.
    func problems(in value: Any) -> [String] {
        var found: [String] = []
        check(value, against: schema, at: "$", into: &found)
        return found
    }

    private func check(_ value: Any, against schema: [String: Any], at path: String, into found: inout [String]) {
        if let types = schema["type"] {
            let allowed = (types as? [String]) ?? [(types as? String) ?? ""]
            if !allowed.contains(where: { Self.matches(value, type: $0) }) {
                found.append("\(path): expected \(allowed.joined(separator: " or ")), got \(type(of: value))")
                return
            }
        }
        if let options = schema["enum"] as? [String], let text = value as? String, !options.contains(text) {
            found.append("\(path): \(text) is not one of \(options)")
        }
        if let minimum = schema["minimum"] as? Int, let number = value as? Int, number < minimum {
            found.append("\(path): \(number) is below \(minimum)")
        }
        if let object = value as? [String: Any] {
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                found.append("\(path): missing \(key)")
            }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for (key, member) in object {
                if let subschema = properties[key] as? [String: Any] {
                    check(member, against: subschema, at: "\(path).\(key)", into: &found)
                } else if let additional = schema["additionalProperties"] as? [String: Any] {
                    check(member, against: additional, at: "\(path).\(key)", into: &found)
                } else if (schema["additionalProperties"] as? Bool) == false {
                    found.append("\(path): unexpected \(key)")
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, item) in array.enumerated() {
                check(item, against: items, at: "\(path)[\(index)]", into: &found)
            }
        }
    }

    private static func matches(_ value: Any, type: String) -> Bool {
        switch type {
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "null": return value is NSNull
        case "boolean": return value is Bool
        case "integer": return value is Int
        case "number": return value is NSNumber
        default: return false
        }
    }
}
