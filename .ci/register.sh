#!/usr/bin/env bash
# The register end to end, after the tests (needs .ci/register-db.sh sourced for PostgreSQL):
# serve on SQLite and on PostgreSQL, the API over a real socket, SIGTERM, the kill -9 crash test,
# two servers on one PostgreSQL. Loopback only; every loop bounded.
set -euo pipefail
bin=$1
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/.build/ci/register"
rm -rf "$out" && mkdir -p "$out"
echo "== register: end to end on SQLite"
python3 "$root/Tests/register/e2e.py" "$bin" "$out/sqlite" --sample "$root/Samples/claudia-wesley.planreis.xml"
echo "== register: a corrupt database is a clear error, not a crash"
mkdir -p "$out/corrupt" && head -c 8192 /dev/urandom >"$out/corrupt/register.sqlite"
if "$bin" users list --data "$out/corrupt" 2>"$out/corrupt.err"; then echo "corrupt database accepted" >&2; exit 1; fi
grep -q "beschadigd" "$out/corrupt.err" || { cat "$out/corrupt.err" >&2; exit 1; }
echo "== register: backup while in use, restore"
"$bin" register backup "$out/backup.sqlite" --data "$out/sqlite"
"$bin" register restore "$out/backup.sqlite" --data "$out/sqlite"
"$bin" users list --data "$out/sqlite" | grep -q crash-prof
if [ -n "${PLANREIS_E2E_POSTGRES_URL:-}" ]; then
    echo "== register: end to end on PostgreSQL, two servers on one database"
    python3 "$root/Tests/register/e2e.py" "$bin" "$out/postgres" --database "$PLANREIS_E2E_POSTGRES_URL" \
        --sample "$root/Samples/claudia-wesley.planreis.xml" --shared
    echo "== register: PostgreSQL backup (logical dump), restore into a new database and into SQLite"
    "$bin" register backup "$out/backup.dump" --database "$PLANREIS_E2E_POSTGRES_URL"
    restored="${PLANREIS_E2E_POSTGRES_URL/planreis_e2e/planreis_restored}"
    su postgres -s /bin/sh -c "psql -q -h '$PLANREIS_PG_DIR' -p $PLANREIS_PG_PORT -U postgres -d postgres -c 'CREATE DATABASE planreis_restored OWNER planreis'"
    "$bin" register restore "$out/backup.dump" --database "$restored"
    "$bin" users list --database "$restored" | grep -q crash-prof
    "$bin" register restore "$out/backup.dump" --data "$out/from-postgres"
    "$bin" users list --data "$out/from-postgres" | grep -q crash-prof
    if "$bin" register restore "$out/backup.dump" --database "$restored" 2>"$out/twice.err"; then
        echo "a restore into a non-empty register was accepted" >&2; exit 1
    fi
    su postgres -s /bin/sh -c "$PLANREIS_PG_BIN/pg_ctl -D '$PLANREIS_PG_DIR/data' -m fast stop >/dev/null" || true
elif [ -n "${CI:-}" ]; then
    echo "CI is set but PLANREIS_E2E_POSTGRES_URL is not: source .ci/register-db.sh before the tests" >&2
    exit 1
fi
