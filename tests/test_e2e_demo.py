"""End to end: the real Scrapy engine crawls the bundled demo sites on 127.0.0.1 into a real SQLite
file; the CSV export is read back. Expectations come from each site's hand-written manifest.json."""
from __future__ import annotations

import os
from urllib.parse import urlsplit

import pytest

from crawler.demo import DemoServer, manifest, site_names
from exports.csv_export import FILES
from pipelines.skills import load_taxonomy
from tests.helpers import (FAST, db_rows, jobsift, lead_matches, phrase_in, read_csv, salary_key,
                           unique_salaries)

SITES = site_names()


@pytest.fixture(scope="module")
def crawl(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("e2e")
    db = str(tmp / "jobsift.db")
    out = str(tmp / "csv")
    servers = [DemoServer(site).start() for site in SITES]
    try:
        # the default set-up: parsing and extraction in a worker process beside the crawl
        args = ["crawl", "--db", db, "--quiet", *FAST, "-s", "JOBSIFT_WORKERS=1"]
        for s in servers:
            args += ["--url", s.url]
        proc = jobsift(*args)
        exp = jobsift("export", "--db", db, "--out", out)
    finally:
        for s in servers:
            s.stop()
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert exp.returncode == 0, exp.stdout + exp.stderr
    return {"db": db, "out": out, "servers": {s.site: s for s in servers}, "proc": proc}


def _docs(db):
    return {urlsplit(r["url"]).path: r for r in db_rows(db, "SELECT * FROM documents")}


def _by_site(crawl, site):
    port = crawl["servers"][site].httpd.server_address[1]
    return {urlsplit(r["url"]).path: r for r in db_rows(crawl["db"], "SELECT * FROM documents")
            if urlsplit(r["url"]).port == port}


def test_demo_has_enough_sites_and_guides():
    assert len(SITES) >= 3
    assert sum(len(manifest(s)["articles"]) for s in SITES) >= 15


@pytest.mark.parametrize("site", SITES)
def test_every_article_stored_and_nothing_else(crawl, site):
    m = manifest(site)
    docs = _by_site(crawl, site)
    expected = {a["path"] for a in m["articles"]}
    assert set(docs) == expected, f"missing {expected - set(docs)}, extra {set(docs) - expected}"
    for path in m["non_articles"]:
        assert path not in docs


@pytest.mark.parametrize("site", SITES)
def test_robots_disallowed_pages_never_fetched(crawl, site):
    m = manifest(site)
    requested = [urlsplit(p).path for p in crawl["servers"][site].requested]
    assert "/robots.txt" in requested
    for path in m["disallowed"]:
        assert path not in requested, f"{path} is disallowed by robots.txt but was fetched"


@pytest.mark.parametrize("site", SITES)
def test_facts_match_manifest(crawl, site):
    m = manifest(site)
    docs = _by_site(crawl, site)
    problems = []
    for a in m["articles"]:
        d = docs.get(a["path"])
        if d is None:
            continue
        if (d["role"] or "").lower() != (a["role"] or "").lower():
            problems.append(f"{a['path']}: role {d['role']!r} != {a['role']!r}")
        if d["seniority"] != a.get("seniority"):
            problems.append(f"{a['path']}: seniority {d['seniority']!r} != {a.get('seniority')!r}")
        if d["published"] != a["published"]:
            problems.append(f"{a['path']}: published {d['published']!r} != {a['published']!r}")
        if a.get("updated") and d["updated"] != a["updated"]:
            problems.append(f"{a['path']}: updated {d['updated']!r} != {a['updated']!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("site", SITES)
def test_responsibilities(crawl, site):
    m = manifest(site)
    docs = _by_site(crawl, site)
    problems = []
    for a in m["articles"]:
        d = docs[a["path"]]
        got = [r["text"] for r in db_rows(crawl["db"], "SELECT text FROM responsibilities "
                                          "WHERE document_id = ? ORDER BY position", (d["id"],))]
        want = a["responsibilities"]
        missing = [w for w in want if not any(lead_matches(w, g) for g in got)]
        extra = [g for g in got if not any(lead_matches(w, g) for w in want)]
        if missing or extra:
            problems.append(f"{a['path']}: missing {missing}; extra {extra}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("site", SITES)
def test_skills(crawl, site):
    m = manifest(site)
    docs = _by_site(crawl, site)
    problems = []
    for a in m["articles"]:
        d = docs[a["path"]]
        got = {r["name"].lower() for r in db_rows(
            crawl["db"], "SELECT s.name FROM document_skills ds JOIN skills s ON s.id = ds.skill_id "
            "WHERE ds.document_id = ?", (d["id"],))}
        tax = load_taxonomy()
        canon = lambda name: (tax.lookup(name) or name).lower()  # noqa: E731 ("AWS" → "Amazon Web Services")
        missing = [s for s in a["skills_include"] if canon(s) not in got]
        wrong = [s for s in a["skills_exclude"] if canon(s) in got]
        if missing or wrong:
            problems.append(f"{a['path']}: missing {missing}; should not have {wrong}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("site", SITES)
def test_salaries(crawl, site):
    m = manifest(site)
    docs = _by_site(crawl, site)
    problems = []
    for a in m["articles"]:
        d = docs[a["path"]]
        got = [salary_key(dict(r)) for r in db_rows(
            crawl["db"], "SELECT * FROM salaries WHERE document_id = ? ORDER BY position", (d["id"],))]
        want = unique_salaries(a["salaries"])
        if sorted(got, key=repr) != sorted(want, key=repr):
            problems.append(f"{a['path']}: got {got}, want {want}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("site", SITES)
def test_no_boilerplate_in_stored_text(crawl, site):
    m = manifest(site)
    docs = _by_site(crawl, site)
    problems = []
    for a in m["articles"]:
        d = docs[a["path"]]
        resp = " ".join(r["text"] for r in db_rows(
            crawl["db"], "SELECT text FROM responsibilities WHERE document_id = ?", (d["id"],)))
        for b in m["boilerplate"]:
            if phrase_in(b, d["text"]) or phrase_in(b, resp):
                problems.append(f"{a['path']}: boilerplate {b!r} stored")
        for p in a["body_phrases"]:
            if not phrase_in(p, d["text"]):
                problems.append(f"{a['path']}: body phrase {p!r} missing")
    assert not problems, "\n".join(problems)


def test_run_recorded(crawl):
    runs = db_rows(crawl["db"], "SELECT * FROM crawl_runs")
    assert len(runs) == 1
    run = runs[0]
    assert run["status"] == "ok" and run["finished_at"]
    total = sum(len(manifest(s)["articles"]) for s in SITES)
    assert run["new"] == total
    assert run["pages"] == run["new"] + run["updated"] + run["unchanged"] + run["dropped"] + run["errors"]


def test_csv_files_match_contract_and_database(crawl):
    out, db = crawl["out"], crawl["db"]
    counts = {
        "documents.csv": "SELECT count(*) c FROM documents",
        "responsibilities.csv": "SELECT count(*) c FROM responsibilities",
        "skills.csv": "SELECT count(*) c FROM document_skills",
        "salaries.csv": "SELECT count(*) c FROM salaries",
    }
    for name, columns in FILES.items():
        path = os.path.join(out, name)
        header, rows = read_csv(path)
        assert header == columns
        assert len(rows) == db_rows(db, counts[name])[0]["c"]
        with open(path, "rb") as fh:
            raw = fh.read()
        assert raw.count(b"\r\n") >= len(rows) + 1  # RFC 4180 line ends
    _, docs = read_csv(os.path.join(out, "documents.csv"))
    for row in docs:
        assert row["kind"] == "guide"
        for col in ("published", "first_seen"):
            assert row[col] == "" or row[col][:4].isdigit()
        for col in ("salary_min", "salary_max", "salary_annual_min", "salary_annual_max"):
            if row[col]:
                float(row[col])  # numbers, unformatted
                assert "," not in row[col]
    _, sal = read_csv(os.path.join(out, "salaries.csv"))
    assert {r["currency"] for r in sal} >= {"USD", "GBP", "EUR", "INR"}
    assert {r["period"] for r in sal} >= {"year", "hour"}
    assert not [f for f in os.listdir(out) if f.endswith(".tmp")]
