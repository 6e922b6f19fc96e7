"""End to end: the real CLI crawls job boards (Greenhouse, Lever, Ashby APIs) and a career site
with schema.org JobPosting markup, all served from tests/fixtures/boards/ on 127.0.0.1, into a real
SQLite file — three times, with payloads switched between runs:

run 1  every source healthy: every posting stored with the fields the boards gave
run 2  a posting removed (initech), one changed and one unlisted (hooli), a career page gone
       (careers) → closed / updated in place; boards failing in four ways (acme: a bad job,
       globex: HTTP 500, umbrella: truncated JSON, piedpiper: an HTML error page) → errors
       recorded, nothing of theirs closed, the other sources stored
run 3  everything back, and a globex job removed → reopened, updated back, globex's removal
       closed now that its listing is complete
"""
from __future__ import annotations

import json
import os
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Optional
from urllib.parse import urlsplit

import pytest

from exports.csv_export import FILES
from tests.helpers import FAST, db_rows, jobsift, read_csv

FIXTURES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures", "boards")
EXPECTED = json.load(open(os.path.join(FIXTURES, "expected.json"), encoding="utf-8"))


def fixture_bytes(path: str) -> bytes:
    with open(os.path.join(FIXTURES, path), "rb") as fh:
        return fh.read()


def fixture_json(path: str):
    return json.loads(fixture_bytes(path))


class BoardServer:
    """A tiny HTTP server on 127.0.0.1 (port 0) answering from a route table that tests can
    change between crawls: ``server.routes["/path?query"] = (status, content_type, body)``.
    Unknown paths answer 404 with a JSON error; ``/robots.txt`` answers an empty 200."""

    def __init__(self):
        self.routes: dict[str, tuple[int, str, bytes]] = {"/robots.txt": (200, "text/plain", b"")}
        self.requested: list[str] = []
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, fmt, *args):
                pass

            def do_GET(self):
                with server.lock:
                    server.requested.append(self.path)
                    route = server.routes.get(self.path) or server.routes.get(urlsplit(self.path).path)
                status, ctype, body = route or (404, "application/json",
                                                b'{"status": 404, "error": "Not Found"}')
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def set(self, path: str, body, status: int = 200, ctype: Optional[str] = None) -> None:
        if isinstance(body, (dict, list)):
            body = json.dumps(body).encode()
            ctype = ctype or "application/json"
        with self.lock:
            self.routes[path] = (status, ctype or "application/json", body)

    def remove(self, path: str) -> None:
        with self.lock:
            self.routes.pop(path, None)

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


# ---------------------------------------------------------------------------------------------
# Payloads

def greenhouse_routes(server: BoardServer, board: str, jobs: Optional[dict] = None) -> None:
    base = f"/v1/boards/{board}"
    if os.path.exists(os.path.join(FIXTURES, f"greenhouse/{board}/board.json")):
        server.set(base, fixture_bytes(f"greenhouse/{board}/board.json"))
    server.set(f"{base}/jobs?content=true", jobs if jobs is not None
               else fixture_bytes(f"greenhouse/{board}/jobs.json"))
    for name in os.listdir(os.path.join(FIXTURES, f"greenhouse/{board}/jobs")):
        jid = name[:-5]
        server.set(f"{base}/jobs/{jid}?pay_transparency=true",
                   fixture_bytes(f"greenhouse/{board}/jobs/{name}"))


def lever_path(company: str) -> str:
    return f"/v0/postings/{company}?mode=json"


def ashby_path(board: str) -> str:
    return f"/posting-api/job-board/{board}?includeCompensation=true"


def serve_all_boards(api: BoardServer) -> None:
    greenhouse_routes(api, "acme")
    greenhouse_routes(api, "globex")
    for company in ("initech", "umbrella"):
        api.set(lever_path(company), fixture_bytes(f"lever/{company}.json"))
    for board in ("hooli", "piedpiper"):
        api.set(ashby_path(board), fixture_bytes(f"ashby/{board}.json"))


