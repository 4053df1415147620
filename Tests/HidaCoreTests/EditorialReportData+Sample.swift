@testable import HidaCore

extension EditorialReportData {
    /// A small made-up portal (three agencies, ten pages) for tests, the `report-sample` tool and screenshots.
    static var sample: EditorialReportData {
        let nav = sampleAgency(
            id: "nav", name: "Arbeids- og velferdsetaten (Nav)", organisationNumber: "889640782",
            conflicts: ["Barnetrygd oppgir beløpet for barn under 6 år som 1 766 kr, mens Skatteetatens side om fradrag oppgir 1 694 kr."],
            duplicates: ["«Dagpenger når du er permittert» ligner 91 % på Skatteetatens «Skatt på dagpenger»."],
            pages: [
                samplePage("nav", "familie/barnetrygd", "Barnetrygd", "2026-09-14", lix: 38.2, stale: false,
                           findings: ["conflicting-fact": 1], translations: ["nn", "en"]),
                samplePage("nav", "arbeid/dagpenger", "Dagpenger når du er permittert", "2024-02-01", lix: 52.7, stale: true,
                           findings: ["stale-content": 1, "near-duplicate": 1, "vague-link-text": 2, "image-alt": 1], translations: ["en"]),
                samplePage("nav", "helse/sykepenger", "Sykepenger", "2025-01-20", lix: 61.4, stale: true,
                           findings: ["stale-content": 1, "readability": 1, "table-header": 1, "file-link": 1], translations: []),
                samplePage("nav", "pensjon/alderspensjon", "Alderspensjon", "2026-06-02", lix: 44.0, stale: false,
                           findings: ["heading-skip": 1], translations: ["nn"]),
            ])
        let skatt = sampleAgency(
            id: "skatteetaten", name: "Skatteetaten", organisationNumber: "974761076",
            conflicts: ["Skatteetatens side om fradrag oppgir barnetrygden for barn under 6 år som 1 694 kr, mens Navs side oppgir 1 766 kr."],
            duplicates: ["«Skatt på dagpenger» ligner 91 % på Navs «Dagpenger når du er permittert»."],
            pages: [
                samplePage("skatteetaten", "skattemelding", "Skattemeldingen", "2026-03-10", lix: 41.5, stale: false,
                           findings: [:], translations: ["nn", "en"]),
                samplePage("skatteetaten", "fradrag/foreldrefradrag", "Foreldrefradrag", "2026-01-05", lix: 47.9, stale: false,
                           findings: ["conflicting-fact": 1, "image-alt": 2], translations: ["nn"]),
                samplePage("skatteetaten", "skatt-dagpenger", "Skatt på dagpenger", "2023-11-30", lix: 58.3, stale: true,
                           findings: ["stale-content": 1, "near-duplicate": 1, "body-h1": 1], translations: []),
            ])
        let vegvesen = sampleAgency(
            id: "vegvesen", name: "Statens vegvesen", organisationNumber: nil, conflicts: [], duplicates: [],
            pages: [
                samplePage("vegvesen", "forerkort/forste-forerkort", "Ta førerkort", "2026-10-01", lix: 29.1, stale: false,
                           findings: [:], translations: ["nn", "en"]),
                samplePage("vegvesen", "kjoretoy/eu-kontroll", "EU-kontroll", "2026-08-19", lix: 35.6, stale: false,
                           findings: ["file-link": 3], translations: ["en"]),
                samplePage("vegvesen", "bompenger", "Bompenger & ferjer", "2022-05-05", lix: nil, stale: true,
                           findings: ["stale-content": 1, "vague-link-text": 1], translations: []),
            ])
        let agencies = [nav, vegvesen, skatt].sorted { $0.name < $1.name }
        let pages = agencies.flatMap(\.pages)
        let worst = pages
            .filter { $0.errors + $0.warnings > 0 }
            .sorted { ($0.errors, $0.warnings, $0.title) > ($1.errors, $1.warnings, $1.title) }
        func count(_ rules: Set<String>) -> Int {
            pages.reduce(0) { sum, page in sum + page.findings.filter { rules.contains($0.key) }.values.reduce(0, +) }
        }
        return EditorialReportData(
            portalTitle: "Norge.no (prøveversjon)",
            date: "2026-11-29",
            languages: ["nb", "nn", "en"],
            totals: ReportTotals(
                pages: pages.count, agencies: agencies.count,
                errors: pages.reduce(0) { $0 + $1.errors }, warnings: pages.reduce(0) { $0 + $1.warnings },
                stalePages: pages.filter(\.isStale).count,
                conflicts: count(["conflicting-fact"]) / 2, duplicates: count(["near-duplicate"]) / 2,
                accessibilityFindings: count(Set(ReportVocabulary.accessibilityRules)),
                pagesPerLanguage: ["nb": pages.count, "nn": pages.filter { $0.translations.contains("nn") }.count,
                                   "en": pages.filter { $0.translations.contains("en") }.count]),
            agencies: agencies,
            worstPages: Array(worst.prefix(20)),
            sharedFacts: [
                SharedFactReport(key: "frister.skattemelding", value: "30. april",
                                 paths: ["Content/agencies/skatteetaten/skattemelding.md", "Content/agencies/nav/pensjon/alderspensjon.md"]),
                SharedFactReport(key: "satser.grunnbelop", value: "124 028 kr",
                                 paths: ["Content/agencies/nav/arbeid/dagpenger.md", "Content/agencies/nav/helse/sykepenger.md",
                                         "Content/agencies/nav/pensjon/alderspensjon.md"]),
            ])
    }

