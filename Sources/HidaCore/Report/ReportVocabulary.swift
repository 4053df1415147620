/// The Norwegian (bokmål) words the report uses for rule ids, languages and WCAG success criteria.
enum ReportVocabulary {
    /// The content-accessibility rules, in the order the report lists them.
    static let accessibilityRules = ["image-alt", "vague-link-text", "heading-skip", "body-h1", "table-header", "file-link"]

    /// A WCAG 2.1 success criterion a rule's findings fall under.
    struct SuccessCriterion: Equatable {
        var number: String
        var name: String
        var level: String
    }

    /// A short bokmål description of what a rule finds; unknown rules show their id.
    static func ruleName(_ rule: String) -> String {
        switch rule {
        case "image-alt": "Bilde uten alternativ tekst"
        case "vague-link-text": "Lenketekst som ikke sier hvor lenken går"
        case "heading-skip": "Overskriftsnivå som hopper over et nivå"
        case "body-h1": "Egen hovedoverskrift (h1) i brødteksten"
        case "table-header": "Tabell uten overskriftsrad"
        case "file-link": "Lenke til fil uten at filtypen er oppgitt"
        case "stale-content": "Utdatert innhold"
        case "readability": "Høy LIX (tung tekst)"
        case "conflicting-fact": "Motstridende faktaopplysning"
        case "near-duplicate": "Nesten likt innhold"
        case "language-coverage": "Mangler oversettelse"
        default: rule
        }
    }

    /// The success criterion a content-accessibility rule's findings break, nil for other rules.
    static func successCriterion(_ rule: String) -> SuccessCriterion? {
        switch rule {
        case "image-alt": SuccessCriterion(number: "1.1.1", name: "Ikke-tekstlig innhold", level: "A")
        case "vague-link-text", "file-link": SuccessCriterion(number: "2.4.4", name: "Formål med lenke (i kontekst)", level: "A")
        case "heading-skip", "body-h1", "table-header": SuccessCriterion(number: "1.3.1", name: "Informasjon og relasjoner", level: "A")
        default: nil
        }
    }

    /// What the statement says a finding means for users, one sentence per rule.
    static func statementSentence(_ rule: String, count: Int, pages: Int) -> String {
        let findings = count == 1 ? "ett tilfelle" : "\(count) tilfeller"
        let where_ = switch pages {
        case ...0: "i innholdet"
        case 1: "på én side"
        default: "på \(pages) sider"
        }
        switch rule {
        case "image-alt":
            return "Bilder mangler tekstalternativ (\(findings) \(where_)), så skjermleserbrukere får ikke vite hva bildene viser."
        case "vague-link-text":
            return "Lenketekster som «les mer» eller «klikk her» sier ikke hvor lenken går (\(findings) \(where_))."
        case "file-link":
            return "Lenker til PDF og andre filer sier ikke at de åpner en fil (\(findings) \(where_))."
        case "heading-skip":
            return "Overskriftsnivåer hopper over et nivå, så strukturen blir uklar for skjermleserbrukere (\(findings) \(where_))."
        case "body-h1":
            return "Sider har mer enn én hovedoverskrift (\(findings) \(where_))."
        case "table-header":
            return "Tabeller mangler overskriftsrad, så cellene kan ikke knyttes til kolonnene sine (\(findings) \(where_))."
        default:
            return "\(ruleName(rule)) (\(findings) \(where_))."
        }
    }

    /// The bokmål name of a language code; unknown codes show the code.
    static func languageName(_ code: String) -> String {
        switch code {
        case "nb": "bokmål"
        case "nn": "nynorsk"
        case "en": "engelsk"
        case "se": "nordsamisk"
        case "sma": "sørsamisk"
        case "smj": "lulesamisk"
        default: code
        }
    }
}
