"""SQLite storage: one writer, one transaction per document, WAL so readers never block it.

The schema is explicit (see ``SCHEMA`` and docs/data-dictionary.md). Tables are created with
sqlite-utils so Datasette/sqlite-utils users see ordinary typed tables with foreign keys; writes use
plain parameterised SQL inside ``BEGIN IMMEDIATE`` transactions, so a document and its children are
committed together or not at all.

Re-crawl semantics: a document is keyed by its canonical URL. Same content hash → only
``last_seen`` (and ``run_id``) move. Changed content → fields are updated in place (a field the new
version does not have keeps its old value: never write NULL over data), children are replaced,
``changed_at`` is set. ``first_seen`` never changes.

Full-text index: ``documents_fts`` (FTS5, external content over ``documents``) is kept in step by
triggers for every writer. The crawl's batched writer indexes its documents itself, once per
batch, just before ``COMMIT`` (see ``Store``): FTS5 writes its pending terms to disk as a new
segment at every SAVEPOINT, so indexing inside each document's savepoint made one tiny segment
(and merge work) per document. A committed document is always in the index; a rolled-back one
never is.
"""
from __future__ import annotations

import json
import os
import sqlite3
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import Any, Iterator, Optional

import sqlite_utils

from .model import Facts

#: Stored in ``PRAGMA user_version``. 1: tables as created by the first releases (user_version 0).
#: 2: FTS triggers that step aside while the crawl's writer batches (``documents_fts_pending``),
#: the update trigger only on id/title/text, FTS5 ``automerge`` 16.
SCHEMA_VERSION = 2

#: Columns of ``documents`` in order, with their SQLite types.
DOCUMENT_COLUMNS: dict[str, type] = {
    "id": int, "url": str, "source": str, "kind": str, "title": str, "role": str, "seniority": str,
    "company": str, "location": str, "remote": int, "employment_type": str, "published": str,
    "updated": str, "valid_through": str, "text": str, "content_hash": str, "first_seen": str,
    "last_seen": str, "changed_at": str, "status": str, "closed_at": str, "run_id": int,
    "fetched_url": str,
}
# Fields that keep their old value when a new version of the page lacks them.
_KEEP_IF_MISSING = ("title", "role", "seniority", "company", "location", "remote",
                    "employment_type", "published", "updated", "valid_through")


_DOC_FIELDS = ("url", "source", "kind", "title", "role", "seniority", "company", "location", "remote",
               "employment_type", "published", "updated", "valid_through", "text", "content_hash",
               "fetched_url")
_INSERT_DOCUMENT = ("INSERT INTO documents (" + ", ".join(_DOC_FIELDS) + ", first_seen, last_seen, "
                    "status, run_id) VALUES (" + ", ".join("?" * len(_DOC_FIELDS)) + ", ?, ?, 'active', ?)")
_UPDATE_DOCUMENT = ("UPDATE documents SET " + ", ".join(f"{k} = ?" for k in _DOC_FIELDS)
                    + ", last_seen = ?, changed_at = ?, run_id = ?, status = 'active', closed_at = NULL "
                    "WHERE id = ?")
# Compared with the stored version to list what changed (content_hash and fetched_url are not).
_COMPARED = tuple(c for c in _DOC_FIELDS if c not in ("content_hash", "fetched_url"))
_SELECT_OLD = "SELECT id, content_hash FROM documents WHERE url = ?"
_SELECT_STORED = "SELECT " + ", ".join(_COMPARED) + " FROM documents WHERE id = ?"
# (index in _DOC_FIELDS, index in _COMPARED) of the fields kept when the new version lacks them
_KEEP = tuple((_DOC_FIELDS.index(c), _COMPARED.index(c)) for c in _KEEP_IF_MISSING)
_OLD_TITLE, _OLD_TEXT = _COMPARED.index("title"), _COMPARED.index("text")
_INSERT_RESPONSIBILITY = "INSERT INTO responsibilities (document_id, position, text) VALUES (?, ?, ?)"
_INSERT_DOCUMENT_SKILL = ("INSERT OR IGNORE INTO document_skills (document_id, skill_id, position) "
                          "VALUES (?, ?, ?)")
