"""Property tests (issue 7): the pure functions never raise on hostile input and keep their
invariants. Hypothesis, with a bounded number of examples so the whole file stays well under 30 s.

Contracts checked:
- parse_salary: never raises; min <= max; currency in a known set (or the caller's default, or None
  only when the caller gave none); period in hour/day/week/month/year; annual_* = value x factor;
  raw is a substring of the input.
- parse_date / find_dates: never raise; a date is a real YYYY-MM-DD, not before 1995 and not after
  ``now`` + 1 day; find_dates never gives an updated date before the published one.
- match_skills: never raises; non-empty, distinct names from the taxonomy, known categories.
- role_from_title / seniority_of: never raise; a role is a non-empty single-line string; a
  seniority is one of SENIORITY_LEVELS.
- clean: on any text or bytes returns Content or raises ValueError (its documented contract for an
  empty/unparseable page); on HTML from a small tag grammar it returns blocks of plain,
  whitespace-normalised text with no markup and nothing from <script>/<style>.
- decode_html: on any bytes and any Content-Type returns (str, str); valid UTF-8 comes back as it is.
- the job-board payload mappers raise nothing but PayloadError.
"""
from __future__ import annotations

import json
import math
import re
from datetime import date, datetime, timedelta, timezone

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pipelines.charset import decode_html
from pipelines.clean import clean
from pipelines.dates import find_dates, parse_date
from pipelines.model import Content
from pipelines.postings import (PayloadError, ashby_postings, greenhouse_pay, greenhouse_postings,
                                lever_postings, posting_document, posting_structured)
from pipelines.roles import SENIORITY_LEVELS, role_from_title, seniority_of
from pipelines.salary import ANNUAL_FACTORS, CURRENCIES, DOLLAR_CURRENCIES, PERIODS, parse_salary
from pipelines.skills import load_taxonomy, match_skills

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NOW = datetime(2026, 6, 15, 12, 0, tzinfo=timezone.utc)
ISO = re.compile(r"\d{4}-\d{2}-\d{2}")

# ---------------------------------------------------------------------------------------------
# Text strategies

words = st.sampled_from(
    "the a salary pay earn earns per year hour month week day annually between and to from up "
    "senior junior lead staff intern engineer nurse analyst developer manager in London remote "
    "bonus equity tuition funding round series revenue 401(k) k K m million lakh LPA crore "
    "about around approximately starting at or more less + - – — / | : ; , . ( ) \n".split(" "))
amounts = st.one_of(
    st.integers(0, 10_000_000).map(str),
    st.integers(0, 999).map(lambda n: f"{n}k"),
    st.integers(1, 999).map(lambda n: f"{n},000"),
    st.floats(0, 1e6, allow_nan=False).map(lambda f: f"{f:.2f}"),
    st.integers(1, 99).map(lambda n: f"{n}.5"),
)
money = st.builds(lambda cur, a, suffix: f"{cur}{a}{suffix}",
                  st.sampled_from(["$", "£", "€", "₹", "US$", "C$", "A$", "USD ", "GBP ", "EUR ",
                                   "Rs. ", "", "CAD ", "INR "]),
                  amounts,
                  st.sampled_from(["", " USD", " per hour", "/hr", " a year", " per annum", " pa",
                                   " per month", "/week", " daily", " LPA", " lakh", "k", " million"]))
salary_text = st.lists(st.one_of(words, money, st.text(max_size=6)), max_size=25).map(" ".join)
any_text = st.one_of(st.text(max_size=300), salary_text)


# ---------------------------------------------------------------------------------------------
# parse_salary

KNOWN_CURRENCIES = CURRENCIES | DOLLAR_CURRENCIES


@FAST
@given(text=any_text, default=st.sampled_from([None, "USD", "CAD", "GBP", "EUR", "AUD", "INR", "NZD"]),
       label=st.one_of(st.none(), st.sampled_from(["Senior", "Entry-level", "London", "", "=x"])),
       context=st.one_of(st.none(), st.sampled_from(["Level | Weekly pay | Annual pay",
                                                     "Average base pay", "Role | Salary (£k)"])))
@example(text="Engineers earn $120k–$150k per year; seniors up to £95,000.", default=None,
         label=None, context=None)
@example(text="Pay: ₹12 LPA to 18 LPA", default="INR", label="Senior", context=None)
def test_parse_salary_invariants(text, default, label, context):
    for s in parse_salary(text, default_currency=default, label=label, context=context):
        assert s.raw and s.raw in text
        assert s.min is not None or s.max is not None
        if s.min is not None and s.max is not None:
            assert s.min <= s.max
        for v in (s.min, s.max, s.annual_min, s.annual_max):
            assert v is None or (math.isfinite(v) and v >= 0)
        assert s.currency in KNOWN_CURRENCIES or s.currency == default, s
        assert s.period in PERIODS
        factor = ANNUAL_FACTORS[s.period]
        for value, annual in ((s.min, s.annual_min), (s.max, s.annual_max)):
            assert (value is None) == (annual is None)
            if value is not None:
                assert math.isclose(annual, value * factor, rel_tol=1e-9, abs_tol=0.01), s
        assert s.label is None or (isinstance(s.label, str) and s.label.strip())
        assert s.source == "text"


