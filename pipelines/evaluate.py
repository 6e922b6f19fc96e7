"""Extraction quality against a gold set: ``jobsift eval DIR``.

A gold directory holds pages ``NAME.html`` (raw bytes as served) with ``NAME.gold.json`` beside
each (hand-checked expectations: url, headers, fetched_at, title, role, seniority, published,
updated, main_text blocks, boilerplate strings, responsibilities lead phrases, skills_required,
skills_extra_ok, skills_forbidden, salaries). Every page goes through the same clean + extract a
crawl uses; trafilatura's ``extract`` runs on the same decoded pages as the baseline.

Measures (per page and in total):
- main text: token precision/recall/F1, bag of words over ``\\w+`` lower-cased (ours and trafilatura's)
- leaked boilerplate: gold boilerplate strings found in the extracted text
- responsibilities: F1 of one-to-one fuzzy matches between gold lead phrases and extracted items
- skills: precision (extracted skills that are required or acceptable extras), recall (required
  skills found), F1
- salaries: precision/recall/F1 on exact (min, max, currency, period)
- dates: share of published/updated fields exactly right (null = null counts as right)
- role: share of pages whose role matches (case-insensitive)
Totals: text figures are the mean over pages; the others are micro-averaged (pooled counts).
"""
from __future__ import annotations

import difflib
import json
import os
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Optional

from .charset import decode_html
from .clean import clean
from .extract import extract
from .skills import load_taxonomy

_WORD = re.compile(r"\w+")


def tokens(text: str) -> Counter:
    return Counter(_WORD.findall((text or "").lower()))


