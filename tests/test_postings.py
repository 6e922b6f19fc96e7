"""Unit tests of pipelines/postings.py: saved board payloads (tests/fixtures/boards/) → posting
dicts, compared with the hand-written expectations in expected.json; broken payloads → readable
errors; the posting document → clean + extract."""
from __future__ import annotations

import json
import os
from datetime import datetime, timezone

import pytest

from pipelines.clean import clean
from pipelines.extract import apply_structured, extract
from pipelines.model import Salary
from pipelines.postings import (DOCUMENT_OPTIONS, STRUCTURED_KEYS, Listing, PayloadError,
                                ashby_postings, ashby_salaries, decode_json, employment_type,
                                greenhouse_board_name, greenhouse_pay, greenhouse_postings,
                                iso_date, jobposting_structured, lever_description,
                                lever_postings, may_carry_jobposting, page_postings,
                                parse_for_postings, posting_document, posting_structured,
                                postings_from_tree)

FIXTURES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures", "boards")
EXPECTED = json.load(open(os.path.join(FIXTURES, "expected.json"), encoding="utf-8"))
BASE = "http://careers.test"
NOW = datetime(2026, 11, 27, tzinfo=timezone.utc)


def raw(path: str) -> bytes:
    with open(os.path.join(FIXTURES, path), "rb") as fh:
        return fh.read()


def load(path: str):
    return decode_json(raw(path))


def salary_tuples(salaries, structured_only=False):
    return [(s.min if isinstance(s, Salary) else s["min"], s.max if isinstance(s, Salary) else s["max"],
             s.currency if isinstance(s, Salary) else s["currency"],
             s.period if isinstance(s, Salary) else s["period"],
             s.label if isinstance(s, Salary) else s["label"])
            for s in salaries
            if not structured_only or (s.source if isinstance(s, Salary) else s["source"]) == "structured"]


def board_postings(key: str) -> list[dict]:
    kind, name = key.split("/")
    if kind == "greenhouse":
        company = None
        if os.path.exists(os.path.join(FIXTURES, f"greenhouse/{name}/board.json")):
            company = greenhouse_board_name(load(f"greenhouse/{name}/board.json"))
        out = greenhouse_postings(load(f"greenhouse/{name}/jobs.json"), name, company=company)
        for p in out:
            p["salaries"] = greenhouse_pay(load(f"greenhouse/{name}/jobs/{p['id']}.json"))
        return out
    if kind == "lever":
        return lever_postings(load(f"lever/{name}.json"), name)
    return ashby_postings(load(f"ashby/{name}.json"), name)


BOARDS = [k for k in EXPECTED if k != "careers"]


@pytest.mark.parametrize("key", BOARDS)
def test_board_postings_match_expected(key):
    postings = board_postings(key)
    assert isinstance(postings, Listing) and postings.problems == []
    got = {p["url"]: p for p in postings}
    assert set(got) == set(EXPECTED[key])
    for url, exp in EXPECTED[key].items():
        p = got[url]
        for field in ("title", "company", "location", "remote", "employment_type", "published",
                      "updated", "valid_through"):
            if field in exp:
                assert p[field] == exp[field], (url, field)
        assert salary_tuples(p["salaries"]) == salary_tuples(exp["salaries"], structured_only=True), url
        assert all(s.source == "structured" for s in p["salaries"])
        assert set(posting_structured(p)) == set(STRUCTURED_KEYS)


def test_fixture_counts():
    assert sum(len(v) for v in EXPECTED.values()) >= 36
    for prefix in ("greenhouse/", "lever/", "ashby/"):
        assert sum(1 for k in EXPECTED if k.startswith(prefix)) >= 2
    assert len(EXPECTED["careers"]) >= 3


# ---------------------------------------------------------------------------------------------
# Greenhouse

def test_greenhouse_content_is_unescaped_once():
    job = load("greenhouse/acme/jobs.json")["jobs"][0]
    assert job["content"].startswith("&lt;p&gt;")
    p = greenhouse_postings({"jobs": [job]}, "acme")[0]
    assert p["description"].startswith("<p>We are looking for")
    # already-raw HTML is left alone: its entities stay entities
    raw_job = dict(job, content="<p>Salary &lt; market? Never.</p>")
    assert greenhouse_postings({"jobs": [raw_job]}, "acme")[0]["description"] == raw_job["content"]


