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


# -- full-text index with the batched writer (schema 2) ---------------------------------------

def _ro(path):
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def _fts_sound(conn):
    conn.execute("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")
    docs = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert conn.execute("SELECT count(*) FROM documents_fts").fetchone()[0] == docs
    assert conn.execute("SELECT count(*) FROM documents_fts_pending").fetchone()[0] == 0


def _hits(conn, query):
    return sorted(r[0] for r in conn.execute(
        "SELECT d.url FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid "
        "WHERE documents_fts MATCH ?", (query,)))


def test_batched_documents_are_searchable_once_committed(tmp_path):
    db = str(tmp_path / "j.db")
    store = Store(db, batch_size=50)
    for i in range(3):
        store.upsert_document(url=f"u{i}", source="s", content_hash=str(i), run_id=None,
                              facts=facts(text=f"kubernetes operators number{i}"))
    reader = _ro(db)
    assert reader.execute("SELECT count(*) FROM documents").fetchone()[0] == 0  # not committed
    assert reader.execute("SELECT count(*) FROM documents_fts_pending").fetchone()[0] == 0
    store.flush()
    assert _hits(reader, "kubernetes") == ["u0", "u1", "u2"]
    assert _hits(reader, "operator") == ["u0", "u1", "u2"]  # porter stemming
    assert _hits(reader, "number1") == ["u1"]
    assert reader.execute("SELECT count(*) FROM documents_fts_pending").fetchone()[0] == 0
    reader.close()
    store.close()
    conn = sqlite3.connect(db)
    _fts_sound(conn)
    conn.close()


def test_batched_rolled_back_document_is_not_indexed(tmp_path):
    db = str(tmp_path / "j.db")
    store = Store(db, batch_size=50)
    store.upsert_document(url="good", source="s", facts=facts(text="alpha"), content_hash="a",
                          run_id=None)
    bad = facts(text="alpha beta")
    bad.responsibilities = [object()]
    with pytest.raises(sqlite3.Error):
        store.upsert_document(url="bad", source="s", facts=bad, content_hash="b", run_id=None)
    store.close()
    conn = sqlite3.connect(db)
    assert _hits(conn, "alpha") == ["good"]
    assert _hits(conn, "beta") == []
    _fts_sound(conn)
    conn.close()


@pytest.mark.parametrize("batch_size", [1, 50])
def test_changed_document_is_reindexed(tmp_path, batch_size):
    db = str(tmp_path / "j.db")
    store = Store(db, batch_size=batch_size)
    store.upsert_document(url="u", source="s", facts=facts(text="first version"), content_hash="1",
                          run_id=None)
    store.upsert_document(url="other", source="s", facts=facts(text="first other"), content_hash="o",
                          run_id=None)
    store.flush()
    # changed twice in one batch, then once more in the next one
    for h, text in (("2", "second version"), ("3", "third version")):
        assert store.upsert_document(url="u", source="s", facts=facts(text=text), content_hash=h,
                                     run_id=None) == "updated"
    store.flush()
    assert store.upsert_document(url="u", source="s", facts=facts(text="third version"),
                                 content_hash="3", run_id=None) == "unchanged"
    store.upsert_document(url="u", source="s", facts=facts(text="fourth version"), content_hash="4",
                          run_id=None)
    store.close()
    conn = sqlite3.connect(db)
    assert _hits(conn, "first") == ["other"]
    assert _hits(conn, "second") == [] and _hits(conn, "third") == []
    assert _hits(conn, "fourth") == ["u"]
    assert _hits(conn, "version") == ["u"]
    _fts_sound(conn)
    conn.close()


