"""URL helpers shared by the spiders (to avoid requesting a page twice) and the dedup pipeline."""
from __future__ import annotations

import functools
import hashlib
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_ga|_gl|ref|ref_src|"
                       r"source|share|amp|output|igshid|yclid|spm|cmpid|trk|trkinfo)$", re.I)
_DEFAULT_PORTS = {"http": 80, "https": 443}


@functools.lru_cache(maxsize=4096)  # a crawl asks for a page's URL 3 times (spider, clean, dedup)
def canonical_url(url: str) -> str:
    """Lower-case scheme and host, no default port, no fragment, no tracking parameters,
    remaining query parameters sorted. Paths are kept as they are (case and trailing slash matter
    to servers)."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host if port in (None, _DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)]
    query.sort()
    path = parts.path or "/"
    return urlunsplit((scheme, netloc, path, urlencode(query, doseq=True), ""))


def site_key(url: str) -> str:
    """host:port without a leading www., for "same site" checks."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    port = parts.port or _DEFAULT_PORTS.get(parts.scheme.lower())
    return f"{host}:{port}"


def same_site(a: str, b: str) -> bool:
    return site_key(a) == site_key(b)


def url_digest(url: str) -> bytes:
    """A 16-byte digest of ``url``, for "seen" sets that hold one entry per page of a crawl (49
    bytes in memory, where the URL itself takes 100-200)."""
    return hashlib.blake2b(url.encode("utf-8", "surrogatepass"), digest_size=16).digest()
