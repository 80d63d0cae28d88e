#!/usr/bin/env bash
# Install everything (venv, pinned packages, model, web assets, system packages) and run the
# whole test suite, lint and type checks. This is the README's test command and what CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/system-deps.sh
# shellcheck disable=SC1091
. .venv/bin/activate
if [ -z "${SITREP_TEST_PG_URL:-}" ] && [ -f scripts/start-test-postgres.sh ]; then
  if url=$(bash scripts/start-test-postgres.sh 2>/tmp/sitrep-pg.log | tail -n 1) && [ -n "$url" ]; then
    export SITREP_TEST_PG_URL="$url"
    echo "PostgreSQL test server: $SITREP_TEST_PG_URL"
  else
    echo "PostgreSQL not available (see /tmp/sitrep-pg.log): PostgreSQL store tests will skip"
  fi
fi
# Lint and type checks first; their failure fails the run, but the tests still run so
# one report shows everything.
checks=0
echo "== ruff"
ruff check src tests bench scripts || checks=1
ruff format --check src tests bench scripts || checks=1
echo "== mypy --strict"
mypy src || checks=1
echo "== pytest"
set +e
python -m pytest "$@"
status=$?
set -e
if [ "$status" -eq 5 ]; then
  echo "pytest collected no tests: failing on purpose" >&2
  exit 1
fi
if [ "$status" -eq 0 ] && [ "$checks" -ne 0 ]; then
  echo "tests passed but ruff or mypy failed (see above)" >&2
  exit 1
fi
exit "$status"
