/// Short English descriptions of the libxml2 error codes that `XMLParser` reports.
enum XMLErrorDescription {
    /// A phrase for the error, with the numeric code for searching.
    static func text(forCode code: Int) -> String {
        let phrase: String
        switch code {
        case 4: phrase = "the document is empty"
        case 5: phrase = "the document ends too early or has content after the root element"
        case 9: phrase = "invalid character"
        case 23: phrase = "an entity reference is not terminated with ';'"
        case 26, 27: phrase = "an undeclared entity is used"
        case 38: phrase = "'<' inside an attribute value"
        case 39, 40: phrase = "an attribute value is not quoted or not closed"
        case 41: phrase = "an attribute has no value"
        case 42: phrase = "an attribute is given twice"
        case 46: phrase = "a comment is not closed"
        case 57: phrase = "the XML declaration is not closed"
        case 64, 65: phrase = "a space is required here"
        case 68: phrase = "an element name is missing or invalid"
        case 73: phrase = "'>' is missing"
        case 76: phrase = "a closing tag does not match its opening tag"
        case 77: phrase = "a tag is not finished"
        case 201: phrase = "a namespace prefix is not declared"
        default: phrase = "the XML is malformed"
        }
        return "\(phrase) (XML error \(code))"
    }
}
