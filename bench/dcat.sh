#!/usr/bin/env bash
# DCAT-AP export benchmark: the whole catalog as one Turtle stream (`/catalog.ttl?page=all`) from a
# running `ndc serve` (release build, SQLite) over the generated inventory, as an administrator (every
# published and retired dataset) and as an anonymous visitor (the open ones). Reports, per run, the
# wall time of the download (curl), the bytes and datasets received, and the server's peak RSS during
# the download (VmHWM after resetting it through /proc/PID/clear_refs; if that is refused, VmRSS
# sampled every 20 ms). Medians of R runs.
#
#   bench/dcat.sh [--datasets N] [--repeat R] [--skip-build]
#
# The catalog is imported once into bench-data/dcat-N/ (reused afterwards); the search index the
# server builds at start is awaited before measuring, so it does not compete for the CPU.
set -euo pipefail
cd "$(dirname "$0")/.."
N=100000
REPEAT=3
SKIP_BUILD=${NDC_BENCH_SKIP_BUILD:-0}
while [ $# -gt 0 ]; do
  case "$1" in
    --datasets) N=$2; shift 2 ;;
    --repeat) REPEAT=$2; shift 2 ;;
    --skip-build) SKIP_BUILD=1; shift ;;
    *) echo "bench/dcat.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
BIN=${CARGO_TARGET_DIR:-target}/release/ndc
log() { printf '== %s\n' "$*" >&2; }
command -v curl >/dev/null || { echo "bench/dcat.sh: curl is required" >&2; exit 1; }

if [ "$SKIP_BUILD" = 1 ]; then
  [ -x "$BIN" ] || { echo "bench/dcat.sh: $BIN does not exist" >&2; exit 1; }
else
  log "cargo build --release --bin ndc"
  cargo build --release --bin ndc
fi

INV=bench-data/inventory-$N
if [ ! -s "$INV/datasets.csv" ]; then
  log "generating $N datasets into $INV"
  mkdir -p bench-data
  rm -rf "$INV.tmp"
  python3 bench/generate.py --datasets "$N" --out "$INV.tmp" && mv "$INV.tmp" "$INV"
fi
DATA=bench-data/dcat-$N
if [ ! -s "$DATA/imported" ]; then
  log "importing $INV into $DATA"
  rm -rf "$DATA"
  mkdir -p "$DATA"
  env -u NDC_DATABASE_URL "$BIN" import --data-dir "$DATA" "$INV" >"$DATA/import.log" 2>&1
  EMAIL=bench-admin@example.gov.vn
  printf '%s' 'mật khẩu quản trị đủ dài' |
    env -u NDC_DATABASE_URL "$BIN" user add --data-dir "$DATA" --email "$EMAIL" --role admin --password-stdin >/dev/null
  date -u +%FT%TZ >"$DATA/imported"
fi

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
URL=http://127.0.0.1:$PORT
log "starting ndc serve on $URL"
env -u NDC_DATABASE_URL RUST_LOG=warn "$BIN" serve --data-dir "$DATA" --addr "127.0.0.1:$PORT" --no-seed \
  >"$DATA/serve.log" 2>&1 &
PID=$!
JAR=$(mktemp)
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true; rm -f "$JAR"' EXIT
for _ in $(seq 1 1800); do
  curl -fsS "$URL/healthz" 2>/dev/null | grep -q '"search":"ready"' && break
  sleep 0.2
done
curl -fsS "$URL/healthz" | grep -q '"search":"ready"' || { echo "bench/dcat.sh: the server is not ready" >&2; exit 1; }

# Log in as the administrator (the login form's CSRF token, then the form).
CSRF=$(curl -fsS -c "$JAR" -b "$JAR" "$URL/login" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -n1)
curl -fsS -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "csrf=$CSRF" \
  --data-urlencode "email=bench-admin@example.gov.vn" --data-urlencode "password=mật khẩu quản trị đủ dài" \
  --data-urlencode "next=/" "$URL/login"
grep -q ndc_session "$JAR" || { echo "bench/dcat.sh: login failed" >&2; exit 1; }

kb() { awk -v k="$1:" '$1 == k {print $2}' "/proc/$PID/status"; }

# measure WHO CURL-ARGS… — one download; prints "seconds bytes datasets peak_rss_kb".
measure() {
  local out rss_mode=hwm sampler="" peak
  out=$(mktemp)
  echo 5 >"/proc/$PID/clear_refs" 2>/dev/null || rss_mode=sample
  if [ "$rss_mode" = sample ]; then
    (peak=0; while kill -0 "$PID" 2>/dev/null; do r=$(kb VmRSS); [ "${r:-0}" -gt "$peak" ] && peak=$r && echo "$peak" >"$out.peak"; sleep 0.02; done) &
    sampler=$!
  fi
  local t
  t=$(curl -fsS -o "$out" -w '%{time_total}' "$@" "$URL/catalog.ttl?page=all")
  if [ "$rss_mode" = sample ]; then kill "$sampler" 2>/dev/null || true; wait "$sampler" 2>/dev/null || true; peak=$(cat "$out.peak"); else peak=$(kb VmHWM); fi
  printf '%s %s %s %s\n' "$t" "$(stat -c %s "$out")" "$(grep -c ' a dcat:Dataset' "$out")" "$peak"
  rm -f "$out" "$out.peak"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

echo "commit $(git rev-parse --short HEAD)$([ -n "$(git status --porcelain -- src)" ] && echo ' + uncommitted changes'), $(nproc) cores, $(awk '/^MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
echo "server RSS before: $(kb VmRSS) kB"
for who in admin anonymous; do
  args=()
  [ "$who" = admin ] && args=(-b "$JAR")
  curl -fsS -o /dev/null "${args[@]}" "$URL/catalog.ttl?page=all" # warm-up (page cache)
  : >"$DATA/runs-$who.txt"
  for r in $(seq 1 "$REPEAT"); do
    line=$(measure "${args[@]}")
    echo "$line" >>"$DATA/runs-$who.txt"
    read -r t bytes n peak <<<"$line"
    printf '%-9s run %s: %6.2f s  %5d MB  %7d datasets  peak RSS %4d MB\n' "$who" "$r" "$t" $((bytes / 1048576)) "$n" $((peak / 1024))
  done
  printf '%-9s median: %.2f s, peak RSS %d MB\n' "$who" \
    "$(cut -d' ' -f1 "$DATA/runs-$who.txt" | median)" $(( $(cut -d' ' -f4 "$DATA/runs-$who.txt" | median | cut -d. -f1) / 1024 ))
done
