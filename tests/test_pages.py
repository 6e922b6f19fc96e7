"""Saved-page fixtures, web-poet style: tests/fixtures/pages/<name>/{body.html, info.json,
expected.json}. Raw bytes + headers go through the same clean + extract a crawl uses."""
from __future__ import annotations

import json
import os
from datetime import datetime

import pytest

from pipelines.clean import clean
from pipelines.extract import extract
from pipelines.skills import load_taxonomy
from tests.helpers import lead_matches, phrase_in, salary_key, unique_salaries

PAGES = os.path.join(os.path.dirname(__file__), "fixtures", "pages")
NAMES = sorted(d for d in os.listdir(PAGES) if os.path.isfile(os.path.join(PAGES, d, "expected.json")))


def _load(name):
    folder = os.path.join(PAGES, name)
    with open(os.path.join(folder, "body.html"), "rb") as fh:
        body = fh.read()
    with open(os.path.join(folder, "info.json"), encoding="utf-8") as fh:
        info = json.load(fh)
    with open(os.path.join(folder, "expected.json"), encoding="utf-8") as fh:
        expected = json.load(fh)
    headers = {k.lower(): v for k, v in info.get("headers", {}).items()}
    fetched = datetime.fromisoformat(info["fetched_at"].replace("Z", "+00:00"))
    content = clean(body, info["url"], content_type=headers.get("content-type"))
    facts = extract(content, fetched_at=fetched)
    return content, facts, expected


@pytest.fixture(scope="module")
def results():
    return {name: _load(name) for name in NAMES}


def _canonical(name: str) -> str:
    tax = load_taxonomy()
    hit = tax.lookup(name)
    return (hit or name).lower()


def test_enough_fixtures():
    assert len(NAMES) >= 10


@pytest.mark.parametrize("name", NAMES)
def test_page_metadata(results, name):
    content, facts, exp = results[name]
    assert content.is_article
    assert facts.title == exp["title"]
    assert (facts.role or "").lower() == exp["role"].lower()
    assert facts.seniority == exp.get("seniority")
    assert facts.published == exp["published"]
    assert facts.updated == exp["updated"]
    assert "\ufffd" not in facts.text


@pytest.mark.parametrize("name", NAMES)
def test_page_main_text(results, name):
    content, facts, exp = results[name]
    missing = [p for p in exp["body_phrases"] if not phrase_in(p, facts.text)]
    leaked = [b for b in exp["boilerplate"] if phrase_in(b, facts.text)]
    assert not missing and not leaked, f"missing {missing}; leaked {leaked}"


@pytest.mark.parametrize("name", NAMES)
def test_page_responsibilities(results, name):
    _, facts, exp = results[name]
    want, got = exp["responsibilities"], facts.responsibilities
    missing = [w for w in want if not any(lead_matches(w, g) for g in got)]
    extra = [g for g in got if not any(lead_matches(w, g) for w in want)]
    assert not missing and not extra, f"missing {missing}; extra {extra}"


@pytest.mark.parametrize("name", NAMES)
def test_page_skills(results, name):
    _, facts, exp = results[name]
    got = {s.name.lower() for s in facts.skills}
    missing = [s for s in exp["skills_include"] if _canonical(s) not in got]
    wrong = [s for s in exp["skills_exclude"] if _canonical(s) in got]
    assert not missing and not wrong, f"missing {missing}; should not have {wrong}"


@pytest.mark.parametrize("name", NAMES)
def test_page_salaries(results, name):
    _, facts, exp = results[name]
    got = sorted((salary_key(s.to_dict()) for s in facts.salaries), key=repr)
    want = sorted(unique_salaries(exp["salaries"]), key=repr)
    assert got == want
