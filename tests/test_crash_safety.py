"""Crash safety (issue 7): a crawl killed with SIGKILL at random points leaves a sound database
with no half-written document, and the next run stores exactly what a clean run stores; readers
and exports running during a crawl see consistent data and never make the crawl wait into
"database is locked".

All crawls are the real CLI in a subprocess against the three bundled demo sites (one crawl, three
``--url``s), served on 127.0.0.1 with a per-request delay so a crawl lasts a few seconds.
"""
from __future__ import annotations

import os
import random
import signal
import sqlite3
import threading
import time

import pytest

from crawler.demo import DemoServer, manifest, site_names
from tests.faultserver import finish_cli, running, start_cli
from tests.helpers import FAST, process_running, read_csv

SEEDS = [11, 23, 37]
DELAY = 0.1  # seconds per request: a crawl lasts a few seconds
CRAWL = [*FAST, "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2", "--quiet"]


@pytest.fixture(scope="module")
def sites():
    servers = [DemoServer(name, delay=DELAY).start() for name in site_names()]
    try:
        yield servers
    finally:
        for s in servers:
            s.stop()


def _crawl_args(sites, db):
    args = ["crawl", "--db", db]
    for s in sites:
        args += ["--url", s.url]
    return args + CRAWL


def _connect(db: str) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)


def shape(db: str) -> set[tuple[str, int, int, int]]:
    """(url, responsibilities, salaries, skills) of every document."""
    conn = _connect(db)
    try:
        return set(conn.execute(
            "SELECT d.url, (SELECT count(*) FROM responsibilities r WHERE r.document_id = d.id), "
            "(SELECT count(*) FROM salaries s WHERE s.document_id = d.id), "
            "(SELECT count(*) FROM document_skills k WHERE k.document_id = d.id) FROM documents d"))
    finally:
        conn.close()


def _children(pid: int) -> list[int]:
    """Process ids whose parent is ``pid`` (Linux /proc; empty elsewhere)."""
    out = []
    for entry in os.listdir("/proc") if os.path.isdir("/proc") else ():
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="utf-8", errors="replace") as fh:
                    stat = fh.read()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(entry))
    return out


def _count(db: str) -> int:
    try:
        conn = _connect(db)
        try:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def assert_sound(db: str) -> None:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conn.execute("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")
        (docs,) = conn.execute("SELECT count(*) FROM documents").fetchone()
        (fts,) = conn.execute("SELECT count(*) FROM documents_fts").fetchone()
        assert docs == fts
        orphans = conn.execute(
            "SELECT count(*) FROM responsibilities WHERE document_id NOT IN (SELECT id FROM documents)"
        ).fetchone()[0]
        assert orphans == 0
    finally:
        conn.close()