def test_greenhouse_company_name_sources():
    jobs = load("greenhouse/acme/jobs.json")
    assert greenhouse_postings(jobs, "acme")[0]["company"] == "acme"  # token as last resort
    assert greenhouse_postings(jobs, "acme", company="Acme Analytics")[0]["company"] == "Acme Analytics"
    assert greenhouse_postings(load("greenhouse/globex/jobs.json"), "globex",
                               company="ignored")[0]["company"] == "Globex Corporation"
    assert greenhouse_board_name(load("greenhouse/acme/board.json")) == "Acme Analytics"
    assert greenhouse_board_name(["not", "a", "board"]) is None


def test_greenhouse_null_fields():
    job = {"id": 1, "title": "Office Manager", "absolute_url": "https://boards.greenhouse.io/x/jobs/1",
           "location": None, "metadata": None, "offices": None, "departments": None,
           "content": None, "updated_at": None}
    p = greenhouse_postings({"jobs": [job], "meta": {"total": 1}}, "x")[0]
    assert (p["location"], p["remote"], p["employment_type"], p["updated"], p["description"]) == \
        (None, None, None, None, "")


def test_greenhouse_pay_cents_periods_labels():
    one = greenhouse_pay(load("greenhouse/acme/jobs/4001001.json"))
    assert salary_tuples(one) == [(160000, 200000, "USD", "year", None)]
    hourly = greenhouse_pay(load("greenhouse/acme/jobs/4001003.json"))  # "Hourly Pay" title
    assert salary_tuples(hourly) == [(25, 32, "USD", "hour", None)]
    assert hourly[0].annual_min == 25 * 2080
    blurb = greenhouse_pay(load("greenhouse/globex/jobs/5002004.json"))  # "per hour" in the blurb
    assert salary_tuples(blurb) == [(19, 23, "USD", "hour", None)]
    two = greenhouse_pay(load("greenhouse/acme/jobs/4001002.json"))
    assert [s.label for s in two] == ["US Zone 1", "United Kingdom"]
    assert greenhouse_pay({"id": 1}) == [] and greenhouse_pay({"pay_input_ranges": None}) == []
    with pytest.raises(PayloadError, match="pay_input_ranges"):
        greenhouse_pay({"pay_input_ranges": {"min_cents": 1}})
    with pytest.raises(PayloadError):
        greenhouse_pay([])


def test_greenhouse_job_with_bad_fields_is_skipped_and_named():
    listing = greenhouse_postings(load("bad/greenhouse_missing_fields.json"), "acme")
    assert len(listing) == 6  # 8 jobs, 2 broken, plus one non-object entry
    assert "https://boards.greenhouse.io/acme/jobs/4001001" in {p["url"] for p in listing}
    assert len(listing.problems) == 3
    assert any("(id 4001006): no absolute_url" in p for p in listing.problems)
    assert any("(id 4001002): no title" in p for p in listing.problems)
    assert any("job #4: is a string, not an object" in p for p in listing.problems)


def test_greenhouse_partial_listing_is_a_problem():
    listing = greenhouse_postings(load("bad/greenhouse_partial.json"), "acme")
    assert len(listing) == 8
    assert listing.problems == ["the listing holds 8 jobs but meta.total says 13 (partial listing?)"]


# ---------------------------------------------------------------------------------------------
# Lever

def test_lever_lists_become_sections():
    job = load("lever/initech.json")[0]
    html = lever_description(job)
    assert html.index(job["description"]) < html.index("<h3>What you'll do</h3><ul><li>") \
        < html.index("<h3>Requirements</h3><ul><li>") < html.index(job["additional"])
    p = lever_postings([job], "initech")[0]
    facts = _facts(p)
    assert facts.responsibilities == [
        "Define service level objectives with product teams",
        "Automate capacity planning and incident response",
        "Lead blameless post-incident reviews",
        "Improve observability with Prometheus and OpenTelemetry"]
    assert {"Prometheus", "OpenTelemetry"} <= {s.name for s in facts.skills}


