#!/usr/bin/env bash
# Profiles one release build of a generated corpus and prints the top inclusive and self costs.
#
#   bash Benchmarks/profile.sh [PAGES] [perf|callgrind]      (defaults: 2000, perf)
#
# perf samples every thread at 200 Hz with DWARF call graphs (kernel time included, so file
# system costs show up); callgrind counts instructions exactly but runs ~50× slower and
# serialises the threads. The corpus is the one hida-bench caches under .build/bench-corpus/.
set -euo pipefail
cd "$(dirname "$0")/.."

pages="${1:-2000}"
tool="${2:-perf}"
lock=/tmp/swift-build.lock
corpus=".build/bench-corpus/pages-$pages-seed-7/Content"
out="$(mktemp -d /tmp/hida-profile.XXXXXX)"

flock "$lock" swift build -c release --product hida
flock "$lock" swift build -c release --product hida-bench
if [ ! -f "$corpus/portal.yaml" ]; then
    # A one-run benchmark generates and caches the corpus.
    flock "$lock" .build/release/hida-bench --pages "$pages" --runs 1 >/dev/null
fi
build=(.build/release/hida build --content "$corpus" --themes Themes --output "$out/site" --quiet --verbose)

demangle() { swift demangle --simplified; }
if [ "$tool" = callgrind ]; then
    flock "$lock" valgrind --tool=callgrind --dump-instr=no --callgrind-out-file="$out/callgrind.out" "${build[@]}"
    callgrind_annotate --inclusive=yes "$out/callgrind.out" | head -60 | demangle
    callgrind_annotate "$out/callgrind.out" | head -60 | demangle
else
    flock "$lock" perf record -F 200 --call-graph dwarf,32768 -o "$out/perf.data" -- "${build[@]}"
    echo "## inclusive (children), top 60"
    perf report -i "$out/perf.data" --children --sort symbol --stdio -g none 2>/dev/null | grep -v '^#' | grep -v '^$' | head -60 | demangle
    echo "## self, top 40"
    perf report -i "$out/perf.data" --no-children --sort symbol --stdio -g none 2>/dev/null | grep -v '^#' | grep -v '^$' | head -40 | demangle
    echo "## by library"
    perf report -i "$out/perf.data" --no-children --sort dso --stdio -g none 2>/dev/null | grep -v '^#' | grep -v '^$' | head -10
fi
echo "profile data kept in $out"