_INSERT_SALARY = ("INSERT INTO salaries (document_id, position, raw, min, max, currency, period, "
                  "annual_min, annual_max, label, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")

# FTS triggers (schema 2). While a row of documents_fts_pending exists — only ever inside the
# crawl writer's open transaction, never committed — the insert/update triggers step aside and
# the writer indexes its batch itself before COMMIT (Store.flush). Any other writer (sqlite3,
# sqlite-utils, an older jobsift) sees the table empty and the triggers work as usual.
_FTS_TRIGGERS = (
    "DROP TRIGGER IF EXISTS documents_ai",
    "DROP TRIGGER IF EXISTS documents_au",
    "DROP TRIGGER IF EXISTS documents_ad",
    """CREATE TRIGGER "documents_ai" AFTER INSERT ON "documents"
WHEN NOT EXISTS (SELECT 1 FROM documents_fts_pending) BEGIN
  INSERT INTO "documents_fts" (rowid, "title", "text") VALUES (new.rowid, new."title", new."text");
END""",
    """CREATE TRIGGER "documents_ad" AFTER DELETE ON "documents" BEGIN
  INSERT INTO "documents_fts" ("documents_fts", rowid, "title", "text") VALUES('delete', old.rowid, old."title", old."text");
END""",
    """CREATE TRIGGER "documents_au" AFTER UPDATE OF "id", "title", "text" ON "documents"
WHEN NOT EXISTS (SELECT 1 FROM documents_fts_pending) BEGIN
  INSERT INTO "documents_fts" ("documents_fts", rowid, "title", "text") VALUES('delete', old.rowid, old."title", old."text");
  INSERT INTO "documents_fts" (rowid, "title", "text") VALUES (new.rowid, new."title", new."text");
END""",
)
#: FTS5 merges the segments of a level once it has this many (FTS5's default is 4). The writer
#: adds one small segment per batch; merging them 4 at a time rewrote the index so often that
#: it cost ~15% of storage time (16 measured fastest; 8, 32 and 64 slower or no faster). Queries
#: look at a few more segments; ``INSERT INTO documents_fts(documents_fts) VALUES ('optimize')``
#: merges them all into one when wanted.
FTS_AUTOMERGE = 16
#: WAL pages (4 KiB) after which the writer checkpoints (SQLite's default is 1000).
WAL_AUTOCHECKPOINT = 10000


def utcnow() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


class StoreError(Exception):
    """The database cannot be opened or written; the message says what to do."""


def connect(path: str) -> sqlite_utils.Database:
    """Open (creating if needed) a jobsift database at ``path`` with the schema in place."""
    if path != ":memory:":
        folder = os.path.dirname(os.path.abspath(path))
        try:
            os.makedirs(folder, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the folder for the database {path!r}: {exc}") from exc
        if os.path.isdir(path):
            raise StoreError(f"{path!r} is a folder; give a file path for the database (--db data/jobsift.db)")
    try:
        conn = sqlite3.connect(path, timeout=30, isolation_level=None)
        conn.execute("PRAGMA foreign_keys = ON")
        if path != ":memory:":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA busy_timeout = 30000")
        db = sqlite_utils.Database(conn)
        ensure_schema(db)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path!r} is not a usable SQLite database ({exc}); "
                         "point --db at a new file or a jobsift database") from exc
    return db


