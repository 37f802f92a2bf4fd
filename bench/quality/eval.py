#!/usr/bin/env python3
"""Search-quality evaluation of ndc's /datasets?q= against the judged queries in queries.tsv.

    python3 bench/quality/eval.py --base-url http://127.0.0.1:8080 [--reps 5] [--json out.json]

For every query it fetches /datasets?q=QUERY once to read the ranking (the first 10 identifiers
of <ol class="dataset-list">, in order); then it makes --reps timed passes over all queries to
measure latency (client-side wall time of one HTTP request over a persistent keep-alive
connection, response body read in full; with --server-log also ndc's own latency_ms). Metrics (see README.md):

  nDCG@10  graded gain 2^g - 1, discount log2(rank + 1); the ideal DCG is computed from the
           judged list of the query (the best 10 judged grades), so a perfect ranking scores 1.
  MRR@10   reciprocal rank of the first result with grade >= 2 ("highly relevant" or "the
           answer"); 0 when none is in the top 10. --mrr-min-grade 1 changes the threshold.

Queries are split into "with diacritics" (the query has a non-ASCII character) and "without".
Python 3 standard library only; eval.py is also imported by pg_fts.py for the shared metrics.
"""
import argparse
import html
import http.client
import json
import math
import os
import re
import statistics
import sys
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
K = 10


# ----------------------------------------------------------------------------- judged queries
def load_queries(path):
    """[(query, {identifier: grade})] from a `query<TAB>id=grade;id=grade` file ('#' = comment)."""
    out = []
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            try:
                q, rels = line.split('\t')
            except ValueError:
                raise SystemExit(f'{path}:{n}: expected "query<TAB>relevant"')
            judged = {}
            for item in rels.split(';'):
                item = item.strip()
                if not item:
                    continue
                ident, grade = item.rsplit('=', 1)
                judged[ident.strip()] = int(grade)
            out.append((q, judged))
    return out


def has_diacritics(q):
    return any(ord(c) > 127 for c in q)


# ----------------------------------------------------------------------------- metrics
def dcg(grades):
    return sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(grades))


def ndcg_at_k(ranked, judged, k=K):
    ideal = dcg(sorted(judged.values(), reverse=True)[:k])
    if ideal == 0:
        return 0.0
    return dcg([judged.get(i, 0) for i in ranked[:k]]) / ideal


def reciprocal_rank(ranked, judged, min_grade=2, k=K):
    for pos, ident in enumerate(ranked[:k], 1):
        if judged.get(ident, 0) >= min_grade:
            return 1.0 / pos
    return 0.0


def percentile(values, p):
    """Nearest-rank percentile (p in 0..100)."""
    if not values:
        return float('nan')
    v = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(v)))
    return v[rank - 1]


# ----------------------------------------------------------------------------- evaluation loop
def evaluate(queries, search, reps=5, mrr_min_grade=2, progress=None):
    """search(query) -> (ranked identifiers, seconds). Returns one dict per query.

    One untimed pass over all queries gives the rankings; then `reps` timed passes, each over all
    queries in order, so that a change of machine load during the run is spread over every query
    instead of landing on whichever queries happened to run at that moment."""
    total = len(queries) * (1 + reps)
    done = 0
    results = []
    for q, judged in queries:
        ranked, first = search(q)
        results.append({
            'query': q,
            'diacritics': has_diacritics(q),
            'ranked': ranked[:K],
            'judged': judged,
            'ndcg': ndcg_at_k(ranked, judged),
            'rr': reciprocal_rank(ranked, judged, mrr_min_grade),
            'latency_ms': [],
            'first_ms': first * 1000.0,
        })
        done += 1
        if progress:
            progress(done, total, q)
    for _ in range(reps):
        for r in results:
            _, secs = search(r['query'])
            r['latency_ms'].append(secs * 1000.0)
            done += 1
            if progress:
                progress(done, total, r['query'])
    return results


def progress(label):
    """A progress callback for evaluate() that only draws on a terminal."""
    if not sys.stderr.isatty():
        return None

    def show(n, total, q):
        print(f'\r{label}: {n}/{total}', end='\n' if n == total else '', file=sys.stderr)
    return show


def summarize(results):
    groups = {
        'all': results,
        'with diacritics': [r for r in results if r['diacritics']],
        'without diacritics': [r for r in results if not r['diacritics']],
    }
    out = {}
    for name, rs in groups.items():
        lat = [x for r in rs for x in r['latency_ms']]
        srv = [x for r in rs for x in r.get('server_ms', [])]
        out[name] = {
            'queries': len(rs),
            'ndcg10': statistics.fmean(r['ndcg'] for r in rs) if rs else float('nan'),
            'mrr10': statistics.fmean(r['rr'] for r in rs) if rs else float('nan'),
            'zero_ndcg': sum(1 for r in rs if r['ndcg'] == 0),
            'lat_median_ms': statistics.median(lat) if lat else float('nan'),
            'lat_p99_ms': percentile(lat, 99),
            'samples': len(lat),
        }
        if srv:
            out[name]['server_median_ms'] = statistics.median(srv)
            out[name]['server_p99_ms'] = percentile(srv, 99)
    return out


