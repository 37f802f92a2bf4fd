#!/usr/bin/env bash
# Load test of ndc on a synthetic inventory of N datasets (default 100000).
#
#   bench/run.sh [N]
#
# Installs wrk if missing, builds the release binary, generates (or reuses) the inventory under
# bench-data/ with bench/generate.py, then for each backend: starts `ndc serve` on a fresh database,
# times the seed load and the search-index build, restarts it on the loaded database, waits for the
# index, and runs wrk (bench/urls.lua) against /healthz, the dataset page, the filtered list, the
# unfiltered list and the home page; then times list URLs one at a time. Results, as Markdown:
# bench-data/results-<backend>.md (see BENCHMARKS.md for what is measured and how).
#
# Environment:
#   NDC_BENCH_BACKENDS      backends to run, default "sqlite postgres"
#   NDC_BENCH_POSTGRES_URL  PostgreSQL to use (a fresh schema is created in it and dropped afterwards);
#                           without it a throwaway server is started with scripts/with-postgres.sh
#   NDC_BENCH_DURATION      wrk duration per page, default 20s (warm-up: NDC_BENCH_WARMUP, default 5s)
#   NDC_BENCH_CONNECTIONS   wrk connections, default 8; NDC_BENCH_THREADS wrk threads, default 2
#   NDC_BENCH_PROBE         distinct list URLs timed one by one to find the slowest, default 200
#   NDC_BENCH_SKIP_BUILD=1  use the existing target/release/ndc
#   NDC_BENCH_KEEP=1        keep the benchmark database (SQLite file / PostgreSQL schema) afterwards
set -euo pipefail

N=${1:-100000}
case "$N" in '' | *[!0-9]*) echo "usage: bench/run.sh [N]" >&2; exit 2 ;; esac

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
OUT="$ROOT/bench-data"
BIN="${CARGO_TARGET_DIR:-$ROOT/target}/release/ndc"
BACKENDS=${NDC_BENCH_BACKENDS:-sqlite postgres}
DURATION=${NDC_BENCH_DURATION:-20s}
WARMUP=${NDC_BENCH_WARMUP:-5s}
CONNECTIONS=${NDC_BENCH_CONNECTIONS:-8}
THREADS=${NDC_BENCH_THREADS:-2}
PROBE=${NDC_BENCH_PROBE:-200}
mkdir -p "$OUT"

log() { printf '\n== %s\n' "$*" >&2; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi
}

ensure_tools() {
  if ! command -v wrk >/dev/null; then
    log "installing wrk"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
  fi
  command -v wrk >/dev/null || die "wrk is required (apt-get install wrk)"
  command -v curl >/dev/null || die "curl is required"
  command -v python3 >/dev/null || die "python3 is required"
}

build() {
  if [ "${NDC_BENCH_SKIP_BUILD:-}" = 1 ] && [ -x "$BIN" ]; then return; fi
  log "cargo build --release"
  cargo build --release
}

# The inventory is cached per N and per version of the generator.
INV="$OUT/inventory-$N"
URLS="$OUT/urls-$N"
generate() {
  local stamp
  stamp=$(cat bench/generate.py | md5sum | cut -c1-16)
  if [ -f "$INV/.stamp" ] && [ "$(cat "$INV/.stamp")" = "$stamp" ] && [ -f "$URLS/urls-list.txt" ]; then
    log "reusing the inventory in $INV"
    return
  fi
  log "generating $N datasets into $INV"
  rm -rf "$INV" "$URLS"
  python3 bench/generate.py --datasets "$N" --out "$INV" --urls "$URLS"
  echo "$stamp" >"$INV/.stamp"
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

SERVER_PID=
stop_server() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 150); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=
}
PG_CLEANUP=
cleanup() {
  stop_server
  if [ -n "$PG_CLEANUP" ]; then eval "$PG_CLEANUP" || true; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# start_server LOGFILE DATA_DIR DATABASE_URL EXTRA_FLAGS… — sets SERVER_PID and PORT, waits for /healthz 200.
start_server() {
  local logfile=$1 data_dir=$2 url=$3
  shift 3
  PORT=$(free_port)
  NDC_DATABASE_URL="$url" "$BIN" serve --addr "127.0.0.1:$PORT" --data-dir "$data_dir" --seed-dir "$INV" "$@" \
    >"$logfile" 2>&1 &
  SERVER_PID=$!
  local started=$SECONDS
  while true; do
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
      tail -n 40 "$logfile" >&2
      die "the server stopped before answering (log: $logfile)"
    fi
    HEALTH=$(curl -s -w ' %{http_code}' "http://127.0.0.1:$PORT/healthz" 2>/dev/null || true)
    case "$HEALTH" in *' 200') break ;; esac
    if [ $((SECONDS - started)) -gt 7200 ]; then die "no answer from /healthz after 2 hours (log: $logfile)"; fi
    sleep 0.5
  done
}