def career_site(site: BoardServer, drop: tuple[str, ...] = ()) -> None:
    """Serve tests/fixtures/boards/careers/ with {{BASE_URL}} filled in; ``drop`` removes job
    pages from the site (routes, listing links and sitemap)."""
    root = os.path.join(FIXTURES, "careers")
    site.routes = {}
    for folder, _, files in os.walk(root):
        for name in files:
            full = os.path.join(folder, name)
            rel = "/" + os.path.relpath(full, root).replace(os.sep, "/")
            path = rel[: -len("index.html")] if rel.endswith("/index.html") else rel
            if path in drop:
                continue
            body = open(full, "rb").read().replace(b"{{BASE_URL}}", site.url.encode())
            for gone in drop:
                body = b"\n".join(line for line in body.split(b"\n")
                                  if gone.encode() not in line)
            ctype = {"xml": "application/xml", "txt": "text/plain"}.get(
                name.rsplit(".", 1)[-1], "text/html; charset=utf-8")
            site.set(path, body, ctype=ctype)


SOURCES = """
[[source]]
name = "gh-acme"
kind = "greenhouse"
board = "acme"
api_base = "{api}"

[[source]]
name = "gh-globex"
kind = "greenhouse"
board = "globex"
api_base = "{api}"

[[source]]
name = "lever-initech"
kind = "lever"
company = "initech"
api_base = "{api}"

[[source]]
name = "lever-umbrella"
kind = "lever"
company = "umbrella"
api_base = "{api}"

[[source]]
name = "ashby-hooli"
kind = "ashby"
board = "hooli"
api_base = "{api}"

[[source]]
name = "ashby-piedpiper"
kind = "ashby"
board = "piedpiper"
api_base = "{api}"

[[source]]
name = "careers"
kind = "jsonld"
url = "{site}/"
"""

SOURCE_OF = {"greenhouse/acme": "gh-acme", "greenhouse/globex": "gh-globex",
             "lever/initech": "lever-initech", "lever/umbrella": "lever-umbrella",
             "ashby/hooli": "ashby-hooli", "ashby/piedpiper": "ashby-piedpiper",
             "careers": "careers"}

INITECH_REMOVED = "https://jobs.lever.co/initech/3f1e9a7c-0b4d-4e2a-9c61-5d7f8a2b1c04"
HOOLI_CHANGED = "https://jobs.ashbyhq.com/hooli/b1c2d3e4-0001-4000-8000-000000000001"
HOOLI_UNLISTED = "https://jobs.ashbyhq.com/hooli/b1c2d3e4-0001-4000-8000-000000000005"
ACME_BAD = "https://boards.greenhouse.io/acme/jobs/4001006"
ACME_REMOVED = "https://boards.greenhouse.io/acme/jobs/4001007"
GLOBEX_REMOVED = "https://www.globex.example/careers/job?gh_jid=5002006"
CAREERS_GONE = "/jobs/warehouse-associate/"


def _docs(db: str) -> dict[str, dict]:
    return {r["url"]: dict(r) for r in db_rows(db, "SELECT * FROM documents")}


def _salaries(db: str) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for r in db_rows(db, "SELECT d.url, s.* FROM salaries s JOIN documents d ON d.id = s.document_id "
                         "ORDER BY s.document_id, s.position"):
        out.setdefault(r["url"], []).append(dict(r))
    return out


