"""Job-board payloads → posting documents. Pure functions: no Scrapy, no network.

The board spiders (``crawler/spiders/boards.py``, ``crawler/spiders/jsonld.py``) only fetch; every
decision about what a payload means lives here, so it is tested on saved payloads
(``tests/fixtures/boards/``) without a crawl.

One posting shape for every source (see docs/postings.md)::

    {"url":             the posting's public page (Greenhouse absolute_url, Lever hostedUrl,
                        Ashby jobUrl, or the career page itself),
     "title", "company", "location" (all locations, "; "-joined),
     "remote":          True / False / None (unknown),
     "employment_type": schema.org vocabulary, lower-case: full-time, part-time, contractor,
                        temporary, intern, volunteer, per-diem, other (else the board's own words),
     "published", "updated", "valid_through":  "YYYY-MM-DD" or None,
     "salaries":        [Salary] with source="structured" (may be empty),
     # not part of PageItem.structured:
     "id":              the board's id of the posting (for detail requests), or None
     "description":     the description HTML}

``posting_structured(p)`` gives the dict for ``PageItem.structured`` and ``posting_document(p)``
the HTML document that becomes ``PageItem.body``.

A payload that cannot be read at all raises :class:`PayloadError` with a reason a person
understands. A payload that is readable but holds bad jobs gives a :class:`Listing` (a list of the
good postings) whose ``problems`` name the bad ones.
"""
from __future__ import annotations

import codecs
import html as htmllib
import json
import re
from dataclasses import replace
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING, Any, Iterable, Optional
from urllib.parse import urljoin, urlsplit

import lxml.etree

from .charset import header_charset
from .model import Salary
from .urls import same_site

# clean, dates, extract and salary are imported by the functions that use them: the board spiders
# import this module in the crawl process, where a crawl of role guides never calls them (see
# pipelines.workers).
if TYPE_CHECKING:
    from .clean import HtmlElement

#: ``clean()`` options for a document made by :func:`posting_document`: its main content is
#: known, so no guessing (the facts line must stay in the text, see ``posting_document``).
DOCUMENT_OPTIONS = {"content_selector": "article.posting"}

STRUCTURED_KEYS = ("url", "title", "company", "location", "remote", "employment_type",
                   "published", "updated", "valid_through", "salaries")


class PayloadError(ValueError):
    """The whole payload is unusable; ``str(exc)`` says why, for ``crawl_errors``."""


class Listing(list):
    """The good postings of one payload (a plain list of posting dicts), plus ``problems``:
    one human-readable line per job that had to be skipped or per doubt about completeness.
    ``skipped`` counts jobs left out on purpose (Ashby ``isListed: false``)."""

    def __init__(self, postings: Iterable[dict] = (), problems: Iterable[str] = (),
                 skipped: int = 0):
        super().__init__(postings)
        self.problems: list[str] = list(problems)
        self.skipped = skipped


# ---------------------------------------------------------------------------------------------
# Reading payloads

def decode_json(body: bytes) -> Any:
    """Parse a JSON response body; :class:`PayloadError` with a readable reason when it is not."""
    if body is None or not body.strip():
        raise PayloadError("empty response (expected JSON)")
    head = body.lstrip()[:200].lower()
    if head.startswith(b"<"):
        m = re.search(rb"<title[^>]*>([^<]{1,120})", body[:4096], re.I)
        title = re.sub(r"\s+", " ", m.group(1).decode("utf-8", "replace")).strip() if m else ""
        raise PayloadError("response is not JSON (HTML error page?)"
                           + (f': "{title}"' if title else ""))
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise PayloadError("response is not UTF-8 JSON (undecodable bytes)") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        if _unclosed(text):
            raise PayloadError(f"response is truncated JSON (cut off after {len(body)} bytes)") from None
        raise PayloadError(f"response is not valid JSON ({exc.msg} at line {exc.lineno} "
                           f"column {exc.colno})") from None


