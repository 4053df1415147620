#!/usr/bin/env bash
# Builds Hida and hida-bench in release mode, then times Hida against Hugo on generated corpora.
# Every swift build and every timed run holds /tmp/swift-build.lock, so that no other build
# on this 2-core machine runs during a measurement.
#
#   bash Benchmarks/hugo-compare.sh                 # 1 000 and 10 000 pages, 3 runs each, plus Markdown vs cmark
#   bash Benchmarks/hugo-compare.sh 1000 3          # one size, K runs
#   PAGES="1000 10000 100000" bash Benchmarks/hugo-compare.sh
set -euo pipefail
cd "$(dirname "$0")/.."

sizes="${1:-${PAGES:-1000 10000}}"
runs="${2:-3}"
lock=/tmp/swift-build.lock

if [ ! -f ../shared/tools/gen_corpus.py ]; then
    echo "hugo-compare: SKIPPED – ../shared/tools/gen_corpus.py is missing; nothing was measured"
    exit 0
fi

flock "$lock" swift build -c release --product hida
flock "$lock" swift build -c release --product hida-bench

# Pin a copy of the binary so that a rebuild in the package during a long run cannot change it.
pinned="$(mktemp -d)"
trap 'rm -rf "$pinned"' EXIT
cp .build/release/hida "$pinned/hida"
export HIDA_BENCH_HIDA="$pinned/hida"

echo "# $(date -u +%Y-%m-%dT%H:%MZ) $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- Sources || echo ' (+ uncommitted changes in Sources)')"
echo "# $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB"
for pages in $sizes; do
    flock "$lock" .build/release/hida-bench --pages "$pages" --runs "$runs" --hugo
done
flock "$lock" .build/release/hida-bench --markdown --runs "$runs"