def prf(tp: float, n_pred: float, n_gold: float) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else (1.0 if not n_pred else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def text_prf(pred: str, gold: str) -> tuple[float, float, float]:
    a, b = tokens(pred), tokens(gold)
    tp = sum((a & b).values())
    return prf(tp, sum(a.values()), sum(b.values()))


def _norm_words(s: str) -> list[str]:
    return _WORD.findall((s or "").lower())


def phrase_in(phrase: str, text: str) -> bool:
    p = " ".join(_norm_words(phrase))
    return bool(p) and p in " ".join(_norm_words(text))


def lead_match(lead: str, item: str) -> bool:
    """A gold lead phrase matches an extracted item when the item starts with (nearly) it."""
    lw, iw = _norm_words(lead), _norm_words(item)
    if not lw or not iw:
        return False
    lead_s = " ".join(lw)
    if lead_s in " ".join(iw[: len(lw) + 6]):
        return True
    head = " ".join(iw[: len(lw)])
    return difflib.SequenceMatcher(None, lead_s, head).ratio() >= 0.85


def match_count(gold: list, pred: list, same) -> int:
    """One-to-one greedy matches in order."""
    used = [False] * len(pred)
    n = 0
    for g in gold:
        for i, p in enumerate(pred):
            if not used[i] and same(g, p):
                used[i] = True
                n += 1
                break
    return n


def salary_key(s: dict) -> tuple:
    def num(v):
        return None if v is None else round(float(v), 2)
    return (num(s.get("min")), num(s.get("max")), s.get("currency"), s.get("period"))


@dataclass
class PageResult:
    name: str
    text: tuple = (0.0, 0.0, 0.0)
    text_trafilatura: tuple = (0.0, 0.0, 0.0)
    leaked: list = field(default_factory=list)
    leaked_trafilatura: list = field(default_factory=list)
    resp: tuple = (0, 0, 0)          # (matched, predicted, gold)
    skills: tuple = (0, 0, 0)        # (good predicted, predicted, required found, required)
    salaries: tuple = (0, 0, 0)      # (matched, predicted, gold)
    dates: tuple = (0, 0)            # (right, fields)
    role_ok: bool = False
    error: Optional[str] = None
    details: dict = field(default_factory=dict)
    ms_ours: float = 0.0
    ms_trafilatura: float = 0.0


def load_gold(directory: str) -> list[tuple[str, str, dict]]:
    if not os.path.isdir(directory):
        raise FileNotFoundError(f"no gold directory at {directory!r}")
    out = []
    for name in sorted(os.listdir(directory)):
        if not name.endswith(".gold.json"):
            continue
        stem = name[: -len(".gold.json")]
        html = os.path.join(directory, stem + ".html")
        with open(os.path.join(directory, name), encoding="utf-8") as fh:
            gold = json.load(fh)
        out.append((stem, html, gold))
    return out


def _trafilatura(html: str, url: str) -> Optional[str]:
    try:
        import trafilatura
    except ImportError:
        return None
    try:
        return trafilatura.extract(html, url=url, include_comments=False, include_tables=True) or ""
    except Exception:  # noqa: BLE001 - the baseline failing on a page scores 0 there
        return ""


def evaluate_page(stem: str, html_path: str, gold: dict, baseline: bool = True) -> PageResult:
    res = PageResult(stem)
    with open(html_path, "rb") as fh:
        body = fh.read()
    headers = {k.lower(): v for k, v in (gold.get("headers") or {}).items()}
    url = gold.get("url") or "https://example.invalid/"
    fetched = gold.get("fetched_at")
    now = (datetime.fromisoformat(fetched.replace("Z", "+00:00")) if fetched
           else datetime.now(timezone.utc))
    try:
        t0 = time.perf_counter()
        content = clean(body, url, content_type=headers.get("content-type"), fetched_at=now)
        facts = extract(content, fetched_at=now)
        res.ms_ours = (time.perf_counter() - t0) * 1000
    except Exception as exc:  # noqa: BLE001
        res.error = f"{type(exc).__name__}: {exc}"
        return res
    gold_text = "\n".join(gold.get("main_text") or [])
    res.text = text_prf(facts.text, gold_text)
    res.leaked = [b for b in gold.get("boilerplate", []) if phrase_in(b, facts.text)]
    if baseline:
        decoded, _ = decode_html(body, headers.get("content-type"))
        t0 = time.perf_counter()
        traf = _trafilatura(decoded, url)
        res.ms_trafilatura = (time.perf_counter() - t0) * 1000
        if traf is not None:
            res.text_trafilatura = text_prf(traf, gold_text)
            res.leaked_trafilatura = [b for b in gold.get("boilerplate", []) if phrase_in(b, traf)]
    # responsibilities
    gold_resp = gold.get("responsibilities") or []
    m = match_count(gold_resp, facts.responsibilities, lead_match)
    res.resp = (m, len(facts.responsibilities), len(gold_resp))
    # skills
    tax = load_taxonomy()
    canon = lambda n: (tax.lookup(n) or n).lower()  # noqa: E731
    required = {canon(s) for s in gold.get("skills_required") or []}
    ok = required | {canon(s) for s in gold.get("skills_extra_ok") or []}
    got = {s.name.lower() for s in facts.skills}
    res.skills = (len(got & ok), len(got), len(got & required), len(required))
    # salaries
    gold_sal = [salary_key(s) for s in gold.get("salaries") or []]
    pred_sal = [salary_key(s.to_dict()) for s in facts.salaries]
    m = match_count(gold_sal, pred_sal, lambda a, b: a == b)
    res.salaries = (m, len(pred_sal), len(gold_sal))
    # dates and role
    right = int(facts.published == gold.get("published")) + int(facts.updated == gold.get("updated"))
    res.dates = (right, 2)
    res.role_ok = (facts.role or "").lower() == (gold.get("role") or "").lower()
    res.details = {
        "role": facts.role, "gold_role": gold.get("role"),
        "published": facts.published, "gold_published": gold.get("published"),
        "updated": facts.updated, "gold_updated": gold.get("updated"),
        "missing_responsibilities": [g for g in gold_resp
                                     if not any(lead_match(g, p) for p in facts.responsibilities)],
        "extra_responsibilities": [p for p in facts.responsibilities
                                   if not any(lead_match(g, p) for g in gold_resp)],
        "missing_skills": sorted(required - got), "wrong_skills": sorted(got - ok),
        "missing_salaries": [s for s in gold_sal if s not in pred_sal],
        "extra_salaries": [s for s in pred_sal if s not in gold_sal],
    }
    return res


def evaluate(directory: str, baseline: bool = True) -> dict[str, Any]:
    pages = [evaluate_page(stem, html, gold, baseline) for stem, html, gold in load_gold(directory)]
    ok = [p for p in pages if p.error is None]
    n = len(ok) or 1

    def mean(idx_fn):
        return sum(idx_fn(p) for p in ok) / n

    def pooled(attr):
        m = sum(getattr(p, attr)[0] for p in ok)
        pred = sum(getattr(p, attr)[1] for p in ok)
        gold = sum(getattr(p, attr)[2] for p in ok)
        return prf(m, pred, gold)

    good = sum(p.skills[0] for p in ok)
    pred = sum(p.skills[1] for p in ok)
    found = sum(p.skills[2] for p in ok)
    req = sum(p.skills[3] for p in ok)
    sp = good / pred if pred else 1.0
    sr = found / req if req else 1.0
    sf = 2 * sp * sr / (sp + sr) if sp + sr else 0.0
    ms = sorted(p.ms_ours for p in ok)
    mt = sorted(p.ms_trafilatura for p in ok)
    total = {
        "pages": len(pages),
        "errors": len(pages) - len(ok),
        "text_precision": mean(lambda p: p.text[0]),
        "text_recall": mean(lambda p: p.text[1]),
        "text_f1": mean(lambda p: p.text[2]),
        "trafilatura_text_precision": mean(lambda p: p.text_trafilatura[0]),
        "trafilatura_text_recall": mean(lambda p: p.text_trafilatura[1]),
        "trafilatura_text_f1": mean(lambda p: p.text_trafilatura[2]),
        "leaked_boilerplate": sum(len(p.leaked) for p in ok),
        "trafilatura_leaked_boilerplate": sum(len(p.leaked_trafilatura) for p in ok),
        "responsibilities_precision": pooled("resp")[0],
        "responsibilities_recall": pooled("resp")[1],
        "responsibilities_f1": pooled("resp")[2],
        "skills_precision": sp, "skills_recall": sr, "skills_f1": sf,
        "salary_precision": pooled("salaries")[0],
        "salary_recall": pooled("salaries")[1],
        "salary_f1": pooled("salaries")[2],
        "date_accuracy": (sum(p.dates[0] for p in ok) / max(1, sum(p.dates[1] for p in ok))),
        "role_accuracy": sum(p.role_ok for p in ok) / n,
        "ms_per_page_median": ms[len(ms) // 2] if ms else 0.0,
        "trafilatura_ms_per_page_median": mt[len(mt) // 2] if mt else 0.0,
    }
    per_page = []
    for p in pages:
        row: dict[str, Any] = {"page": p.name}
        if p.error:
            row["error"] = p.error
        else:
            row.update({
                "text_f1": p.text[2], "trafilatura_text_f1": p.text_trafilatura[2],
                "leaked": p.leaked,
                "responsibilities": list(p.resp), "skills": list(p.skills),
                "salaries": list(p.salaries), "dates": list(p.dates), "role_ok": p.role_ok,
                "details": p.details,
            })
        per_page.append(row)
    return {"total": total, "pages": per_page}


def format_report(result: dict[str, Any], verbose: bool = False) -> str:
    lines = []
    head = f"{'page':44} {'textF1':>6} {'trafF1':>6} {'leak':>4} {'resp':>7} {'skills':>9} {'salary':>7} {'dates':>5} role"
    lines.append(head)
    for row in result["pages"]:
        if "error" in row:
            lines.append(f"{row['page'][:44]:44} ERROR {row['error']}")
            continue
        r, s, sal, d = row["responsibilities"], row["skills"], row["salaries"], row["dates"]
        lines.append(f"{row['page'][:44]:44} {row['text_f1']:6.3f} {row['trafilatura_text_f1']:6.3f} "
                     f"{len(row['leaked']):4d} {r[0]:>2}/{r[1]:>2}/{r[2]:>2} {s[2]:>2}/{s[3]:>2} {s[1]-s[0]:>2}x "
                     f"{sal[0]:>2}/{sal[2]:>2}{'+' if sal[1] > sal[0] else ' '}   {d[0]}/{d[1]}  "
                     f"{'ok' if row['role_ok'] else 'WRONG'}")
        if verbose:
            det = {k: v for k, v in row["details"].items() if v and not k.startswith(("gold_", "role", "published", "updated"))}
            if row["leaked"]:
                det["leaked"] = row["leaked"]
            if not row["role_ok"]:
                det["role"] = f"{row['details']['role']!r} (gold {row['details']['gold_role']!r})"
            if row["dates"][0] < 2:
                det["dates"] = (f"published {row['details']['published']} (gold {row['details']['gold_published']}), "
                                f"updated {row['details']['updated']} (gold {row['details']['gold_updated']})")
            for k, v in det.items():
                lines.append(f"    {k}: {v}")
    t = result["total"]
    lines.append("")
    lines.append(f"pages {t['pages']} (errors {t['errors']})")
    lines.append(f"main text       P {t['text_precision']:.3f}  R {t['text_recall']:.3f}  F1 {t['text_f1']:.3f}"
                 f"   | trafilatura P {t['trafilatura_text_precision']:.3f}  R {t['trafilatura_text_recall']:.3f}"
                 f"  F1 {t['trafilatura_text_f1']:.3f}")
    lines.append(f"leaked boilerplate {t['leaked_boilerplate']}   | trafilatura {t['trafilatura_leaked_boilerplate']}")
    lines.append(f"responsibilities P {t['responsibilities_precision']:.3f}  R {t['responsibilities_recall']:.3f}  F1 {t['responsibilities_f1']:.3f}")
    lines.append(f"skills          P {t['skills_precision']:.3f}  R {t['skills_recall']:.3f}  F1 {t['skills_f1']:.3f}")
    lines.append(f"salaries        P {t['salary_precision']:.3f}  R {t['salary_recall']:.3f}  F1 {t['salary_f1']:.3f}")
    lines.append(f"dates accuracy  {t['date_accuracy']:.3f}    role accuracy {t['role_accuracy']:.3f}")
    lines.append(f"ms/page median  ours {t['ms_per_page_median']:.1f}   trafilatura {t['trafilatura_ms_per_page_median']:.1f}")
    lines.append("columns: resp = matched/extracted/gold; skills = required found/required, then wrong extras; "
                 "salary = matched/gold (+ = extra figures); dates = right/2")
    return "\n".join(lines)


THRESHOLDS = {
    "min_text_f1": ("text_f1", ">="),
    "max_leaks": ("leaked_boilerplate", "<="),
    "min_responsibilities_f1": ("responsibilities_f1", ">="),
    "min_skills_f1": ("skills_f1", ">="),
    "min_salary_f1": ("salary_f1", ">="),
    "min_date_accuracy": ("date_accuracy", ">="),
    "min_role_accuracy": ("role_accuracy", ">="),
}


def check_thresholds(total: dict[str, Any], limits: dict[str, Optional[float]]) -> list[str]:
    failures = []
    for opt, value in limits.items():
        if value is None:
            continue
        key, op = THRESHOLDS[opt]
        got = total[key]
        if (op == ">=" and got < value) or (op == "<=" and got > value):
            failures.append(f"{key} is {got:.3f}, the threshold is {op} {value}")
    return failures