def _unclosed(text: str) -> bool:
    """True when the text ends inside a string or with brackets still open: cut short."""
    depth, in_str, esc = 0, False, False
    for ch in text:
        if in_str:
            if esc:
                esc = False
            elif ch == "\\":
                esc = True
            elif ch == '"':
                in_str = False
        elif ch == '"':
            in_str = True
        elif ch in "[{":
            depth += 1
        elif ch in "]}":
            depth -= 1
    return in_str or depth > 0


def _type_name(v: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean",
            type(None): "null", int: "a number", float: "a number"}.get(type(v), type(v).__name__)


def _jobs_list(payload: Any, key: str = "jobs") -> list:
    if not isinstance(payload, dict):
        raise PayloadError(f"unexpected payload: {_type_name(payload)}, expected an object with "
                           f'"{key}"')
    if key not in payload:
        keys = ", ".join(sorted(map(str, payload))[:8]) or "none"
        raise PayloadError(f'unexpected payload: no "{key}" key (keys: {keys})')
    jobs = payload[key]
    if not isinstance(jobs, list):
        raise PayloadError(f'unexpected payload: "{key}" is {_type_name(jobs)}, expected a list')
    return jobs


# ---------------------------------------------------------------------------------------------
# Small field helpers

def _text(v: Any) -> Optional[str]:
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        v = str(v)
    if not isinstance(v, str):
        return None
    v = re.sub(r"\s+", " ", v).strip()
    return v or None


def _as_list(v: Any) -> list:
    """``v`` when it is a list, else ``[]``: a field of the wrong type is read as absent."""
    return v if isinstance(v, list) else []


def _http_url(v: Any) -> Optional[str]:
    v = _text(v)
    if not v:
        return None
    p = urlsplit(v)
    return v if p.scheme in ("http", "https") and p.hostname else None


def _join_places(values: Iterable[Any]) -> Optional[str]:
    out: list[str] = []
    seen: set[str] = set()
    for v in values:
        t = _text(v)
        if t and t.lower() not in seen:
            seen.add(t.lower())
            out.append(t)
    return "; ".join(out) or None


_REMOTE_RE = re.compile(r"\b(remote|anywhere|work from home|wfh|telecommute)\b", re.I)


def _remote_from_text(location: Optional[str]) -> Optional[bool]:
    """True when a location string says remote; else unknown (a city is no proof of on-site)."""
    return True if location and _REMOTE_RE.search(location) else None


def iso_date(value: Any, *, future_ok: bool = False) -> Optional[str]:
    """``"YYYY-MM-DD"`` from an ISO 8601 string (the date as written, offset ignored), epoch
    seconds or milliseconds (UTC), or — as a last resort — any text ``parse_date`` reads.
    ``future_ok`` lets dates after today through (``validThrough``)."""
    from .dates import parse_date
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        v = float(value)
        if v != v or v < 1e8:
            return None
        if v >= 1e11:
            v /= 1000.0
        try:
            return datetime.fromtimestamp(v, tz=timezone.utc).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    s = value.strip()
    m = re.match(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])", s)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    if re.fullmatch(r"\d{10}(\d{3})?", s):
        return iso_date(int(s), future_ok=future_ok)
    now = datetime(2999, 1, 1, tzinfo=timezone.utc) if future_ok else None
    return parse_date(s, now=now)


_EMPLOYMENT = {
    "fulltime": "full-time", "full": "full-time", "permanentfulltime": "full-time",
    "parttime": "part-time", "part": "part-time",
    "contract": "contractor", "contractor": "contractor", "contracttohire": "contractor",
    "freelance": "contractor", "freelancer": "contractor", "consultant": "contractor",
    "temporary": "temporary", "temp": "temporary", "seasonal": "temporary",
    "fixedterm": "temporary",
    "intern": "intern", "internship": "intern", "workingstudent": "intern",
    "volunteer": "volunteer", "perdiem": "per-diem", "other": "other",
}


