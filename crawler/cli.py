"""The ``jobsift`` command line: demo, crawl, extract, export.

Every command works from any directory (cron runs elsewhere): settings come from the installed
``crawler.settings`` module, not from a ``scrapy.cfg`` in the working directory.
"""
from __future__ import annotations

import argparse
import gc
import json
import logging
import os
import sys
import textwrap
import urllib.error
import urllib.request
from datetime import datetime, timezone
from typing import Any, Optional, Sequence

from crawler import __version__

DEFAULT_DB = os.path.join("data", "jobsift.db")
DEFAULT_OUT = os.path.join("data", "exports")

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_PARTIAL, EXIT_LOCKED = 0, 1, 2, 3, 4
#: Scrapy setting priority of a source's own limits: above "cmdline" (40)
SOURCE_PRIORITY = 50


class CliError(Exception):
    """A user error: printed as one line, exit code 2."""


def _default_db() -> str:
    return os.environ.get("JOBSIFT_DB") or DEFAULT_DB


def _eprint(*args: Any) -> None:
    print(*args, file=sys.stderr)


# ---------------------------------------------------------------------------------------------
# crawl

def _scrapy_settings(db: str, overrides: Sequence[str], quiet: bool, verbose: bool):
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.set("JOBSIFT_DB", db, priority="cmdline")
    settings.set("LOG_LEVEL", "INFO" if verbose else ("ERROR" if quiet else "WARNING"),
                 priority="cmdline")
    if quiet:
        settings.set("JOBSIFT_PROGRESS_INTERVAL", 0, priority="cmdline")
    for item in overrides:
        if "=" not in item:
            raise CliError(f"-s takes NAME=VALUE, not {item!r} (example: -s DOWNLOAD_DELAY=2)")
        name, value = item.split("=", 1)
        try:
            settings.set(name.strip(), value, priority="cmdline")
        except ValueError as exc:  # a dict setting given as bad JSON
            raise CliError(f"-s {name.strip()}: not a valid value ({exc}); dict settings take JSON, "
                           'e.g. -s \'ITEM_PIPELINES={"pkg.Pipeline": 100}\'') from None
    return settings


def run_crawl(sources, db: str, overrides: Sequence[str] = (), quiet: bool = False,
              verbose: bool = False) -> tuple[int, dict[str, int]]:
    """Crawl ``sources`` (a list of Source) into ``db`` in this process; returns (run id, counts).

    Holds the database's run lock for the whole crawl; raises ``Locked`` when another crawl has it.
    """
    collecting = gc.isenabled()
    # No cyclic garbage collection while the crawl starts: importing Scrapy, Twisted and the
    # pipelines creates many long-lived objects, and the collector traversed them again and again
    # (a 20-page crawl: 215 passes, 35 ms; now 26 passes, 3 ms). _run_locked freezes what
    # start-up made and collects again once the crawl runs.
    gc.disable()
    try:
        return _run_crawl_pooled(sources, db, overrides, quiet, verbose)
    finally:
        if collecting:
            gc.enable()


def _run_crawl_pooled(sources, db: str, overrides: Sequence[str], quiet: bool,
                      verbose: bool) -> tuple[int, dict[str, int]]:
    """run_crawl's work: the worker pool, then the crawl."""
    from pipelines import workers
    from pipelines.scrapy_pipelines import open_pool

    settings = _scrapy_settings(db, overrides, quiet, verbose)
    # The worker pool opens now, while this process runs no other thread: its workers can be
    # forked, ready at once (see pipelines.workers._context); the pipelines share it.
    try:
        pooled = open_pool(settings)
    except ValueError:
        raise CliError(f"JOBSIFT_WORKERS and JOBSIFT_WORKER_NICE take whole numbers (workers 0: "
                       f"none), JOBSIFT_PAGE_TIMEOUT seconds (0: no limit); not "
                       f"{settings.get('JOBSIFT_WORKERS')!r} / "
                       f"{settings.get('JOBSIFT_WORKER_NICE')!r} / "
                       f"{settings.get('JOBSIFT_PAGE_TIMEOUT')!r}") from None
    try:
        return _run_crawl(settings, sources, db, quiet)
    finally:
        if pooled:
            workers.release()


