import Foundation
import XCTest
@testable import HidaCore

/// Runs `search.js` and the stemmer scripts under Node (skipped when Node is missing) against the Swift twin:
/// the same words, stems, folded keys and ranked results, score for score.
final class SearchScriptParityTests: XCTestCase {
    private static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    // A stemmer runs as a classic script, as in the browser, and leaves its function in window.hidaStem;
    // input.stemmers maps each language to the stemmer file its search page loads.
    private static let harness = """
        const s = require(process.argv[2]), fs = require('fs'), vm = require('vm'), dir = process.argv[3];
        const input = JSON.parse(fs.readFileSync(0, 'utf8')), stemmers = {};
        globalThis.window = globalThis;
        for (const lang of Object.keys(input.stemmers)) {
          vm.runInThisContext(fs.readFileSync(input.stemmers[lang], 'utf8'), { filename: input.stemmers[lang] });
          stemmers[lang] = window.hidaStem;
        }
        const load = p => Promise.resolve(JSON.parse(fs.readFileSync(dir + '/' + p, 'utf8')));
        (async () => {
          const meta = await load('meta.json'), out = { queries: [], stems: {}, folds: input.folds.map(s.fold), words: input.words.map(s.words) };
          window.hidaStem = stemmers[meta.lang];
          for (const q of input.queries) {
            const rows = [];
            for (const [d, score] of await s.search(meta, load, q)) rows.push([(await s.document(meta, load, d))[0], score]);
            out.queries.push(rows);
          }
          for (const lang of Object.keys(input.stems)) out.stems[lang] = input.stems[lang].map(w => stemmers[lang](w));
          process.stdout.write(JSON.stringify(out));
        })().catch(e => { console.error(e); process.exit(1); });
        """

    private func asset(_ name: String) throws -> URL {
        let url = Self.packageRoot.appendingPathComponent("Themes/felles/assets").appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else { throw XCTSkip("\(name) not found under \(Self.packageRoot.path)") }
        return url
    }

    /// Language → path of the stemmer script a search page in that language loads.
    private func stemmers(_ languages: [String]) throws -> [String: String] {
        var paths: [String: String] = [:]
        for language in languages {
            paths[language] = try asset("search-stem-\(SearchAnalyzer(language: language).stemmerName).js").path
        }
        return paths
    }

