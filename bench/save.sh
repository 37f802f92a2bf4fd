#!/usr/bin/env bash
# Dataset save benchmark (benches/save.rs): POST of the edit form to its 303 on a catalog of the
# generated inventory, p50/p90/p99 next to a baseline (GET of the same pages) measured in the same run.
#   bench/save.sh [--datasets N] [--saves S] [--pg]
set -euo pipefail
cd "$(dirname "$0")/.."
N=100000; SAVES=300; PG=()
while [ $# -gt 0 ]; do
  case "$1" in
    --datasets) N=$2; shift 2 ;;
    --saves) SAVES=$2; shift 2 ;;
    --pg) PG=(--pg); shift ;;
    *) echo "bench/save.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
INV=bench-data/inventory-$N
if [ ! -d "$INV" ]; then
  mkdir -p bench-data
  python3 bench/generate.py --datasets "$N" --out "$INV.tmp" && mv "$INV.tmp" "$INV"
fi
run() { cargo bench --bench save -- --inventory "$INV" --saves "$SAVES" "${PG[@]}"; }
if [ ${#PG[@]} -gt 0 ] && [ -z "${NDC_TEST_POSTGRES_URL:-}" ]; then
  scripts/with-postgres.sh bash -c "$(declare -f run); INV=$INV SAVES=$SAVES; PG=(--pg); run"
else
  run
fi
