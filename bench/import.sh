#!/usr/bin/env bash
# Import benchmark: `ndc import` of a generated inventory (default 100,000 datasets, ~1,000,000 schema
# fields) into an empty catalog, then the same import again on the same database (unchanged input),
# next to a baseline measured in the same run: the same four CSV files loaded into plain tables of a
# fresh database by the database's own bulk loader (sqlite3 `.import --csv`; PostgreSQL `\copy`).
#
#   bench/import.sh [--repeat R] [--pg | --pg-only] [--datasets N] [--skip-build] [--keep]
#
#   --repeat R     repetitions of every measurement (default 3); medians are reported
#   --pg           also run on PostgreSQL (a throwaway server from scripts/with-postgres.sh, or the
#                  server of NDC_BENCH_POSTGRES_URL: a fresh database is created there per repetition
#                  and dropped afterwards, so the URL's user needs CREATEDB)
#   --pg-only      PostgreSQL only
#   --datasets N   inventory size (default 100000): bench-data/inventory-N, generated with
#                  bench/generate.py if missing, reused otherwise
#   --skip-build   use the existing target/release/ndc (also NDC_BENCH_SKIP_BUILD=1)
#   --keep         keep the databases of the last repetition under bench-data/import-runs/<run>/work
#
# Each repetition, per backend: (1) baseline into a fresh database, (2) `ndc import --data-dir DIR INV`
# with a fresh empty DIR (SQLite: DIR/ndc.sqlite3, created and migrated by the import itself),
# (3) the same command again on the same database. Every run is timed with `/usr/bin/time -f '%e %M'`
# (wall seconds, peak RSS of the process); exit codes are recorded and never stop the benchmark.
# Output: a table on stdout; raw numbers and the table appended to bench-data/import-results.txt;
# the last lines of every run's output in bench-data/import-runs/<run>/logs/.
set -euo pipefail

SELF=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")
ROOT=$(cd "$(dirname "$SELF")/.." && pwd)
cd "$ROOT"
HELPER="$ROOT/bench/import_report.py"
BIN="${CARGO_TARGET_DIR:-$ROOT/target}/release/ndc"
RESULTS="$ROOT/bench-data/import-results.txt"

log() { printf '== %s\n' "$*" >&2; }
die() { printf 'bench/import.sh: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi
}

load1() { cut -d' ' -f1 /proc/loadavg; }

# timed BACKEND MEASUREMENT REP LOGNAME CMD… — runs CMD under /usr/bin/time, appends a line to raw.tsv,
# keeps the last lines of its output in logs/LOGNAME.log. Never fails.
timed() {
  local backend=$1 what=$2 rep=$3 name=$4
  shift 4
  local tf="$RUNDIR/tmp.time" of="$RUNDIR/tmp.out" lf="$RUNDIR/logs/$name.log" rc=0 ld
  ld=$(load1)
  /usr/bin/time -o "$tf" -f '%e %M %U %S' "$@" >"$of" 2>&1 || rc=$?
  local wall rss user sys
  read -r wall rss user sys < <(tail -n 1 "$tf") || true
  case "$wall $rss $user $sys" in *[!0-9.\ ]* | '' | ' '*) wall=0 rss=0 user=0 sys=0 ;; esac
  {
    printf '$ %s\n' "$*"
    printf '# exit %s, wall %s s, peak RSS %s kB, user %s s, sys %s s, load1 %s; last lines of output (%s lines):\n' \
      "$rc" "$wall" "$rss" "$user" "$sys" "$ld" "$(wc -l <"$of")"
    tail -n 25 "$of"
  } >"$lf"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$backend" "$what" "$rep" "$wall" "$rss" "$user" "$sys" "$rc" "$ld" \
    >>"$RUNDIR/raw.tsv"
  local last
  last=$(grep -v '^[[:space:]]*$' "$of" | tail -n 1 | cut -c1-160 || true)
  printf '   %-8s %-8s rep %s: %7s s  %6s MB  exit %s  load %s%s\n' "$backend" "$what" "$rep" "$wall" \
    "$((rss / 1024))" "$rc" "$ld" "${last:+  | $last}" >&2
  rm -f "$tf" "$of"
}

# check_counts LABEL EXPECTED ACTUAL — warns when a loaded table does not hold every row of its file.
check_counts() {
  if [ "$2" != "$3" ]; then
    printf '   !! %s: expected %s, found %s\n' "$1" "$2" "$3" >&2
    echo "# $1: expected $2, found $3" >>"$RUNDIR/raw.tsv"
  fi
}

