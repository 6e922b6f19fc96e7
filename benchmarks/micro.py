"""In-process benchmarks: clean + extract vs trafilatura, storage, CSV export."""
from __future__ import annotations

import gc
import inspect
import os
import random
import sqlite3
import tempfile
import time
from datetime import datetime, timezone
from typing import Callable, Optional

from .crawlbench import median

# ---------------------------------------------------------------------------------------------
# clean + extract vs trafilatura


def trafilatura_call() -> tuple[Callable[[bytes, str], object], str]:
    """``trafilatura.extract(html, fast=True)`` (trafilatura >= 2; ``no_fallback=True`` on 1.x)."""
    import trafilatura

    params = inspect.signature(trafilatura.extract).parameters
    kw = {"fast": True} if "fast" in params else {"no_fallback": True}
    desc = "trafilatura.extract(html, " + ", ".join(f"{k}={v}" for k, v in kw.items()) + ")"
    return (lambda body, url: trafilatura.extract(body, **kw)), desc


#: the fetch time clean() and extract() both get, as in a crawl (one time per page)
FETCHED_AT = datetime(2026, 1, 1, tzinfo=timezone.utc)


def ours_call() -> Callable[[bytes, str], object]:
    from pipelines.clean import clean
    from pipelines.extract import extract

    def run(body: bytes, url: str):
        # as a crawl's worker calls them (pipelines/workers.py)
        return extract(clean(body, url, fetched_at=FETCHED_AT), fetched_at=FETCHED_AT)
    return run


def bench_clean_extract(pages: list[tuple[str, bytes]], reps: int,
                        selectors: Optional[list[str]] = None) -> dict:
    """Both extractors on the same pages, same process, interleaved page by page (which one goes
    first alternates by repetition). Per repetition: total seconds / pages → ms/page; the
    figure is the median over repetitions. One untimed warm-up pass first.

    ``selectors``: each page's site's article-body selector; with them, ``clean()`` is also
    timed as for a source configured with its ``content_selector`` (context, not a target), and
    the pages it cleans to the same text are counted."""
    ours = ours_call()
    traf, traf_desc = trafilatura_call()
    for url, body in pages[:20]:
        ours(body, url)
        traf(body, url)
    per_rep_ours, per_rep_traf = [], []
    per_page_ours = [[] for _ in pages]
    per_page_traf = [[] for _ in pages]
    clock = time.perf_counter
    for rep in range(reps):
        gc.collect()
        t_ours = t_traf = 0.0
        for k, (url, body) in enumerate(pages):
            order = (ours, traf) if (rep + k) % 2 == 0 else (traf, ours)
            for fn in order:
                t0 = clock()
                fn(body, url)
                dt = clock() - t0
                if fn is ours:
                    t_ours += dt
                    per_page_ours[k].append(dt)
                else:
                    t_traf += dt
                    per_page_traf[k].append(dt)
        per_rep_ours.append(t_ours / len(pages) * 1000)
        per_rep_traf.append(t_traf / len(pages) * 1000)
    ours_ms, traf_ms = median(per_rep_ours), median(per_rep_traf)
    # Context, not a target: clean() alone, the part trafilatura also does (it extracts no
    # responsibilities, skills, salaries or dates), timed the same way after the pairs.
    from pipelines.clean import clean
    clean_ms = _clean_ms(pages, reps)
    selector = {}
    if selectors:
        same = sum(clean(body, url, fetched_at=FETCHED_AT).text
                   == clean(body, url, fetched_at=FETCHED_AT, content_selector=sel).text
                   for (url, body), sel in zip(pages, selectors))
        selector = {"ours_clean_selector_ms_per_page": _clean_ms(pages, reps, selectors),
                    "selector_same_text": same,
                    "selectors": sorted(set(selectors))}
    page_ours = sorted(median(v) * 1000 for v in per_page_ours)
    page_traf = sorted(median(v) * 1000 for v in per_page_traf)
    return {
        "pages": len(pages), "reps": reps, "trafilatura_call": traf_desc,
        "kb_mean": sum(len(b) for _, b in pages) / len(pages) / 1024,
        "ours_ms_per_page": ours_ms, "trafilatura_ms_per_page": traf_ms,
        "ratio": ours_ms / traf_ms if traf_ms else None,
        "ours_ms_per_rep": per_rep_ours, "trafilatura_ms_per_rep": per_rep_traf,
        "ours_clean_ms_per_page": clean_ms,
        "clean_ratio": clean_ms / traf_ms if traf_ms else None,
        "ours_ms_page_median": median(page_ours), "trafilatura_ms_page_median": median(page_traf),
        "ours_ms_page_p90": page_ours[int(0.9 * (len(page_ours) - 1))],
        "trafilatura_ms_page_p90": page_traf[int(0.9 * (len(page_traf) - 1))],
        **selector,
    }