    /// An agency-and-page set whose names try to break out of HTML, SVG and JSON.
    static var hostileSample: EditorialReportData {
        var data = sample
        data.portalTitle = "Portal </title><script>alert(1)</script>"
        data.agencies[0].name = "<script>alert(\"x\")</script> & 'co'"
        data.agencies[0].id = "../<b>"
        data.agencies[0].conflicts.append("<img src=x onerror=alert(1)>")
        data.agencies[0].pages[0].title = "Side \"med\" <tegn> & \u{0001}kontroll"
        data.worstPages[0].agency = "../<b>"
        data.sharedFacts.append(SharedFactReport(key: "<k>", value: "</td><script>", paths: ["a&b.md"]))
        return data
    }

    private static func samplePage(_ agency: String, _ slug: String, _ title: String, _ updated: String, lix: Double?, stale: Bool,
                                   findings: [String: Int], translations: [String]) -> PageReport {
        let errors = findings["conflicting-fact"] ?? 0
        let warnings = findings.values.reduce(0, +) - errors
        let last = slug.split(separator: "/").last.map(String.init) ?? slug
        return PageReport(path: "Content/agencies/\(agency)/\(slug).md", title: title, url: "/\(last)/", agency: agency,
                          updated: updated, lix: lix, isStale: stale, errors: errors, warnings: warnings,
                          findings: findings, translations: translations)
    }

    private static func sampleAgency(id: String, name: String, organisationNumber: String?, conflicts: [String], duplicates: [String],
                                     pages: [PageReport]) -> AgencyReport {
        var translated: [String: Int] = ["nb": pages.count]
        for language in ["nn", "en"] { translated[language] = pages.filter { $0.translations.contains(language) }.count }
        var accessibility: [String: Int] = [:]
        for rule in ReportVocabulary.accessibilityRules {
            accessibility[rule] = pages.reduce(0) { $0 + ($1.findings[rule] ?? 0) }
        }
        return AgencyReport(id: id, name: name, organisationNumber: organisationNumber, url: "/etater/\(id)/",
                            pageCount: pages.count, stalePages: pages.filter(\.isStale).count, lix: pages.compactMap(\.lix),
                            translated: translated, accessibilityFindings: accessibility, conflicts: conflicts, duplicates: duplicates,
                            pages: pages.sorted { $0.title < $1.title })
    }
}
