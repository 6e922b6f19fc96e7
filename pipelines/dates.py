"""Publication and update dates: parse one date string, and pick published/updated from page metadata.

``parse_date(text)`` turns one date-ish value into ``"YYYY-MM-DD"`` or None.
``find_dates(meta)`` picks ``(published, updated)`` from a ``Content.meta`` dict.

Rules (see the "Dates" paragraph of ARCHITECTURE.md):

* Never invent. A value without a day ("December 2024"), without a year ("March 3"), with an
  ambiguous day/month order ("02/05/2024" with ``dayfirst=None``), or a vague relative phrase
  ("a few days ago", "30+ days ago", "last week") gives None.
* Dates are taken as written: "2024-12-15T23:30:00-05:00" is 2024-12-15; no timezone shifting.
* Relative phrases ("3 days ago", "yesterday", "Posted 5 days ago") resolve against ``now``
  (the fetch time; default: the current UTC time).
* Plausibility: years before 1995 and dates later than ``now`` + 1 day are rejected.
* The first date-like thing in a string decides: "Published 01/02/2024, updated March 3, 2025"
  gives None (the first one is ambiguous), not March 3. ``find_dates`` splits byline strings at
  "published"/"updated" keywords before parsing, so each part is judged on its own.
* Nothing here raises: junk in, None out.

Performance: regexes handle ISO 8601, month-name, numeric, epoch and relative forms. Only short
leftovers (< 60 chars) that contain a digit *and* an English month name go to ``dateparser``
(imported lazily), with ``REQUIRE_PARTS`` day/month/year so it cannot fill in a missing day.
Leftovers without a month name never reach dateparser, so its month-first reading of "02/05/2024"
and its silent failure on "Posted 3 days ago" (both in ARCHITECTURE.md "Traps") cannot bite.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta, timezone
from typing import Any, Iterable, Optional

__all__ = ["parse_date", "find_dates"]

#: Earliest year we accept; the web-page dates we care about are not older.
MIN_YEAR = 1995
#: Only this much of a string is scanned (dates sit at the start of bylines and meta values).
MAX_SCAN = 1000
#: Leftovers at least this long are not handed to dateparser (slow and error-prone on prose).
MAX_DATEPARSER_LEN = 60

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
# A month name or abbreviation, not the start of a longer word ("Mayor", "decimal"), optional dot.
_MON = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?"
)
_ORD = r"(?:st|nd|rd|th)?"

#: 2024-12-15, 2024-12-15T08:30:00+05:30, 2024/12/15, 2024.12.15 (year first is never ambiguous).
_ISO_RE = re.compile(r"(?<![\d/.-])(?P<year>(?:19|20)\d\d)(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?!\d)")
#: December 15, 2024 / Dec. 15th 2024 / Dec-15-2024 (month name, day, 4-digit year).
_MDY_RE = re.compile(rf"\b{_MON}[\s,/-]*(?P<d>\d{{1,2}}){_ORD}(?!\d)[\s,/.-]*(?P<year>\d{{4}})(?!\d)", re.I)
#: 15 December 2024 / 15th Dec 2024 / 15th of December, 2024 / 15-Dec-2024.
_DMY_RE = re.compile(
    rf"(?<!\d)(?P<d>\d{{1,2}}){_ORD}(?:\s+of)?[\s,/.-]*{_MON}[\s,/.-]*(?P<year>\d{{4}})(?!\d)", re.I
)
#: 02/05/2024, 15.12.2024, 12-25-2024; two-digit years are matched only to be rejected.
_NUM_RE = re.compile(r"(?<![\d/.-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})(?!\d|[/.-]\d)")
#: 3 days ago, an hour ago, 2 wks ago, 3d ago, 30+ days ago, over 2 weeks ago.
_REL_RE = re.compile(
    r"(?P<vague>\b(?:over|more\s+than|at\s+least)\s+)?"
    r"\b(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*(?P<plus>\+)?\s*"
    r"(?P<unit>seconds?|secs?|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|wks?|w|months?|mos?|mths?|years?|yrs?|y)"
    r"\s+ago\b",
    re.I,
)
#: yesterday / today / just now / moments ago / a few minutes ago (all precise to the day).
_REL_WORD_RE = re.compile(
    r"\b(?P<word>yesterday|today|just\s+now|moments?\s+ago|(?:a\s+)?few\s+(?:seconds|minutes)\s+ago)\b", re.I
)
#: A whole string that is an epoch timestamp: 10 digits = seconds, 13 digits = milliseconds (Lever).
_EPOCH_RE = re.compile(r"^\s*(?P<digits>\d{10}|\d{13})(?:\.\d+)?\s*$")
#: A whole string that is a compact ISO date: 20241215.
_COMPACT_RE = re.compile(r"^\s*(?P<year>(?:19|20)\d\d)(?P<m>\d\d)(?P<d>\d\d)\s*$")
#: Used to gate and trim the dateparser fallback.
_MONTH_WORD_RE = re.compile(rf"\b{_MON}", re.I)

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}

# Marker for "a date-like thing was found here but it must not be used" (ambiguous, invalid, vague).
_REJECT = object()


# --------------------------------------------------------------------------------------------
# parse_date
# --------------------------------------------------------------------------------------------

def parse_date(text: Any, *, now: Optional[datetime] = None, dayfirst: Optional[bool] = None) -> Optional[str]:
    """Return the date in ``text`` as ``"YYYY-MM-DD"``, or None when there is no safe reading.

    ``text`` is normally a string; ints/floats are read as epoch seconds or milliseconds and
    ``date``/``datetime`` objects are accepted as they are. ``dayfirst`` only decides numeric dates
    whose day and month are both <= 12; None means such dates are ambiguous and give None.
    """
    try:
        base = _base(now)
        return _parse(text, base, dayfirst)
    except Exception:  # noqa: BLE001 - the contract is "never raises"
        return None


def _base(now: Any) -> datetime:
    """The reference time for relative dates and the future check."""
    if isinstance(now, datetime):
        return now
    if isinstance(now, date):
        return datetime(now.year, now.month, now.day, tzinfo=timezone.utc)
    return datetime.now(timezone.utc)


def _parse(text: Any, base: datetime, dayfirst: Optional[bool]) -> Optional[str]:
    if text is None or isinstance(text, bool):
        return None
    if isinstance(text, datetime):
        return _valid(text.year, text.month, text.day, base)
    if isinstance(text, date):
        return _valid(text.year, text.month, text.day, base)
    if isinstance(text, (int, float)):
        return _from_epoch(float(text), base)
    if not isinstance(text, str):
        return None

    s = text[:MAX_SCAN].strip()
    if not s:
        return None

    # Whole-string machine formats first.
    m = _EPOCH_RE.match(s)
    if m:
        return _from_epoch(float(s), base)
    m = _COMPACT_RE.match(s)
    if m:
        return _valid(int(m["year"]), int(m["m"]), int(m["d"]), base)

    # Every fast pattern is searched; the earliest match in the string decides (on a tie, the
    # pattern listed first). A match at the very start cannot be beaten: the search stops there.
    found = []
    for regex, handler in _FAST:
        m = regex.search(s)
        if m:
            found.append((m.start(), m, handler))
            if not m.start():
                break
    if found:
        found.sort(key=lambda item: item[0])
        _, m, handler = found[0]
        result = handler(m, base, dayfirst)
        return None if result is _REJECT else result

    return _fallback(s, base, dayfirst)


def _valid(year: int, month: int, day: int, base: datetime) -> Optional[str]:
    """ISO string for a real calendar date within [MIN_YEAR, now + 1 day], else None."""
    try:
        d = date(year, month, day)
    except (ValueError, OverflowError):
        return None
    if d.year < MIN_YEAR or d > base.date() + timedelta(days=1):
        return None
    return d.isoformat()


def _from_epoch(value: float, base: datetime) -> Optional[str]:
    """Epoch seconds (>= 1e8) or milliseconds (>= 1e11), read in UTC."""
    if value != value or value < 1e8:  # NaN or too small to be a plausible timestamp
        return None
    if value >= 1e11:
        value /= 1000.0
    try:
        d = datetime.fromtimestamp(value, tz=timezone.utc)
    except (ValueError, OverflowError, OSError):
        return None
    return _valid(d.year, d.month, d.day, base)


def _on_iso(m: re.Match, base: datetime, dayfirst: Optional[bool]) -> Any:
    return _valid(int(m["year"]), int(m["m"]), int(m["d"]), base) or _REJECT


def _on_month_name(m: re.Match, base: datetime, dayfirst: Optional[bool]) -> Any:
    month = _MONTHS[m["mon"].lower()]
    return _valid(int(m["year"]), month, int(m["d"]), base) or _REJECT


def _on_numeric(m: re.Match, base: datetime, dayfirst: Optional[bool]) -> Any:
    if len(m["year"]) != 4:
        return _REJECT  # "02/05/24": even the year's position is a guess
    a, b, year = int(m["a"]), int(m["b"]), int(m["year"])
    if a > 12 and b > 12:
        return _REJECT
    if a > 12:  # only day-first reads
        day, month = a, b
    elif b > 12:  # only month-first reads
        month, day = a, b
    elif a == b:  # 05/05/2024 reads the same either way
        day = month = a
    elif dayfirst is None:
        return _REJECT  # ambiguous: never guess
    elif dayfirst:
        day, month = a, b
    else:
        month, day = a, b
    return _valid(year, month, day, base) or _REJECT


def _on_relative(m: re.Match, base: datetime, dayfirst: Optional[bool]) -> Any:
    if m["vague"] or m["plus"]:
        return _REJECT  # "30+ days ago", "over 2 weeks ago": only a bound, not a date
    raw = m["n"].lower()
    n = _NUMBER_WORDS[raw] if raw in _NUMBER_WORDS else int(raw)
    if n > 50_000:
        return _REJECT
    unit = m["unit"].lower()
    if unit.startswith(("mo", "mth")):  # months (checked before "m" = minutes)
        d = _shift_months(base.date(), -n)
    elif unit.startswith("y"):
        d = _shift_months(base.date(), -12 * n)
    elif unit.startswith("w"):
        d = base.date() - timedelta(weeks=n)
    elif unit.startswith("d"):
        d = base.date() - timedelta(days=n)
    elif unit.startswith("h"):
        d = (base - timedelta(hours=n)).date()
    elif unit.startswith("m"):
        d = (base - timedelta(minutes=n)).date()
    else:  # seconds
        d = (base - timedelta(seconds=n)).date()
    if d is None:
        return _REJECT
    return _valid(d.year, d.month, d.day, base) or _REJECT


def _on_relative_word(m: re.Match, base: datetime, dayfirst: Optional[bool]) -> Any:
    d = base.date()
    if m["word"].lower() == "yesterday":
        d -= timedelta(days=1)
    return _valid(d.year, d.month, d.day, base) or _REJECT


def _shift_months(d: date, months: int) -> Optional[date]:
    """``d`` moved by whole calendar months, the day clamped to the target month's length."""
    year, month0 = divmod(d.year * 12 + (d.month - 1) + months, 12)
    if year < 1:
        return None
    last_day = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(d.day, last_day))


