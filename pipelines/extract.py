"""Section-aware extraction: ``extract(content) -> Facts``.

Sections are recognised by what their heading *means*, from a small vocabulary of cue words
("responsibilities", "duties", "day to day", "what does X do", "skills", "requirements", "salary",
"how much ... earn" ...), not by exact heading text. Responsibilities are the items of a
responsibilities section: list items at the section's top list depth, table rows, paragraphs with a
bold lead-in, or — when a section has none of these — its sub-headings. Skills come from the whole
main text (the taxonomy matcher knows which ambiguous names need technical context); salaries from
every block, with table-row and lead-in labels passed to the parser.
"""
from __future__ import annotations

import functools
import re
from datetime import datetime, timezone
from typing import Any, Optional
from urllib.parse import urlsplit

from .clean import jsonld_types, norm_space
from .dates import find_dates, parse_date
from .model import HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW, Block, Content, Facts, Salary
from .roles import role_from_title, seniority_of
from .salary import lower_for_patterns, normalise_structured, parse_salary
from .skills import match_skills

RESPONSIBILITIES = "responsibilities"
SKILLS = "skills"
SALARY = "salary"
OTHER = "other"

_SECTION_CUES = [
    (RESPONSIBILITIES, re.compile(
        r"responsibilit|(?<![\w-])dut(y|ies)\b|\btasks?\b|day[- ]to[- ]day|typical (work ?)?(day|week|shift)|"
        r"day in the life|(a|your) (typical|normal|usual) (day|week|shift)|"
        r"what (does|do|will|would|did) .{0,80}\bdo\b|what you('ll| will| would)? (do|be doing|work on)|"
        r"what will you (do|be doing|work on)|what you('ll| will) (own|build|deliver)|"
        r"\byour role\b|the role involves|in this role|\brole (overview|summary)\b|accountabilit|"
        r"key (activities|functions|areas)|work activities|what the (job|role|work) (involves|entails|looks like)|"
        r"what('s| is) involved|\bjob description\b|what they do|\byour (job|work|mission)\b|"
        r"what (a|an) .{0,60} does|\bwhat you'll own\b|\bthe job\b", re.I)),
    (SALARY, re.compile(
        r"salar|\bpay\b|\bearn|compensation|\bwages?\b|how much|remuneration|\bincome\b|day rates?|"
        r"hourly rates?", re.I)),
    (SKILLS, re.compile(
        r"\bskills?\b|requirements?|qualifications?|what (you('ll)?|you will) need|looking for|"
        r"you (have|bring|are)|who you are|competenc|^experience\b|experience (and|&|required|needed)|"
        r"(required|relevant|your|previous|work|essential|desired) experience|education|\btools?\b|"
        r"(tech(nology)?|tool) ?stack|abilit(y|ies)|must[- ]haves?|nice[- ]to[- ]haves?|knowledge|"
        r"certifications?|what it takes|about you|strengths", re.I)),
]

# Bold lead-ins that label a remark rather than name a task.
_NOTE_LEAD = re.compile(r"^(note|tip|pro tip|example|important|warning|fact|source|update|"
                        r"faq|q|a|question|answer|read more|also read|related|see also)\b", re.I)
_HAS_DIGIT = re.compile(r"\d")

# Top-level domains whose bare "$" is not the US dollar, and where dates are written day-first.
_DOLLAR_BY_TLD = {"ca": "CAD", "au": "AUD", "nz": "NZD", "sg": "SGD", "hk": "HKD"}
_DAYFIRST_TLDS = {"uk", "au", "nz", "in", "ie", "za", "de", "fr", "es", "it", "nl", "be", "at",
                  "ch", "se", "no", "dk", "fi", "pl", "pt", "sg", "hk", "my", "pk", "ng", "ke", "eu"}


@functools.lru_cache(maxsize=4096)  # sites repeat their headings ("Responsibilities", "Skills")
def classify_heading(text: str) -> str:
    """The kind of section a heading opens: responsibilities | salary | skills | other.

    When a heading names more than one ("Skills and responsibilities"), the cue that comes first
    in the heading wins.
    """
    best, pos = OTHER, None
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    for kind, rx in _SECTION_CUES:
        m = rx.search(text)
        if m and (pos is None or m.start() < pos):
            best, pos = kind, m.start()
    return best


