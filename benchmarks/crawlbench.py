"""Crawl benchmarks: the bare Scrapy spider vs the full ``jobsift crawl``, each in its own
subprocess, timed by wall clock, with the subprocess's peak RSS.

Peak RSS is measured two ways: ``os.wait4`` returns the finished child's own ``ru_maxrss`` (exact,
the kernel's high-water mark; the reported figure), and, when psutil is installed (the ``bench``
extra), psutil samples the child's RSS every 50 ms while it runs (a cross-check).
"""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from typing import Optional

try:
    import psutil
except ImportError:  # optional: only the cross-check sampling needs it
    psutil = None

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

JOBSIFT_SETTINGS = ["CONCURRENT_REQUESTS=32", "CONCURRENT_REQUESTS_PER_DOMAIN=32",
                    "DOWNLOAD_DELAY=0", "AUTOTHROTTLE_ENABLED=False"]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    for k in ("JOBSIFT_DB", "SCRAPY_SETTINGS_MODULE", "SCRAPY_PROJECT", "JOBSIFT_CONTACT"):
        env.pop(k, None)
    env["PYTHONPATH"] = REPO + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env["PYTHONHASHSEED"] = "0"
    return env


def run_measured(cmd: list[str], cwd: str, poll: float = 0.05) -> dict:
    """Run ``cmd``; wall seconds, CPU seconds (user+sys), exit code, peak RSS (bytes), output."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=_env(), stdout=out, stderr=err)
        ps = None
        if psutil is not None:
            try:
                ps = psutil.Process(proc.pid)
            except psutil.Error:
                pass
        sampled = 0
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if ps is not None:
                try:
                    sampled = max(sampled, ps.memory_info().rss)
                except psutil.Error:
                    pass
            time.sleep(poll)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    return {"wall_s": wall, "cpu_s": usage.ru_utime + usage.ru_stime, "rc": proc.returncode,
            "peak_rss": usage.ru_maxrss * 1024,
            "peak_rss_sampled": sampled, "stdout": stdout, "stderr": stderr}


def bare_crawl(url: str, workdir: str, jobsift_gc: bool = False) -> dict:
    """The bare spider; ``jobsift_gc``: with ``jobsift crawl``'s garbage-collector thresholds."""
    r = run_measured([sys.executable, "-m", "benchmarks.bare_spider", url]
                     + (["--jobsift-gc"] if jobsift_gc else []), cwd=workdir)
    stats = {}
    for line in r["stdout"].splitlines():
        if line.startswith("BARE_STATS "):
            stats = json.loads(line[len("BARE_STATS "):])
    pages = stats.get("items", 0)
    return {
        "kind": "bare", "wall_s": r["wall_s"], "cpu_s": r["cpu_s"], "rc": r["rc"], "pages": pages,
        "pages_per_s": pages / r["wall_s"] if r["wall_s"] else 0.0,
        "scrapy_elapsed_s": stats.get("elapsed_time_seconds"),
        "requests": stats.get("requests"),
        "peak_rss": r["peak_rss"], "peak_rss_sampled": r["peak_rss_sampled"],
        "stderr_tail": r["stderr"][-2000:] if r["rc"] else "",
    }


def _db_counts(db: str) -> dict:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        docs = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        row = conn.execute("SELECT status, requests, pages, new, updated, unchanged, dropped, errors, "
                           "stats FROM crawl_runs ORDER BY id DESC LIMIT 1").fetchone()
    finally:
        conn.close()
    out = {"documents": docs}
    if row:
        keys = ["status", "requests", "pages", "new", "updated", "unchanged", "dropped", "errors"]
        out.update(dict(zip(keys, row[:8])))
        elapsed = None
        try:
            for st in (json.loads(row[8] or "{}") or {}).values():
                if isinstance(st, dict) and st.get("elapsed_time_seconds") is not None:
                    elapsed = float(st["elapsed_time_seconds"])
        except (ValueError, TypeError):
            pass
        out["scrapy_elapsed_s"] = elapsed
    return out


def jobsift_crawl(url: str, workdir: str, keep_db: bool = False) -> dict:
    fd, db = tempfile.mkstemp(prefix="crawl-", suffix=".db", dir=workdir)
    os.close(fd)
    os.unlink(db)  # a fresh file: the CLI creates it
    cmd = [sys.executable, "-m", "crawler.cli", "crawl", "--url", url, "--db", db, "--quiet"]
    for s in JOBSIFT_SETTINGS:
        cmd += ["-s", s]
    r = run_measured(cmd, cwd=workdir)
    counts = _db_counts(db) if os.path.exists(db) else {"documents": 0}
    if not keep_db:
        for suffix in ("", "-wal", "-shm", "-journal", ".lock"):
            if os.path.exists(db + suffix):
                os.unlink(db + suffix)
    pages = int(counts.get("pages") or 0)
    return {
        "kind": "jobsift", "wall_s": r["wall_s"], "cpu_s": r["cpu_s"], "rc": r["rc"], "pages": pages,
        "pages_per_s": pages / r["wall_s"] if r["wall_s"] else 0.0,
        "documents": counts.get("documents", 0), "new": counts.get("new"),
        "dropped": counts.get("dropped"), "errors": counts.get("errors"),
        "requests": counts.get("requests"), "status": counts.get("status"),
        "scrapy_elapsed_s": counts.get("scrapy_elapsed_s"),
        "peak_rss": r["peak_rss"], "peak_rss_sampled": r["peak_rss_sampled"],
        "stderr_tail": r["stderr"][-2000:] if (r["rc"] or r["stderr"].strip()) else "",
    }


def median(values: list[float]) -> Optional[float]:
    vals = sorted(v for v in values if v is not None)
    if not vals:
        return None
    mid = len(vals) // 2
    return vals[mid] if len(vals) % 2 else (vals[mid - 1] + vals[mid]) / 2
