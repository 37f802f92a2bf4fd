#!/usr/bin/env bash
# The test command: every test on SQLite, and on PostgreSQL too (a throwaway server is started when
# NDC_TEST_POSTGRES_URL is not already set). Extra arguments go to `cargo test`.
# The browser test (tests/browser.rs) needs headless Chromium and chromedriver: Debian's `chromium`
# and `chromium-driver` are installed here when missing (as root, or with sudo). When they cannot
# be, the browser test says SKIPPED (browser); NDC_CHROMEDRIVER naming a driver makes it required.
set -euo pipefail
cd "$(dirname "$0")/.."
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo "$@"; else return 1; fi
}
if [ ! -x /usr/bin/chromedriver ] && [ -z "${NDC_CHROMEDRIVER:-}" ] && command -v apt-get >/dev/null; then
  echo "test.sh: installing Debian's chromium and chromium-driver for the browser test" >&2
  { as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq \
    && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; } \
    || echo "test.sh: could not install them; the browser test will be skipped" >&2
fi
# Python tools in a virtual environment (target/test-venv), from PyPI: tests/ckanapi.rs reads the
# CKAN API with CKAN's own client (ckanapi); tests/dcat.rs validates the DCAT-AP export with pyshacl
# (and rdflib) and reads the schema.org block of dataset pages with extruct.
if ! { [ -x target/test-venv/bin/ckanapi ] \
       && target/test-venv/bin/python -c 'import pyshacl, rdflib, extruct' 2>/dev/null; } \
   && command -v python3 >/dev/null; then
  echo "test.sh: installing ckanapi, pyshacl and extruct into target/test-venv" >&2
  mkdir -p target
  if [ ! -x target/test-venv/bin/python ] && ! python3 -m venv target/test-venv 2>/dev/null; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null 2>&1 || true
    python3 -m venv target/test-venv 2>/dev/null || true
  fi
  { [ -x target/test-venv/bin/python ] && target/test-venv/bin/python -m pip install -q ckanapi pyshacl extruct; } \
    || echo "test.sh: could not install them; the CKAN client and DCAT-AP/extruct tests will be skipped" >&2
fi
if [ -z "${NDC_TEST_POSTGRES_URL:-}" ]; then
  exec scripts/with-postgres.sh cargo test --locked "$@"
fi
exec cargo test --locked "$@"