# wait_search_ready — waits until /healthz no longer says the search index is catching up with the
# database (ndc builds its index in the background after start; pages are not representative before).
# Sets READY_S to the seconds waited.
wait_search_ready() {
  local started=$SECONDS
  while true; do
    HEALTH=$(curl -s "http://127.0.0.1:$PORT/healthz" 2>/dev/null || true)
    case "$HEALTH" in *'"search":"catching-up"'*) ;; *'"status":"ok"'*) break ;; esac
    kill -0 "$SERVER_PID" 2>/dev/null || die "the server stopped while building its search index"
    if [ $((SECONDS - started)) -gt 7200 ]; then die "search index not ready after 2 hours"; fi
    sleep 1
  done
  READY_S=$((SECONDS - started))
}

# wait_idle — waits until the server uses (almost) no CPU: work of requests wrk gave up on continues on
# the server after wrk stops, and must not be billed to the next page.
wait_idle() {
  local prev now started=$SECONDS
  prev=$(cpu_ticks)
  while true; do
    sleep 1
    now=$(cpu_ticks)
    [ $((now - prev)) -le 5 ] && break
    prev=$now
    if [ $((SECONDS - started)) -gt 1800 ]; then echo "  (server still busy after 30 min; going on)" >&2; break; fi
  done
  IDLE_WAIT=$((SECONDS - started))
  [ "$IDLE_WAIT" -le 2 ] || echo "  (waited ${IDLE_WAIT}s for the server to finish abandoned requests)" >&2
}
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$SERVER_PID/stat"; }

vm_field() { awk -v f="$2:" '$1 == f { print $2 }' "/proc/$1/status"; }

