"""`jobsift eval`: the measuring stick itself must be right."""
from __future__ import annotations

import json

import pytest

from pipelines.evaluate import check_thresholds, evaluate, lead_match, match_count, prf, text_prf
from tests.helpers import jobsift


def test_text_prf_is_bag_of_words():
    assert text_prf("a b c", "a b c") == (1.0, 1.0, 1.0)
    p, r, f = text_prf("a b b x", "a b c")
    assert p == pytest.approx(2 / 4) and r == pytest.approx(2 / 3)
    assert f == pytest.approx(2 * p * r / (p + r))
    assert prf(0, 0, 0) == (1.0, 1.0, 1.0)  # nothing expected, nothing found
    assert prf(0, 3, 0)[0] == 0.0


def test_lead_match_and_one_to_one_matching():
    assert lead_match("Design APIs", "Design APIs: build and document them")
    assert lead_match("Month-end close", "Month-end close — posting journals")
    assert not lead_match("Design APIs", "Review pull requests daily")
    assert match_count(["a", "a"], ["a"], lambda g, p: g == p) == 1


def _gold_page(tmp_path, name, html, gold):
    (tmp_path / f"{name}.html").write_bytes(html.encode("utf-8"))
    (tmp_path / f"{name}.gold.json").write_text(json.dumps(gold), encoding="utf-8")


def test_evaluate_scores_a_page_and_thresholds_fail(tmp_path):
    html = """<html><head><title>Data Analyst Guide</title>
    <meta property="og:type" content="article"></head><body>
    <nav><a href="/">Home</a> <a href="/jobs">Browse jobs today</a></nav>
    <article><h1>Data Analyst: Roles and Salary</h1>
    <p>Data analysts turn raw numbers into decisions that managers can act on every single week.</p>
    <h2>Key responsibilities</h2><ul><li>Clean data: remove duplicates and fix types.</li>
    <li>Build dashboards: weekly reports in Tableau.</li></ul>
    <h2>Salary</h2><p>Analysts earn $60,000 to $80,000 per year in most US cities today.</p>
    <p>They use SQL and Python daily, and present results to many teams across the business.</p>
    </article><footer>Copyright Example Media 2026</footer></body></html>"""
    gold = {"url": "https://example.com/data-analyst/", "headers": {"Content-Type": "text/html; charset=utf-8"},
            "fetched_at": "2026-11-20T12:00:00Z", "title": "Data Analyst: Roles and Salary",
            "role": "Data Analyst", "seniority": None, "published": None, "updated": None,
            "main_text": ["Data analysts turn raw numbers into decisions that managers can act on every single week.",
                          "Key responsibilities", "Clean data: remove duplicates and fix types.",
                          "Build dashboards: weekly reports in Tableau.", "Salary",
                          "Analysts earn $60,000 to $80,000 per year in most US cities today.",
                          "They use SQL and Python daily, and present results to many teams across the business."],
            "boilerplate": ["Browse jobs today", "Copyright Example Media"],
            "responsibilities": ["Clean data", "Build dashboards"],
            "skills_required": ["SQL", "Python", "Tableau"], "skills_extra_ok": [],
            "salaries": [{"min": 60000, "max": 80000, "currency": "USD", "period": "year", "label": None}]}
    _gold_page(tmp_path, "page", html, gold)
    result = evaluate(str(tmp_path), baseline=False)
    t = result["total"]
    assert t["pages"] == 1 and t["errors"] == 0
    assert t["text_f1"] == pytest.approx(1.0)
    assert t["leaked_boilerplate"] == 0
    assert t["responsibilities_f1"] == 1.0 and t["salary_f1"] == 1.0 and t["skills_recall"] == 1.0
    assert t["date_accuracy"] == 1.0 and t["role_accuracy"] == 1.0
    assert check_thresholds(t, {"min_text_f1": 0.9, "max_leaks": 0}) == []
    # a wrong expectation makes the figures drop and the CLI exit non-zero under a threshold
    gold["salaries"][0]["max"] = 90000
    _gold_page(tmp_path, "page", html, gold)
    proc = jobsift("eval", str(tmp_path), "--no-baseline", "--min-salary-f1", "0.9")
    assert proc.returncode == 1
    assert "below threshold" in proc.stderr and "salary_f1" in proc.stderr
    proc = jobsift("eval", str(tmp_path), "--no-baseline", "--json")
    assert json.loads(proc.stdout)["total"]["salary_f1"] == 0.0


def test_eval_missing_directory_is_a_clear_error(tmp_path):
    proc = jobsift("eval", str(tmp_path / "nope"))
    assert proc.returncode == 2 and "no gold directory" in proc.stderr
