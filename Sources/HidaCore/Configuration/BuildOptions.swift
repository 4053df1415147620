/// What the command line asked for; paths are as the user typed them (relative to the working folder).
public struct BuildOptions: Sendable, Equatable {
    public var contentDirectory: String = "Content"
    public var themesDirectory: String = "Themes"
    public var outputDirectory: String = "Site"
    /// Overrides `base_url` from `portal.yaml`, for previews and staging hosts.
    public var baseURL: String?
    public var includeDrafts: Bool = false
    /// The date that decides what is stale; fixed by tests so that output does not depend on the clock.
    public var today: ISODate?
    /// `build --keep-going`: publish the valid pages when some pages have errors (the exit code still reports them).
    public var keepGoing: Bool = false
    /// `check --agency <id>`: report only that agency's files, while still resolving links into the rest.
    public var agency: String?
    /// False for a command-line run, which exits as soon as it has printed its report: the portal and everything
    /// rendered from it are then kept until the process ends instead of being freed string by string on one core
    /// (a tenth of a second at 10 000 pages; clang's `-disable-free` does the same). `serve` and tests free as usual.
    public var freesModelAfterRun: Bool = true

    public init(
        contentDirectory: String = "Content",
        themesDirectory: String = "Themes",
        outputDirectory: String = "Site",
        baseURL: String? = nil,
        includeDrafts: Bool = false,
        today: ISODate? = nil
    ) {
        self.contentDirectory = contentDirectory
        self.themesDirectory = themesDirectory
        self.outputDirectory = outputDirectory
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
        self.today = today
    }
}
