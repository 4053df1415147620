import Foundation
import XCTest
@testable import HidaCore

/// Shared helpers for the vocabulary tests: inline RDF documents and the official file.
enum VocabularyTestSupport {
    /// `<package root>/../shared/data/los/all.rdf`, derived from this file's path.
    static let officialFileURL: URL = {
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // HidaCoreTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // package root
        return packageRoot.deletingLastPathComponent()
            .appendingPathComponent("shared/data/los/all.rdf")
    }()

    /// The official file's bytes, or a visible skip when the shared data folder is absent.
    static func officialData() throws -> Data {
        guard let data = FileManager.default.contents(atPath: officialFileURL.path) else {
            throw XCTSkip("LOS data not found at \(officialFileURL.path); the full-file tests need /work/shared")
        }
        return data
    }

    /// The official vocabulary, loaded once for all tests.
    static func officialVocabulary() throws -> (vocabulary: Vocabulary, diagnostics: [Diagnostic]) {
        _ = try officialData()
        guard let loaded = officialLoad else { throw XCTSkip("LOS data not readable at \(officialFileURL.path)") }
        return loaded
    }

    private static let officialLoad: (vocabulary: Vocabulary, diagnostics: [Diagnostic])? =
        FileManager.default.contents(atPath: officialFileURL.path).map {
            VocabularyLoader.load(data: $0, path: "los/all.rdf")
        }

    /// Wraps resource descriptions in an `rdf:RDF` document with the usual prefixes.
    static func rdf(_ body: String) -> Data {
        Data("""
        <?xml version="1.0" encoding="UTF-8"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                 xmlns:skos="http://www.w3.org/2004/02/skos/core#">
        \(body)
        </rdf:RDF>
        """.utf8)
    }

    /// One `rdf:Description` of a concept in a LOS scheme.
    static func concept(_ path: String, scheme: String? = nil, _ properties: String) -> String {
        let schemeName = scheme ?? String(path.split(separator: "/").first ?? "ord")
        return """
           <rdf:Description rdf:about="https://psi.norge.no/los/\(path)">
              <rdf:type rdf:resource="http://www.w3.org/2004/02/skos/core#Concept"/>
              <skos:inScheme rdf:resource="https://psi.norge.no/los/ontologi/\(schemeName)"/>
        \(properties)
           </rdf:Description>
        """
    }

    /// The printed form of diagnostics: headline, then indented notes.
    static func printed(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { diagnostic in
            ([diagnostic.headline] + diagnostic.notes.map { "  note: \($0)" }).joined(separator: "\n")
        }.joined(separator: "\n")
    }
}