expected_counts() { awk '{printf "%s%s", sep, $2; sep=" "}' "$RUNDIR/rows"; }

sqlite_phase() {
  local r work db
  log "SQLite: $REPEAT repetitions of baseline (sqlite3 .import), ndc import, ndc re-import"
  for r in $(seq 1 "$REPEAT"); do
    work="$RUNDIR/work/sqlite-r$r"
    rm -rf "$work"
    mkdir -p "$work/baseline" "$work/ndc"
    # Baseline: one sqlite3 invocation, plain tables created from the CSV headers (all TEXT).
    db="$work/baseline/baseline.sqlite3"
    {
      echo ".bail on"
      for f in agencies datasets fields distributions; do
        echo ".import --csv '$INV/$f.csv' $f"
      done
    } >"$work/baseline/import.sql"
    timed sqlite baseline "$r" "sqlite-baseline-r$r" /usr/bin/sqlite3 "$db" ".read '$work/baseline/import.sql'"
    check_counts "sqlite baseline r$r rows" "$(expected_counts)" \
      "$(/usr/bin/sqlite3 "$db" 'SELECT (SELECT count(*) FROM agencies), (SELECT count(*) FROM datasets),
         (SELECT count(*) FROM fields), (SELECT count(*) FROM distributions)' 2>&1 | tr '|' ' ')"
    rm -rf "$work/baseline"
    # ndc: fresh empty data directory, then the same import again on it.
    timed sqlite import "$r" "sqlite-ndc-import-r$r" \
      env -u NDC_DATABASE_URL -u NDC_DATA_DIR "$BIN" import --data-dir "$work/ndc" "$INV"
    ndc_counts_sqlite "$work/ndc/ndc.sqlite3" "sqlite ndc import r$r"
    timed sqlite reimport "$r" "sqlite-ndc-reimport-r$r" \
      env -u NDC_DATABASE_URL -u NDC_DATA_DIR "$BIN" import --data-dir "$work/ndc" "$INV"
    ndc_counts_sqlite "$work/ndc/ndc.sqlite3" "sqlite ndc re-import r$r"
    if [ "$KEEP" = 1 ] && [ "$r" = "$REPEAT" ]; then continue; fi
    rm -rf "$work"
  done
}

