import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads the LOS vocabulary (SKOS in RDF/XML, as published at https://psi.norge.no/los/all.rdf).
enum VocabularyLoader {
    /// Parses `data` read from `path` (the path is only used in diagnostics).
    ///
    /// Known data problems become grouped warnings; a file that is not well-formed XML, empty,
    /// or without SKOS concepts gives an error and an empty vocabulary.
    static func load(data: Data, path: String) -> (vocabulary: Vocabulary, diagnostics: [Diagnostic]) {
        guard data.contains(where: { !Self.isXMLWhitespace($0) }) else {
            return failed(.error("the LOS vocabulary file is empty", at: SourceLocation(path: path), rule: "los-empty"))
        }

        let collector = RDFResourceCollector()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = collector
        _ = parser.parse()
        parser.delegate = nil

        if let failure = collector.failure {
            let location = SourceLocation(
                path: path,
                line: max(failure.line, 1),
                // libxml2 counts columns in characters, as SourceLocation does.
                column: max(failure.column, 1)
            )
            let reason = XMLErrorDescription.text(forCode: failure.code)
            return failed(.error("the LOS vocabulary is not well-formed XML: \(reason)", at: location, rule: "los-malformed"))
        }
        if collector.depth != 0 {
            // libxml2 through XMLParser does not always report a document that stops inside an element.
            let end = endLocation(of: data)
            let location = SourceLocation(path: path, line: end.line, column: end.column)
            return failed(.error(
                "the LOS vocabulary is not well-formed XML: the file ends before all elements are closed",
                at: location,
                rule: "los-malformed"
            ))
        }
        guard collector.sawRoot else {
            return failed(.error("the LOS vocabulary file has no XML element", at: SourceLocation(path: path), rule: "los-empty"))
        }
        guard collector.rootIsRDF else {
            return failed(.error(
                "the LOS vocabulary is not SKOS in RDF/XML: the root element is not rdf:RDF",
                at: SourceLocation(path: path),
                rule: "los-not-skos"
            ))
        }

        var builder = VocabularyBuilder()
        let concepts = builder.build(from: collector.resources)
        guard !concepts.isEmpty else {
            return failed(.error(
                "the LOS vocabulary has no SKOS concepts (expected skos:Concept resources in the tema, ord or hendelse schemes)",
                at: SourceLocation(path: path),
                rule: "los-not-skos"
            ))
        }
        return (Vocabulary(concepts: concepts), builder.issues.diagnostics(path: path))
    }

    private static func failed(_ diagnostic: Diagnostic) -> (vocabulary: Vocabulary, diagnostics: [Diagnostic]) {
        (.empty, [diagnostic])
    }

    private static func isXMLWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// The line and scalar column just after the last byte.
    private static func endLocation(of data: Data) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for byte in data {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }
}
