/// Values by language code, found by comparing the code with each of the portal's two or three languages instead of
/// hashing it.
///
/// Hashing a two-letter code costs more than comparing it three times, and every page and list entry looks up paths,
/// names and translations by language.
struct LanguageTable<Value: Sendable>: Sendable {
    private(set) var languages: [String] = []
    private(set) var values: [Value] = []

    init() {}

    /// The value of each language in `languages`, in their order.
    init(_ languages: [String], value: (String) -> Value) {
        self.languages = languages
        values = languages.map(value)
    }

    subscript(language: String) -> Value? {
        get { languages.firstIndex(of: language).map { values[$0] } }
        set {
            guard let position = languages.firstIndex(of: language) else {
                if let newValue {
                    languages.append(language)
                    values.append(newValue)
                }
                return
            }
            if let newValue {
                values[position] = newValue
            } else {
                languages.remove(at: position)
                values.remove(at: position)
            }
        }
    }

    subscript(language: String, default defaultValue: @autoclosure () -> Value) -> Value {
        get { self[language] ?? defaultValue() }
        set { self[language] = newValue }
    }
}
