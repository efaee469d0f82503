#!/usr/bin/env bash
# TempEval-3 Task A on the TBAQ training data, read in place from ../shared:
# strips the gold files to system inputs, tags them with `datelines timeml`,
# and prints te3score.py's table for TimeBank, AQUAINT and both.
# Usage: scripts/eval-tempeval.sh [OUT_DIR]   (default target/tempeval)
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${SHARED:-../shared}"
if [ ! -d "$shared/tempeval/tbaq" ]; then
  echo "eval-tempeval: $shared/tempeval/tbaq not found (it is beside the project on CI); nothing to do" >&2
  exit 0
fi
out="${1:-target/tempeval}"
rm -rf "$out" && mkdir -p "$out"
cargo build --release --locked --bin datelines -q
for corpus in TimeBank AQUAINT; do
  python3 "$shared/tools/te3strip.py" "$shared/tempeval/tbaq/$corpus" -o "$out/input/$corpus" >/dev/null
  mkdir -p "$out/system/$corpus"
  for f in "$out/input/$corpus"/*.TE3input; do
    target/release/datelines timeml "$f" > "$out/system/$corpus/$(basename "$f").tml"
  done
done
for corpus in TimeBank AQUAINT; do
  echo "== $corpus"
  python3 "$shared/tools/te3score.py" "$shared/tempeval/tbaq/$corpus" "$out/system/$corpus"
done
echo "== TimeBank + AQUAINT"
python3 "$shared/tools/te3score.py" "$shared/tempeval/tbaq" "$out/system"
