#!/usr/bin/env bash
# `make bench`: measures a release `tanggap` on this machine next to nginx serving a small static
# file and a plain SQLite insert loop with the same durability, all in ONE run so the ratios mean
# something on a noisy machine, and writes docs/PERFORMANCE.md.
#
# Usage: bench/run.sh path/to/tanggap [output.md]
# Environment: BENCH_DURATION (wrk -d, default 10s), BENCH_WARMUP (default 2s),
#              BENCH_CONNECTIONS (default 64), BENCH_SQLITE_SECONDS (per mode, default 5).
# Needs: wrk, nginx, and the sqlite_baseline target built beside the binary.
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

DURATION=${BENCH_DURATION:-10s}
WARMUP=${BENCH_WARMUP:-2s}
CONNECTIONS=${BENCH_CONNECTIONS:-64}
SQLITE_SECONDS=${BENCH_SQLITE_SECONDS:-5}
THREADS=2

for tool in wrk nginx; do
    command -v "$tool" >/dev/null || { echo "bench: $tool is not installed" >&2; exit 1; }
done
[[ -x $BIN ]] || { echo "bench: no server binary at $BIN" >&2; exit 1; }
[[ -x $SQLITE_BASELINE ]] || { echo "bench: build the sqlite_baseline target ($SQLITE_BASELINE)" >&2; exit 1; }
[[ -x $DEADLINE_BENCH ]] || { echo "bench: build the deadline_bench target ($DEADLINE_BENCH)" >&2; exit 1; }
[[ -x $OUTBOX_BENCH ]] || { echo "bench: build the outbox_bench target ($OUTBOX_BENCH)" >&2; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/tanggap-bench.XXXXXX")
chmod 755 "$WORK"  # nginx workers run as an unprivileged user when started by root
NGINX_PID=""
SERVER_PID=""
cleanup() {
    set +e
    [[ -n $NGINX_PID ]] && kill "$NGINX_PID" 2>/dev/null && wait "$NGINX_PID" 2>/dev/null
    [[ -n $SERVER_PID ]] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
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
log "starting $BIN serve --demo"
mkdir -p "$WORK/data"
"$BIN" serve --listen 127.0.0.1:0 --data "$WORK/data" --demo --submit-rate-limit 0 \
    >"$WORK/tanggap.out" 2>"$WORK/tanggap.log" &
SERVER_PID=$!
deadline=$((SECONDS + 300))
until grep -q '^tanggap listening on http://127.0.0.1:[0-9]*' "$WORK/tanggap.out"; do
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then log "the server exited:"; tail -20 "$WORK/tanggap.log" >&2; exit 1; fi
    ((SECONDS < deadline)) || { log "the server did not start"; exit 1; }
    sleep 0.2
done
PORT=$(sed -n 's|^tanggap listening on http://127.0.0.1:\([0-9]*\).*|\1|p' "$WORK/tanggap.out" | head -1)
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

kill -TERM "$SERVER_PID"
if wait "$SERVER_PID"; then STOP="exit 0"; else STOP="exit $?"; fi
SERVER_PID=""

# Durability check: the store's count of received complaints grew by at least the number of
# 201 answers (requests cut off by wrk's deadline may be stored too, so >= rather than =).
if [[ $RECEIVED_BEFORE == "?" || $RECEIVED_AFTER == "?" ]]; then
    DURABLE="not checked (no complaints-by-status metric found)"
else
    STORED=$((RECEIVED_AFTER - RECEIVED_BEFORE))
    if ((STORED >= SUBMIT_ACKED)); then
        DURABLE="yes: $SUBMIT_ACKED answered 201, the store counted $STORED new complaints"
    else
        DURABLE="NO: $SUBMIT_ACKED answered 201 but the store counted only $STORED new complaints"
    fi
fi

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
- nginx $NGINX_VERSION; wrk $WRK_VERSION; SQLite $SQLITE_VERSION
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
- The server stopped on SIGTERM with $STOP.

Targets from issue 2: submissions >= 10,000/s with p99 <= 20 ms: $POST_TARGET.
Public reads >= 50% of nginx: $READ_TARGET.

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
\`\`\`

The SQLite loop inserts a complaint-sized row (~520 bytes) into a table shaped like the
server's, for $SQLITE_SECONDS s per mode. Its one-row-per-commit figure is what a server without
group commit could reach at most; the 64-row figure shows what batching buys on this disk.
EOF
log "wrote $OUT"
