#!/usr/bin/env python3
"""Helper of bench/import.sh (standard library only).

    import_report.py rows DIR             row counts of DIR's four inventory CSV files ("file count" lines)
    import_report.py pg-copy DIR          psql script: plain TEXT tables + \\copy of the four files
    import_report.py db-url URL NAME      URL with its database name replaced by NAME
    import_report.py summary RUNDIR       table of medians from RUNDIR/raw.tsv (and RUNDIR/info)

raw.tsv lines: backend, measurement, rep, wall_s, peak_rss_kb, user_s, sys_s, exit, load1.
Measurements: "baseline" (the database's bulk loader), "import" (ndc into an empty catalog),
"reimport" (ndc again on the same database, input unchanged).
"""
import csv
import os
import statistics
import sys
import urllib.parse

FILES = ("agencies", "datasets", "fields", "distributions")


def count_rows(inv):
    """Data rows (header excluded) per file, parsed as CSV (quoted fields may hold newlines).

    Cached in DIR/.rows, keyed by each file's size and mtime."""
    stats = {}
    for name in FILES:
        st = os.stat(os.path.join(inv, f"{name}.csv"))
        stats[name] = f"{st.st_size}:{int(st.st_mtime)}"
    cache = os.path.join(inv, ".rows")
    try:
        with open(cache, encoding="utf-8") as f:
            cached = {}
            for line in f:
                name, key, count = line.split()
                cached[name] = (key, int(count))
        if all(name in cached and cached[name][0] == stats[name] for name in FILES):
            return {name: cached[name][1] for name in FILES}
    except (OSError, ValueError):
        pass
    counts = {}
    csv.field_size_limit(1 << 30)
    for name in FILES:
        with open(os.path.join(inv, f"{name}.csv"), encoding="utf-8", newline="") as f:
            counts[name] = max(sum(1 for _ in csv.reader(f)) - 1, 0)
    try:
        with open(cache, "w", encoding="utf-8") as f:
            for name in FILES:
                f.write(f"{name} {stats[name]} {counts[name]}\n")
    except OSError:
        pass
    return counts


def pg_copy(inv):
    def ident(s):
        return '"' + s.replace('"', '""') + '"'

    def literal(s):
        return "'" + s.replace("'", "''") + "'"

    out = []
    for name in FILES:
        path = os.path.abspath(os.path.join(inv, f"{name}.csv"))
        with open(path, encoding="utf-8", newline="") as f:
            header = next(csv.reader(f))
        cols = ", ".join(f"{ident(c)} text" for c in header)
        out.append(f"CREATE TABLE {ident(name)} ({cols});")
        out.append(f"\\copy {ident(name)} FROM {literal(path)} WITH (FORMAT csv, HEADER true)")
    return "\n".join(out) + "\n"


def db_url(url, name):
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit(parts._replace(path="/" + urllib.parse.quote(name)))


def read_info(rundir):
    info = {}
    try:
        with open(os.path.join(rundir, "info"), encoding="utf-8") as f:
            for line in f:
                if "=" in line:
                    k, v = line.rstrip("\n").split("=", 1)
                    info[k] = v
    except OSError:
        pass
    return info


def fmt_int(x):
    return f"{x:,.0f}"


def fmt_s(x):
    return f"{x:.2f}" if x < 10 else f"{x:.1f}"


LABELS = {
    ("sqlite", "baseline"): "bulk loader: sqlite3 .import --csv",
    ("postgres", "baseline"): "bulk loader: psql \\copy (COPY FROM STDIN)",
    ("sqlite", "import"): "ndc import, empty catalog",
    ("postgres", "import"): "ndc import, empty catalog",
    ("sqlite", "reimport"): "ndc re-import, unchanged",
    ("postgres", "reimport"): "ndc re-import, unchanged",
}

TARGET_IMPORT_S = 10.0
TARGET_RATIO = 3.0
TARGET_REIMPORT_S = 5.0
TARGET_RSS_MB = 500.0


