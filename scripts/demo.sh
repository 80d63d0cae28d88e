#!/usr/bin/env bash
# Install sitrep and run the main job on the bundled sample corpus into sitrep.db (SQLite),
# printing a summary of the events by type and place.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >/dev/null
# shellcheck disable=SC1091
. .venv/bin/activate
rm -f sitrep.db sitrep.db-wal sitrep.db-shm
sitrep run tests/corpus/articles --db sitrep.db