def employment_type(value: Any) -> Optional[str]:
    """Normalise an employment type to schema.org's vocabulary, lower-case with hyphens
    (FULL_TIME, "Full-time", Ashby "FullTime" → "full-time"; "Intern"/"Internship" → "intern";
    "Contract" → "contractor"). Lists are joined with ", ". Unknown words are kept, lower-cased."""
    if isinstance(value, list):
        parts = [p for p in (employment_type(v) for v in value) if p]
        return ", ".join(dict.fromkeys(parts)) or None
    t = _text(value)
    if not t:
        return None
    key = re.sub(r"[^a-z]", "", t.lower())
    if key in _EMPLOYMENT:
        return _EMPLOYMENT[key]
    return t.lower().replace("_", "-")


def _with_label(s: Salary, label: Optional[str]) -> Salary:
    return replace(s, label=label) if label else s


def _dedupe_salaries(salaries: list[Salary]) -> list[Salary]:
    out, seen = [], set()
    for s in salaries:
        key = (s.min, s.max, s.currency, s.period, s.label)
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


def _plain_to_html(text: Any) -> str:
    t = text if isinstance(text, str) else ""
    paras = [p.strip() for p in re.split(r"\n\s*\n|\r\n\s*\r\n", t) if p.strip()]
    return "".join(f"<p>{htmllib.escape(p)}</p>" for p in paras)


def _posting(**kw: Any) -> dict[str, Any]:
    p = {k: None for k in STRUCTURED_KEYS}
    p["salaries"] = []
    p["id"] = None
    p["description"] = ""
    p.update(kw)
    return p


def _ident(job: Any, index: int, id_key: str = "id") -> str:
    jid = job.get(id_key) if isinstance(job, dict) else None
    return f"job #{index + 1}" + (f" (id {jid})" if jid not in (None, "") else "")


def posting_structured(p: dict[str, Any]) -> dict[str, Any]:
    """The dict for ``PageItem.structured``: exactly the shared keys."""
    return {k: p.get(k) if k != "salaries" else list(p.get("salaries") or []) for k in STRUCTURED_KEYS}


def posting_document(p: dict[str, Any]) -> str:
    """The posting as one small HTML document: the title as ``<h1>`` and a facts line (location,
    employment type, remote) inside one ``<article>``, then the description HTML.

    The facts line makes two postings with the same title and description in different places
    distinct documents (their content hashes differ), and a move to another place a change."""
    title = htmllib.escape(p.get("title") or "")
    facts = []
    if p.get("location"):
        facts.append(f"<span>Location: {htmllib.escape(p['location'])}</span>")
    if p.get("employment_type"):
        facts.append(f"<span>Employment type: {htmllib.escape(p['employment_type'])}</span>")
    if p.get("remote") is True:
        facts.append("<span>Remote</span>")
    elif p.get("remote") is False:
        facts.append("<span>Not remote</span>")
    facts_html = f'<p class="posting-facts">{" · ".join(facts)}</p>\n' if facts else ""
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
            f"<title>{title}</title></head>\n<body><article class=\"posting\">\n<h1>{title}</h1>\n{facts_html}"
            f"<div class=\"posting-description\">\n{p.get('description') or ''}\n</div>\n"
            "</article></body></html>\n")


# ---------------------------------------------------------------------------------------------
# Greenhouse: GET /v1/boards/{board}/jobs?content=true

def greenhouse_board_name(payload: Any) -> Optional[str]:
    """The company name from ``GET /v1/boards/{board}`` (``{"name": ...}``), else None."""
    return _text(payload.get("name")) if isinstance(payload, dict) else None


def _greenhouse_content(v: Any) -> str:
    if not isinstance(v, str):
        return ""
    # The jobs API returns the description HTML-escaped ("&lt;p&gt;..."); unescape once. Content
    # that already holds raw tags is left alone (unescaping it would turn "&lt;" text into tags).
    return v if "<" in v else htmllib.unescape(v)


