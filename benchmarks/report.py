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
    ("rss_ratio", "Peak RSS of the crawl at 10×N vs N pages", "×", "<=", 1.25),
]


def _version(mod: str) -> Optional[str]:
    try:
        m = __import__(mod)
        return getattr(m, "__version__", None)
    except Exception:  # noqa: BLE001
        return None


def machine() -> dict[str, Any]:
    import lxml.etree
    import psutil

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
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    commit = None
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=repo, capture_output=True,
                                text=True, timeout=5).stdout.strip() or None
    except (OSError, subprocess.SubprocessError):
        pass
    import sqlite3
    from crawler import __version__ as jobsift_version
    return {
        "cpu": cpu,
        "cores_logical": os.cpu_count(),
        "cores_physical": psutil.cpu_count(logical=False),
        "cores_usable": usable,
        "ram_bytes": psutil.virtual_memory().total,
        "os": platform.platform(),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "scrapy": _version("scrapy"),
        "twisted": _version("twisted"),
        "lxml": _version("lxml"),
        "libxml2": ".".join(map(str, lxml.etree.LIBXML_VERSION)),
        "trafilatura": _version("trafilatura"),
        "sqlite": sqlite3.sqlite_version,
        "psutil": psutil.__version__,
        "jobsift": jobsift_version,
        "git_commit": commit,
        "loadavg_start": list(os.getloadavg()) if hasattr(os, "getloadavg") else None,
        "executable": sys.executable,
    }


def evaluate(figures: dict[str, Optional[float]]) -> list[dict]:
    out = []
    for key, label, unit, op, target in TARGETS:
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
        f"jobsift {m['jobsift']}" + (f" @ {m['git_commit']}" if m.get("git_commit") else ""),
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
        f"Site: {s['pages']:,} generated article pages (mean {s['kb_mean']:.1f} KB, "
        f"{s['kb_min']:.1f}–{s['kb_max']:.1f} KB), crawls of the first {p['pages']:,} "
        f"(robots.txt → sitemap.xml → articles), served by a threaded `http.server` in another "
        f"process on 127.0.0.1. Settings for both: CONCURRENT_REQUESTS=32, "
        f"CONCURRENT_REQUESTS_PER_DOMAIN=32, DOWNLOAD_DELAY=0, AutoThrottle off, ROBOTSTXT_OBEY on. "
        f"pages/s = article pages fetched (A: items; B: pages that reached the pipelines) / wall "
        f"time of the crawl subprocess (includes interpreter start-up and imports); "
        f"\"Scrapy-time\" uses Scrapy's own elapsed_time_seconds instead.",
        "",
        "| Round | A pages | A wall s | A pages/s | B pages | B stored | B wall s | B pages/s | B/A | "
        "B/A (Scrapy-time) | B peak RSS |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in c["rounds"]:
        a, b = r["bare"], r["jobsift"]
        lines.append(
            f"| {r['round']} | {a['pages']:,} | {a['wall_s']:.2f} | {a['pages_per_s']:.1f} | "
            f"{b['pages']:,} | {b['documents']:,} | {b['wall_s']:.2f} | {b['pages_per_s']:.1f} | "
            f"{_fmt(r['ratio'], 3)} | {_fmt(r.get('ratio_scrapy_time'), 3)} | {_mib(b['peak_rss'])} |")
    lines += [
        "",
        f"Median: A {_fmt(c['bare_pages_per_s_median'], 1)} pages/s, B "
        f"{_fmt(c['jobsift_pages_per_s_median'], 1)} pages/s, **B/A {_fmt(c['ratio_median'], 3)}** "
        f"(Scrapy-time: A {_fmt(c.get('bare_scrapy_pps_median'), 1)}, B "
        f"{_fmt(c.get('jobsift_scrapy_pps_median'), 1)} pages/s, B/A "
        f"{_fmt(c.get('ratio_scrapy_time_median'), 3)}).",
    ]
    e = res.get("extract")
    if e:
        lines += [
            "",
            "## clean + extract vs trafilatura",
            "",
            f"{e['pages']} generated pages (mean {e['kb_mean']:.1f} KB), same process, interleaved page "
            f"by page, {e['reps']} repetitions after a warm-up; ours = `extract(clean(html_bytes, url))`, "
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
            f"Peak resident set of the `jobsift crawl` subprocess (kernel `ru_maxrss` via `wait4`; "
            f"psutil samples every 20 ms agree within a few MiB):",
            "",
            "| Pages | Peak RSS | Wall s | pages/s | stored |",
            "|---:|---:|---:|---:|---:|",
            f"| {rs['pages_small']:,} | {_mib(rs['peak_rss_small'])} (median of {len(c['rounds'])} rounds) | "
            f"{_fmt(c['jobsift_wall_s_median'])} | {_fmt(c['jobsift_pages_per_s_median'], 1)} | "
            f"{_fmt(c['rounds'][0]['jobsift']['documents'])} |",
        ]
        big = rs.get("large_crawl")
        if big:
            lines.append(f"| {rs['pages_large']:,} | {_mib(big['peak_rss'])} | {big['wall_s']:.1f} | "
                         f"{big['pages_per_s']:.1f} | {big['documents']:,} |")
        lines.append("")
        lines.append(f"Ratio: **{_fmt(rs.get('ratio'), 3)}**.")
    if res.get("warnings"):
        lines += ["", "## Warnings", ""] + [f"- {w}" for w in res["warnings"]]
    lines += ["", "Machine-readable: the `BENCH_JSON` line printed at the end of the run.", ""]
    return "\n".join(lines)


def _fmt_load(v) -> str:
    return "–" if not v else " / ".join(f"{x:.2f}" for x in v)