def ensure_schema(db: sqlite_utils.Database) -> None:
    names = set(db.table_names())
    if "documents" not in names:
        db["documents"].create(DOCUMENT_COLUMNS, pk="id", not_null={"url", "kind", "first_seen",
                                                                     "last_seen", "status"},
                               defaults={"status": "active"})
        db["documents"].create_index(["url"], unique=True)
        db["documents"].create_index(["role"])
        db["documents"].create_index(["source"])
    if "responsibilities" not in names:
        db["responsibilities"].create(
            {"document_id": int, "position": int, "text": str},
            pk=("document_id", "position"), foreign_keys=[("document_id", "documents", "id")])
    if "skills" not in names:
        db["skills"].create({"id": int, "name": str, "category": str}, pk="id",
                            not_null={"name"})
        db["skills"].create_index(["name"], unique=True)
    if "document_skills" not in names:
        db["document_skills"].create(
            {"document_id": int, "skill_id": int, "position": int},
            pk=("document_id", "skill_id"),
            foreign_keys=[("document_id", "documents", "id"), ("skill_id", "skills", "id")])
        db["document_skills"].create_index(["skill_id"])
    if "salaries" not in names:
        db["salaries"].create(
            {"id": int, "document_id": int, "position": int, "raw": str, "min": float,
             "max": float, "currency": str, "period": str, "annual_min": float,
             "annual_max": float, "label": str, "source": str},
            pk="id", foreign_keys=[("document_id", "documents", "id")])
        db["salaries"].create_index(["document_id"])
    if "crawl_runs" not in names:
        db["crawl_runs"].create(
            {"id": int, "started_at": str, "finished_at": str, "status": str, "sources": str,
             "requests": int, "pages": int, "new": int, "updated": int, "unchanged": int,
             "closed": int, "dropped": int, "errors": int, "stats": str},
            pk="id", defaults={"status": "running"})
    if "crawl_errors" not in names:
        db["crawl_errors"].create(
            {"id": int, "run_id": int, "source": str, "url": str, "status": int, "reason": str,
             "at": str},
            pk="id", foreign_keys=[("run_id", "crawl_runs", "id")])
        db["crawl_errors"].create_index(["run_id"])
    if "document_changes" not in names:
        db["document_changes"].create(
            {"id": int, "document_id": int, "run_id": int, "changed_at": str, "fields": str,
             "old_hash": str, "new_hash": str},
            pk="id", foreign_keys=[("document_id", "documents", "id")])
        db["document_changes"].create_index(["document_id"])
    if "http_cache" not in names:
        # validators of fetched pages, for conditional re-fetches (If-None-Match / If-Modified-Since)
        db["http_cache"].create(
            {"url": str, "etag": str, "last_modified": str, "document_url": str, "checked_at": str},
            pk="url")
    if "documents_fts" not in names:
        db["documents"].enable_fts(["title", "text"], create_triggers=False, tokenize="porter")
    if _needs_2(db.conn):
        _migrate_2(db.conn)
    # ON DELETE CASCADE would need table rebuilds; children are deleted explicitly instead.


def _needs_2(conn: sqlite3.Connection) -> bool:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    return version < 2 or (version <= SCHEMA_VERSION and conn.execute(
        "SELECT 1 FROM sqlite_master WHERE name = 'documents_fts_pending'").fetchone() is None)


def _migrate_2(conn: sqlite3.Connection) -> None:
    """Schema 1 → 2 (and the last step of a new database): FTS triggers and settings. No data is
    rewritten; the index itself is unchanged."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        if _needs_2(conn):  # another process may have migrated meanwhile
            conn.execute("CREATE TABLE IF NOT EXISTS documents_fts_pending (document_id INTEGER)")
            conn.execute("DELETE FROM documents_fts_pending")
            for sql in _FTS_TRIGGERS:
                conn.execute(sql)
            conn.execute("INSERT INTO documents_fts (documents_fts, rank) VALUES ('automerge', ?)",
                         (FTS_AUTOMERGE,))
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            conn.execute(f"PRAGMA user_version = {max(version, SCHEMA_VERSION)}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _fts_defers(conn: sqlite3.Connection) -> bool:
    """True when the FTS triggers are schema 2's (they step aside for the batched writer); False if
    someone replaced them (e.g. ``sqlite-utils enable-fts --replace``): then they index every
    write themselves and the writer must not index again."""
    row = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'documents_ai'"
                       ).fetchone()
    return bool(row and "documents_fts_pending" in row[0])


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``: takes the write lock up front, so a writer never fails
    half-way with "database is locked"; rolls back on any error."""
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")


