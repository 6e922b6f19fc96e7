"""CSV exports for dashboards: fixed columns, RFC 4180, written atomically.

Each file is written to a temporary file in the target folder and renamed over the old one, so a
reader never sees a half-written file. The export reads one consistent snapshot of the database
(a single read transaction), so a crawl writing at the same time neither blocks it nor shows through.

Cells: UTF-8, header row, ``\\r\\n`` line ends, quoting only where needed, ISO dates, numbers
unquoted and unformatted (``120000``, ``27.5``), booleans ``true``/``false``, NULL as an empty cell.
A text cell starting with ``= + - @``, a tab or a carriage return is prefixed with ``'`` so
spreadsheets do not run it as a formula; ``raw=True`` writes text untouched for machine readers.
"""
from __future__ import annotations

import csv
import os
import sqlite3
import tempfile
from typing import Any, Iterable

#: The files and their columns. Column sets only grow; see docs/data-dictionary.md.
FILES: dict[str, list[str]] = {
    "documents.csv": [
        "id", "url", "source", "kind", "title", "role", "seniority", "company", "location",
        "remote", "employment_type", "published", "updated", "first_seen", "last_seen", "status",
        "salary_min", "salary_max", "salary_currency", "salary_period", "salary_annual_min",
        "salary_annual_max",
    ],
    "responsibilities.csv": ["document_id", "url", "position", "text"],
    "skills.csv": ["document_id", "url", "skill", "category"],
    "salaries.csv": ["document_id", "url", "raw", "min", "max", "currency", "period",
                     "annual_min", "annual_max", "label", "source"],
}

_QUERIES = {
    "documents.csv": """
        SELECT d.id, d.url, d.source, d.kind, d.title, d.role, d.seniority, d.company, d.location,
               d.remote, d.employment_type, d.published, d.updated, d.first_seen, d.last_seen,
               d.status
        FROM documents d ORDER BY d.id""",
    "responsibilities.csv": """
        SELECT r.document_id, d.url, r.position, r.text
        FROM responsibilities r JOIN documents d ON d.id = r.document_id
        ORDER BY r.document_id, r.position""",
    "skills.csv": """
        SELECT ds.document_id, d.url, s.name, s.category
        FROM document_skills ds JOIN documents d ON d.id = ds.document_id
        JOIN skills s ON s.id = ds.skill_id
        ORDER BY ds.document_id, ds.position, s.name""",
    "salaries.csv": """
        SELECT s.document_id, d.url, s.raw, s.min, s.max, s.currency, s.period, s.annual_min,
               s.annual_max, s.label, s.source
        FROM salaries s JOIN documents d ON d.id = s.document_id
        ORDER BY s.document_id, s.position""",
}

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class ExportError(Exception):
    pass


def cell(value: Any, raw: bool = False) -> Any:
    """One CSV cell: numbers unformatted, booleans lower-case, text neutralised unless raw."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return int(value) if value.is_integer() else repr(value)
    if isinstance(value, int):
        return value
    text = str(value)
    if not raw and text.startswith(_FORMULA_START):
        return "'" + text
    return text


def headline_salary(rows: list[tuple]) -> tuple:
    """The document-level salary summary of documents.csv.

    ``rows`` are (min, max, currency, period, annual_min, annual_max, source) in page order. The
    first structured salary wins; else the span of all text salaries that share the first one's
    currency and period (lowest min, highest max). Empty when the document states no pay.
    """
    if not rows:
        return (None,) * 6
    structured = [r for r in rows if r[6] == "structured"]
    if structured:
        return tuple(structured[0][:6])
    cur, per = rows[0][2], rows[0][3]
    same = [r for r in rows if r[2] == cur and r[3] == per]

    def lo(idx):
        vals = [r[idx] for r in same if r[idx] is not None]
        return min(vals) if vals else None

    def hi(idx):
        vals = [r[idx] for r in same if r[idx] is not None]
        return max(vals) if vals else None
    return (lo(0), hi(1), cur, per, lo(4), hi(5))


def _rows(conn: sqlite3.Connection, name: str) -> Iterable[list[Any]]:
    if name != "documents.csv":
        yield from conn.execute(_QUERIES[name])
        return
    salaries: dict[int, list[tuple]] = {}
    for r in conn.execute("SELECT document_id, min, max, currency, period, annual_min, annual_max, "
                          "source FROM salaries ORDER BY document_id, position"):
        salaries.setdefault(r[0], []).append(r[1:])
    for r in conn.execute(_QUERIES[name]):
        r = list(r)
        r[9] = None if r[9] is None else bool(r[9])  # remote: 0/1 → false/true
        yield r + list(headline_salary(salaries.get(r[0], [])))


def export_csv(db_path: str, out_dir: str, *, raw: bool = False) -> dict[str, int]:
    """Write the four CSV files into ``out_dir``; returns {file name: data rows}."""
    if not os.path.exists(db_path):
        raise ExportError(f"no database at {db_path!r}: run `jobsift crawl` or `jobsift demo` first, "
                          "or point --db at one")
    if os.path.exists(out_dir) and not os.path.isdir(out_dir):
        raise ExportError(f"{out_dir!r} exists and is not a folder; choose another --out")
    os.makedirs(out_dir, exist_ok=True)
    try:
        conn = sqlite3.connect(f"file:{os.path.abspath(db_path)}?mode=ro", uri=True, timeout=30)
    except sqlite3.Error as exc:
        raise ExportError(f"cannot open {db_path!r}: {exc}") from exc
    counts: dict[str, int] = {}
    temps: list[tuple[str, str]] = []
    try:
        conn.execute("BEGIN")  # one snapshot for all four files
        for name, columns in FILES.items():
            fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=out_dir)
            temps.append((tmp, os.path.join(out_dir, name)))
            n = 0
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
                writer = csv.writer(fh, lineterminator="\r\n")
                writer.writerow(columns)
                for row in _rows(conn, name):
                    writer.writerow([cell(v, raw) for v in row])
                    n += 1
                fh.flush()
                os.fsync(fh.fileno())
            counts[name] = n
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        for tmp, _ in temps:
            if os.path.exists(tmp):
                os.unlink(tmp)
        raise ExportError(f"cannot read {db_path!r}: {exc}; is it a jobsift database?") from exc
    finally:
        conn.close()
    for tmp, final in temps:
        os.replace(tmp, final)
    return counts
