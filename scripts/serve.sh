#!/usr/bin/env bash
# Builds the app and serves it at http://127.0.0.1:8080 (rebuilds on change).
# Installs the build tools first if any is missing. Extra arguments go to trunk.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/tools.sh build
exec trunk serve index.html --address 127.0.0.1 --port "${PORT:-8080}" "$@"
