# Sourced by .ci/run before `swift test`: installs PostgreSQL when missing, starts a throwaway
# cluster on a free local port (127.0.0.1 only, as the postgres user), creates a database and a
# user, and exports PLANREIS_TEST_POSTGRES_URL so the register suite runs against PostgreSQL too.
# The cluster is stopped when .ci/run exits, whether it passed or failed (and earlier by
# .ci/register.sh once its end-to-end checks are done).
register_db_setup() {
    local pgbin
    pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
    if [ -z "$pgbin" ] || [ ! -x "$pgbin/initdb" ]; then
        echo "== installing postgresql"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
        pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
    fi
    # Debian's package may start its own cluster on 5432; ours is separate and on a free port.
    PLANREIS_PG_DIR=$(mktemp -d /tmp/planreis-pg.XXXXXX)
    chown postgres "$PLANREIS_PG_DIR"
    PLANREIS_PG_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
    su postgres -s /bin/sh -c "$pgbin/initdb -D '$PLANREIS_PG_DIR/data' -U postgres --auth-local=trust --auth-host=scram-sha-256 >'$PLANREIS_PG_DIR/initdb.log'"
    su postgres -s /bin/sh -c "$pgbin/pg_ctl -D '$PLANREIS_PG_DIR/data' -l '$PLANREIS_PG_DIR/server.log' -w \
        -o \"-c listen_addresses=127.0.0.1 -p $PLANREIS_PG_PORT -k '$PLANREIS_PG_DIR' -c max_connections=200 -c fsync=on\" start >/dev/null"
    su postgres -s /bin/sh -c "psql -q -h '$PLANREIS_PG_DIR' -p $PLANREIS_PG_PORT -U postgres -d postgres \
        -c \"CREATE ROLE planreis LOGIN PASSWORD 'planreis-ci'\" -c 'CREATE DATABASE planreis_test OWNER planreis' \
        -c 'CREATE DATABASE planreis_e2e OWNER planreis'"
    export PLANREIS_PG_DIR PLANREIS_PG_PORT PLANREIS_PG_BIN="$pgbin"
    export PLANREIS_TEST_POSTGRES_URL="postgres://planreis:planreis-ci@127.0.0.1:$PLANREIS_PG_PORT/planreis_test?tlsmode=disable"
    export PLANREIS_E2E_POSTGRES_URL="postgres://planreis:planreis-ci@127.0.0.1:$PLANREIS_PG_PORT/planreis_e2e?tlsmode=disable"
    echo "== PostgreSQL for the register suite on 127.0.0.1:$PLANREIS_PG_PORT"
    trap register_db_stop EXIT
}
register_db_stop() {
    su postgres -s /bin/sh -c "$PLANREIS_PG_BIN/pg_ctl -D '$PLANREIS_PG_DIR/data' -m fast stop >/dev/null 2>&1" || true
}
register_db_setup
