# package_search over real HTTP against `ndc serve` (release, mimalloc), as benches/save.rs sends it:
# q = two words from the middle of 200 titles spread over the inventory, rows 20, start 0/20/40,
# facet.field organization and res_format; baseline: the list page for the same words. One keep-alive
# connection each; times are request to full response, in ms. Before each round, 300 one-word searches
# that the round never asks push its queries out of the server's facet-count cache (it keeps the last
# 256 result sets), so every round pays for counting them, as a server seeing them first would.
#   target/release/ndc serve --addr 127.0.0.1:PORT --data-dir bench-data/dcat-100000 --no-seed &
#   python3 bench/ckan_http.py bench-data/inventory-100000 PORT [ROUNDS]
# (bench/dcat.sh leaves the 100,000-dataset catalog in bench-data/dcat-100000.)
import csv, http.client, json, sys, time, urllib.parse
inv, port = sys.argv[1], int(sys.argv[2])
titles = [r["title"] for r in csv.DictReader(open(f"{inv}/datasets.csv", encoding="utf-8"))]
step = max(len(titles) // 200, 1)
words = []
for t in titles[::step][:200]:
    w = t.split()
    at = max(len(w) // 2 - 1, 0)
    words.append(" ".join(w[at:at + 2]))
title_words = sorted({x for t in titles for x in t.split()} - {x for w in words for x in w.split()})
evict = title_words[:: max(len(title_words) // 300, 1)][:300]
def timed(conn, method, path, body=None, headers={}):
    t = time.perf_counter()
    conn.request(method, path, body=body, headers=headers)
    r = conn.getresponse(); data = r.read()
    assert r.status == 200, (r.status, path, data[:200])
    return (time.perf_counter() - t) * 1000
def pct(xs, p):
    xs = sorted(xs); return xs[round((len(xs) - 1) * p)]
for rnd in range(int(sys.argv[3]) if len(sys.argv) > 3 else 1):
    ck, lp = [], []
    c1 = http.client.HTTPConnection("127.0.0.1", port); c2 = http.client.HTTPConnection("127.0.0.1", port)
    for w in evict:
        timed(c1, "POST", "/api/action/package_search", json.dumps({"q": w, "rows": 0, "facet.field": ["organization"]}), {"Content-Type": "application/json"})
    for i, w in enumerate(words):
        body = json.dumps({"q": w, "rows": 20, "start": (i % 3) * 20, "facet.field": ["organization", "res_format"]})
        ck.append(timed(c1, "POST", "/api/action/package_search", body, {"Content-Type": "application/json"}))
        lp.append(timed(c2, "GET", "/datasets?q=" + urllib.parse.quote(w)))
    for name, xs in (("CKAN package_search (POST JSON, rows 20, 2 facets)", ck), ("baseline: the list page for the same words", lp)):
        print(f"| {name} | {len(xs)} | {pct(xs,.5):.1f} | {pct(xs,.9):.1f} | {pct(xs,.99):.1f} | {max(xs):.1f} |")