def test_other_writers_keep_the_index_in_step(tmp_path):
    """Plain SQL from another connection (sqlite3, sqlite-utils) is indexed by the triggers,
    before and after the crawl's writer ran a batch on the same database."""
    db = str(tmp_path / "j.db")
    store = Store(db, batch_size=50)
    store.upsert_document(url="crawl", source="s", facts=facts(text="crawled"), content_hash="a",
                          run_id=None)
    store.flush()
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("INSERT INTO documents (url, kind, title, text, first_seen, last_seen) "
                  "VALUES ('hand', 'guide', 'Hand made', 'manual entry', 'x', 'x')")
    other.execute("UPDATE documents SET text = 'edited by hand' WHERE url = 'crawl'")
    other.execute("UPDATE documents SET last_seen = 'y'")  # not title/text: index untouched
    assert _hits(other, "manual") == ["hand"]
    assert _hits(other, "edited") == ["crawl"] and _hits(other, "crawled") == []
    store.upsert_document(url="crawl2", source="s", facts=facts(text="second crawl"),
                          content_hash="b", run_id=None)  # a batch is open now
    assert _hits(other, "entry") == ["hand"]  # a reader sees the committed state only
    store.close()
    other.execute("INSERT INTO documents (url, kind, title, text, first_seen, last_seen) "
                  "VALUES ('hand2', 'guide', 'Hand made', 'another entry', 'x', 'x')")
    assert _hits(other, "entry") == ["hand", "hand2"]
    assert _hits(other, "second") == ["crawl2"]
    _fts_sound(other)
    other.close()


_V1_TRIGGERS = [
    """CREATE TRIGGER "documents_ai" AFTER INSERT ON "documents" BEGIN
  INSERT INTO "documents_fts" (rowid, "title", "text") VALUES (new.rowid, new."title", new."text");
END""",
    """CREATE TRIGGER "documents_ad" AFTER DELETE ON "documents" BEGIN
  INSERT INTO "documents_fts" ("documents_fts", rowid, "title", "text") VALUES('delete', old.rowid, old."title", old."text");
END""",
    """CREATE TRIGGER "documents_au" AFTER UPDATE ON "documents" BEGIN
  INSERT INTO "documents_fts" ("documents_fts", rowid, "title", "text") VALUES('delete', old.rowid, old."title", old."text");
  INSERT INTO "documents_fts" (rowid, "title", "text") VALUES (new.rowid, new."title", new."text");
END""",
]


def _make_schema_1(db):
    """A database as the first releases wrote it: sqlite-utils' FTS triggers, user_version 0."""
    Store(db).close()
    conn = sqlite3.connect(db, isolation_level=None)
    for name in ("documents_ai", "documents_ad", "documents_au"):
        conn.execute(f"DROP TRIGGER {name}")
    for sql in _V1_TRIGGERS:
        conn.execute(sql)
    conn.execute("DROP TABLE documents_fts_pending")
    conn.execute("DELETE FROM documents_fts_config WHERE k = 'automerge'")
    conn.execute("PRAGMA user_version = 0")
    conn.execute("INSERT INTO documents (url, kind, title, text, first_seen, last_seen) "
                 "VALUES ('old', 'guide', 'Old guide', 'stored by schema one', 'x', 'x')")
    conn.close()


def test_schema_1_database_is_migrated(tmp_path):
    db = str(tmp_path / "j.db")
    _make_schema_1(db)
    store = Store(db, batch_size=50)
    conn = store.db.conn
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    ai = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'documents_ai'").fetchone()[0]
    assert "documents_fts_pending" in ai
    assert conn.execute("SELECT v FROM documents_fts_config WHERE k = 'automerge'").fetchone()[0] == 16
    store.upsert_document(url="old", source="s", facts=facts(text="rewritten by schema two"),
                          content_hash="n", run_id=None)
    store.upsert_document(url="new", source="s", facts=facts(text="new on schema two"),
                          content_hash="m", run_id=None)
    store.close()
    conn = sqlite3.connect(db)
    assert _hits(conn, "schema") == ["new", "old"]
    assert _hits(conn, "stored") == []
    _fts_sound(conn)
    conn.close()
    Store(db, batch_size=50).close()  # opening again changes nothing


def test_replaced_fts_triggers_are_respected(tmp_path):
    """After `sqlite-utils enable-fts --replace` (triggers without the pending check) the writer
    must not index a second time."""
    import sqlite_utils

    db = str(tmp_path / "j.db")
    Store(db).close()
    sdb = sqlite_utils.Database(db)
    sdb["documents"].disable_fts()
    sdb["documents"].enable_fts(["title", "text"], create_triggers=True, tokenize="porter")
    sdb.close()
    store = Store(db, batch_size=50)
    store.upsert_document(url="u", source="s", facts=facts(text="once only"), content_hash="a",
                          run_id=None)
    store.upsert_document(url="u", source="s", facts=facts(text="twice now"), content_hash="b",
                          run_id=None)
    store.close()
    conn = sqlite3.connect(db)
    assert _hits(conn, "twice") == ["u"] and _hits(conn, "once") == []
    _fts_sound(conn)
    conn.close()