_FAST = (
    (_ISO_RE, _on_iso),
    (_MDY_RE, _on_month_name),
    (_DMY_RE, _on_month_name),
    (_NUM_RE, _on_numeric),
    (_REL_RE, _on_relative),
    (_REL_WORD_RE, _on_relative_word),
)

_dateparser = None


def _fallback(s: str, base: datetime, dayfirst: Optional[bool]) -> Optional[str]:
    """dateparser for the odd forms the regexes miss ("15 Dec '24", "December the 15th, 2024").

    Only strings with a digit and an English month name get here, trimmed to start at the first
    of them (so "Updated Dec 15 '24" becomes "Dec 15 '24"); REQUIRE_PARTS stops it inventing parts.
    """
    month = _MONTH_WORD_RE.search(s)
    digit = re.search(r"\d", s)
    if not month or not digit:
        return None
    s = s[min(month.start(), digit.start()):].strip()
    if not s or len(s) >= MAX_DATEPARSER_LEN:
        return None
    global _dateparser
    try:
        if _dateparser is None:
            import dateparser  # slow import, so only when needed

            _dateparser = dateparser
        settings = {
            "REQUIRE_PARTS": ["day", "month", "year"],
            "RELATIVE_BASE": base.replace(tzinfo=None),
            "PREFER_DATES_FROM": "past",
            "RETURN_AS_TIMEZONE_AWARE": False,
        }
        if dayfirst is not None:
            settings["DATE_ORDER"] = "DMY" if dayfirst else "MDY"
        parsed = _dateparser.parse(s, languages=["en"], settings=settings)
    except Exception:  # noqa: BLE001 - dateparser raises on odd input; we never do
        return None
    if parsed is None:
        return None
    return _valid(parsed.year, parsed.month, parsed.day, base)