    private func node() throws -> URL {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin"]
        for directory in paths {
            let url = URL(fileURLWithPath: directory).appendingPathComponent("node")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        throw XCTSkip("node is not installed: search.js parity with SearchQuery was not checked")
    }

    /// Writes the index to a temporary folder, runs the harness and returns its parsed output.
    private func runScript(files: [(path: String, contents: String)], base: String, input: [String: Any]) throws -> [String: Any] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hida-search-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for file in files where file.path.hasPrefix(base) {
            let url = folder.appendingPathComponent(String(file.path.dropFirst(base.count)))
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.contents.utf8).write(to: url)
        }
        let harness = folder.appendingPathComponent("harness.js")
        try Data(Self.harness.utf8).write(to: harness)
        let process = Process()
        process.executableURL = try node()
        process.arguments = [harness.path, try asset("search.js").path, folder.path]
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(try JSONSerialization.data(withJSONObject: input))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, errors)
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: output) as? [String: Any])
    }

    /// Words worth comparing: the fixture's, the stemmer tests' and, when present, the shared LOS labels and CommonMark spec.
    private func vocabulary(_ texts: [String]) -> [String] {
        var words: Set<String> = []
        for text in texts {
            SearchTokenizer.forEachWord(in: text) { words.insert($0.stemmerString) }
        }
        return words.sorted()
    }

    private func sharedText(_ path: String, limit: Int) -> String {
        let url = Self.packageRoot.deletingLastPathComponent().appendingPathComponent("shared").appendingPathComponent(path)
        guard let data = try? Data(contentsOf: url) else { return "" }
        return String(decoding: data.prefix(limit), as: UTF8.self)
    }

    func testScriptRanksAnEnglishIndexLikeSwift() throws {
        let documents = [
            SearchDocument(url: "/en/child-benefit/", title: "Child benefit", description: "Monthly support for children.",
                           body: "Apply for child benefit when the child is born.", topics: ["Family"], language: "en"),
            SearchDocument(url: "/en/applying/", title: "Applying for benefits", description: "How applications are handled.",
                           agency: "NAV", language: "en", isService: true),
            SearchDocument(url: "/en/tax-card/", title: "Tax deduction card", body: "Benefits are taxed.", language: "en"),
        ]
        let queries = ["benefit", "benefits ", "applic", "child benefits", "the", "taxes ", "tax card", "Family"]
        let files = SearchFixture.files(language: "en", documents: documents)
        let input: [String: Any] = ["queries": queries, "stems": [String: [String]](), "folds": [String](), "words": [String](), "stemmers": try stemmers(["en"])]
        let output = try runScript(files: files, base: "/search/en/", input: input)
        let query = try XCTUnwrap(SearchFixture.query(language: "en", documents: documents))
        let scripted = try XCTUnwrap(output["queries"] as? [[[Any]]])
        for (text, rows) in zip(queries, scripted) {
            let swift = query.results(for: text)
            XCTAssertEqual(rows.compactMap { $0.first as? String }, swift.map(\.url), "order for “\(text)”")
            for (row, hit) in zip(rows, swift) {
                XCTAssertEqual((row.last as? Double) ?? -1, hit.score, accuracy: 1e-9, "score of \(hit.url) for “\(text)”")
            }
        }
        XCTAssertFalse(query.results(for: "benefits ").isEmpty)
    }

    func testScriptMatchesSwiftOnWordsStemsAndRanking() throws {
        let queries = ["barnetrygd", "barnetrygd ", "barnetr", "søknaden ", "soknad", "forerkort", "skjaere ", "pappaperm",
                       "far ", "søknad barnetrygd ", "barnetrygd xyzzy ", "og i det ", "", "Søke OM Barnetrygd", "sok", "fo",
                       "hagearbeid trær", "kvote far", "BARNEHAGE", "a\u{30A}r"]
        let norwegian = vocabulary(SearchFixture.documents.map { [$0.title, $0.description, String(decoding: $0.body, as: UTF8.self)].joined(separator: " ") }
            + [sharedText("data/los/all.rdf", limit: 3_000_000)])
            + ["kontrollerte", "skapers", "kapers", "kammers", "boks", "tvers", "radius", "meldt", "operativt", "surdeig",
               "sikkerhetslov", "arbeidsmiljølov", "forutseielege", "frihetens", "yyy", "ersers", "s", "ers"]
        let english = vocabulary([sharedText("data/commonmark/spec.txt", limit: 400_000), sharedText("data/los/all.rdf", limit: 3_000_000)])
            + ["generously", "agreed", "proceed", "exceeds", "dying", "inning", "skies", "pasted", "geologist", "possibly",
               "hopefully", "electrical", "adoption", "controll", "sayings", "yyy", "dog's", "ies", "'s", "ayyy", "myyth"]
        let folds = norwegian + ["straße", "café", "þorn", "łódź", "aaaa", "œuvre", "москва"]
        let tokenized = ["ÆRE Øy Å blåbær, Crème brûlée", "a-melding (2024): 124 028 kr/år", "Ελλάδα Москва 東京", "naïve×2÷x", "ǅemal"]
        let input: [String: Any] = ["queries": queries, "stems": ["nb": norwegian, "en": english], "folds": folds, "words": tokenized,
                                    "stemmers": try stemmers(["nb", "en"])]
        let output = try runScript(files: SearchFixture.files(), base: "/search/nb/", input: input)

        let stems = try XCTUnwrap(output["stems"] as? [String: [String]])
        for (language, words) in [("nb", norwegian), ("en", english)] {
            let scripted = try XCTUnwrap(stems[language])
            XCTAssertEqual(scripted.count, words.count)
            var mismatches: [String] = []
            for (word, stem) in zip(words, scripted) {
                let swift = language == "en" ? EnglishStemmer.stem(word) : NorwegianStemmer.stem(word)
                if swift != stem { mismatches.append("\(word): swift \(swift), js \(stem)") }
            }
            XCTAssertEqual(mismatches, [], "\(language) stems differ (\(words.count) words compared)")
        }
        XCTAssertEqual(output["folds"] as? [String], folds.map { SearchFolding.fold($0) })
        XCTAssertEqual(output["words"] as? [[String]], tokenized.map { text in
            var words: [String] = []
            SearchTokenizer.forEachWord(in: text) { words.append($0.stemmerString) }
            return words
        })

        let query = try XCTUnwrap(SearchFixture.query())
        let scripted = try XCTUnwrap(output["queries"] as? [[[Any]]])
        for (text, rows) in zip(queries, scripted) {
            let swift = query.results(for: text)
            XCTAssertEqual(rows.compactMap { $0.first as? String }, swift.map(\.url), "order for “\(text)”")
            for (row, hit) in zip(rows, swift) {
                XCTAssertEqual((row.last as? Double) ?? -1, hit.score, accuracy: 1e-9, "score of \(hit.url) for “\(text)”")
            }
        }
    }
}