_GH_EMPLOYMENT_FIELD = re.compile(r"employment|job type|commitment|worker type|time type|contract type", re.I)


def greenhouse_postings(payload: Any, board: str, company: Optional[str] = None) -> Listing:
    """Postings of a Greenhouse jobs payload ``{"jobs": [...], "meta": {"total": N}}``.

    ``company``: the board's name (from :func:`greenhouse_board_name`); a job's own
    ``company_name`` wins, the board token is the last resort."""
    jobs = _jobs_list(payload)
    out = Listing()
    total = payload.get("meta", {}).get("total") if isinstance(payload.get("meta"), dict) else None
    if isinstance(total, int) and not isinstance(total, bool) and total != len(jobs):
        out.problems.append(f"the listing holds {len(jobs)} jobs but meta.total says {total} "
                            "(partial listing?)")
    for i, job in enumerate(jobs):
        who = _ident(job, i)
        if not isinstance(job, dict):
            out.problems.append(f"{who}: is {_type_name(job)}, not an object; skipped")
            continue
        title, url = _text(job.get("title")), _http_url(job.get("absolute_url"))
        missing = [k for k, v in (("title", title), ("absolute_url", url)) if not v]
        if missing:
            out.problems.append(f"{who}: no {' or '.join(missing)}; skipped")
            continue
        loc = job.get("location")
        name = _text(loc.get("name") if isinstance(loc, dict) else loc) or ""
        places = [p.strip() for p in name.split(";") if p.strip()]
        # offices add the places location.name does not already mention
        for office in _as_list(job.get("offices")):
            if isinstance(office, dict):
                o = _text(office.get("location")) or _text(office.get("name"))
                if o and not any(o.lower() in p.lower() or p.lower() in o.lower() for p in places):
                    places.append(o)
        location = _join_places(places)
        emp = None
        for field in _as_list(job.get("metadata")):
            if isinstance(field, dict) and _GH_EMPLOYMENT_FIELD.search(str(field.get("name") or "")):
                emp = employment_type(field.get("value"))
                if emp:
                    break
        jid = job.get("id")
        out.append(_posting(
            id=jid if isinstance(jid, (int, str)) and not isinstance(jid, bool) and str(jid) else None,
            url=url, title=title,
            company=_text(job.get("company_name")) or company or board,
            location=location, remote=_remote_from_text(location), employment_type=emp,
            published=iso_date(job.get("first_published")), updated=iso_date(job.get("updated_at")),
            description=_greenhouse_content(job.get("content"))))
    return out


_HOURLY = re.compile(r"hour|hourly|/\s*hr\b|per hr", re.I)


def greenhouse_pay(payload: Any) -> list[Salary]:
    """Salaries of ``GET /v1/boards/{board}/jobs/{id}?pay_transparency=true``:
    ``pay_input_ranges`` [{min_cents, max_cents, currency_type, title, blurb}]. Cents; no period
    is given, so yearly unless the title or blurb says hourly. With several ranges each is
    labelled with its title ("US Zone 1")."""
    from .salary import normalise_structured
    if not isinstance(payload, dict):
        raise PayloadError(f"unexpected job payload: {_type_name(payload)}, expected an object")
    ranges = payload.get("pay_input_ranges") or []
    if not isinstance(ranges, list):
        raise PayloadError(f'unexpected job payload: "pay_input_ranges" is {_type_name(ranges)}')
    out: list[Salary] = []
    for r in ranges:
        if not isinstance(r, dict):
            continue
        lo, hi = r.get("min_cents"), r.get("max_cents")
        lo = lo / 100 if isinstance(lo, (int, float)) and not isinstance(lo, bool) else None
        hi = hi / 100 if isinstance(hi, (int, float)) and not isinstance(hi, bool) else None
        words = f"{r.get('title') or ''} {r.get('blurb') or ''}"
        s = normalise_structured(lo, hi, r.get("currency_type"), "HOUR" if _HOURLY.search(words) else "YEAR")
        if s is not None:
            out.append(_with_label(s, _text(r.get("title")) if len(ranges) > 1 else None))
    return _dedupe_salaries(out)


