#!/usr/bin/env bash
# Runs every test: native unit and integration tests, the release build, the
# end-to-end tests against it in headless Chromium, and the component tests in
# the browser. Installs whatever tool is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
# Each step says how far into the run it starts, so a slow stage shows in CI's log.
step() { printf '\n== %s (at %dm%02ds)\n' "$*" $((SECONDS / 60)) $((SECONDS % 60)); }

step "tools"
bash scripts/tools.sh test

export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"
# Chromium leaves ~20 MB per run in TMPDIR: keep it under target/ and start clean.
export TMPDIR="$PWD/target/tmp"
rm -rf "$TMPDIR" && mkdir -p "$TMPDIR"

step "native tests"
cargo test --locked

step "release build (dist/)"
trunk build index.html --release

step "end-to-end tests (dist/ under a strict CSP, headless Chromium)"
# A browser that hangs must not hold CI: the whole stage is capped.
timeout 1200 cargo test --locked --test e2e --test e2e_reader --test e2e_data --test e2e_embed --test e2e_timeline --test e2e_import --test e2e_files --test e2e_axis --test e2e_large -- --ignored --test-threads=2

step "component tests (wasm-bindgen-test, headless Chromium)"
cargo test --locked --target wasm32-unknown-unknown --test browser
step "all tests passed"
