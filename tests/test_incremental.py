"""Scheduled crawls: incremental re-runs (304s), vanished pages, the run lock, SIGKILL and resume,
Retry-After and Crawl-delay. Real crawls (the real engine in a subprocess) against local servers."""
from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from urllib.parse import urlsplit

from crawler.demo import SITE_ROOT, DemoServer, manifest
from tests.helpers import FAST, ROOT, db_rows, jobsift


def _copy_site(tmp_path, site):
    root = tmp_path / site
    shutil.copytree(os.path.join(SITE_ROOT, site), root)
    return root


def _article_paths(site):
    return [a["path"] for a in manifest(site)["articles"]]


def test_second_run_over_unchanged_site_is_all_304_and_extracts_nothing(tmp_path):
    site = "careernews"  # discovered through its sitemaps
    db = str(tmp_path / "j.db")
    articles = _article_paths(site)
    with DemoServer(site) as server:
        first = jobsift("crawl", "--url", server.url, "--db", db, "--quiet", *FAST)
        assert first.returncode == 0, first.stderr
        mark = len(server.requested)
        second = jobsift("crawl", "--url", server.url, "--db", db, "--quiet", *FAST)
        assert second.returncode == 0, second.stderr
        run2 = [urlsplit(p).path for p in server.requested[mark:]]
        log2 = server.request_log[mark:]
        not_modified = {urlsplit(p).path for p in server.not_modified}
    for path in articles:
        assert run2.count(path) == 1, f"{path} fetched {run2.count(path)} times in the second run"
        assert path in not_modified
        headers = [h for _, p, h in log2 if urlsplit(p).path == path][0]
        assert "If-None-Match" in headers or "If-Modified-Since" in headers
    runs = db_rows(db, "SELECT * FROM crawl_runs ORDER BY id")
    assert runs[1]["status"] == "ok"
    assert (runs[1]["new"], runs[1]["updated"], runs[1]["unchanged"]) == (0, 0, len(articles))
    assert runs[1]["pages"] == (runs[1]["new"] + runs[1]["updated"] + runs[1]["unchanged"]
                                + runs[1]["dropped"] + runs[1]["errors"])
    assert not db_rows(db, "SELECT * FROM document_changes")
    docs = db_rows(db, "SELECT first_seen, last_seen, run_id FROM documents")
    assert all(d["run_id"] == runs[1]["id"] for d in docs)


def test_changed_and_removed_pages(tmp_path):
    site = "pathwise"
    root = _copy_site(tmp_path, site)
    db = str(tmp_path / "j.db")
    changed, removed = _article_paths(site)[:2]
    with DemoServer(site, root=str(root)) as server:
        assert jobsift("crawl", "--url", server.url, "--db", db, "--quiet", *FAST).returncode == 0
        page = root / changed.strip("/") / "index.html"
        page.write_text(page.read_text(encoding="utf-8").replace(
            "</h2>", "</h2><p>Added in a revision: on-call duties now rotate weekly.</p>", 1),
            encoding="utf-8")
        os.utime(page, (time.time() + 5, time.time() + 5))
        shutil.rmtree(root / removed.strip("/"))
        proc = jobsift("crawl", "--url", server.url, "--db", db, "--quiet", *FAST)
    assert proc.returncode == 3, proc.stdout + proc.stderr  # partial: the removed page is a 404
    docs = {urlsplit(r["url"]).path: r for r in db_rows(db, "SELECT * FROM documents")}
    assert docs[removed]["status"] == "gone"
    assert docs[changed]["status"] == "active" and "rotate weekly" in docs[changed]["text"]
    changes = db_rows(db, "SELECT * FROM document_changes")
    assert len(changes) == 1 and changes[0]["document_id"] == docs[changed]["id"]
    assert "text" in changes[0]["fields"]
    errors = db_rows(db, "SELECT * FROM crawl_errors")
    assert [urlsplit(e["url"]).path for e in errors] == [removed] and errors[0]["status"] == 404
    run = db_rows(db, "SELECT * FROM crawl_runs ORDER BY id DESC LIMIT 1")[0]
    assert run["status"] == "partial" and run["updated"] == 1 and run["errors"] == 1


