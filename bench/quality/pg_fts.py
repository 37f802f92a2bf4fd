#!/usr/bin/env python3
"""Baseline: what a team would build instead of ndc's search — PostgreSQL full-text search.

    scripts/with-postgres.sh python3 bench/quality/pg_fts.py [--reps 5] [--json pg.json]

(or pass --db-url postgres://...; default $NDC_TEST_POSTGRES_URL). Standard library + the psql
client only: one persistent `psql` session is driven through a pipe, so there is no Python driver
to install and the connection is reused for every query.

What it builds, from the same seed CSVs as ndc (seed-data/datasets.csv and fields.csv):

  CREATE EXTENSION unaccent;
  doc = setweight(to_tsvector('simple', unaccent(title)),                      'A')
     || setweight(to_tsvector('simple', unaccent(keywords)),                   'B')
     || setweight(to_tsvector('simple', unaccent(column names and titles)),    'C')
     || setweight(to_tsvector('simple', unaccent(description)),                'D')
  GIN index on doc; only status = published is searched.

(unaccent() is not IMMUTABLE, so doc is a stored column filled at load time rather than an
expression index — the usual way to do it.) Each query is answered with

  plain:     plainto_tsquery('simple', unaccent(q))     ORDER BY ts_rank_cd(doc, query) DESC
  websearch: websearch_to_tsquery('simple', unaccent(q)) ORDER BY ts_rank_cd(doc, query) DESC

(ties broken by identifier, LIMIT 10). Both variants are evaluated with the same metrics as
eval.py; the better one by mean nDCG@10 is reported as the baseline ("best").

Latency: (1) client-side wall time of one query through the persistent psql session (write the
SQL, read the 10 rows back): one untimed pass gives the rankings, then --reps timed passes over
all queries; (2) server-side planning + execution time from EXPLAIN (ANALYZE), --reps passes.
"""
import argparse
import csv
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import eval as ev  # noqa: E402  (shared metrics and report)

SEED = os.path.normpath(os.path.join(HERE, '..', '..', 'seed-data'))
SENTINEL = '__NDC_PG_FTS_END__'


class Psql:
    """One long-lived psql process; run() sends SQL and returns the output lines."""

    def __init__(self, url):
        self.p = subprocess.Popen(
            ['psql', '-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=0', '-P', 'pager=off', url],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
            text=True, encoding='utf-8', bufsize=1)

    def raw(self, text):
        self.p.stdin.write(text.rstrip('\n') + f'\n\\echo {SENTINEL}\n')
        self.p.stdin.flush()
        lines = []
        while True:
            line = self.p.stdout.readline()
            if line == '':
                raise SystemExit('psql exited unexpectedly:\n' + '\n'.join(lines))
            line = line.rstrip('\n')
            if line == SENTINEL:
                return lines
            lines.append(line)

    def sql(self, text, check=True):
        out = self.raw(text.rstrip().rstrip(';') + ';')
        if check:
            errs = [l for l in out if l.startswith(('ERROR:', 'psql:', 'FATAL:'))]
            if errs:
                raise SystemExit('SQL failed: ' + text[:200] + '\n' + '\n'.join(out))
        return out

    def close(self):
        try:
            self.p.stdin.write('\\q\n')
            self.p.stdin.flush()
        except BrokenPipeError:
            pass
        self.p.wait(timeout=10)


def csv_header(path):
    with open(path, encoding='utf-8') as f:
        return next(csv.reader(f))


def load(db):
    """Create the schema, load the seed CSVs, build the weighted tsvector and the GIN index."""
    ds_cols = csv_header(os.path.join(SEED, 'datasets.csv'))
    f_cols = csv_header(os.path.join(SEED, 'fields.csv'))
    db.sql('SET client_min_messages = warning')
    db.sql('CREATE EXTENSION IF NOT EXISTS unaccent')
    db.sql('DROP TABLE IF EXISTS pg_ds, pg_ds_raw, pg_fields_raw')
    db.sql('CREATE TABLE pg_ds_raw (' + ', '.join(f'"{c}" text' for c in ds_cols) + ')')
    db.sql('CREATE TABLE pg_fields_raw (' + ', '.join(f'"{c}" text' for c in f_cols) + ')')
    for table, name in (('pg_ds_raw', 'datasets.csv'), ('pg_fields_raw', 'fields.csv')):
        out = db.raw(f"\\copy {table} FROM '{os.path.join(SEED, name)}' WITH (FORMAT csv, HEADER true)")
        if any(l.startswith(('ERROR:', 'psql:')) for l in out):
            raise SystemExit('\\copy failed:\n' + '\n'.join(out))
    db.sql("""
        CREATE TABLE pg_ds AS
        SELECT d.identifier,
               coalesce(nullif(btrim(d.status), ''), 'published') = 'published' AS published,
               setweight(to_tsvector('simple', unaccent(coalesce(d.title, ''))), 'A')
            || setweight(to_tsvector('simple', unaccent(replace(coalesce(d.keywords, ''), ';', ' '))), 'B')
            || setweight(to_tsvector('simple', unaccent(coalesce(f.cols, ''))), 'C')
            || setweight(to_tsvector('simple', unaccent(coalesce(d.description, ''))), 'D') AS doc
        FROM pg_ds_raw d
        LEFT JOIN (SELECT dataset, string_agg(name || ' ' || coalesce(title, ''), ' ') AS cols
                   FROM pg_fields_raw GROUP BY dataset) f ON f.dataset = d.identifier
    """)
    db.sql('CREATE INDEX pg_ds_doc ON pg_ds USING gin (doc)')
    db.sql('ANALYZE pg_ds')
    n = tuple(int(x) for x in db.sql('SELECT count(*) FILTER (WHERE published), count(*) FROM pg_ds')[0].split('|'))
    sample = db.sql("SELECT unaccent('Cơ sở dữ liệu quốc gia về dân cư, Đắk Lắk, Hồ Chí Minh')")[0]
    return n, sample


