"""CSV export: golden files byte for byte, formula neutralising, --raw, atomic writes."""
from __future__ import annotations

import os

import pytest

from exports.csv_export import ExportError, cell, export_csv, headline_salary
from pipelines.model import Facts, Salary, Skill
from pipelines.store import Store

GOLDEN = os.path.join(os.path.dirname(__file__), "fixtures", "golden")


def _db(path):
    store = Store(path)
    run = store.begin_run(["test"])
    store.upsert_document(
        url="https://a.example/guides/backend/", source="a", content_hash="h1", run_id=run,
        seen_at="2026-01-02T03:04:05Z",
        facts=Facts(url="https://a.example/guides/backend/", title="Senior Backend Engineer: Roles",
                    role="Senior Backend Engineer", seniority="senior", published="2025-03-04",
                    text="Body line one\nBody, with \"quotes\"",
                    responsibilities=["Design APIs: build them", "=HYPERLINK(\"http://evil\")"],
                    skills=[Skill("Python", "language"), Skill("PostgreSQL", "database")],
                    salaries=[Salary("$120k–$150k", 120000.0, 150000.0, "USD", "year", 120000.0,
                                     150000.0, "Senior", "text"),
                              Salary("$60/hr", 60.0, 60.0, "USD", "hour", 124800.0, 124800.0, None,
                                     "text")]))
    store.upsert_document(
        url="https://b.example/p/1", source="b", content_hash="h2", run_id=run,
        seen_at="2026-01-02T03:04:05Z",
        facts=Facts(url="https://b.example/p/1", kind="posting", title="+1 Nurse", role="Nurse",
                    remote=True, company="@Care, Inc.", location="Leeds\tUK", text="x",
                    salaries=[Salary("£12.50 per hour", 12.5, 13.75, "GBP", "hour", 26000.0,
                                     28600.0, None, "structured")]))
    store.close()


def test_golden_files(tmp_path):
    db = str(tmp_path / "j.db")
    _db(db)
    counts = export_csv(db, str(tmp_path / "out"))
    assert counts == {"documents.csv": 2, "responsibilities.csv": 2, "skills.csv": 2,
                      "salaries.csv": 3}
    for name in counts:
        got = (tmp_path / "out" / name).read_bytes()
        golden = os.path.join(GOLDEN, name)
        if os.environ.get("JOBSIFT_UPDATE_GOLDEN"):
            os.makedirs(GOLDEN, exist_ok=True)
            with open(golden, "wb") as fh:
                fh.write(got)
        with open(golden, "rb") as fh:
            assert got == fh.read(), f"{name} differs from {golden}"


def test_raw_keeps_text_untouched(tmp_path):
    db = str(tmp_path / "j.db")
    _db(db)
    export_csv(db, str(tmp_path / "out"), raw=True)
    text = (tmp_path / "out" / "responsibilities.csv").read_text(encoding="utf-8")
    assert '"=HYPERLINK(""http://evil"")"' in text
    docs = (tmp_path / "out" / "documents.csv").read_text(encoding="utf-8")
    assert ",+1 Nurse," in docs


@pytest.mark.parametrize("value,expected", [
    ("=1+2", "'=1+2"), ("+44 20", "'+44 20"), ("-x", "'-x"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"), ("\rx", "'\rx"), ("plain", "plain"), (None, ""), (True, "true"),
    (False, "false"), (120000.0, 120000), (27.5, "27.5"), (-5.0, -5), (3, 3),
])
def test_cell(value, expected):
    assert cell(value) == expected


def test_headline_salary_prefers_structured_then_spans_same_currency():
    rows = [(60, 80, "USD", "year", 60, 80, "text"), (120, 150, "USD", "year", 120, 150, "text"),
            (40, 50, "GBP", "year", 40, 50, "text")]
    assert headline_salary(rows) == (60, 150, "USD", "year", 60, 150)
    rows.append((1, 2, "EUR", "month", 12, 24, "structured"))
    assert headline_salary(rows) == (1, 2, "EUR", "month", 12, 24)
    assert headline_salary([]) == (None,) * 6


def test_errors_are_clear(tmp_path):
    with pytest.raises(ExportError, match="no database"):
        export_csv(str(tmp_path / "missing.db"), str(tmp_path / "out"))
    db = str(tmp_path / "j.db")
    _db(db)
    (tmp_path / "file").write_text("x")
    with pytest.raises(ExportError, match="not a folder"):
        export_csv(db, str(tmp_path / "file"))


def test_export_replaces_files_atomically(tmp_path):
    db = str(tmp_path / "j.db")
    _db(db)
    out = tmp_path / "out"
    export_csv(db, str(out))
    inode = os.stat(out / "documents.csv").st_ino
    export_csv(db, str(out))
    assert os.stat(out / "documents.csv").st_ino != inode  # a new file renamed into place
    assert sorted(os.listdir(out)) == sorted(["documents.csv", "responsibilities.csv",
                                              "skills.csv", "salaries.csv"])
