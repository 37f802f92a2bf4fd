#!/usr/bin/env bash
# The test command: every test on SQLite, and on PostgreSQL too (a throwaway server is started when
# NDC_TEST_POSTGRES_URL is not already set). Extra arguments go to `cargo test`.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${NDC_TEST_POSTGRES_URL:-}" ]; then
  exec scripts/with-postgres.sh cargo test --locked "$@"
fi
exec cargo test --locked "$@"