def print_report(name, results, summary, worst=15, out=sys.stdout):
    w = out.write
    w(f'\n=== {name}: worst {worst} queries by nDCG@10 ===\n')
    w(f'{"nDCG":>6} {"RR":>5}  query  ->  top 5 returned (grade)   | missing best judged\n')
    for r in sorted(results, key=lambda r: (r['ndcg'], r['rr'], r['query']))[:worst]:
        top = ', '.join(f'{i}({r["judged"].get(i, 0)})' for i in r['ranked'][:5]) or '(no result)'
        best = [i for i, g in sorted(r['judged'].items(), key=lambda kv: -kv[1]) if g == max(r['judged'].values())]
        missing = [i for i in best if i not in r['ranked']][:3]
        w(f'{r["ndcg"]:6.3f} {r["rr"]:5.2f}  {r["query"]}  ->  {top}')
        if missing:
            w(f'   | missing: {", ".join(missing)}{" …" if len(best) > 3 else ""}')
        w('\n')
    w(f'\n=== {name}: means ===\n')
    w(f'{"group":<20} {"n":>4} {"nDCG@10":>8} {"MRR@10":>7} {"nDCG=0":>7} {"lat med ms":>11} {"lat p99 ms":>11}\n')
    server = all('server_median_ms' in s for s in summary.values())
    for g, s in summary.items():
        w(f'{g:<20} {s["queries"]:>4} {s["ndcg10"]:8.3f} {s["mrr10"]:7.3f} {s["zero_ndcg"]:>7} '
          f'{s["lat_median_ms"]:11.2f} {s["lat_p99_ms"]:11.2f}')
        if server:
            w(f'   server: median {s["server_median_ms"]:.3f} ms, p99 {s["server_p99_ms"]:.3f} ms')
        w('\n')
    w('(latency = client-side wall time per request; server = as measured inside the server)\n')


def write_json(path, name, results, summary, meta):
    with open(path, 'w', encoding='utf-8') as f:
        json.dump({'name': name, 'meta': meta, 'summary': summary, 'per_query': results}, f,
                  ensure_ascii=False, indent=1)


# ----------------------------------------------------------------------------- ndc over HTTP
LIST_RE = re.compile(r'<ol class="dataset-list"[^>]*>(.*?)</ol>', re.S)
COUNT_RE = re.compile(r'id="result-count"[^>]*>\s*<strong>([^<]*)</strong>')
ITEM_RE = re.compile(r'<h3[^>]*>\s*<a[^>]*?href="/datasets/([^"?#/]+)"', re.S)


def parse_ranking(page):
    m = LIST_RE.search(page)
    if not m:
        return []
    return [html.unescape(urllib.parse.unquote(i)) for i in ITEM_RE.findall(m.group(1))]