def _snapshot(db: str, run_proc) -> dict:
    run_id = db_rows(db, "SELECT max(id) AS id FROM crawl_runs")[0]["id"]
    return {"proc": run_proc, "docs": _docs(db), "salaries": _salaries(db), "run_id": run_id,
            "errors": [dict(r) for r in db_rows(db, "SELECT * FROM crawl_errors WHERE run_id = ?",
                                                (run_id,))],
            "run": dict(db_rows(db, "SELECT * FROM crawl_runs WHERE id = ?", (run_id,))[0])}


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("boards")
    db, out = str(tmp / "jobsift.db"), str(tmp / "csv")
    api, site = BoardServer(), BoardServer()
    sources = tmp / "sources.toml"
    sources.write_text(SOURCES.format(api=api.url, site=site.url), encoding="utf-8")
    crawl = ["crawl", "--sources", str(sources), "--db", db, "--quiet", *FAST]
    result = {"db": db, "out": out, "api": api, "site": site}
    try:
        # run 1: everything healthy
        serve_all_boards(api)
        career_site(site)
        result[1] = _snapshot(db, jobsift(*crawl))
        result["export"] = jobsift("export", "--db", db, "--out", out)
        result["requested_1"] = list(api.requested)
        time.sleep(1.1)  # timestamps have one-second resolution

        # run 2: removals and changes on healthy boards, four failing boards
        initech = [p for p in fixture_json("lever/initech.json") if p["hostedUrl"] != INITECH_REMOVED]
        api.set(lever_path("initech"), initech)
        hooli = fixture_json("ashby/hooli.json")
        for job in hooli["jobs"]:
            if job["jobUrl"] == HOOLI_CHANGED:
                job["title"] = "Senior Backend Engineer, Search"
                job["compensation"]["compensationTiers"][0]["components"][0].update(
                    minValue=180000, maxValue=220000)
            if job["jobUrl"] == HOOLI_UNLISTED:
                job["isListed"] = False
        api.set(ashby_path("hooli"), hooli)
        acme = fixture_json("greenhouse/acme/jobs.json")
        acme["jobs"] = [j for j in acme["jobs"] if j["absolute_url"] != ACME_REMOVED]
        for j in acme["jobs"]:
            if j["absolute_url"] == ACME_BAD:
                del j["absolute_url"]
        acme["meta"]["total"] = len(acme["jobs"])
        api.set("/v1/boards/acme/jobs?content=true", acme)
        api.set("/v1/boards/globex/jobs?content=true", b"Internal Server Error", status=500,
                ctype="text/plain")
        api.set(lever_path("umbrella"), fixture_bytes("bad/truncated.json"))
        api.set(ashby_path("piedpiper"), fixture_bytes("bad/html_error_page.html"),
                ctype="text/html")
        career_site(site, drop=(CAREERS_GONE,))
        result[2] = _snapshot(db, jobsift(*crawl))
        time.sleep(1.1)

        # run 3: everything back; globex healthy again but without one job
        serve_all_boards(api)
        globex = fixture_json("greenhouse/globex/jobs.json")
        globex["jobs"] = [j for j in globex["jobs"] if j["absolute_url"] != GLOBEX_REMOVED]
        globex["meta"]["total"] = len(globex["jobs"])
        api.set("/v1/boards/globex/jobs?content=true", globex)
        career_site(site)
        result[3] = _snapshot(db, jobsift(*crawl))
    finally:
        api.stop()
        site.stop()
    return result


def _expected_postings():
    for key, postings in EXPECTED.items():
        for url, exp in postings.items():
            yield key, url, exp


def _url(runs, key: str, url: str) -> str:
    return runs["site"].url + url if key == "careers" else url


# ---------------------------------------------------------------------------------------------
# run 1

def test_first_run_ok(runs):
    proc = runs[1]["proc"]
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert runs[1]["errors"] == []
    assert runs[1]["run"]["status"] == "ok"


def test_every_posting_stored_and_nothing_else(runs):
    docs = runs[1]["docs"]
    expected = {_url(runs, k, u) for k, u, _ in _expected_postings()}
    assert len(expected) >= 36
    assert set(docs) == expected, f"missing {expected - set(docs)}, extra {set(docs) - expected}"
    assert all(d["kind"] == "posting" and d["status"] == "active" for d in docs.values())


@pytest.mark.parametrize("key,url,exp", list(_expected_postings()),
                         ids=[u.rsplit("/", 2)[-2] + "/" + u.rsplit("/", 1)[-1][-6:]
                              for _, u, _ in _expected_postings()])
def test_posting_fields(runs, key, url, exp):
    d = runs[1]["docs"][_url(runs, key, url)]
    assert d["source"] == SOURCE_OF[key]
    for field in ("title", "company", "location", "employment_type", "published", "valid_through",
                  "role", "seniority"):
        if field in exp:
            assert d[field] == exp[field], field
    if "remote" in exp:
        assert d["remote"] == (None if exp["remote"] is None else int(exp["remote"]))
    if "role" not in exp:
        assert d["role"], "every posting title here names a role"
    got = [(s["min"], s["max"], s["currency"], s["period"], s["label"], s["source"])
           for s in runs[1]["salaries"].get(d["url"], [])]
    want = [(s["min"], s["max"], s["currency"], s["period"], s["label"], s["source"])
            for s in exp["salaries"]]
    assert got == want