# ---------------------------------------------------------------------------------------------
# Lever: GET /v0/postings/{company}?mode=json

_LEVER_REMOTE = {"remote": True, "on-site": False, "onsite": False, "hybrid": False}


def lever_description(job: dict) -> str:
    """Lever's description, then each list as ``<h3>{text}</h3><ul>{content}</ul>`` (so "What
    you'll do" and "Requirements" reach extraction as sections), then ``additional`` and the
    salary description."""
    parts = []
    desc = job.get("description")
    parts.append(desc if isinstance(desc, str) and desc.strip() else _plain_to_html(job.get("descriptionPlain")))
    for lst in _as_list(job.get("lists")):
        if not isinstance(lst, dict):
            continue
        heading = _text(lst.get("text"))
        content = lst.get("content") if isinstance(lst.get("content"), str) else ""
        if not heading and not content.strip():
            continue
        h3 = f"<h3>{htmllib.escape(heading, quote=False)}</h3>" if heading else ""
        parts.append(f"{h3}<ul>{content}</ul>")
    add = job.get("additional")
    parts.append(add if isinstance(add, str) and add.strip() else _plain_to_html(job.get("additionalPlain")))
    sal = job.get("salaryDescription")
    parts.append(sal if isinstance(sal, str) and sal.strip() else _plain_to_html(job.get("salaryDescriptionPlain")))
    return "\n".join(p for p in parts if p)


def lever_postings(payload: Any, company: str) -> Listing:
    """Postings of a Lever payload: a bare JSON array of postings."""
    from .salary import normalise_structured
    if isinstance(payload, dict):
        if payload.get("ok") is False or "error" in payload:
            raise PayloadError(f"the API answered with an error: {_text(payload.get('error')) or payload}")
        raise PayloadError("unexpected payload: an object, expected a list of postings")
    if not isinstance(payload, list):
        raise PayloadError(f"unexpected payload: {_type_name(payload)}, expected a list of postings")
    out = Listing()
    for i, job in enumerate(payload):
        who = _ident(job, i)
        if not isinstance(job, dict):
            out.problems.append(f"{who}: is {_type_name(job)}, not an object; skipped")
            continue
        title, url = _text(job.get("text")), _http_url(job.get("hostedUrl"))
        missing = [k for k, v in (("text (title)", title), ("hostedUrl", url)) if not v]
        if missing:
            out.problems.append(f"{who}: no {' or '.join(missing)}; skipped")
            continue
        cats = job.get("categories") if isinstance(job.get("categories"), dict) else {}
        all_locs = cats.get("allLocations")
        location = _join_places(all_locs if isinstance(all_locs, list) and all_locs else [cats.get("location")])
        wpt = str(job.get("workplaceType") or "").strip().lower()
        remote = _LEVER_REMOTE.get(wpt)
        if remote is None:
            remote = _remote_from_text(location)
        salaries = []
        sr = job.get("salaryRange")
        if isinstance(sr, dict):
            s = normalise_structured(sr.get("min"), sr.get("max"), sr.get("currency"), sr.get("interval"))
            if s is not None:
                salaries.append(s)
        out.append(_posting(
            id=_text(job.get("id")), url=url, title=title, company=company, location=location,
            remote=remote, employment_type=employment_type(cats.get("commitment")),
            published=iso_date(job.get("createdAt")), updated=iso_date(job.get("updatedAt")),
            salaries=salaries, description=lever_description(job)))
    return out


# ---------------------------------------------------------------------------------------------
# Ashby: GET /posting-api/job-board/{board}?includeCompensation=true

_ASHBY_WORKPLACE = {"remote": True, "onsite": False, "on-site": False, "hybrid": False}