# --------------------------------------------------------------------------------------------
# find_dates
# --------------------------------------------------------------------------------------------

#: JSON-LD content types besides ``*Article`` / ``*Posting`` whose dates describe the page itself.
#: Any other type (WebSite, Person, Organization, ImageObject, ...) dates something else.
_JSONLD_CONTENT_TYPES = {"creativework", "howto", "guide", "report", "review", "blog", "course"}
_JSONLD_PUBLISHED = ("datePublished", "dateCreated", "datePosted")
_JSONLD_UPDATED = ("dateModified",)

#: ``<meta>`` names (lower-cased), best first.
_META_PUBLISHED = (
    "article:published_time", "og:article:published_time", "og:published_time", "published_time",
    "datepublished", "date_published", "article.published", "publish-date", "publish_date",
    "publishdate", "pubdate", "pub_date", "parsely-pub-date", "sailthru.date", "dc.date.issued",
    "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date", "dcterms.date", "date",
    "citation_publication_date", "citation_date",
)
_META_UPDATED = (
    "article:modified_time", "og:article:modified_time", "og:updated_time", "article:updated_time",
    "modified_time", "updated_time", "datemodified", "date_modified", "last-modified", "last_modified",
    "lastmod", "dc.date.modified", "dcterms.modified", "revised",
)

