import Templates
import XCTest

/// Cases from the official Mustache spec (interpolation, sections, inverted, comments, partials, ~inheritance),
/// restated here. Where Hida deliberately differs (text under `{{{ }}}` stays escaped, unknown partials are
/// errors), the case uses `.html` or is left out.
final class MustacheSpecTests: XCTestCase {
    struct SpecCase {
        var name: String
        var data: TemplateValue
        var template: String
        var partials: [String: String] = [:]
        var expected: String
    }

    private func check(_ cases: [SpecCase], file: StaticString = #filePath, line: UInt = #line) {
        for spec in cases {
            do {
                let output = try render(spec.template, spec.data, partials: spec.partials)
                XCTAssertEqual(output, spec.expected, spec.name, file: file, line: line)
            } catch {
                XCTFail("\(spec.name): \(error)", file: file, line: line)
            }
        }
    }

    func testInterpolation() {
        check([
            SpecCase(name: "No Interpolation", data: [:], template: "Hello from {Mustache}!\n", expected: "Hello from {Mustache}!\n"),
            SpecCase(name: "Basic Interpolation", data: ["subject": "world"], template: "Hello, {{subject}}!\n", expected: "Hello, world!\n"),
            SpecCase(name: "HTML Escaping", data: ["forbidden": "& \" < >"], template: "These characters should be HTML escaped: {{forbidden}}\n",
                     expected: "These characters should be HTML escaped: &amp; &quot; &lt; &gt;\n"),
            SpecCase(name: "Triple Mustache (trusted HTML)", data: ["forbidden": .html("& \" < >")],
                     template: "These characters should not be HTML escaped: {{{forbidden}}}\n",
                     expected: "These characters should not be HTML escaped: & \" < >\n"),
            SpecCase(name: "Basic Integer Interpolation", data: ["mph": 85], template: "\"{{mph}} miles an hour!\"", expected: "\"85 miles an hour!\""),
            SpecCase(name: "Basic Context Miss Interpolation", data: [:], template: "I ({{cannot}}) be seen!", expected: "I () be seen!"),
            SpecCase(name: "Dotted Names - Basic Interpolation", data: ["person": ["name": "Joe"]],
                     template: "\"{{person.name}}\" == \"{{#person}}{{name}}{{/person}}\"", expected: "\"Joe\" == \"Joe\""),
            SpecCase(name: "Dotted Names - Arbitrary Depth", data: ["a": ["b": ["c": ["d": ["e": ["name": "Phil"]]]]]],
                     template: "\"{{a.b.c.d.e.name}}\" == \"Phil\"", expected: "\"Phil\" == \"Phil\""),
            SpecCase(name: "Dotted Names - Broken Chains", data: ["a": [:]], template: "\"{{a.b.c}}\" == \"\"", expected: "\"\" == \"\""),
            SpecCase(name: "Dotted Names - Broken Chain Resolution", data: ["a": ["b": [:]], "c": ["name": "Jim"]],
                     template: "\"{{a.b.c.name}}\" == \"\"", expected: "\"\" == \"\""),
            SpecCase(name: "Dotted Names - Initial Resolution",
                     data: ["a": ["b": ["c": ["d": ["e": ["name": "Phil"]]]]], "b": ["c": ["d": ["e": ["name": "Wrong"]]]]],
                     template: "\"{{#a}}{{b.c.d.e.name}}{{/a}}\" == \"Phil\"", expected: "\"Phil\" == \"Phil\""),
            SpecCase(name: "Implicit Iterators - Basic Interpolation", data: "world", template: "Hello, {{.}}!\n", expected: "Hello, world!\n"),
            SpecCase(name: "Interpolation - Surrounding Whitespace", data: ["string": "---"], template: "| {{string}} |", expected: "| --- |"),
            SpecCase(name: "Interpolation - Standalone", data: ["string": "---"], template: "  {{string}}\n", expected: "  ---\n"),
            SpecCase(name: "Interpolation With Padding", data: ["string": "---"], template: "|{{ string }}|", expected: "|---|"),
        ])
    }

