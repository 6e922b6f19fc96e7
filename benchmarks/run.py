"""Run every jobsift benchmark and report: ``python -m benchmarks.run [--quick] [--pages N]
[--rounds R] [--out benchmarks/RESULTS.md]``.

1. generate a local role-guide site from the demo article pages (benchmarks/sitegen.py) and
   serve it from another process (benchmarks/server.py);
2. crawl it A/B/A/B…: a bare Scrapy spider vs the full ``jobsift crawl`` (pages/s, ratio);
3. clean + extract vs ``trafilatura.extract(fast=True)`` on ~200 of those pages (ms/page);
4. ``Store.upsert_document`` (docs/s) and ``export_csv`` (rows/s);
5. peak RSS of the full crawl at N and 10×N pages.

Prints a summary, then one line ``BENCH_JSON {...}`` with every figure, and writes the Markdown
report (default benchmarks/RESULTS.md). See benchmarks/README.md.
"""
from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import sys
import tempfile
import time
from datetime import datetime, timezone

from . import crawlbench, micro, report, sitegen
from .crawlbench import median
from .server import SiteServer

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(HERE, "RESULTS.md")

_T0 = time.perf_counter()


def log(msg: str) -> None:
    print(f"[bench {time.perf_counter() - _T0:6.1f}s] {msg}", file=sys.stderr, flush=True)


def parse_args(argv=None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="python -m benchmarks.run",
        description="jobsift benchmarks: crawl throughput vs bare Scrapy, clean+extract vs "
                    "trafilatura, storage, export, peak RSS. Local only (127.0.0.1).")
    p.add_argument("--quick", action="store_true",
                   help="small run (~2-3 min): 300 pages, 2 rounds, 1,000 stored docs, 20k-doc export")
    p.add_argument("--pages", type=int, help="article pages per crawl (default 2000; quick 300)")
    p.add_argument("--rounds", type=int, help="A/B crawl rounds (default 3; quick 2)")
    p.add_argument("--out", default=DEFAULT_OUT, help="Markdown report (default benchmarks/RESULTS.md)")
    p.add_argument("--store-docs", type=int, help="documents for the storage benchmark (5000; quick 1000)")
    p.add_argument("--export-docs", type=int,
                   help="documents in the export database (100000; quick 20000)")
    p.add_argument("--extract-pages", type=int, default=200, help="pages for clean+extract (200)")
    p.add_argument("--extract-reps", type=int, help="repetitions for clean+extract (5; quick 3)")
    p.add_argument("--rss-factor", type=int, default=10,
                   help="the RSS comparison crawls FACTOR×N pages once (default 10; 0 skips it)")
    p.add_argument("--workdir", help="folder for the generated site and databases (default: a new "
                                     "temporary folder, removed at the end)")
    p.add_argument("--keep", action="store_true", help="keep the work folder")
    args = p.parse_args(argv)
    q = args.quick
    args.pages = args.pages or (300 if q else 2000)
    args.rounds = args.rounds or (2 if q else 3)
    args.store_docs = args.store_docs or (1000 if q else 5000)
    args.export_docs = args.export_docs or (20000 if q else 100000)
    args.extract_reps = args.extract_reps or (3 if q else 5)
    if args.pages < 1 or args.rounds < 1 or args.extract_pages < 1 or args.rss_factor < 0:
        p.error("--pages, --rounds and --extract-pages must be at least 1, --rss-factor at least 0")
    return args


