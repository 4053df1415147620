/// The report's only stylesheet, `report.css`: system fonts, AA colours in light and dark mode, layout from 320 px.
enum ReportStylesheet {
    // Chart colours keep at least 3:1 against the page and text colours at least 4.5:1, in both schemes.
    static let css = """
    :root {
      color-scheme: light dark;
      --page: #ffffff;
      --surface: #f3f5f8;
      --text: #1b1d21;
      --muted: #4a5059;
      --link: #0b55a8;
      --focus: #b3541e;
      --rule: #c3c8d0;
      --bar-primary: #1f5fa8;
      --bar-stale: #b42318;
      --bar-warning: #8a4b00;
      --bar-track: #dfe3e8;
      --bar-track-edge: #6b7280;
      --stale-text: #a31f14;
    }

    @media (prefers-color-scheme: dark) {
      :root {
        --page: #121417;
        --surface: #1c2026;
        --text: #eceff3;
        --muted: #b8bec6;
        --link: #8cc2ff;
        --focus: #ffb870;
        --rule: #3b424c;
        --bar-primary: #6aa8ff;
        --bar-stale: #ff8a7a;
        --bar-warning: #f0b45a;
        --bar-track: #2e343c;
        --bar-track-edge: #8a939e;
        --stale-text: #ff9d90;
      }
    }

    *, *::before, *::after { box-sizing: border-box; }

    html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }

    body {
      margin: 0;
      background: var(--page);
      color: var(--text);
      font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
      font-size: 1rem;
      line-height: 1.5;
    }

    a { color: var(--link); text-underline-offset: 0.15em; }

    a:focus-visible, [tabindex]:focus-visible {
      outline: 3px solid var(--focus);
      outline-offset: 2px;
    }

    main:focus { outline: none; }

    code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 0.9em; overflow-wrap: anywhere; }

    .skip-link {
      position: absolute;
      left: 0.5rem;
      top: -3rem;
      padding: 0.5rem 1rem;
      background: var(--page);
      color: var(--link);
      border: 2px solid var(--link);
      z-index: 10;
    }

    .skip-link:focus { top: 0.5rem; }

    .site-header, .breadcrumbs, main, .site-footer {
      max-width: 78rem;
      margin: 0 auto;
      padding: 0 1rem;
    }

    .site-header { padding-top: 1rem; padding-bottom: 0.5rem; border-bottom: 1px solid var(--rule); }

    .site-name { margin: 0; font-weight: 700; }

    .portal-name { color: var(--muted); font-weight: 400; margin-left: 0.5rem; }

    .breadcrumbs ol { list-style: none; margin: 0.75rem 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem; }

    .breadcrumbs li + li::before { content: "›"; margin: 0 0.4rem 0 0.15rem; color: var(--muted); }

    /* Norwegian compounds ("tilgjengelighetserklæringen") are longer than a 320 px line. */
    h1, h2, h3, p, li, dd { overflow-wrap: break-word; hyphens: auto; }

    h1 { font-size: clamp(1.6rem, 5vw, 2.25rem); line-height: 1.2; margin: 1.25rem 0 0.5rem; overflow-wrap: anywhere; }

    h2 { font-size: 1.4rem; margin: 2.5rem 0 0.75rem; border-bottom: 1px solid var(--rule); padding-bottom: 0.25rem; }

    h3 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }

    .lead { font-size: 1.125rem; max-width: 48rem; }

    .contents { background: var(--surface); padding: 0.75rem 1rem; border-radius: 0.5rem; margin: 1.5rem 0; }

    .contents h2 { font-size: 1rem; margin: 0 0 0.25rem; border: 0; padding: 0; }

    .contents ul { margin: 0; padding-left: 1.25rem; columns: 14rem; }

    .key-figures {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr));
      gap: 0.75rem;
      margin: 0;
    }

    .key-figures div { background: var(--surface); border-radius: 0.5rem; padding: 0.75rem 1rem; }

    .key-figures dt { color: var(--muted); font-size: 0.9rem; overflow-wrap: anywhere; hyphens: auto; }

    .key-figures dd { margin: 0.15rem 0 0; font-size: 1.5rem; font-weight: 700; overflow-wrap: anywhere; }

    .key-figures dd code { font-size: 0.9rem; font-weight: 400; }

    .key-figures .figure-text { font-size: 1.1rem; font-weight: 600; }

    .figure-note { font-size: 1rem; font-weight: 400; color: var(--muted); }

    .chart-with-table { display: grid; gap: 1.5rem; grid-template-columns: minmax(0, 1fr); align-items: start; }

    @media (min-width: 64rem) {
      .chart-with-table { grid-template-columns: minmax(0, 2fr) minmax(0, 3fr); }
      .chart-with-table.stacked { grid-template-columns: minmax(0, 1fr); }
    }

    .chart-box { min-width: 0; }

    .chart { display: block; width: 100%; max-width: 32rem; height: auto; }

    .chart text { fill: var(--text); font-family: inherit; font-size: 15px; }

    .chart-axis { stroke: var(--muted); stroke-width: 1; }

    .bar-primary { fill: var(--bar-primary); background: var(--bar-primary); }

    .bar-stale { fill: var(--bar-stale); background: var(--bar-stale); }

    .bar-warning { fill: var(--bar-warning); background: var(--bar-warning); }

    .bar-track { fill: var(--bar-track); stroke: var(--bar-track-edge); stroke-width: 1; background: var(--bar-track); border: 1px solid var(--bar-track-edge); }

    .legend { list-style: none; display: flex; flex-wrap: wrap; gap: 0.5rem 1.25rem; padding: 0; margin: 0.5rem 0 0; }

    .swatch { display: inline-block; width: 1rem; height: 1rem; margin-right: 0.4rem; vertical-align: -0.15rem; border-radius: 2px; }

    .table-scroll { overflow-x: auto; max-width: 100%; margin: 0 0 1rem; }

    table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }

    /* Sticky so the caption stays readable while a wide table scrolls sideways. */
    caption { text-align: left; font-weight: 700; padding: 0 0 0.5rem; caption-side: top; position: sticky; left: 0; max-width: calc(100vw - 2rem); }

    th, td { text-align: left; vertical-align: top; padding: 0.45rem 0.6rem; border-bottom: 1px solid var(--rule); }

    thead th { background: var(--surface); border-bottom: 2px solid var(--muted); vertical-align: bottom; }

    tbody th { font-weight: 600; min-width: 10rem; }

    .numeric { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }

    thead th.numeric { white-space: normal; min-width: 4.5rem; }

    .page-url { color: var(--muted); font-weight: 400; }

    .cell-list { margin: 0; padding-left: 1rem; min-width: 12rem; }

    /* Paths in tables keep their width; the table scrolls instead of breaking them mid-word. */
    td code { overflow-wrap: normal; white-space: nowrap; }

    .flag-stale { color: var(--stale-text); font-weight: 700; }

    .empty { color: var(--muted); font-style: italic; }

    .sentences li { margin-bottom: 0.4rem; }

    .statement { border: 2px solid var(--rule); border-radius: 0.5rem; padding: 0.25rem 1rem 0.5rem; max-width: 48rem; }

    .site-footer { margin-top: 3rem; padding-top: 1rem; padding-bottom: 2rem; border-top: 1px solid var(--rule); color: var(--muted); }

    .site-footer a { color: var(--link); }

    @media print {
      .skip-link, .contents { display: none; }
      .table-scroll { overflow: visible; }
    }

    """
}
