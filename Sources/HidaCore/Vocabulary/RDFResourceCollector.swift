import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An `XMLParser` delegate that streams flat RDF/XML into `RDFResource` values.
///
/// It reads the node elements directly under `rdf:RDF` and their property elements; deeper
/// nesting (blank nodes, `rdf:parseType`) is skipped, so input depth never grows any stack.
final class RDFResourceCollector: NSObject, XMLParserDelegate {
    /// The first XML error libxml2 reported, with its position.
    struct ParseFailure {
        var code: Int
        var line: Int
        var column: Int
    }

    private(set) var resources: [RDFResource] = []
    private(set) var failure: ParseFailure?
    /// Whether the document element is `rdf:RDF`.
    private(set) var rootIsRDF = false
    private(set) var sawRoot = false
    /// Element depth at the end of the parse; not zero means the input ended inside an element.
    private(set) var depth = 0

    private var rootLanguage = ""
    private var current: RDFResource?
    private var resourceLanguage = ""
    private var property: RDFProperty = .other
    private var propertyLanguage = ""
    private var propertyLine = 0
    private var collectingText = false
    private var propertyHasChildren = false
    private var text = ""

    func parser(
        _ parser: XMLParser,
        didStartElement elementName: String,
        namespaceURI: String?,
        qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        depth += 1
        switch depth {
        case 1:
            sawRoot = true
            rootIsRDF = namespaceURI == RDFProperty.rdfNamespace && elementName == "RDF"
            rootLanguage = Self.language(in: attributeDict) ?? ""
        case 2:
            startResource(parser, elementName: elementName, namespaceURI: namespaceURI, attributes: attributeDict)
        case 3:
            startProperty(parser, elementName: elementName, namespaceURI: namespaceURI, attributes: attributeDict)
        default:
            propertyHasChildren = true
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        switch depth {
        case 2:
            if let resource = current { resources.append(resource) }
            current = nil
        case 3:
            endProperty()
        default:
            break
        }
        depth -= 1
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if collectingText && depth == 3 { text += string }
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        if collectingText && depth == 3 { text += String(decoding: CDATABlock, as: UTF8.self) }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        guard failure == nil else { return }
        failure = ParseFailure(code: (parseError as NSError).code, line: parser.lineNumber, column: parser.columnNumber)
        parser.abortParsing()
    }

    private func startResource(_ parser: XMLParser, elementName: String, namespaceURI: String?, attributes: [String: String]) {
        guard rootIsRDF, let about = Self.rdfAttribute("about", in: attributes) else {
            current = nil
            return
        }
        var resource = RDFResource(uri: LOSURI.canonical(about), line: parser.lineNumber)
        let isDescription = namespaceURI == RDFProperty.rdfNamespace && elementName == "Description"
        if !isDescription {
            // A typed node element such as <skos:Concept rdf:about="…"> states its rdf:type.
            resource.links.append(.init(property: .type, target: (namespaceURI ?? "") + elementName, line: resource.line))
        }
        resourceLanguage = Self.language(in: attributes) ?? rootLanguage
        current = resource
    }

    private func startProperty(_ parser: XMLParser, elementName: String, namespaceURI: String?, attributes: [String: String]) {
        guard current != nil else { return }
        property = RDFProperty(namespace: namespaceURI, localName: elementName)
        guard property != .other else { return }
        propertyLine = parser.lineNumber
        if let target = Self.rdfAttribute("resource", in: attributes) {
            // rdf:type targets are W3C class URIs whose http scheme is part of the name.
            let normalized = property == .type ? target : LOSURI.canonical(target)
            current?.links.append(.init(property: property, target: normalized, line: propertyLine))
            return
        }
        propertyLanguage = Self.language(in: attributes) ?? resourceLanguage
        collectingText = true
        propertyHasChildren = false
        text = ""
    }

    private func endProperty() {
        defer {
            collectingText = false
            property = .other
            text = ""
        }
        guard collectingText, !propertyHasChildren, current != nil else { return }
        let value = TextTrimming.trimmed(text)
        current?.literals.append(.init(property: property, language: propertyLanguage, value: value, line: propertyLine))
    }

    /// The value of `rdf:name`; with namespace processing on, libxml2 keys attributes by their prefixed name.
    private static func rdfAttribute(_ name: String, in attributes: [String: String]) -> String? {
        if let value = attributes["rdf:" + name] ?? attributes[name] { return value }
        // Another prefix bound to the RDF namespace (rare); sorted so that the choice is deterministic.
        let suffix = ":" + name
        guard let key = attributes.keys.sorted().first(where: { $0.hasSuffix(suffix) && $0 != "xml:" + name }) else {
            return nil
        }
        return attributes[key]
    }

    private static func language(in attributes: [String: String]) -> String? {
        guard let language = attributes["xml:lang"] else { return nil }
        return language.lowercased()
    }
}
