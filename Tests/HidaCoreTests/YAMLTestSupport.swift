@testable import HidaCore

/// The path used in every YAML test diagnostic.
let yamlTestPath = "Content/a.md"

/// Parses `text` as front matter that starts on line 1 of `Content/a.md`.
func parseYAML(_ text: String, firstLine: Int = 1) -> (root: YAMLNode?, headlines: [String]) {
    let result = YAMLParser.parse(text, path: yamlTestPath, firstLine: firstLine)
    return (result.root, result.diagnostics.map(\.headline))
}

/// The headline of an error at `line:column` of the test file.
func yamlError(_ line: Int, _ column: Int, _ message: String, _ rule: String) -> String {
    "\(yamlTestPath):\(line):\(column): error: \(message) [\(rule)]"
}

func plain(_ text: String) -> YAMLValue {
    .scalar(YAMLScalar(text: text, style: .plain))
}