@pytest.mark.parametrize("batch_size", [1, 50])
def test_new_skill_of_a_rolled_back_document_is_not_remembered(tmp_path, batch_size):
    store = Store(str(tmp_path / "j.db"), batch_size=batch_size)
    bad = facts(skills=[Skill("Rust", "language")],
                salaries=[Salary(object(), 1.0, 2.0, "USD", "year", 1.0, 2.0)])
    with pytest.raises(sqlite3.Error):
        store.upsert_document(url="bad", source="s", facts=bad, content_hash="a", run_id=None)
    assert store.upsert_document(url="good", source="s", facts=facts(skills=[Skill("Rust", "language")]),
                                 content_hash="b", run_id=None) == "new"
    store.close()
    conn = sqlite3.connect(str(tmp_path / "j.db"))
    assert conn.execute("SELECT s.name FROM document_skills ds JOIN skills s ON s.id = ds.skill_id"
                        ).fetchall() == [("Rust",)]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()


def test_batch_indexes_new_then_changed_documents_once(tmp_path):
    db = str(tmp_path / "j.db")
    store = Store(db, batch_size=50)
    store.upsert_document(url="a", source="s", facts=facts(text="early draft"), content_hash="1",
                          run_id=None)
    store.upsert_document(url="a", source="s", facts=facts(text="final text"), content_hash="2",
                          run_id=None)  # new and changed in the same batch
    store.close()
    conn = sqlite3.connect(db)
    assert _hits(conn, "final") == ["a"] and _hits(conn, "draft") == []
    _fts_sound(conn)
    conn.close()


def test_batch_indexes_documents_whose_id_is_below_the_largest(tmp_path):
    """Once the largest rowid is taken SQLite picks free ids at random, below the batch's start."""
    db = str(tmp_path / "j.db")
    Store(db).close()
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("INSERT INTO documents (id, url, kind, title, text, first_seen, last_seen) "
                 "VALUES (9223372036854775807, 'last', 'guide', 'Last', 'largest id', 'x', 'x')")
    conn.close()
    store = Store(db, batch_size=50)
    for i in range(3):
        store.upsert_document(url=f"u{i}", source="s", facts=facts(text=f"random id{i}"),
                              content_hash="a", run_id=None)
    store.upsert_document(url="u0", source="s", facts=facts(text="random changed"),
                          content_hash="b", run_id=None)
    store.close()
    conn = sqlite3.connect(db)
    assert _hits(conn, "random") == ["u0", "u1", "u2"]
    assert _hits(conn, "id0") == [] and _hits(conn, "changed") == ["u0"]
    assert _hits(conn, "largest") == ["last"]
    _fts_sound(conn)
    conn.close()


def test_failed_commit_rolls_the_batch_back_whole(tmp_path):
    class FailingCommit:
        """The store's connection, with one COMMIT that fails (disk full, I/O error)."""

        def __init__(self, conn):
            self._conn, self.fail = conn, True

        def __getattr__(self, name):
            return getattr(self._conn, name)

        def execute(self, sql, *args):
            if sql == "COMMIT" and self.fail:
                self.fail = False
                raise sqlite3.OperationalError("disk I/O error")
            return self._conn.execute(sql, *args)

    db = str(tmp_path / "j.db")
    store = Store(db, batch_size=2)
    real = store.db.conn
    store.db = type("Db", (), {"conn": FailingCommit(real)})()
    store.upsert_document(url="a", source="s", facts=facts(text="lost", skills=[Skill("Rust", "language")]),
                          content_hash="1", run_id=None)
    with pytest.raises(sqlite3.OperationalError):  # the batch is full: its commit fails
        store.upsert_document(url="b", source="s", facts=facts(text="lost"), content_hash="2",
                              run_id=None)
    assert not real.in_transaction
    store.upsert_document(url="a", source="s", facts=facts(text="kept", skills=[Skill("Rust", "language")]),
                          content_hash="1", run_id=None)
    store.close()
    conn = sqlite3.connect(db)
    assert [r[0] for r in conn.execute("SELECT url FROM documents")] == ["a"]
    assert _hits(conn, "kept") == ["a"] and _hits(conn, "lost") == []
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    _fts_sound(conn)
    conn.close()
