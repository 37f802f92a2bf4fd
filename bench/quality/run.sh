#!/usr/bin/env bash
# Search-quality evaluation, one command:
#   bench/quality/run.sh
# 1. builds ndc (cargo build --release; waits if another cargo holds the build lock),
# 2. starts `ndc serve` on a free loopback port with a fresh temporary data dir (seeded from
#    seed-data/ on start) and waits until the search index has caught up with the database,
# 3. runs eval.py against it (nDCG@10, MRR@10, latency), then stops ndc,
# 4. runs the PostgreSQL full-text-search baseline (pg_fts.py) under scripts/with-postgres.sh,
# 5. prints both side by side (compare.py).
# Environment: REPS (timed repetitions per query, default 5), OUT (directory for the JSON and text
# reports, default a new /tmp/ndc-quality.* directory), NO_BUILD=1 to skip the cargo build,
# NDC_BIN (default target/release/ndc), INDEX_TIMEOUT (seconds to wait for the index, default 600).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"

REPS=${REPS:-5}
OUT=${OUT:-$(mktemp -d /tmp/ndc-quality.XXXXXX)}
NDC_BIN=${NDC_BIN:-target/release/ndc}
INDEX_TIMEOUT=${INDEX_TIMEOUT:-600}
mkdir -p "$OUT"
log() { printf 'quality: %s\n' "$*" >&2; }

if [ "${NO_BUILD:-0}" != 1 ]; then
  log "cargo build --release"
  cargo build --release
fi
[ -x "$NDC_BIN" ] || { log "no ndc binary at $NDC_BIN"; exit 1; }

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
data=$(mktemp -d /tmp/ndc-quality-data.XXXXXX)
ndc_pid=
stop_ndc() {
  if [ -n "$ndc_pid" ] && kill -0 "$ndc_pid" 2>/dev/null; then
    kill "$ndc_pid" 2>/dev/null || true
    wait "$ndc_pid" 2>/dev/null || true
  fi
  ndc_pid=
}
cleanup() { stop_ndc; rm -rf "$data"; }
trap cleanup EXIT

log "starting ndc on 127.0.0.1:$port, data dir $data (log: $OUT/ndc.log)"
"$NDC_BIN" serve --addr "127.0.0.1:$port" --data-dir "$data" >"$OUT/ndc.log" 2>&1 &
ndc_pid=$!

start=$(date +%s)
until grep -q 'search index is up to date with the database' "$OUT/ndc.log" 2>/dev/null; do
  if ! kill -0 "$ndc_pid" 2>/dev/null; then
    log "ndc exited before the index was ready:"; tail -n 30 "$OUT/ndc.log" >&2; exit 1
  fi
  if [ $(( $(date +%s) - start )) -ge "$INDEX_TIMEOUT" ]; then
    log "timed out after ${INDEX_TIMEOUT}s waiting for the search index:"; tail -n 30 "$OUT/ndc.log" >&2; exit 1
  fi
  sleep 0.5
done
until python3 -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:$port/healthz', timeout=5).status == 200 else 1)" 2>/dev/null; do
  [ $(( $(date +%s) - start )) -lt "$INDEX_TIMEOUT" ] || { log "/healthz never answered 200"; exit 1; }
  sleep 0.5
done
log "ndc ready after $(( $(date +%s) - start ))s"
# The baseline indexes every published dataset; in ndc only an admin sees them all (anonymous
# visitors see open data), so the evaluation logs in as one.
export NDC_EVAL_EMAIL=quality@ndc.test NDC_EVAL_PASSWORD=quality-bench-password
printf '%s' "$NDC_EVAL_PASSWORD" | "$NDC_BIN" user add --data-dir "$data" --email "$NDC_EVAL_EMAIL" \
  --role admin --password-stdin >>"$OUT/ndc.log" 2>&1

python3 "$here/eval.py" --base-url "http://127.0.0.1:$port" --reps "$REPS" --json "$OUT/ndc.json" --server-log "$OUT/ndc.log" | tee "$OUT/ndc.txt"
stop_ndc   # the baseline gets the machine to itself, as ndc did

scripts/with-postgres.sh python3 "$here/pg_fts.py" --reps "$REPS" --json "$OUT/pg.json" | tee "$OUT/pg.txt"

python3 "$here/compare.py" "$OUT/ndc.json" "$OUT/pg.json" | tee "$OUT/compare.txt"
log "reports in $OUT"
