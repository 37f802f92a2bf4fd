#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server: installs Debian's postgresql package if it is
# missing, initialises a cluster in a temporary directory, starts it on a free loopback port, exports
# NDC_TEST_POSTGRES_URL for the command, and removes the cluster afterwards.
#   scripts/with-postgres.sh cargo test
set -euo pipefail

log() { printf 'with-postgres: %s\n' "$*" >&2; }

find_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi
}

bin=$(find_bin)
if [ -z "$bin" ]; then
  log "PostgreSQL server not found; installing Debian's postgresql package"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  bin=$(find_bin)
fi
if [ -z "$bin" ]; then
  log "could not install PostgreSQL; run the command without it"
  exec "$@"
fi

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
  || echo $((20000 + RANDOM % 20000)))
dir=$(mktemp -d /tmp/ndc-pg.XXXXXX)
chmod 755 "$dir"

# initdb refuses to run as root: run the server as the postgres system user when we are root.
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home "$dir" postgres
  chown postgres "$dir"
  run_pg() { runuser -u postgres -- "$@"; }
else
  run_pg() { "$@"; }
fi

cleanup() {
  run_pg "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT

run_pg "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
run_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >/dev/null
export NDC_TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$port/postgres"
log "PostgreSQL $(basename "$(dirname "$bin")") running at $NDC_TEST_POSTGRES_URL"
"$@"