    func testSections() {
        check([
            SpecCase(name: "Truthy", data: ["boolean": true], template: "\"{{#boolean}}This should be rendered.{{/boolean}}\"",
                     expected: "\"This should be rendered.\""),
            SpecCase(name: "Falsey", data: ["boolean": false], template: "\"{{#boolean}}This should not be rendered.{{/boolean}}\"", expected: "\"\""),
            SpecCase(name: "Null is falsey", data: ["null": nil], template: "\"{{#null}}This should not be rendered.{{/null}}\"", expected: "\"\""),
            SpecCase(name: "Context", data: ["context": ["name": "Joe"]], template: "\"{{#context}}Hi {{name}}.{{/context}}\"", expected: "\"Hi Joe.\""),
            SpecCase(name: "Parent contexts", data: ["a": "foo", "b": "wrong", "sec": ["b": "bar"], "c": ["d": "baz"]],
                     template: "\"{{#sec}}{{a}}, {{b}}, {{c.d}}{{/sec}}\"", expected: "\"foo, bar, baz\""),
            SpecCase(name: "List", data: ["list": [["item": 1], ["item": 2], ["item": 3]]], template: "\"{{#list}}{{item}}{{/list}}\"", expected: "\"123\""),
            SpecCase(name: "Empty List", data: ["list": []], template: "\"{{#list}}Yay lists!{{/list}}\"", expected: "\"\""),
            SpecCase(name: "Doubled", data: ["bool": true, "two": "second"],
                     template: "{{#bool}}\n* first\n{{/bool}}\n* {{two}}\n{{#bool}}\n* third\n{{/bool}}\n", expected: "* first\n* second\n* third\n"),
            SpecCase(name: "Nested (Truthy)", data: ["bool": true], template: "| A {{#bool}}B {{#bool}}C{{/bool}} D{{/bool}} E |", expected: "| A B C D E |"),
            SpecCase(name: "Implicit Iterator - String", data: ["list": ["a", "b", "c", "d", "e"]], template: "\"{{#list}}({{.}}){{/list}}\"",
                     expected: "\"(a)(b)(c)(d)(e)\""),
            SpecCase(name: "Implicit Iterator - Array", data: ["list": [[1, 2, 3], ["a", "b", "c"]]],
                     template: "\"{{#list}}({{#.}}{{.}}{{/.}}){{/list}}\"", expected: "\"(123)(abc)\""),
            SpecCase(name: "Dotted Names - Truthy", data: ["a": ["b": ["c": true]]], template: "\"{{#a.b.c}}Here{{/a.b.c}}\" == \"Here\"",
                     expected: "\"Here\" == \"Here\""),
            SpecCase(name: "Surrounding Whitespace", data: ["boolean": true], template: " | {{#boolean}}\t|\t{{/boolean}} | \n", expected: " | \t|\t | \n"),
            SpecCase(name: "Internal Whitespace", data: ["boolean": true], template: " | {{#boolean}} {{! Important Whitespace }}\n {{/boolean}} | \n",
                     expected: " |  \n  | \n"),
            SpecCase(name: "Indented Inline Sections", data: ["boolean": true], template: " {{#boolean}}YES{{/boolean}}\n {{#boolean}}GOOD{{/boolean}}\n",
                     expected: " YES\n GOOD\n"),
            SpecCase(name: "Standalone Lines", data: ["boolean": true], template: "| This Is\n{{#boolean}}\n|\n{{/boolean}}\n| A Line\n",
                     expected: "| This Is\n|\n| A Line\n"),
            SpecCase(name: "Indented Standalone Lines", data: ["boolean": true], template: "| This Is\n  {{#boolean}}\n|\n  {{/boolean}}\n| A Line\n",
                     expected: "| This Is\n|\n| A Line\n"),
            SpecCase(name: "Standalone Line Endings", data: ["boolean": true], template: "|\r\n{{#boolean}}\r\n{{/boolean}}\r\n|", expected: "|\r\n|"),
            SpecCase(name: "Standalone Without Previous Line", data: ["boolean": true], template: "  {{#boolean}}\n#{{/boolean}}\n/", expected: "#\n/"),
            SpecCase(name: "Standalone Without Newline", data: ["boolean": true], template: "#{{#boolean}}\n/\n  {{/boolean}}", expected: "#\n/\n"),
            SpecCase(name: "Padding", data: ["boolean": true], template: "|{{# boolean }}={{/ boolean }}|", expected: "|=|"),
        ])
    }