@pytest.fixture(scope="module")
def clean_run(sites, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("clean")
    db = str(tmp / "clean.db")
    proc = start_cli(*_crawl_args(sites, db), out_dir=str(tmp), name="clean")
    first_doc = None
    while running(proc):
        if first_doc is None and _count(db) > 0:
            first_doc = time.monotonic() - proc._jobsift_started
        time.sleep(0.05)
    run = finish_cli(proc)
    assert run.returncode == 0, run.stdout + run.stderr
    expected = shape(db)
    articles = sum(len(manifest(name)["articles"]) for name in site_names())
    assert len(expected) == articles
    assert all(resp > 0 for _, resp, _, _ in expected)  # every demo page has responsibilities
    print(f"clean run: {run.seconds:.1f} s, first document after {first_doc:.1f} s, peak RSS {run.peak_rss_mb:.0f} MiB")
    return {"db": db, "shape": expected, "seconds": run.seconds,
            "first_doc": first_doc or 0.0}


@pytest.mark.parametrize("seed", SEEDS)
def test_sigkill_at_a_random_point_then_rerun(sites, clean_run, tmp_path, seed):
    rng = random.Random(seed)
    db = str(tmp_path / "j.db")
    total = len(clean_run["shape"])
    # a random point of the writing phase: after a random number of stored documents, plus a
    # random delay (the kill may land inside a transaction, between two, or in the tail)
    wait_for = rng.randint(1, total - 1)
    kill_after = rng.uniform(0.0, 0.25)
    proc = start_cli(*_crawl_args(sites, db), out_dir=str(tmp_path), name="killed")
    deadline = time.monotonic() + 60
    while _count(db) < wait_for and running(proc) and time.monotonic() < deadline:
        time.sleep(0.005)
    time.sleep(kill_after)
    alive = running(proc)
    workers = _children(proc.pid)
    if alive:
        os.kill(proc.pid, signal.SIGKILL)
    killed = finish_cli(proc)
    # its worker processes do not outlive it (they would wait for jobs forever)
    deadline = time.monotonic() + 10
    while [pid for pid in workers if process_running(pid)] and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [pid for pid in workers if process_running(pid)], "worker processes outlived the killed crawl"
    at_kill = shape(db)
    print(f"seed {seed}: killed {kill_after:.2f}s after document {wait_for}, alive={alive}, "
          f"{len(at_kill)}/{total} documents stored")
    assert not alive or killed.returncode == -signal.SIGKILL

    # a sound database, and no half-written document: each one has all its children
    assert_sound(db)
    assert at_kill <= clean_run["shape"], at_kill - clean_run["shape"]

    rerun = finish_cli(start_cli(*_crawl_args(sites, db), out_dir=str(tmp_path), name="rerun"))
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    assert_sound(db)
    assert shape(db) == clean_run["shape"]
    conn = sqlite3.connect(db)
    statuses = [r[0] for r in conn.execute("SELECT status FROM crawl_runs ORDER BY id")]
    errors = conn.execute("SELECT url, reason FROM crawl_errors").fetchall()
    conn.close()
    assert statuses[-1] == "ok" and all(s == "interrupted" for s in statuses[:-1]), statuses
    assert errors == []


def test_readers_and_exports_during_a_crawl(sites, clean_run, tmp_path):
    """A reader (sqlite3 queries in a loop, some holding a read transaction open) and repeated
    `jobsift export`s run while a crawl writes: every snapshot they see is consistent, and the
    crawl is never told "database is locked"."""
    db = str(tmp_path / "j.db")
    proc = start_cli(*_crawl_args(sites, db), out_dir=str(tmp_path), name="crawl")
    stop = threading.Event()
    seen: dict = {"snapshots": 0, "problems": [], "counts": []}

    def reader():
        while not stop.is_set():
            try:
                conn = sqlite3.connect(db, timeout=5)
                try:
                    conn.execute("BEGIN")
                    docs = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
                    half = conn.execute(
                        "SELECT d.url FROM documents d WHERE NOT EXISTS (SELECT 1 FROM "
                        "responsibilities r WHERE r.document_id = d.id)").fetchall()
                    time.sleep(0.1)  # hold the snapshot while the crawl commits
                    again = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
                    conn.execute("COMMIT")
                finally:
                    conn.close()
            except sqlite3.OperationalError as exc:
                if "no such table" in str(exc):  # the crawl has not created the schema yet
                    time.sleep(0.02)
                    continue
                seen["problems"].append(f"reader: {exc}")
                continue
            seen["snapshots"] += 1
            seen["counts"].append(docs)
            if half:
                seen["problems"].append(f"documents without responsibilities: {half}")
            if again != docs:
                seen["problems"].append(f"snapshot moved: {docs} → {again}")

    thread = threading.Thread(target=reader, daemon=True)
    exports = []
    try:
        while not os.path.exists(db) and running(proc):
            time.sleep(0.01)
        thread.start()
        k = 0
        deadline = time.monotonic() + 90
        while running(proc) and time.monotonic() < deadline:
            out = tmp_path / f"csv{k}"
            exports.append((out, finish_cli(start_cli("export", "--db", db, "--out", str(out),
                                                      out_dir=str(tmp_path), name=f"export{k}"))))
            k += 1
    finally:
        stop.set()
        thread.join(timeout=10)
    crawl = finish_cli(proc)

    assert crawl.returncode == 0, crawl.stdout + crawl.stderr
    assert "locked" not in crawl.stderr.lower()
    conn = sqlite3.connect(db)
    reasons = [r[0] for r in conn.execute("SELECT reason FROM crawl_errors")]
    conn.close()
    assert not any("locked" in r.lower() for r in reasons), reasons
    assert shape(db) == clean_run["shape"]
    assert seen["problems"] == [], seen["problems"][:5]
    assert seen["snapshots"] >= 5
    assert seen["counts"] == sorted(seen["counts"])  # documents only ever appear
    assert len(exports) >= 2, "the crawl ended before two exports could run"
    print(f"{seen['snapshots']} reader snapshots, {len(exports)} exports during the crawl")
    for out, run in exports:
        assert run.returncode == 0, run.stderr
        assert "locked" not in run.stderr.lower()
        _, docs = read_csv(str(out / "documents.csv"))
        _, resp = read_csv(str(out / "responsibilities.csv"))
        with_resp = {r["document_id"] for r in resp}
        assert {d["id"] for d in docs} == with_resp, out  # one snapshot: no half document
        assert not [f for f in os.listdir(out) if f.endswith(".tmp")]


def test_a_worker_killed_mid_crawl_costs_at_most_its_page(sites, clean_run, tmp_path):
    """A worker process that dies during a crawl (the OOM killer, say) fails only the page it
    was on: that page is recorded as an error, every other page is stored, a new worker takes
    its place, and the next run stores the page it missed."""
    db = str(tmp_path / "j.db")
    total = len(clean_run["shape"])
    proc = start_cli(*_crawl_args(sites, db), "-s", "JOBSIFT_WORKERS=2", out_dir=str(tmp_path),
                     name="worker-killed")
    deadline = time.monotonic() + 60
    while _count(db) < 2 and running(proc) and time.monotonic() < deadline:
        time.sleep(0.005)
    workers = _children(proc.pid)
    assert len(workers) == 2 and running(proc), workers
    os.kill(workers[0], signal.SIGKILL)
    run = finish_cli(proc)
    assert run.returncode in (0, 3), run.stdout + run.stderr  # 3: finished, some pages failed
    assert_sound(db)
    stored = shape(db)
    conn = sqlite3.connect(db)
    errors = conn.execute("SELECT url, reason FROM crawl_errors").fetchall()
    (status,) = conn.execute("SELECT status FROM crawl_runs ORDER BY id DESC LIMIT 1").fetchone()
    conn.close()
    assert stored <= clean_run["shape"]
    # every article is stored but the page that worker was on (an article or a listing page)
    missing = {row[0] for row in clean_run["shape"]} - {row[0] for row in stored}
    assert len(errors) <= 1 and missing <= {url for url, _ in errors}, (missing, errors)
    assert len(stored) >= total - 1
    assert all("WorkerDied" in reason and "exit code -9" in reason for _, reason in errors), errors
    assert status == ("partial" if errors else "ok")
    assert run.returncode == (3 if errors else 0)

    rerun = finish_cli(start_cli(*_crawl_args(sites, db), out_dir=str(tmp_path), name="rerun"))
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    assert shape(db) == clean_run["shape"]
