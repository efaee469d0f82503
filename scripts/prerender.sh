#!/usr/bin/env bash
# Trunk's post_build hook (Trunk.toml): writes the prerendered pages into the
# build Trunk is staging, so that every way of building (`trunk build`,
# `trunk serve`, scripts/serve.sh, CI) gives the same pages. The native
# prerender binary runs the tagger at build time; the wasm never links it.
set -euo pipefail
cd "$(dirname "$0")/.."
dist="${TRUNK_STAGING_DIR:?prerender.sh runs as the post_build hook of Trunk, which sets TRUNK_STAGING_DIR}"
# The dev profile reuses what `cargo test` already built; the work is small.
cargo run --locked --quiet --bin prerender -- "$dist"
