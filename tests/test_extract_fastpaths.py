"""The speed-ups in extraction give the same answers as the plain code they stand in for.

Case-insensitive cue patterns run as case-sensitive "twins" over lower-cased text
(pipelines.salary ``_twin``/``lower_for_patterns``, pipelines.extract ``_DOLLAR_CODES_LOW``): same
spans, or the text is not lower-cased at all.
"""
from __future__ import annotations

import random
import re

import pytest

from pipelines import extract as X
from pipelines import salary as S

TWINS = [(S._PAY_RE, S._PAY_LOW_RE), (S._NONPAY_RE, S._NONPAY_LOW_RE),
         (S._JOB_TITLE_AFTER_RE, S._JOB_TITLE_AFTER_LOW_RE),
         (S._QUALIFIED_NONPAY_RE, S._QUALIFIED_NONPAY_LOW_RE), (S._PAYER_RE, S._PAYER_LOW_RE)]

SAMPLES = [
    "Base SALARY plus Bonus and EQUITY; a $500 learning stipend, 401(k) match.",
    "You'll PAY $200 to register. Expect to pay the Fee. Credit Controller, Pension Administrator.",
    "Series B funding RAISED $40M; the Compensation is £70k before bonus, excluding Equity.",
    "Rates: £450/day OTE. Package incl. RSUs and Stock Options; Interns get a Stipend of ₹20,000.",
    "Saları, bonuſ, İnvestors, KELVIN \u212a, Straße, ΣΊΣΥΦΟΣ pay — fees – prices … costs",
    "", "pay", "PAY", "paid-off", "non-pay", "pre-tax pay", "signing bonus", "sign-on bonus",
]


def _corpus() -> list[str]:
    words = ("pay salary salaries bonus Bonus EQUITY stock fee fees price costs you'll you will must "
             "expect to before after including plus and credit controller pension manager fund "
             "stipend intern interns ı ſ İ \u212a ß Σ 40 401 (k) 401(k) $ £ 50k , . - –").split()
    rng = random.Random(7)
    out = list(SAMPLES)
    for _ in range(3000):
        out.append(" ".join(rng.choice(words) for _ in range(rng.randint(1, 14))))
    return out


def _spans(matches) -> list[tuple]:
    return [(m.span(), tuple(m.span(g) for g in range(1, (m.re.groups or 0) + 1))) for m in matches]


@pytest.mark.parametrize("orig,twin", TWINS, ids=lambda rx: rx.pattern[:30])
def test_twins_match_the_case_insensitive_originals(orig: re.Pattern, twin: re.Pattern) -> None:
    assert orig.flags & re.I and not twin.flags & re.I
    lowered = 0
    for text in _corpus():
        low = S.lower_for_patterns(text)
        if low is None:
            continue
        lowered += 1
        assert _spans(orig.finditer(text)) == _spans(twin.finditer(low)), text
        for pos in range(0, len(text), 7):
            m1, m2 = orig.match(text, pos), twin.match(low, pos)
            assert (m1 and m1.span()) == (m2 and m2.span()), (text, pos)
    assert lowered > 1000


def test_texts_with_case_unsafe_characters_are_not_lowered() -> None:
    for ch in "\u0130\u0131\u017f":
        assert S.lower_for_patterns(f"pay {ch}") is None
    assert S.lower_for_patterns("Pay \u212a \u03a3 ß") == "pay \u212a \u03a3 ß".lower()


def test_only_three_characters_match_ascii_letters_differently_from_their_lower_case() -> None:
    """The premise of ``lower_for_patterns``: apart from "İ", "ı" and "ſ", a character matches an ASCII letter
    case-insensitively exactly when its lower case is that letter, and lower-casing keeps \\w, \\s, \\d."""
    letters = re.compile(r"(?i)[a-z]")
    w, s, d = re.compile(r"\w"), re.compile(r"\s"), re.compile(r"\d")
    odd = []
    for cp in range(0x20000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        c = chr(cp)
        lo = c.lower()
        if (len(lo) != 1 or bool(letters.match(c)) != ("a" <= lo <= "z")
                or bool(w.match(c)) != bool(w.match(lo)) or bool(s.match(c)) != bool(s.match(lo))
                or bool(d.match(c)) != bool(d.match(lo))):
            odd.append(c)
    assert odd == ["\u0130", "\u0131", "\u017f"]


def test_dollar_code_twins() -> None:
    # the twins are rewritten to start with a literal letter ("c(?<!\wc)..." for "\bc..."): they
    # must find exactly what the case-insensitive originals find, at word edges too
    for code, rx in X._DOLLAR_CODES:
        twin = X._DOLLAR_CODES_LOW[code]
        assert rx.flags & re.I and not twin.flags & re.I
    for text in ["Paid in CAD.", "in Canadian Dollars", "AUD 90k", "australian dollar", "NZD",
                 "New Zealand dollars", "USD", "U.S. dollars", "US Dollar", "cadence", "fraud",
                 "us dollarsign", "Canadıan dollars", "\u0130 USD", "usd", "xusd", "_usd", "éusd",
                 "usd_", "(aud)", "-cad-", "1nzd", "arcade", "bus dollars", "a new zealand dollar",
                 "renew zealand dollars", "USD/CAD", "CAD,AUD;NZD", "u.s. dollar", "thus dollars"]:
        if S.lower_for_patterns(text) is None:
            continue
        for code, rx in X._DOLLAR_CODES:
            assert ([m.span() for m in rx.finditer(text)]
                    == [m.span() for m in X._DOLLAR_CODES_LOW[code].finditer(text.lower())]), (code, text)
    assert X.page_dollar("Paid in CAD.", None) == "CAD"
    assert X.page_dollar("Paid in CAD (\u0130stanbul office)", None) == "CAD"  # not lower-cased
    assert X.page_dollar("USD and CAD", None) is None


# The salary pre-check as it was written first: one alternation. parse_salary now tries its
# three parts in turn (``_QUICK_RES``); a text must pass one exactly when it matched this.
_QUICK_AS_ONE = re.compile(
    r"[$£€₹]|(?i:\b(?:usd|gbp|eur|cad|aud|inr|rs|dollars?|bucks|pounds?|quid|euros?|rupees?|"
    r"lakhs?|lacs?|crores?|lpa)\b)|\d\s?[kK]\b|\d(?:[mMbBL]|MM|mn|bn|[cC]r)\b")


def test_salary_precheck_parts_pass_what_the_single_pattern_passed() -> None:
    rng = random.Random(11)
    pieces = ("50 k 50k 50K 5m 5M 5MM 5mn 5bn 5B 5L 5Cr 5cr 5 cr 5kg 5km $ £ € ₹ USD usd Rs rs. "
              "dollars bucks quid euro euros rupee lakh lacs crore LPA lpa trusd bucksome 2024 "
              "k m - x salary pay".split())
    texts = [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 6))) for _ in range(4000)]
    texts += ["5 K", "5\tk", "5 M", "rs", "RS", "Rs.", "5Mn", "5mm", "5MMk", "ab5k", "5k5"]
    passed = 0
    for text in texts:
        split = any(rx.search(text) for rx in S._QUICK_RES)
        assert split == bool(_QUICK_AS_ONE.search(text)), text
        passed += split
    assert 0 < passed < len(texts)
