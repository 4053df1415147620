/// The checks that look at the content as a whole rather than one file: what editors need to see.
enum EditorialChecks {
    static func run(_ portal: Portal, options: BuildOptions) -> [Diagnostic] {
        JourneyCompleteness.suggestions(portal)
    }
}