def sections(blocks: list[Block]) -> list[tuple[str, Optional[Block], list[Block]]]:
    """Split blocks into (kind, heading, body) sections by heading level.

    A section runs until the next heading of the same or a higher level; a sub-heading of another
    recognised kind (an h3 "Skills" inside an h2 "The role") opens a section of its own.
    """
    out: list[tuple[str, Optional[Block], list[Block]]] = []
    stack: list[tuple[str, Block, list[Block]]] = []  # open sections
    intro: list[Block] = []
    for b in blocks:
        if b.kind == HEADING:
            kind = classify_heading(b.text)
            while stack and stack[-1][1].level >= b.level:
                stack.pop()
            if kind == OTHER and stack:
                # an unlabelled sub-heading belongs to the section that holds it
                stack[-1][2].append(b)
                continue
            sec = (kind, b, [])
            out.append(sec)
            stack.append(sec)
        elif stack:
            stack[-1][2].append(b)
        else:
            intro.append(b)
    if intro:
        out.insert(0, (OTHER, None, intro))
    return out


def _table_item(b: Block) -> str:
    cells = b.cells or [b.text]
    if len(cells) >= 2 and len(cells[0]) <= 80:
        return f"{cells[0]}: {' '.join(cells[1:])}"
    return " ".join(cells)


def _items_of(body: list[Block], subheadings: bool = True) -> list[str]:
    lists = [b for b in body if b.kind == LIST_ITEM]
    rows = [b for b in body if b.kind == TABLE_ROW and b.level == 0]
    leads = [b for b in body if b.kind == PARAGRAPH and b.lead and not _NOTE_LEAD.match(b.lead)
             and len(b.lead) < 120 and len(b.text) > len(b.lead) + 3]
    items: list[tuple[int, str]] = []
    if lists:
        top = min(b.level for b in lists)
        items += [(body.index(b), b.text) for b in lists if b.level == top]
    if rows:
        # a two-column table whose first row is data: each row one item
        items += [(body.index(b), _table_item(b)) for b in rows]
    if leads:
        items += [(body.index(b), b.text) for b in leads]
    if not items and subheadings:
        subs = [b for b in body if b.kind == HEADING]
        items = [(body.index(b), b.text) for b in subs]
    items.sort()
    seen, out = set(), []
    for _, text in items:
        if text not in seen:
            seen.add(text)
            out.append(text)
    return out


def responsibilities(blocks: list[Block]) -> list[str]:
    """Items of the responsibilities sections. Sub-headings count as items only when no
    responsibilities section has list items, table rows or bold lead-ins."""
    secs = [body for kind, _, body in sections(blocks) if kind == RESPONSIBILITIES]
    out: list[str] = []
    for subheadings in (False, True):
        for body in secs:
            for item in _items_of(body, subheadings):
                if item not in out:
                    out.append(item)
        if out:
            break
    return out


def _label_for(b: Block) -> Optional[str]:
    cand = None
    if b.kind == TABLE_ROW and b.cells and len(b.cells) >= 2:
        cand = b.cells[0]
    elif b.lead:
        cand = b.lead
    if cand and len(cand) <= 40 and not _HAS_DIGIT.search(cand):
        return cand
    return None


def salaries(blocks: list[Block], default_currency: Optional[str] = None) -> list[Salary]:
    """Every pay figure of the page, in order. A table row is read under its header row (which
    may name the currency or period: "Low ($/hour)"); a short block under a short label line
    ("Weekly pay" / "£890") is read with that line. The same figure stated twice (a key-facts box
    and the text) is one figure."""
    out: list[Salary] = []
    seen = set()
    header: Optional[str] = None
    prev: Optional[Block] = None
    for b in blocks:
        if b.kind == TABLE_ROW and b.level == 1:
            header, prev = b.text, b
            continue
        if b.kind != TABLE_ROW:
            header = None
        context = None
        if b.kind == TABLE_ROW:
            context = header
        elif (len(b.text) <= 60 and prev is not None and prev.kind != TABLE_ROW
              and len(prev.text) <= 80 and not _HAS_DIGIT.search(prev.text)):
            context = prev.text
        prev = b
        if b.kind == HEADING or not _HAS_DIGIT.search(b.text):
            continue  # parse_salary finds nothing in a text without a digit
        found = parse_salary(b.text, default_currency=default_currency, label=_label_for(b),
                             context=context)
        for s in found:
            key = (s.min, s.max, s.currency, s.period)
            if key in seen:
                continue
            seen.add(key)
            out.append(s)
    return out