#: Keywords that label a visible date: the text from a keyword up to the next one belongs to it.
_KEYWORD_RE = re.compile(
    r"\b(?:(?P<upd>(?:last\s+)?(?:updat|modif|revis|review)\w*)|(?P<pub>(?:originally\s+)?(?:publish|posted|created|written)\w*))",
    re.I,
)


def find_dates(
    meta: Any, *, now: Optional[datetime] = None, dayfirst: Optional[bool] = None
) -> tuple[Optional[str], Optional[str]]:
    """``(published, updated)`` from ``Content.meta``; each "YYYY-MM-DD" or None.

    Sources in priority order, each field taken from the first source that yields it:
    JSON-LD (``meta["jsonld"]``), ``<meta>`` tags (``meta["meta"]``), ``<time datetime>`` values
    (``meta["times"]``), visible byline strings (``meta["byline_dates"]``). An ``updated`` earlier
    than ``published`` is dropped.
    """
    try:
        return _find_dates(meta, _base(now), dayfirst)
    except Exception:  # noqa: BLE001
        return None, None


def _find_dates(meta: Any, base: datetime, dayfirst: Optional[bool]) -> tuple[Optional[str], Optional[str]]:
    if not isinstance(meta, dict):
        return None, None

    def first(values: Iterable[Any]) -> Optional[str]:
        for value in values:
            parsed = parse_date(value, now=base, dayfirst=dayfirst)
            if parsed:
                return parsed
        return None

    # Each source is read only while a field is still missing (most pages have both in JSON-LD
    # or <meta> tags).
    sources = (
        (_from_jsonld, "jsonld"),
        (_from_meta_tags, "meta"),
        (_from_times, "times"),
        (_from_bylines, "byline_dates"),
    )
    published = updated = None
    for read, key in sources:
        if published is not None and updated is not None:
            break
        pub_values, upd_values = read(meta.get(key))
        if published is None:
            published = first(pub_values)
        if updated is None:
            updated = first(upd_values)
    if published and updated and updated <= published:
        updated = None  # an "update" on the day of publication (CMSs stamp both) is no update
    return published, updated


def _as_list(value: Any) -> list:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return list(value)
    return [value]


def _scalar_values(value: Any) -> list:
    """A JSON-LD / meta value as a list of scalars: lists are flattened, {"@value": x} unwrapped."""
    out = []
    for item in _as_list(value):
        if isinstance(item, dict):
            item = item.get("@value", item.get("value"))
        if isinstance(item, (str, int, float)) and not isinstance(item, bool):
            out.append(item)
    return out


