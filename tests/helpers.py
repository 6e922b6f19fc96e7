"""Shared test helpers: running the real CLI in a subprocess, comparing extracted facts."""
from __future__ import annotations

import csv
import os
import re
import sqlite3
import subprocess
import sys
from typing import Optional

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False",
        "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8",
        # extraction in the crawl process: small test crawls do not pay a worker's start-up;
        # the demo end-to-end test runs with the default worker pool
        "-s", "JOBSIFT_WORKERS=0"]


def jobsift(*args: str, cwd: Optional[str] = None, timeout: float = 240,
            env: Optional[dict] = None) -> subprocess.CompletedProcess:
    """Run `jobsift ARGS` as a user would (a new process, the real Scrapy engine)."""
    full_env = dict(os.environ)
    full_env.pop("JOBSIFT_DB", None)
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "crawler.cli", *args], cwd=cwd or ROOT,
                          capture_output=True, text=True, timeout=timeout, env=full_env)


def process_running(pid: int) -> bool:
    """A running (not zombie) process ``pid`` (Linux /proc)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8", errors="replace") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def words(text: str) -> list[str]:
    return re.findall(r"\w+", (text or "").lower())


def phrase_in(phrase: str, text: str) -> bool:
    """Whitespace- and case-insensitive, punctuation-tolerant containment."""
    p, t = " ".join(words(phrase)), " ".join(words(text))
    return bool(p) and p in t


def lead_matches(lead: str, item: str) -> bool:
    """A responsibility's lead phrase matches an extracted item when the item starts with it
    (or contains it within its first words)."""
    lw, iw = words(lead), words(item)
    if not lw:
        return False
    head = " ".join(iw[: len(lw) + 6])
    return " ".join(lw) in head


def salary_key(s: dict) -> tuple:
    def num(v):
        return None if v is None else round(float(v), 2)
    return (num(s.get("min")), num(s.get("max")), s.get("currency"), s.get("period"))


def db_rows(db: str, sql: str, params=()) -> list[sqlite3.Row]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def read_csv(path: str) -> tuple[list[str], list[dict]]:
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
        return reader.fieldnames or [], rows


def unique_salaries(salaries: list[dict]) -> list[tuple]:
    """Expected salaries as stored: the same figure stated twice on a page (a "Quick facts" box and
    the text) is one fact, stored once."""
    out, seen = [], set()
    for s in salaries:
        key = salary_key(s)
        if key not in seen:
            seen.add(key)
            out.append(salary_key(s))
    return out