class NdcClient:
    def __init__(self, base_url, timeout=30):
        u = urllib.parse.urlsplit(base_url)
        self.host, self.port = u.hostname, u.port or 80
        self.prefix = u.path.rstrip('/')
        self.timeout = timeout
        self.conn = None
        self.totals = {}  # query -> number of matching datasets shown on the page
        self.cookies = {}

    def login(self, email, password):
        """Logs in through the login form (CSRF token and cookies as a browser would)."""
        status, body, _ = self._get(f'{self.prefix}/login')
        m = re.search(r'name="csrf" value="([^"]+)"', body.decode('utf-8', 'replace'))
        if status != 200 or not m:
            raise SystemExit(f'GET /login -> HTTP {status}, no CSRF token')
        form = urllib.parse.urlencode({'email': email, 'password': password, 'csrf': html.unescape(m.group(1))})
        status, _, _ = self._get(f'{self.prefix}/login', 'POST', form,
                                 {'Content-Type': 'application/x-www-form-urlencoded'})
        if status != 303:
            raise SystemExit(f'POST /login -> HTTP {status}: wrong email or password?')

    def _get(self, path, method='GET', body=None, headers=None):
        for attempt in (1, 2):
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
            try:
                t0 = time.perf_counter()
                sent = {'Accept': 'text/html', **(headers or {})}
                if self.cookies:
                    sent['Cookie'] = '; '.join(f'{k}={v}' for k, v in self.cookies.items())
                self.conn.request(method, path, body=body, headers=sent)
                resp = self.conn.getresponse()
                body = resp.read()
                secs = time.perf_counter() - t0
                for name, value in resp.getheaders():
                    if name.lower() == 'set-cookie':
                        k, _, v = value.split(';', 1)[0].partition('=')
                        self.cookies[k.strip()] = v.strip()
                if resp.getheader('Connection', '').lower() == 'close':
                    self.conn.close()
                    self.conn = None
                return resp.status, body, secs
            except (http.client.HTTPException, ConnectionError, OSError):
                self.conn.close()
                self.conn = None
                if attempt == 2:
                    raise

    def catalog_size(self):
        """Number of datasets /datasets lists without a query (the count line), or None."""
        status, body, _ = self._get(f'{self.prefix}/datasets')
        m = COUNT_RE.search(body.decode('utf-8', 'replace'))
        return int(re.sub(r'\D', '', m.group(1)) or 0) if status == 200 and m else None

    def search(self, q):
        path = f'{self.prefix}/datasets?q={urllib.parse.quote_plus(q)}'
        status, body, secs = self._get(path)
        if status != 200:
            raise SystemExit(f'GET {path} -> HTTP {status}')
        page = body.decode('utf-8', 'replace')
        m = COUNT_RE.search(page)
        self.totals[q] = int(re.sub(r'\D', '', m.group(1)) or 0) if m else None
        return parse_ranking(page), secs


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--base-url', default=os.environ.get('NDC_URL', 'http://127.0.0.1:8080'))
    ap.add_argument('--queries', default=os.path.join(HERE, 'queries.tsv'))
    ap.add_argument('--reps', type=int, default=5, help='timed repetitions per query (default 5)')
    ap.add_argument('--mrr-min-grade', type=int, default=2)
    ap.add_argument('--worst', type=int, default=15)
    ap.add_argument('--json', help='write per-query results and means to this file')
    ap.add_argument('--name', default='ndc')
    ap.add_argument('--server-log', help="ndc's log file: read the server-side latency_ms of each "
                    "/datasets request (ndc::request lines) and report it next to the client-side time")
    ap.add_argument('--email', default=os.environ.get('NDC_EVAL_EMAIL'),
                    help='log in as this account first (an admin sees every published dataset, as the '
                    'baseline does; anonymous visitors see open data only)')
    ap.add_argument('--password', default=os.environ.get('NDC_EVAL_PASSWORD'))
    a = ap.parse_args()

    queries = load_queries(a.queries)
    client = NdcClient(a.base_url)
    if a.email:
        client.login(a.email, a.password or '')
    size = client.catalog_size()
    who = f'logged in as {a.email}' if a.email else 'anonymous'
    print(f'{a.name}: {a.base_url} lists {size} datasets ({who}); {len(queries)} judged queries, {a.reps} timed runs each')
    if not size:
        raise SystemExit('the catalog is empty (was ndc started from the repository root, with seed-data/?)')
    load_before = os.getloadavg()
    client.search('warm up')  # first request pays for connection set-up and lazy init
    results = evaluate(queries, client.search, a.reps, a.mrr_min_grade, progress=progress(a.name))
    load_after = os.getloadavg()
    for r in results:
        r['total'] = client.totals.get(r['query'])
    if a.server_log:
        attach_server_log(a.server_log, results, a.reps)
    summary = summarize(results)
    print_report(a.name, results, summary, a.worst)
    print(f'load average (1 min) before/after: {load_before[0]:.2f} / {load_after[0]:.2f} on {os.cpu_count()} CPUs')
    if a.json:
        write_json(a.json, a.name, results, summary,
                   {'base_url': a.base_url, 'reps': a.reps, 'mrr_min_grade': a.mrr_min_grade,
                    'loadavg_before': load_before, 'loadavg_after': load_after,
                    'latency': 'client-side wall time per HTTP GET /datasets?q= (keep-alive, body read); '
                               'server_ms = latency_ms of the ndc::request log line'})


SERVER_LOG_RE = re.compile(r'ndc::request:.*\bpath=/datasets\s.*\blatency_ms=([0-9.]+)')


def attach_server_log(path, results, reps):
    """Match ndc's request log to our requests. They are sequential and in a known order: one
    warm-up, one ranking request per query, then `reps` passes of one timed request per query."""
    time.sleep(0.5)  # let the server flush its log
    with open(path, encoding='utf-8', errors='replace') as f:
        lat = [float(m.group(1)) for m in map(SERVER_LOG_RE.search, f) if m]
    n = len(results)
    expected = 1 + n * (1 + reps)
    if len(lat) < expected:
        print(f'server log: found {len(lat)} /datasets requests, expected {expected}; not used', file=sys.stderr)
        return
    timed = lat[-expected:][1 + n:]
    for i, r in enumerate(results):
        r['server_ms'] = [timed[rep * n + i] for rep in range(reps)]


if __name__ == '__main__':
    main()