def test_lever_plain_fallbacks():
    job = {"id": "1", "text": "Nurse", "hostedUrl": "https://jobs.lever.co/x/1",
           "descriptionPlain": "First paragraph.\n\nSecond paragraph.", "lists": [],
           "additionalPlain": "Equal opportunity employer.", "categories": {}}
    p = lever_postings([job], "x")[0]
    assert p["description"] == ("<p>First paragraph.</p><p>Second paragraph.</p>\n"
                                "<p>Equal opportunity employer.</p>")
    assert (p["location"], p["remote"], p["employment_type"], p["published"]) == (None, None, None, None)


@pytest.mark.parametrize("workplace,location,remote", [
    ("remote", "New York", True), ("on-site", "Remote", False), ("hybrid", "Austin", False),
    ("unspecified", "Remote - US", True), ("unspecified", "Austin", None), (None, None, None)])
def test_lever_remote(workplace, location, remote):
    job = {"id": "1", "text": "Engineer", "hostedUrl": "https://jobs.lever.co/x/1",
           "workplaceType": workplace, "categories": {"location": location}}
    assert lever_postings([job], "x")[0]["remote"] is remote


def test_lever_salary_intervals():
    def one(sr):
        job = {"text": "Engineer", "hostedUrl": "https://jobs.lever.co/x/1", "salaryRange": sr}
        return salary_tuples(lever_postings([job], "x")[0]["salaries"])
    assert one({"currency": "USD", "interval": "per-year-salary", "min": 100000, "max": 120000}) == \
        [(100000, 120000, "USD", "year", None)]
    assert one({"currency": "USD", "interval": "per-hour-wage", "min": 30, "max": 40}) == \
        [(30, 40, "USD", "hour", None)]
    assert one({"currency": "EUR", "interval": "per-month-salary", "min": 5000, "max": 6000}) == \
        [(5000, 6000, "EUR", "month", None)]
    assert one({"currency": "USD", "interval": "per-year-salary", "min": 0, "max": 0}) == []
    assert one(None) == [] and one("120k") == []


def test_lever_bad_payloads():
    with pytest.raises(PayloadError, match="Document not found"):
        lever_postings(load("bad/lever_not_found.json"), "nope")
    with pytest.raises(PayloadError, match="expected a list of postings"):
        lever_postings(load("bad/jobs_is_object.json"), "x")
    with pytest.raises(PayloadError, match="a string, expected a list"):
        lever_postings(load("bad/top_level_string.json"), "x")
    listing = lever_postings([{"text": "No URL"}, 3, {"hostedUrl": "https://jobs.lever.co/x/2"}], "x")
    assert list(listing) == [] and len(listing.problems) == 3
    assert "no hostedUrl" in listing.problems[0] and "no text (title)" in listing.problems[2]


# ---------------------------------------------------------------------------------------------
# Ashby

def test_ashby_unlisted_skipped():
    listing = ashby_postings(load("ashby/hooli.json"), "hooli")
    assert listing.skipped == 1 and len(listing) == 5
    assert all("confidential" not in p["title"] for p in listing)


def test_ashby_only_salary_components_are_salaries():
    comp = {"compensationTiers": [{"title": "", "components": [
        {"compensationType": "Salary", "interval": "1 YEAR", "currencyCode": "USD", "minValue": 100000, "maxValue": 120000},
        {"compensationType": "EquityPercentage", "interval": "NONE", "currencyCode": None, "minValue": 0.1, "maxValue": 0.2},
        {"compensationType": "Bonus", "interval": "1 YEAR", "currencyCode": "USD", "minValue": 10000, "maxValue": 20000},
        {"compensationType": "Commission", "interval": "1 YEAR", "currencyCode": "USD", "minValue": 5000, "maxValue": 9000}]}]}
    assert salary_tuples(ashby_salaries(comp)) == [(100000, 120000, "USD", "year", None)]
    hourly = {"compensationTiers": [{"components": [
        {"compensationType": "Salary", "interval": "1 HOUR", "currencyCode": "GBP", "minValue": 20, "maxValue": 25}]}]}
    assert salary_tuples(ashby_salaries(hourly)) == [(20, 25, "GBP", "hour", None)]
    summary_only = {"compensationTiers": [], "summaryComponents": hourly["compensationTiers"][0]["components"]}
    assert salary_tuples(ashby_salaries(summary_only)) == [(20, 25, "GBP", "hour", None)]
    assert ashby_salaries(None) == [] and ashby_salaries({"compensationTiers": None}) == []


