/// The `--help` texts; kept beside the commands so that they stay true.
enum Help {
    static let version = "hida 0.1.0"

    static let overview = """
    hida – builds one public portal from the Markdown files many agencies contribute.

    Usage:
      hida build   [--content DIR] [--themes DIR] [--output DIR] [--base-url URL] [--drafts] [--keep-going] [--quiet] [--verbose]
      hida check   [--content DIR] [--themes DIR] [--format text|json] [--strict] [--agency ID] [--drafts]
      hida report  [--output DIR] [--content DIR] [--themes DIR]   the editorial dashboard (default: Report/)
      hida serve   [--port N] [build options]   build, serve on 127.0.0.1, rebuild on change
      hida new     page|journey|agency ...      scaffold a valid file
      hida markdown [--unsafe] [--commonmark] [FILE]
      hida --help | --version

    Run "hida <command> --help" for the options of one command.
    Exit codes: 0 success, 1 content errors, 2 usage errors, 3 internal or I/O failure.
    """

    static let build = """
    hida build – build the portal from Content/ into Site/.

    Options:
      --content DIR    the content folder (default: Content)
      --themes DIR     the themes folder (default: Themes)
      --output DIR     where the site is written (default: Site); replaced only when the build succeeds
      --base-url URL   the public address, overriding base_url in portal.yaml
      --drafts         include pages marked draft: true
      --keep-going     publish every valid page even when some pages have errors (they are left out;
                       the exit code still says something was wrong)
      --quiet          print errors and the summary only
      --verbose        also print information and the time of each phase
    """

    static let check = """
    hida check – check all content without writing anything.

    Options:
      --content DIR    the content folder (default: Content)
      --themes DIR     the themes folder (default: Themes)
      --format FORMAT  text (default) or json: one JSON object per diagnostic and line
      --strict         treat warnings as errors
      --agency ID      report only the files of one agency (links into the rest are still resolved)
      --drafts         also check pages marked draft: true as if published
    """

    static let report = """
    hida report – run every check and write the editorial dashboard: per agency pages, stale share,
    readability (LIX), translations, content-accessibility findings, conflicts and duplicates;
    the worst pages to fix first; the same data as report.json.

    Options:
      --output DIR     where the report is written (default: Report); replaced as a whole
      --content DIR    the content folder (default: Content)
      --themes DIR     the themes folder (default: Themes)
    """

    static let serve = """
    hida serve – build, serve the site on http://127.0.0.1:PORT/ and rebuild when Content/ or Themes/ change.

    Options:
      --port N         the port (default: 8080)
      and every option of hida build
    """

    static let new = """
    hida new – scaffold a file that passes hida check.

      hida new page <agency> <slug> [--title TITLE] [--topic TOPIC]
      hida new journey <id> [--title TITLE]
      hida new agency <id> [--name NAME] [--org-number NUMBER]

    Options:
      --content DIR    the content folder (default: Content)
    """

    static let markdown = """
    hida markdown – render Markdown to HTML on stdout (reads stdin without FILE).

    Options:
      --unsafe         let raw HTML and any link destination through, as trusted
      --commonmark     plain CommonMark: turn the GFM extensions and heading ids off
    """
}
