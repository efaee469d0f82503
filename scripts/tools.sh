#!/usr/bin/env bash
# Installs every tool the build and the tests need, and nothing that is already there.
# Idempotent: a second run only checks versions. Usage: scripts/tools.sh [build|test]
#   build: wasm32 target, trunk, wasm-bindgen-cli, wasm-opt (enough to build and serve)
#   test:  the above plus Chromium and ChromeDriver (browser tests)
set -euo pipefail
cd "$(dirname "$0")/.."

want="${1:-test}"
TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132.0.0

log() { printf '[tools, %ds] %s\n' "$SECONDS" "$*" >&2; }

# The wasm-bindgen CLI must equal the library version the lock file pins, or the
# generated glue does not match the wasm. Read it from Cargo.lock, not from memory.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

wbv="$(wasm_bindgen_version)"
if [ -z "$wbv" ]; then
  log "Cargo.lock names no wasm-bindgen; run 'cargo generate-lockfile' first"; exit 1
fi

# The installs run side by side: each cargo build has long single-core
# stretches (one big crate, the link) and apt waits on the network, so on two
# cores running them together saves minutes of a cold run. Each job's status
# is collected at the end; any failure fails the script.
jobs_started=()

if [ "$want" = test ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    log "installing chromium and chromium-driver"
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
    ( $SUDO apt-get update -qq &&
      DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null &&
      log "chromium installed" ) &
    jobs_started+=("$!:chromium")
  fi
fi

if ! trunk --version 2>/dev/null | grep -q "trunk $TRUNK_VERSION"; then
  log "installing trunk $TRUNK_VERSION"
  # Trunk's own release profile asks for fat LTO in one codegen unit: 11m52s on
  # a 2-core machine, against 6m44s without (adding opt-level = 1 gave 6m51s: no gain).
  # The build tool's speed at run time is not worth five minutes of every cold CI run.
  # No default features: no TLS stack and no update check. This project names
  # the exact tools in Trunk.toml and installs them here, so Trunk never
  # downloads anything, and it serves plain HTTP on localhost.
  ( CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
      cargo install trunk --version "$TRUNK_VERSION" --locked --no-default-features --quiet &&
    log "trunk installed" ) &
  jobs_started+=("$!:trunk")
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q " $wbv\$"; then
  log "installing wasm-bindgen-cli $wbv"
  # Its --locked install fails on this toolchain; the unlocked one works.
  # No default features: its TLS stack only serves remote WebDriver over HTTPS;
  # the test runner here talks to a local ChromeDriver over plain HTTP.
  ( cargo install wasm-bindgen-cli --version "$wbv" --no-default-features --quiet &&
    log "wasm-bindgen-cli installed" ) &
  jobs_started+=("$!:wasm-bindgen-cli")
fi

# Debian's binaryen (108) cannot read current wasm-bindgen output; npm ships a new one.
if ! wasm-opt --version 2>/dev/null | grep -q "version ${BINARYEN_VERSION%%.*}"; then
  log "installing binaryen $BINARYEN_VERSION (wasm-opt) from npm"
  npm install -g --prefix /usr/local "binaryen@$BINARYEN_VERSION"
fi

failed=""
for job in "${jobs_started[@]}"; do
  wait "${job%%:*}" || failed="$failed ${job#*:}"
done
if [ -n "$failed" ]; then
  log "could not install:$failed (its output is above)"; exit 1
fi
# pym.js (the build copies it into dist/demo/) and axe-core (the e2e tests), from npm.
bash scripts/web-deps.sh
log "all tools present"
