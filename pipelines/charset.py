"""Turning raw page bytes into text without U+FFFD or mojibake.

Scrapy decodes with the charset of the Content-Type header first; when a server's header disagrees
with the page's own ``<meta charset>`` (a common misconfiguration), that silently replaces every
non-ASCII byte. ``decode_html`` checks the candidates against the bytes instead:

1. a byte-order mark wins (UTF-8, UTF-16);
2. if the bytes are valid UTF-8 and contain non-ASCII sequences, they are UTF-8 — whatever the header
   or meta says (random Latin-1 text is almost never valid multi-byte UTF-8);
3. else the header charset, then the ``<meta>`` charset, then windows-1252, the first that decodes
   strictly; ISO-8859-1 and US-ASCII are read as windows-1252, as browsers do;
4. last resort: Latin-1, which maps every byte, so a page is never lost.

Then text that was UTF-8 decoded as Latin-1/cp1252 somewhere upstream and re-encoded (mojibake:
"cafÃ©", "â€™") is repaired with ftfy's ``fix_encoding`` — only when the tell-tale sequences are
there, so clean pages cost one fast regex.
"""
from __future__ import annotations

import codecs
import re
from typing import Optional

_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
# Sequences UTF-8 turns into when read as cp1252/Latin-1: Ã© Ã¨ â€™ â€œ Â£ Â ...
_MOJIBAKE = re.compile("[\u00c2\u00c3][\u0080-\u00bf]|\u00e2\u20ac|\u00e2\u0080")
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)

# Labels browsers treat as windows-1252 (WHATWG Encoding Standard).
_AS_CP1252 = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii", "cp819",
              "iso_8859-1", "windows-1252", "cp1252", "x-cp1252"}


def _norm(label: Optional[str]) -> Optional[str]:
    if not label:
        return None
    label = label.strip().lower()
    if label in _AS_CP1252:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def header_charset(content_type: Optional[str]) -> Optional[str]:
    if not content_type:
        return None
    m = _HEADER_CHARSET.search(content_type)
    return m.group(1) if m else None


def meta_charset(body: bytes) -> Optional[str]:
    m = _META_CHARSET.search(body[:4096])
    return m.group(1).decode("ascii", "ignore") if m else None


def repair_mojibake(text: str) -> str:
    """Undo double-encoded UTF-8 ("cafÃ©" → "café"); text without its tell-tale sequences is
    returned as it is."""
    # the lead characters first: str.find is a memchr, the regex alone scans at Python speed
    if ("\u00c2" not in text and "\u00c3" not in text and "\u00e2" not in text) \
            or not _MOJIBAKE.search(text):
        return text
    try:
        import ftfy

        return ftfy.fix_encoding(text)
    except Exception:  # noqa: BLE001 - a repair that fails leaves the text as it was
        return text


def decode_html(body: bytes, content_type: Optional[str] = None) -> tuple[str, str]:
    """Return ``(text, encoding_used)`` for raw HTML bytes and an optional Content-Type header."""
    text, enc = _decode(body, content_type)
    return repair_mojibake(text), enc


def _decode(body: bytes, content_type: Optional[str] = None) -> tuple[str, str]:
    if body.startswith(codecs.BOM_UTF8):
        return body[3:].decode("utf-8", "replace"), "utf-8"
    if body.startswith(codecs.BOM_UTF16_LE) or body.startswith(codecs.BOM_UTF16_BE):
        return body.decode("utf-16", "replace"), "utf-16"
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        # Valid UTF-8. Pure ASCII decodes the same in every candidate charset anyway.
        return text, "utf-8"
    for label in (header_charset(content_type), meta_charset(body), "cp1252"):
        enc = _norm(label)
        if not enc or enc == "utf-8":
            continue
        try:
            return body.decode(enc), enc
        except (UnicodeDecodeError, LookupError):
            continue
    return body.decode("latin-1"), "latin-1"
