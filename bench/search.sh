#!/usr/bin/env bash
# Search benchmark at scale (default 1,000,000 datasets): generates the synthetic inventory, loads it
# with `ndc import` in chunks of 100,000, then runs `ndc-search-bench` on the database: a timed full
# rebuild of the search index from the database, and 1-, 2- and 3-word queries with every facet
# counted, in-process (server-side latency). See BENCHMARKS.md.
#   bench/search.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
chunk=100000
out=bench-data/search-$n
inv=bench-data/inventory-$n

cargo build --release --bins
if [ ! -f "$inv/datasets.csv" ]; then
  echo "== generating $n datasets into $inv"
  python3 bench/generate.py --datasets "$n" --out "$inv"
fi

if [ ! -f "$out/loaded" ]; then
  rm -rf "$out" "$out.chunks"
  mkdir -p "$out" "$out.chunks"
  echo "== splitting into chunks of $chunk datasets"
  python3 - "$inv" "$out.chunks" "$chunk" <<'PY'
import csv, os, sys
inv, dest, size = sys.argv[1], sys.argv[2], int(sys.argv[3])
chunk_of = {}
writers = {}
def writer(kind, k, header):
    key = (kind, k)
    if key not in writers:
        d = os.path.join(dest, f"{k:04d}")
        os.makedirs(d, exist_ok=True)
        f = open(os.path.join(d, f"{kind}.csv"), "w", newline="", encoding="utf-8")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        writers[key] = (f, w)
    return writers[key][1]
with open(os.path.join(inv, "datasets.csv"), encoding="utf-8") as f:
    r = csv.reader(f); header = next(r)
    for i, row in enumerate(r):
        k = i // size
        chunk_of[row[0]] = k
        writer("datasets", k, header).writerow(row)
for kind in ("fields", "distributions"):
    with open(os.path.join(inv, f"{kind}.csv"), encoding="utf-8") as f:
        r = csv.reader(f); header = next(r)
        for row in r:
            writer(kind, chunk_of[row[0]], header).writerow(row)
os.link(os.path.join(inv, "agencies.csv"), os.path.join(dest, "0000", "agencies.csv"))
for f, _ in writers.values():
    f.close()
PY
  started=$(date +%s)
  for d in "$out.chunks"/*; do
    /usr/bin/time -f "   peak RSS %M kB" target/release/ndc import --data-dir "$out" "$d"
  done
  echo "== loaded $n datasets in $(( $(date +%s) - started )) s"
  touch "$out/loaded"
  rm -rf "$out.chunks"
fi
echo "== database: $(du -sh "$out/ndc.sqlite3" | cut -f1)"
/usr/bin/time -f "ndc-search-bench peak RSS %M kB, %e s wall" target/release/ndc-search-bench --data-dir "$out" --repeat 5