def crawl_rounds(url: str, workdir: str, rounds: int, expected: int, warnings: list) -> dict:
    out = []
    for r in range(1, rounds + 1):
        log(f"round {r}/{rounds}: A (bare Scrapy)")
        a = crawlbench.bare_crawl(url, workdir)
        log(f"  A: {a['pages']} pages in {a['wall_s']:.2f} s = {a['pages_per_s']:.1f} pages/s, "
            f"CPU {a['cpu_s']:.2f} s, peak RSS {a['peak_rss'] / 2**20:.0f} MiB")
        log(f"round {r}/{rounds}: B (jobsift crawl)")
        b = crawlbench.jobsift_crawl(url, workdir)
        log(f"  B: {b['pages']} pages ({b['documents']} stored) in {b['wall_s']:.2f} s = "
            f"{b['pages_per_s']:.1f} pages/s, CPU {b['cpu_s']:.2f} s, "
            f"peak RSS {b['peak_rss'] / 2**20:.0f} MiB")
        log(f"round {r}/{rounds}: A' (bare Scrapy with jobsift crawl's GC thresholds; context)")
        a2 = crawlbench.bare_crawl(url, workdir, jobsift_gc=True)
        log(f"  A': {a2['pages']} pages in {a2['wall_s']:.2f} s = {a2['pages_per_s']:.1f} pages/s")
        for run in (a, b, a2):
            if run["rc"] != 0:
                warnings.append(f"round {r} {run['kind']}: exit code {run['rc']}: "
                                f"{run['stderr_tail'][-300:]}")
        if a["pages"] != expected:
            warnings.append(f"round {r} bare: {a['pages']} items, expected {expected}")
        if b["documents"] != expected:
            warnings.append(f"round {r} jobsift: {b['documents']} documents stored, expected "
                            f"{expected} (pages {b['pages']}, dropped {b['dropped']}, errors {b['errors']})")
        ratio = b["pages_per_s"] / a["pages_per_s"] if a["pages_per_s"] else None
        rs = None
        if a.get("scrapy_elapsed_s") and b.get("scrapy_elapsed_s"):
            rs = (b["pages"] / b["scrapy_elapsed_s"]) / (a["pages"] / a["scrapy_elapsed_s"])
        rc = None
        if a["pages"] and b["pages"] and a["cpu_s"] and b["cpu_s"]:
            rc = (a["cpu_s"] / a["pages"]) / (b["cpu_s"] / b["pages"])
        ratio_tuned = b["pages_per_s"] / a2["pages_per_s"] if a2["pages_per_s"] else None
        out.append({"round": r, "bare": a, "jobsift": b, "bare_gc": a2, "ratio": ratio,
                    "ratio_scrapy_time": rs, "ratio_cpu": rc, "ratio_vs_bare_gc": ratio_tuned})
        log(f"  ratio B/A = {ratio:.3f}" if ratio else "  ratio n/a")

    def cpu_ms(run):
        return run["cpu_s"] / run["pages"] * 1000 if run["pages"] else None

    def sp(run):
        return run["pages"] / run["scrapy_elapsed_s"] if run.get("scrapy_elapsed_s") else None
    return {
        "rounds": out,
        "bare_pages_per_s_median": median([r["bare"]["pages_per_s"] for r in out]),
        "jobsift_pages_per_s_median": median([r["jobsift"]["pages_per_s"] for r in out]),
        "ratio_median": median([r["ratio"] for r in out]),
        "ratio_per_round": [r["ratio"] for r in out],
        "bare_gc_pages_per_s_median": median([r["bare_gc"]["pages_per_s"] for r in out]),
        "ratio_vs_bare_gc_median": median([r["ratio_vs_bare_gc"] for r in out]),
        "bare_wall_s_median": median([r["bare"]["wall_s"] for r in out]),
        "jobsift_wall_s_median": median([r["jobsift"]["wall_s"] for r in out]),
        "bare_scrapy_pps_median": median([sp(r["bare"]) for r in out]),
        "jobsift_scrapy_pps_median": median([sp(r["jobsift"]) for r in out]),
        "ratio_scrapy_time_median": median([r["ratio_scrapy_time"] for r in out]),
        "ratio_cpu_median": median([r["ratio_cpu"] for r in out]),
        "bare_cpu_ms_per_page_median": median([cpu_ms(r["bare"]) for r in out]),
        "jobsift_cpu_ms_per_page_median": median([cpu_ms(r["jobsift"]) for r in out]),
        "jobsift_peak_rss_median": median([r["jobsift"]["peak_rss"] for r in out]),
        "bare_peak_rss_median": median([r["bare"]["peak_rss"] for r in out]),
    }


def load_pages(root: str, gen: sitegen.SiteGenerator, sample: list[int], base: str) -> list:
    pages = []
    for i in sample:
        path = gen.path(i)
        with open(sitegen.page_file(root, path), "rb") as fh:
            pages.append((base + path, fh.read().replace(b"{{BASE_URL}}", base.encode())))
    return pages