def _ashby_place(v: Any) -> Optional[str]:
    if isinstance(v, dict):
        return _text(v.get("location")) or _text(v.get("name"))
    return _text(v)


def ashby_salaries(compensation: Any) -> list[Salary]:
    """Salary components of Ashby's ``compensation`` (tiers of components); equity, bonus and
    commission components are not salaries. With several tiers each is labelled with its title."""
    from .salary import normalise_structured
    if not isinstance(compensation, dict):
        return []
    tiers = compensation.get("compensationTiers")
    groups: list[tuple[Optional[str], list]] = []
    if isinstance(tiers, list) and tiers:
        for t in tiers:
            if isinstance(t, dict) and isinstance(t.get("components"), list):
                groups.append((_text(t.get("title")), t["components"]))
    elif isinstance(compensation.get("summaryComponents"), list):
        groups.append((None, compensation["summaryComponents"]))
    out: list[Salary] = []
    for label, comps in groups:
        for c in comps:
            if not isinstance(c, dict) or str(c.get("compensationType") or "").lower() != "salary":
                continue
            s = normalise_structured(c.get("minValue"), c.get("maxValue"), c.get("currencyCode"),
                                     c.get("interval"))
            if s is not None:
                out.append(_with_label(s, label if len(groups) > 1 else None))
    return _dedupe_salaries(out)


def ashby_postings(payload: Any, board: str) -> Listing:
    """Postings of an Ashby job-board payload ``{"jobs": [...]}``; ``isListed: false`` jobs are
    left out (counted in ``skipped``), they are not public."""
    jobs = _jobs_list(payload)
    out = Listing()
    for i, job in enumerate(jobs):
        who = _ident(job, i)
        if not isinstance(job, dict):
            out.problems.append(f"{who}: is {_type_name(job)}, not an object; skipped")
            continue
        if job.get("isListed") is False:
            out.skipped += 1
            continue
        title, url = _text(job.get("title")), _http_url(job.get("jobUrl"))
        missing = [k for k, v in (("title", title), ("jobUrl", url)) if not v]
        if missing:
            out.problems.append(f"{who}: no {' or '.join(missing)}; skipped")
            continue
        secondary = job.get("secondaryLocations")
        location = _join_places([_ashby_place(job.get("location"))]
                                + [_ashby_place(s) for s in (secondary if isinstance(secondary, list) else [])])
        wpt = re.sub(r"[^a-z-]", "", str(job.get("workplaceType") or "").lower())
        if job.get("isRemote") is True:
            remote: Optional[bool] = True
        elif wpt in _ASHBY_WORKPLACE:
            remote = _ASHBY_WORKPLACE[wpt]
        elif job.get("isRemote") is False:
            remote = False
        else:
            remote = _remote_from_text(location)
        desc = job.get("descriptionHtml")
        out.append(_posting(
            id=_text(job.get("id")), url=url, title=title, company=board, location=location,
            remote=remote, employment_type=employment_type(job.get("employmentType")),
            published=iso_date(job.get("publishedAt")), updated=iso_date(job.get("updatedAt")),
            salaries=ashby_salaries(job.get("compensation")),
            description=desc if isinstance(desc, str) and desc.strip() else _plain_to_html(job.get("descriptionPlain"))))
    return out


# ---------------------------------------------------------------------------------------------
# Career pages: schema.org JobPosting in JSON-LD or microdata

def _types(obj: dict) -> set[str]:
    t = obj.get("@type")
    vals = t if isinstance(t, list) else [t]
    return {str(x).lower().rsplit("/", 1)[-1] for x in vals if isinstance(x, str)}


def _find_jobpostings(obj: Any, out: list[dict], depth: int = 0) -> None:
    if depth > 8:
        return
    if isinstance(obj, list):
        for o in obj:
            _find_jobpostings(o, out, depth + 1)
    elif isinstance(obj, dict):
        if "jobposting" in _types(obj):
            out.append(obj)
            return
        for k, v in obj.items():
            if k != "@context" and isinstance(v, (dict, list)):
                _find_jobpostings(v, out, depth + 1)