def _run_crawl(settings, sources, db: str, quiet: bool) -> tuple[int, dict[str, int]]:
    from scrapy.spiderloader import SpiderLoader

    from crawler.runlock import LockedError, RunLock
    from pipelines.store import Store, StoreError

    loader = SpiderLoader.from_settings(settings)
    available = set(loader.list())
    for s in sources:
        if s.kind not in available:
            raise CliError(f"source {s.name!r}: kind {s.kind!r} cannot be crawled by this version "
                           f"(available: {', '.join(sorted(available))})")
    try:
        store = Store(db)
    except StoreError as exc:
        raise CliError(str(exc)) from None
    lock = RunLock(db)
    try:
        lock.acquire()
    except LockedError as exc:
        store.close()
        raise Locked(str(exc)) from None
    try:
        return _run_locked(process_settings=settings, loader=loader, sources=sources, db=db,
                           store=store, quiet=quiet)
    finally:
        lock.release()


#: The cyclic garbage collector's thresholds while a crawl runs (see _run_locked).
CRAWL_GC_THRESHOLD = (20_000, 20, 20)


class Locked(CliError):
    """Another crawl holds the database: exit code 4."""


def _run_locked(process_settings, loader, sources, db, store, quiet):
    from scrapy.crawler import CrawlerProcess

    from pipelines.scrapy_pipelines import run_counts, run_status
    from pipelines.store import Store

    settings = process_settings
    names = [s.name for s in sources]
    interrupted_runs = store.mark_interrupted_runs()
    if interrupted_runs:
        # Resume: pages the interrupted run already stored are not fetched again.
        last = interrupted_runs[-1]
        row = store.db.conn.execute("SELECT sources FROM crawl_runs WHERE id = ?", (last,)).fetchone()
        if row and set((row[0] or "").split(",")) & set(names):
            settings.set("JOBSIFT_RESUME_RUN", last, priority="cmdline")
            if not quiet:
                _eprint(f"run {last} was interrupted; resuming: pages it stored are not fetched again")
    run_id = store.begin_run(names)
    store.close()
    settings.set("JOBSIFT_RUN_ID", run_id, priority="cmdline")
    if not settings.get("JOBSIFT_CONTACT") and not quiet and not settings.getbool("JOBSIFT_NO_HINTS"):
        from crawler.middleware import CONTACT_HINT
        _eprint(CONTACT_HINT)
    process = CrawlerProcess(settings)
    root, root_level = logging.getLogger(), logging.getLogger().level
    if settings.getbool("LOG_ENABLED", True):
        # Scrapy leaves the root logger at NOTSET and filters in its handler: the DEBUG lines of
        # every page ("Crawled (200)", "Scraped from") were still made into records, each with
        # its caller looked up, and then dropped. At the handler's level they are never made.
        try:
            root.setLevel(settings.get("LOG_LEVEL") or "DEBUG")
        except (TypeError, ValueError):  # a level Scrapy's handler reads its own way: leave it
            pass
    crawlers = []
    for s in sources:
        crawler = process.create_crawler(loader.load(s.kind))
        # A source's own limits are more specific than -s on the command line, so they win.
        if s.delay is not None:
            crawler.settings.set("DOWNLOAD_DELAY", s.delay, priority=SOURCE_PRIORITY)
        if s.max_depth is not None:
            crawler.settings.set("DEPTH_LIMIT", s.max_depth, priority=SOURCE_PRIORITY)
        if s.concurrency:
            crawler.settings.set("CONCURRENT_REQUESTS_PER_DOMAIN", s.concurrency,
                                 priority=SOURCE_PRIORITY)
        process.crawl(crawler, **s.spider_args())
        crawlers.append(crawler)
    interrupted = False
    # Scrapy and Twisted allocate many short-lived container objects per request (Deferreds,
    # requests, headers). At the default threshold (700) the cyclic collector ran some 750 times
    # in a 2,000-page crawl and took 0.5 s of this process's CPU, the process that feeds the
    # workers; at 20,000 it took 0.04 s, with the same peak memory. (The workers keep the default:
    # there a higher threshold measured slower.)
    threshold, collecting = gc.get_threshold(), gc.isenabled()
    # What start-up made (modules, the engine, the spiders) lives as long as the crawl: frozen,
    # it is never traversed by the collections the crawl makes (and unfrozen after it, so that a
    # caller running several crawls in one process gets it collected).
    gc.freeze()
    gc.set_threshold(*CRAWL_GC_THRESHOLD)
    gc.enable()
    try:
        process.start()
    except KeyboardInterrupt:
        interrupted = True
    finally:
        gc.set_threshold(*threshold)
        if not collecting:
            gc.disable()
        gc.unfreeze()
        root.setLevel(root_level)
    totals: dict[str, int] = {}
    stats: dict[str, Any] = {}
    for c in crawlers:
        st = c.stats.get_stats() if c.stats else {}
        stats[c.spider.source if c.spider else "?"] = st
        for k, v in run_counts(st).items():
            totals[k] = totals.get(k, 0) + v
        if st.get("finish_reason") not in (None, "finished"):
            interrupted = True
    status = "interrupted" if interrupted else run_status(totals)
    store = Store(db)
    store.finish_run(run_id, status, totals, stats)
    store.close()
    totals["status"] = status  # type: ignore[assignment]
    return run_id, totals