def _tld(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host.rsplit(".", 1)[-1] if "." in host else ""


# Currency named as a code or in words. Prefixed symbols (C$, A$, US$) are left out on purpose:
# a page that writes "CA$70k" beside plain "$" figures marks the exception, not its own dollar.
_DOLLAR_CODES = [
    ("CAD", re.compile(r"\bCAD\b|\bCanadian dollars?\b", re.I)),
    ("AUD", re.compile(r"\bAUD\b|\bAustralian dollars?\b", re.I)),
    ("NZD", re.compile(r"\bNZD\b|\bNew Zealand dollars?\b", re.I)),
    ("USD", re.compile(r"\bUSD\b|\bU\.S\. dollars?\b|\bUS dollars?\b", re.I)),
]
# lower-case substrings one of which each pattern's matches contain: a page without them is not
# scanned by the (slower, case-insensitive) pattern
_DOLLAR_HINTS = {"CAD": ("cad", "canadian"), "AUD": ("aud", "australian"),
                 "NZD": ("nzd", "zealand"), "USD": ("usd", "dollar")}
# The same patterns, case-sensitive, for the lower-cased text; used when lower-casing keeps every
# match (see ``salary.lower_for_patterns``). Each starts with a literal letter and checks the word
# boundary before it with a lookbehind ("c(?<!\wc)" is "\bc"): the regex engine then jumps from
# one "c" to the next instead of trying every position (15x faster on a whole page's text).
_DOLLAR_CODES_LOW = {
    "CAD": re.compile(r"c(?<!\wc)(?:ad\b|anadian dollars?\b)"),
    "AUD": re.compile(r"a(?<!\wa)(?:ud\b|ustralian dollars?\b)"),
    "NZD": re.compile(r"n(?<!\wn)(?:zd\b|ew zealand dollars?\b)"),
    "USD": re.compile(r"u(?<!\wu)(?:sd\b|\.s\. dollars?\b|s dollars?\b)"),
}
_COUNTRY_DOLLAR = [
    ("CAD", re.compile(r"\bCanad(a|ian)\b", re.I)),
    ("AUD", re.compile(r"\bAustralia(n)?\b", re.I)),
    ("NZD", re.compile(r"\bNew Zealand\b|\bAotearoa\b", re.I)),
]


def page_dollar(text: str, title: Optional[str]) -> Optional[str]:
    """Which dollar a bare "$" means on this page, when the page says so itself: exactly one
    dollar currency named by code or in words (CAD, Australian dollars) in the text, else a
    country named in the title ("Landscape gardener in Canada"). None: no evidence (the caller's
    default)."""
    folded = lower_for_patterns(text)  # None: lower-casing could change what the patterns match
    low = folded if folded is not None else text.lower()
    named = set()
    for code, rx in _DOLLAR_CODES:
        for h in _DOLLAR_HINTS[code]:
            if h in low:
                if _DOLLAR_CODES_LOW[code].search(low) if folded is not None else rx.search(text):
                    named.add(code)
                break
    if len(named) == 1:
        return named.pop()
    if not named and title:
        countries = {code for code, rx in _COUNTRY_DOLLAR if rx.search(title)}
        if len(countries) == 1:
            return countries.pop()
    return None


def locale_hints(url: str, lang: Optional[str]) -> tuple[Optional[str], Optional[bool]]:
    """(currency of a bare "$", dates day-first?) from the site's domain and ``<html lang>``."""
    tld = _tld(url)
    lang = (lang or "").lower().replace("_", "-")
    dollar = _DOLLAR_BY_TLD.get(tld)
    region = lang.split("-", 1)[1] if "-" in lang else ""
    if not dollar and region:
        dollar = _DOLLAR_BY_TLD.get(region)
    if region == "us" or (tld == "us"):
        dayfirst: Optional[bool] = False
    elif tld in _DAYFIRST_TLDS or region in _DAYFIRST_TLDS or region == "gb":
        dayfirst = True
    else:
        dayfirst = None
    return dollar, dayfirst


# ---------------------------------------------------------------------------------------------
# schema.org JobPosting (career pages carrying structured data)

def _first_str(v: Any) -> Optional[str]:
    if isinstance(v, str):
        return norm_space(v) or None
    if isinstance(v, list) and v:
        return _first_str(v[0])
    if isinstance(v, dict):
        return _first_str(v.get("name"))
    return None


def _place(loc: Any) -> Optional[str]:
    if isinstance(loc, list):
        names = [p for p in (_place(x) for x in loc) if p]
        return "; ".join(dict.fromkeys(names)) or None
    if isinstance(loc, str):
        return norm_space(loc) or None
    if not isinstance(loc, dict):
        return None
    addr = loc.get("address", loc)
    if isinstance(addr, str):
        return norm_space(addr) or None
    if not isinstance(addr, dict):
        return _first_str(loc.get("name"))
    country = addr.get("addressCountry")
    if isinstance(country, dict):
        country = country.get("name")
    parts = [addr.get("addressLocality"), addr.get("addressRegion"), country]
    parts = [norm_space(str(p)) for p in parts if isinstance(p, (str, int)) and str(p).strip()]
    return ", ".join(parts) or _first_str(loc.get("name"))


def structured_salaries(base_salary: Any) -> list[Salary]:
    """schema.org ``baseSalary`` (MonetaryAmount with a QuantitativeValue) → salaries."""
    out: list[Salary] = []
    items = base_salary if isinstance(base_salary, list) else [base_salary]
    for ms in items:
        if not isinstance(ms, dict):
            continue
        currency = ms.get("currency") or ms.get("salaryCurrency")
        value = ms.get("value", ms)
        if isinstance(value, (int, float, str)):
            lo = hi = value
            unit = ms.get("unitText")
        elif isinstance(value, dict):
            lo = value.get("minValue", value.get("value"))
            hi = value.get("maxValue", value.get("value"))
            unit = value.get("unitText") or ms.get("unitText")
        else:
            continue
        s = normalise_structured(lo, hi, currency, unit)
        if s is not None:
            out.append(s)
    return out


def jobposting_fields(jsonld: list[dict]) -> Optional[dict[str, Any]]:
    for obj in jsonld:
        if "jobposting" not in jsonld_types(obj):
            continue
        org = obj.get("hiringOrganization")
        loc_type = str(obj.get("jobLocationType") or "").upper()
        remote: Optional[bool] = True if "TELECOMMUTE" in loc_type else None
        emp = obj.get("employmentType")
        if isinstance(emp, list):
            emp = ", ".join(str(e) for e in emp)
        return {
            "title": _first_str(obj.get("title")),
            "company": _first_str(org),
            "location": _place(obj.get("jobLocation")) or _place(obj.get("applicantLocationRequirements")),
            "remote": remote,
            "employment_type": str(emp).strip().lower().replace("_", "-") if emp else None,
            "salaries": structured_salaries(obj.get("baseSalary")) if obj.get("baseSalary") else [],
            "valid_through": obj.get("validThrough"),
        }
    return None


# ---------------------------------------------------------------------------------------------

def extract(content: Content, *, fetched_at: Optional[datetime] = None) -> Facts:
    """All facts of one cleaned page. Pure: the same content always gives the same facts."""
    now = fetched_at or datetime.now(timezone.utc)
    meta = content.meta or {}
    dollar, dayfirst = locale_hints(content.url, meta.get("lang"))
    posting = jobposting_fields(meta.get("jsonld") or [])
    title = content.title or (posting or {}).get("title")
    role = role_from_title(title)
    if role is None and posting and posting.get("title") and posting["title"] != title:
        role = role_from_title(posting["title"])
    published, updated = find_dates(meta, now=now, dayfirst=dayfirst)
    blocks = content.blocks
    text = content.text
    facts = Facts(
        url=content.url,
        kind="posting" if posting else "guide",
        title=title,
        role=role,
        seniority=seniority_of(role) or seniority_of(title),
        published=published,
        updated=updated,
        text=text,
        responsibilities=responsibilities(blocks),
        skills=match_skills(text),
        salaries=salaries(blocks, dollar or page_dollar(text, title)),
    )
    if posting:
        facts.company = posting["company"]
        facts.location = posting["location"]
        facts.remote = posting["remote"]
        facts.employment_type = posting["employment_type"]
        if posting["salaries"]:
            facts.salaries = posting["salaries"] + [s for s in facts.salaries if s.source != "text"]
    return facts


def apply_structured(facts: Facts, structured: dict[str, Any],
                     fetched_at: Optional[datetime] = None) -> Facts:
    """Merge what a job board's API gave directly over what extraction found on the page.

    ``structured`` keys (all optional): url, title, company, location, remote, employment_type,
    published, updated, valid_through (dates in any form ``parse_date`` reads, including epoch ms),
    salaries (a list of ``Salary``). Board salaries replace text ones (``source="structured"``);
    with none, the salaries parsed from the description stay.
    """
    now = fetched_at or datetime.now(timezone.utc)
    facts.kind = "posting"
    title = structured.get("title")
    if title:
        facts.title = norm_space(str(title))
        facts.role = role_from_title(facts.title) or facts.role
        facts.seniority = seniority_of(facts.role) or seniority_of(facts.title)
    for key in ("company", "location", "employment_type"):
        value = structured.get(key)
        if isinstance(value, str) and value.strip():
            setattr(facts, key, norm_space(value))
    if isinstance(structured.get("remote"), bool):
        facts.remote = structured["remote"]
    for key in ("published", "updated"):
        value = structured.get(key)
        if value not in (None, ""):
            parsed = parse_date(str(value), now=now)
            if parsed:
                setattr(facts, key, parsed)
    if facts.updated and facts.published and facts.updated <= facts.published:
        facts.updated = None
    board_salaries = [s for s in structured.get("salaries") or [] if isinstance(s, Salary)]
    if board_salaries:
        facts.salaries = board_salaries
    return facts


__all__ = ["apply_structured", "extract", "classify_heading", "sections", "responsibilities", "salaries",
           "locale_hints", "jobposting_fields", "structured_salaries", "parse_date"]
