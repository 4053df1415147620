import Templates
import XCTest

extension XCTestCase {
    /// Renders `template` (named "main") with the given partials, all parsed into one set.
    func render(
        _ template: String, _ context: TemplateValue = [:], partials: [String: String] = [:], strict: Bool = false
    ) throws -> String {
        var sources = [TemplateSource(name: "main", path: "main.html", text: template)]
        for (name, text) in partials.sorted(by: { $0.key < $1.key }) {
            sources.append(TemplateSource(name: name, path: "\(name).html", text: text))
        }
        return try TemplateSet(sources).render("main", context, strict: strict)
    }

    /// The errors a set of templates (path = name + ".html") fails with, as compiler-style lines.
    func errors(_ templates: [String: String], file: StaticString = #filePath, line: UInt = #line) -> [String] {
        let sources = templates.sorted(by: { $0.key < $1.key }).map {
            TemplateSource(name: $0.key, path: "\($0.key).html", text: $0.value)
        }
        do {
            _ = try TemplateSet(sources)
            XCTFail("expected the templates to fail", file: file, line: line)
            return []
        } catch {
            return error.errors.map(\.description)
        }
    }

    /// The error one render of "main" fails with, as a compiler-style line.
    func renderError(
        _ template: String, _ context: TemplateValue = [:], partials: [String: String] = [:], strict: Bool = false,
        file: StaticString = #filePath, line: UInt = #line
    ) -> String? {
        do {
            let output = try render(template, context, partials: partials, strict: strict)
            XCTFail("expected an error, rendered \(output.debugDescription)", file: file, line: line)
            return nil
        } catch let error as TemplateError {
            return error.description
        } catch {
            XCTFail("unexpected error \(error)", file: file, line: line)
            return nil
        }
    }
}
