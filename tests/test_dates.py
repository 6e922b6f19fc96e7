"""Tests for pipelines.dates: parse_date (one value) and find_dates (published/updated from meta)."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from pipelines.dates import find_dates, parse_date

#: A fixed fetch time, so relative dates are deterministic: Monday 2025-03-10 12:00 UTC.
NOW = datetime(2025, 3, 10, 12, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    "text, dayfirst, expected",
    [
        # ISO 8601: the date as written, never shifted to another timezone.
        ("2024-12-15", None, "2024-12-15"),
        ("2024-12-15T08:30:00+05:30", None, "2024-12-15"),
        ("2024-12-15T23:30:00-05:00", None, "2024-12-15"),
        ("2024-12-15T02:00:00Z", None, "2024-12-15"),
        ("2024-12-15T02:00:00.123456+00:00", None, "2024-12-15"),
        ("2024/12/15", None, "2024-12-15"),
        ("20241215", None, "2024-12-15"),
        ("2024-12", None, None),  # no day
        # Month names, with and without ordinals, abbreviations and weekday.
        ("December 15, 2024", None, "2024-12-15"),
        ("Dec 15, 2024", None, "2024-12-15"),
        ("Dec. 15th, 2024", None, "2024-12-15"),
        ("15 December 2024", None, "2024-12-15"),
        ("15th Dec 2024", None, "2024-12-15"),
        ("15th of December, 2024", None, "2024-12-15"),
        ("15-Dec-2024", None, "2024-12-15"),
        ("Wednesday, March 5, 2025", None, "2025-03-05"),
        ("Mon, 09 Dec 2024 10:00:00 GMT", None, "2024-12-09"),
        ("Sept 3, 2024", None, "2024-09-03"),
        ("December 2024", None, None),  # month and year only: never invent a day
        ("March 3", None, None),  # no year
        # Prefixes and bylines.
        ("Published on December 15, 2024", None, "2024-12-15"),
        ("Posted: 2025-01-20", None, "2025-01-20"),
        ("Updated: Jan 5, 2025", None, "2025-01-05"),
        ("Last updated 3 February 2025", None, "2025-02-03"),
        ("Modified 2025-02-01T10:00:00Z", None, "2025-02-01"),
        ("By Jane Doe | March 3, 2025", None, "2025-03-03"),
        # Relative dates against NOW (trap: dateparser returns None for "Posted 3 days ago").
        ("3 days ago", None, "2025-03-07"),
        ("Posted 5 days ago", None, "2025-03-05"),
        ("2 weeks ago", None, "2025-02-24"),
        ("an hour ago", None, "2025-03-10"),
        ("13 hours ago", None, "2025-03-09"),
        ("yesterday", None, "2025-03-09"),
        ("Posted today", None, "2025-03-10"),
        ("1 month ago", None, "2025-02-10"),
        ("3d ago", None, "2025-03-07"),
        ("a year ago", None, "2024-03-10"),
        ("30+ days ago", None, None),  # only a lower bound
        ("over 2 weeks ago", None, None),
        ("a few days ago", None, None),  # vague
        ("last week", None, None),
        # Numeric: ambiguous unless one part > 12 or dayfirst is given (trap: dateparser reads MDY).
        ("02/05/2024", None, None),
        ("02/05/2024", True, "2024-05-02"),
        ("02/05/2024", False, "2024-02-05"),
        ("13/05/2024", None, "2024-05-13"),
        ("05/13/2024", None, "2024-05-13"),
        ("05/13/2024", True, "2024-05-13"),  # the order is clear whatever dayfirst says
        ("07.07.2024", None, "2024-07-07"),  # same either way
        ("15.12.2024", None, "2024-12-15"),
        ("02/05/24", True, None),  # two-digit year: rejected
        ("31/02/2024", None, None),  # no such day
        # Epoch timestamps (Lever uses milliseconds).
        ("1718035200000", None, "2024-06-10"),
        ("1718035200", None, "2024-06-10"),
        (1718035200000, None, "2024-06-10"),
        # Odd forms left to the dateparser fallback.
        ("15 Dec '24", None, "2024-12-15"),
        ("December the 15th, 2024", None, "2024-12-15"),
        # Plausibility.
        ("2025-03-11", None, "2025-03-11"),  # now + 1 day is tolerated (timezones)
        ("2025-03-12", None, None),  # further in the future
        ("1990-06-01", None, None),  # before 1995
        ("June 1, 1994", None, None),
        # Not dates.
        ("", None, None),
        ("   ", None, None),
        (None, None, None),
        ("Senior Backend Engineer", None, None),
        ("Salary: $120,000 - $150,000", None, None),
    ],
)
def test_parse_date(text, dayfirst, expected):
    assert parse_date(text, now=NOW, dayfirst=dayfirst) == expected


def test_parse_date_accepts_date_objects_and_default_now():
    assert parse_date(date(2024, 12, 15), now=NOW) == "2024-12-15"
    assert parse_date(datetime(2024, 12, 15, 23, 59), now=NOW) == "2024-12-15"
    # Without ``now`` relative dates resolve against the current UTC date.
    assert parse_date("today") == datetime.now(timezone.utc).date().isoformat()


JUNK = [
    "x" * 1_000_000,
    "9" * 5000,
    "2024-" * 10000,
    "99/99/9999",
    "0000-00-00",
    "2024-13-45T99:99:99Z",
    "99999999999999999 days ago",
    "1e400",
    "NaN",
    "\x00\ufffd\u202e<script>alert(1)</script>",
    "Dec 99, 2024",
    "February 30, 2024",
    "-1718035200000",
    "📅 🗓",
    "on " * 500 + "Dec 15, 2024",
    b"2024-12-15",
    ["2024-12-15"],
    {"@value": "2024-12-15"},
    float("nan"),
    float("inf"),
    -5,
    True,
    object(),
]


@pytest.mark.parametrize("junk", JUNK, ids=lambda j: type(j).__name__ + ":" + repr(j)[:20])
@pytest.mark.parametrize("dayfirst", [None, True])
def test_parse_date_never_raises(junk, dayfirst):
    result = parse_date(junk, now=NOW, dayfirst=dayfirst)
    assert result is None or (len(result) == 10 and result[4] == "-")


def test_parse_date_never_raises_with_odd_now():
    assert parse_date("3 days ago", now="not a datetime") is not None  # falls back to the real now
    assert parse_date("3 days ago", now=date(2025, 3, 10)) == "2025-03-07"


# ---------------------------------------------------------------------------------------------
# find_dates
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "meta, expected",
    [
        pytest.param({}, (None, None), id="empty"),
        pytest.param(
            {
                "jsonld": [{"@type": "Article", "datePublished": "2024-01-10T09:00:00+01:00",
                            "dateModified": "2024-06-01"}],
                "meta": {"article:published_time": "2023-12-01", "article:modified_time": "2024-07-01"},
                "times": ["2022-01-01"],
                "byline_dates": ["Updated March 3, 2025"],
            },
            ("2024-01-10", "2024-06-01"),
            id="jsonld-beats-everything",
        ),
        pytest.param(
            {
                "meta": {"article:published_time": "2023-12-01T10:00:00Z", "og:updated_time": "2024-02-02"},
                "times": ["2022-01-01", "2022-05-05"],
                "byline_dates": ["Posted 3 days ago"],
            },
            ("2023-12-01", "2024-02-02"),
            id="meta-beats-times-and-bylines",
        ),
        pytest.param(
            # @graph already flattened: the WebSite and Person dates are not the page's; the
            # BlogPosting outranks the WebPage.
            {"jsonld": [
                {"@type": "WebSite", "datePublished": "2010-01-01"},
                {"@type": "WebPage", "datePublished": "2024-02-01", "dateModified": "2024-02-05"},
                {"@type": ["BlogPosting"], "datePublished": "2024-02-02"},
                {"@type": "Person", "dateCreated": "2001-01-01"},
            ]},
            ("2024-02-02", "2024-02-05"),
            id="jsonld-graph-type-ranking",
        ),
        pytest.param(
            {"jsonld": [{"@type": "JobPosting", "datePosted": "2025-02-20", "validThrough": "2025-04-01"}]},
            ("2025-02-20", None),
            id="jobposting-dateposted",
        ),
        pytest.param(
            {"jsonld": [{"@type": "http://schema.org/NewsArticle",
                         "datePublished": {"@value": "2024-03-03"}, "dateModified": ["", "2024-03-04"]}]},
            ("2024-03-03", "2024-03-04"),
            id="jsonld-value-objects-and-lists",
        ),
        pytest.param(
            {"times": ["2024-05-01T08:00:00Z", "2024-06-15"]},
            ("2024-05-01", None),
            id="times-strings-first-published-later-unlabelled-ignored",
        ),
        pytest.param(
            {"times": [
                {"datetime": "2024-08-20", "text": "Aug 20, 2024", "context": "updated"},
                {"datetime": "2024-05-01", "text": "May 1, 2024", "context": "published"},
            ]},
            ("2024-05-01", "2024-08-20"),
            id="times-dicts-with-context",
        ),
        pytest.param(
            {"times": [{"datetime": None, "text": "Last modified: 2 June 2024"},
                       {"datetime": "2024-01-15", "text": "Jan 15"}]},
            ("2024-01-15", "2024-06-02"),
            id="times-dict-context-from-text",
        ),
        pytest.param(
            {"byline_dates": ["By Jane Doe | March 3, 2025", "Updated: 5 March 2025"]},
            ("2025-03-03", "2025-03-05"),
            id="bylines-updated-keyword",
        ),
        pytest.param(
            {"byline_dates": ["Published Jan 2, 2025 · Last updated Feb 14, 2025"]},
            ("2025-01-02", "2025-02-14"),
            id="byline-with-both",
        ),
        pytest.param(
            {"byline_dates": ["Posted 3 days ago"]},
            ("2025-03-07", None),
            id="byline-relative",
        ),
        pytest.param(
            {"meta": {"article:published_time": "2024-06-01", "article:modified_time": "2024-01-01"}},
            ("2024-06-01", None),
            id="updated-before-published-dropped",
        ),
        pytest.param(
            {"jsonld": [{"@type": "Article", "datePublished": "sometime"}],
             "meta": {"date": "02/05/2024"},
             "byline_dates": ["December 2024"]},
            (None, None),
            id="nothing-parses-nothing-invented",
        ),
        pytest.param(
            {"jsonld": [{"@type": "Article", "dateModified": "2024-09-09"}],
             "byline_dates": ["March 1, 2024"]},
            ("2024-03-01", "2024-09-09"),
            id="fields-filled-independently",
        ),
        pytest.param(
            {"meta": {"DatePublished": "2024-04-04", "last-modified": ["Tue, 09 Apr 2024 10:00:00 GMT"]}},
            ("2024-04-04", "2024-04-09"),
            id="meta-names-any-case-and-lists",
        ),
    ],
)
def test_find_dates(meta, expected):
    assert find_dates(meta, now=NOW) == expected


def test_find_dates_dayfirst_passes_through():
    meta = {"meta": {"date": "02/05/2024"}}
    assert find_dates(meta, now=NOW) == (None, None)
    assert find_dates(meta, now=NOW, dayfirst=True) == ("2024-05-02", None)


@pytest.mark.parametrize(
    "meta",
    [None, "x", [], {"jsonld": "junk"}, {"jsonld": [1, None, [{"@type": 5}]]}, {"meta": ["a"]},
     {"times": [None, 3, {"datetime": {"x": 1}}]}, {"byline_dates": "Updated"}, {"times": "2024-01-01"},
     {"jsonld": {"@graph": [{"@type": "Article", "datePublished": "2024-01-01"}]}}],
)
def test_find_dates_never_raises(meta):
    published, updated = find_dates(meta, now=NOW)
    assert published is None or isinstance(published, str)
    assert updated is None or isinstance(updated, str)