def test_ashby_plain_description_fallback():
    p = {x["url"]: x for x in ashby_postings(load("ashby/piedpiper.json"), "piedpiper")}[
        "https://jobs.ashbyhq.com/piedpiper/c9d8e7f6-0002-4000-8000-000000000003"]
    assert p["description"].startswith("<p>Our support specialists")


def test_ashby_bad_payloads():
    with pytest.raises(PayloadError, match='"jobs" is an object, expected a list'):
        ashby_postings(load("bad/jobs_is_object.json"), "x")
    with pytest.raises(PayloadError, match='no "jobs" key'):
        ashby_postings(load("bad/jobs_missing.json"), "x")
    with pytest.raises(PayloadError, match="a list, expected an object"):
        ashby_postings([], "x")
    listing = ashby_postings({"jobs": [{"title": "Engineer", "isListed": True}]}, "x")
    assert listing.problems == ["job #1: no jobUrl; skipped"]


# ---------------------------------------------------------------------------------------------
# Reading responses

@pytest.mark.parametrize("body,message", [
    (b"", "empty response"),
    (b"   \n", "empty response"),
    (None, "empty response"),
    ("bad/html_error_page.html", 'response is not JSON (HTML error page?): "502 Bad Gateway"'),
    (b"<p>maintenance</p>", "response is not JSON (HTML error page?)"),
    ("bad/truncated.json", "response is truncated JSON (cut off after"),
    (b'{"jobs": [{"title": "x"', "response is truncated JSON"),
    (b'{"jobs": [1,]}', "response is not valid JSON"),
    (b"\xff\xfe{}", "not UTF-8"),
])
def test_decode_json_errors(body, message):
    if isinstance(body, str):
        body = raw(body)
    with pytest.raises(PayloadError) as exc:
        decode_json(body)
    assert message in str(exc.value)


def test_decode_json_accepts_bom():
    assert decode_json(b'\xef\xbb\xbf{"jobs": []}') == {"jobs": []}


# ---------------------------------------------------------------------------------------------
# Field helpers

@pytest.mark.parametrize("value,expected", [
    ("FULL_TIME", "full-time"), ("Full-time", "full-time"), ("Full Time", "full-time"),
    ("FullTime", "full-time"), ("PartTime", "part-time"), ("Intern", "intern"),
    ("Internship", "intern"), ("INTERN", "intern"), ("Contract", "contractor"),
    ("CONTRACTOR", "contractor"), ("Temporary", "temporary"), ("PER_DIEM", "per-diem"),
    (["FULL_TIME", "PART_TIME"], "full-time, part-time"), ("Permanent", "permanent"),
    (None, None), ("", None), ([], None)])
def test_employment_type(value, expected):
    assert employment_type(value) == expected


@pytest.mark.parametrize("value,kw,expected", [
    ("2026-09-02T09:00:00-07:00", {}, "2026-09-02"),
    ("2026-04-22T17:20:35.338+00:00", {}, "2026-04-22"),
    ("2026-10-01", {}, "2026-10-01"),
    (1785283200000, {}, "2026-07-29"),
    (1785283200, {}, "2026-07-29"),
    ("1785283200000", {}, "2026-07-29"),
    ("2027-01-31T23:59", {"future_ok": True}, "2027-01-31"),
    ("January 31, 2027", {"future_ok": True}, "2027-01-31"),
    ("2026-02-30", {}, None), ("soon", {}, None), (None, {}, None), (True, {}, None), (12, {}, None),
])
def test_iso_date(value, kw, expected):
    assert iso_date(value, **kw) == expected


