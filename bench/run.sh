#!/usr/bin/env bash
# `make bench`: measures a release `tanggap` on this machine next to nginx serving a small static
# file and a plain SQLite insert loop with the same durability, all in ONE run so the ratios mean
# something on a noisy machine, and writes docs/PERFORMANCE.md.
#
# Usage: bench/run.sh path/to/tanggap [output.md]
# Environment: BENCH_DURATION (wrk -d, default 10s), BENCH_WARMUP (default 2s),
#              BENCH_CONNECTIONS (default 64), BENCH_SQLITE_SECONDS (per mode, default 5),
#              BENCH_QUERY_SIZES (complaints generated for the inbox and dashboard, ascending,
#              default "1000000 10000000"; "10000" for a quick development run).
# Needs: wrk, nginx, psql and PostgreSQL 15 (scripts/pg-test-cluster), and the bench targets
# built beside the binary.
set -euo pipefail

BIN=${1:?usage: bench/run.sh path/to/tanggap [output.md]}
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
OUT=${2:-$ROOT/docs/PERFORMANCE.md}
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
BUILD_DIR=$(cd "$(dirname "$BIN")/../.." && pwd)
SQLITE_BASELINE=$BUILD_DIR/bench/sqlite_baseline
DEADLINE_BENCH=$BUILD_DIR/bench/deadline_bench
OUTBOX_BENCH=$BUILD_DIR/bench/outbox_bench
QUERY_SCALE_BENCH=$BUILD_DIR/bench/query_scale_bench
PG_CLUSTER=$ROOT/scripts/pg-test-cluster

DURATION=${BENCH_DURATION:-10s}
WARMUP=${BENCH_WARMUP:-2s}
CONNECTIONS=${BENCH_CONNECTIONS:-64}
SQLITE_SECONDS=${BENCH_SQLITE_SECONDS:-5}
THREADS=2

for tool in wrk nginx psql; do
    command -v "$tool" >/dev/null || { echo "bench: $tool is not installed" >&2; exit 1; }
done
[[ -x $BIN ]] || { echo "bench: no server binary at $BIN" >&2; exit 1; }
[[ -x $SQLITE_BASELINE ]] || { echo "bench: build the sqlite_baseline target ($SQLITE_BASELINE)" >&2; exit 1; }
[[ -x $DEADLINE_BENCH ]] || { echo "bench: build the deadline_bench target ($DEADLINE_BENCH)" >&2; exit 1; }
[[ -x $OUTBOX_BENCH ]] || { echo "bench: build the outbox_bench target ($OUTBOX_BENCH)" >&2; exit 1; }
[[ -x $QUERY_SCALE_BENCH ]] || { echo "bench: build the query_scale_bench target ($QUERY_SCALE_BENCH)" >&2; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/tanggap-bench.XXXXXX")
chmod 755 "$WORK"  # nginx workers run as an unprivileged user when started by root
NGINX_PID=""
SERVER_PIDS=()  # servers still running
PG_STATE=""     # set once the private PostgreSQL cluster runs
cleanup() {
    set +e
    [[ -n $NGINX_PID ]] && kill "$NGINX_PID" 2>/dev/null && wait "$NGINX_PID" 2>/dev/null
    for pid in "${SERVER_PIDS[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; done
    [[ -n $PG_STATE ]] && "$PG_CLUSTER" stop "$PG_STATE" >&2
    if [[ -n ${BENCH_KEEP:-} ]]; then echo "bench: kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

log() { echo "bench: $*" >&2; }

# A TCP port nobody listens on (bash /dev/tcp, so no extra tools).
free_port() {
    local port
    for port in $(seq 18300 18999); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    echo "bench: no free port" >&2
    exit 1
}

wait_for_port() {  # port seconds
    local deadline=$((SECONDS + $2))
    until (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; do
        ((SECONDS < deadline)) || { log "nothing listens on $1 after $2 s"; return 1; }
        sleep 0.1
    done
}

# GET over bash /dev/tcp (HTTP/1.0, so the server closes); prints the body.
http_get() {  # port path
    exec 3<>"/dev/tcp/127.0.0.1/$1"
    printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' "$2" >&3
    sed '1,/^\r$/d' <&3
    exec 3<&-
}

# wrk's latency figures (e.g. 812.00us, 1.23ms, 2.01s) in milliseconds.
to_ms() {
    awk -v v="$1" 'BEGIN {
        if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v / 1000 }
        else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v }
        else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.2f", v * 1000 }
        else printf "?" }'
}