def _jsonld_objects(data: Any, depth: int = 0) -> Iterable[dict]:
    """Every dict in ``data``; lists and any leftover ``@graph`` are flattened."""
    if depth > 5:
        return
    for item in _as_list(data):
        if isinstance(item, list):
            yield from _jsonld_objects(item, depth + 1)
        elif isinstance(item, dict):
            yield item
            if "@graph" in item:
                yield from _jsonld_objects(item["@graph"], depth + 1)


def _jsonld_rank(obj: dict) -> Optional[int]:
    """0 for content types (Article, JobPosting, ...), 1 for pages, 2 for untyped; None to skip."""
    types = [str(t).rsplit("/", 1)[-1].rsplit(":", 1)[-1].lower() for t in _as_list(obj.get("@type"))]
    if not types:
        return 2
    if any(t.endswith(("article", "posting")) or t in _JSONLD_CONTENT_TYPES for t in types):
        return 0
    if any(t.endswith("page") for t in types):  # WebPage, AboutPage, FAQPage, ...
        return 1
    return None  # WebSite, Person, ImageObject...: their dates are not the page's


def _from_jsonld(data: Any) -> tuple[list, list]:
    ranked = []
    for index, obj in enumerate(_jsonld_objects(data)):
        rank = _jsonld_rank(obj)
        if rank is not None:
            ranked.append((rank, index, obj))
    ranked.sort(key=lambda item: item[:2])
    pub, upd = [], []
    for _, _, obj in ranked:
        for key in _JSONLD_PUBLISHED:
            pub.extend(_scalar_values(obj.get(key)))
        for key in _JSONLD_UPDATED:
            upd.extend(_scalar_values(obj.get(key)))
    return pub, upd


def _from_meta_tags(tags: Any) -> tuple[list, list]:
    if not isinstance(tags, dict):
        return [], []
    lowered = {str(k).strip().lower(): v for k, v in tags.items()}
    pub = [v for name in _META_PUBLISHED for v in _scalar_values(lowered.get(name))]
    upd = [v for name in _META_UPDATED for v in _scalar_values(lowered.get(name))]
    return pub, upd


def _label(text: Any) -> Optional[str]:
    """'updated' / 'published' from the keywords in a context or visible text, else None."""
    if not isinstance(text, str):
        return None
    m = _KEYWORD_RE.search(text)
    if not m:
        return None
    return "updated" if m["upd"] else "published"


def _from_times(times: Any) -> tuple[list, list]:
    """``<time>`` entries: explicit context wins; otherwise the first is published."""
    pub, upd, unlabelled = [], [], []
    for entry in _as_list(times):
        if isinstance(entry, dict):
            values = _scalar_values(entry.get("datetime")) + _scalar_values(entry.get("text"))
            label = _label(entry.get("context")) or _label(entry.get("text"))
        elif isinstance(entry, (str, int, float)) and not isinstance(entry, bool):
            values, label = [entry], None
        else:
            continue
        if not values:
            continue
        if label == "updated":
            upd.append(values)
        elif label == "published":
            pub.append(values)
        else:
            unlabelled.append(values)
    # An unlabelled <time> is the publication date only when it is the first one and nothing says
    # otherwise; later unlabelled ones (comments, related posts that slipped through) are not
    # taken as "updated": never invent a date.
    if not pub and unlabelled:
        pub.append(unlabelled.pop(0))
    # Each entry may offer several values (datetime attribute, then its text); flatten in order.
    return [v for values in pub for v in values], [v for values in upd for v in values]


def _from_bylines(bylines: Any) -> tuple[list, list]:
    """Visible strings, split at "Published"/"Updated"-style keywords; unlabelled parts are published."""
    pub, upd = [], []
    for entry in _as_list(bylines):
        if isinstance(entry, dict):
            entry = entry.get("text")
        if not isinstance(entry, str):
            continue
        entry = entry[:MAX_SCAN]
        marks = list(_KEYWORD_RE.finditer(entry))
        head = entry[: marks[0].start()] if marks else entry
        if head.strip():
            pub.append(head)
        for i, m in enumerate(marks):
            end = marks[i + 1].start() if i + 1 < len(marks) else len(entry)
            part = entry[m.start():end]
            (upd if m["upd"] else pub).append(part)
    return pub, upd
