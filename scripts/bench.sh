#!/usr/bin/env bash
# Runs ../shared/bench (TimelineJS3, vis-timeline, floor and Datelines on the
# same TimelineJS JSON, in one Chromium) against a fresh release build, from a
# copy under target/ so that ../shared stays untouched. Extra arguments go to
# the harness, e.g. `scripts/bench.sh --runs 1 --nav 5 --contenders floor,ours`.
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${SHARED:-../shared}"
[ -d "$shared/bench" ] || { echo "bench: $shared/bench not found" >&2; exit 1; }
bash scripts/tools.sh test
trunk build index.html --release
work="target/bench-work"
mkdir -p "$work"
(cd "$shared/bench" && tar --exclude=./node_modules --exclude=./.tmp --exclude=./results -cf - .) | (cd "$work" && tar -xf -)
OURS_DIST="$PWD/dist" bash "$work/run.sh" --out "$PWD/target/bench-results" "$@"
echo "results: target/bench-results/results.md"