def _print_run(run_id: int, counts: dict, db: str) -> None:
    print(f"run {run_id}: {counts['status']} — {counts['pages']} pages, {counts['new']} new, "
          f"{counts['updated']} updated, {counts['unchanged']} unchanged, {counts['dropped']} dropped, "
          f"{counts['errors']} errors → {db}")
    if counts["errors"]:
        print(f"  errors: sqlite3 {db} \"SELECT url, status, reason FROM crawl_errors WHERE run_id = {run_id}\"")


def _exit_code(status: str) -> int:
    return {"ok": EXIT_OK, "partial": EXIT_PARTIAL}.get(status, EXIT_FAILED)


def cmd_crawl(args) -> int:
    from crawler.sources import SourcesError, load_sources, source_from_url

    try:
        sources = [source_from_url(u) for u in args.url]
        if args.names or not args.url:
            path = args.sources
            all_sources = load_sources(path)
            if args.names:
                by_name = {s.name: s for s in all_sources}
                missing = [n for n in args.names if n not in by_name]
                if missing:
                    raise CliError(f"no source named {', '.join(missing)} in {path} "
                                   f"(known: {', '.join(sorted(by_name)) or 'none'})")
                sources += [by_name[n] for n in args.names]
            else:
                sources += [s for s in all_sources if s.enabled]
    except SourcesError as exc:
        raise CliError(str(exc)) from None
    if not sources:
        raise CliError("nothing to crawl: no enabled source in the sources file and no --url")
    if args.max_pages:
        for s in sources:
            s.max_pages = args.max_pages
    run_id, counts = run_crawl(sources, args.db, args.set, args.quiet, args.verbose)
    if not args.quiet or counts["status"] != "ok":
        _print_run(run_id, counts, args.db)
    global _finished_crawl
    _finished_crawl = True
    return _exit_code(counts["status"])


# ---------------------------------------------------------------------------------------------
# extract