def _clean_ms(pages: list[tuple[str, bytes]], reps: int,
              selectors: Optional[list[str]] = None) -> float:
    """``clean()`` alone (with each page's ``content_selector`` when ``selectors`` are given):
    total seconds / pages → ms/page per repetition, the median over repetitions."""
    from pipelines.clean import clean

    per_rep = []
    for _ in range(reps):
        gc.collect()
        t0 = time.perf_counter()
        for (url, body), sel in zip(pages, selectors or [None] * len(pages)):
            clean(body, url, fetched_at=FETCHED_AT, content_selector=sel)
        per_rep.append((time.perf_counter() - t0) / len(pages) * 1000)
    return median(per_rep)


# ---------------------------------------------------------------------------------------------
# storage

SKILLS = [
    ("Python", "language"), ("Java", "language"), ("Go", "language"), ("SQL", "language"),
    ("JavaScript", "language"), ("TypeScript", "language"), ("Kotlin", "language"),
    ("Swift", "language"), ("Rust", "language"), ("C#", "language"), ("Ruby", "language"),
    ("PHP", "language"), ("Scala", "language"), ("R", "language"), ("PostgreSQL", "database"),
    ("MySQL", "database"), ("Redis", "database"), ("MongoDB", "database"), ("Kafka", "data"),
    ("Spark", "data"), ("Airflow", "data"), ("dbt", "data"), ("Snowflake", "data"),
    ("Tableau", "analytics"), ("Power BI", "analytics"), ("Excel", "analytics"),
    ("Docker", "devops"), ("Kubernetes", "devops"), ("Terraform", "devops"), ("AWS", "cloud"),
    ("Azure", "cloud"), ("GCP", "cloud"), ("Linux", "devops"), ("Git", "tool"), ("Jira", "tool"),
    ("Figma", "design"), ("React", "framework"), ("Angular", "framework"), ("Vue", "framework"),
    ("Django", "framework"), ("Spring Boot", "framework"), ("Node.js", "framework"),
    ("PyTorch", "ml"), ("TensorFlow", "ml"), ("scikit-learn", "ml"), ("Salesforce", "crm"),
    ("HubSpot", "crm"), ("Zendesk", "tool"), ("SAP", "erp"), ("QuickBooks", "finance"),
    ("GAAP", "finance"), ("IFRS", "finance"), ("AutoCAD", "engineering"), ("CPR", "healthcare"),
    ("BLS", "healthcare"), ("EHR", "healthcare"), ("OSHA", "safety"), ("Agile", "method"),
    ("Scrum", "method"), ("SEO", "marketing"),
]
_RESP = [
    "Design and document service interfaces", "Build and maintain data pipelines",
    "Review code and mentor junior colleagues", "Keep production systems reliable",
    "Work with product managers on priorities", "Write automated tests",
    "Own the quarterly planning process", "Monitor cost and performance",
    "Train new starters on procedures", "Report progress to stakeholders",
    "Keep accurate records", "Handle customer escalations",
]


def make_facts(n: int, texts: list[str], seed: int = 7) -> list:
    """``n`` Facts shaped like real guides: 5-7 responsibilities, 8-12 skills, 1-3 salaries,
    a real cleaned page text (rotated, with a unique first line)."""
    from pipelines.model import Facts, Salary, Skill

    rnd = random.Random(seed)
    texts = texts or ["Role guide text. " * 300]
    out = []
    for i in range(n):
        skills = rnd.sample(SKILLS, rnd.randint(8, 12))
        sal = []
        for k in range(rnd.randint(1, 3)):
            lo = rnd.randrange(30, 150) * 1000
            sal.append(Salary(raw=f"${lo // 1000}k–${lo // 1000 + 25}k a year", min=float(lo),
                              max=float(lo + 25000), currency="USD", period="year",
                              annual_min=float(lo), annual_max=float(lo + 25000),
                              label=["Junior", "Mid-level", "Senior"][k]))
        out.append(Facts(
            url=f"https://bench.example/guides/role-{i}/", title=f"Role {i}: Duties, Skills and Pay",
            role=f"Role {i % 500}", seniority=None, published="2025-03-18", updated="2025-06-02",
            text=f"Guide number {i}.\n" + texts[i % len(texts)],
            responsibilities=[f"{r} ({i})" for r in rnd.sample(_RESP, rnd.randint(5, 7))],
            skills=[Skill(name=s, category=c) for s, c in skills], salaries=sal))
    return out


