"""Re-crawling the same site: no duplicates, first_seen kept, last_seen moved, changed pages updated
in place without losing fields the new version lacks."""
from __future__ import annotations

import re
import shutil
import time
from urllib.parse import urlsplit

from crawler.demo import SITE_ROOT, DemoServer, manifest
from tests.helpers import FAST, db_rows, jobsift

SITE = "pathwise"


def _crawl(server, db):
    proc = jobsift("crawl", "--url", server.url, "--db", db, "--quiet", *FAST)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc


def test_recrawl_updates_in_place(tmp_path):
    root = tmp_path / "site"
    shutil.copytree(f"{SITE_ROOT}/{SITE}", root)
    db = str(tmp_path / "j.db")
    m = manifest(SITE)
    changed_path = m["articles"][0]["path"]
    with DemoServer(SITE, root=str(root)) as server:
        _crawl(server, db)
        first = {urlsplit(r["url"]).path: dict(r) for r in db_rows(db, "SELECT * FROM documents")}
        assert set(first) == {a["path"] for a in m["articles"]}
        time.sleep(1.1)  # timestamps have one-second resolution

        # Change one article: new paragraph, and its machine-readable dates removed.
        page = root / changed_path.strip("/") / "index.html"
        html = page.read_text(encoding="utf-8")
        html = re.sub(r"<time[^>]*>", "<span>", html).replace("</time>", "</span>")
        html = re.sub(r'<meta[^>]+(published|modified)_time[^>]*>', "", html)
        marker = "A brand-new paragraph about mentoring interns was added in this revision."
        html = html.replace("</h2>", f"</h2><p>{marker}</p>", 1)
        page.write_text(html, encoding="utf-8")

        _crawl(server, db)
    second = {urlsplit(r["url"]).path: dict(r) for r in db_rows(db, "SELECT * FROM documents")}
    assert set(second) == set(first)  # no duplicates, nothing lost
    assert len(db_rows(db, "SELECT url FROM documents")) == len(first)
    for path, old in first.items():
        new = second[path]
        assert new["id"] == old["id"]
        assert new["first_seen"] == old["first_seen"]
        assert new["last_seen"] > old["last_seen"]
    changed = second[changed_path]
    assert marker in changed["text"]
    assert changed["changed_at"] is not None
    assert changed["published"] == first[changed_path]["published"]  # kept, not nulled
    assert changed["role"] == first[changed_path]["role"]
    for path in set(first) - {changed_path}:
        assert second[path]["changed_at"] is None
        assert second[path]["text"] == first[path]["text"]
    runs = db_rows(db, "SELECT * FROM crawl_runs ORDER BY id")
    assert [r["new"] for r in runs] == [len(first), 0]
    assert runs[1]["updated"] == 1 and runs[1]["unchanged"] == len(first) - 1
    # children were replaced, not duplicated
    dupes = db_rows(db, "SELECT document_id, position, count(*) c FROM responsibilities "
                        "GROUP BY document_id, position HAVING c > 1")
    assert not dupes