def jsonld_jobpostings(doc: HtmlElement) -> list[dict]:
    """JobPosting objects of the page's JSON-LD: top level, inside ``@graph``, or nested
    (``mainEntity``); ``@type`` a string or a list."""
    from .clean import jsonld_blocks
    out: list[dict] = []
    for data in jsonld_blocks(doc):
        _find_jobpostings(data, out)
    return out


_URL_PROPS = {"a": "href", "area": "href", "link": "href", "img": "src", "audio": "src",
              "video": "src", "source": "src", "iframe": "src", "embed": "src", "object": "data"}


def _micro_value(el: HtmlElement, base_url: str) -> Any:
    from .clean import text_content
    tag = el.tag if isinstance(el.tag, str) else ""
    if el.get("content") is not None:
        return el.get("content").strip()
    if tag in _URL_PROPS and el.get(_URL_PROPS[tag]):
        return urljoin(base_url, el.get(_URL_PROPS[tag]).strip())
    if tag == "time" and el.get("datetime"):
        return el.get("datetime").strip()
    if tag in ("data", "meter") and el.get("value") is not None:
        return el.get("value").strip()
    return re.sub(r"\s+", " ", text_content(el)).strip()


def _micro_props(root: HtmlElement):
    stack = list(reversed([c for c in root if isinstance(c.tag, str)]))
    while stack:
        el = stack.pop()
        if el.get("itemprop"):
            yield el
        if el.get("itemscope") is None:
            stack.extend(reversed([c for c in el if isinstance(c.tag, str)]))


def _micro_item(el: HtmlElement, base_url: str, depth: int = 0) -> dict:
    types = [t.rstrip("/").rsplit("/", 1)[-1] for t in (el.get("itemtype") or "").split()]
    obj: dict[str, Any] = {"@type": types[0] if len(types) == 1 else types}
    if depth > 6:
        return obj
    for prop in _micro_props(el):
        value = (_micro_item(prop, base_url, depth + 1) if prop.get("itemscope") is not None
                 else _micro_value(prop, base_url))
        for name in prop.get("itemprop").split():
            if name in obj:
                if not isinstance(obj[name], list):
                    obj[name] = [obj[name]]
                obj[name].append(value)
            else:
                obj[name] = value
    return obj


def microdata_jobpostings(doc: HtmlElement, base_url: str) -> list[dict]:
    """schema.org JobPosting items in microdata (``itemscope itemtype=".../JobPosting"``) as
    JSON-LD-like dicts (nested items become dicts with their own ``@type``)."""
    out = []
    for el in doc.iter():
        if not isinstance(el.tag, str) or el.get("itemscope") is None:
            continue
        types = {t.rstrip("/").rsplit("/", 1)[-1].lower() for t in (el.get("itemtype") or "").split()}
        if "jobposting" in types and "schema.org" in (el.get("itemtype") or ""):
            out.append(_micro_item(el, base_url))
    return out


def jobposting_structured(obj: dict, page_url: str) -> dict[str, Any]:
    """A schema.org JobPosting (JSON-LD or converted microdata) → posting dict; the page's URL
    is the posting's URL, and its HTML the description (so ``description`` stays empty)."""
    from .extract import jobposting_fields
    f = jobposting_fields([obj if "jobposting" in _types(obj) else {**obj, "@type": "JobPosting"}]) or {}
    return _posting(
        url=page_url, title=f.get("title"), company=f.get("company"), location=f.get("location"),
        remote=f.get("remote"), employment_type=employment_type(obj.get("employmentType")),
        published=iso_date(obj.get("datePosted")),
        updated=iso_date(obj.get("dateModified")),
        valid_through=iso_date(obj.get("validThrough"), future_ok=True),
        salaries=f.get("salaries") or [],
        id=_text(obj.get("identifier")) if not isinstance(obj.get("identifier"), dict)
        else _text(obj["identifier"].get("value")))


