#!/usr/bin/env bash
# Start a throw-away PostgreSQL server for the store tests, idempotently.
#
#   export SITREP_TEST_PG_URL="$(scripts/start-test-postgres.sh)"
#
# Needs the Debian package `postgresql` (apt-get install -y postgresql). The server
# listens on 127.0.0.1 only, keeps its data in a temporary directory, and runs as a
# non-root user (`postgres` when invoked as root). Stop it with:
#   pg_ctl -D "$SITREP_PG_DIR" stop     (as that user)
set -euo pipefail

PORT="${SITREP_PG_PORT:-5433}"
DATA="${SITREP_PG_DIR:-/tmp/sitrep-test-pg}"
DB="sitrep_test"
ROLE="sitrep"

BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [[ -z "$BIN" ]]; then
    echo "postgresql is not installed (apt-get install -y postgresql)" >&2
    exit 1
fi

as_owner() {
    if [[ "$(id -u)" == "0" ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

if [[ ! -f "$DATA/PG_VERSION" ]]; then
    mkdir -p "$DATA"
    if [[ "$(id -u)" == "0" ]]; then chown postgres:postgres "$DATA"; fi
    as_owner "$BIN/initdb" -D "$DATA" -A trust -U postgres --no-instructions >&2
fi

if ! as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
    as_owner "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w \
        -o "-k /tmp -h 127.0.0.1 -p $PORT" start >&2
fi

PSQL=("$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -qtA)
if [[ -z "$(as_owner "${PSQL[@]}" -c "SELECT 1 FROM pg_roles WHERE rolname='$ROLE'")" ]]; then
    as_owner "${PSQL[@]}" -c "CREATE ROLE $ROLE LOGIN CREATEDB" >&2
fi
if [[ -z "$(as_owner "${PSQL[@]}" -c "SELECT 1 FROM pg_database WHERE datname='$DB'")" ]]; then
    as_owner "${PSQL[@]}" -c "CREATE DATABASE $DB OWNER $ROLE" >&2
fi

echo "postgresql+psycopg://$ROLE@127.0.0.1:$PORT/$DB"
