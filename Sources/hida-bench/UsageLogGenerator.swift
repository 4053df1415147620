import Foundation

/// Writes a page-view log shaped like a real analytics export, for `hida-bench --usage`.
///
/// The portal has `pages` pages in nb (70 %), nn and en (15 % each), in topic clusters of 25. Sessions keep one
/// language and mostly one cluster, are 1 to 40 rows long (a few robots read 60–159 pages) and run
/// interleaved, `concurrentSessions` at a time, so a session's rows lie thousands of rows apart as in a log
/// ordered by time. URLs come as the analytics tools write them: bare paths, full portal URLs, paths without
/// the trailing slash, query strings and fragments, `index.html`, old alias paths, unknown paths, other hosts
/// and, rarely, quoted fields. Everything follows from the seed, so runs on different commits read the same bytes.
struct UsageLogGenerator {
    static let baseURL = "https://portal.example.no/"
    private static let origin = "https://portal.example.no"
    static let header = "session,url,time\n"

    var rows: Int
    var sessions: Int
    var pages = 10_000
    var seed: UInt64 = 7
    var rowsPerFile = 2_500_000
    var concurrentSessions = 20_000

    /// What the generated folder holds, besides the CSV files in `usage/`.
    struct Output {
        var pagePaths: [String]
        var aliases: [String: String]
        var files: [String]
        var bytes: Int
    }

    private struct Session {
        var id: UInt64
        var language: Int
        var cluster: Int
        var remaining: Int
        var robotCursor: Int?
    }

    private static let verbs = ["soke", "endre", "melde", "klage", "betale", "forny", "avslutte", "registrere",
                                "finne", "bestille", "sjekke", "overfore"]
    private static let nouns = ["barnetrygd", "skattekort", "foreldrepenger", "kontantstotte", "pass", "forerkort",
                                "bostotte", "dagpenger", "sykepenger", "pensjon", "studielan", "bostedsadresse",
                                "farskap", "ekteskap", "skilsmisse", "arv", "dodsfall", "gravferd", "barnehage",
                                "skoleplass", "oppholdstillatelse", "statsborgerskap", "d-nummer", "fodselsnummer",
                                "bankkonto", "mva", "enkeltpersonforetak", "aksjeselskap", "byggesak", "eiendomsskatt",
                                "kjoretoy", "eierskifte", "bompenger", "fiskekort", "jaktkort", "vaapenkort",
                                "tollkvote", "innforsel", "frivillighet", "tilskudd", "lonnsgaranti", "arbeidsavklaring",
                                "uforetrygd", "grunnstonad", "hjelpestonad", "omsorgslonn", "startlan", "husbanken",
                                "legevakt", "fastlege"]
    private static let englishNouns = ["child-benefit", "tax-card", "parental-benefit", "passport", "driving-licence",
                                       "housing-allowance", "unemployment-benefit", "sick-pay", "pension", "student-loan",
                                       "address-change", "marriage", "inheritance", "kindergarten", "residence-permit",
                                       "citizenship", "bank-account", "vat", "sole-proprietorship", "building-permit"]
    private static let englishVerbs = ["apply-for", "change", "report", "appeal", "pay", "renew", "find", "order", "check"]
    private static let searchWords = ["barnetrygd", "skatt", "pass", "permisjon", "bolig", "lan", "arbeid", "helse"]

    /// Writes `usage/page-views-NN.csv` into `folder` and returns the portal's paths; nil (after printing why) on an I/O error.
    func write(into folder: String) -> Output? {
        let portal = Self.portal(pages: pages)
        let usageFolder = folder + "/usage"
        try? FileManager.default.createDirectory(atPath: usageFolder, withIntermediateDirectories: true)
        var random = SeededRandom(seed: seed)
        var writer: BufferedFileWriter?
        var files: [String] = []
        var bytes = 0
        var pool: [Session] = []
        var sessionsStarted = 0
        var rowsAssigned = 0
        let meanLength = max(Double(rows) / Double(max(sessions, 1)), 1)

        func newSession() -> Session? {
            guard rowsAssigned < rows else { return nil }
            sessionsStarted += 1
            let roll = random.below(100)
            let language = roll < 80 ? 0 : roll < 88 ? 1 : 2
            let clusters = max(portal.byLanguage[language].count / 25, 1)
            var length = 1
            var cursor: Int?
            if random.below(2000) == 0 {
                length = 60 + random.below(100)
                cursor = random.below(portal.byLanguage[language].count)
            } else {
                // Geometric lengths with the asked-for mean, capped below the robot threshold.
                let continueChance = UInt64((1 - 1 / meanLength) * Double(UInt64.max >> 11)) << 11
                while length < 40, random.next() < continueChance { length += 1 }
            }
            length = min(length, rows - rowsAssigned)
            rowsAssigned += length
            return Session(id: Self.mix(UInt64(sessionsStarted) ^ seed << 40), language: language,
                           cluster: random.below(clusters) * 25, remaining: length, robotCursor: cursor)
        }

        while pool.count < concurrentSessions, let session = newSession() { pool.append(session) }
        var row = 0
        while !pool.isEmpty {
            if row % rowsPerFile == 0 {
                if let writer {
                    guard writer.close() else { return nil }
                    bytes += writer.bytesWritten
                }
                let path = usageFolder + "/page-views-" + (files.count + 1 < 10 ? "0" : "") + "\(files.count + 1).csv"
                guard let opened = BufferedFileWriter(path: path) else { return nil }
                writer = opened
                files.append(path)
                opened.append(Self.header)
            }
            guard let output = writer else { return nil }
            let slot = random.below(pool.count)
            output.appendHex(pool[slot].id)
            output.append(UInt8(ascii: ","))
            appendURL(for: &pool[slot], portal: portal, random: &random, into: output)
            output.append(UInt8(ascii: ","))
            output.appendTime(secondOfMonth: Int(Double(row) / Double(rows) * 30 * 86_400))
            output.append(UInt8(ascii: "\n"))
            row += 1
            pool[slot].remaining -= 1
            if pool[slot].remaining == 0 {
                if let next = newSession() {
                    pool[slot] = next
                } else {
                    pool.swapAt(slot, pool.count - 1)
                    pool.removeLast()
                }
            }
        }
        if let writer {
            guard writer.close() else { return nil }
            bytes += writer.bytesWritten
        }
        return Output(pagePaths: portal.paths, aliases: portal.aliases, files: files, bytes: bytes)
    }