def bench_store(n: int, texts: list[str], workdir: str) -> dict:
    from pipelines.store import Store

    facts = make_facts(n, texts)
    db = os.path.join(workdir, "store-bench.db")
    # as a crawl writes: the batch size of crawler.settings (each document still atomic on its
    # own, in a SAVEPOINT), the last batch committed by close()
    from crawler import settings as project_settings

    store = Store(db, batch_size=project_settings.JOBSIFT_BATCH_SIZE)
    run_id = store.begin_run(["bench"])
    gc.collect()
    t0 = time.perf_counter()
    for i, f in enumerate(facts):
        store.upsert_document(url=f.url, source="bench", facts=f, content_hash=f"{i:032x}",
                              run_id=run_id, fetched_url=f.url)
    store.close()
    secs = time.perf_counter() - t0
    size = sum(os.path.getsize(db + s) for s in ("", "-wal") if os.path.exists(db + s))
    for s in ("", "-wal", "-shm"):
        if os.path.exists(db + s):
            os.unlink(db + s)
    return {
        "documents": n, "seconds": secs, "docs_per_s": n / secs,
        "ms_per_doc": secs / n * 1000, "db_bytes": size,
        "avg_text_chars": sum(len(f.text) for f in facts) / n,
        "avg_responsibilities": sum(len(f.responsibilities) for f in facts) / n,
        "avg_skills": sum(len(f.skills) for f in facts) / n,
        "avg_salaries": sum(len(f.salaries) for f in facts) / n,
    }


# ---------------------------------------------------------------------------------------------
# export


def build_export_db(path: str, n: int, seed: int = 11) -> dict:
    """A jobsift database (schema from pipelines.store) with ``n`` documents and ~6
    responsibilities, ~10 skills and ~2 salaries each, bulk-inserted with plain SQL."""
    from pipelines.store import connect

    db = connect(path)
    conn = db.conn
    rnd = random.Random(seed)
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO skills (id, name, category) VALUES (?, ?, ?)",
                     [(k + 1, s, c) for k, (s, c) in enumerate(SKILLS)])
    run_id = conn.execute("INSERT INTO crawl_runs (started_at, status, sources) "
                          "VALUES ('2026-01-01T00:00:00Z', 'ok', 'bench')").lastrowid
    docs, resp, links, sal = [], [], [], []
    for i in range(1, n + 1):
        docs.append((i, f"https://bench.example/guides/role-{i}/", "bench", "guide",
                     f"Role {i}: Duties, Skills and Pay", f"Role {i % 500}", None,
                     "2025-03-18", "2025-06-02", f"Short text of guide {i}.", f"{i:032x}",
                     "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z", "active", run_id,
                     f"https://bench.example/guides/role-{i}/"))
        for p, r in enumerate(rnd.sample(_RESP, rnd.randint(5, 7)), 1):
            resp.append((i, p, f"{r}, with notes for guide {i}"))
        for p, sid in enumerate(rnd.sample(range(1, len(SKILLS) + 1), rnd.randint(8, 12)), 1):
            links.append((i, sid, p))
        for p in range(1, rnd.randint(1, 3) + 1):
            lo = rnd.randrange(30, 150) * 1000
            sal.append((i, p, f"${lo // 1000}k–${lo // 1000 + 25}k a year", float(lo),
                        float(lo + 25000), "USD", "year", float(lo), float(lo + 25000),
                        ["Junior", "Mid-level", "Senior"][p - 1], "text"))
    conn.executemany(
        "INSERT INTO documents (id, url, source, kind, title, role, seniority, published, updated, "
        "text, content_hash, first_seen, last_seen, status, run_id, fetched_url) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", docs)
    conn.executemany("INSERT INTO responsibilities (document_id, position, text) VALUES (?, ?, ?)", resp)
    conn.executemany("INSERT INTO document_skills (document_id, skill_id, position) VALUES (?, ?, ?)",
                     links)
    conn.executemany(
        "INSERT INTO salaries (document_id, position, raw, min, max, currency, period, annual_min, "
        "annual_max, label, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", sal)
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return {"documents": n, "responsibilities": len(resp), "document_skills": len(links),
            "salaries": len(sal)}


def bench_export(n: int, workdir: str) -> dict:
    from exports.csv_export import export_csv

    db = os.path.join(workdir, "export-bench.db")
    t0 = time.perf_counter()
    built = build_export_db(db, n)
    build_s = time.perf_counter() - t0
    out = tempfile.mkdtemp(prefix="csv-", dir=workdir)
    gc.collect()
    t0 = time.perf_counter()
    counts = export_csv(db, out)
    secs = time.perf_counter() - t0
    rows = sum(counts.values())
    size = sum(os.path.getsize(os.path.join(out, f)) for f in counts)
    for f in counts:
        os.unlink(os.path.join(out, f))
    os.rmdir(out)
    for s in ("", "-wal", "-shm"):
        if os.path.exists(db + s):
            os.unlink(db + s)
    return {"documents": n, "rows": rows, "rows_per_file": counts, "seconds": secs,
            "rows_per_s": rows / secs, "csv_bytes": size, "build_seconds": build_s,
            "built": built}


def sqlite_version() -> str:
    return sqlite3.sqlite_version
