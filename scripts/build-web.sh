#!/usr/bin/env bash
# Fetch the web page's map library (Leaflet) and the boundaries (Natural Earth, from npm
# packages) at install time into gitignored folders. Needs node and npm.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v npm >/dev/null 2>&1; then
  echo "build-web: npm not found; the web page and map images need it (apt-get install nodejs npm)" >&2
  exit 1
fi
.venv/bin/python -m sitrep.serve.web.build
