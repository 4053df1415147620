#!/usr/bin/env python3
"""Runs the built portal's search in headless Chromium, as a visitor's browser does.

    python3 Benchmarks/search_check.py Site "barnetrygd" "soknad" "pappapermisjon" --page /sok/

Prints the number of results and the first URLs per query; exits 1 when a query finds nothing.
Uses the workplace's shared tools (../shared/tools/a11y.py) for the browser set-up.
"""
import argparse, os, sys, time, urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "shared", "tools"))
import a11y  # noqa: E402  (serve + make_driver)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("site")
    ap.add_argument("queries", nargs="+")
    ap.add_argument("--page", default="/sok/")
    args = ap.parse_args()
    server = a11y.serve(os.path.abspath(args.site)) if hasattr(a11y, "serve") else None
    port = server.server_address[1]
    driver = a11y.make_driver(30)
    failures = 0
    try:
        for query in args.queries:
            driver.get(f"http://127.0.0.1:{port}{args.page}?q={urllib.parse.quote(query)}")
            status, links = "", []
            for _ in range(50):
                time.sleep(0.1)
                status = driver.execute_script("return document.getElementById('search-status').textContent")
                links = driver.execute_script("return [...document.querySelectorAll('.search-result a')].map(a => a.getAttribute('href'))")
                if status:
                    break
            print(f'"{query}": {status!r} {" ".join(links[:5])}')
            if not links:
                failures += 1
    finally:
        driver.quit()
        server.shutdown()
    print(f"search: {len(args.queries) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
