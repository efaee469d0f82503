#!/usr/bin/env bash
# Browser-side files from npm, pinned by package.json and package-lock.json
# and never committed: pym.js for the demo news page (copied into the build's
# demo/), axe-core for the end-to-end tests. Installs them when missing.
# As Trunk's post_build hook it copies into $TRUNK_STAGING_DIR; by hand,
# `scripts/web-deps.sh` only installs.
set -euo pipefail
cd "$(dirname "$0")/.."

PYM=node_modules/pym.js/dist/pym.v1.min.js
AXE=node_modules/axe-core/axe.min.js
if [ ! -f "$PYM" ] || [ ! -f "$AXE" ]; then
  if ! command -v npm >/dev/null; then
    echo "web-deps: npm is needed to install pym.js and axe-core (package.json); install Node.js" >&2
    exit 1
  fi
  echo "web-deps: npm ci (pym.js, axe-core)" >&2
  npm ci --no-audit --no-fund >/dev/null
fi
if [ -n "${TRUNK_STAGING_DIR:-}" ]; then
  mkdir -p "$TRUNK_STAGING_DIR/demo"
  cp "$PYM" "$TRUNK_STAGING_DIR/demo/pym.v1.min.js"
fi