# ---------------------------------------------------------------------------------------------
# The posting document

def _facts(p):
    content = clean(posting_document(p).encode("utf-8"), p["url"],
                    content_type="text/html; charset=utf-8", **DOCUMENT_OPTIONS)
    facts = extract(content, fetched_at=NOW)
    return apply_structured(facts, posting_structured(p), fetched_at=NOW)


def test_document_title_facts_and_description():
    p = greenhouse_postings(load("greenhouse/acme/jobs.json"), "acme")[2]
    doc = posting_document(p)
    assert "<h1>Data Scientist II</h1>" in doc
    content = clean(doc.encode(), p["url"], **DOCUMENT_OPTIONS)
    assert content.title == "Data Scientist II"
    assert content.blocks[0].text == "Location: New York, NY; London, United Kingdom · Employment type: full-time"
    assert content.blocks[1].text.startswith("As a data scientist")
    facts = _facts(p)
    assert facts.kind == "posting" and facts.role == "Data Scientist II" and facts.seniority == "mid"
    assert facts.responsibilities[0] == "Design and analyse A/B experiments for product teams"


def test_same_description_in_two_places_gives_two_texts():
    ps = {p["url"]: p for p in greenhouse_postings(load("greenhouse/acme/jobs.json"), "acme")}
    a = _facts(ps["https://boards.greenhouse.io/acme/jobs/4001001"])
    b = _facts(ps["https://boards.greenhouse.io/acme/jobs/4001006"])
    assert a.title == b.title and a.text != b.text


def test_board_salaries_replace_text_ones_and_text_ones_stay_without():
    ps = {p["url"]: p for p in greenhouse_postings(load("greenhouse/acme/jobs.json"), "acme")}
    p = ps["https://boards.greenhouse.io/acme/jobs/4001001"]
    p["salaries"] = greenhouse_pay(load("greenhouse/acme/jobs/4001001.json"))
    assert [s.source for s in _facts(p).salaries] == ["structured"]
    designer = _facts(ps["https://boards.greenhouse.io/acme/jobs/4001004"])
    assert [(s.min, s.max, s.currency, s.period, s.source) for s in designer.salaries] == \
        [(55000, 65000, "GBP", "year", "text")]


def test_document_escapes_title_and_location():
    p = {"title": "R&D <Engineer>", "location": "A & B", "remote": None, "description": "<p>x</p>"}
    doc = posting_document(p)
    assert "<h1>R&amp;D &lt;Engineer&gt;</h1>" in doc and "Location: A &amp; B" in doc


# ---------------------------------------------------------------------------------------------
# Career pages (JSON-LD, @graph, nested, microdata)

def _page(path: str) -> bytes:
    return raw(f"careers{path}index.html").replace(b"{{BASE_URL}}", BASE.encode())


@pytest.mark.parametrize("path", list(EXPECTED["careers"]))
def test_career_pages(path):
    postings = page_postings(_page(path), BASE + path, "text/html; charset=utf-8")
    assert len(postings) == 1
    p, exp = postings[0], EXPECTED["careers"][path]
    assert p["url"] == BASE + path
    for field in ("title", "company", "location", "remote", "employment_type", "published",
                  "valid_through"):
        assert p[field] == exp[field], field
    assert salary_tuples(p["salaries"]) == salary_tuples(exp["salaries"], structured_only=True)


@pytest.mark.parametrize("path", ["", "jobs/", "about/", "blog/life-at-northwind/"])
def test_pages_without_jobposting(path):
    assert page_postings(_page("/" + path), f"{BASE}/{path}") == []


def test_canonical_url_only_on_same_site():
    page = _page("/jobs/product-designer/")
    assert page_postings(page, BASE + "/jobs/product-designer/?utm_source=x")[0]["url"] == \
        BASE + "/jobs/product-designer/"
    offsite = page.replace(f'href="{BASE}/jobs/product-designer/"'.encode(),
                           b'href="https://aggregator.example/job/1"')
    assert page_postings(offsite, BASE + "/jobs/product-designer/")[0]["url"] == \
        BASE + "/jobs/product-designer/"