# ---------------------------------------------------------------------------------------------
# parse_date / find_dates

def _fmt_date(d: tuple[int, int, int], style: int) -> str:
    y, m, dd = d
    months = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
    name = months[(m - 1) % 12]
    return [f"{y}-{m:02d}-{dd:02d}", f"{y}-{m}-{dd}T08:30:00+05:30", f"{name} {dd}, {y}",
            f"{dd} {name[:3]} {y}", f"{dd:02d}/{m:02d}/{y}", f"{m}/{dd}/{y}", f"{y}/{m}/{dd}",
            f"Published {name} {dd}th {y}", f"Updated: {dd}.{m}.{y}"][style]


date_like = st.one_of(
    st.builds(_fmt_date, st.tuples(st.integers(1900, 2100), st.integers(0, 13), st.integers(0, 32)),
              st.integers(0, 8)),
    st.builds(lambda n, u: f"{n} {u} ago", st.integers(0, 10_000),
              st.sampled_from(["days", "day", "hours", "weeks", "months", "years", "minutes"])),
    st.sampled_from(["yesterday", "today", "just now", "last week", "a few days ago", "30+ days ago",
                     "Posted 3 days ago", "December 2024", "March 3", "02/05/2024", ""]),
    st.text(max_size=80),
)
date_value = st.one_of(
    date_like,
    st.integers(-2**63, 2**63), st.floats(allow_nan=True, allow_infinity=True),
    st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31),
                 timezones=st.sampled_from([None, timezone.utc, timezone(timedelta(hours=-11))])),
    st.dates(), st.none(), st.booleans(), st.lists(st.integers(), max_size=3),
)


def _valid_date(value) -> None:
    if value is None:
        return
    assert isinstance(value, str) and ISO.fullmatch(value), value
    d = date.fromisoformat(value)
    assert date(1995, 1, 1) <= d <= (NOW + timedelta(days=1)).date(), value


@FAST
@given(value=date_value, dayfirst=st.sampled_from([None, True, False]))
@example(value="2024-02-30", dayfirst=None)
@example(value="3 days ago", dayfirst=None)
@example(value=1e300, dayfirst=None)
def test_parse_date_gives_a_real_date_or_none(value, dayfirst):
    _valid_date(parse_date(value, now=NOW, dayfirst=dayfirst))


json_value = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=30),
              date_like),
    lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=12), c, max_size=3),
    max_leaves=10)
meta_dict = st.fixed_dictionaries({}, optional={
    "jsonld": st.lists(st.dictionaries(st.sampled_from(["@type", "datePublished", "dateModified",
                                                        "uploadDate", "@graph", "dateCreated"]),
                                       json_value, max_size=4), max_size=3) | json_value,
    "meta": st.dictionaries(st.sampled_from(["article:published_time", "article:modified_time",
                                             "og:updated_time", "date", "dc.date", "pubdate"]),
                            st.one_of(date_like, json_value), max_size=4) | json_value,
    "times": st.lists(st.one_of(date_like, json_value), max_size=4),
    "byline_dates": st.lists(st.one_of(date_like, st.builds("{} · Updated {}".format, date_like,
                                                           date_like)), max_size=3),
})


@FAST
@given(meta=st.one_of(meta_dict, json_value), dayfirst=st.sampled_from([None, True, False]))
def test_find_dates_gives_real_ordered_dates(meta, dayfirst):
    result = find_dates(meta, now=NOW, dayfirst=dayfirst)
    assert isinstance(result, tuple) and len(result) == 2
    published, updated = result
    _valid_date(published)
    _valid_date(updated)
    if published and updated:
        assert updated >= published


# ---------------------------------------------------------------------------------------------
# match_skills

TAXONOMY = load_taxonomy()
CATEGORIES = set(TAXONOMY.categories)
skill_words = st.sampled_from(sorted({s.name for s in TAXONOMY.skills}
                                     | {a for s in TAXONOMY.skills for a in s.aliases}))
skill_text = st.lists(st.one_of(skill_words, words, st.sampled_from(["/", "-", ",", "C++", "Go-based",
                                                                     "node.js", "#", "and"])),
                      max_size=30).map(" ".join)


