#!/usr/bin/env python3
"""Side-by-side table of eval.py (ndc) and pg_fts.py (PostgreSQL FTS) results.

    python3 bench/quality/compare.py NDC.json PG.json [--diff 0.2]
"""
import argparse
import json


def top(r, n=5):
    """The first n returned identifiers with their judged grade."""
    return ', '.join(f'{i}({r["judged"].get(i, 0)})' for i in r['ranked'][:n]) or '(no result)'


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('ndc')
    ap.add_argument('pg')
    ap.add_argument('--diff', type=float, default=0.2,
                    help='list queries whose nDCG@10 differs by at least this much (default 0.2)')
    a = ap.parse_args()
    ndc = json.load(open(a.ndc, encoding='utf-8'))
    pg = json.load(open(a.pg, encoding='utf-8'))
    best = pg['best']
    cols = [('ndc', ndc['summary'], False)]
    cols.append((f'PG FTS {best} (best)', pg['modes'][best]['summary'], True))
    for m in pg['modes']:
        if m != best:
            cols.append((f'PG FTS {m}', pg['modes'][m]['summary'], True))

    rows = [('nDCG@10', 'ndcg10', '{:.3f}'), ('MRR@10', 'mrr10', '{:.3f}'),
            ('queries with nDCG=0', 'zero_ndcg', '{}'),
            ('latency median ms (client)', 'lat_median_ms', '{:.2f}'),
            ('latency p99 ms (client)', 'lat_p99_ms', '{:.2f}'),
            ('latency median ms (server)', 'server_median_ms', '{:.3f}'),
            ('latency p99 ms (server)', 'server_p99_ms', '{:.3f}')]
    width = max(len(c[0]) for c in cols) + 2
    print('\n=== ndc vs PostgreSQL full-text search (same queries.tsv, same judgments) ===')
    for group in ('all', 'with diacritics', 'without diacritics'):
        n = ndc['summary'][group]['queries']
        print(f'\n{group} ({n} queries)')
        print(f'  {"":<28}' + ''.join(f'{c[0]:>{width}}' for c in cols))
        for label, key, fmt in rows:
            cells = []
            for _, s, _ in cols:
                v = s[group].get(key)
                cells.append(fmt.format(v) if v is not None else '—')
            print(f'  {label:<28}' + ''.join(f'{c:>{width}}' for c in cells))
    print('\n  client latency: ndc = HTTP GET /datasets?q= (whole HTML page with facets, keep-alive);'
          '\n  PG = one SELECT through a persistent psql session.'
          '\n  server latency: ndc = its request log (handler incl. HTML rendering); PG = EXPLAIN ANALYZE'
          '\n  (planning + execution of the SELECT).'
          f'\n  load average (1 min) during ndc run: {ndc["meta"]["loadavg_before"][0]:.2f}->{ndc["meta"]["loadavg_after"][0]:.2f},'
          f' during PG run: {pg["meta"]["loadavg_before"][0]:.2f}->{pg["meta"]["loadavg_after"][0]:.2f}'
          f'\n  MRR counts the first result with grade >= {ndc["meta"].get("mrr_min_grade", 2)}.')

    pq = {r['query']: r for r in pg['modes'][best]['per_query']}
    diffs = []
    for r in ndc['per_query']:
        p = pq.get(r['query'])
        if p and abs(r['ndcg'] - p['ndcg']) >= a.diff:
            diffs.append((r['ndcg'] - p['ndcg'], r, p))
    worse = sorted((d for d in diffs if d[0] < 0), key=lambda d: d[0])
    better = sorted((d for d in diffs if d[0] > 0), key=lambda d: -d[0])
    for title, items in ((f'ndc WORSE than PG FTS {best} by >= {a.diff} nDCG', worse),
                         (f'ndc BETTER than PG FTS {best} by >= {a.diff} nDCG', better)):
        print(f'\n{title}: {len(items)} queries')
        for d, r, p in items:
            print(f'  {r["ndcg"]:.3f} vs {p["ndcg"]:.3f}  {r["query"]}')
            print(f'      ndc: {top(r)}')
            print(f'      pg : {top(p)}')


if __name__ == '__main__':
    main()
