"""The sources file (``sources.toml``): which sites and boards a scheduled crawl visits.

One ``[[source]]`` table per source::

    [[source]]
    name = "careernews"            # unique; letters, digits, - and _
    kind = "guides"                # guides | greenhouse | lever | ashby | jsonld
    url = "https://careernews.example/"
    enabled = true                 # optional, default true
    schedule = "daily 02:00"       # optional note for humans; cron/systemd does the scheduling
    max_pages = 500                # optional limits
    max_depth = 4
    delay = 2.0                    # seconds between requests to this site (DOWNLOAD_DELAY)
    allow_paths = ["^/blog/"]      # optional regexes of paths to fetch
    deny_paths = ["^/jobs/"]
    article_patterns = ["^/20\\d\\d/"]
    remove_selectors = [".promo-box"]
    content_selector = "div.article-body"

Errors name the file, the line and the key, and say what to write instead.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from typing import Any, Optional
from urllib.parse import urlsplit

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

KINDS = {
    "guides": "url",
    "greenhouse": "board",
    "lever": "company",
    "ashby": "board",
    "jsonld": "url",
}
_KNOWN_KEYS = {"name", "kind", "url", "board", "company", "api_base", "enabled", "schedule",
               "max_pages", "max_depth", "delay", "allow_paths", "deny_paths", "article_patterns",
               "listing_patterns", "remove_selectors", "content_selector", "use_sitemap",
               "concurrency"}
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


class SourcesError(Exception):
    pass


@dataclass
class Source:
    name: str
    kind: str
    url: Optional[str] = None
    board: Optional[str] = None
    company: Optional[str] = None
    api_base: Optional[str] = None
    enabled: bool = True
    schedule: Optional[str] = None
    max_pages: int = 0
    max_depth: Optional[int] = None
    delay: Optional[float] = None
    concurrency: Optional[int] = None
    use_sitemap: bool = True
    allow_paths: list[str] = field(default_factory=list)
    deny_paths: list[str] = field(default_factory=list)
    article_patterns: list[str] = field(default_factory=list)
    listing_patterns: list[str] = field(default_factory=list)
    remove_selectors: list[str] = field(default_factory=list)
    content_selector: Optional[str] = None

    def spider_args(self) -> dict[str, Any]:
        """Keyword arguments for this source's spider (the spider named like ``kind``)."""
        if self.kind != "guides":
            args = {"source": self.name, "max_pages": self.max_pages}
            for key in ("url", "board", "company", "api_base"):
                if getattr(self, key):
                    args[key] = getattr(self, key)
            return args
        return {
            "url": self.url, "source": self.name, "article_patterns": self.article_patterns,
            "listing_patterns": self.listing_patterns, "allow_paths": self.allow_paths,
            "deny_paths": self.deny_paths, "max_pages": self.max_pages,
            "use_sitemap": self.use_sitemap, "remove_selectors": self.remove_selectors,
            "content_selector": self.content_selector,
        }


def _line_of(text: str, index: int, key: Optional[str]) -> int:
    """Line number of the ``index``-th [[source]] table (1-based), or of ``key`` inside it."""
    lines = text.splitlines()
    seen = -1
    start = None
    for i, line in enumerate(lines, 1):
        if re.match(r"^\s*\[\[\s*source\s*\]\]", line):
            seen += 1
            if seen == index:
                start = i
                continue
            if start is not None:
                break
        if start is not None and key and re.match(rf"^\s*{re.escape(key)}\s*=", line):
            return i
    return start or 1


def source_from_url(url: str) -> Source:
    """An ad-hoc ``guides`` source for ``jobsift crawl --url``."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SourcesError(f"not an http(s) URL: {url!r} (example: --url https://careers.example.com/)")
    return Source(name=parts.netloc, kind="guides", url=url)


def load_sources(path: str) -> list[Source]:
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except FileNotFoundError:
        raise SourcesError(f"no sources file at {path!r}: create one (see README, 'Sources file') "
                           "or crawl a site directly with --url URL") from None
    except OSError as exc:
        raise SourcesError(f"cannot read {path!r}: {exc}") from None
    text = raw.decode("utf-8", "replace")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SourcesError(f"{path}: not valid TOML: {exc}") from None
    tables = data.get("source", [])
    if not isinstance(tables, list):
        raise SourcesError(f"{path}:{_line_of(text, 0, None)}: write each source as a [[source]] table")
    out: list[Source] = []
    names: set[str] = set()
    for i, t in enumerate(tables):
        def err(key: Optional[str], msg: str) -> SourcesError:
            return SourcesError(f"{path}:{_line_of(text, i, key)}: source #{i + 1}"
                                f"{' (' + str(t.get('name')) + ')' if t.get('name') else ''}"
                                f"{', key ' + repr(key) if key else ''}: {msg}")
        unknown = set(t) - _KNOWN_KEYS
        if unknown:
            k = sorted(unknown)[0]
            raise err(k, f"unknown key; known keys are: {', '.join(sorted(_KNOWN_KEYS))}")
        name = t.get("name")
        if not isinstance(name, str) or not _NAME.match(name):
            raise err("name", 'needs a name of letters, digits, "-", "_" or "." (name = "my-site")')
        if name in names:
            raise err("name", f"the name {name!r} is used twice; names must be unique")
        names.add(name)
        kind = t.get("kind")
        if kind not in KINDS:
            raise err("kind", f"kind must be one of {', '.join(sorted(KINDS))}, not {kind!r}")
        need = KINDS[kind]
        if not isinstance(t.get(need), str) or not t.get(need).strip():
            raise err(need, f'a {kind} source needs {need} = "..."')
        for key in ("url", "api_base"):
            if key in t:
                v = t[key]
                p = urlsplit(v) if isinstance(v, str) else None
                if p is None or p.scheme not in ("http", "https") or not p.hostname:
                    raise err(key, f"must be an http(s) URL, not {v!r}")
        for key in ("allow_paths", "deny_paths", "article_patterns", "listing_patterns",
                    "remove_selectors"):
            v = t.get(key, [])
            if isinstance(v, str):
                v = [v]
            if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
                raise err(key, "must be a list of strings")
            if key.endswith(("paths", "patterns")):
                for pat in v:
                    try:
                        re.compile(pat)
                    except re.error as exc:
                        raise err(key, f"bad regular expression {pat!r}: {exc}") from None
            t[key] = v
        for key, typ in (("max_pages", int), ("max_depth", int), ("concurrency", int)):
            if key in t and (not isinstance(t[key], int) or isinstance(t[key], bool) or t[key] < 0):
                raise err(key, "must be a whole number ≥ 0")
        if "delay" in t and (not isinstance(t["delay"], (int, float)) or t["delay"] < 0):
            raise err("delay", "must be a number of seconds ≥ 0")
        for key in ("enabled", "use_sitemap"):
            if key in t and not isinstance(t[key], bool):
                raise err(key, "must be true or false")
        out.append(Source(**{k: v for k, v in t.items()}))
    return out
