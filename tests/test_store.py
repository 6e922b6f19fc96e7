"""SQLite storage: schema, transactions, re-crawl semantics without a crawler."""
from __future__ import annotations

import sqlite3

import pytest

from pipelines.model import Facts, Salary, Skill
from pipelines.store import Store, StoreError


def facts(**kw):
    base = dict(url="https://a.example/x", title="Data Analyst Guide", role="Data Analyst",
                published="2025-01-01", text="hello world", responsibilities=["Clean data"],
                skills=[Skill("SQL", "database")],
                salaries=[Salary("$50k", 50000.0, 50000.0, "USD", "year", 50000.0, 50000.0)])
    base.update(kw)
    return Facts(**base)


def test_schema_and_pragmas(tmp_path):
    db = str(tmp_path / "j.db")
    store = Store(db)
    names = set(store.db.table_names())
    assert {"documents", "responsibilities", "skills", "document_skills", "salaries",
            "crawl_runs", "crawl_errors", "documents_fts"} <= names
    assert store.db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    fks = {fk.other_table for fk in store.db["salaries"].foreign_keys}
    assert fks == {"documents"}
    store.close()


def test_upsert_new_unchanged_updated_keeps_fields(tmp_path):
    store = Store(str(tmp_path / "j.db"))
    assert store.upsert_document(url="u", source="s", facts=facts(), content_hash="a", run_id=None,
                                 seen_at="2026-01-01T00:00:00Z") == "new"
    assert store.upsert_document(url="u", source="s", facts=facts(), content_hash="a", run_id=None,
                                 seen_at="2026-01-02T00:00:00Z") == "unchanged"
    f2 = facts(published=None, text="changed", skills=[Skill("Python", "language"), Skill("SQL", "database")])
    assert store.upsert_document(url="u", source="s", facts=f2, content_hash="b", run_id=None,
                                 seen_at="2026-01-03T00:00:00Z") == "updated"
    row = store.db.conn.execute("SELECT first_seen, last_seen, published, text, changed_at "
                                "FROM documents").fetchone()
    assert row == ("2026-01-01T00:00:00Z", "2026-01-03T00:00:00Z", "2025-01-01", "changed",
                   "2026-01-03T00:00:00Z")
    assert store.db.conn.execute("SELECT count(*) FROM document_skills").fetchone()[0] == 2
    assert store.db.conn.execute("SELECT count(*) FROM salaries").fetchone()[0] == 1
    assert store.db.conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
    # full-text search follows the update
    hits = store.db.conn.execute("SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'changed'").fetchall()
    assert len(hits) == 1
    store.close()


def test_document_and_children_commit_together(tmp_path):
    store = Store(str(tmp_path / "j.db"))
    bad = facts(salaries=[Salary("x", 1.0, 2.0, "USD", "year", 1.0, 2.0)])
    bad.responsibilities = [object()]  # cannot be bound: the insert of children fails
    with pytest.raises(sqlite3.Error):
        store.upsert_document(url="u", source="s", facts=bad, content_hash="a", run_id=None)
    assert store.db.conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 0
    store.close()


def test_not_a_database(tmp_path):
    p = tmp_path / "x.db"
    p.write_bytes(b"garbage" * 1000)
    with pytest.raises(StoreError, match="not a usable SQLite database"):
        Store(str(p))
    with pytest.raises(StoreError, match="is a folder"):
        Store(str(tmp_path))