# Reads a wrk --latency report into RPS, P50, P99, TOTAL, NON2XX, SOCKET_ERRORS.
parse_wrk() {
    local file=$1
    RPS=$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' "$file")
    P50=$(to_ms "$(awk '$1 == "50%" {print $2}' "$file")")
    P99=$(to_ms "$(awk '$1 == "99%" {print $2}' "$file")")
    TOTAL=$(awk '/requests in/ {print $1}' "$file")
    NON2XX=$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$file")
    NON2XX=${NON2XX:-0}
    SOCKET_ERRORS=$(awk -F'Socket errors: ' '/Socket errors:/ {print $2}' "$file")
    SOCKET_ERRORS=${SOCKET_ERRORS:-none}
}

warm_up() {  # name url [wrk args...]
    local name=$1 url=$2
    shift 2
    log "$name: warm-up $WARMUP"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$url" "$@" >/dev/null
}

measure() {  # name url [wrk args...]; the report goes to $WORK/name.txt
    local name=$1 url=$2
    shift 2
    log "$name: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency $url $*"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$url" "$@" | tee "$WORK/$name.txt" >&2
}

# Sum of the complaints-by-status gauge for one status, from /metrics.
complaints_with_status() {  # port status
    http_get "$1" /metrics | awk -v label="status=\"$2\"" '
        $0 !~ /^#/ { split($1, name, "{") }
        $0 !~ /^#/ && name[1] ~ /complaints/ && index($1, label) { sum += $NF; found = 1 }
        END { if (found) printf "%.0f", sum; else print "?" }'
}

# Starts `tanggap serve` on a free port with the bench's flags and `args`; its output goes to
# $WORK/NAME.out and NAME.log. Sets STARTED_PID and STARTED_PORT.
start_server() {  # name args...
    local name=$1
    shift
    log "starting $BIN serve $*"
    "$BIN" serve --listen 127.0.0.1:0 --submit-rate-limit 0 "$@" \
        >"$WORK/$name.out" 2>"$WORK/$name.log" &
    STARTED_PID=$!
    SERVER_PIDS+=("$STARTED_PID")
    local deadline=$((SECONDS + 300))
    until grep -q '^tanggap listening on http://127.0.0.1:[0-9]*' "$WORK/$name.out"; do
        if ! kill -0 "$STARTED_PID" 2>/dev/null; then log "$name exited:"; tail -20 "$WORK/$name.log" >&2; exit 1; fi
        ((SECONDS < deadline)) || { log "$name did not start"; exit 1; }
        sleep 0.2
    done
    STARTED_PORT=$(sed -n 's|^tanggap listening on http://127.0.0.1:\([0-9]*\).*|\1|p' "$WORK/$name.out" | head -1)
}

# Stops a server with SIGTERM; sets STOP to how it ended.
stop_server() {  # pid
    kill -TERM "$1"
    if wait "$1"; then STOP="exit 0"; else STOP="exit $?"; fi
    local left=() pid
    for pid in "${SERVER_PIDS[@]}"; do [[ $pid == "$1" ]] || left+=("$pid"); done
    SERVER_PIDS=("${left[@]}")
}

# Durability: the store counted at least as many new complaints as were answered 201 (requests
# cut off by wrk's deadline may be stored too, so >= rather than =).
durable() {  # acked stored
    if (($2 >= $1)); then
        echo "yes: $1 answered 201, the store counted $2 new complaints"
    else
        echo "NO: $1 answered 201 but the store counted only $2 new complaints"
    fi
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "?" }'; }
thousands() {
    awk -v n="$1" 'BEGIN {
        if (n !~ /^[0-9.]+$/) { print "?"; exit }
        s = sprintf("%.0f", n); out = ""
        while (length(s) > 3) { out = "," substr(s, length(s) - 2) out; s = substr(s, 1, length(s) - 3) }
        print s out }'
}

