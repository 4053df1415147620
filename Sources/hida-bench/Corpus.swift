import Foundation

/// A generated portal (Hida's `Content/`) and the same texts as a Hugo site, cached by size and seed.
struct Corpus {
    var pageCount: Int
    var root: String
    var content: String { root + "/Content" }
    var hugoSite: String { root + "/hugo" }

    /// Reuses `.build/bench-corpus/pages-N-seed-S/` when a previous run finished it, otherwise runs gen_corpus.py.
    static func prepare(pages: Int, seed: Int, toolbox: Toolbox, generator: String) -> Corpus? {
        let root = "\(toolbox.packageRoot)/.build/bench-corpus/pages-\(pages)-seed-\(seed)"
        let corpus = Corpus(pageCount: pages, root: root)
        let marker = root + "/.complete"
        if FileManager.default.fileExists(atPath: marker) {
            printError("hida-bench: reusing the corpus in \(root)")
            return corpus
        }
        try? FileManager.default.removeItem(atPath: root)
        try? FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        printError("hida-bench: generating \(pages) pages into \(root) …")
        guard let python = Toolbox.which("python3"),
              let run = ChildProcess.run(python, [generator, "--pages", "\(pages)", "--seed", "\(seed)",
                                                  "--out", corpus.content, "--hugo", corpus.hugoSite],
                                         stderrPath: root + "/gen_corpus.log"),
              run.exitStatus == 0 else {
            printError("hida-bench: gen_corpus.py failed; see \(root)/gen_corpus.log")
            return nil
        }
        _ = FileManager.default.createFile(atPath: marker, contents: Data())
        return corpus
    }

    /// Reads every file of the corpus, both generators' copies, so that no timed build pays for a cold page cache
    /// while others do not (at 100 000 pages the corpus is over a gigabyte in some 200 000 files).
    func warmPageCache() {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        for folder in [content, hugoSite] {
            FilesUnderFolder.forEachOpened(under: folder) { descriptor in
                while buffer.withUnsafeMutableBytes({ read(descriptor, $0.baseAddress, $0.count) }) > 0 {}
            }
        }
    }

    /// The Markdown bodies of the corpus's pages (front matter removed), repeated until about `bytes` long.
    func concatenatedMarkdown(bytes: Int) -> [UInt8] {
        let fileManager = FileManager.default
        var files: [String] = []
        if let walker = fileManager.enumerator(atPath: content + "/agencies") {
            for case let relative as String in walker where relative.hasSuffix(".md") && !relative.hasSuffix("_agency.md") {
                files.append(content + "/agencies/" + relative)
            }
        }
        files.sort()
        var bodies: [[UInt8]] = []
        for file in files {
            guard let data = fileManager.contents(atPath: file) else { continue }
            bodies.append(Corpus.stripFrontMatter([UInt8](data)))
        }
        guard !bodies.isEmpty else { return [] }
        var output: [UInt8] = []
        output.reserveCapacity(bytes + 65536)
        var index = 0
        while output.count < bytes {
            output += bodies[index % bodies.count]
            output.append(UInt8(ascii: "\n"))
            index += 1
        }
        return output
    }

    /// Drops a leading `---` … `---` block so the remaining text is plain Markdown.
    static func stripFrontMatter(_ bytes: [UInt8]) -> [UInt8] {
        let fence: [UInt8] = Array("---\n".utf8)
        guard bytes.starts(with: fence) else { return bytes }
        var lineStart = fence.count
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            if bytes[lineStart..<lineEnd].elementsEqual("---".utf8) {
                return Array(bytes[min(lineEnd + 1, bytes.count)...])
            }
            lineStart = lineEnd + 1
        }
        return bytes
    }
}