def may_carry_jobposting(body: bytes, content_type: Optional[str] = None) -> bool:
    """False only when the page's bytes prove it carries no JobPosting, so that it need not be
    parsed for one: JSON-LD (``"@type": "JobPosting"``, any case, full schema.org URL or not) and
    microdata (``itemtype=".../JobPosting"``) both spell the word out. Bytes that could be in an
    encoding that does not write ASCII as ASCII (NUL bytes: UTF-16/32; a UTF-16 byte-order mark; a
    header charset such as EBCDIC) are always "maybe". Not caught (and not worth a parse of every
    page): the word written with JSON ``\\u`` escapes or HTML character references."""
    if not body:
        return False
    if b"JobPosting" in body or b"jobposting" in body.lower():
        return True
    if b"\0" in body or body.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    enc = header_charset(content_type)
    if enc:
        try:
            return "jobposting".encode(enc) != b"jobposting"
        except (LookupError, UnicodeError):
            return False
    return False


def postings_from_tree(doc: HtmlElement, page_url: str) -> list[dict]:
    """The JobPostings of a page :func:`parse_html` already parsed (JSON-LD first, else microdata),
    as posting dicts; the tree is only read, so ``clean()`` can take it apart afterwards.

    The posting URL is the page's ``<link rel=canonical>`` when that is on the same site, else
    the page URL. Postings without a title are left out. Several different postings on one page
    (a listing marked up item by item) are all returned: the caller decides."""
    from .clean import canonical_link
    canonical = canonical_link(doc, page_url)
    url = canonical if canonical and same_site(canonical, page_url) else page_url
    objs = jsonld_jobpostings(doc) or microdata_jobpostings(doc, page_url)
    out, seen = [], set()
    for obj in objs:
        p = jobposting_structured(obj, url)
        if not p["title"]:
            continue
        key = (p["title"], p["location"], p["company"])
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def parse_for_postings(body: bytes, page_url: str,
                       content_type: Optional[str] = None) -> tuple[list[dict], Optional[HtmlElement]]:
    """``(postings, tree)``: the page's JobPostings and the tree they were read from, for the
    caller to hand on to ``clean()`` (one parse per page). ``([], None)`` without a parse when
    :func:`may_carry_jobposting` rules the page out, and when the page cannot be parsed."""
    if not may_carry_jobposting(body, content_type):
        return [], None
    doc = _parse_or_none(body, content_type)
    return (postings_from_tree(doc, page_url), doc) if doc is not None else ([], None)


def page_postings(body: bytes, page_url: str, content_type: Optional[str] = None) -> list[dict]:
    """The JobPostings a career page carries (JSON-LD first, else microdata), as posting dicts:
    :func:`postings_from_tree` on the parsed page; ``[]`` for an empty or unparseable page."""
    doc = _parse_or_none(body, content_type)
    return postings_from_tree(doc, page_url) if doc is not None else []


def _parse_or_none(body: bytes, content_type: Optional[str]) -> Optional[HtmlElement]:
    """The page's tree, or None for an empty or unparseable page."""
    from .clean import parse_html
    if not body or not body.strip():
        return None
    try:
        return parse_html(body, content_type)
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError):
        return None


__all__ = ["PayloadError", "Listing", "STRUCTURED_KEYS", "DOCUMENT_OPTIONS", "decode_json", "iso_date",
           "employment_type", "posting_structured", "posting_document", "greenhouse_board_name",
           "greenhouse_postings", "greenhouse_pay", "lever_description", "lever_postings",
           "ashby_salaries", "ashby_postings", "jsonld_jobpostings", "microdata_jobpostings",
           "jobposting_structured", "may_carry_jobposting", "postings_from_tree",
           "parse_for_postings", "page_postings"]
