"""Machine description and the RESULTS.md report."""
from __future__ import annotations

import os
import platform
import subprocess
import sys
from typing import Any, Optional

TARGETS = [
    # key, label, unit, op, target
    ("crawl_ratio", "Full pipeline vs bare Scrapy (pages/s ratio, median of rounds)", "×", ">=", 0.6),
    ("extract_ratio", "clean+extract vs trafilatura fast (ms/page ratio)", "×", "<=", 0.5),
    ("store_docs_per_s", "Storage: Store.upsert_document", "docs/s", ">=", 5000),
    ("export_rows_per_s", "Export: export_csv", "rows/s", ">=", 25000),
    ("rss_ratio", "Peak RSS of the crawl at {factor}×N vs N pages", "×", "<=", 1.25),
]


def _version(mod: str) -> Optional[str]:
    try:
        m = __import__(mod)
        return getattr(m, "__version__", None)
    except Exception:  # noqa: BLE001
        return None


def machine() -> dict[str, Any]:
    import lxml.etree
    try:
        import psutil
    except ImportError:
        psutil = None

    cpu = None
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.lower().startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    cpu = cpu or platform.processor() or platform.machine()
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count()
    import sqlite3
    from crawler import __version__ as jobsift_version
    return {
        "cpu": cpu,
        "cores_logical": os.cpu_count(),
        "cores_physical": psutil.cpu_count(logical=False) if psutil else None,
        "cores_usable": usable,
        "ram_bytes": (psutil.virtual_memory().total if psutil
                      else os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")),
        "os": platform.platform(),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "scrapy": _version("scrapy"),
        "twisted": _version("twisted"),
        "lxml": _version("lxml"),
        "libxml2": ".".join(map(str, lxml.etree.LIBXML_VERSION)),
        "trafilatura": _version("trafilatura"),
        "sqlite": sqlite3.sqlite_version,
        "psutil": psutil.__version__ if psutil else None,
        "jobsift": jobsift_version,
        "git_commit": git_commit(),
        "code_fingerprint": code_fingerprint(),
        "loadavg_start": list(os.getloadavg()) if hasattr(os, "getloadavg") else None,
        "executable": sys.executable,
    }


def code_fingerprint() -> str:
    """sha256 (12 hex) of the project's source files (crawler/, pipelines/, exports/): tells
    whether the code measured changed during a run (others may be editing it)."""
    import hashlib

    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    h = hashlib.sha256()
    for pkg in ("crawler", "pipelines", "exports"):
        top = os.path.join(repo, pkg)
        for dirpath, dirnames, filenames in os.walk(top):
            dirnames[:] = sorted(d for d in dirnames if d not in ("__pycache__", "demo_site"))
            for name in sorted(filenames):
                if name.endswith((".py", ".json")):
                    full = os.path.join(dirpath, name)
                    h.update(os.path.relpath(full, repo).encode())
                    try:
                        with open(full, "rb") as fh:
                            h.update(fh.read())
                    except OSError:
                        pass
    return h.hexdigest()[:12]


def git_commit() -> Optional[str]:
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=repo, capture_output=True,
                              text=True, timeout=5).stdout.strip() or None
    except (OSError, subprocess.SubprocessError):
        return None


def evaluate(figures: dict[str, Optional[float]], rss_factor: int = 10) -> list[dict]:
    out = []
    for key, label, unit, op, target in TARGETS:
        label = label.format(factor=rss_factor)
        value = figures.get(key)
        ok = None
        if value is not None:
            ok = value >= target if op == ">=" else value <= target
        out.append({"key": key, "label": label, "unit": unit, "op": op, "target": target,
                    "value": value, "pass": ok})
    return out


def _fmt(v: Any, digits: int = 2) -> str:
    if v is None:
        return "–"
    if isinstance(v, float):
        if abs(v) >= 1000:
            return f"{v:,.0f}"
        return f"{v:.{digits}f}"
    if isinstance(v, int):
        return f"{v:,}"
    return str(v)


def _mib(b: Optional[float]) -> str:
    return "–" if b is None else f"{b / 2**20:.1f} MiB"


