#!/usr/bin/env bash
# Times pathological inputs at 100 KB and 1 MB and checks that each 10x size costs at
# most ~10x time (15x allowed for noise) and that 1 MB takes under 1 s or, for inputs
# that turn every byte into a node, no more than 1.5x what cmark needs for the same input.
#
# Usage: Benchmarks/pathological.sh [HIDA]
#   HIDA  the hida binary, run as `hida markdown` (portal defaults) and `hida markdown --commonmark`;
#         default: builds this package's `hida` in release mode.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
binary="${1:-}"
if [[ -z "$binary" ]]; then
    (cd "$root" && flock /tmp/swift-build.lock swift build -c release --product hida >/dev/null)
    binary="$root/.build/release/hida"
fi
python3 - "$binary" <<'PY'
import subprocess, sys, time
binary = sys.argv[1]
patterns = {
    "nested block quotes": lambda n: ">" * n + " x\n",
    "nested bullets": lambda n: "- " * (n // 2) + "x\n",
    "sawtooth lists": lambda n: "".join("  " * (i % 100) + "- x\n" for i in range(n // 100)),
    "open brackets": lambda n: "[" * n,
    "close brackets": lambda n: "]" * n,
    "stars": lambda n: "*" * n,
    "alternating stars": lambda n: "*a " * (n // 3),
    "underscores": lambda n: "_a " * (n // 3),
    "mixed emphasis": lambda n: "*a _b " * (n // 6),
    "nested emphasis": lambda n: "*a " * (n // 6) + "b* " * (n // 6),
    "backticks": lambda n: "".join("`" * (i % 50 + 1) + "x" for i in range(n // 26)),
    "less than": lambda n: "<" * n,
    "unclosed comments": lambda n: "<!-- " * (n // 5),
    "unclosed tags": lambda n: '<a x="' * (n // 6),
    "nested links": lambda n: "[" * (n // 5) + "a" + "](b)" * (n // 5),
    "nested images": lambda n: "![" * (n // 6) + "a" + "](b)" * (n // 6),
    "link openers then links": lambda n: "[" * (n // 7) + "[a](b)" * (n // 7),
    "huge link reference definition": lambda n: "[a]: /" + "x" * n + "\n\n[a]",
    "many link reference definitions": lambda n: "".join(f"[l{i}]: /u{i}\n" for i in range(n // 14)) + "[l1]",
    "entities": lambda n: "&amp;&#x;&#123456789;" * (n // 21),
    "table columns": lambda n: "|" + "a|" * (n // 4) + "\n|" + "-|" * (n // 4) + "\n",
    "table rows": lambda n: "|a|b|\n|-|-|\n" + "|x|y|\n" * (n // 6),
    "www autolinks": lambda n: "www.a.b(" * (n // 8),
    "emails": lambda n: "a@" * (n // 2) + "b.c",
    "tildes": lambda n: "~~a " * (n // 4),
}
def run(command, data):
    start = time.perf_counter()
    subprocess.run(command, input=data, stdout=subprocess.DEVNULL, check=True, timeout=60)
    return time.perf_counter() - start
def best(command, data):
    return min(run(command, data) for _ in range(3))
failures = 0
print(f"{'pattern':34s} {'100 KB':>8s} {'1 MB':>8s} {'ratio':>6s} {'cmark 1 MB':>10s}")
for name, make in patterns.items():
    small, large = make(100_000).encode(), make(1_000_000).encode()
    cmark_large = best(["cmark"], large)
    for options in ([], ["--commonmark"]):
        t_small = best([binary, "markdown"] + options, small)
        t_large = best([binary, "markdown"] + options, large)
        ratio = t_large / t_small
        ok = ratio < 15 and (t_large < 1.0 or t_large < 1.5 * cmark_large)
        failures += not ok
        label = name + (" (cm)" if options else "")
        print(f"{label:34s} {t_small*1000:7.1f}ms {t_large*1000:7.1f}ms {ratio:6.1f} {cmark_large*1000:8.1f}ms"
              f" {'ok' if ok else 'SLOW'}", flush=True)
print("all linear" if failures == 0 else f"{failures} slow cases")
sys.exit(1 if failures else 0)
PY
