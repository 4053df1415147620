/// The words after `hida <command>`: flags, options with values and positional arguments, read in order.
struct Arguments {
    private var remaining: [String]
    private(set) var problems: [String] = []

    init(_ words: [String]) {
        remaining = words
    }

    /// Takes `--name` if present.
    mutating func flag(_ name: String) -> Bool {
        guard let index = remaining.firstIndex(of: name) else { return false }
        remaining.remove(at: index)
        return true
    }

    /// Takes `--name VALUE` or `--name=VALUE`.
    mutating func option(_ name: String) -> String? {
        if let index = remaining.firstIndex(where: { $0.hasPrefix(name + "=") }) {
            let value = String(remaining[index].dropFirst(name.count + 1))
            remaining.remove(at: index)
            return value
        }
        guard let index = remaining.firstIndex(of: name) else { return nil }
        guard index + 1 < remaining.count, !remaining[index + 1].hasPrefix("--") else {
            problems.append("\(name) needs a value")
            remaining.remove(at: index)
            return nil
        }
        let value = remaining[index + 1]
        remaining.removeSubrange(index...(index + 1))
        return value
    }

    /// What is left that is not an option; anything still starting with `--` is reported as unknown.
    mutating func positionals() -> [String] {
        let unknown = remaining.filter { $0.hasPrefix("-") && $0 != "-" }
        for option in unknown { problems.append("unknown option \(option)") }
        let result = remaining.filter { !($0.hasPrefix("-") && $0 != "-") }
        remaining = []
        return result
    }
}