    func testInvertedAndComments() {
        check([
            SpecCase(name: "Inverted Falsey", data: ["boolean": false], template: "\"{{^boolean}}This should be rendered.{{/boolean}}\"",
                     expected: "\"This should be rendered.\""),
            SpecCase(name: "Inverted Truthy", data: ["boolean": true], template: "\"{{^boolean}}This should not be rendered.{{/boolean}}\"", expected: "\"\""),
            SpecCase(name: "Inverted Context", data: ["context": ["name": "Joe"]], template: "\"{{^context}}Hi {{name}}.{{/context}}\"", expected: "\"\""),
            SpecCase(name: "Inverted Empty List", data: ["list": []], template: "\"{{^list}}Yay lists!{{/list}}\"", expected: "\"Yay lists!\""),
            SpecCase(name: "Inverted Context Misses", data: [:], template: "[{{^missing}}Found key 'missing'!{{/missing}}]",
                     expected: "[Found key 'missing'!]"),
            SpecCase(name: "Inverted Standalone Lines", data: ["boolean": false], template: "| This Is\n{{^boolean}}\n|\n{{/boolean}}\n| A Line\n",
                     expected: "| This Is\n|\n| A Line\n"),
            SpecCase(name: "Comment Inline", data: [:], template: "12345{{! Comment Block! }}67890", expected: "1234567890"),
            SpecCase(name: "Comment Multiline", data: [:], template: "12345{{!\n  This is a\n  multi-line comment...\n}}67890\n", expected: "1234567890\n"),
            SpecCase(name: "Comment Standalone", data: [:], template: "Begin.\n{{! Comment Block! }}\nEnd.\n", expected: "Begin.\nEnd.\n"),
            SpecCase(name: "Comment Indented Standalone", data: [:], template: "Begin.\n  {{! Indented Comment Block! }}\nEnd.\n", expected: "Begin.\nEnd.\n"),
            SpecCase(name: "Comment Standalone Without Newline", data: [:], template: "!\n  {{! I'm Still Standalone }}", expected: "!\n"),
            SpecCase(name: "Comment Multiline Standalone", data: [:], template: "Begin.\n{{!\nSomething's going on here...\n}}\nEnd.\n",
                     expected: "Begin.\nEnd.\n"),
            SpecCase(name: "Comment Indented Inline", data: [:], template: "  12 {{! 34 }}\n", expected: "  12 \n"),
        ])
    }

    func testPartials() {
        check([
            SpecCase(name: "Basic Behavior", data: [:], template: "\"{{>text}}\"", partials: ["text": "from partial"], expected: "\"from partial\""),
            SpecCase(name: "Context", data: ["text": "content"], template: "\"{{>partial}}\"", partials: ["partial": "*{{text}}*"], expected: "\"*content*\""),
            SpecCase(name: "Recursion", data: ["content": "X", "nodes": [["content": "Y", "nodes": []]]], template: "{{>node}}",
                     partials: ["node": "{{content}}<{{#nodes}}{{>node}}{{/nodes}}>"], expected: "X<Y<>>"),
            SpecCase(name: "Surrounding Whitespace", data: [:], template: "| {{>partial}} |", partials: ["partial": "\t|\t"], expected: "| \t|\t |"),
            SpecCase(name: "Inline Indentation", data: ["data": "|"], template: "  {{data}}  {{> partial}}\n", partials: ["partial": ">\n>"],
                     expected: "  |  >\n>\n"),
            SpecCase(name: "Standalone Line Endings", data: [:], template: "|\r\n{{>partial}}\r\n|", partials: ["partial": ">"], expected: "|\r\n>|"),
            SpecCase(name: "Standalone Without Previous Line", data: [:], template: "  {{>partial}}\n>", partials: ["partial": ">\n>"],
                     expected: "  >\n  >>"),
            SpecCase(name: "Standalone Without Newline", data: [:], template: ">\n  {{>partial}}", partials: ["partial": ">\n>"], expected: ">\n  >\n  >"),
            SpecCase(name: "Standalone Indentation", data: ["content": .html("<\n->")], template: "\\\n {{>partial}}\n/\n",
                     partials: ["partial": "|\n{{{content}}}a b{{{content}}}c\n|\n"], expected: "\\\n |\n <\n->a b<\n->c\n |\n/\n"),
            SpecCase(name: "Padding Whitespace", data: ["boolean": true], template: "|{{> partial }}|", partials: ["partial": "[]"], expected: "|[]|"),
        ])
    }

