#!/usr/bin/env bash
# Register benchmarks on loopback (figures for the notes, not a test): wrk against
# GET /journeys/{id}, …/analysis, …/timeline.svg of the Claudia & Wesley sample, then 50
# concurrent editors on different cases. Usage: bench.sh BIN [--database URL] (SQLite without;
# PostgreSQL needs an empty database, e.g. `createdb planreis_bench`). Build BIN in release:
#   nice -n 15 swift build -c release --scratch-path .build-release --product planreis
# The load average before each run is printed beside it (the machine may be shared).
set -euo pipefail
bin=$1; shift
root=$(cd "$(dirname "$0")/../.." && pwd)
data=$(mktemp -d /tmp/planreis-bench.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
echo 'correct horse battery' | "$bin" users add bench --role professional --password-stdin --data "$data" "$@" >/dev/null
"$bin" serve --data "$data" --port "$port" --log-level error "$@" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
login=$(curl -si -H 'Content-Type: application/json' -d '{"user":"bench","password":"correct horse battery"}' "http://127.0.0.1:$port/api/v1/session")
cookie=$(printf '%s' "$login" | grep -i '^set-cookie:' | sed 's/^[^:]*: //; s/;.*//')
csrf=$(printf '%s' "$login" | sed -n 's/.*"csrfToken": *"\([0-9a-f]*\)".*/\1/p')
id=$(curl -s -b "$cookie" -H "X-CSRF-Token: $csrf" -H "Origin: http://127.0.0.1:$port" -H 'Content-Type: application/xml' \
    --data-binary @"$root/Samples/claudia-wesley.planreis.xml" "http://127.0.0.1:$port/api/v1/journeys" | sed -n 's/.*"id": *"\([0-9a-f]*\)".*/\1/p')
for path in "" /analysis /timeline.svg; do
    echo "== GET /api/v1/journeys/{id}$path (load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
    wrk -t2 -c${CONNECTIONS:-32} -d${SECONDS_PER_RUN:-10}s --latency -H "Cookie: $cookie" "http://127.0.0.1:$port/api/v1/journeys/$id$path" \
        | grep -E 'Requests/sec|99%|Non-2xx|Socket errors'
done
echo "== 50 editors on different cases (load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
python3 "$root/Tests/register/bench_writes.py" "$port" bench 'correct horse battery' --seconds "${SECONDS_PER_RUN:-10}"
