"""Items passed from the spiders to the pipelines.

A spider yields one ``PageItem`` per fetched page (raw bytes and headers, nothing parsed) or one
``ErrorItem`` per failed fetch. The pipelines fill in ``content``, ``facts``, ``canonical_url`` and
``content_hash`` as the item moves through clean → extract → dedup → store (and ``structured`` for
a career page flagged ``read_jobposting``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Optional

from pipelines.model import Content, Facts


@dataclass
class PageItem:
    url: str
    source: str
    body: bytes = field(repr=False)
    status: int = 200
    content_type: Optional[str] = None
    fetched_at: Optional[datetime] = None
    #: per-source options for clean(): article_patterns, listing_patterns, remove_selectors,
    #: content_selector
    options: dict[str, Any] = field(default_factory=dict)
    #: the response's validators {"etag": ..., "last_modified": ...}, kept for conditional
    #: re-fetches; status 304 means "not modified since the last crawl" and body is empty
    validators: dict[str, Optional[str]] = field(default_factory=dict)
    #: fields a board API gave directly (postings); merged over what extraction finds
    structured: Optional[dict[str, Any]] = None
    #: a career page (``jsonld`` spider): the clean pipeline reads its schema.org JobPosting
    #: (JSON-LD, else microdata) from the page it parses anyway; only a page with exactly one is
    #: stored, with the JobPosting's fields as ``structured``
    read_jobposting: bool = False
    # filled by the pipelines
    content: Optional[Content] = field(default=None, repr=False)
    facts: Optional[Facts] = field(default=None, repr=False)
    canonical_url: Optional[str] = None
    content_hash: Optional[str] = None


@dataclass
class ErrorItem:
    """A fetch or parse that failed: stored as one row of ``crawl_errors``."""

    url: str
    source: str
    reason: str
    status: Optional[int] = None
