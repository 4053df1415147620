#!/usr/bin/env bash
# Times `hida markdown` against cmark on one ~10 MB file of realistic pages and prints hida/cmark.
#
# Usage: Benchmarks/markdown-vs-cmark.sh [HIDA] [RUNS]
#   HIDA  the hida binary; default: builds this package's `hida` in release mode and uses
#         .build/release/hida.
#   RUNS  timed runs per program (default 10).
# The corpus: /work/shared/tools/gen_corpus.py (../shared relative to the package root) writes
# 2 200 pages; their .md files, front matter included, are concatenated into one file (~10.4 MB).
# Three programs run side by side in one hyperfine run: `cmark FILE`, `hida markdown FILE`
# (portal defaults: GFM tables, strikethrough and extended autolinks, raw HTML escaped, heading
# ids) and `hida markdown --commonmark FILE`. Timings hold /tmp/swift-build.lock, so no build of
# another checkout runs meanwhile.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="$root/../shared"
hida="${1:-}"
runs="${2:-10}"
pages=2200
lock=/tmp/swift-build.lock
if [[ -z "$hida" ]]; then
    (cd "$root" && flock "$lock" swift build -c release --product hida >/dev/null)
    hida="$root/.build/release/hida"
fi
cmark_bin="$(command -v cmark || true)"
if [[ -z "$cmark_bin" ]]; then
    echo "cmark not found; install it with: apt-get install -y cmark" >&2
    exit 1
fi
work="${TMPDIR:-/tmp}/hida-markdown-bench-$pages"
corpus="$work/corpus.md"
if [[ ! -s "$corpus" ]]; then
    rm -rf "$work" && mkdir -p "$work"
    python3 "$shared/tools/gen_corpus.py" --pages "$pages" --seed 1 --out "$work/Content" >/dev/null
    find "$work/Content" -name '*.md' -print0 | sort -z | xargs -0 cat > "$corpus.partial"
    mv "$corpus.partial" "$corpus"
fi
bytes=$(wc -c < "$corpus")
echo "corpus: $corpus ($bytes bytes)"
echo "hida:   $hida markdown FILE   (portal defaults: GFM extensions, raw HTML escaped, heading ids)"
echo "cmark:  $cmark_bin FILE   ($("$cmark_bin" --version | head -1))"

if "$hida" markdown --unsafe --commonmark "$corpus" | cmp -s - <("$cmark_bin" --unsafe "$corpus"); then
    echo "output: identical to cmark (hida markdown --unsafe --commonmark)"
else
    echo "output: differs from cmark (hida markdown --unsafe --commonmark)"
fi

if command -v hyperfine >/dev/null; then
    json="$work/hyperfine.json"
    flock "$lock" hyperfine -N --warmup 2 --runs "$runs" --export-json "$json" \
        -n cmark "$cmark_bin $corpus" \
        -n hida "$hida markdown $corpus" \
        -n "hida --commonmark" "$hida markdown --commonmark $corpus" >&2
    python3 - "$json" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
c = results["cmark"]["median"]
print(f"median  cmark {c*1000:.1f} ms")
for name in ("hida", "hida --commonmark"):
    h = results[name]["median"]
    print(f"median  {name} {h*1000:.1f} ms  ratio {name}/cmark {h/c:.2f} (target <= 1.0)")
PY
else
    best_of() {
        local best=999999
        for _ in $(seq "$runs"); do
            local start end t
            start=$(date +%s.%N)
            "$@" > /dev/null
            end=$(date +%s.%N)
            t=$(echo "$end - $start" | bc -l)
            if (( $(echo "$t < $best" | bc -l) )); then best=$t; fi
        done
        echo "$best"
    }
    exec 9>"$lock" && flock 9
    c=$(best_of "$cmark_bin" "$corpus")
    h=$(best_of "$hida" markdown "$corpus")
    m=$(best_of "$hida" markdown --commonmark "$corpus")
    printf "best    cmark %.1f ms\n" "$(echo "$c*1000" | bc -l)"
    printf "best    hida %.1f ms  ratio hida/cmark %.2f (target <= 1.0)\n" "$(echo "$h*1000" | bc -l)" "$(echo "$h/$c" | bc -l)"
    printf "best    hida --commonmark %.1f ms  ratio hida --commonmark/cmark %.2f\n" "$(echo "$m*1000" | bc -l)" "$(echo "$m/$c" | bc -l)"
fi