@FAST
@given(text=st.one_of(st.text(max_size=300), skill_text))
def test_match_skills_gives_known_distinct_skills(text):
    found = match_skills(text)
    names = [s.name for s in found]
    assert len(names) == len(set(names))
    for s in found:
        assert isinstance(s.name, str) and s.name.strip() == s.name and s.name
        assert s.category in CATEGORIES, s


# ---------------------------------------------------------------------------------------------
# role_from_title / seniority_of

title_words = st.sampled_from(
    "Senior Junior Sr. Jr. Lead Staff Principal Head of Director VP Chief Intern Trainee Graduate "
    "Associate Assistant to the CEO Software Backend Data Product Registered Nurse Engineer "
    "Manager Analyst Designer Developer Teacher Electrician Accountant Scientist Specialist "
    "Job Description Salary Guide How to Become a an What Does Do Skills Duties 2025 : – | , ( ) "
    "& and or in London Remote II III".split(" "))
titles = st.one_of(st.text(max_size=200), st.lists(title_words, max_size=14).map(" ".join),
                   st.none(), st.integers(), st.just(""), st.just("   "))


@FAST
@given(title=titles)
@example(title="Senior Director of Engineering")
@example(title="x" * 5000)
def test_roles_and_seniority(title):
    role = role_from_title(title)
    assert role is None or (isinstance(role, str) and role.strip() and "\n" not in role)
    level = seniority_of(title)
    assert level is None or level in SENIORITY_LEVELS
    if role is not None:
        assert seniority_of(role) is None or seniority_of(role) in SENIORITY_LEVELS


# ---------------------------------------------------------------------------------------------
# clean

@SLOW
@given(page=st.one_of(st.text(max_size=400), st.binary(max_size=400)))
@example(page="")
@example(page=b"\x00\x01binary")
@example(page="<html><body>\x0b\x00</body></html>")
def test_clean_on_anything_returns_content_or_value_error(page):
    try:
        content = clean(page, "https://example.com/x")
    except ValueError:
        return  # the documented contract for an empty or unparseable page
    assert isinstance(content, Content)
    assert isinstance(content.text, str)


SAFE_TEXT = st.text(st.characters(codec="utf-8", exclude_characters="<>&\x00",
                                  exclude_categories=("Cs", "Cc")), min_size=1, max_size=40)
INLINE = ["span", "b", "strong", "em", "a", "i", "code"]
BLOCK = ["div", "p", "section", "article", "main", "ul", "ol", "li", "h1", "h2", "h3", "table",
         "tr", "td", "th", "blockquote", "nav", "footer", "aside", "header"]
SECRET = "SCRIPTSECRET"


def _element(children):
    return st.builds(
        lambda tag, attrs, kids, closed: f"<{tag}{attrs}>" + "".join(kids) + (f"</{tag}>" if closed else ""),
        st.sampled_from(INLINE + BLOCK),
        st.sampled_from(["", ' class="content"', ' class="menu nav"', ' id="main"', ' href="/x"',
                         ' onclick="alert(1)"', ' style="display:none"', ' class="share ad"']),
        st.lists(children, max_size=4),
        st.booleans())  # unclosed tags are part of the grammar


html_nodes = st.recursive(
    st.one_of(SAFE_TEXT, st.just(f"<script>var s='{SECRET}<a href=x>';</script>"),
              st.just(f"<style>.x:before{{content:'{SECRET}'}}</style>"), st.just("<br>"),
              st.just("<!-- a comment -->")),
    _element, max_leaves=25)
html_pages = st.builds(
    lambda head, body: f"<!DOCTYPE html><html><head><title>{head}</title></head><body>{body}</body></html>",
    SAFE_TEXT, st.lists(html_nodes, min_size=1, max_size=5).map("".join))


@SLOW
@given(page=html_pages)
def test_clean_on_generated_html_gives_plain_text_blocks(page):
    content = clean(page, "https://example.com/guide/")
    assert isinstance(content, Content)
    for block in content.blocks:
        assert block.text and block.text == block.text.strip()
        assert "\n" not in block.text
        assert "<" not in block.text and ">" not in block.text  # no markup, no tag left over
        assert SECRET not in block.text  # nothing from <script> or <style>
        assert "  " not in block.text
    assert content.text == "\n".join(b.text for b in content.blocks)


@SLOW
@given(page=html_pages)
@example(page="<html><head><title>t</title></head><body><h1>Data Analyst Guide<script>"
              f"dataLayer.push('{SECRET}<b>')</script></h1><p>Text.</p></body></html>")
def test_clean_title_has_no_script_text(page):
    content = clean(page, "https://example.com/guide/")
    assert content.title is None or (SECRET not in content.title and "<" not in content.title)


# ---------------------------------------------------------------------------------------------
# decode_html