def markdown(res: dict) -> str:
    m = res["machine"]
    p = res["params"]
    lines = [
        "# jobsift benchmark results",
        "",
        f"- **Date:** {res['date']}",
        f"- **Command:** `{res['command']}`" + (" (quick mode)" if p.get("quick") else ""),
        f"- **Machine:** {m['cpu']}, {m['cores_logical']} logical cores ({m['cores_usable']} usable), "
        f"{m['ram_bytes'] / 2**30:.1f} GiB RAM, {m['os']}",
        f"- **Software:** {m['python']}, Scrapy {m['scrapy']} (Twisted {m['twisted']}), lxml {m['lxml']} "
        f"(libxml2 {m['libxml2']}), trafilatura {m['trafilatura']}, SQLite {m['sqlite']}, "
        f"jobsift {m['jobsift']}" + (f" @ {m['git_commit']}" if m.get("git_commit") else "")
        + (f" (source fingerprint {m['code_fingerprint']})" if m.get("code_fingerprint") else ""),
        f"- **Load average** at start: {_fmt_load(m.get('loadavg_start'))}; at end: "
        f"{_fmt_load(res.get('loadavg_end'))} (other work on the machine skews the figures)",
        f"- **Total time:** {res['total_seconds']:.0f} s",
        "",
        "## Targets",
        "",
        "| Figure | Value | Target | Result |",
        "|---|---:|---:|:---:|",
    ]
    for t in res["targets"]:
        unit = "" if t["unit"] == "×" else f" {t['unit']}"
        val = _fmt(t["value"]) + ("×" if t["unit"] == "×" and t["value"] is not None else unit)
        tgt = f"{'≥' if t['op'] == '>=' else '≤'} {_fmt(float(t['target']))}" + (
            "×" if t["unit"] == "×" else unit)
        verdict = "n/a" if t["pass"] is None else ("**pass**" if t["pass"] else "**FAIL**")
        lines.append(f"| {t['label']} | {val} | {tgt} | {verdict} |")
    s = res["site"]
    c = res["crawl"]
    lines += [
        "",
        "## Crawl: bare Scrapy (A) vs full `jobsift crawl` (B)",
        "",
        f"Site: {s['pages']:,} generated article pages (mean {s['kb_mean']:.1f} KiB, "
        f"{s['kb_min']:.1f}–{s['kb_max']:.1f} KiB), crawls of the first {p['pages']:,} "
        f"(robots.txt → sitemap.xml → articles), served by a threaded `http.server` in another "
        f"process on 127.0.0.1. Settings for both: CONCURRENT_REQUESTS=32, "
        f"CONCURRENT_REQUESTS_PER_DOMAIN=32, DOWNLOAD_DELAY=0, AutoThrottle off, ROBOTSTXT_OBEY on. "
        f"pages/s = article pages fetched (A: items; B: pages that reached the pipelines) / wall "
        f"time of the crawl subprocess (includes interpreter start-up and imports); "
        f"\"Scrapy-time\" uses Scrapy's own elapsed_time_seconds instead; CPU ms/page is the crawl "
        f"process's user+sys CPU time per page, for B with its worker processes (`wait4` rusage; "
        f"the server's CPU is not included), which other load on the machine disturbs much less "
        f"than wall time.",
        "",
        "| Round | A pages | A wall s | A pages/s | A CPU ms/page | B pages | B stored | B wall s | "
        "B pages/s | B CPU ms/page | B/A | B/A (Scrapy-time) | B/A (CPU) | B peak RSS |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in c["rounds"]:
        a, b = r["bare"], r["jobsift"]
        lines.append(
            f"| {r['round']} | {a['pages']:,} | {a['wall_s']:.2f} | {a['pages_per_s']:.1f} | "
            f"{_cpu_ms(a)} | {b['pages']:,} | {b['documents']:,} | {b['wall_s']:.2f} | "
            f"{b['pages_per_s']:.1f} | {_cpu_ms(b)} | {_fmt(r['ratio'], 3)} | "
            f"{_fmt(r.get('ratio_scrapy_time'), 3)} | {_fmt(r.get('ratio_cpu'), 3)} | "
            f"{_mib(b['peak_rss'])} |")
    lines += [
        "",
        f"Median: A {_fmt(c['bare_pages_per_s_median'], 1)} pages/s, B "
        f"{_fmt(c['jobsift_pages_per_s_median'], 1)} pages/s, **B/A {_fmt(c['ratio_median'], 3)}** "
        f"(Scrapy-time: A {_fmt(c.get('bare_scrapy_pps_median'), 1)}, B "
        f"{_fmt(c.get('jobsift_scrapy_pps_median'), 1)} pages/s, B/A "
        f"{_fmt(c.get('ratio_scrapy_time_median'), 3)}; CPU: A {_fmt(c.get('bare_cpu_ms_per_page_median'))}, "
        f"B {_fmt(c.get('jobsift_cpu_ms_per_page_median'))} ms/page, B/A "
        f"{_fmt(c.get('ratio_cpu_median'), 3)}).",
    ]
    cores = (res.get("machine") or {}).get("cores_usable")
    if cores and c.get("ratio_cpu_median") and c.get("ratio_median"):
        ceiling = cores * c["ratio_cpu_median"]
        lines += [
            "",
            f"CPU ceiling (context): A is one process; B spreads its work over the crawl process and "
            f"its workers. On {cores} usable cores, with every core busy and nothing else running, "
            f"B could reach {cores} × B/A (CPU) = **{_fmt(ceiling, 3)}** of A's pages/s. It reached "
            f"{c['ratio_median'] / ceiling:.0%} of that: the gap is start-up, when only one core "
            f"works, the site's server, which shares B's cores, and moments when a core idles. A "
            f"higher B/A needs less CPU per page in B (mostly clean + extract) or more of the cores "
            f"kept busy.",
        ]
    if c.get("bare_gc_pages_per_s_median") is not None:
        per = ", ".join(_fmt(r.get("ratio_vs_bare_gc"), 3) for r in c["rounds"])
        lines += [
            "",
            f"Context, not the target: `jobsift crawl` raises Python's garbage-collector thresholds "
            f"while Scrapy runs (`crawler.cli.CRAWL_GC_THRESHOLD`), and that speeds Scrapy itself up "
            f"as well. The bare spider with the same thresholds (A', once per round after B): "
            f"{_fmt(c['bare_gc_pages_per_s_median'], 1)} pages/s; B/A' per round {per}, median "
            f"**{_fmt(c.get('ratio_vs_bare_gc_median'), 3)}**.",
        ]
    e = res.get("extract")
    if e:
        lines += [
            "",
            "## clean + extract vs trafilatura",
            "",
            f"{e['pages']} generated pages (mean {e['kb_mean']:.1f} KiB; the same number from each "
            f"of the site's body templates), same process, interleaved page by page, {e['reps']} "
            f"repetitions after a warm-up; ours = "
            f"`extract(clean(html_bytes, url, fetched_at=t), fetched_at=t)`, "
            f"baseline = `{e['trafilatura_call']}` on the same bytes.",
            "",
            "| | ms/page (median of reps) | median page ms | p90 page ms |",
            "|---|---:|---:|---:|",
            f"| jobsift clean+extract | {e['ours_ms_per_page']:.2f} | {e['ours_ms_page_median']:.2f} | "
            f"{e['ours_ms_page_p90']:.2f} |",
            f"| trafilatura fast | {e['trafilatura_ms_per_page']:.2f} | "
            f"{e['trafilatura_ms_page_median']:.2f} | {e['trafilatura_ms_page_p90']:.2f} |",
            f"| ratio ours/trafilatura | {e['ratio']:.2f}× | | |",
        ]
        if e.get("ours_clean_ms_per_page") is not None:
            lines += [
                "",
                f"For context (not a target): `clean()` alone, the part trafilatura also does (it "
                f"extracts no responsibilities, skills, salaries or dates), "
                f"{e['ours_clean_ms_per_page']:.2f} ms/page = {e['clean_ratio']:.2f}× trafilatura "
                f"(timed after the pairs, same pages, median of {e['reps']} repetitions).",
            ]
        if e.get("ours_clean_selector_ms_per_page") is not None:
            sel_ms = e["ours_clean_selector_ms_per_page"]
            lines += [
                "",
                f"For context (not a target): `clean()` as for a source configured with its site's "
                f"`content_selector` ({', '.join(f'`{x}`' for x in e['selectors'])}), timed the "
                f"same way: {sel_ms:.2f} ms/page, "
                f"{sel_ms / e['ours_clean_ms_per_page']:.2f}× `clean()` without it. "
                f"Knowing the article's container spares choosing it (furniture removal over the "
                f"whole page, then scoring). Same text as without the selector on "
                f"{e['selector_same_text']} of {e['pages']} pages.",
            ]
    st = res.get("store")
    if st:
        lines += [
            "",
            "## Storage",
            "",
            f"`Store.upsert_document` × {st['documents']:,} new documents (one transaction each, WAL, "
            f"synchronous=NORMAL; avg {st['avg_responsibilities']:.1f} responsibilities, "
            f"{st['avg_skills']:.1f} skills, {st['avg_salaries']:.1f} salaries, "
            f"{st['avg_text_chars']:,.0f} chars of text indexed by FTS): "
            f"{st['seconds']:.2f} s → **{st['docs_per_s']:,.0f} docs/s** "
            f"({st['ms_per_doc']:.2f} ms/doc).",
        ]
    ex = res.get("export")
    if ex:
        per = ", ".join(f"{k} {v:,}" for k, v in ex["rows_per_file"].items())
        lines += [
            "",
            "## Export",
            "",
            f"`export_csv` on a database of {ex['documents']:,} documents with children "
            f"(bulk-inserted in {ex['build_seconds']:.1f} s): {ex['rows']:,} rows ({per}), "
            f"{ex['csv_bytes'] / 2**20:.1f} MiB of CSV in {ex['seconds']:.2f} s → "
            f"**{ex['rows_per_s']:,.0f} rows/s**.",
        ]
    rs = res.get("rss")
    if rs:
        lines += [
            "",
            "## Peak RSS of the full crawl",
            "",
            "Peak resident set of the `jobsift crawl` subprocess: the kernel's `ru_maxrss` of that "
            "child (via `os.wait4`), and as a cross-check the highest psutil sample (every 50 ms).",
            "",
            "| Pages | Peak RSS (ru_maxrss) | psutil sampled peak | Wall s | pages/s | stored |",
            "|---:|---:|---:|---:|---:|---:|",
            f"| {rs['pages_small']:,} | {_mib(rs['peak_rss_small'])} (median of {len(c['rounds'])} rounds) | "
            f"{_mib(median_of([r['jobsift']['peak_rss_sampled'] for r in c['rounds']]) or None)} | "
            f"{_fmt(c['jobsift_wall_s_median'])} | {_fmt(c['jobsift_pages_per_s_median'], 1)} | "
            f"{_fmt(c['rounds'][0]['jobsift']['documents'])} |",
        ]
        big = rs.get("large_crawl")
        if big:
            lines.append(f"| {rs['pages_large']:,} | {_mib(big['peak_rss'])} | "
                         f"{_mib(big['peak_rss_sampled'] or None)} | {big['wall_s']:.1f} | "
                         f"{big['pages_per_s']:.1f} | {big['documents']:,} |")
        lines.append("")
        lines.append(f"Ratio: **{_fmt(rs.get('ratio'), 3)}**.")
        if rs.get("bare_ratio") is not None:
            lb = rs["large_bare_crawl"]
            lines += ["", f"For context, the bare Scrapy spider (A) on the same two sites: "
                          f"{_mib(rs['bare_peak_rss_small'])} at {rs['pages_small']:,} pages "
                          f"(median of the A rounds), {_mib(rs['bare_peak_rss_large'])} at "
                          f"{rs['pages_large']:,} pages ({lb['wall_s']:.1f} s), ratio "
                          f"{_fmt(rs['bare_ratio'], 3)}. Growth that A shows too comes from Scrapy "
                          f"itself (e.g. every sitemap URL queued as a Request up front)."]
    if res.get("warnings"):
        lines += ["", "## Warnings", ""] + [f"- {w}" for w in res["warnings"]]
    lines += ["", "Machine-readable: the `BENCH_JSON` line printed at the end of the run.", ""]
    return "\n".join(lines)


def _cpu_ms(run: dict) -> str:
    if not run.get("cpu_s") or not run.get("pages"):
        return "–"
    return f"{run['cpu_s'] / run['pages'] * 1000:.2f}"


def median_of(values: list) -> Optional[float]:
    vals = sorted(v for v in values if v)
    if not vals:
        return None
    mid = len(vals) // 2
    return vals[mid] if len(vals) % 2 else (vals[mid - 1] + vals[mid]) / 2


def _fmt_load(v) -> str:
    return "–" if not v else " / ".join(f"{x:.2f}" for x in v)


def main(argv=None) -> int:
    """``python -m benchmarks.report SAVED_OUTPUT [--out RESULTS.md]``: re-render the Markdown report
    from the ``BENCH_JSON`` line of a saved run's stdout."""
    import argparse
    import json

    p = argparse.ArgumentParser(prog="python -m benchmarks.report")
    p.add_argument("saved", help="a file holding a run's stdout (its BENCH_JSON line)")
    p.add_argument("--out", default="-", help="Markdown file to write (default: print)")
    args = p.parse_args(argv)
    res = None
    with open(args.saved, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("BENCH_JSON "):
                res = json.loads(line[len("BENCH_JSON "):])
    if res is None:
        print(f"no BENCH_JSON line in {args.saved}", file=sys.stderr)
        return 1
    md = markdown(res)
    if args.out == "-":
        print(md)
    else:
        with open(args.out, "w", encoding="utf-8") as fh:
            fh.write(md)
    return 0


if __name__ == "__main__":
    sys.exit(main())