def _fetch(url: str, timeout: float = 30.0) -> tuple[bytes, Optional[str], str]:
    from crawler.middleware import user_agent
    from crawler.settings import USER_AGENT

    req = urllib.request.Request(url, headers={
        "User-Agent": user_agent(USER_AGENT, os.environ.get("JOBSIFT_CONTACT", "")),
        "Accept": "text/html,application/xhtml+xml"})
    with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 (http(s) only, checked)
        body = resp.read(10 * 1024 * 1024 + 1)
        if len(body) > 10 * 1024 * 1024:
            raise ValueError("page larger than 10 MiB")
        return body, resp.headers.get("Content-Type"), resp.geturl()


def extract_one(source: str, page_url: Optional[str] = None) -> dict[str, Any]:
    """clean + extract for one file or URL: the same functions a crawl uses."""
    from pipelines.clean import clean
    from pipelines.extract import extract

    try:
        if source.startswith(("http://", "https://")):
            body, ctype, final = _fetch(source)
            url = page_url or final
        elif "://" in source:
            raise ValueError("only http(s) URLs and local files can be read")
        else:
            with open(source, "rb") as fh:
                body = fh.read()
            ctype = None
            url = page_url or "file://" + os.path.abspath(source)
        fetched = datetime.now(timezone.utc)
        content = clean(body, url, content_type=ctype, fetched_at=fetched)
        facts = extract(content, fetched_at=fetched)
        out = facts.to_dict()
        out["is_article"] = content.is_article
        return out
    except FileNotFoundError:
        return {"input": source, "error": f"no such file: {source}"}
    except IsADirectoryError:
        return {"input": source, "error": f"{source} is a folder, not a page"}
    except urllib.error.HTTPError as exc:
        return {"input": source, "error": f"HTTP {exc.code} fetching {source}"}
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        return {"input": source, "error": f"cannot fetch {source}: {reason}"}
    except Exception as exc:  # noqa: BLE001 - one bad input must not stop the others
        return {"input": source, "error": f"{type(exc).__name__}: {exc}"}


def cmd_extract(args) -> int:
    if args.url and len(args.inputs) != 1:
        raise CliError("--url names the address of one saved page; give exactly one input with it")
    results = [extract_one(src, args.url) for src in args.inputs]
    if len(results) == 1:
        print(json.dumps(results[0], ensure_ascii=False, indent=None if args.compact else 2))
    else:
        for r in results:
            print(json.dumps(r, ensure_ascii=False))
    return EXIT_FAILED if all("error" in r for r in results) else EXIT_OK


# ---------------------------------------------------------------------------------------------
# export

def cmd_export(args) -> int:
    from exports.csv_export import ExportError, export_csv

    try:
        counts = export_csv(args.db, args.out, raw=args.raw)
    except ExportError as exc:
        raise CliError(str(exc)) from None
    for name, n in counts.items():
        print(f"{os.path.join(args.out, name)}: {n} rows")
    return EXIT_OK


# ---------------------------------------------------------------------------------------------
# runs, sources