def dollar(q):
    tag = '$q$'
    assert tag not in q
    return f'{tag}{q}{tag}'


def query_sql(mode, q):
    fn = {'plain': 'plainto_tsquery', 'websearch': 'websearch_to_tsquery'}[mode]
    return (f"SELECT identifier FROM pg_ds, {fn}('simple', unaccent({dollar(q)})) AS query "
            f"WHERE published AND doc @@ query ORDER BY ts_rank_cd(doc, query) DESC, identifier LIMIT 10")


EXPLAIN_RE = re.compile(r'(Planning|Execution) Time: ([0-9.]+) ms')


def server_ms(db, sql):
    total = 0.0
    for line in db.sql('EXPLAIN (ANALYZE, COSTS OFF, SUMMARY ON) ' + sql):
        m = EXPLAIN_RE.search(line)
        if m:
            total += float(m.group(2))
    return total


def run_mode(db, queries, mode, reps, mrr_min_grade):
    def search(q):
        sql = query_sql(mode, q)
        t0 = time.perf_counter()
        rows = db.sql(sql, check=False)
        secs = time.perf_counter() - t0
        errs = [l for l in rows if l.startswith(('ERROR:', 'psql:'))]
        if errs:
            print(f'\n{mode}: query {q!r} failed: {errs[0]}', file=sys.stderr)
            return [], secs
        return [r for r in rows if r and not r.startswith(('NOTICE:', 'WARNING:'))], secs

    results = ev.evaluate(queries, search, reps, mrr_min_grade, progress=ev.progress(f'PG FTS {mode}'))
    for r in results:
        r['server_ms'] = []
    for _ in range(reps):  # interleaved like the client-side passes
        for r in results:
            r['server_ms'].append(server_ms(db, query_sql(mode, r['query'])))
    return results, ev.summarize(results)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--db-url', default=os.environ.get('NDC_TEST_POSTGRES_URL'))
    ap.add_argument('--queries', default=os.path.join(HERE, 'queries.tsv'))
    ap.add_argument('--reps', type=int, default=5)
    ap.add_argument('--mrr-min-grade', type=int, default=2)
    ap.add_argument('--worst', type=int, default=15)
    ap.add_argument('--modes', default='plain,websearch')
    ap.add_argument('--json', help='write per-query results and means (both modes) to this file')
    a = ap.parse_args()
    if not a.db_url:
        raise SystemExit('no database: pass --db-url or run under scripts/with-postgres.sh')

    queries = ev.load_queries(a.queries)
    db = Psql(a.db_url)
    (published, total), sample = load(db)
    print(f'PG FTS: loaded {total} datasets ({published} published); unaccent sample: {sample}')

    load_before = os.getloadavg()
    modes = {}
    for mode in a.modes.split(','):
        results, summary = run_mode(db, queries, mode, a.reps, a.mrr_min_grade)
        modes[mode] = (results, summary)
        ev.print_report(f'PG FTS ({mode})', results, summary, a.worst)
    db.close()
    load_after = os.getloadavg()
    print(f'load average (1 min) before/after: {load_before[0]:.2f} / {load_after[0]:.2f} on {os.cpu_count()} CPUs')

    best = max(modes, key=lambda m: modes[m][1]['all']['ndcg10'])
    print(f'\nPG FTS: the better variant by mean nDCG@10 is "{best}" '
          + ', '.join(f'{m}={modes[m][1]["all"]["ndcg10"]:.3f}' for m in modes))
    if a.json:
        import json
        with open(a.json, 'w', encoding='utf-8') as f:
            json.dump({'name': 'PG FTS', 'best': best,
                       'meta': {'reps': a.reps, 'mrr_min_grade': a.mrr_min_grade,
                                'loadavg_before': load_before, 'loadavg_after': load_after,
                                'latency': 'client-side wall time per query through one persistent psql '
                                           'session; server_* = EXPLAIN ANALYZE planning+execution'},
                       'modes': {m: {'summary': s, 'per_query': r} for m, (r, s) in modes.items()}},
                      f, ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