def _start_crawl(url, db, *extra):
    env = dict(os.environ)
    env.pop("JOBSIFT_DB", None)
    return subprocess.Popen([sys.executable, "-m", "crawler.cli", "crawl", "--url", url, "--db", db,
                             "--quiet", *FAST, *extra], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for_documents(db, n, proc, timeout=60):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if proc.poll() is not None:
            return
        try:
            conn = sqlite3.connect(db, timeout=1)
            count = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
            conn.close()
            if count >= n:
                return
        except sqlite3.Error:
            pass
        time.sleep(0.05)


def test_second_run_on_the_same_database_exits_at_once(tmp_path):
    db = str(tmp_path / "j.db")
    with DemoServer("pathwise", delay=0.3) as server:
        first = _start_crawl(server.url, db)
        try:
            end = time.monotonic() + 60
            while len(server.requested) < 3 and time.monotonic() < end and first.poll() is None:
                time.sleep(0.05)  # the first crawl is under way (it holds the lock from the start)
            assert first.poll() is None
            t0 = time.monotonic()
            second = jobsift("crawl", "--url", server.url, "--db", db, "--quiet", *FAST)
            assert time.monotonic() - t0 < 20
        finally:
            first.wait(timeout=120)
    assert second.returncode == 4
    assert "another jobsift crawl" in second.stderr and f"pid {first.pid}" in second.stderr
    assert first.returncode == 0
    assert len(db_rows(db, "SELECT id FROM crawl_runs")) == 1


def test_sigkill_mid_run_then_resume(tmp_path):
    site = "jobhub"
    db = str(tmp_path / "j.db")
    articles = _article_paths(site)
    with DemoServer(site, delay=0.15) as server:
        # one document per transaction, so the database shows progress as it happens
        proc = _start_crawl(server.url, db, "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1",
                            "-s", "JOBSIFT_BATCH_SIZE=1")
        _wait_for_documents(db, 2, proc)
        assert proc.poll() is None, "the crawl finished before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        stored_before = {urlsplit(r["url"]).path for r in db_rows(db, "SELECT url FROM documents")}
        assert 2 <= len(stored_before) < len(articles)
        mark = len(server.requested)
        again = jobsift("crawl", "--url", server.url, "--db", db, *FAST, "-s", "JOBSIFT_PROGRESS_INTERVAL=0")
        resumed_requests = [urlsplit(p).path for p in server.requested[mark:]]
    assert again.returncode == 0, again.stderr
    assert "resuming" in again.stderr
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()
    paths = [urlsplit(r["url"]).path for r in db_rows(db, "SELECT url FROM documents")]
    assert sorted(paths) == sorted(articles)  # nothing lost, no duplicates
    for path in stored_before:
        assert path not in resumed_requests  # resumed: already-stored pages not fetched again
    runs = db_rows(db, "SELECT * FROM crawl_runs ORDER BY id")
    assert [r["status"] for r in runs] == ["interrupted", "ok"]
    # every document has its children: nothing half-written
    for r in db_rows(db, "SELECT d.id, count(r.position) c FROM documents d "
                         "LEFT JOIN responsibilities r ON r.document_id = d.id GROUP BY d.id"):
        assert r["c"] > 0


def test_retry_after_is_honoured(tmp_path):
    db = str(tmp_path / "j.db")
    target = _article_paths("pathwise")[0]
    state = {"served": 0}

    def hook(path, headers):
        if urlsplit(path).path == target and state["served"] == 0:
            state["served"] += 1
            return 429, {"Retry-After": "2", "Content-Type": "text/html"}, b"<h1>Too many requests</h1>"
        return None

    with DemoServer("pathwise", hook=hook) as server:
        proc = jobsift("crawl", "--url", server.url, "--db", db, "--quiet", *FAST)
        hits = [t for t, p, _ in server.request_log if urlsplit(p).path == target]
    assert proc.returncode == 0, proc.stderr
    assert len(hits) == 2
    assert hits[1] - hits[0] >= 1.9  # waited as the server asked
    assert target in {urlsplit(r["url"]).path for r in db_rows(db, "SELECT url FROM documents")}


def test_robots_crawl_delay_is_honoured(tmp_path):
    root = _copy_site(tmp_path, "pathwise")
    robots = root / "robots.txt"
    robots.write_text(robots.read_text() + "\nCrawl-delay: 1\n")
    db = str(tmp_path / "j.db")
    with DemoServer("pathwise", root=str(root)) as server:
        proc = jobsift("crawl", "--url", server.url, "--db", db, "--quiet", *FAST, "--max-pages", "4")
        times = [t for t, p, _ in server.request_log if p != "/robots.txt"]
    assert proc.returncode == 0, proc.stderr
    gaps = [b - a for a, b in zip(times, times[1:])]
    assert len(gaps) >= 3 and min(gaps) >= 0.9, gaps


def test_per_site_concurrency_limit_holds(tmp_path):
    """CONCURRENT_REQUESTS_PER_DOMAIN is what reaches the server (default reactor; see settings)."""
    db = str(tmp_path / "j.db")
    with DemoServer("jobhub", delay=0.1) as server:
        proc = jobsift("crawl", "--url", server.url, "--db", db, "--quiet", "-s", "DOWNLOAD_DELAY=0",
                       "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2",
                       "--max-pages", "12")
        most = server.httpd.max_inflight
    assert proc.returncode == 0, proc.stderr
    assert most == 2


def test_sources_file_limits_apply_per_source(tmp_path):
    """`jobsift crawl NAME` with per-source delay, max_pages and allow_paths from sources.toml."""
    db = str(tmp_path / "j.db")
    with DemoServer("pathwise") as slow, DemoServer("jobhub") as other:
        (tmp_path / "sources.toml").write_text(f"""
[[source]]
name = "paced"
kind = "guides"
url = "{slow.url}"
delay = 1.0
max_pages = 4

[[source]]
name = "scoped"
kind = "guides"
url = "{other.url}"
allow_paths = ["^/guides/", "^/category/"]

[[source]]
name = "off"
kind = "guides"
url = "{other.url}"
enabled = false
""")
        proc = jobsift("crawl", "--sources", str(tmp_path / "sources.toml"), "--db", db, "--quiet",
                       *FAST, cwd=str(tmp_path))  # -s DOWNLOAD_DELAY=0: the source's delay wins
        paced = [t for t, p, _ in slow.request_log if p not in ("/robots.txt", "/sitemap.xml")]
        scoped = [urlsplit(p).path for _, p, _ in other.request_log]
    assert proc.returncode == 0, proc.stderr
    assert len(paced) <= 4
    gaps = [b - a for a, b in zip(paced, paced[1:])]
    assert gaps and min(gaps) >= 0.5  # DOWNLOAD_DELAY 1.0 (Scrapy randomises it 0.5x-1.5x)
    pages = [p for p in scoped if p not in ("/robots.txt", "/sitemap.xml", "/")]
    assert pages and all(p.startswith(("/guides/", "/category/")) for p in pages)
    runs = db_rows(db, "SELECT sources FROM crawl_runs")
    assert runs[0]["sources"] == "paced,scoped"  # the disabled source is not crawled


def test_worker_process_failures_are_recorded(tmp_path):
    """With parsing in a worker process, a page that cannot be parsed is one error row and the
    other pages are stored, exactly as in-process."""
    db = str(tmp_path / "j.db")
    broken = _article_paths("pathwise")[0]

    def hook(path, headers):
        if urlsplit(path).path == broken:
            return 200, {"Content-Type": "text/html; charset=utf-8"}, b"   "
        return None

    with DemoServer("pathwise", hook=hook) as server:
        proc = jobsift("crawl", "--url", server.url, "--db", db, "--quiet", *FAST,
                       "-s", "JOBSIFT_WORKERS=1")
    assert proc.returncode == 3, proc.stderr  # partial
    errors = db_rows(db, "SELECT url, reason FROM crawl_errors")
    assert [urlsplit(e["url"]).path for e in errors] == [broken]
    assert "empty page" in errors[0]["reason"]
    stored = {urlsplit(r["url"]).path for r in db_rows(db, "SELECT url FROM documents")}
    assert stored == set(_article_paths("pathwise")) - {broken}
