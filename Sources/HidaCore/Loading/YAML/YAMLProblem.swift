/// Everything the YAML reader can report, worded for an agency author rather than a programmer.
///
/// Keeping the wording in one place keeps messages consistent and lets tests list every rule.
enum YAMLProblem: Sendable, Equatable {
    /// Where a value that cannot take more lines came from, for `alreadyHasValue`.
    enum Owner: Sendable, Equatable {
        case key(String)
        case listItem
        case document
    }

    /// The text that was followed by something unexpected, for `unexpectedText`.
    enum Context: Sendable, Equatable {
        case closingQuote
        case flowList
        case flowListItem
        case blockIndicator(Character)
        case documentMarker
    }

    case tabIndentation
    case duplicateKey(String, firstLine: Int)
    case anchor
    case alias
    case tag
    case flowMapping
    case complexKey
    case directive
    case multipleDocuments
    case tooDeep(limit: Int)
    case unterminatedDoubleQuoted
    case unterminatedSingleQuoted
    case unterminatedFlowList
    case badEscape(String)
    case inconsistentIndentation(found: Int, expected: [Int])
    case alreadyHasValue(Owner, valueLine: Int, isText: Bool)
    case colonInPlainValue
    case expectedKey(missingSpaceAfterColon: Bool)
    case missingKey
    case expectedListItem
    case listItemAmongKeys
    case listOnKeyLine
    case unexpectedText(after: Context)
    case reservedCharacter(Character)
    case emptyFlowEntry

    /// The stable rule id printed in brackets.
    var rule: String {
        switch self {
        case .tabIndentation:
            "yaml-tab"
        case .duplicateKey:
            "yaml-duplicate-key"
        case .anchor, .alias, .tag, .flowMapping, .complexKey, .directive, .multipleDocuments, .tooDeep:
            "yaml-unsupported"
        case .inconsistentIndentation:
            "yaml-indentation"
        case .unterminatedDoubleQuoted, .unterminatedSingleQuoted, .unterminatedFlowList, .badEscape,
             .alreadyHasValue, .colonInPlainValue, .expectedKey, .missingKey, .expectedListItem,
             .listItemAmongKeys, .listOnKeyLine, .unexpectedText, .reservedCharacter, .emptyFlowEntry:
            "yaml-syntax"
        }
    }

    /// The sentence shown after `error:`; a suggestion follows a semicolon.
    var message: String {
        switch self {
        case .tabIndentation:
            "tabs are not allowed for indentation in front matter; use spaces"
        case .duplicateKey(let key, let firstLine):
            "duplicate key \"\(key)\" (first given on line \(firstLine))"
        case .anchor:
            "anchors (&) are not supported in front matter"
        case .alias:
            "aliases (*) are not supported in front matter"
        case .tag:
            "tags (!) are not supported in front matter"
        case .flowMapping:
            "{ } maps are not supported in front matter; write each \"key: value\" on its own indented line"
        case .complexKey:
            "complex keys (?) are not supported in front matter"
        case .directive:
            "directives (%) are not supported in front matter; remove this line"
        case .multipleDocuments:
            "multiple documents are not supported in front matter; remove this line and the document after it"
        case .tooDeep(let limit):
            "values nested more than \(limit) levels deep are not supported in front matter"
        case .unterminatedDoubleQuoted:
            "unterminated double-quoted string"
        case .unterminatedSingleQuoted:
            "unterminated single-quoted string"
        case .unterminatedFlowList:
            "unterminated [ ] list; close it with ] on the same line"
        case .badEscape(let escape):
            "unknown escape \"\(escape)\" in double-quoted string; write \\\\ for a backslash"
        case .inconsistentIndentation(let found, let expected):
            "inconsistent indentation: this line has \(Self.spaces(found)), "
                + "but the lines above use \(Self.list(Set(expected.filter { $0 >= 0 }).sorted().map(String.init))); line it up with them"
        case .alreadyHasValue(let owner, let valueLine, let isText):
            Self.alreadyHasValueMessage(owner, valueLine: valueLine, isText: isText)
        case .colonInPlainValue:
            "a value that contains \": \" must be quoted; put the whole value in quotes"
        case .expectedKey(let missingSpaceAfterColon):
            missingSpaceAfterColon
                ? "expected \"key: value\" here; put a space after the colon"
                : "expected \"key: value\" here"
        case .missingKey:
            "a key is missing before the colon"
        case .expectedListItem:
            "expected a \"- \" list item here, like the lines above it"
        case .listItemAmongKeys:
            "a \"- \" list item cannot stand between keys; put it under a key that ends with a colon"
        case .listOnKeyLine:
            "a \"- \" list cannot start on the same line as its key; put each item on its own line below the key"
        case .unexpectedText(let context):
            Self.unexpectedTextMessage(context)
        case .reservedCharacter(let character):
            "a value cannot start with \"\(character)\"; put the whole value in quotes"
        case .emptyFlowEntry:
            "empty entry in a [ ] list; remove the extra comma"
        }
    }

    /// Extra help printed as `note:` lines, for messages whose headline is kept short.
    var notes: [String] {
        switch self {
        case .anchor, .alias, .tag:
            ["to start a text with this character, put the whole value in quotes"]
        case .unterminatedDoubleQuoted, .unterminatedSingleQuoted:
            ["a quoted value must end on the same line; for a long text, write > after the colon and indent the lines below it"]
        case .unterminatedFlowList:
            ["for a long list, write each item on its own line starting with \"- \""]
        default:
            []
        }
    }

    private static func alreadyHasValueMessage(_ owner: Owner, valueLine: Int, isText: Bool) -> String {
        let subject = switch owner {
        case .key(let key): "\"\(key)\" already has a value"
        case .listItem: "this list item already has a value"
        case .document: "the front matter already has a value"
        }
        let suggestion = switch (owner, isText) {
        case (.key, true), (.listItem, true):
            "to write a text over several lines, put > after the colon or dash and indent the lines below it"
        case (.key, false), (.listItem, false):
            "write a list either in [ ] or as \"- \" items below the key, not both"
        case (.document, _):
            "write the front matter as \"key: value\" lines"
        }
        return "\(subject) on line \(valueLine); \(suggestion)"
    }

    private static func unexpectedTextMessage(_ context: Context) -> String {
        switch context {
        case .closingQuote:
            "unexpected text after the closing quote; move it inside the quotes or remove it"
        case .flowList:
            "unexpected text after ]; remove it or put it inside the list"
        case .flowListItem:
            "expected \",\" or \"]\" in the [ ] list; put an item that contains commas or brackets in quotes"
        case .blockIndicator(let indicator):
            "unexpected text after \(indicator); start the text on the next line, indented, or put the whole value in quotes"
        case .documentMarker:
            "unexpected text after ---; remove it"
        }
    }

    private static func spaces(_ count: Int) -> String {
        count == 1 ? "1 space" : "\(count) spaces"
    }

    private static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " or " + items[items.count - 1]
        }
    }
}