# Row counts of ndc's tables after an import, into the log only (the schema may change; never fails).
ndc_counts_sqlite() {
  local c
  c=$(/usr/bin/sqlite3 "$1" 'SELECT (SELECT count(*) FROM agencies), (SELECT count(*) FROM datasets),
       (SELECT count(*) FROM schema_fields), (SELECT count(*) FROM distributions)' 2>/dev/null | tr '|' ' ' || true)
  echo "# $2: ndc tables agencies datasets schema_fields distributions = ${c:-?}" >>"$RUNDIR/raw.tsv"
  printf '   %s: agencies datasets fields distributions in the database = %s\n' "$2" "${c:-?}" >&2
}

pg_phase() {
  local base=$1 r name url work c
  command -v psql >/dev/null || die "psql is required for --pg (apt-get install postgresql-client)"
  psql "$base" -X -q -v ON_ERROR_STOP=1 -Atc 'SELECT 1' >/dev/null || die "cannot connect to $base"
  echo "postgres=$(psql "$base" -X -Atc 'SHOW server_version') at $(echo "$base" | sed 's#//[^@/]*@#//#')" \
    "(fsync $(psql "$base" -X -Atc 'SHOW fsync'), synchronous_commit $(psql "$base" -X -Atc 'SHOW synchronous_commit'))" \
    >>"$RUNDIR/info"
  python3 "$HELPER" pg-copy "$INV" >"$RUNDIR/pg-copy.sql"
  log "PostgreSQL: $REPEAT repetitions of baseline (psql \\copy), ndc import, ndc re-import"
  for r in $(seq 1 "$REPEAT"); do
    work="$RUNDIR/work/pg-r$r"
    rm -rf "$work"
    mkdir -p "$work/ndc"
    # Baseline: fresh database, plain TEXT tables and \copy of the four files, one psql, one transaction.
    name="ndc_bench_import_$$_base_$r"
    url=$(python3 "$HELPER" db-url "$base" "$name")
    psql "$base" -X -q -v ON_ERROR_STOP=1 -c "CREATE DATABASE $name"
    timed postgres baseline "$r" "pg-baseline-r$r" \
      psql "$url" -X -q -v ON_ERROR_STOP=1 --single-transaction -f "$RUNDIR/pg-copy.sql"
    check_counts "postgres baseline r$r rows" "$(expected_counts)" \
      "$(psql "$url" -X -At -F ' ' -c 'SELECT (SELECT count(*) FROM agencies), (SELECT count(*) FROM datasets),
         (SELECT count(*) FROM fields), (SELECT count(*) FROM distributions)' 2>&1)"
    psql "$base" -X -q -c "DROP DATABASE IF EXISTS $name WITH (FORCE)"
    # ndc: fresh empty database, then the same import again on it.
    name="ndc_bench_import_$$_ndc_$r"
    url=$(python3 "$HELPER" db-url "$base" "$name")
    psql "$base" -X -q -v ON_ERROR_STOP=1 -c "CREATE DATABASE $name"
    timed postgres import "$r" "pg-ndc-import-r$r" \
      env -u NDC_DATA_DIR NDC_DATABASE_URL="$url" "$BIN" import --data-dir "$work/ndc" "$INV"
    ndc_counts_pg "$url" "postgres ndc import r$r"
    timed postgres reimport "$r" "pg-ndc-reimport-r$r" \
      env -u NDC_DATA_DIR NDC_DATABASE_URL="$url" "$BIN" import --data-dir "$work/ndc" "$INV"
    ndc_counts_pg "$url" "postgres ndc re-import r$r"
    if [ "$KEEP" = 1 ] && [ "$r" = "$REPEAT" ]; then
      echo "   kept database $url" >&2
      continue
    fi
    psql "$base" -X -q -c "DROP DATABASE IF EXISTS $name WITH (FORCE)"
    rm -rf "$work"
  done
}

ndc_counts_pg() {
  local c
  c=$(psql "$1" -X -At -F ' ' -c 'SELECT (SELECT count(*) FROM agencies), (SELECT count(*) FROM datasets),
       (SELECT count(*) FROM schema_fields), (SELECT count(*) FROM distributions)' 2>/dev/null || true)
  echo "# $2: ndc tables agencies datasets schema_fields distributions = ${c:-?}" >>"$RUNDIR/raw.tsv"
  printf '   %s: agencies datasets fields distributions in the database = %s\n' "$2" "${c:-?}" >&2
}

# Inner invocation under scripts/with-postgres.sh: only the PostgreSQL phase, settings from the environment.
if [ "${NDC_IMPORT_BENCH_PHASE:-}" = pg ]; then
  [ -n "${NDC_TEST_POSTGRES_URL:-}" ] || die "no PostgreSQL server could be started (see scripts/with-postgres.sh)"
  pg_phase "$NDC_TEST_POSTGRES_URL"
  exit 0
fi

REPEAT=3
N=100000
SQLITE=1
PG=0
KEEP=0
SKIP_BUILD=${NDC_BENCH_SKIP_BUILD:-0}
usage() { sed -n '2,/^set -euo/p' "$SELF" | sed '$d' | sed 's/^# \{0,1\}//' >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --repeat) [ $# -ge 2 ] || usage; REPEAT=$2; shift 2 ;;
    --repeat=*) REPEAT=${1#*=}; shift ;;
    --datasets) [ $# -ge 2 ] || usage; N=$2; shift 2 ;;
    --datasets=*) N=${1#*=}; shift ;;
    --pg) PG=1; shift ;;
    --pg-only) PG=1; SQLITE=0; shift ;;
    --skip-build) SKIP_BUILD=1; shift ;;
    --keep) KEEP=1; shift ;;
    -h | --help) usage ;;
    *) echo "unknown argument: $1" >&2; usage ;;
  esac
done
case "$REPEAT" in '' | *[!0-9]* | 0) die "--repeat needs a positive integer" ;; esac
case "$N" in '' | *[!0-9]* | 0) die "--datasets needs a positive integer" ;; esac

# Tools.
if [ ! -x /usr/bin/time ]; then
  log "installing GNU time (/usr/bin/time)"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
fi
[ -x /usr/bin/time ] || die "/usr/bin/time is required (apt-get install time)"
if [ "$SQLITE" = 1 ] && [ ! -x /usr/bin/sqlite3 ]; then
  log "installing the sqlite3 command-line shell"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sqlite3 >/dev/null
fi
[ "$SQLITE" = 0 ] || [ -x /usr/bin/sqlite3 ] || die "/usr/bin/sqlite3 is required (apt-get install sqlite3)"
command -v python3 >/dev/null || die "python3 is required"

# Build.
if [ "$SKIP_BUILD" = 1 ]; then
  [ -x "$BIN" ] || die "$BIN does not exist (run without --skip-build)"
  log "using the existing $BIN"
