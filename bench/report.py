#!/usr/bin/env python3
"""Writes the Markdown results of one backend (called by bench/run.sh; values come from R_* variables).

    report.py ROWS_FILE PROBE_FILE > results.md

ROWS_FILE: one line per wrk run: name paths requests rps p50_us p90_us p99_us max_us non2xx errors server_p50_ms server_p99_ms
PROBE_FILE: "seconds path" lines, slowest first.
"""

import os
import sys

LABELS = {
    "healthz": "/healthz (baseline)",
    "dataset": "Dataset page /datasets/{id}",
    "list-filtered": "Filtered list /datasets?…",
    "list-unfiltered": "Unfiltered list /datasets",
    "home": "Home page /",
    "healthz-end": "/healthz again (drift check)",
    "dataset-c1": "Dataset page, 1 connection (no queueing)",
}


def main():
    e = os.environ
    rows = [line.split() for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
    probe = [line.split(" ", 1) for line in open(sys.argv[2], encoding="utf-8") if line.strip()]
    base = next(float(r[4]) for r in rows if r[0] == "healthz")

    def ms(us):
        return f"{float(us) / 1000:.2f}"

    def mb(kb):
        return f"{int(kb) / 1024:.0f} MB"

    print(f"# ndc benchmark — {e['R_BACKEND']}, N = {e['R_N']} datasets")
    print()
    print(e["R_MACHINE"])
    print(f"- wrk: {e['R_THREADS']} threads, {e['R_CONNECTIONS']} connections, {e['R_DURATION']} per page after a "
          f"{e['R_WARMUP']} warm-up, on loopback. Latencies are client-observed (an upper bound of the server's); "
          "the server p50/p99 column comes from ndc's request log (`latency_ms`) for the same requests.")
    print(f"- Seed load (log line `elapsed_ms`): {int(e['R_SEED_MS']) / 1000:.1f} s for {e['R_COUNTS'].strip()}")
    index_ms = e.get("R_INDEX_MS") or ""
    print(f"- Search index: ready {e['R_INDEX_S']} s after the seed load"
          + (f" (log line `search index built`: {int(index_ms) / 1000:.1f} s)" if index_ms else "")
          + f"; {e['R_SERVE_READY_S']} s after a restart on the loaded database; "
          f"{int(e['R_INDEX_SIZE']) / 2**20:.0f} MB on disk")
    print(f"- Peak RSS of ndc (VmHWM): {mb(e['R_SEED_HWM'])} at the end of the seed load, "
          f"{mb(e['R_INDEX_HWM'])} once the search index was built; after a restart on the loaded database: "
          f"{mb(e['R_START_RSS'])} when ready, peak {mb(e['R_SERVE_HWM'])} over the load test "
          f"({mb(e['R_SERVE_RSS'])} resident at the end)")
    print(f"- Database size: {int(e['R_DB_SIZE']) / 2**20:.0f} MB")
    if e.get("R_LOAD_AFTER"):
        print(f"- Load average after the load test: {e['R_LOAD_AFTER']}")
    print()
    print("| Page | Paths | Requests | Req/s | p50 ms | p90 ms | p99 ms | max ms | p50 ÷ healthz p50 "
          "| Server p50 / p99 ms | non-2xx | errors |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, paths, requests, rps, p50, p90, p99, mx, non2xx, errors, sp50, sp99 in rows:
        rate = f"{float(rps):.0f}" if float(rps) >= 100 else f"{float(rps):.1f}"
        print(f"| {LABELS.get(name, name)} | {paths} | {requests} | {rate} | {ms(p50)} | {ms(p90)} | {ms(p99)} "
              f"| {ms(mx)} | {float(p50) / base:,.0f}× | {sp50} / {sp99} | {non2xx} | {errors} |")
    print()
    get = {r[0]: r for r in rows}
    checks = [
        ("Dataset page p99 < 5 ms", float(get["dataset"][6]) / 1000, 5, "ms"),
        ("Filtered list page p99 < 20 ms", float(get["list-filtered"][6]) / 1000, 20, "ms"),
    ]
    if e["R_BACKEND"] == "sqlite":
        checks.append(("Peak memory < 300 MB while serving", int(e["R_SERVE_HWM"]) / 1024, 300, "MB"))
        checks.append(("Peak memory < 300 MB including the seed load and index build",
                       max(int(e["R_SEED_HWM"]), int(e["R_INDEX_HWM"])) / 1024, 300, "MB"))
    print("| Target | Measured | Met? |")
    print("|---|---:|---|")
    for label, value, limit, unit in checks:
        print(f"| {label} | {value:.1f} {unit} | {'yes' if value < limit else '**no**'} |")
    print()
    times = sorted(float(t) for t, _ in probe)
    if times:
        def q(p):
            return times[min(len(times) - 1, int(p * len(times)))] * 1000
        print(f"Filtered list page requested one at a time ({len(times)} distinct URLs from the list above, curl, "
              f"no concurrency): p50 {q(0.5):.1f} ms, p90 {q(0.9):.1f} ms, p99 {q(0.99):.1f} ms, max {times[-1] * 1000:.1f} ms.")
        print()
    print(f"Slowest of {len(probe)} distinct filtered-list URLs, requested one at a time (curl total time):")
    print()
    print("| Seconds | URL |")
    print("|---:|---|")
    for t, path in probe[:10]:
        print(f"| {float(t):.3f} | `{path.strip()}` |")


if __name__ == "__main__":
    main()
