#!/usr/bin/env bash
# Times the Markdown engine against cmark on a ~10 MB corpus and prints hida/cmark.
#
# Usage: Benchmarks/markdown-vs-cmark.sh [BINARY] [RUNS]
#   BINARY  a markdown-cli (or `hida markdown`-compatible) binary; default: builds
#           this package in release mode and uses .build/release/markdown-cli.
#   RUNS    timed runs per tool (default 10).
# The corpus comes from /work/shared/tools/gen_corpus.py (../shared relative to the
# package root), concatenated into one file; front matter is left in, as text.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="$root/../shared"
binary="${1:-}"
runs="${2:-10}"
if [[ -z "$binary" ]]; then
    (cd "$root" && flock /tmp/swift-build.lock swift build -c release >/dev/null)
    binary="$root/.build/release/markdown-cli"
fi
cmark_bin="$(command -v cmark || true)"
if [[ -z "$cmark_bin" ]]; then
    echo "cmark not found; install it with: apt-get install -y cmark" >&2
    exit 1
fi
work="${TMPDIR:-/tmp}/hida-markdown-bench"
corpus="$work/corpus.md"
if [[ ! -s "$corpus" ]]; then
    rm -rf "$work" && mkdir -p "$work"
    python3 "$shared/tools/gen_corpus.py" --pages 2000 --seed 1 --out "$work/Content" >/dev/null
    find "$work/Content" -name '*.md' -print0 | sort -z | xargs -0 cat > "$corpus"
fi
bytes=$(wc -c < "$corpus")
echo "corpus: $corpus ($bytes bytes)"
echo "hida:   $binary FILE   (portal defaults: GFM extensions, raw HTML escaped, heading ids)"
echo "cmark:  $cmark_bin FILE   ($("$cmark_bin" --version | head -1))"

if "$binary" --unsafe --commonmark "$corpus" | cmp -s - <("$cmark_bin" --unsafe "$corpus"); then
    echo "output: identical to cmark (--commonmark)"
else
    echo "output: differs from cmark (--commonmark)"
fi

if command -v hyperfine >/dev/null; then
    json="$work/hyperfine.json"
    hyperfine --warmup 2 --runs "$runs" --export-json "$json" \
        -n hida "$binary $corpus" -n cmark "$cmark_bin $corpus" >&2
    python3 - "$json" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
h, c = results["hida"]["median"], results["cmark"]["median"]
print(f"median  hida {h*1000:.1f} ms  cmark {c*1000:.1f} ms  ratio hida/cmark {h/c:.2f}")
PY
else
    time_runs() {
        local best=999999 total=0
        for _ in $(seq "$runs"); do
            local start end
            start=$(date +%s.%N)
            "$@" > /dev/null
            end=$(date +%s.%N)
            local t; t=$(echo "$end - $start" | bc -l)
            total=$(echo "$total + $t" | bc -l)
            if (( $(echo "$t < $best" | bc -l) )); then best=$t; fi
        done
        echo "$best"
    }
    h=$(time_runs "$binary" "$corpus")
    c=$(time_runs "$cmark_bin" "$corpus")
    printf "best    hida %.1f ms  cmark %.1f ms  ratio hida/cmark %.2f\n" \
        "$(echo "$h*1000" | bc -l)" "$(echo "$c*1000" | bc -l)" "$(echo "$h/$c" | bc -l)"
fi