else
  log "cargo build --release --bin ndc"
  cargo build --release --bin ndc
fi

# Inventory: generated into a temporary directory and renamed, so a present directory is complete.
INV="$ROOT/bench-data/inventory-$N"
if [ -s "$INV/agencies.csv" ] && [ -s "$INV/datasets.csv" ] && [ -s "$INV/fields.csv" ] \
  && [ -s "$INV/distributions.csv" ]; then
  log "reusing the inventory in bench-data/inventory-$N"
else
  log "generating $N datasets into bench-data/inventory-$N"
  rm -rf "$INV.tmp"
  mkdir -p "$ROOT/bench-data"
  python3 bench/generate.py --datasets "$N" --out "$INV.tmp"
  rm -rf "$INV"
  mv "$INV.tmp" "$INV"
fi

STARTED=$(date -u +%Y-%m-%dT%H:%M:%SZ)
RUNDIR="$ROOT/bench-data/import-runs/$(date -u +%Y%m%dT%H%M%SZ)-$$"
mkdir -p "$RUNDIR/logs" "$RUNDIR/work"
: >"$RUNDIR/raw.tsv"
cleanup() { [ "$KEEP" = 1 ] || rm -rf "$RUNDIR/work"; rm -f "$RUNDIR/tmp.time" "$RUNDIR/tmp.out"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

python3 "$HELPER" rows "$INV" >"$RUNDIR/rows"
ROWS_TOTAL=$(awk '{s += $2} END {print s}' "$RUNDIR/rows")
log "rows per file (header excluded):"
awk '{printf "   %-18s %10d\n", $1 ".csv", $2}' "$RUNDIR/rows" >&2
printf '   %-18s %10d\n' total "$ROWS_TOTAL" >&2

commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "$(git status --porcelain -- src migrations Cargo.toml Cargo.lock 2>/dev/null)" ]; then
  commit="$commit + uncommitted changes in src/, migrations/ or Cargo.*"
fi
{
  echo "started=$STARTED"
  echo "commit=$commit"
  echo "binary=$BIN built $(date -u -r "$BIN" +%Y-%m-%dT%H:%M:%SZ)"
  echo "nproc=$(nproc)"
  echo "cpu=$(grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "mem=$(awk '/^MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
  echo "kernel=$(uname -sr)"
  echo "load_start=$(cut -d' ' -f1-3 /proc/loadavg)"
  echo "repeat=$REPEAT"
  echo "inventory=bench-data/inventory-$N"
  echo "rows=$(awk '{printf "%s%s %s", sep, $2, $1; sep=", "}' "$RUNDIR/rows")"
  echo "rows_total=$ROWS_TOTAL"
} >"$RUNDIR/info"

# Read the files once so that the first measurement does not pay for a cold page cache.
cat "$INV"/agencies.csv "$INV"/datasets.csv "$INV"/fields.csv "$INV"/distributions.csv >/dev/null

[ "$SQLITE" = 0 ] || sqlite_phase

if [ "$PG" = 1 ]; then
  export NDC_IMPORT_BENCH_PHASE=pg RUNDIR INV BIN REPEAT KEEP
  if [ -n "${NDC_BENCH_POSTGRES_URL:-}" ]; then
    NDC_TEST_POSTGRES_URL=$NDC_BENCH_POSTGRES_URL "$SELF" || log "the PostgreSQL phase failed"
  else
    log "starting a throwaway PostgreSQL server (scripts/with-postgres.sh)"
    NDC_TEST_POSTGRES_URL='' scripts/with-postgres.sh "$SELF" || log "the PostgreSQL phase failed"
  fi
  unset NDC_IMPORT_BENCH_PHASE
fi

echo "load_end=$(cut -d' ' -f1-3 /proc/loadavg)" >>"$RUNDIR/info"
python3 "$HELPER" summary "$RUNDIR" >"$RUNDIR/summary.txt"
{
  echo
  echo "######## bench/import.sh run $(basename "$RUNDIR")"
  sed 's/^/# info: /' "$RUNDIR/info"
  echo "# raw: backend measurement rep wall_s peak_rss_kb user_s sys_s exit load1"
  cat "$RUNDIR/raw.tsv"
  echo "# summary:"
  sed 's/^/#   /' "$RUNDIR/summary.txt"
} >>"$RESULTS"
echo
cat "$RUNDIR/summary.txt"
echo
echo "raw numbers appended to bench-data/import-results.txt; run logs in ${RUNDIR#"$ROOT"/}/logs/"