NPROC=$(nproc)
CPU_MODEL=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)
KERNEL=$(uname -r)
MEMORY=$(awk '/^MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)
NGINX_VERSION=$(nginx -v 2>&1 | sed 's/^nginx version: //')
WRK_VERSION=$( (wrk -v 2>&1 || true) | head -1 | awk '{print $2}')
COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [[ -n $(git -C "$ROOT" status --porcelain 2>/dev/null) ]]; then COMMIT="$COMMIT (with uncommitted changes)"; fi
STARTED=$(date '+%Y-%m-%d %H:%M:%S %z')
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# 1. nginx serving a 60-byte static JSON file.
NGINX_PORT=$(free_port)
mkdir -p "$WORK/nginx/logs" "$WORK/nginx/tmp" "$WORK/nginx/www/api"
printf '{"path":"/api/complaints","id":"7","status":"ok","count":42}' >"$WORK/nginx/www/api/complaints.json"
sed -e "s|@PREFIX@|$WORK/nginx|g" -e "s|@PORT@|$NGINX_PORT|g" -e "s|@WORKERS@|$NPROC|g" \
    "$BENCH_DIR/nginx.conf.template" >"$WORK/nginx/nginx.conf"
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" &
NGINX_PID=$!
wait_for_port "$NGINX_PORT" 10
NGINX_URL="http://127.0.0.1:$NGINX_PORT/api/complaints.json"
if [[ $(http_get "$NGINX_PORT" /api/complaints.json) != *'"count":42'* ]]; then
    log "nginx does not serve the static file:"; cat "$WORK/nginx/logs/error.log" >&2; exit 1
fi
warm_up nginx "$NGINX_URL"
measure nginx "$NGINX_URL"
parse_wrk "$WORK/nginx.txt"
NGINX_RPS=$RPS NGINX_P50=$P50 NGINX_P99=$P99 NGINX_NOTE="non-2xx $NON2XX, socket errors: $SOCKET_ERRORS"
((NON2XX == 0)) || { log "nginx answered $NON2XX requests with an error; the baseline is void"; exit 1; }
kill "$NGINX_PID"; wait "$NGINX_PID" 2>/dev/null || true; NGINX_PID=""

# 2. The plain SQLite loop, same durability as the server (WAL + synchronous=FULL).
log "sqlite_baseline $WORK/sqlite $SQLITE_SECONDS"
"$SQLITE_BASELINE" "$WORK/sqlite" "$SQLITE_SECONDS" | tee "$WORK/sqlite.txt" >&2
SQLITE_VERSION=$(sed -n 's/^sqlite_baseline sqlite=//p' "$WORK/sqlite.txt")
SQLITE_SINGLE=$(sed -n 's/.*mode=single .*rows_per_s=\([0-9]*\).*/\1/p' "$WORK/sqlite.txt")
SQLITE_BATCH=$(sed -n 's/.*mode=batch64 .*rows_per_s=\([0-9]*\).*/\1/p' "$WORK/sqlite.txt")

# 3. The deadline engine over 1,000,000 open complaints.
DEADLINE_COMPLAINTS=${BENCH_DEADLINE_COMPLAINTS:-1000000}
log "deadline_bench $WORK/deadlines $DEADLINE_COMPLAINTS"
"$DEADLINE_BENCH" "$WORK/deadlines" "$DEADLINE_COMPLAINTS" | tee "$WORK/deadlines.txt" >&2
rm -rf "$WORK/deadlines"
dl() { sed -n "s/.*\b$1=\([0-9.]*\).*/\1/p" "$WORK/deadlines.txt" | head -1; }
DL_WORKING_NS=$(dl due_at_working_days_ns) DL_CALENDAR_NS=$(dl due_at_calendar_hours_ns)
DL_IDLE_MS=$(dl sweep_idle_median_ms) DL_IDLE_MAX_MS=$(dl sweep_idle_max_ms) DL_SCAN_MS=$(dl full_scan_ms)
DL_DUE=$(dl sweep_due) DL_DUE_MS=$(dl sweep_due_ms)
DL_RECOUNTED=$(dl recount_moved) DL_RECOUNT_MS=$(dl recount_ms) DL_UPDATE_MS=$(dl plain_update_ms)

# 3b. The outbox over 1,000,000 delivered messages.
OUTBOX_MESSAGES=${BENCH_OUTBOX_MESSAGES:-1000000}
log "outbox_bench $WORK/outbox $OUTBOX_MESSAGES"
"$OUTBOX_BENCH" "$WORK/outbox" "$OUTBOX_MESSAGES" | tee "$WORK/outbox.txt" >&2
rm -rf "$WORK/outbox"
ob() { sed -n "s/.*\b$1=\([0-9.]*\).*/\1/p" "$WORK/outbox.txt" | head -1; }
OB_IDLE_MS=$(ob poll_idle_median_ms) OB_IDLE_MAX_MS=$(ob poll_idle_max_ms) OB_SCAN_MS=$(ob full_scan_ms)
OB_DELIVER=$(ob deliver_per_s) OB_COMMIT=$(ob commit_per_s)

# 4. Tanggap (release) on a fresh data directory with the demo loaded, no submission limit.
mkdir -p "$WORK/data"
start_server tanggap --data "$WORK/data" --demo
SERVER_PID=$STARTED_PID PORT=$STARTED_PORT
URL="http://127.0.0.1:$PORT"

warm_up submit "$URL" -s "$BENCH_DIR/submit.lua"
RECEIVED_BEFORE=$(complaints_with_status "$PORT" diterima)
measure submit "$URL" -s "$BENCH_DIR/submit.lua"
parse_wrk "$WORK/submit.txt"
RECEIVED_AFTER=$(complaints_with_status "$PORT" diterima)
SUBMIT_RPS=$RPS SUBMIT_P50=$P50 SUBMIT_P99=$P99
SUBMIT_ACKED=$((TOTAL - NON2XX))
SUBMIT_NOTE="non-2xx $NON2XX, socket errors: $SOCKET_ERRORS"

log "seeding tickets for the reads"
: >"$WORK/tickets.txt"
wrk -t1 -c8 -d2s "$URL" -s "$BENCH_DIR/seed.lua" -- "$WORK/tickets.txt" >/dev/null
TICKETS=$(wc -l <"$WORK/tickets.txt")
((TICKETS > 0)) || { log "seeding produced no tickets"; tail -5 "$WORK/tanggap.log" >&2; exit 1; }
warm_up read "$URL" -s "$BENCH_DIR/read.lua" -- "$WORK/tickets.txt"
measure read "$URL" -s "$BENCH_DIR/read.lua" -- "$WORK/tickets.txt"
parse_wrk "$WORK/read.txt"
READ_RPS=$RPS READ_P50=$P50 READ_P99=$P99 READ_NOTE="non-2xx $NON2XX, socket errors: $SOCKET_ERRORS"

stop_server "$SERVER_PID"
SQLITE_STOP=$STOP

# Durability check: the store's count of received complaints grew by at least the number of
# 201 answers.
if [[ $RECEIVED_BEFORE == "?" || $RECEIVED_AFTER == "?" ]]; then
    DURABLE="not checked (no complaints-by-status metric found)"
else
    DURABLE=$(durable "$SUBMIT_ACKED" $((RECEIVED_AFTER - RECEIVED_BEFORE)))
fi

# 5. The same submissions on PostgreSQL (issue 6): one server, then two servers on the same
# database, on a private cluster (scripts/pg-test-cluster: fsync and synchronous_commit on).
PG_STATE=$WORK/pg
"$PG_CLUSTER" start "$PG_STATE" >&2
PG_URI=$(cat "$PG_STATE/uri")
PG_VERSION=$(psql "$PG_URI" -Atc 'SHOW server_version')
psql "$PG_URI" -qc 'CREATE DATABASE tanggap_bench'
PG_DB=${PG_URI%/*}/tanggap_bench
# Counted in the database itself, which every server writes to.
pg_complaints() { psql "$PG_DB" -Atc 'SELECT count(*) FROM complaints'; }

# The first server migrates the database and loads the demo (--demo loads only into a store
# without units); the second, started after it, finds them there.
start_server pg1 --data "$WORK/pg1" --database "$PG_DB" --demo
PG1_PID=$STARTED_PID PG1_URL="http://127.0.0.1:$STARTED_PORT"
warm_up submit-pg1 "$PG1_URL" -s "$BENCH_DIR/submit.lua"
PG_BEFORE=$(pg_complaints)
measure submit-pg1 "$PG1_URL" -s "$BENCH_DIR/submit.lua"
parse_wrk "$WORK/submit-pg1.txt"
PG_AFTER=$(pg_complaints)
PG1_RPS=$RPS PG1_P50=$P50 PG1_P99=$P99 PG1_NOTE="non-2xx $NON2XX, socket errors: $SOCKET_ERRORS"
PG1_DURABLE=$(durable $((TOTAL - NON2XX)) $((PG_AFTER - PG_BEFORE)))

# Two servers, each driven by its own wrk with half the threads and connections, at the same
# time; the rates add up, and p50/p99 are the worse of the two reports (latency distributions
# of two reports cannot be merged exactly).
start_server pg2 --data "$WORK/pg2" --database "$PG_DB"
PG2_PID=$STARTED_PID PG2_URL="http://127.0.0.1:$STARTED_PORT"
HALF_THREADS=$((THREADS / 2)) HALF_CONNECTIONS=$((CONNECTIONS / 2))
pair() {  # name duration [--latency]
    wrk -t"$HALF_THREADS" -c"$HALF_CONNECTIONS" -d"$2" ${3:-} -s "$BENCH_DIR/submit.lua" "$PG1_URL" >"$WORK/$1-a.txt" &
    local a=$!
    wrk -t"$HALF_THREADS" -c"$HALF_CONNECTIONS" -d"$2" ${3:-} -s "$BENCH_DIR/submit.lua" "$PG2_URL" >"$WORK/$1-b.txt" &
    local b=$!
    wait "$a" "$b"
}
log "submit-pg2: warm-up $WARMUP"
pair submit-pg2-warm "$WARMUP"
PG_BEFORE=$(pg_complaints)
log "submit-pg2: wrk -t$HALF_THREADS -c$HALF_CONNECTIONS -d$DURATION --latency, one per server"
pair submit-pg2 "$DURATION" --latency
cat "$WORK/submit-pg2-a.txt" "$WORK/submit-pg2-b.txt" >&2
PG_AFTER=$(pg_complaints)
parse_wrk "$WORK/submit-pg2-a.txt"
A_RPS=$RPS A_P50=$P50 A_P99=$P99 A_ACKED=$((TOTAL - NON2XX)) A_NON2XX=$NON2XX A_ERRORS=$SOCKET_ERRORS
parse_wrk "$WORK/submit-pg2-b.txt"
PG2_RPS=$((A_RPS + RPS))
PG2_P50=$(awk -v a="$A_P50" -v b="$P50" 'BEGIN { print (a > b ? a : b) }')
PG2_P99=$(awk -v a="$A_P99" -v b="$P99" 'BEGIN { print (a > b ? a : b) }')
PG2_NOTE="server 1: $A_RPS req/s, p99 $A_P99 ms, non-2xx $A_NON2XX, socket errors: $A_ERRORS; server 2: $RPS req/s, p99 $P99 ms, non-2xx $NON2XX, socket errors: $SOCKET_ERRORS"
PG2_DURABLE=$(durable $((A_ACKED + TOTAL - NON2XX)) $((PG_AFTER - PG_BEFORE)))
stop_server "$PG2_PID"
PG2_STOP=$STOP
stop_server "$PG1_PID"
PG1_STOP=$STOP
psql "$PG_URI" -qc 'DROP DATABASE tanggap_bench'

# 6. The inbox and the dashboard over generated complaints, SQLite and PostgreSQL (the same
# cluster); the bench writes its Markdown section (tables and query plans) itself.
QUERY_SIZES=${BENCH_QUERY_SIZES:-1000000 10000000}
log "query_scale_bench $WORK/query_scale.md $WORK/query_scale $PG_URI $QUERY_SIZES"
QUERY_START=$SECONDS
# shellcheck disable=SC2086  # the sizes are separate arguments
"$QUERY_SCALE_BENCH" "$WORK/query_scale.md" "$WORK/query_scale" "$PG_URI" $QUERY_SIZES |
    tee "$WORK/query_scale.txt" >&2
QUERY_SECONDS=$((SECONDS - QUERY_START))
"$PG_CLUSTER" stop "$PG_STATE" >&2
PG_STATE=""

verdict() { awk -v ok="$1" 'BEGIN { print (ok ? "met" : "**not met**") }'; }
POST_TARGET=$(verdict "$(awk -v r="$SUBMIT_RPS" -v p="$SUBMIT_P99" 'BEGIN { print (r >= 10000 && p <= 20) }')")
READ_TARGET=$(verdict "$(awk -v r="$READ_RPS" -v n="$NGINX_RPS" 'BEGIN { print (n > 0 && r >= 0.5 * n) }')")

mkdir -p "$(dirname "$OUT")"
cat >"$OUT" <<EOF
# Performance

Written by \`make bench\` (\`bench/run.sh\`) on $STARTED. Every figure below comes from the
same run on the same machine, so compare the ratios rather than the absolute numbers: wrk and
the server share the CPU cores.

## Machine

- CPU: $CPU_MODEL, \`nproc\` = $NPROC; memory $MEMORY; Linux $KERNEL
- nginx $NGINX_VERSION; wrk $WRK_VERSION; SQLite $SQLITE_VERSION; PostgreSQL $PG_VERSION
- Tanggap commit $COMMIT, binary \`${BIN#$ROOT/}\`
- Load average (1, 5, 15 min) before the run: $LOAD_BEFORE; after: $(cut -d' ' -f1-3 /proc/loadavg).
  Other work on the machine shows up here and lowers every figure.

## Results

| Measurement | req/s (rows/s) | p50 | p99 | vs nginx | vs SQLite 1 row/commit | vs SQLite 64 rows/commit |
|---|---:|---:|---:|---:|---:|---:|
| nginx, static 60-byte JSON file | $(thousands "$NGINX_RPS") | $NGINX_P50 ms | $NGINX_P99 ms | 1.00 | | |
| SQLite WAL + synchronous=FULL, 1 row per commit | $(thousands "$SQLITE_SINGLE") rows/s | | | | 1.00 | |
| SQLite WAL + synchronous=FULL, 64 rows per commit | $(thousands "$SQLITE_BATCH") rows/s | | | | | 1.00 |
| Tanggap \`POST /api/v1/complaints\` (JSON, durable) | $(thousands "$SUBMIT_RPS") | $SUBMIT_P50 ms | $SUBMIT_P99 ms | $(ratio "$SUBMIT_RPS" "$NGINX_RPS") | $(ratio "$SUBMIT_RPS" "$SQLITE_SINGLE") | $(ratio "$SUBMIT_RPS" "$SQLITE_BATCH") |
| Tanggap \`GET /api/v1/complaints/{ticket}\` (public view) | $(thousands "$READ_RPS") | $READ_P50 ms | $READ_P99 ms | $(ratio "$READ_RPS" "$NGINX_RPS") | | |

- nginx: $NGINX_NOTE.
- Submissions: $SUBMIT_NOTE. Durable: $DURABLE.
- Reads: $READ_NOTE; $TICKETS existing tickets, read in turn.
- The server stopped on SIGTERM with $SQLITE_STOP.

Targets from issue 2: submissions >= 10,000/s with p99 <= 20 ms: $POST_TARGET.
Public reads >= 50% of nginx: $READ_TARGET.

## Submissions on PostgreSQL (issue 6)

The same \`POST /api/v1/complaints\` load as above, on a PostgreSQL $PG_VERSION cluster private
to the run (\`scripts/pg-test-cluster\`: fsync and synchronous_commit on, shared_buffers
128 MB), on the same machine as the servers and wrk. Two servers share one database; each gets
its own wrk with half the threads and connections (no proxy in front), and their rates are
added.

| Store | req/s | p50 | p99 | vs Tanggap on SQLite | Durable |
|---|---:|---:|---:|---:|---|
| SQLite (the row above) | $(thousands "$SUBMIT_RPS") | $SUBMIT_P50 ms | $SUBMIT_P99 ms | 1.00 | see above |
| PostgreSQL, one server | $(thousands "$PG1_RPS") | $PG1_P50 ms | $PG1_P99 ms | $(ratio "$PG1_RPS" "$SUBMIT_RPS") | $PG1_DURABLE |
| PostgreSQL, two servers (p50, p99: the worse server) | $(thousands "$PG2_RPS") | $PG2_P50 ms | $PG2_P99 ms | $(ratio "$PG2_RPS" "$SUBMIT_RPS") | $PG2_DURABLE |

- One server: $PG1_NOTE; stopped on SIGTERM with $PG1_STOP.
- Two servers: $PG2_NOTE; stopped on SIGTERM with $PG2_STOP (second) and $PG1_STOP (first).
- Two servers vs one: $(ratio "$PG2_RPS" "$PG1_RPS") of the rate. Both servers, PostgreSQL and
  wrk share the machine's $NPROC cores, so a second server adds no CPU: this shows what the
  shared database costs, not what a second machine would add.

## Inbox and dashboard at scale (issue 6)

\`${QUERY_SCALE_BENCH#$ROOT/} \$WORK/query_scale.md \$WORK/query_scale \$PG_URI $QUERY_SIZES\`
(bench/query_scale_bench.cpp, $QUERY_SECONDS s in all): a migrated store with the demo's units,
categories and staff, then complaints generated with SQL (bench/query_scale_fill.cpp): created
over the two years before the bench's "now" (1 December 2026), the demo's categories and their
responsible units with a few taking most complaints, 3% confidential, the last 30 days mostly
still open and older ones mostly resolved or closed with a few per cent backlog; every
complaint with its current unit in complaint_units (one in ten also an earlier unit), a submit
event, and a resolve event when resolved. Timed through the Store interface (\`ReadTx::inbox\`,
\`ReadTx::complaint_stats\`): one untimed run, then the median of 5 (of 3 when the untimed run
took over 2 s). The inbox is the web
client's default view (status "open", 25 per page) unless it says "all statuses"; "page 10" is
read with the cursor of page 9. The dashboard is \`complaint_stats\` over the year before
"now" (8 statements). Baseline: a full scan of the complaints table counting that year (SQLite
\`NOT INDEXED\`, PostgreSQL \`created_at + 0\` so no index applies; parallel workers allowed).
PostgreSQL ran VACUUM ANALYZE after loading (what autovacuum does after a bulk load); SQLite
got no ANALYZE, as the store never runs one. Plans: \`EXPLAIN (COSTS OFF)\` (PostgreSQL) and
\`EXPLAIN QUERY PLAN\` (SQLite) of the same SQL text with the same parameters. "Indexes only"
means no plan line reads the complaints table without an index; it does not mean the read is
small: the column "vs full scan" and the column comparing with the first size show how much is
read.

$(cat "$WORK/query_scale.md")

## The deadline engine (issue 4)

\`${DEADLINE_BENCH#$ROOT/} \$WORK/deadlines $DEADLINE_COMPLAINTS\` (bench/deadline_bench.cpp): a store of
$(thousands "$DEADLINE_COMPLAINTS") open complaints whose next checks are spread over 60 days.

| Measurement | Time | Baseline in the same run | Ratio |
|---|---:|---:|---:|
| Due time of a step in working days (office calendar, holidays) | $DL_WORKING_NS ns | $DL_CALENDAR_NS ns in calendar hours | $(ratio "$DL_WORKING_NS" "$DL_CALENDAR_NS") |
| Escalation sweep with nothing due (median of 50; max $DL_IDLE_MAX_MS ms) | $DL_IDLE_MS ms | $DL_SCAN_MS ms: a full scan for the same condition | 1/$(thousands "$(ratio "$DL_SCAN_MS" "$DL_IDLE_MS")") |
| Escalation sweep with $DL_DUE complaints due (each escalated, durable) | $DL_DUE_MS ms | | |
| Recounting every running step after a policy edit ($(thousands "$DL_RECOUNTED") moved, one durable transaction) | $DL_RECOUNT_MS ms | $DL_UPDATE_MS ms: one UPDATE moving the same rows' due times | $(ratio "$DL_RECOUNT_MS" "$DL_UPDATE_MS") |

Target from issue 4: a sweep with nothing due <= 100 ms: $(verdict "$(awk -v t="$DL_IDLE_MAX_MS" 'BEGIN { print (t != "" && t <= 100) }')").

## The outbox (issue 5)

\`${OUTBOX_BENCH#$ROOT/} \$WORK/outbox $OUTBOX_MESSAGES\` (bench/outbox_bench.cpp): an outbox holding
$(thousands "$OUTBOX_MESSAGES") delivered messages and 1,000 waiting ones (two each to 500
recipients), delivered through a sender that answers at once, so only the store's work counts.

| Measurement | Figure | Baseline in the same run | Ratio |
|---|---:|---:|---:|
| The worker's poll with nothing due (median of 50; max $OB_IDLE_MAX_MS ms) | $OB_IDLE_MS ms | $OB_SCAN_MS ms: a full scan for the same condition | 1/$(thousands "$(ratio "$OB_SCAN_MS" "$OB_IDLE_MS")") |
| Delivering 1,000 messages in order per recipient (claim + one durable commit each) | $(thousands "$OB_DELIVER") msg/s | $(thousands "$OB_COMMIT") durable one-row commits/s through the same store | $(ratio "$OB_DELIVER" "$OB_COMMIT") |


## Commands

\`\`\`
nginx -p \$WORK/nginx -c \$WORK/nginx/nginx.conf        # bench/nginx.conf.template, worker_processes $NPROC
wrk -t$THREADS -c$CONNECTIONS -d$WARMUP $NGINX_URL                  # warm-up, not measured
wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency $NGINX_URL
${SQLITE_BASELINE#$ROOT/} \$WORK/sqlite $SQLITE_SECONDS        # bench/sqlite_baseline.cpp
${BIN#$ROOT/} serve --listen 127.0.0.1:0 --data \$WORK/data --demo --submit-rate-limit 0
wrk -t$THREADS -c$CONNECTIONS -d$WARMUP -s bench/submit.lua http://127.0.0.1:\$PORT    # warm-up
wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency -s bench/submit.lua http://127.0.0.1:\$PORT
wrk -t1 -c8 -d2s -s bench/seed.lua http://127.0.0.1:\$PORT -- \$WORK/tickets.txt
wrk -t$THREADS -c$CONNECTIONS -d$WARMUP -s bench/read.lua http://127.0.0.1:\$PORT -- \$WORK/tickets.txt   # warm-up
wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency -s bench/read.lua http://127.0.0.1:\$PORT -- \$WORK/tickets.txt
scripts/pg-test-cluster start \$WORK/pg                       # prints the URI into \$WORK/pg/uri
psql \$PG_URI -c 'CREATE DATABASE tanggap_bench'
${BIN#$ROOT/} serve --listen 127.0.0.1:0 --submit-rate-limit 0 --data \$WORK/pg1 --database \$PG_DB --demo
wrk -t$THREADS -c$CONNECTIONS -d$WARMUP -s bench/submit.lua http://127.0.0.1:\$PG1_PORT    # warm-up
wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency -s bench/submit.lua http://127.0.0.1:\$PG1_PORT
${BIN#$ROOT/} serve --listen 127.0.0.1:0 --submit-rate-limit 0 --data \$WORK/pg2 --database \$PG_DB
wrk -t$HALF_THREADS -c$HALF_CONNECTIONS -d$WARMUP -s bench/submit.lua http://127.0.0.1:\$PG1_PORT &   # warm-up, with the same to \$PG2_PORT
wrk -t$HALF_THREADS -c$HALF_CONNECTIONS -d$DURATION --latency -s bench/submit.lua http://127.0.0.1:\$PG1_PORT &
wrk -t$HALF_THREADS -c$HALF_CONNECTIONS -d$DURATION --latency -s bench/submit.lua http://127.0.0.1:\$PG2_PORT
psql \$PG_URI -Atc 'SELECT count(*) FROM complaints'       # before and after each, on tanggap_bench
${QUERY_SCALE_BENCH#$ROOT/} \$WORK/query_scale.md \$WORK/query_scale \$PG_URI $QUERY_SIZES
scripts/pg-test-cluster stop \$WORK/pg
\`\`\`

The SQLite loop inserts a complaint-sized row (~520 bytes) into a table shaped like the
server's, for $SQLITE_SECONDS s per mode. Its one-row-per-commit figure is what a server without
group commit could reach at most; the 64-row figure shows what batching buys on this disk.
EOF
log "wrote $OUT"