def test_microdata_nested_items():
    p = page_postings(_page("/jobs/warehouse-associate/"), BASE + "/jobs/warehouse-associate/")[0]
    assert p["company"] == "Northwind Logistics"
    assert p["location"] == "Tacoma, WA, US"
    assert p["salaries"][0].raw == "USD 19-22 per hour"


def test_jsonld_quirks():
    def page(ld: str) -> bytes:
        return f'<html><head><script type="application/ld+json">{ld}</script></head><body><p>x</p></body></html>'.encode()
    trailing = '{"@type": "JobPosting", "title": "Cook", "datePosted": "2026-01-05",}'
    assert page_postings(page(trailing), BASE)[0]["title"] == "Cook"
    listed = json.dumps({"@type": "ItemList", "itemListElement": [
        {"@type": "ListItem", "item": {"@type": "JobPosting", "title": "Cook"}},
        {"@type": "ListItem", "item": {"@type": "JobPosting", "title": "Waiter"}}]})
    assert [p["title"] for p in page_postings(page(listed), BASE)] == ["Cook", "Waiter"]
    assert page_postings(page('{"@type": "JobPosting"}'), BASE) == []  # no title
    assert page_postings(page("not json at all"), BASE) == []
    assert page_postings(b"", BASE) == []
    typed = {"@type": "https://schema.org/JobPosting", "title": "Baker", "jobLocationType": "TELECOMMUTE"}
    assert page_postings(page(json.dumps(typed)), BASE)[0]["remote"] is True


def test_jobposting_identifier_and_dates():
    p = jobposting_structured({"@type": "JobPosting", "title": "Cook", "identifier": "A-1",
                               "datePosted": "2026-03-04T10:00:00+01:00",
                               "validThrough": "2030-12-31"}, BASE + "/j")
    assert (p["id"], p["published"], p["valid_through"], p["url"]) == \
        ("A-1", "2026-03-04", "2030-12-31", BASE + "/j")


# ---------------------------------------------------------------------------------------------
# Career pages in the pipelines: the JobPosting is read in the clean job, from the tree clean()
# then takes apart (the jsonld spider only fetches and routes)

CAREER_PAGES = [p for p in EXPECTED["careers"]]
OTHER_PAGES = ["/", "/jobs/", "/about/", "/blog/life-at-northwind/"]


def _content_key(c):
    return (c.title, [b.to_dict() for b in c.blocks], c.is_article,
            {k: v for k, v in c.meta.items()})


@pytest.mark.parametrize("path", CAREER_PAGES)
def test_postings_from_tree_reads_without_spoiling_the_tree(path):
    from pipelines.clean import parse_html

    body = _page(path)
    doc = parse_html(body, "text/html; charset=utf-8")
    assert postings_from_tree(doc, BASE + path) == page_postings(body, BASE + path)
    # clean() on the tree the postings were read from == clean() on the bytes
    assert _content_key(clean(doc, BASE + path)) == _content_key(clean(body, BASE + path))


def test_may_carry_jobposting():
    for path in CAREER_PAGES:
        assert may_carry_jobposting(_page(path))
    for path in OTHER_PAGES:
        assert not may_carry_jobposting(_page(path)), path
    assert may_carry_jobposting(b'<div itemscope itemtype="https://schema.org/jobposting">')
    assert not may_carry_jobposting(b"")
    # encodings that do not write ASCII as ASCII: always "maybe", and read right
    page = _page("/jobs/senior-data-engineer/").decode("utf-8")
    utf16 = page.encode("utf-16")
    assert may_carry_jobposting(utf16)
    assert [p["title"] for p in parse_for_postings(utf16, BASE + "/j")[0]] == \
        [p["title"] for p in page_postings(_page("/jobs/senior-data-engineer/"), BASE + "/j")]
    assert may_carry_jobposting(b"<p>no markup</p>".decode().encode("utf-16-le"))
    assert may_carry_jobposting("<p>x</p>".encode("cp500"), "text/html; charset=cp500")
    assert not may_carry_jobposting(b"<p>x</p>", "text/html; charset=iso-8859-1")


