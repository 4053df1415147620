extension TemplateValue: ExpressibleByStringLiteral {
    /// A string literal is plain text, so it is escaped when rendered.
    public init(stringLiteral value: String) {
        self = .text(value)
    }
}

extension TemplateValue: ExpressibleByBooleanLiteral {
    /// A boolean literal is a flag.
    public init(booleanLiteral value: Bool) {
        self = .bool(value)
    }
}

extension TemplateValue: ExpressibleByIntegerLiteral {
    /// An integer literal is a number.
    public init(integerLiteral value: Int) {
        self = .number(value)
    }
}

extension TemplateValue: ExpressibleByArrayLiteral {
    /// An array literal is a list.
    public init(arrayLiteral elements: TemplateValue...) {
        self = .list(elements)
    }
}

extension TemplateValue: ExpressibleByDictionaryLiteral {
    /// A dictionary literal is an object; a repeated key keeps its last value.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        var object = TemplateObject()
        for (name, value) in elements { object[name] = value }
        self = .object(object)
    }
}

extension TemplateValue: ExpressibleByNilLiteral {
    /// `nil` is the null value.
    public init(nilLiteral: ()) {
        self = .null
    }
}