# run_wrk NAME PATHS_FILE [CONNECTIONS THREADS] — warm-up, then the measured run; sets W_* from the BENCH line.
run_wrk() {
  local name=$1 paths=$2 raw="$OUT/wrk-$BACKEND-$1.txt" conns=${3:-$CONNECTIONS} threads=${4:-$THREADS}
  wrk -t"$threads" -c"$conns" -d"$WARMUP" --timeout 30s -s bench/urls.lua "http://127.0.0.1:$PORT" -- "$paths" \
    >/dev/null
  wait_idle
  local before after
  before=$(wc -l <"$SERVE_LOG")
  wrk -t"$threads" -c"$conns" -d"$DURATION" --latency --timeout 30s -s bench/urls.lua \
    "http://127.0.0.1:$PORT" -- "$paths" >"$raw"
  after=$(wc -l <"$SERVE_LOG")
  wait_idle
  local line
  line=$(grep '^BENCH ' "$raw") || die "no result from wrk for $name (see $raw)"
  eval "$(echo "$line" | sed 's/^BENCH //; s/\([a-z0-9_]*\)=\([0-9.]*\)/W_\1=\2;/g')"
  # Server-side latency of the same requests, from ndc's request log (latency_ms=…).
  S_STATS=$(sed -n "$((before + 1)),${after}p" "$SERVE_LOG" | python3 -c '
import re, sys
v = sorted(float(m.group(1)) for m in (re.search(r"latency_ms=([0-9.]+)", l) for l in sys.stdin) if m)
if not v:
    print("- -")
else:
    q = lambda p: v[min(len(v) - 1, int(p * len(v)))]
    print(f"{q(0.5):.2f} {q(0.99):.2f}")
')
  printf '%s %s %s %s %s %s %s %s %s %s %s %s\n' "$name" "$(wc -l <"$paths")" "$W_requests" "$W_rps" "$W_p50_us" "$W_p90_us" \
    "$W_p99_us" "$W_max_us" "$W_non2xx" "$W_errors" $S_STATS >>"$ROWS"
  awk -v n="$name" -v r="$W_rps" -v a="$W_p50_us" -v b="$W_p90_us" -v c="$W_p99_us" -v x="$W_non2xx" -v e="$W_errors" \
    'BEGIN { printf "  %-16s %8.0f req/s  p50 %7.2f ms  p90 %7.2f ms  p99 %7.2f ms  non-2xx %s  errors %s\n", n, r, a / 1000, b / 1000, c / 1000, x, e }' >&2
}

# probe_list — times distinct list URLs one at a time (no concurrency) and keeps the slowest.
probe_list() {
  local out="$OUT/probe-$BACKEND.txt"
  : >"$out"
  # (awk stops by itself: `head` would kill it with SIGPIPE, which pipefail turns into a failure)
  awk -v max="$PROBE" '!seen[$0]++ { print; if (++n >= max) exit }' "$URLS/urls-list.txt" | while read -r path; do
    printf '%s %s\n' "$(curl -s -o /dev/null -w '%{time_total}' "http://127.0.0.1:$PORT$path")" "$path" >>"$out"
  done
  sort -rn "$out" -o "$out"
}

machine() {
  echo "- Machine: $(nproc) CPUs ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)), $(free -g | awk '/^Mem:/ { print $2 }') GB RAM, $(uname -sr)"
  echo "- ndc: $NDC_BENCH_REV, binary built $(date -u -r "$BIN" '+%Y-%m-%d %H:%M UTC'); run started $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- Load average before the run: $(cut -d' ' -f1-3 /proc/loadavg) (other processes share the machine: see BENCHMARKS.md)"
}

bench_backend() {
  BACKEND=$1
  local url=$2 data_dir=$3
  ROWS="$OUT/rows-$BACKEND.txt"
  : >"$ROWS"
  export R_BACKEND=$BACKEND R_N=$N R_THREADS=$THREADS R_CONNECTIONS=$CONNECTIONS R_DURATION=$DURATION R_WARMUP=$WARMUP
  R_MACHINE=$(machine)
  export R_MACHINE

  log "$BACKEND: loading $N datasets into a fresh database"
  local seed_log="$OUT/server-$BACKEND-seed.log"
  start_server "$seed_log" "$data_dir" "$url"
  local seed_line
  seed_line=$(grep 'loaded the seed catalog' "$seed_log" || true)
  [ -n "$seed_line" ] || { tail -n 40 "$seed_log" >&2; die "$BACKEND: no seed-load line in $seed_log"; }
  export R_SEED_MS R_COUNTS R_SEED_HWM R_INDEX_S R_INDEX_MS R_INDEX_HWM
  R_SEED_MS=$(echo "$seed_line" | sed -n 's/.*elapsed_ms=\([0-9]*\).*/\1/p')
  R_COUNTS=$(echo "$seed_line" | grep -o '\(agencies\|datasets\|fields\|distributions\)=[0-9]*' | tr '\n' ' ')
  R_SEED_HWM=$(vm_field "$SERVER_PID" VmHWM)
  echo "  seed load: ${R_SEED_MS} ms (${R_COUNTS}), peak RSS ${R_SEED_HWM} kB" >&2
  wait_search_ready
  R_INDEX_S=$READY_S
  R_INDEX_MS=$(grep 'search index built' "$seed_log" | tail -n 1 | sed -n 's/.*elapsed_ms=\([0-9]*\).*/\1/p')
  R_INDEX_HWM=$(vm_field "$SERVER_PID" VmHWM)
  echo "  search index ready ${READY_S} s after the seed load (log: ${R_INDEX_MS:-?} ms), peak RSS ${R_INDEX_HWM} kB" >&2
  stop_server

  log "$BACKEND: serving the loaded database"
  SERVE_LOG="$OUT/server-$BACKEND-serve.log"
  start_server "$SERVE_LOG" "$data_dir" "$url" --no-seed
  wait_search_ready
  export R_SERVE_READY_S=$READY_S R_START_RSS R_SERVE_HWM R_SERVE_RSS R_DB_SIZE
  R_START_RSS=$(vm_field "$SERVER_PID" VmRSS)
  echo /healthz >"$OUT/paths-healthz.txt"
  echo /datasets >"$OUT/paths-datasets.txt"
  echo / >"$OUT/paths-home.txt"
  run_wrk healthz "$OUT/paths-healthz.txt"
  run_wrk dataset "$URLS/urls-dataset.txt"
  run_wrk list-filtered "$URLS/urls-list.txt"
  run_wrk list-unfiltered "$OUT/paths-datasets.txt"
  run_wrk home "$OUT/paths-home.txt"
  run_wrk healthz-end "$OUT/paths-healthz.txt"
  run_wrk dataset-c1 "$URLS/urls-dataset.txt" 1 1
  R_SERVE_HWM=$(vm_field "$SERVER_PID" VmHWM)
  R_SERVE_RSS=$(vm_field "$SERVER_PID" VmRSS)
  export R_LOAD_AFTER
  R_LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
  log "$BACKEND: timing $PROBE distinct list URLs one by one"
  probe_list
  stop_server

  R_DB_SIZE=$(db_size_of "$BACKEND" "$data_dir")
  export R_INDEX_SIZE
  R_INDEX_SIZE=$(du -sb --exclude='ndc.sqlite3*' "$data_dir" | cut -f1)
  local file="$OUT/results-$BACKEND.md"
  python3 bench/report.py "$ROWS" "$OUT/probe-$BACKEND.txt" >"$file"
  log "results: $file"
  cat "$file"
}

db_size_of() {
  if [ "$1" = sqlite ]; then
    du -cb "$2"/ndc.sqlite3* 2>/dev/null | awk '/total/ { print $1 }'
  else
    psql "$PG_BASE" -Atc "SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = '$PG_SCHEMA' AND c.relkind IN ('r', 'm')"
  fi
}

run_sqlite() {
  local data_dir="$OUT/db-sqlite-$N"
  rm -rf "$data_dir"
  mkdir -p "$data_dir"
  bench_backend sqlite "$data_dir/ndc.sqlite3" "$data_dir"
  if [ "${NDC_BENCH_KEEP:-}" != 1 ]; then rm -rf "$data_dir"; else echo "kept $data_dir" >&2; fi
}

run_postgres() {
  local base=${NDC_BENCH_POSTGRES_URL:-${NDC_TEST_POSTGRES_URL:-}}
  if [ -z "$base" ]; then
    if [ -z "${NDC_BENCH_INNER:-}" ] && [ -x scripts/with-postgres.sh ]; then
      log "postgres: starting a throwaway server with scripts/with-postgres.sh"
      NDC_BENCH_INNER=1 NDC_BENCH_BACKENDS=postgres NDC_BENCH_SKIP_BUILD=1 scripts/with-postgres.sh "$ROOT/bench/run.sh" "$N"
    else
      log "postgres: no server available (set NDC_BENCH_POSTGRES_URL); skipped"
    fi
    return
  fi
  command -v psql >/dev/null || die "psql is required for the PostgreSQL run"
  PG_BASE=$base
  PG_SCHEMA="ndc_bench_$$"
  psql "$PG_BASE" -qc "CREATE SCHEMA $PG_SCHEMA" >/dev/null
  if [ "${NDC_BENCH_KEEP:-}" != 1 ]; then
    PG_CLEANUP="psql \"\$PG_BASE\" -qc 'SET client_min_messages = warning; DROP SCHEMA $PG_SCHEMA CASCADE' >/dev/null"
  fi
  local sep='?'
  case "$base" in *\?*) sep='&' ;; esac
  local url="$base${sep}options=-csearch_path%3D$PG_SCHEMA"
  local data_dir
  data_dir=$(mktemp -d "$OUT/db-postgres.XXXXXX")
  bench_backend postgres "$url" "$data_dir"
  rm -rf "$data_dir"
  if [ -n "$PG_CLEANUP" ]; then eval "$PG_CLEANUP"; PG_CLEANUP=; else echo "kept schema $PG_SCHEMA" >&2; fi
}

# The source the binary was built from (taken right after the build; the PostgreSQL run started through
# scripts/with-postgres.sh inherits it).
source_rev() {
  local rev
  rev=$(git rev-parse --short HEAD 2>/dev/null || echo "no commit")
  if [ -n "$(git status --porcelain -- src migrations Cargo.toml Cargo.lock 2>/dev/null)" ]; then
    rev="$rev + uncommitted changes"
  fi
  echo "$rev"
}

ensure_tools
build
if [ -z "${NDC_BENCH_REV:-}" ]; then
  NDC_BENCH_REV=$(source_rev)
  export NDC_BENCH_REV
fi
[ -x "$BIN" ] || die "no binary at $BIN"
generate
for backend in $BACKENDS; do
  case "$backend" in
    sqlite) run_sqlite ;;
    postgres) run_postgres ;;
    *) die "unknown backend $backend" ;;
  esac
done
