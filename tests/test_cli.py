"""The command line as users meet it: help texts, errors, extract's JSON shapes."""
from __future__ import annotations

import json
import os

import pytest

from crawler.cli import build_parser, main
from crawler.demo import SITE_ROOT, manifest
from tests.helpers import jobsift, process_running

COMMANDS = ["demo", "crawl", "extract", "export", "eval", "runs", "sources"]


def test_every_command_is_documented_with_an_example(capsys):
    parser = build_parser()
    top = parser.format_help()
    for cmd in COMMANDS:
        assert cmd in top
        with pytest.raises(SystemExit):
            main([cmd, "--help"])
        out = capsys.readouterr().out
        assert "example" in out.lower(), f"`jobsift {cmd} --help` has no example"
    readme = open(os.path.join(os.path.dirname(SITE_ROOT), "..", "README.md"), encoding="utf-8").read()
    for cmd in COMMANDS:
        assert f"jobsift {cmd}" in readme, f"README does not mention `jobsift {cmd}`"


def _article_file(site="pathwise"):
    a = manifest(site)["articles"][0]
    return os.path.join(SITE_ROOT, site, a["path"].strip("/"), "index.html"), a


def test_extract_one_file_prints_one_object(tmp_path):
    path, a = _article_file()
    proc = jobsift("extract", path, "--url", "https://pathwise.example" + a["path"], cwd=str(tmp_path))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    for key in ("url", "kind", "title", "role", "seniority", "published", "updated", "text",
                "responsibilities", "skills", "salaries", "company", "location", "remote",
                "employment_type"):
        assert key in data
    assert data["kind"] == "guide"
    assert data["role"].lower() == a["role"].lower()
    assert data["url"] == "https://pathwise.example" + a["path"]
    for s in data["skills"]:
        assert set(s) == {"name", "category"}
    for s in data["salaries"]:
        assert {"raw", "min", "max", "currency", "period", "annual_min", "annual_max", "label",
                "source"} <= set(s)


def test_extract_several_inputs_prints_json_lines_in_order_with_errors(tmp_path):
    path, _ = _article_file()
    other, _ = _article_file("careernews")
    proc = jobsift("extract", path, str(tmp_path / "missing.html"), other, cwd=str(tmp_path))
    assert proc.returncode == 0
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(lines) == 3
    assert "error" not in lines[0] and "error" not in lines[2]
    assert "missing.html" in lines[1]["error"]
    assert lines[0]["url"].endswith("index.html")


def test_extract_unreachable_url_is_an_error_object():
    proc = jobsift("extract", "http://127.0.0.1:9/nothing-listens-here")
    data = json.loads(proc.stdout)
    assert "error" in data
    assert proc.returncode == 1


def test_clear_errors_for_bad_db_and_paths(tmp_path):
    proc = jobsift("export", "--db", str(tmp_path / "none.db"), "--out", str(tmp_path / "o"))
    assert proc.returncode == 2
    assert "no database" in proc.stderr and "Traceback" not in proc.stderr
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    proc = jobsift("crawl", "--url", "http://127.0.0.1:9/", "--db", str(bad), "--quiet")
    assert proc.returncode == 2
    assert "not a usable SQLite database" in proc.stderr and "Traceback" not in proc.stderr
    proc = jobsift("crawl", "--url", "ftp://example.com/", "--db", str(tmp_path / "x.db"))
    assert proc.returncode == 2 and "not an http(s) URL" in proc.stderr
    proc = jobsift("crawl", "--db", str(tmp_path / "x.db"), cwd=str(tmp_path))
    assert proc.returncode == 2 and "sources file" in proc.stderr
    proc = jobsift("crawl", "--url", "http://127.0.0.1:9/", "--db", str(tmp_path / "x.db"),
                   "-s", "JOBSIFT_WORKERS=two")
    assert proc.returncode == 2
    assert "JOBSIFT_WORKERS and JOBSIFT_WORKER_NICE take whole numbers" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_works_from_another_directory(tmp_path):
    path, _ = _article_file()
    proc = jobsift("extract", path, cwd="/")
    assert proc.returncode == 0 and json.loads(proc.stdout)["role"]


def test_scrapy_crawl_guides_from_repo_root(tmp_path):
    """`scrapy crawl guides -a url=...` works from the repository root (scrapy.cfg)."""
    import subprocess
    import sys

    from crawler.demo import DemoServer
    from tests.helpers import ROOT, db_rows

    db = str(tmp_path / "s.db")
    with DemoServer("pathwise") as server:
        proc = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "guides", "-a", f"url={server.url}",
             "-s", f"JOBSIFT_DB={db}", "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False",
             "-L", "WARNING"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    runs = db_rows(db, "SELECT * FROM crawl_runs")
    assert len(runs) == 1 and runs[0]["status"] == "ok" and runs[0]["sources"] == "127.0.0.1"
    assert len(db_rows(db, "SELECT id FROM documents")) == len(manifest("pathwise")["articles"])


def _processes_with_env(marker: str) -> list[int]:
    """Running processes whose environment holds ``marker`` (Linux /proc)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/environ", "rb") as fh:
                marked = marker.encode() in fh.read().split(b"\0")
        except OSError:
            continue
        if marked and process_running(int(entry)):
            found.append(int(entry))
    return found


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="needs /proc to find the worker processes")
def test_a_crawl_ends_fast_but_leaves_everything_written_and_no_worker_behind(tmp_path):
    """After a crawl the command skips the interpreter's teardown (crawler.cli.entry): the log
    file is still flushed to its last line, the summary printed, the run record finished, and
    every worker process has ended."""
    import uuid

    from crawler.demo import DemoServer
    from tests.helpers import db_rows

    db, log = str(tmp_path / "e.db"), str(tmp_path / "crawl.log")
    marker = f"JOBSIFT_TEST_MARK={uuid.uuid4().hex}"
    name, value = marker.split("=")
    with DemoServer("pathwise") as server:
        proc = jobsift("crawl", "--url", server.url, "--db", db, "-s", "DOWNLOAD_DELAY=0",
                       "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "JOBSIFT_WORKERS=2",
                       "-s", f"LOG_FILE={log}", "-s", "LOG_LEVEL=INFO", env={name: value})
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("run 1: ok"), proc.stdout
    with open(log, encoding="utf-8") as fh:
        last = fh.read().splitlines()[-1]
    assert "Spider closed (finished)" in last, last
    runs = db_rows(db, "SELECT status, pages, finished_at FROM crawl_runs")
    assert [r["status"] for r in runs] == ["ok"] and runs[0]["finished_at"]
    assert len(db_rows(db, "SELECT id FROM documents")) == len(manifest("pathwise")["articles"])
    assert _processes_with_env(marker) == []