def summary(rundir):
    info = read_info(rundir)
    rows_total = int(info.get("rows_total", "0") or 0)
    runs = {}
    with open(os.path.join(rundir, "raw.tsv"), encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            backend, what, rep, wall, rss, user, sys_, code, load1 = line.split("\t")
            runs.setdefault((backend, what), []).append(
                dict(rep=int(rep), wall=float(wall), rss_mb=int(rss) / 1024, cpu=float(user) + float(sys_),
                     code=int(code), load=float(load1)))

    out = []
    out.append(f"ndc import benchmark, {info.get('started', '?')}")
    out.append(f"  commit {info.get('commit', '?')}; binary {info.get('binary', '?')}")
    out.append(f"  machine: {info.get('nproc', '?')} CPUs ({info.get('cpu', '?')}), {info.get('mem', '?')} RAM, "
               f"kernel {info.get('kernel', '?')}; load average at start {info.get('load_start', '?')}, "
               f"at end {info.get('load_end', '?')}")
    out.append(f"  inventory {info.get('inventory', '?')}: {info.get('rows', '?')} = {fmt_int(rows_total)} rows")
    if info.get("postgres"):
        out.append(f"  PostgreSQL: {info['postgres']}")
    out.append(f"  {info.get('repeat', '?')} repetitions per measurement; medians, (min-max) over repetitions")
    out.append("")

    header = ["backend", "measurement", "wall s", "(min-max)", "rows/s", "peak RSS MB", "CPU s", "exit codes",
              "ndc / baseline"]
    table = []
    verdicts = []
    for backend in ("sqlite", "postgres"):
        base = runs.get((backend, "baseline"))
        base_med = statistics.median(r["wall"] for r in base) if base else None
        base_by_rep = {r["rep"]: r["wall"] for r in base or []}
        medians = {}
        for what in ("baseline", "import", "reimport"):
            rs = runs.get((backend, what))
            if not rs:
                continue
            walls = [r["wall"] for r in rs]
            med = statistics.median(walls)
            medians[what] = med
            ratio = "-"
            if what != "baseline" and base_med:
                ratio = f"{med / base_med:.1f}x"
                paired = [r["wall"] / base_by_rep[r["rep"]] for r in rs if base_by_rep.get(r["rep"])]
                if paired:
                    ratio += f" (paired {statistics.median(paired):.1f}x)"
            codes = " ".join(str(r["code"]) for r in sorted(rs, key=lambda r: r["rep"]))
            table.append([
                backend, LABELS[(backend, what)], fmt_s(med), f"({fmt_s(min(walls))}-{fmt_s(max(walls))})",
                fmt_int(rows_total / med) if med > 0 and rows_total else "-",
                fmt_int(statistics.median(r["rss_mb"] for r in rs)),
                fmt_s(statistics.median(r["cpu"] for r in rs)),
                codes, ratio,
            ])
        if "import" not in medians and "reimport" not in medians:
            continue

        def failed(what):
            bad = [r["code"] for r in runs.get((backend, what), []) if r["code"] != 0]
            return f", exit {bad[0]} in {len(bad)} of {len(runs[(backend, what)])} runs" if bad else ""

        def verdict(ok, fail_note):
            return "met" if ok and not fail_note else "NOT met"

        v = []
        if "import" in medians:
            m, fnote = medians["import"], failed("import")
            v.append(f"import < {TARGET_IMPORT_S:.0f} s: {verdict(m < TARGET_IMPORT_S, fnote)} ({fmt_s(m)} s{fnote})")
            if base_med:
                r = m / base_med
                v.append(f"import <= {TARGET_RATIO:.0f}x baseline: {verdict(r <= TARGET_RATIO, fnote)} ({r:.1f}x)")
        if "reimport" in medians:
            m, fnote = medians["reimport"], failed("reimport")
            v.append(f"re-import < {TARGET_REIMPORT_S:.0f} s: "
                     f"{verdict(m < TARGET_REIMPORT_S, fnote)} ({fmt_s(m)} s{fnote})")
        ndc_runs = runs.get((backend, "import"), []) + runs.get((backend, "reimport"), [])
        peak = max(r["rss_mb"] for r in ndc_runs)
        v.append(f"peak memory < {TARGET_RSS_MB:.0f} MB: {verdict(peak < TARGET_RSS_MB, '')} "
                 f"({fmt_int(peak)} MB, highest of all ndc runs)")
        verdicts.append((backend, v))

    widths = [max(len(str(row[i])) for row in [header] + table) for i in range(len(header))]
    right = {2, 4, 5, 6}

    def line(row):
        return "  ".join(str(c).rjust(widths[i]) if i in right else str(c).ljust(widths[i])
                         for i, c in enumerate(row)).rstrip()

    out.append(line(header))
    out.append("  ".join("-" * w for w in widths))
    for row in table:
        out.append(line(row))
    out.append("")
    out.append("rows/s = all data rows of the four files / median wall time. Peak RSS is the measured process only")
    out.append("(sqlite3, psql or ndc; the PostgreSQL server's memory is not included). 'paired' = median of the")
    out.append("per-repetition ratios (ndc and the baseline of the same repetition ran back to back). CPU s = user +")
    out.append("system time of the measured process. Exit codes per repetition; a non-zero one means that run failed.")
    if verdicts:
        out.append("")
        out.append("Targets (the issue states them for SQLite; shown for PostgreSQL for reference):")
        for backend, v in verdicts:
            out.append(f"  {backend}: " + "; ".join(v))
    return "\n".join(out) + "\n"


def main(argv):
    if len(argv) >= 2 and argv[0] == "rows":
        counts = count_rows(argv[1])
        for name in FILES:
            print(name, counts[name])
    elif len(argv) >= 2 and argv[0] == "pg-copy":
        sys.stdout.write(pg_copy(argv[1]))
    elif len(argv) >= 3 and argv[0] == "db-url":
        print(db_url(argv[1], argv[2]))
    elif len(argv) >= 2 and argv[0] == "summary":
        sys.stdout.write(summary(argv[1]))
    else:
        sys.stderr.write(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