class Store:
    """The single writer of a crawl.

    Writes are atomic per call (a document with its children, a run record, an error). With
    ``batch_size`` > 1 several calls share one transaction — each in its own SAVEPOINT, so a
    failing document rolls back alone — and the transaction commits every ``batch_size`` writes
    or ``batch_seconds`` seconds, and on ``flush()``/``close()``. A crash loses at most the
    uncommitted batch, never half a document; the next run fetches those pages again.

    In a batch the documents written are indexed all together right before ``COMMIT``, as one FTS5
    segment: those added by the batch (ids above the largest id at its start) and those it changed
    (listed in ``documents_fts_pending``). A NULL row in that table holds the FTS triggers back
    from the batch's start; the table is emptied in the same transaction, so its rows are never
    committed and other connections never see them.
    """

    def __init__(self, path: str, batch_size: int = 1, batch_seconds: float = 2.0):
        self.path = path
        self.db = connect(path)
        conn = self.db.conn
        # savepoint journals (one per document in a batch) in memory rather than a temp file
        conn.execute("PRAGMA temp_store = MEMORY")
        # checkpoint (copy the WAL into the database and fsync both) every ~40 MB of WAL rather
        # than every 4 MB: pages rewritten by many batches (index leaves, FTS segments merged
        # away) are copied once, and the crawl waits for an fsync ten times less often
        conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT}")
        # 8 MiB of page cache (SQLite's default is 2 MiB): FTS5's merges read back the segments
        # of the last batches from the cache instead of the file
        conn.execute("PRAGMA cache_size = -8192")
        self._skill_ids: dict[str, int] = {}
        self.batch_size = max(1, int(batch_size))
        self.batch_seconds = batch_seconds
        self._pending = 0
        self._batch_started = 0.0
        self._defer_fts = self.batch_size > 1 and _fts_defers(self.db.conn)
        # while a batch that indexes itself is open: the largest document id when it began
        self._fts_from: Optional[int] = None

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        if self.batch_size <= 1:
            with transaction(self.db) as conn:
                yield conn
            return
        conn = self.db.conn
        if not conn.in_transaction:
            conn.execute("BEGIN IMMEDIATE")
            self._pending = 0
            self._batch_started = time.monotonic()
            if self._defer_fts:
                conn.execute("INSERT INTO documents_fts_pending (document_id) VALUES (NULL)")
                self._fts_from = conn.execute("SELECT coalesce(max(id), 0) FROM documents").fetchone()[0]
            else:
                self._fts_from = None
        conn.execute("SAVEPOINT jobsift_write")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK TO jobsift_write")
            conn.execute("RELEASE jobsift_write")
            raise
        conn.execute("RELEASE jobsift_write")
        self._pending += 1
        if self._pending >= self.batch_size or time.monotonic() - self._batch_started >= self.batch_seconds:
            self.flush()

    def flush(self) -> None:
        """Commit the open batch, if any, with its documents in the full-text index.

        If that fails the batch is rolled back whole (as a crash would lose it), so a later
        flush cannot index its documents a second time."""
        conn = self.db.conn
        self._pending = 0
        if conn.in_transaction:
            start, self._fts_from = self._fts_from, None
            try:
                if start is not None:
                    conn.execute("INSERT INTO documents_fts (rowid, title, text) SELECT id, title, text "
                                 "FROM documents WHERE id > ?", (start,))
                    conn.execute("INSERT INTO documents_fts (rowid, title, text) SELECT id, title, text "
                                 "FROM documents WHERE id <= ? AND id IN "
                                 "(SELECT document_id FROM documents_fts_pending)", (start,))
                    conn.execute("DELETE FROM documents_fts_pending")
                conn.execute("COMMIT")
            except BaseException:
                self._skill_ids.clear()  # skills the batch added are gone with it
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

    def close(self) -> None:
        try:
            self.flush()
            self.db.conn.close()
        except sqlite3.Error:
            pass

    # -- runs ---------------------------------------------------------------------------------
    def begin_run(self, sources: list[str]) -> int:
        with self._tx() as conn:
            cur = conn.execute(
                "INSERT INTO crawl_runs (started_at, status, sources) VALUES (?, 'running', ?)",
                (utcnow(), ",".join(sources)))
            return int(cur.lastrowid)

    def mark_interrupted_runs(self) -> list[int]:
        """Runs still 'running' when a new run holds the lock died without finishing (killed,
        power cut): mark them 'interrupted'. Returns their ids."""
        with self._tx() as conn:
            ids = [r[0] for r in conn.execute("SELECT id FROM crawl_runs WHERE status = 'running'")]
            conn.executemany("UPDATE crawl_runs SET status = 'interrupted', finished_at = "
                             "coalesce(finished_at, ?) WHERE id = ?", [(utcnow(), i) for i in ids])
        return ids

    def finish_run(self, run_id: int, status: str, counts: dict[str, int],
                   stats: Optional[dict[str, Any]] = None) -> None:
        cols = ["requests", "pages", "new", "updated", "unchanged", "closed", "dropped", "errors"]
        with self._tx() as conn:
            conn.execute(
                "UPDATE crawl_runs SET finished_at = ?, status = ?, "
                + ", ".join(f"{c} = ?" for c in cols) + ", stats = ? WHERE id = ?",
                [utcnow(), status] + [int(counts.get(c, 0)) for c in cols]
                + [json.dumps(stats or {}, default=str, sort_keys=True), run_id])

    def record_error(self, run_id: Optional[int], source: str, url: str,
                     status: Optional[int], reason: str) -> None:
        with self._tx() as conn:
            conn.execute(
                "INSERT INTO crawl_errors (run_id, source, url, status, reason, at) "
                "VALUES (?, ?, ?, ?, ?, ?)", (run_id, source, url, status, reason[:2000], utcnow()))

    # -- documents ------------------------------------------------------------------------------
    def _skill_id(self, conn: sqlite3.Connection, name: str, category: str, inserted: list[str]) -> int:
        """The id of a skill not in the cache yet (the caller looks there first), added if new."""
        row = conn.execute("SELECT id FROM skills WHERE name = ?", (name,)).fetchone()
        if row:
            sid = row[0]
        else:
            sid = conn.execute("INSERT INTO skills (name, category) VALUES (?, ?)",
                               (name, category)).lastrowid
            inserted.append(name)  # forgotten again if this write rolls back
        self._skill_ids[name] = sid
        return sid

    def upsert_document(self, *, url: str, source: str, facts: Facts, content_hash: str,
                        run_id: Optional[int], fetched_url: Optional[str] = None,
                        valid_through: Optional[str] = None, seen_at: Optional[str] = None) -> str:
        """Write one document and its children in one transaction.

        Returns "new", "updated" or "unchanged".
        """
        now = seen_at or utcnow()
        remote = None if facts.remote is None else int(bool(facts.remote))
        # in the order of _DOC_FIELDS
        values = [url, source, facts.kind, facts.title, facts.role, facts.seniority, facts.company,
                  facts.location, remote, facts.employment_type, facts.published, facts.updated,
                  valid_through, facts.text, content_hash, fetched_url or url]
        skill_ids = self._skill_ids
        inserted: list[str] = []  # skills this write adds to the table
        try:
            return self._write_document(url, values, facts, content_hash, run_id, now, inserted)
        except BaseException:
            for name in inserted:  # rolled back with the document: the cached ids are gone
                skill_ids.pop(name, None)
            raise

    def _write_document(self, url: str, values: list, facts: Facts, content_hash: str,
                        run_id: Optional[int], now: str, inserted: list[str]) -> str:
        skill_ids = self._skill_ids
        with self._tx() as conn:
            old = conn.execute(_SELECT_OLD, (url,)).fetchone()
            if old is None:
                doc_id = conn.execute(_INSERT_DOCUMENT, values + [now, now, run_id]).lastrowid
                result = "new"
            else:
                doc_id, old_hash = old[0], old[1]
                if old_hash == content_hash:
                    conn.execute("UPDATE documents SET last_seen = ?, run_id = ?, status = 'active', "
                                 "closed_at = NULL WHERE id = ?", (now, run_id, doc_id))
                    return "unchanged"
                stored = conn.execute(_SELECT_STORED, (doc_id,)).fetchone()
                for k, i in _KEEP:
                    if values[k] is None:
                        values[k] = stored[i]
                changed = self._changed_fields(conn, doc_id, stored, values, facts)
                conn.execute("INSERT INTO document_changes (document_id, run_id, changed_at, fields, "
                             "old_hash, new_hash) VALUES (?, ?, ?, ?, ?, ?)",
                             (doc_id, run_id, now, json.dumps(changed), old_hash, content_hash))
                if self._fts_from is not None and doc_id <= self._fts_from and conn.execute(
                        "SELECT 1 FROM documents_fts_pending WHERE document_id = ?", (doc_id,)
                ).fetchone() is None:
                    # in the index (neither added nor changed earlier in this batch): out of it
                    # with the values it was indexed with; the batch indexes the new ones
                    conn.execute("INSERT INTO documents_fts (documents_fts, rowid, title, text) "
                                 "VALUES ('delete', ?, ?, ?)",
                                 (doc_id, stored[_OLD_TITLE], stored[_OLD_TEXT]))
                    conn.execute("INSERT INTO documents_fts_pending (document_id) VALUES (?)", (doc_id,))
                conn.execute(_UPDATE_DOCUMENT, values + [now, now, run_id, doc_id])
                for table in ("responsibilities", "document_skills", "salaries"):
                    conn.execute(f"DELETE FROM {table} WHERE document_id = ?", (doc_id,))
                result = "updated"
            if self._fts_from is not None and doc_id <= self._fts_from and result == "new":
                # not above the batch's first id (SQLite reuses free ids once the largest is taken)
                conn.execute("INSERT INTO documents_fts_pending (document_id) VALUES (?)", (doc_id,))
            conn.executemany(_INSERT_RESPONSIBILITY,
                             [(doc_id, i, text) for i, text in enumerate(facts.responsibilities, 1)])
            links = []
            for i, sk in enumerate(facts.skills, 1):
                sid = skill_ids.get(sk.name)
                if sid is None:
                    sid = self._skill_id(conn, sk.name, sk.category, inserted)
                links.append((doc_id, sid, i))
            conn.executemany(_INSERT_DOCUMENT_SKILL, links)
            conn.executemany(_INSERT_SALARY,
                             [(doc_id, i, s.raw, s.min, s.max, s.currency, s.period, s.annual_min,
                               s.annual_max, s.label, s.source) for i, s in enumerate(facts.salaries, 1)])
        return result

    @staticmethod
    def _changed_fields(conn: sqlite3.Connection, doc_id: int, stored: tuple, values: list,
                        facts: Facts) -> list[str]:
        """Names of the fields (and child lists) that differ from the stored version."""
        new = dict(zip(_DOC_FIELDS, values))
        changed = [c for c, v in zip(_COMPARED, stored) if v != new[c]]
        resp = [r[0] for r in conn.execute("SELECT text FROM responsibilities WHERE document_id = ? "
                                           "ORDER BY position", (doc_id,))]
        if resp != list(facts.responsibilities):
            changed.append("responsibilities")
        skills = {r[0] for r in conn.execute("SELECT s.name FROM document_skills ds JOIN skills s "
                                             "ON s.id = ds.skill_id WHERE ds.document_id = ?", (doc_id,))}
        if skills != {s.name for s in facts.skills}:
            changed.append("skills")
        sal = [tuple(r) for r in conn.execute("SELECT min, max, currency, period, label FROM salaries "
                                              "WHERE document_id = ? ORDER BY position", (doc_id,))]
        if sal != [(s.min, s.max, s.currency, s.period, s.label) for s in facts.salaries]:
            changed.append("salaries")
        return changed

    # -- HTTP validators ------------------------------------------------------------------------
    def validators(self, url: str) -> Optional[tuple[Optional[str], Optional[str], Optional[str]]]:
        """(etag, last_modified, document_url) stored for a fetched URL, or None."""
        row = self.db.conn.execute("SELECT etag, last_modified, document_url FROM http_cache "
                                   "WHERE url = ?", (url,)).fetchone()
        return tuple(row) if row else None

    def save_validators(self, url: str, etag: Optional[str], last_modified: Optional[str],
                        document_url: str) -> None:
        with self._tx() as conn:
            conn.execute("INSERT INTO http_cache (url, etag, last_modified, document_url, checked_at) "
                         "VALUES (?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, "
                         "last_modified = excluded.last_modified, document_url = excluded.document_url, "
                         "checked_at = excluded.checked_at",
                         (url, etag, last_modified, document_url, utcnow()))

    def mark_gone(self, url: str, run_id: Optional[int]) -> bool:
        """A known page now answers 404/410: mark its document ``gone`` (kept, not deleted)."""
        with self._tx() as conn:
            row = conn.execute("SELECT document_url FROM http_cache WHERE url = ?", (url,)).fetchone()
            target = row[0] if row else url
            cur = conn.execute("UPDATE documents SET status = 'gone', closed_at = ?, run_id = ? "
                               "WHERE url = ? AND status = 'active'", (utcnow(), run_id, target))
            conn.execute("DELETE FROM http_cache WHERE url = ?", (url,))
            return cur.rowcount > 0

    def touch(self, url: str, run_id: Optional[int], seen_at: Optional[str] = None) -> bool:
        """Mark a known document as seen again without rewriting it; False if unknown."""
        with self._tx() as conn:
            cur = conn.execute("UPDATE documents SET last_seen = ?, run_id = ?, status = 'active', "
                               "closed_at = NULL WHERE url = ?", (seen_at or utcnow(), run_id, url))
            return cur.rowcount > 0

    def close_missing(self, source: str, listed_urls: set[str], run_id: Optional[int],
                      at: Optional[str] = None) -> int:
        """Mark the active postings of ``source`` that its board no longer lists as closed.

        Call only after a *complete* crawl of the board: a failed or partial listing must never
        close anything. Returns how many were closed. A closed posting that comes back is made
        active again by ``upsert_document``/``touch``.
        """
        at = at or utcnow()
        with self._tx() as conn:
            rows = conn.execute("SELECT id, url FROM documents WHERE source = ? AND kind = 'posting' "
                                "AND status = 'active'", (source,)).fetchall()
            gone = [doc_id for doc_id, url in rows if url not in listed_urls]
            conn.executemany("UPDATE documents SET status = 'closed', closed_at = ?, run_id = ? "
                             "WHERE id = ?", [(at, run_id, doc_id) for doc_id in gone])
        return len(gone)

    def content_hash_of(self, url: str) -> Optional[str]:
        row = self.db.conn.execute("SELECT content_hash FROM documents WHERE url = ?", (url,)).fetchone()
        return row[0] if row else None