def test_parse_for_postings():
    postings, doc = parse_for_postings(_page("/jobs/registered-nurse/"), BASE + "/jobs/registered-nurse/")
    assert len(postings) == 1 and doc is not None
    assert parse_for_postings(_page("/about/"), BASE + "/about/") == ([], None)  # not parsed
    assert parse_for_postings(b"   ", BASE) == ([], None)


@pytest.fixture
def parse_counter(monkeypatch):
    import pipelines.clean

    calls = []
    real = pipelines.clean.parse_html

    def counting(*args, **kwargs):
        calls.append(args[0][:40] if isinstance(args[0], (bytes, str)) else args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(pipelines.clean, "parse_html", counting)  # postings looks it up there
    return calls


def _listing_page() -> bytes:
    ld = json.dumps({"@type": "ItemList", "itemListElement": [
        {"@type": "ListItem", "item": {"@type": "JobPosting", "title": "Cook"}},
        {"@type": "ListItem", "item": {"@type": "JobPosting", "title": "Waiter"}}]})
    return (f'<html><head><script type="application/ld+json">{ld}</script></head>'
            '<body><h1>Jobs</h1><p>Two openings.</p></body></html>').encode()


@pytest.mark.parametrize("path", CAREER_PAGES)
def test_page_job_reads_a_career_page_in_one_parse(path, parse_counter):
    from pipelines.workers import page_job

    body, url = _page(path), BASE + path
    got = page_job(body, url, "text/html; charset=utf-8", {}, NOW, jobposting=True)
    assert len(parse_counter) == 1
    assert got.cleaned and got.postings == page_postings(body, url, "text/html; charset=utf-8")
    plain = page_job(body, url, "text/html; charset=utf-8", {}, NOW)
    assert plain.postings is None
    assert (got.title, got.blocks, got.content_hash, got.words) == \
        (plain.title, plain.blocks, plain.content_hash, plain.words)
    # in a worker: a posting is extracted ahead whatever its length
    ahead = page_job(body, url, "text/html; charset=utf-8", {}, NOW, jobposting=True,
                     min_words=10_000, extract_ahead=True)
    assert ahead.facts is not None and ahead.slim and len(ahead.postings) == 1


def test_page_job_leaves_other_career_pages_uncleaned(parse_counter):
    from pipelines.workers import page_job

    for path in OTHER_PAGES:
        got = page_job(_page(path), BASE + path, None, {}, NOW, jobposting=True, extract_ahead=True)
        assert (got.cleaned, got.postings, got.facts) == (False, [], None), path
    assert parse_counter == []  # no JobPosting in the bytes: not parsed at all
    several = page_job(_listing_page(), BASE + "/jobs/", None, {}, NOW, jobposting=True)
    assert not several.cleaned and [p["title"] for p in several.postings] == ["Cook", "Waiter"]
    binary = page_job(b"\0\0" + _page("/jobs/registered-nurse/"), BASE + "/j", None, {}, NOW,
                      jobposting=True)
    assert not binary.cleaned and len(binary.postings) == 1  # the pipeline records it as an error


def test_jsonld_spider_only_fetches_and_routes():
    """The spider hands pages on flagged read_jobposting, raw; it parses no content itself."""
    import ast

    import crawler.spiders.jsonld as module
    from crawler.items import PageItem

    tree = ast.parse(open(module.__file__, encoding="utf-8").read())
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    assert not any(m and m.startswith("pipelines") for m in imported), imported

    from scrapy.http import HtmlResponse, Request

    spider = module.JsonLdSpider(url=BASE + "/", source="careers")
    spider.crawler = type("C", (), {"stats": None})()
    body = _page("/jobs/registered-nurse/")
    response = HtmlResponse(BASE + "/jobs/registered-nurse/", body=body,
                            headers={"Content-Type": "text/html; charset=utf-8"},
                            request=Request(BASE + "/jobs/registered-nurse/",
                                            meta={"jobsift_follow": False}))
    items = [r for r in spider.parse_page(response) if isinstance(r, PageItem)]
    assert len(items) == 1
    item = items[0]
    assert item.read_jobposting and item.structured is None and item.body == body