    func testInheritance() {
        check([
            SpecCase(name: "Default", data: [:], template: "{{$title}}Default title{{/title}}\n", expected: "Default title\n"),
            SpecCase(name: "Variable", data: ["bar": "baz"], template: "{{$foo}}default {{bar}} content{{/foo}}\n", expected: "default baz content\n"),
            SpecCase(name: "Inherit", data: [:], template: "{{<include}}{{/include}}\n", partials: ["include": "{{$foo}}default content{{/foo}}"],
                     expected: "default content"),
            SpecCase(name: "Overridden content", data: [:], template: "{{<super}}{{$title}}sub template title{{/title}}{{/super}}",
                     partials: ["super": "...{{$title}}Default title{{/title}}..."], expected: "...sub template title..."),
            SpecCase(name: "Data does not override block", data: ["var": "var in data"], template: "{{<include}}{{$var}}var in template{{/var}}{{/include}}",
                     partials: ["include": "{{$var}}var in include{{/var}}"], expected: "var in template"),
            SpecCase(name: "Two overridden parents", data: [:],
                     template: "test {{<parent}}{{$stuff}}override1{{/stuff}}{{/parent}} {{<parent}}{{$stuff}}override2{{/stuff}}{{/parent}}\n",
                     partials: ["parent": "|{{$stuff}}...{{/stuff}}{{$default}} default{{/default}}|"],
                     expected: "test |override1 default| |override2 default|\n"),
            SpecCase(name: "Override parent with newlines", data: [:], template: "{{<parent}}{{$ballmer}}\npeaked\n\n:(\n{{/ballmer}}{{/parent}}",
                     partials: ["parent": "{{$ballmer}}peaking{{/ballmer}}"], expected: "peaked\n\n:(\n"),
            SpecCase(name: "Inherit indentation", data: [:], template: "{{<parent}}{{$nineties}}hammer time{{/nineties}}{{/parent}}",
                     partials: ["parent": "stop:\n  {{$nineties}}collaborate and listen{{/nineties}}\n"], expected: "stop:\n  hammer time\n"),
            SpecCase(name: "Only one override", data: [:], template: "{{<parent}}{{$stuff2}}override two{{/stuff2}}{{/parent}}",
                     partials: ["parent": "{{$stuff}}new default one{{/stuff}}, {{$stuff2}}new default two{{/stuff2}}"],
                     expected: "new default one, override two"),
            SpecCase(name: "Parent template", data: [:], template: "{{>parent}}|{{<parent}}{{/parent}}",
                     partials: ["parent": "{{$foo}}default content{{/foo}}"], expected: "default content|default content"),
            SpecCase(name: "Recursion", data: [:], template: "{{<parent}}{{$foo}}override{{/foo}}{{/parent}}",
                     partials: [
                        "parent": "{{$foo}}default content{{/foo}} {{$bar}}{{<parent2}}{{/parent2}}{{/bar}}",
                        "parent2": "{{$foo}}parent2 default content{{/foo}} {{<parent}}{{$bar}}don't recurse{{/bar}}{{/parent}}",
                     ],
                     expected: "override override override don't recurse"),
            SpecCase(name: "Multi-level inheritance", data: [:], template: "{{<parent}}{{$a}}c{{/a}}{{/parent}}",
                     partials: ["parent": "{{<older}}{{$a}}p{{/a}}{{/older}}", "older": "{{<grandParent}}{{$a}}o{{/a}}{{/grandParent}}", "grandParent": "{{$a}}g{{/a}}"],
                     expected: "c"),
            SpecCase(name: "Multi-level inheritance, no sub child", data: [:], template: "{{<parent}}{{/parent}}",
                     partials: ["parent": "{{<older}}{{$a}}p{{/a}}{{/older}}", "older": "{{<grandParent}}{{$a}}o{{/a}}{{/grandParent}}", "grandParent": "{{$a}}g{{/a}}"],
                     expected: "p"),
            SpecCase(name: "Text inside parent", data: [:], template: "{{<parent}} asdfasd {{$foo}}hmm{{/foo}} asdfasdfasdf {{/parent}}",
                     partials: ["parent": "{{$foo}}default content{{/foo}}"], expected: "hmm"),
            SpecCase(name: "Block scope", data: ["fruit": "apples", "nested": ["fruit": "bananas"]],
                     template: "{{<parent}}{{$block}}I say {{fruit}}.{{/block}}{{/parent}}",
                     partials: ["parent": "{{#nested}}{{$block}}You say {{fruit}}.{{/block}}{{/nested}}"], expected: "I say bananas."),
            SpecCase(name: "Standalone parent", data: [:], template: "Hi,\n  {{<parent}}{{/parent}}\n", partials: ["parent": "one\ntwo\n"],
                     expected: "Hi,\n  one\n  two\n"),
        ])
    }
}