content_types = st.one_of(
    st.none(), st.text(max_size=40),
    st.sampled_from(["text/html", "text/html; charset=utf-8", "text/html; charset=iso-8859-1",
                     "text/html; charset=windows-1252", "text/html; charset=utf-16",
                     "text/html; charset=bogus-42", "text/html; charset=\"latin1\"",
                     "text/html; charset=shift_jis", "text/html; charset=", "application/json"]))
bodies = st.one_of(
    st.binary(max_size=600),
    st.builds(lambda pre, meta, rest: pre + meta + rest, st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe",
                                                                       b"\xfe\xff"]),
              st.sampled_from([b"", b'<meta charset="utf-8">', b"<meta charset=iso-8859-1>",
                               b'<meta http-equiv="Content-Type" content="text/html; charset=cp1252">',
                               b"<meta charset='nonsense'>"]),
              st.binary(max_size=300)),
    st.text(max_size=200).map(lambda t: t.encode("utf-8")),
    st.text(max_size=200).map(lambda t: t.encode("utf-8").decode("cp1252", "replace").encode("utf-8")),
)


@FAST
@given(body=bodies, ctype=content_types)
@example(body=b"caf\xc3\xa9 \xc2\xa3 \xe2\x80\x99", ctype="text/html; charset=iso-8859-1")
@example(body=b"\xef\xbb\xbf\xff\xfe", ctype=None)
def test_decode_html_returns_text(body, ctype):
    text, encoding = decode_html(body, ctype)
    assert isinstance(text, str) and isinstance(encoding, str) and encoding


@FAST
@given(text=st.text(alphabet=st.characters(exclude_characters="ÃÂâ", exclude_categories=("Cs",)),
                   max_size=200),
       ctype=content_types)
def test_decode_html_keeps_valid_utf8(text, ctype):
    if text.startswith("\ufeff"):
        text = text[1:]
    assert decode_html(text.encode("utf-8"), ctype)[0] == text


# ---------------------------------------------------------------------------------------------
# Job-board payload mappers: nothing but PayloadError

_scalar = st.one_of(st.none(), st.booleans(), st.integers(-5, 2**40), st.floats(allow_nan=True),
                    st.text(max_size=12), st.just("https://jobs.example/1"), st.just("2026-01-02"))
_json = st.recursive(_scalar, lambda c: st.lists(c, max_size=3)
                     | st.dictionaries(st.text(max_size=8), c, max_size=3), max_leaves=8)


def _jobs(required: dict, keys: list[str]):
    return st.lists(st.fixed_dictionaries({}, optional={k: _json for k in keys})
                    .map(lambda d: {**required, **d}) | _json, max_size=3)


def _mapped(fn, payload, *args) -> None:
    try:
        for p in fn(payload, *args):
            posting_document(p)
            json.dumps(posting_structured(p), default=str)
    except PayloadError:
        pass


GH_KEYS = ["location", "offices", "metadata", "id", "content", "updated_at", "first_published",
           "company_name", "departments", "title", "absolute_url"]
LEVER_KEYS = ["categories", "createdAt", "descriptionPlain", "description", "lists", "additional",
              "additionalPlain", "salaryRange", "workplaceType", "id", "text", "hostedUrl"]
ASHBY_KEYS = ["location", "secondaryLocations", "isListed", "isRemote", "employmentType",
              "publishedAt", "descriptionHtml", "compensation", "workplaceType", "address", "title",
              "jobUrl"]
GH_REQUIRED = {"title": "Engineer", "absolute_url": "https://jobs.example/1"}
LEVER_REQUIRED = {"text": "Engineer", "hostedUrl": "https://jobs.example/1"}


@FAST
@given(jobs=_jobs({"title": "Engineer", "jobUrl": "https://jobs.example/1"}, ASHBY_KEYS),
       pay=_json)
def test_ashby_and_greenhouse_pay_raise_only_payload_errors(jobs, pay):
    _mapped(ashby_postings, {"jobs": jobs}, "board")
    try:
        greenhouse_pay(pay)
        greenhouse_pay({"pay_input_ranges": pay})
    except PayloadError:
        pass


@FAST
@given(jobs=_jobs(GH_REQUIRED, GH_KEYS))
@example(jobs=[{**GH_REQUIRED, "offices": 5}])
@example(jobs=[{**GH_REQUIRED, "metadata": True}])
def test_greenhouse_postings_raise_only_payload_errors(jobs):
    _mapped(greenhouse_postings, {"jobs": jobs}, "board")


@FAST
@given(jobs=_jobs(LEVER_REQUIRED, LEVER_KEYS))
@example(jobs=[{**LEVER_REQUIRED, "lists": 5}])
def test_lever_postings_raise_only_payload_errors(jobs):
    _mapped(lever_postings, jobs, "company")
