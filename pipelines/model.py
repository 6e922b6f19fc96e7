"""The data shapes passed between the pure functions of jobsift.

``clean(html, url) -> Content``; ``extract(content) -> Facts``; ``parse_salary(text) -> [Salary]``.
None of these know anything about Scrapy, so every extractor is testable on its own.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Optional

#: Kinds of content block, in the order they appear on the page.
HEADING = "heading"
PARAGRAPH = "paragraph"
LIST_ITEM = "list_item"
TABLE_ROW = "table_row"


@dataclass
class Block:
    """One unit of main content.

    ``kind``  heading | paragraph | list_item | table_row
    ``text``  whitespace-normalised visible text (table cells joined with `` | ``)
    ``level`` heading level 1-6 for headings, list nesting depth (1 = top) for list items, else 0
    ``lead``  the bold/strong lead-in phrase of a paragraph or list item ("Design APIs" in
              "<b>Design APIs:</b> build and document..."), without trailing punctuation, else None
    ``cells`` the cell texts of a table row, else None
    """

    kind: str
    text: str
    level: int = 0
    lead: Optional[str] = None
    cells: Optional[list[str]] = None

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}


@dataclass
class Content:
    """What ``clean()`` keeps of a page: its title, main content blocks and machine-readable metadata.

    ``meta`` keys (all optional):
      ``jsonld``       list of JSON-LD objects found on the page (``@graph`` flattened)
      ``meta``         dict of ``<meta name|property>`` → content, names lower-cased
                       (``og:type``, ``article:published_time``, ``description``, ...)
      ``times``        list of ``<time datetime>`` values inside the main content / article header
      ``lang``         the ``<html lang>`` value
      ``canonical``    the ``<link rel=canonical>`` href, absolutised
      ``byline_dates`` visible date strings found near the title (e.g. "Updated March 3, 2025")
    """

    url: str
    title: Optional[str]
    blocks: list[Block]
    meta: dict[str, Any] = field(default_factory=dict)
    is_article: bool = False

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)


@dataclass
class Salary:
    """One pay figure found on a page, normalised.

    ``min``/``max`` are in ``currency`` per ``period``; ``annual_*`` multiply by the period factor
    (hour 2080, day 260, week 52, month 12, year 1). "up to X" gives max only. ``raw`` is the span
    of text the figure came from, unchanged. ``label`` names the level or group the figure belongs to
    ("Senior", "Entry-level", "London") or is None. ``source`` is "text" or "structured".
    """

    raw: str
    min: Optional[float]
    max: Optional[float]
    currency: Optional[str]
    period: Optional[str]
    annual_min: Optional[float] = None
    annual_max: Optional[float] = None
    label: Optional[str] = None
    source: str = "text"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Skill:
    name: str
    category: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Facts:
    """Everything ``extract()`` learns from one page; the shape ``jobsift extract`` prints."""

    url: str
    kind: str = "guide"
    title: Optional[str] = None
    role: Optional[str] = None
    seniority: Optional[str] = None
    published: Optional[str] = None
    updated: Optional[str] = None
    text: str = ""
    responsibilities: list[str] = field(default_factory=list)
    skills: list[Skill] = field(default_factory=list)
    salaries: list[Salary] = field(default_factory=list)
    company: Optional[str] = None
    location: Optional[str] = None
    remote: Optional[bool] = None
    employment_type: Optional[str] = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        return d