def test_responsibilities_from_board_descriptions(runs):
    """Lever's lists, Greenhouse's escaped content, Ashby's HTML and a career page all give the
    "What you'll do" / "Responsibilities" items."""
    roles = _roles()
    db = runs["db"]
    for url, role in [("https://jobs.lever.co/initech/3f1e9a7c-0b4d-4e2a-9c61-5d7f8a2b1c01", "sre"),
                      ("https://boards.greenhouse.io/acme/jobs/4001002", "data_scientist"),
                      ("https://jobs.ashbyhq.com/piedpiper/c9d8e7f6-0002-4000-8000-000000000001", "ml"),
                      (runs["site"].url + "/jobs/registered-nurse/", "nurse")]:
        got = [r["text"] for r in db_rows(
            db, "SELECT r.text FROM responsibilities r JOIN documents d ON d.id = r.document_id "
                "WHERE d.url = ? ORDER BY r.position", (url,))]
        assert got == roles[role]["do"], url


def _roles():
    import importlib.util
    spec = importlib.util.spec_from_file_location("_board_roles", os.path.join(FIXTURES, "_roles.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.ROLES


def test_same_job_in_two_cities_is_two_postings(runs):
    docs = runs[1]["docs"]
    a = docs["https://boards.greenhouse.io/acme/jobs/4001001"]
    b = docs["https://boards.greenhouse.io/acme/jobs/4001006"]
    assert a["title"] == b["title"] and a["location"] != b["location"]


def test_unlisted_and_non_posting_pages_not_stored(runs):
    urls = set(runs[1]["docs"])
    assert not any("000000000006" in u and "hooli" in u for u in urls)
    assert not any("c9d8e7f6-0002-4000-8000-000000000005" in u for u in urls)
    site = runs["site"].url
    for path in ("/", "/jobs/", "/about/", "/blog/life-at-northwind/"):
        assert site + path not in urls


def test_apis_requested_as_documented(runs):
    req = runs["requested_1"]
    assert "/v1/boards/acme" in req
    assert "/v1/boards/acme/jobs?content=true" in req
    assert "/v1/boards/acme/jobs/4001001?pay_transparency=true" in req
    assert lever_path("initech") in req
    assert ashby_path("hooli") in req
    assert "/robots.txt" in req


def test_export_has_posting_rows(runs):
    proc = runs["export"]
    assert proc.returncode == 0, proc.stdout + proc.stderr
    header, rows = read_csv(os.path.join(runs["out"], "documents.csv"))
    assert header == FILES["documents.csv"]
    postings = [r for r in rows if r["kind"] == "posting"]
    assert len(postings) == len(runs[1]["docs"])
    row = next(r for r in postings if r["url"] == "https://jobs.lever.co/initech/3f1e9a7c-0b4d-4e2a-9c61-5d7f8a2b1c02")
    assert (row["company"], row["remote"], row["employment_type"], row["published"]) == \
        ("initech", "true", "part-time", "2026-07-29")
    assert (row["salary_min"], row["salary_max"], row["salary_currency"], row["salary_period"]) == \
        ("22", "27", "USD", "hour")
    _, sal = read_csv(os.path.join(runs["out"], "salaries.csv"))
    assert sum(1 for r in sal if r["source"] == "structured") >= 25


# ---------------------------------------------------------------------------------------------
# run 2

def test_second_run_partial_with_errors_per_failing_board(runs):
    r2 = runs[2]
    assert r2["proc"].returncode == 3, r2["proc"].stdout + r2["proc"].stderr
    assert r2["run"]["status"] == "partial"
    by_source: dict[str, list[str]] = {}
    for e in r2["errors"]:
        by_source.setdefault(e["source"], []).append(e["reason"])
    assert set(by_source) == {"gh-acme", "gh-globex", "lever-umbrella", "ashby-piedpiper"}
    assert any("no absolute_url" in r for r in by_source["gh-acme"])
    assert any("HTTP 500" in r for r in by_source["gh-globex"])
    assert any("truncated" in r for r in by_source["lever-umbrella"])
    assert any("not JSON (HTML error page?)" in r for r in by_source["ashby-piedpiper"])
    for reasons in by_source.values():
        assert all(r.startswith(("greenhouse board", "lever company", "ashby board")) for r in reasons)


def test_removed_posting_closed(runs):
    d = runs[2]["docs"][INITECH_REMOVED]
    assert d["status"] == "closed" and d["closed_at"]
    unlisted = runs[2]["docs"][HOOLI_UNLISTED]
    assert unlisted["status"] == "closed" and unlisted["closed_at"]
    page = runs[2]["docs"][runs["site"].url + CAREERS_GONE]
    assert page["status"] == "closed" and page["closed_at"]


def test_changed_posting_updated_in_place(runs):
    old, new = runs[1]["docs"][HOOLI_CHANGED], runs[2]["docs"][HOOLI_CHANGED]
    assert new["id"] == old["id"] and new["first_seen"] == old["first_seen"]
    assert new["title"] == "Senior Backend Engineer, Search"
    assert new["changed_at"] and new["status"] == "active"
    assert new["published"] == old["published"] and new["location"] == old["location"]
    sal = runs[2]["salaries"][HOOLI_CHANGED]
    assert [(s["min"], s["max"], s["source"]) for s in sal] == [(180000, 220000, "structured")]


def test_failing_boards_close_nothing(runs):
    docs1, docs2 = runs[1]["docs"], runs[2]["docs"]
    failing = {"gh-acme", "gh-globex", "lever-umbrella", "ashby-piedpiper"}
    for url, d in docs2.items():
        if d["source"] in failing:
            assert d["status"] == "active", url
    # acme's removed job and its bad job stay as they were
    assert docs2[ACME_REMOVED]["status"] == "active"
    assert docs2[ACME_REMOVED]["last_seen"] == docs1[ACME_REMOVED]["last_seen"]
    assert docs2[ACME_BAD]["status"] == "active"
    # ... while acme's good postings were still crawled and seen
    good = "https://boards.greenhouse.io/acme/jobs/4001001"
    assert docs2[good]["last_seen"] > docs1[good]["last_seen"]


def test_healthy_sources_stored_in_failing_run(runs):
    docs1, docs2 = runs[1]["docs"], runs[2]["docs"]
    for url, d in docs2.items():
        if d["source"] in ("lever-initech", "ashby-hooli", "careers") and d["status"] == "active":
            assert d["last_seen"] > docs1[url]["last_seen"], url
    assert len(docs2) == len(docs1)  # nothing lost, nothing duplicated


# ---------------------------------------------------------------------------------------------
# run 3

def test_third_run_reopens_and_closes(runs):
    r3 = runs[3]
    assert r3["proc"].returncode == 0, r3["proc"].stdout + r3["proc"].stderr + str(r3["errors"])
    docs = r3["docs"]
    for url in (INITECH_REMOVED, HOOLI_UNLISTED, runs["site"].url + CAREERS_GONE):
        assert docs[url]["status"] == "active" and docs[url]["closed_at"] is None, url
        assert docs[url]["id"] == runs[1]["docs"][url]["id"]
    assert docs[HOOLI_CHANGED]["title"] == "Senior Backend Engineer"
    assert docs[GLOBEX_REMOVED]["status"] == "closed" and docs[GLOBEX_REMOVED]["closed_at"]
    closed = {u for u, d in docs.items() if d["status"] != "active"}
    assert closed == {GLOBEX_REMOVED}
    assert len(docs) == len(runs[1]["docs"])


# ---------------------------------------------------------------------------------------------
# edge cases in one more crawl: a board that does not exist, a failing pay request, a capped
# listing, an API host whose robots.txt forbids the listing

EDGE_SOURCES = """
[[source]]
name = "gh-nope"
kind = "greenhouse"
board = "nope"
api_base = "{api}"

[[source]]
name = "gh-acme"
kind = "greenhouse"
board = "acme"
api_base = "{api}"

[[source]]
name = "lever-capped"
kind = "lever"
company = "initech"
api_base = "{api}"
max_pages = 2

[[source]]
name = "ashby-robots"
kind = "ashby"
board = "hooli"
api_base = "{strict}"
"""

PAY_FAILS = "https://boards.greenhouse.io/acme/jobs/4001001"


@pytest.fixture(scope="module")
def edge(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("edge")
    db = str(tmp / "jobsift.db")
    api, strict = BoardServer(), BoardServer()
    try:
        serve_all_boards(api)
        api.set("/v1/boards/acme/jobs/4001001?pay_transparency=true", b"oops", status=500,
                ctype="text/plain")
        strict.set("/robots.txt", b"User-agent: *\nDisallow: /posting-api/\n", ctype="text/plain")
        strict.set(ashby_path("hooli"), fixture_bytes("ashby/hooli.json"))
        sources = tmp / "sources.toml"
        sources.write_text(EDGE_SOURCES.format(api=api.url, strict=strict.url), encoding="utf-8")
        proc = jobsift("crawl", "--sources", str(sources), "--db", db, "--quiet", *FAST)
        snap = _snapshot(db, proc)
        snap["strict_requested"] = list(strict.requested)
    finally:
        api.stop()
        strict.stop()
    return snap


def test_edge_run_is_partial(edge):
    assert edge["proc"].returncode == 3, edge["proc"].stdout + edge["proc"].stderr


def test_missing_board_recorded(edge):
    reasons = [e["reason"] for e in edge["errors"] if e["source"] == "gh-nope"]
    assert reasons == ['greenhouse board nope: listing not fetched: HTTP 404: no such board '
                       '(check board = "nope" in the sources file)']


def test_failed_pay_request_keeps_the_posting(edge):
    reasons = [e["reason"] for e in edge["errors"] if e["source"] == "gh-acme"]
    assert reasons == ["greenhouse board acme: pay ranges of job 4001001 not fetched: HTTP 500 from the API"]
    d = edge["docs"][PAY_FAILS]
    assert d["title"] == "Senior Backend Engineer" and d["company"] == "Acme Analytics"
    # without the board's pay, the figure stated in the description is kept
    assert [(s["min"], s["max"], s["source"]) for s in edge["salaries"][PAY_FAILS]] == \
        [(160000, 200000, "text")]
    assert sum(1 for d in edge["docs"].values() if d["source"] == "gh-acme") == len(EXPECTED["greenhouse/acme"])


def test_capped_listing(edge):
    stored = [d for d in edge["docs"].values() if d["source"] == "lever-capped"]
    assert len(stored) == 2
    stats = json.loads(edge["run"]["stats"])["lever-capped"]
    assert stats["jobsift/skipped/max_pages"] == len(EXPECTED["lever/initech"]) - 2
    assert "jobsift/stored/closed" not in stats  # a capped listing never closes anything


def test_robots_forbidding_the_api_is_an_error(edge):
    assert ashby_path("hooli") not in edge["strict_requested"]
    reasons = [e["reason"] for e in edge["errors"] if e["source"] == "ashby-robots"]
    assert reasons == ["ashby board hooli: listing not fetched: request not made: the API host's "
                       "robots.txt forbids it"]


def test_spiders_loaded_by_kind():
    from scrapy.settings import Settings
    from scrapy.spiderloader import SpiderLoader

    from crawler.sources import KINDS

    settings = Settings()
    settings.setmodule("crawler.settings")
    assert set(KINDS) <= set(SpiderLoader.from_settings(settings).list())


# ---------------------------------------------------------------------------------------------
# The career site alone, through a worker pool (the JobPosting is read in the worker job that
# cleans the page): it stores what the spider stored when it read the JobPosting itself —
# tests/fixtures/boards/careers_stored.json was captured from that code. Extra pages: a listing
# with two postings, a JobPosting without a title, a copy of a posting whose canonical link names
# the original (all stored nowhere).

CAREERS_EXTRA = {
    "/jobs/all/": b'<html><head><script type="application/ld+json">{"@type": "ItemList", '
                  b'"itemListElement": [{"@type": "ListItem", "item": {"@type": "JobPosting", '
                  b'"title": "Cook"}}, {"@type": "ListItem", "item": {"@type": "JobPosting", '
                  b'"title": "Waiter"}}]}</script></head><body><h1>Jobs</h1></body></html>',
    "/jobs/untitled/": b'<html><head><script type="application/ld+json">{"@type": "JobPosting", '
                       b'"datePosted": "2026-01-05"}</script></head><body><h1>Cook</h1></body></html>',
}
CAREERS_ALIAS = "/jobs/senior-data-engineer/copy/"
CAREERS_STORED = os.path.join(FIXTURES, "careers_stored.json")
STORED_FIELDS = ("kind", "source", "title", "role", "seniority", "company", "location", "remote",
                 "employment_type", "published", "updated", "valid_through", "status")


def career_site_with_extras(site: BoardServer, drop: tuple[str, ...] = ()) -> None:
    career_site(site, drop=drop)
    pages = dict(CAREERS_EXTRA)
    pages[CAREERS_ALIAS] = fixture_bytes("careers/jobs/senior-data-engineer/index.html").replace(
        b"</head>", b'<link rel="canonical" href="{{BASE_URL}}/jobs/senior-data-engineer/"></head>')
    for path, body in pages.items():
        site.set(path, body.replace(b"{{BASE_URL}}", site.url.encode()), ctype="text/html; charset=utf-8")
    sitemap = site.routes["/sitemap.xml"][2]
    site.set("/sitemap.xml", sitemap.replace(b"</urlset>", b"".join(
        f"<url><loc>{site.url}{p}</loc></url>".encode() for p in pages) + b"</urlset>"),
        ctype="application/xml")


def career_snapshot(db: str, base: str, proc) -> dict:
    """What a crawl stored for the career site, host-independent."""
    run_id = db_rows(db, "SELECT max(id) AS id FROM crawl_runs")[0]["id"]
    run = dict(db_rows(db, "SELECT * FROM crawl_runs WHERE id = ?", (run_id,))[0])
    stats = json.loads(run["stats"])["careers"]
    return {
        "returncode": proc.returncode,
        "docs": {u.replace(base, ""): {k: d[k] for k in STORED_FIELDS} | {"closed": bool(d["closed_at"])}
                 for u, d in _docs(db).items()},
        "salaries": {u.replace(base, ""): [{k: s[k] for k in ("raw", "min", "max", "currency", "period",
                                                             "annual_min", "annual_max", "label", "source")}
                                          for s in sal] for u, sal in _salaries(db).items()},
        "errors": [r["reason"] for r in db_rows(db, "SELECT * FROM crawl_errors WHERE run_id = ?", (run_id,))],
        "counts": {k: run[k] for k in ("status", "pages", "new", "updated", "unchanged", "closed", "dropped",
                                       "errors") if k in run},
        "stats": {k: v for k, v in sorted(stats.items())
                  if k.startswith(("jobsift/jsonld/", "jobsift/stored/", "jobsift/dropped/"))
                  or k in ("jobsift/pages", "jobsift/errors")},
    }


def crawl_career_site(tmp, workers: int) -> dict:
    """Run 1: the whole site; run 2: one posting page gone (closed). Returns both snapshots."""
    db = str(tmp / "careers.db")
    site = BoardServer()
    sources = tmp / "careers.toml"
    sources.write_text(f'[[source]]\nname = "careers"\nkind = "jsonld"\nurl = "{site.url}/"\n',
                       encoding="utf-8")
    crawl = ["crawl", "--sources", str(sources), "--db", db, "--quiet", *FAST,
             "-s", f"JOBSIFT_WORKERS={workers}"]
    out = {}
    try:
        career_site_with_extras(site)
        out["run1"] = career_snapshot(db, site.url, jobsift(*crawl))
        time.sleep(1.1)
        career_site_with_extras(site, drop=(CAREERS_GONE,))
        out["run2"] = career_snapshot(db, site.url, jobsift(*crawl))
    finally:
        site.stop()
    return out


@pytest.fixture(scope="module")
def career_crawls(tmp_path_factory):
    return crawl_career_site(tmp_path_factory.mktemp("careers"), workers=2)


def test_career_site_stores_what_it_stored_before(career_crawls):
    with open(CAREERS_STORED, encoding="utf-8") as fh:
        expected = json.load(fh)
    assert career_crawls["run1"]["returncode"] == 0, career_crawls["run1"]
    assert career_crawls == expected


def test_career_site_pages_routed_by_their_jobposting(career_crawls):
    run1, run2 = career_crawls["run1"], career_crawls["run2"]
    assert set(run1["docs"]) == set(EXPECTED["careers"])
    assert run1["stats"]["jobsift/jsonld/several_jobpostings"] == 1  # /jobs/all/
    assert run1["stats"]["jobsift/jsonld/no_jobposting"] == 5  # 4 plain pages and /jobs/untitled/
    assert run1["stats"]["jobsift/dropped/duplicate"] == 1  # the copy names the original canonical
    assert run2["docs"][CAREERS_GONE]["status"] == "closed"
    assert [u for u, d in run2["docs"].items() if d["status"] != "active"] == [CAREERS_GONE]
    for url, exp in EXPECTED["careers"].items():
        assert [s["source"] for s in run1["salaries"].get(url, [])] == [s["source"] for s in exp["salaries"]]