def _table(headers: list[str], rows: list[list[Any]]) -> str:
    cells = [[("" if v is None else str(v)) for v in r] for r in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    out = ["  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip()]
    for r in cells:
        out.append("  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip())
    return "\n".join(out)


def _read_db(db: str):
    import sqlite3

    if not os.path.exists(db):
        raise CliError(f"no database at {db!r}: run `jobsift crawl` first, or point --db at one")
    try:
        conn = sqlite3.connect(f"file:{os.path.abspath(db)}?mode=ro", uri=True)
        conn.execute("SELECT 1 FROM crawl_runs LIMIT 1")
    except sqlite3.Error as exc:
        raise CliError(f"{db!r} is not a jobsift database ({exc})") from None
    return conn


def cmd_runs(args) -> int:
    conn = _read_db(args.db)
    if args.errors is not None:
        rows = conn.execute("SELECT source, status, url, reason FROM crawl_errors WHERE run_id = ? "
                            "ORDER BY id", (args.errors,)).fetchall()
        if not rows:
            print(f"run {args.errors}: no errors recorded")
        else:
            print(_table(["source", "status", "url", "reason"], [list(r) for r in rows]))
        return EXIT_OK
    rows = conn.execute("SELECT id, started_at, finished_at, status, sources, requests, pages, new, "
                        "updated, unchanged, closed, dropped, errors FROM crawl_runs "
                        "ORDER BY id DESC LIMIT ?", (args.limit,)).fetchall()
    if args.json:
        keys = ["id", "started_at", "finished_at", "status", "sources", "requests", "pages", "new",
                "updated", "unchanged", "closed", "dropped", "errors"]
        for r in rows:
            print(json.dumps(dict(zip(keys, r))))
        return EXIT_OK
    if not rows:
        print("no runs yet")
        return EXIT_OK
    print(_table(["run", "started", "finished", "status", "sources", "requests", "pages", "new",
                  "updated", "unchanged", "closed", "dropped", "errors"], [list(r) for r in rows]))
    return EXIT_OK


def cmd_sources(args) -> int:
    from crawler.sources import KINDS, SourcesError, load_sources

    try:
        sources = load_sources(args.sources)
    except SourcesError as exc:
        raise CliError(str(exc)) from None
    rows = []
    for s in sources:
        target = getattr(s, KINDS[s.kind])
        limits = ", ".join(f"{k}={getattr(s, k)}" for k in ("max_pages", "max_depth", "delay")
                           if getattr(s, k) not in (None, 0))
        rows.append([s.name, s.kind, target, "yes" if s.enabled else "no", s.schedule or "", limits])
    print(_table(["name", "kind", "url/board/company", "enabled", "schedule", "limits"], rows))
    print(f"{len(sources)} sources, {sum(s.enabled for s in sources)} enabled: {args.sources} is valid")
    return EXIT_OK


# ---------------------------------------------------------------------------------------------
# eval

def cmd_eval(args) -> int:
    from pipelines.evaluate import THRESHOLDS, check_thresholds, evaluate, format_report

    try:
        result = evaluate(args.directory, baseline=not args.no_baseline)
    except FileNotFoundError as exc:
        raise CliError(str(exc)) from None
    if not result["pages"]:
        raise CliError(f"no *.gold.json pages in {args.directory}")
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(format_report(result, verbose=args.verbose))
    failures = check_thresholds(result["total"], {k: getattr(args, k) for k in THRESHOLDS})
    for f in failures:
        _eprint(f"jobsift eval: below threshold: {f}")
    return EXIT_FAILED if failures or result["total"]["errors"] else EXIT_OK


# ---------------------------------------------------------------------------------------------
# demo

def summary(db: str) -> str:
    import sqlite3

    conn = sqlite3.connect(f"file:{os.path.abspath(db)}?mode=ro", uri=True)
    q = lambda sql: conn.execute(sql).fetchall()  # noqa: E731
    lines = []
    (docs,) = q("SELECT count(*) FROM documents")[0]
    lines.append(f"{docs} documents in {db}")
    for source, n in q("SELECT source, count(*) FROM documents GROUP BY source ORDER BY source"):
        lines.append(f"  {source}: {n}")
    (resp,) = q("SELECT count(*) FROM responsibilities")[0]
    (links,) = q("SELECT count(*) FROM document_skills")[0]
    (sal,) = q("SELECT count(*) FROM salaries")[0]
    lines.append(f"{resp} responsibilities, {links} skill mentions, {sal} salaries")
    top = q("SELECT s.name, count(*) c FROM document_skills ds JOIN skills s ON s.id = ds.skill_id "
            "GROUP BY s.name ORDER BY c DESC, s.name LIMIT 8")
    if top:
        lines.append("top skills: " + ", ".join(f"{n} ({c})" for n, c in top))
    pay = q("SELECT d.role, s.currency, s.period, min(s.min), max(s.max) FROM salaries s "
            "JOIN documents d ON d.id = s.document_id GROUP BY d.role, s.currency, s.period "
            "ORDER BY d.role LIMIT 12")
    if pay:
        lines.append("pay by role:")
        for role, cur, per, lo, hi in pay:
            fmt = lambda v: "?" if v is None else f"{v:,.0f}"  # noqa: E731
            lines.append(f"  {role or '(no role)'}: {cur} {fmt(lo)}–{fmt(hi)} per {per}")
    conn.close()
    return "\n".join(lines)


def cmd_demo(args) -> int:
    from crawler.demo import serve_all
    from crawler.sources import Source
    from exports.csv_export import export_csv

    servers = serve_all()
    try:
        sources = [Source(name=s.site, kind="guides", url=s.url) for s in servers]
        if not args.quiet:
            for s in servers:
                _eprint(f"serving demo site {s.site} at {s.url}")
        # Our own server on loopback: no need to wait between requests.
        overrides = ["DOWNLOAD_DELAY=0", "AUTOTHROTTLE_ENABLED=False",
                     "CONCURRENT_REQUESTS_PER_DOMAIN=8", "JOBSIFT_PROGRESS_INTERVAL=2"] + list(args.set)
        run_id, counts = run_crawl(sources, args.db, overrides, quiet=args.quiet, verbose=args.verbose)
    finally:
        for s in servers:
            s.stop()
    _print_run(run_id, counts, args.db)
    files = export_csv(args.db, args.out)
    print(summary(args.db))
    print("CSV files: " + ", ".join(os.path.join(args.out, f) for f in files))
    return _exit_code(counts["status"])


# ---------------------------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    fmt = argparse.RawDescriptionHelpFormatter
    p = argparse.ArgumentParser(
        prog="jobsift", formatter_class=fmt,
        description="Crawl role guides and job postings, strip ads and page furniture, and keep "
                    "responsibilities, skills and salaries in SQLite and CSV.",
        epilog=textwrap.dedent("""\
            examples:
              jobsift demo                                  # crawl the bundled demo site, offline
              jobsift crawl --url https://careers.example.com/blog/
              jobsift crawl careernews --db data/jobsift.db # one source of sources.toml
              jobsift extract page.html                     # one page → JSON, no database
              jobsift export --out data/exports             # the CSV files for dashboards

            Run `jobsift COMMAND --help` for each command's options and examples."""))
    p.add_argument("--version", action="version", version=f"jobsift {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    def add_db(sp):
        sp.add_argument("--db", default=_default_db(),
                        help=f"SQLite database (default: $JOBSIFT_DB or {DEFAULT_DB})")

    def add_crawl_opts(sp):
        sp.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE",
                        help="a Scrapy setting, as `scrapy crawl -s` (e.g. -s DOWNLOAD_DELAY=2)")
        sp.add_argument("-q", "--quiet", action="store_true",
                        help="no progress or hints; print only on errors (for cron)")
        sp.add_argument("-v", "--verbose", action="store_true", help="Scrapy's INFO log on stderr")

    d = sub.add_parser(
        "demo", formatter_class=fmt, help="serve the bundled demo site, crawl it, export, summarise",
        description="Serve the bundled demo site on 127.0.0.1 (any free port), crawl it with the "
                    "real crawler, store to SQLite, write the CSV files and print a summary. "
                    "Needs no network.",
        epilog="example:\n  jobsift demo --db /tmp/demo.db --out /tmp/demo-csv")
    add_db(d)
    d.add_argument("--out", default=DEFAULT_OUT, help=f"folder for the CSV files (default: {DEFAULT_OUT})")
    add_crawl_opts(d)
    d.set_defaults(func=cmd_demo)

    c = sub.add_parser(
        "crawl", formatter_class=fmt, help="crawl sources from sources.toml or --url sites",
        description="Crawl the named sources of the sources file (all enabled ones when none is "
                    "named), and/or role-guide sites given with --url, into the database. "
                    "Polite by default: robots.txt obeyed, AutoThrottle, 2 requests at a time per "
                    "site. Exit codes: 0 ok, 3 finished with errors (partial), 1 failed or "
                    "interrupted, 2 usage error, 4 another crawl is using the database.",
        epilog=textwrap.dedent("""\
            examples:
              jobsift crawl --url https://careers.example.com/ --max-pages 200
              jobsift crawl                           # every enabled source in sources.toml
              jobsift crawl careernews pathwise --sources /etc/jobsift/sources.toml
              jobsift crawl --url https://example.com/ -s DOWNLOAD_DELAY=3 -s JOBSIFT_CONTACT=me@example.com
              0 3 * * * cd /srv/jobsift && .venv/bin/jobsift crawl --quiet   # cron"""))
    c.add_argument("names", nargs="*", metavar="SOURCE", help="source names from the sources file")
    c.add_argument("--url", action="append", default=[], metavar="URL",
                   help="start URL of a role-guide site (repeatable)")
    c.add_argument("--sources", default="sources.toml", metavar="FILE",
                   help="sources file (default: sources.toml in the current folder)")
    c.add_argument("--max-pages", type=int, default=0, metavar="N",
                   help="stop requesting new pages of each source after N")
    add_db(c)
    add_crawl_opts(c)
    c.set_defaults(func=cmd_crawl)

    e = sub.add_parser(
        "extract", formatter_class=fmt, help="clean + extract pages (files or URLs) to JSON",
        description="Run one or more pages through the same clean + extract functions a crawl "
                    "uses, and print the result: one JSON object for one input, JSON Lines (one "
                    "object per input, in order) for several. An input that cannot be read gives "
                    "an object with an \"error\" key. Nothing is stored.",
        epilog=textwrap.dedent("""\
            examples:
              jobsift extract saved-page.html --url https://example.com/guides/data-analyst/
              jobsift extract https://example.com/guides/data-analyst/
              jobsift extract a.html b.html c.html > facts.jsonl"""))
    e.add_argument("inputs", nargs="+", metavar="FILE_OR_URL")
    e.add_argument("--url", help="the page's address, for a saved file (used for dates, currency, "
                                 "canonical links)")
    e.add_argument("--compact", action="store_true", help="one line of JSON for a single input too")
    e.set_defaults(func=cmd_extract)

    x = sub.add_parser(
        "export", formatter_class=fmt, help="write the CSV files from the database",
        description="Write documents.csv, responsibilities.csv, skills.csv and salaries.csv "
                    "(columns in docs/data-dictionary.md). Each file is written to a temporary "
                    "file and renamed, so readers never see a half-written file. Text cells that "
                    "a spreadsheet would run as a formula are prefixed with ' unless --raw.",
        epilog="examples:\n  jobsift export\n  jobsift export --db /srv/jobsift.db --out /srv/www/csv")
    add_db(x)
    x.add_argument("--out", default=DEFAULT_OUT, help=f"output folder (default: {DEFAULT_OUT})")
    x.add_argument("--raw", action="store_true",
                   help="write text cells untouched (no formula neutralising), for machine readers")
    x.set_defaults(func=cmd_export)
    r = sub.add_parser(
        "runs", formatter_class=fmt, help="recent crawl runs, or one run's errors",
        description="Print the recent crawl runs (status ok/partial/failed/interrupted and the "
                    "counts: requests, pages, new, updated, unchanged, closed, dropped, errors), or "
                    "with --errors RUN the failures of one run.",
        epilog="examples:\n  jobsift runs\n  jobsift runs --limit 50 --json\n  jobsift runs --errors 12")
    add_db(r)
    r.add_argument("--errors", type=int, metavar="RUN", help="list the errors of run RUN")
    r.add_argument("--limit", type=int, default=20, metavar="N", help="how many runs (default 20)")
    r.add_argument("--json", action="store_true", help="JSON Lines, one run per line")
    r.set_defaults(func=cmd_runs)

    so = sub.add_parser(
        "sources", formatter_class=fmt, help="list and validate the sources file",
        description="Read the sources file, check every entry (a bad file gives one error naming "
                    "the line and key) and list the sources.",
        epilog="examples:\n  jobsift sources\n  jobsift sources --sources /etc/jobsift/sources.toml")
    so.add_argument("--sources", default="sources.toml", metavar="FILE",
                    help="sources file (default: sources.toml in the current folder)")
    so.set_defaults(func=cmd_sources)

    v = sub.add_parser(
        "eval", formatter_class=fmt, help="measure extraction quality on a gold set",
        description="Run clean + extract on every page of a gold directory (NAME.html + "
                    "NAME.gold.json) and print, per page and in total: main-text token "
                    "precision/recall/F1 beside trafilatura's on the same pages, leaked boilerplate, "
                    "responsibilities F1, skills precision/recall/F1, salary precision/recall/F1, date "
                    "and role accuracy. Exits 1 when a figure is under a threshold given as an option.",
        epilog=textwrap.dedent("""\
            examples:
              jobsift eval tests/gold
              jobsift eval tests/gold --verbose            # what each page missed or added
              jobsift eval tests/gold --json | jq .total
              jobsift eval tests/gold --min-text-f1 0.93 --max-leaks 0 --min-salary-f1 0.9"""))
    v.add_argument("directory", metavar="DIR")
    v.add_argument("--json", action="store_true", help="one JSON object: totals and per-page figures")
    v.add_argument("--verbose", action="store_true", help="list each page's misses and extras")
    v.add_argument("--no-baseline", action="store_true", help="skip trafilatura (faster)")
    for opt, help_text in (("min-text-f1", "main-text F1 (mean over pages)"),
                           ("max-leaks", "leaked boilerplate strings (total)"),
                           ("min-responsibilities-f1", "responsibilities F1"),
                           ("min-skills-f1", "skills F1"), ("min-salary-f1", "salary F1"),
                           ("min-date-accuracy", "date accuracy"),
                           ("min-role-accuracy", "role accuracy")):
        v.add_argument(f"--{opt}", type=float, default=None, metavar="X",
                       help=f"fail (exit 1) when {help_text} is {'above' if opt.startswith('max') else 'below'} X")
    v.set_defaults(func=cmd_eval)
    return p


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return args.func(args)
    except Locked as exc:
        _eprint(f"jobsift {args.command}: {exc}")
        return EXIT_LOCKED
    except CliError as exc:
        _eprint(f"jobsift {args.command}: error: {exc}")
        return EXIT_USAGE
    except KeyboardInterrupt:
        _eprint("interrupted")
        return EXIT_FAILED


#: Set once a crawl is over and everything it writes is written (see ``entry``).
_finished_crawl = False


def entry() -> None:
    """The ``jobsift`` command (and ``python -m crawler.cli``): ``main()``, then exit with its code.

    After a crawl the process ends without the interpreter's teardown, which frees the objects of
    Scrapy, Twisted, lxml and the page caches one by one (0.10-0.14 s, after a 20-page crawl as
    after a 2,000-page one). By then the database is written and closed and the run record
    finished; exit handlers still run (logging is flushed and closed, worker processes are waited
    for), and the standard streams are flushed. ``main()`` called from Python never does this."""
    code = main()
    if _finished_crawl:
        _exit_now(code)
    sys.exit(code)


def _exit_now(code: int) -> None:
    import atexit

    if "multiprocessing" in sys.modules:  # the workers, shut down by the pipelines, are exiting
        import multiprocessing

        for child in multiprocessing.active_children():
            child.join()
    try:
        atexit._run_exitfuncs()
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        os._exit(code)


if __name__ == "__main__":
    entry()