def main(argv=None) -> int:
    args = parse_args(argv)
    started = datetime.now(timezone.utc)
    command = "python -m benchmarks.run" + "".join(" " + shlex.quote(a) for a in (argv or sys.argv[1:]))
    machine = report.machine()
    warnings: list[str] = []
    own_workdir = not args.workdir
    workdir = args.workdir or tempfile.mkdtemp(prefix="jobsift-bench-")
    os.makedirs(workdir, exist_ok=True)
    n, big = args.pages, args.pages * args.rss_factor
    sites = {"small": n}
    if args.rss_factor > 1:
        sites["large"] = big
    res: dict = {"version": 1, "date": started.isoformat(timespec="seconds"), "command": command,
                 "machine": machine, "warnings": warnings,
                 "params": {"quick": args.quick, "pages": n, "rounds": args.rounds,
                            "store_docs": args.store_docs, "export_docs": args.export_docs,
                            "extract_pages": args.extract_pages, "extract_reps": args.extract_reps,
                            "rss_factor": args.rss_factor, "pages_large": big if "large" in sites else None}}
    try:
        log(f"work folder {workdir}")
        log(f"generating {max(sites.values()):,} pages for sites {sites}")
        gen_info = sitegen.generate(os.path.join(workdir, "site"), sites, log=log)
        gen = gen_info.pop("generator")
        res["site"] = gen_info
        log(f"  {gen_info['pages']:,} pages, mean {gen_info['kb_mean']:.1f} KiB, "
            f"{gen_info['bytes_total'] / 2**20:.0f} MiB in {gen_info['seconds']:.1f} s")
        root = os.path.join(workdir, "site")
        with SiteServer(root, list(sites)) as srv:
            log(f"server pid {srv.pid}: {srv.urls}")
            res["crawl"] = crawl_rounds(srv.urls["small"], workdir, args.rounds, n, warnings)
            if "large" in sites:
                log(f"RSS: jobsift crawl of {big:,} pages")
                large = crawlbench.jobsift_crawl(srv.urls["large"], workdir)
                log(f"  {large['pages']} pages ({large['documents']} stored) in {large['wall_s']:.1f} s, "
                    f"peak RSS {large['peak_rss'] / 2**20:.0f} MiB")
                if large["documents"] != big:
                    warnings.append(f"large crawl: {large['documents']} documents stored, expected {big}")
                if large["rc"] != 0:
                    warnings.append(f"large crawl: exit code {large['rc']}: {large['stderr_tail'][-300:]}")
                log(f"RSS context: bare Scrapy crawl of {big:,} pages")
                large_bare = crawlbench.bare_crawl(srv.urls["large"], workdir)
                log(f"  {large_bare['pages']} pages in {large_bare['wall_s']:.1f} s, "
                    f"peak RSS {large_bare['peak_rss'] / 2**20:.0f} MiB")
                if large_bare["pages"] != big:
                    warnings.append(f"large bare crawl: {large_bare['pages']} items, expected {big}")
            else:
                large = large_bare = None
        small_rss = res["crawl"]["jobsift_peak_rss_median"]
        res["rss"] = {"pages_small": n, "pages_large": big if large else None,
                      "peak_rss_small": small_rss,
                      "peak_rss_large": large["peak_rss"] if large else None,
                      "ratio": (large["peak_rss"] / small_rss) if large and small_rss else None,
                      "large_crawl": large,
                      "bare_peak_rss_small": res["crawl"]["bare_peak_rss_median"],
                      "bare_peak_rss_large": large_bare["peak_rss"] if large_bare else None,
                      "bare_ratio": (large_bare["peak_rss"] / res["crawl"]["bare_peak_rss_median"])
                      if large_bare and res["crawl"]["bare_peak_rss_median"] else None,
                      "large_bare_crawl": large_bare}

        log(f"clean+extract vs trafilatura: {args.extract_pages} pages × {args.extract_reps} reps")
        sample = gen.sample(n, args.extract_pages)
        pages = load_pages(root, gen, sample, "http://127.0.0.1:8080")
        selectors = [gen.content_selector(i) for i in sample]  # (the same pages, in order)
        res["extract"] = micro.bench_clean_extract(pages, args.extract_reps, selectors)
        e = res["extract"]
        log(f"  ours {e['ours_ms_per_page']:.2f} ms/page, trafilatura {e['trafilatura_ms_per_page']:.2f} "
            f"ms/page, ratio {e['ratio']:.2f}")

        from pipelines.clean import clean
        texts = [clean(body, url).text for url, body in pages[:32]]
        log(f"storage: {args.store_docs:,} × Store.upsert_document")
        res["store"] = micro.bench_store(args.store_docs, texts, workdir)
        log(f"  {res['store']['docs_per_s']:,.0f} docs/s")
        log(f"export: building a {args.export_docs:,}-document database, then export_csv")
        res["export"] = micro.bench_export(args.export_docs, workdir)
        log(f"  {res['export']['rows']:,} rows in {res['export']['seconds']:.2f} s = "
            f"{res['export']['rows_per_s']:,.0f} rows/s")
    finally:
        if own_workdir and not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
        elif args.keep:
            log(f"kept {workdir}")

    res["loadavg_end"] = list(os.getloadavg()) if hasattr(os, "getloadavg") else None
    res["git_commit_end"] = report.git_commit()
    res["code_fingerprint_end"] = report.code_fingerprint()
    if res["code_fingerprint_end"] != machine.get("code_fingerprint"):
        warnings.append(f"the project's source changed during the run (fingerprint "
                        f"{machine.get('code_fingerprint')} → {res['code_fingerprint_end']}, commit "
                        f"{machine.get('git_commit')} → {res['git_commit_end']}): figures mix versions")
    res["total_seconds"] = time.perf_counter() - _T0
    figures = {
        "crawl_ratio": res["crawl"]["ratio_median"],
        "extract_ratio": res["extract"]["ratio"],
        "store_docs_per_s": res["store"]["docs_per_s"],
        "export_rows_per_s": res["export"]["rows_per_s"],
        "rss_ratio": res["rss"]["ratio"],
    }
    res["figures"] = figures
    res["targets"] = report.evaluate(figures, rss_factor=args.rss_factor)

    md = report.markdown(res)
    out = os.path.abspath(args.out)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(md)

    c = res["crawl"]
    print(f"crawl ({n:,} pages, {args.rounds} rounds): bare {c['bare_pages_per_s_median']:.1f} pages/s, "
          f"jobsift {c['jobsift_pages_per_s_median']:.1f} pages/s; ratio per round "
          + ", ".join(f"{r:.3f}" for r in c["ratio_per_round"] if r is not None)
          + f"; median {c['ratio_median']:.3f} (vs bare Scrapy with jobsift's GC thresholds "
          f"{c['bare_gc_pages_per_s_median']:.1f} pages/s: {c['ratio_vs_bare_gc_median']:.3f})")
    e = res["extract"]
    print(f"clean+extract: {e['ours_ms_per_page']:.2f} ms/page vs trafilatura fast "
          f"{e['trafilatura_ms_per_page']:.2f} ms/page (ratio {e['ratio']:.2f}; clean alone "
          f"{e['ours_clean_ms_per_page']:.2f} ms/page, {e['clean_ratio']:.2f}"
          + (f"; with the sites' content_selector {e['ours_clean_selector_ms_per_page']:.2f} ms/page"
             if e.get("ours_clean_selector_ms_per_page") is not None else "") + ")")
    print(f"storage: {res['store']['docs_per_s']:,.0f} docs/s; export: "
          f"{res['export']['rows_per_s']:,.0f} rows/s")
    rs = res["rss"]
    if rs["ratio"] is not None:
        print(f"peak RSS: {rs['peak_rss_small'] / 2**20:.1f} MiB at {n:,} pages, "
              f"{rs['peak_rss_large'] / 2**20:.1f} MiB at {big:,} pages (ratio {rs['ratio']:.3f}); "
              f"bare Scrapy {rs['bare_peak_rss_small'] / 2**20:.1f} → "
              f"{rs['bare_peak_rss_large'] / 2**20:.1f} MiB (ratio {rs['bare_ratio']:.3f})")
    for t in res["targets"]:
        verdict = "n/a" if t["pass"] is None else ("pass" if t["pass"] else "FAIL")
        val = "–" if t["value"] is None else f"{t['value']:,.3f}"
        print(f"  [{verdict:>4}] {t['label']}: {val} (target {t['op']} {t['target']})")
    for w in warnings:
        print(f"  warning: {w}")
    print(f"report: {out} ({res['total_seconds']:.0f} s)")
    print("BENCH_JSON " + json.dumps(res, default=str, separators=(",", ":")), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