    private func appendURL(for session: inout Session, portal: Portal, random: inout SeededRandom, into output: BufferedFileWriter) {
        let languagePages = portal.byLanguage[session.language]
        let root = ["/", "/nn/", "/en/"][session.language]
        let page: Int
        if var cursor = session.robotCursor {
            page = languagePages[cursor % languagePages.count]
            cursor += 1
            session.robotCursor = cursor
        } else {
            let roll = random.below(100)
            if roll < 6 {
                output.append(random.chance(50) ? root : Self.origin + root)
                return
            } else if roll < 9 {
                output.append("/gammel-side-\(random.below(3000))/")
                return
            } else if roll < 10 {
                output.append("https://www.nav.no/\(Self.nouns[random.below(Self.nouns.count)])")
                return
            } else if roll < 11 {
                let first = Self.searchWords[random.below(Self.searchWords.count)]
                // A query with a comma must be quoted in CSV, as exporters do.
                if random.chance(30) {
                    output.append("\"\(root)sok/?q=\(first),\(Self.searchWords[random.below(Self.searchWords.count)])\"")
                } else {
                    output.append("\(root)sok/?q=\(first)")
                }
                return
            } else if roll < 25 {
                page = languagePages[random.below(min(50, languagePages.count))]
            } else {
                let rank = min(random.below(25), random.below(25))
                page = languagePages[min(session.cluster + rank, languagePages.count - 1)]
            }
        }
        let path = portal.pathBytes[page]
        let variant = random.below(100)
        switch variant {
        case 0 ..< 52: output.append(path)
        case 52 ..< 67:
            output.append(Self.origin)
            output.append(path)
        case 67 ..< 75: output.append(path.dropLast())
        case 75 ..< 82:
            output.append(path)
            output.append(random.chance(50) ? "?utm_source=nyhetsbrev&utm_medium=epost" : "?side=\(1 + random.below(5))")
        case 82 ..< 85:
            output.append(Self.origin)
            output.append(path)
            output.append("#innhold")
        case 85 ..< 87: output.append(portal.aliasBytes[page] ?? path)
        case 87 ..< 88:
            output.append(path)
            output.append("index.html")
        case 88 ..< 89:
            output.append(UInt8(ascii: "\""))
            output.append(path)
            output.append(UInt8(ascii: "\""))
        default: output.append(path)
        }
    }

    /// The generated portal: its page paths by index and language, and old alias paths for some nb pages.
    private struct Portal {
        var paths: [String] = []
        var pathBytes: [[UInt8]] = []
        var aliasBytes: [Int: [UInt8]] = [:]
        var aliases: [String: String] = [:]
        var byLanguage: [[Int]] = [[], [], []]
    }

    private static func portal(pages: Int) -> Portal {
        var portal = Portal()
        let nb = max(pages * 70 / 100, 1)
        let nn = (pages - nb) / 2
        let en = pages - nb - nn
        func add(_ path: String, language: Int) {
            portal.byLanguage[language].append(portal.paths.count)
            portal.paths.append(path)
            portal.pathBytes.append(Array(path.utf8))
        }
        func slug(_ index: Int, verbs: [String], nouns: [String]) -> String {
            let combinations = verbs.count * nouns.count
            let base = "\(verbs[index % verbs.count])-\(nouns[(index / verbs.count) % nouns.count])"
            return index < combinations ? base : base + "-\(index / combinations + 1)"
        }
        for index in 0 ..< nb {
            add("/" + slug(index, verbs: verbs, nouns: nouns) + "/", language: 0)
            if index % 50 == 0 {
                let alias = "/gammel/\(nouns[(index / verbs.count) % nouns.count])-\(index)/"
                portal.aliases[alias] = portal.paths[index]
                portal.aliasBytes[index] = Array(alias.utf8)
            }
        }
        for index in 0 ..< nn { add("/nn/" + slug(index, verbs: verbs, nouns: nouns) + "/", language: 1) }
        for index in 0 ..< en { add("/en/" + slug(index, verbs: englishVerbs, nouns: englishNouns) + "/", language: 2) }
        for navigation in ["/", "/nn/", "/en/", "/sok/", "/nn/sok/", "/en/sok/"] { portal.paths.append(navigation) }
        return portal
    }

    /// A 64-bit finalizer, so session ids look random but follow from the session's number.
    private static func mix(_ value: UInt64) -> UInt64 {
        var mixed = value &+ 0x9E37_79B9_7F4A_7C15
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
