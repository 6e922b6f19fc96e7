"""Pay figures in free text: ``parse_salary(text) -> [Salary]``; structured pay: ``normalise_structured``.

Pure, stdlib-only (``re``), and cheap on text without money in it: a digit check and one small
regex decide in microseconds that a block holds no figure. All regexes are compiled at import.

How a text is read
------------------
1. **Amounts.** Every number is read with its currency marker before it ("$", "£", "€", "₹", "Rs",
   "C$", "CA$", "A$", "AU$", "US$", "USD", "GBP", "EUR", "CAD", "AUD", "INR") or after it ("€",
   "EUR", "dollars", "pounds", "euros", "rupees"...; a code beats a "$" on the same amount, so
   "$140,000 CAD" is CAD), its multiplier ("k", "M", "bn", "thousand", "million", "lakh" = 1e5,
   "crore" = 1e7, "LPA" = lakh per annum), a trailing "+" and the Indian "/-" ("Rs 25,000/-").
   Number formats: "120,000", Indian "12,00,000", European "120.000" / "1.234,56", decimals
   "4.5k" / "$12.50" (a dot followed by exactly three digits and no multiplier is a thousands
   separator; otherwise it is a decimal point). "401(k)", "403(b)" and percentages are masked first.
2. **Ranges.** Two amounts separated only by "-", "–", "—", "~", "to", "through" (or "and" after
   "between") form one range when their currencies and periods agree and max/min <= 10. A
   multiplier written on one side only applies to the other side when that side is < 1000
   ("$120-150k", "₹8-15 lakh"); thousands written once apply to both ends ("£45-50,000").
   "from X <words> to Y" is one range too ("from $165,000 at start-ups to $210,000 at big
   companies"), unless the words name a level or place ("from $60k for juniors to $150k for
   seniors" is two labelled figures) or something that is not pay. Backwards ranges are swapped.
3. **Bounds.** "up to", "as much as", "max", "under", "less than", ... before a single amount
   (or "or less" after it) give max only; "from", "starting at", "at least", "over", "minimum",
   ... (or a trailing "+", "or more") give min only. "range(s)/ran/varies/goes from X" and a change
   ("rose/grew/fell from X") are not lower bounds, nor one range.
4. **Period.** A period stated right after the figure wins ("per hour", "/hr", "an hour", "hourly",
   "ph", "day rate", "p.a.", "pa", "a year", "/yr", "annually", "pcm", "(per year)", "gross per
   month", "brutto per month", ...; "LPA" is per year; "pro rata" and "FTE" mark a full-time yearly
   figure), then one stated just before it with only
   filler words in between ("Hourly rate: $85", "Annual base salary: $95,000"). Otherwise the
   period is **guessed** (see below).
5. **Is it a salary?** See below. Figures that fail are dropped, as are implausible ones.
6. **Label** (the level or group a figure belongs to), the first that applies:
   a. a *label cell* before a colon or dash at the start of the figure's clause ("Junior: $60k",
      "Senior (5+ years): £70k", "Mid-level — €55,000", "London: £55k", "Finance manager: ...");
   b. the nearest level word in prose before the figure, in the same sentence and after the
      previous figure, that reads as a label — followed by a role or pay noun, punctuation, "of",
      or plural ("Entry-level engineers earn", "seniors earn", "Senior salaries", "Head of ...";
      not "lead to higher pay", "more senior", "the hiring manager"; "staff" only before
      engineering-style titles, so "hospital staff nurses" is no label);
   c. a place: "In London, £65,000";
   d. "for/at/in <level>" or "in <Place>" right after the figure ("for senior roles", "in London");
   e. the first cell of a table row whose later cell the figure opens ("Fresher (0–2 years) | ₹4-7
      LPA");
   f. the caller's ``label=``.
   Level words: intern, entry-level, junior, graduate, mid-level/intermediate, senior, lead, staff,
   principal, head, director, manager, associate, and the worker groups freelance, contract(or),
   interim, locum, permanent, part-time, per diem, temporary. Found in prose they are output
   canonically (Intern, Entry-level, Junior, Graduate, Mid-level, Senior, Lead, Staff, Principal,
   Head, Director, Manager, Associate, Freelance, Contractor, ...; "Lead/Principal" keeps both).
   Label *cells* (a, e, f) lose parentheticals and are canonicalised only when made of nothing but
   level words ("Senior (5+ years)" → "Senior", "entry level" → "Entry-level"); otherwise they are
   kept as written ("Senior Project Manager", "Director of Engineering", "London"). Heading words
   are no label ("Salary:", "Average salary |", "Range:"), unless they come with a level
   ("Senior salary" → "Senior").

Is it a salary?
---------------
Cues are words: *pay cues* (salary, pay, paid, earn(s), compensation, comp, remuneration, wage,
rate, income, OTE, base, make(s), package, CTC, TC, take-home, gross, total rewards) and
*non-pay cues* (raised, funding, Series A-H, valuation, revenue, ARR, profit, IPO, invest...,
stipend, allowance, reimbursement, perk, voucher, credit, gift, discount, 401(k), pension, equity,
stock, shares, RSU, options, vesting, bonus, signing/sign-on, relocation, price, cost, fee,
course, bootcamp, tuition, subscription, membership, plan, ticket, licence, certification, exam,
budget, spend, grant, prize, award, donation, loan, rent, deposit, savings, refund, purchase,
referral, billion, margin, and additional/variable/extra/other before a pay noun — "additional pay",
"variable compensation" name what comes on top of the salary).
Refinements, each general:

* a non-pay word that opens a job title is no cue ("Credit Controller", "Pension Administrator",
  "Credit Control Assistant", "Fund Manager": the word, at most one more word, then a job noun);
* a pay cue written right next to a non-pay cue belongs to it ("equity compensation", "relocation
  package", "bonus pay", "salary budget") and stops counting as pay;
* "pay" said of the reader paying ("expect to pay", "you'll pay") is not a pay cue;
* a non-pay cue listed right after a pay cue ("base salary plus bonus", "salary + equity") or
  introduced by before/excluding/including/on top of/plus ("up to £130,000 before bonus") names
  part of the package or something apart from the figure, and stops counting as non-pay;
* hyphenated compounds are adjectives, not cues ("well-funded scale-ups");
* a plain stipend ("a stipend of ₹20,000 per month") in a sentence about interns, trainees,
  apprentices, fellows or freshers is their pay; a stipend named for a purpose ("learning
  stipend", "home office stipend") never is.

A figure is a salary when it is **not vetoed** and has **some evidence**.

* Veto: (a) inside its clause (the sentence cut further at commas, parentheses, "+", " - ", and,
  plus, with, but, including ...) a non-pay cue is at least as near to the figure as the nearest
  pay cue (or there is no pay cue in the clause) — a clause with no cue at all takes the nearest
  cue before it in the sentence ("which takes a weekly margin, typically £20 to £30"; "The
  course costs $2,000, typically ..."); (b) a non-pay cue is attached right after it
  ("$150k in equity", "$49 for the course", "$500 learning stipend"); (c) it is a price per unit
  ("$10/user", "$500 per referral"; a stated period such as "per hour" is not a unit).
* Evidence, any of: a pay cue in the same sentence; a stated period, when the figure comes to at
  least 12,000 a year (INR: 1,00,000; "$99 per month" is a price); a label naming a level, group
  of workers or place; an annual-sized shape (a range or a "k"/"M"/lakh figure whose guessed
  period is year and whose top value is >= 15,000) when no non-pay cue is in its clause or earlier
  in its sentence and no ordinary word follows it ("€60k–€75k + bonus" and "the ₹12 lakh to ₹18
  lakh bracket" qualify; "Tuition, incl. materials, runs $15k" and "a £40k office move" do not);
  a pay cue in its table header cell (see Context). A caller ``label=`` also counts for
  annual-sized figures (a table row "London | £65,000"); other group labels ("Enterprise: $5,000")
  are no evidence.
* Figures with no currency marker at all ("50k a year", "8-15 lakh") need a pay cue in the
  sentence or a stated period, and must not be followed by an ordinary word ("50k members",
  "8 lakh people" are counts, and so is a figure followed by a plural pay noun: "38.2k salaries
  shared"). A plain number with neither currency nor multiplier ("45,000", "2024", phone numbers,
  versions) is never a salary — unless a table header makes it money (see Context).
* Plausibility: the annual top must be <= 5,000,000 (INR: 400,000,000) and the annual bottom
  >= 3,000 (INR: 10,000): no pay, even part-time, comes to less; "$0", "$9.99/month", "£120 a
  month" for an accountant, and funding-sized figures fall out here.

Context (``context=``, passed by the caller)
--------------------------------------------
What heads the text: a table row's header row, or the short label block before a short block.

* A table row ("cell | cell | cell") under a header row with as many cells reads each cell under
  its header cell; any other text reads the whole context, and only when the text is at most 60
  characters and the context does not end like a sentence ("Average base pay" over "₹24.6L /yr").
* A header cell may state a period ("Weekly pay", "Low ($/hour)", "Salary (per annum)"), used when
  the figure states none; a currency ("($/hour)", "Salary (£)", "(CAD)") and a multiplier ("(£k)",
  "(£000s)", "in thousands", "(₹ lakh)", "LPA"), used by figures that are alone in their cell and
  lack them — and these make bare numbers money ("Low ($/hour)" over "17.00"); a pay cue, which
  is evidence for figures with a currency; a non-pay cue with no pay cue ("Bonus", "Additional pay
  (cash bonus, stock)"), which vetoes the figures under it (for a non-table context, only when the
  figure's sentence has no pay cue). Counts ("Salaries reported" over "644") stay numbers.
* A row under one "Low"/"Min"/"From" column and one "High"/"Max"/"Top" column is a single range from
  the low cell to the high cell; figures in the columns between (a median) are dropped.

Period guessing (no stated period)
----------------------------------
"k"/"M" figures are per year (INR "k" figures are guessed by size, Indian pay in "k" is usually
monthly); lakh/crore figures are per year. Otherwise by the larger value of the figure:
< 200 hour, < 2,000 day, < 15,000 month, else year (INR: < 1,000 hour, < 10,000 day,
< 2,00,000 month, else year).

Currency: ISO 4217 codes. A plain "$" (or "dollars") is USD unless ``default_currency`` names a
dollar currency (CAD, AUD, NZD, SGD, HKD, USD) — a .ca site passes "CAD". "C$"/"CA$"/"CAD" are
CAD and "A$"/"AU$"/"AUD" AUD whatever the default. lakh/crore/LPA without a marker are INR; other
figures without a marker take ``default_currency`` (possibly None).

Deliberately not handled: bare numbers with neither currency nor multiplier even next to "salary"
("Salary: 45,000"; a table header naming a currency is the exception), currencies other than the
six above in the text ("NZD 95,000" is skipped; a bare "$" may still become NZD/SGD/HKD through
``default_currency``), non-English words ("pro Monat"), table cells joined into ranges ("£70,000 |
£90,000" gives two figures, unless the header names them low and high), words for numbers
("ninety thousand").
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Any, Optional

from .model import Salary

__all__ = ["ANNUAL_FACTORS", "PERIODS", "CURRENCIES", "parse_salary", "normalise_structured"]

#: Multiply a per-period figure by this to get a yearly one.
ANNUAL_FACTORS = {"hour": 2080, "day": 260, "week": 52, "month": 12, "year": 1}
PERIODS = tuple(ANNUAL_FACTORS)
#: Currencies the text parser recognises by symbol, code or word (ISO 4217).
CURRENCIES = frozenset({"USD", "GBP", "EUR", "CAD", "AUD", "INR"})
#: Currencies a bare "$" may stand for (via ``default_currency``).
DOLLAR_CURRENCIES = frozenset({"USD", "CAD", "AUD", "NZD", "SGD", "HKD"})

#: Plausibility bounds on annual figures, per currency (None = everything else).
_ANNUAL_FLOOR = {"INR": 10_000.0, None: 3_000.0}
_ANNUAL_CEILING = {"INR": 400_000_000.0, None: 5_000_000.0}
#: Period guessing: (below → hour, below → day, below → month), else year.
_GUESS_LIMITS = {"INR": (1_000, 10_000, 200_000), None: (200, 2_000, 15_000)}
#: A figure whose only evidence is a stated period must come to at least this much a year
#: ("$99 per month" is a price, not pay).
_STATED_ONLY_FLOOR = {"INR": 100_000.0, None: 12_000.0}
#: A range or "k" figure at least this big (guessed yearly) is salary-shaped on its own.
_ANNUAL_SHAPE_MIN = 15_000
#: Largest max/min ratio of two amounts read as one range.
_MAX_RANGE_RATIO = 10
#: How far (chars) before a figure labels, periods and bounds are looked for.
_LOOKBEHIND = 120

# ---------------------------------------------------------------------------------------------
# Currency markers and multipliers

_MARKERS = {
    "$": "$", "us$": "USD", "c$": "CAD", "ca$": "CAD", "a$": "AUD", "au$": "AUD",
    "£": "GBP", "€": "EUR", "₹": "INR", "rs": "INR", "rs.": "INR",
    "usd": "USD", "gbp": "GBP", "eur": "EUR", "cad": "CAD", "aud": "AUD", "inr": "INR",
    "dollar": "$", "dollars": "$", "bucks": "$", "pound": "GBP", "pounds": "GBP", "quid": "GBP",
    "euro": "EUR", "euros": "EUR", "rupee": "INR", "rupees": "INR",
}

#: multiplier word (lower-cased) → (factor, kind). kind drives period guessing.
_MULTIPLIERS = {
    "k": (1e3, "k"), "thousand": (1e3, "k"),
    "m": (1e6, "m"), "mm": (1e6, "m"), "mn": (1e6, "m"), "million": (1e6, "m"),
    "b": (1e9, "m"), "bn": (1e9, "m"), "billion": (1e9, "m"),
    "l": (1e5, "lakh"), "lakh": (1e5, "lakh"), "lakhs": (1e5, "lakh"), "lac": (1e5, "lakh"),
    "lacs": (1e5, "lakh"), "lpa": (1e5, "lakh"),
    "cr": (1e7, "lakh"), "crore": (1e7, "lakh"), "crores": (1e7, "lakh"),
}

# ---------------------------------------------------------------------------------------------
# Regexes (all compiled once, at import)

#: Cheap pre-check: some currency marker, Indian unit, or a number with a multiplier. Three
#: patterns tried in turn, not one alternation: the symbol and number ones start with a character
#: class, so the regex engine jumps to candidate characters; the word one (slowest) runs last.
_QUICK_RES = (
    re.compile(r"[$£€₹]"),
    re.compile(r"\d(?:\s?[kK]|[mMbBL]|MM|mn|bn|[cC]r)\b"),
    re.compile(r"(?i)\b(?:usd|gbp|eur|cad|aud|inr|rs|dollars?|bucks|pounds?|quid|euros?|rupees?|"
               r"lakhs?|lacs?|crores?|lpa)\b"),
)
_DIGIT_RE = re.compile(r"\d")

#: Spans that look like amounts but never are: retirement plans and percentages.
_MASK_RE = re.compile(
    r"(?i)(?<![$£€₹\d.,])\b40[13]\s?\(?[kb]\)?(?![a-z])|\d+(?:[.,]\d+)?\s?(?:%|percent\b|per\s?cent\b)")

#: One amount: optional currency prefix, number, multiplier, "+", currency suffix.
_AMOUNT_RE = re.compile(
    r"""
    (?:
        (?<![\w.,])(?P<pre>CA\$|C\$|AU\$|A\$|US\$|\$|£|€|₹|(?i:rs)\.?|(?i:usd|gbp|eur|cad|aud|inr))\s?
      | (?<![\w.,$£€₹])
    )
    (?P<num>\d{1,3}(?:[.,]\d{2,3})+(?!\d)|\d+(?:\.\d+)?(?!\d))
    (?:(?P<mult>\s?(?:[kK]|(?i:thousand|million|billion|lakhs?|lacs?|lpa|crores?|cr|bn|mn))
               |MM|[mMbBL])(?![A-Za-z]))?
    (?P<plus>\+)?
    (?:/-)?                                            # Indian "Rs 25,000/-"
    (?:\s?(?P<suf>€|(?i:eur|usd|gbp|cad|aud|inr|dollars?|bucks|pounds?|quid|euros?|rupees?))(?![A-Za-z]))?
    """, re.X)

#: A period stated right after an amount.
_PERIOD_AFTER_RE = re.compile(
    r"""
    \s*(?P<open>\(\s*)?
    (?:(?i:gross|net|base|brutto|netto|bruto|pre-tax|before\s+tax)\s+)?
    (?P<unit>
        (?i:(?:/\s*|per[\s-]+|an?\s+|each\s+|every\s+)
            (?:hours?|hrs?|days?|weeks?|wks?|months?|mths?|mos?|years?|yrs?|annum))
      | (?i:/\s*(?:h|d|w|m|y|pa))
      | (?i:(?:hour|day|week|month|year)(?:ly)?\s+rate)
      | (?i:hourly|daily|weekly|monthly|yearly|annually|annual|p\.\s?a\.?|p/a|pa|pcm|p/h|ph|p/d|pd|p/w|pw)
      | (?i:pro[\s-]?rat(?:a|ed)|fte|full[\s-]time\s+equivalent)     # a full-time yearly figure
    )
    (?![A-Za-z])
    (?(open)\s*\))
    """, re.X)

#: A period stated before an amount ("Hourly rate: $85", "Annual salary of $95,000").
_PERIOD_BEFORE_RE = re.compile(
    r"(?i)\b(?:hourly|daily|weekly|monthly|yearly|annual(?:ly)?|per\s+(?:hour|day|week|month|year|annum)"
    r"|(?:hour|day|week|month|year)\s+rates?)\b")
#: What may stand between such a period phrase and the amount.
_FILLER_RE = re.compile(
    r"(?i)(?:[\s:=~()\-–—.,]|\b(?:base|gross|net|brutto|netto|total|salary|salaries|pay|rate|rates|"
    r"wage|wages|"
    r"compensation|income|earnings?|is|are|was|of|at|from|between|around|about|approx|approximately|"
    r"roughly|typically|usually|average|avg|median|range|ranges|band|starts?|starting|the|a|an|up|to|"
    r"paid|earn|earns|can|be|will|expected|expect|you|they|typical|contract|contractor|in)\b)*")

#: What may separate the two ends of a range.
_RANGE_GAP_RE = re.compile(r"(?i)\s*(?:-{1,2}|–|—|‒|−|~|to|through|thru|and)\s*")
_BETWEEN_RE = re.compile(r"(?i)\bbetween\s+(?:(?:around|about|approximately|roughly)\s+)?$")

_QUALIFIER_TAIL = r"\s*[:\-]?\s*(?:(?:around|about|approx\.?|approximately|roughly)\s+|~\s*)?$"
_MAX_BEFORE_RE = re.compile(
    r"(?i)\b(?:up\s+to|as\s+much\s+as|max(?:imum)?(?:\s+of)?|no\s+more\s+than|under|below|"
    r"less\s+than|capped\s+at)" + _QUALIFIER_TAIL)
_MIN_BEFORE_RE = re.compile(
    r"(?i)\b(?P<w>from|starting\s+(?:at|from)|starts?\s+(?:at|from)|at\s+least|min(?:imum)?(?:\s+of)?|"
    r"over|above|more\s+than|in\s+excess\s+of|upwards\s+of|north\s+of)" + _QUALIFIER_TAIL)
_RANGE_FROM_RE = re.compile(
    r"(?i)\b(?:rang(?:e|es|ed|ing)|ran|runs?|running|var(?:y|ies|ied|ying)|go(?:es)?|went|spans?|spanned|"
    r"stretch(?:es|ed)?)\s+$")
#: "from" opening a from-to range, and what may stand between its two ends.
_FROM_BEFORE_RE = re.compile(r"(?i)\bfrom\s+(?:(?:around|about|approximately|roughly)\s+)?$")
_FROM_TO_GAP_RE = re.compile(
    r"(?i)\s+(?P<mid>(?:(?!(?:to|and|or|but|then|while|whereas|per|a|an)\b)[\w'’&/-]+\s+){1,6}?)"
    r"to\s+(?:(?:around|about|approximately|roughly|nearly|almost|as\s+much\s+as)\s+)?")
#: A change over time, not a range: "rose from $80k in 2020 to $95k".
_CHANGE_FROM_RE = re.compile(
    r"(?i)\b(?:rose|risen|rises?|rising|grew|grown|grows?|growing|increas\w*|jump\w*|climb\w*|fell|"
    r"falls?|fallen|falling|dropp?\w*|declin\w*|doubled|went\s+up|gone\s+up|went\s+down|moved|shifted)"
    r"\s+(?:\w+\s+)?from\s+(?:(?:around|about|approximately|roughly)\s+)?$")
#: Capitalised words in the middle of a from-to phrase name a place or company ("at Google").
_LOC_WORDS_RE = re.compile(r"\b(?:in|across)\s+[A-Z]")
_MIN_AFTER_RE = re.compile(r"(?i)\s*(?:or\s+more|or\s+above|and\s+(?:up|above|upwards?))\b")
_MAX_AFTER_RE = re.compile(r"(?i)\s*(?:or\s+less|max(?:imum)?|at\s+most|tops)\b")

#: Sentences end at ; | newline bullets, and at . ! ? followed by a capital or the end.
_SENTENCE_SPLIT_RE = re.compile(r"[;|\n\r•·]|[.!?](?=\s+[A-Z\"“(]|\s*$)")
#: Clauses additionally end at commas, brackets, "+", spaced dashes and joining words.
_CLAUSE_SPLIT_RE = re.compile(
    r"[;|\n\r•·()\[\]+]|,(?!\d)|[.!?](?=\s+[A-Z\"“(]|\s*$)|\s[-–—]\s|"
    r"(?i:\b(?:and|plus|with|but|while|whereas|including|although|though|besides|"
    r"as\s+well\s+as|in\s+addition\s+to)\b)")

_PAY_WORDS = (
    r"salar(?:y|ies)|pay(?:s|ing|ed|check|checks|scale)?|paid|earn(?:s|ed|ing|ings)?|earners?|"
    r"compensation|comp|remuneration|wages?|rates?|income|ote|on[\s-]target\s+earnings|base|"
    r"makes?|making|package|ctc|tc|take[\s-]home|gross|total\s+(?:rewards?|cash)")
_NONPAY_WORDS = (
    r"rais(?:e|es|ed|ing)|fund(?:s|ed|ing|raise|raising)?|series\s+[a-h]|seed|valuations?|valued|"
    r"revenues?|arr|mrr|profits?|turnover|ipo|acqui(?:red|sitions?|res?)|invest(?:ed|ing|ments?|ors?)?|"
    r"stipends?|allowances?|reimburs\w*|perks?|vouchers?|credits?|gifts?|gift\s+cards?|discount\w*|"
    r"cashback|40[13]\s?\(?[kb]\)?|pensions?|retirement|"
    r"equity|stocks?|shares?|rsus?|options|vesting|bonus(?:es)?|signing|sign[\s-]on|relocation|"
    r"prices?|priced|pricing|costs?|costing|fees?|courses?|bootcamps?|tuition|subscriptions?|"
    r"memberships?|tickets?|licen[cs]es?|certifications?|exams?|budgets?|spend(?:s|ing)?|spent|"
    r"grants?|prizes?|awards?|donat\w*|loans?|debts?|rent|deposits?|savings?|save[sd]?|refund\w*|"
    r"sold|purchas\w*|billion|market\s+cap\w*|plans?|referrals?|margins?|"
    r"(?:additional|variable|extra|other)(?=\s+(?:pay|compensation|comp|cash|earnings|income)\b)")
_PAY_RE = re.compile(rf"(?i)\b(?:{_PAY_WORDS})(?!\w)")
_NONPAY_RE = re.compile(rf"(?i)(?<!-)\b(?:{_NONPAY_WORDS})(?![\w(])")
#: A plural pay noun after a figure with no currency marker makes the figure a count.
_COUNTED_NEXT_RE = re.compile(r"(?i)\s*(?:salaries|wages|pay\s+(?:reports|slips|stubs)|offers)\b")
#: Header cells: a period ("Weekly pay", "Low ($/hour)", "Salary (per annum)", "(£, pa)"), a currency,
#: a multiplier ("(£k)", "(£000s)", "in thousands", "(₹ lakh)", "LPA"), a low or high column.
_HDR_PERIOD_RE = re.compile(
    r"(?i)\b(?:hourly|daily|weekly|monthly|yearly|annual(?:ly)?|per\s+(?:hour|day|week|month|year|annum)|"
    r"p\.\s?a\.|pcm|lpa|(?:hour|day|week|month|year)\s+rates?)(?!\w)|"
    r"/\s*(?:hours?|hrs?|h|days?|d|weeks?|wks?|months?|mos?|mths?|years?|yrs?|y|annum)\b|"
    r"\bp\.?a\.?(?=\s*[)\]])")
_HDR_CURRENCY_RE = re.compile(
    r"CA\$|C\$|AU\$|A\$|US\$|[$£€₹]|(?i:\b(?:usd|gbp|eur|cad|aud|inr|rs\.?|dollars?|pounds?|euros?|rupees?)\b)")
_HDR_MULT_RE = re.compile(
    r"(?i)\bthousands\b|(?<![\d,.])'?000s?(?!\d)|(?<=[$£€₹])\s?k\b|\bk\s?(?=[$£€₹])|\(\s*k\s*\)|"
    r"\b(?P<lakh>lakhs?|lacs?|lpa)\b|\b(?P<crore>crores?)\b")
_LOW_COL_RE = re.compile(r"(?i)\W*(?:low(?:est)?|min(?:imum)?|bottom|starting|from)\b")
_HIGH_COL_RE = re.compile(r"(?i)\W*(?:high(?:est)?|max(?:imum)?|top|to|up\s+to)\b")
#: The cell separator of a table row's text.
_CELL_SEP_RE = re.compile(r" \| ")
#: A cell that holds a figure and nothing else: "17.00", "45 - 55", "up to 1,560", "~6.5".
_BARE_CELL_RE = re.compile(
    r"\s*(?:(?:up\s+to|from|about|around|approx\.?|c\.|~|<|>)\s*)?\d[\d.,]*\s*(?:[kK]|[mM]|lakhs?|L|LPA|cr)?\+?"
    r"(?:\s*(?:-|–|—|to)\s*\d[\d.,]*\s*(?:[kK]|[mM]|lakhs?|L|LPA|cr)?\+?)?\s*")
#: A text no longer than this may be headed by a context that is not a table header; a context
#: that ends like a sentence is prose, not a label.
_SHORT_HEADED_TEXT = 60
_SENTENCE_END_RE = re.compile(r"[.!?]\s*$")
#: A non-pay word that opens a job title is no cue: "Credit Controller", "Pension Administrator",
#: "Credit Control Assistant", "Fund Manager", "Pricing Analyst" (one other word may come between).
_JOB_TITLE_AFTER_RE = re.compile(
    r"(?i)(?:[\s-]+(?!(?:for|to|of|and|or|in|on|at|per|with|the|a|an|by|from|as|plus|is|are|was|will|can|"
    r"may|worth|each|every)\b)[a-z]+)?[\s-]+"
    r"(?:controllers?|assistants?|administrators?|admins?|analysts?|managers?|officers?|clerks?|advis[oe]rs?|"
    r"specialists?|consultants?|coordinators?|co-ordinators?|executives?|accountants?|auditors?|"
    r"underwriters?|brokers?|bankers?|traders?|engineers?|developers?|directors?|leads?|supervisors?|"
    r"technicians?|partners?|associates?|representatives?|reps?|agents?|planners?|designers?|"
    r"architects?|scientists?|economists?|actuar(?:y|ies)|instructors?|tutors?|teachers?|lecturers?|"
    r"trainers?|writers?|negotiators?|collectors?|processors?|handlers?|investigators?|examiners?|"
    r"assessors?|inspectors?|surveyors?|operators?|workers?|strategists?|modellers?|"
    r"modelers?|researchers?)(?!\w)")
#: A non-pay cue attached right after a figure: "$150k in equity", "$500 learning stipend".
_NONPAY_TAIL_RE = re.compile(
    rf"(?i)\s*(?:(?:in|for|of|on|towards?|as)\s+)?"
    rf"(?:(?!(?:and|plus|with|or|but|per)\b)[\w'-]+\s+){{0,2}}?(?<!-)\b(?P<np>{_NONPAY_WORDS})(?![\w(])")
#: A price per unit after a figure (a stated period was already consumed): "$10/user", "$500 per referral".
_PER_UNIT_RE = re.compile(r"(?i)\s*(?:per\b|/|for\s+(?:each|every)\b|each\b|every\b)\s*[a-z]")
#: Words that may follow a figure that has only its shape, or no currency marker, to go on; any
#: other word makes it a count ("50k members", "8 lakh people") or an attribute ("a £40k office
#: move", "a $50k budget"), not pay.
_MONEY_NEXT_RE = re.compile(
    r"(?i)\s*(?:$|[^\w\s]|(?:a|an|per|for|in|at|to|and|or|plus|with|base|gross|net|salary|salaries|pay|"
    r"package|ctc|ote|tc|total|comp|compensation|depending|dependent|doe|negotiable|neg|annually|"
    r"yearly|monthly|is|was|as|on|from|after|before|by|but|while|which|that|if|when|rupees?|inr|lpa|"
    r"p|pro|max(?:imum)?|min(?:imum)?|tops|range|band|average|median|typical|starting|including|"
    r"excluding|incl|excl|inc|brackets?|mark|ballpark|region|territory|bands?|levels?)\b)")
#: A non-pay cue introduced like this qualifies a pay figure instead of naming what it is:
#: "up to £130,000 before bonus", "$175k including equity", "excluding bonus".
_QUALIFIED_NONPAY_RE = re.compile(
    r"(?i)(?:\b(?:before|after|excluding|excl\.?|exclusive\s+of|including|incl\.?|inclusive\s+of|"
    r"not\s+including|on\s+top\s+of|in\s+addition\s+to|without|plus|besides|pre|ex)|\+)\s*[-–]?\s*"
    r"(?:(?:an?|the|any|annual|yearly|your|their|potential|performance|target|cash)\s+){0,2}$")
#: "pay" said of the reader paying ("expect to pay $200 to register") is a cost, not pay.
_PAYER_RE = re.compile(
    r"(?i)\b(?:you(?:'ll|\s+will|\s+would|'d)?|expect\s+to|have\s+to|need\s+to|must|budget\s+to|"
    r"plan\s+to|willing\s+to)\s+(?:\w+\s+)?(?P<pay>pay)\b")
#: A plain stipend ("a stipend of ₹20,000 per month") is pay in a sentence about interns;
#: one named for a purpose ("learning stipend", "home office stipend") never is.
_STIPEND_RE = re.compile(r"(?i)stipends?")
_INTERNISH_RE = re.compile(
    r"(?i)\b(?:interns?|internships?|trainees?|traineeships?|apprentices?|apprenticeships?|fellows?|"
    r"fellowships?|freshers?|students?|graduates?|residents?|residency|residencies|postdocs?|ph\.?d)\b")
_PLAIN_STIPEND_PREV = frozenset({
    "a", "an", "the", "monthly", "weekly", "annual", "yearly", "fixed", "paid", "intern", "internship",
    "trainee", "apprentice", "apprenticeship", "fellowship", "of", "receive", "receives", "received",
    "get", "gets", "offer", "offers", "offered", "with", "their", "your", "per", "basic", "base",
    "living", "k"})
_PREV_WORD_RE = re.compile(r"(\w+)\W*$")


# Case-insensitive cue patterns run as case-sensitive twins over the lower-cased text: the same
# matches (spans, groups' spans) for any text ``lower_for_patterns`` accepts, about four times
# faster.
def lower_for_patterns(text: str) -> Optional[str]:
    """``text.lower()`` when the ``_twin`` patterns may run on it in place of the originals, else None.

    The only characters for which ``(?i)`` matching of an ASCII pattern differs from matching the
    lower-cased character are "İ" (lowers to two characters), "ı" and "ſ" (match "i" and "s" under
    (?i)); a text with any of them is not lower-cased."""
    if text.isascii() or not ("\u0130" in text or "\u0131" in text or "\u017f" in text):
        return text.lower()
    return None


def _twin(rx: re.Pattern) -> re.Pattern:
    """``rx`` (wholly case-insensitive, no upper-case letters) compiled case-sensitively, for
    lower-cased text."""
    body = rx.pattern
    if not body.startswith("(?i)") or re.search("[A-Z]", re.sub(r"\\.|\(\?P[<=]", "", body[4:])):
        raise ValueError(f"no lower-case twin for {body[:40]!r}")
    return re.compile(body[4:], rx.flags & ~re.IGNORECASE)


_PAY_LOW_RE = _twin(_PAY_RE)
_NONPAY_LOW_RE = _twin(_NONPAY_RE)
_JOB_TITLE_AFTER_LOW_RE = _twin(_JOB_TITLE_AFTER_RE)
_QUALIFIED_NONPAY_LOW_RE = _twin(_QUALIFIED_NONPAY_RE)
_PAYER_LOW_RE = _twin(_PAYER_RE)
#: What joins a pay cue to a non-pay cue in a list of package parts.
_ENUMERATION_RE = re.compile(r"(?i)\s*(?:plus|and|\+|&|,)\s*")
#: A pay cue and a non-pay cue this close together form one non-pay phrase.
_ADJACENT_RE = re.compile(r"[\s-]{0,2}")

# Labels ------------------------------------------------------------------------------------
#: Level and employment-group words, without context (for canonicalising).
_LEVEL_WORDS = (
    r"internships?|interns?|entry[\s-]?level|juniors?|jr\.?|graduates?|grads?|mid[\s-]?level|"
    r"intermediate|mid|seniors?|sr\.?|leads?|staff|principals?|heads?|directors?|managers?|"
    r"associates?|freelance(?:rs?)?|contract(?:ors?)?|interim|locums?|permanent|part[\s-]time|"
    r"per\s+diem|temp(?:orary|s)?")
#: The same, where a bare "mid" must look like a label ("Mid:", "Mid-career"), not "mid-2024".
_LEVEL = "(?:" + _LEVEL_WORDS.replace(
    "intermediate|mid|", r"intermediate|mid(?=\s*[:(/]|[\s-]+(?:career|senior)\b)|") + ")"
_LEVELS_RE = re.compile(rf"(?i)\b{_LEVEL}(?:\s*(?:/|&|\band\b|\bor\b|\bto\b)\s*{_LEVEL})*(?!\w)")
_LEVEL_ONE_RE = re.compile(rf"(?i)\b{_LEVEL}(?!\w)")
_LEVEL_WORD_RE = re.compile(rf"(?i)\b(?:{_LEVEL_WORDS})(?!\w)")
#: What may sit between level words in a label made only of levels ("Lead / Principal", "Senior level").
_LEVEL_GLUE_RE = re.compile(r"(?i)[\s/&,+.-]+|\b(?:and|or|to|level|levels)\b")
_ROLE_NOUN = (
    r"(?:engineers?|developers?|devs?|programmers?|scientists?|analysts?|designers?|architects?|"
    r"managers?|consultants?|administrators?|admins?|specialists?|testers?|technicians?|"
    r"researchers?|writers?|marketers?|accountants?|nurses?|teachers?|roles?|positions?|levels?|"
    r"hires?|employees?|staff|people|professionals?|candidates?|talent|swes?|sres?|pms?|ics?|"
    r"titles?|jobs?|folks|workers?|contributors?|executives?|officers?|leads?|recruiters?|"
    r"representatives?|reps?|agents?|associates?|counsel|attorneys?|lawyers?|doctors?|"
    r"coordinators?|assistants?|operators?|practitioners?|members?|schemes?|programmes?|programs?|"
    r"tracks?|bands?|grades?)")
#: Pay nouns a level may label ("Senior salaries", "Locum rates").
_PAY_NOUN = r"(?:salar(?:y|ies)|pay|rates?|wages?|compensation|earnings|packages?)"
#: What must follow a level keyword for it to read as a label.
_LABEL_LOOK_RE = re.compile(
    rf"(?i)\s*(?:[:(\[/–—]|-(?=\s|level))|\s+of\b|"
    rf"(?:[\s-]+(?!(?:to|and|or|who|that|can|will|may|earn|earns|make|makes)\b)"
    rf"[\w+#.'&-]+){{0,2}}?[\s-]+(?:{_ROLE_NOUN}|{_PAY_NOUN})(?!\w)")
_PLURAL_LABELS = {"interns", "juniors", "seniors", "graduates", "grads", "directors", "managers",
                  "associates", "principals", "freelancers", "contractors", "locums", "temps"}
_STAFF_LOOK_RE = re.compile(
    r"(?i)\s*(?:[:(\[/–—]|-(?=\s|level))|(?:[\s-]+[\w+#.'&-]+){0,2}?[\s-]+"
    r"(?:engineers?|developers?|scientists?|"
    r"designers?|architects?|analysts?|researchers?|swes?|sres?|level|data|software|product|ml)(?!\w)")
_TO_RE = re.compile(r"(?i)\s+to\b")
_CELL_LEAD_RE = re.compile(r"(?i)\s*(?:(?:up\s+to|from|between|around|about|approx\.?|~|starting\s+at)\s*)?")
_LETTER_RE = re.compile(r"[A-Za-z]")
_PARENS_RE = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_LABEL_BLOCKERS_RE = re.compile(r"(?i)\b(?:hiring|per|the\s+more|more|most)\s*$")
_LEVEL_AFTER_RE = re.compile(
    rf"(?i)\s*(?:\(\s*)?(?:(?:for|at|in)\s+(?:the\s+|a\s+|an\s+|most\s+|more\s+)?)?(?P<lvl>{_LEVEL}"
    rf"(?:\s*(?:/|&|\band\b|\bor\b|\bto\b)\s*{_LEVEL})*)(?!\w)")
_LEVEL_AFTER_GATE_RE = re.compile(r"(?i)\s*(?:\(\s*|(?:for|at|in)\s)")
_LOC_WORD = r"[A-Z][\w.'’-]*"
_LOC_BEFORE_RE = re.compile(
    rf"\b(?:[Ii]n|[Aa]cross)\s+(?:the\s+)?(?P<loc>{_LOC_WORD}(?:\s+{_LOC_WORD}){{0,3}})\s*(?:[,:]|[–—-]\s)")
_LOC_AFTER_RE = re.compile(
    rf"\s*(?:\(\s*)?(?:in|across)\s+(?:the\s+)?(?P<loc>{_LOC_WORD}(?:\s+{_LOC_WORD}){{0,3}})")
_NOT_PLACES = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "summary", "total", "addition", "general", "short", "fact", "practice",
    "particular", "contrast", "comparison", "most", "some", "many", "this", "that", "these",
    "those", "our", "your", "their", "my", "his", "her", "its", "series", "other", "terms",
    "fact", "reality", "theory", "return", "exchange", "order", "case", "q1", "q2", "q3", "q4",
}
#: A label cell before a colon or dash at the start of a clause: "London: £55k-£75k",
#: "Remote – US: $120k", "Senior (5+ years): £70k", "Mid-level — €55,000".
_COLON_LABEL_RE = re.compile(
    r"^[\s,;|/–—-]*(?P<lab>[A-Z][\w.'’&/()+ –—-]{0,38}?[\w)])\s*(?:[:=]|[–—-](?=\s))\s*"
    r"(?:(?:up\s+to|from|between|around|about|approx\.?|approximately|starting\s+at|~)\s*)?$")
#: Heading-like words that are not group names ("Range: $80k-$100k", "Average: $95k").
_NOT_GROUPS_RE = re.compile(
    r"(?i)\b(?:range|average|avg|median|mean|typical|typically|estimated?|expected|approx\w*|total|note|"
    r"example|from|up|starting|target|location|benefits?|per|hour|hourly|day|daily|week|weekly|month|"
    r"monthly|year|yearly|annual|annually|offer|budget|min|max|minimum|maximum|amount|value|figure|"
    r"overall|national|nationwide|low|high|lowest|highest|bottom|top)\b")
_CANONICAL_LEVELS = [
    ("intern", "Intern"), ("entry", "Entry-level"), ("junior", "Junior"), ("jr", "Junior"),
    ("grad", "Graduate"), ("mid", "Mid-level"), ("intermediate", "Mid-level"),
    ("senior", "Senior"), ("sr", "Senior"), ("lead", "Lead"), ("staff", "Staff"),
    ("principal", "Principal"), ("head", "Head"), ("director", "Director"),
    ("manager", "Manager"), ("associate", "Associate"), ("freelance", "Freelance"),
    ("contract", "Contractor"), ("interim", "Interim"), ("locum", "Locum"),
    ("permanent", "Permanent"), ("parttime", "Part-time"), ("perdiem", "Per diem"),
    ("temp", "Temporary"),
]


# ---------------------------------------------------------------------------------------------
# Small helpers

def _parse_number(s: str, has_multiplier: bool) -> Optional[float]:
    """A number as written ("120,000", "12,00,000", "120.000", "1.234,56", "4.5") → float."""
    if "," in s and "." in s:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        whole, frac = s.rsplit(dec, 1)
        return float(whole.replace("," if dec == "." else ".", "") + "." + frac)
    if "," in s:
        groups = s.split(",")
        tail = groups[1:]
        if all(len(g) == 3 for g in tail) or (len(tail[-1]) == 3 and all(len(g) == 2 for g in tail[:-1])):
            return float(s.replace(",", ""))          # 120,000 / Indian 12,00,000
        if len(groups) == 2 and len(tail[0]) <= 2:
            return float(groups[0] + "." + tail[0])   # decimal comma: 45,50
        return None
    if "." in s:
        groups = s.split(".")
        if len(groups) == 2 and (has_multiplier or len(groups[1]) != 3):
            return float(s)                           # 4.5k, 12.50
        if all(len(g) == 3 for g in groups[1:]):
            return float(s.replace(".", ""))          # European 120.000
        return None
    return float(s)


_UNIT_ABBREVIATIONS = {"pa": "year", "p/a": "year", "pcm": "month", "ph": "hour", "p/h": "hour",
                       "pd": "day", "p/d": "day", "pw": "week", "p/w": "week", "lpa": "year"}
_UNIT_INITIALS = {"h": "hour", "d": "day", "w": "week", "m": "month", "y": "year"}
_UNIT_NOISE_RE = re.compile(r"[.\s()]")
_YEARLY_UNIT_RE = re.compile(r"pro-?rat|fte$|full-?time")
_UNIT_LEAD_RE = re.compile(r"^(?:/|per-?|an?(?=[hdwmy])|each|every)")


def _unit_to_period(phrase: str) -> Optional[str]:
    """A stated period phrase ("/hr", "per annum", "p.a.", "day rate", "pcm") → period name."""
    w = _UNIT_NOISE_RE.sub("", phrase.lower())
    if _YEARLY_UNIT_RE.match(w):
        return "year"
    w = _UNIT_ABBREVIATIONS.get(w) or _UNIT_LEAD_RE.sub("", w)
    if w in PERIODS:
        return w
    if w in _UNIT_ABBREVIATIONS:
        return _UNIT_ABBREVIATIONS[w]
    if w.startswith("an"):                          # annum, annual, annually
        return "year"
    return _UNIT_INITIALS.get(w[:1])


def _guess_period(value: float, currency: Optional[str], mult_kind: Optional[str]) -> str:
    """Period of a figure that states none (rules in the module docstring)."""
    if mult_kind in ("m", "lakh") or (mult_kind == "k" and currency != "INR"):
        return "year"
    hour, day, month = _GUESS_LIMITS.get(currency, _GUESS_LIMITS[None])
    if value < hour:
        return "hour"
    if value < day:
        return "day"
    if value < month:
        return "month"
    return "year"


def _annual(value: Optional[float], period: str) -> Optional[float]:
    return None if value is None else round(value * ANNUAL_FACTORS[period], 2)


def _plausible(annual_min: Optional[float], annual_max: Optional[float], currency: Optional[str]) -> bool:
    lo = annual_min if annual_min is not None else annual_max
    hi = annual_max if annual_max is not None else annual_min
    if lo is None or hi is None:
        return False
    key = currency if currency in _ANNUAL_FLOOR else None
    return lo >= _ANNUAL_FLOOR[key] and hi <= _ANNUAL_CEILING[key]


def _resolve_currency(marker: Optional[str], default_currency: Optional[str]) -> Optional[str]:
    """A marker ("$", "USD", ...) → ISO code; "$" follows a dollar ``default_currency``."""
    if marker == "$":
        return default_currency if default_currency in DOLLAR_CURRENCIES else "USD"
    return marker


@lru_cache(maxsize=1024)
def _canonical_level(text: str) -> str:
    """ "Lead/Principal" → "Lead/Principal", "entry level" → "Entry-level", "SENIORS" → "Senior"."""
    out: list[str] = []
    for m in _LEVEL_WORD_RE.finditer(text):
        word = _UNIT_NOISE_RE.sub("", m.group(0).lower()).replace("-", "")
        for prefix, name in _CANONICAL_LEVELS:
            if word.startswith(prefix):
                if name not in out:
                    out.append(name)
                break
    return "/".join(out)


def _distance(span: tuple[int, int], start: int, end: int) -> int:
    a, b = span
    if b <= start:
        return start - b
    if a >= end:
        return a - end
    return 0


def _fmt(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:g}"


# ---------------------------------------------------------------------------------------------
# Amounts and figures

class _Amount:
    """One amount as read: value (multiplier applied), currency marker, stated period, span."""

    __slots__ = ("start", "end", "number", "factor", "mult_kind", "marker", "marker_pos",
                 "plus", "period", "period_end", "from_header")

    def __init__(self, m: re.Match, masked: str) -> None:
        self.start, self.end = m.start(), m.end()
        mult = (m.group("mult") or "").strip()
        self.factor, self.mult_kind = _MULTIPLIERS.get(mult.lower(), (1.0, None)) if mult else (1.0, None)
        self.number = _parse_number(m.group("num"), bool(mult))
        pre, suf = m.group("pre"), m.group("suf")
        markers = [_MARKERS.get(x.lower()) for x in (pre, suf) if x]
        self.marker = next((x for x in markers if x != "$"), markers[0] if markers else None)
        self.marker_pos = "pre" if pre else ("suf" if suf else None)
        self.plus = bool(m.group("plus"))
        self.period: Optional[str] = "year" if mult.lower() == "lpa" else None
        self.period_end = self.end
        p = _PERIOD_AFTER_RE.match(masked, self.end)
        if p:
            self.period = _unit_to_period(p.group("unit"))
            self.period_end = p.end()
        self.from_header = False                      # money only because a table header says so

    @property
    def value(self) -> float:
        return self.number * self.factor


class _Figure:
    """One or two amounts read together (a range), with its span in the text."""

    __slots__ = ("amounts", "start", "end")

    def __init__(self, amounts: list[_Amount]) -> None:
        self.amounts = amounts
        self.start = amounts[0].start
        self.end = max(a.period_end for a in amounts)

    @property
    def marker(self) -> Optional[str]:
        markers = [a.marker for a in self.amounts if a.marker]
        specific = [m for m in markers if m != "$"]
        return specific[0] if specific else (markers[0] if markers else None)

    @property
    def mult_kind(self) -> Optional[str]:
        return next((a.mult_kind for a in self.amounts if a.mult_kind), None)

    @property
    def period(self) -> Optional[str]:
        return next((a.period for a in reversed(self.amounts) if a.period), None)

    def values(self) -> list[float]:
        """Values with a one-sided multiplier shared ("$120-150k" → 120000, 150000)."""
        if len(self.amounts) == 1:
            return [self.amounts[0].value]
        a, b = self.amounts
        fa, fb = a.factor, b.factor
        if a.mult_kind and not b.mult_kind and b.number < 1000:
            fb = fa
        elif b.mult_kind and not a.mult_kind and a.number < 1000:
            fa = fb
        elif (not a.mult_kind and not b.mult_kind and a.number < 1000 and b.number >= 10_000
              and b.number % 1000 == 0 and b.number / 10 <= a.number * 1000 <= b.number):
            fa = 1000.0                               # "£45-50,000": the thousands are written once
        return [a.number * fa, b.number * fb]


def _compatible(a: _Amount, b: _Amount, text: str, gap_checked: bool = False) -> bool:
    """May ``a`` and ``b`` be the two ends of one range?"""
    gap = text[a.period_end:b.start]
    if not gap_checked and not _RANGE_GAP_RE.fullmatch(gap):
        return False
    if gap.strip().lower() == "and" and not _BETWEEN_RE.search(text, max(0, a.start - 40), a.start):
        return False
    ma, mb = a.marker, b.marker
    if ma and mb and ma != mb and "$" not in (ma, mb):
        return False
    if not ma and mb and b.marker_pos == "pre":       # "Level 5 - $100k" is not a range
        return False
    if a.period and b.period and a.period != b.period:
        return False
    if a.period and not b.period:                     # "$50/hr - $5,000" is not a range
        return False
    values = _Figure([a, b]).values()
    lo, hi = min(values), max(values)
    return lo > 0 and hi / lo <= _MAX_RANGE_RATIO


def _from_to(a: _Amount, b: _Amount, text: str) -> bool:
    """ "from $165,000 at start-ups to $210,000 at big companies": one range, when the words between
    the two amounts name no level or place ("from $60k for juniors to $150k for seniors" is two
    figures, each with its own label) and nothing that is not pay."""
    if (not _FROM_BEFORE_RE.search(text, max(0, a.start - 30), a.start)
            or _CHANGE_FROM_RE.search(text, max(0, a.start - 40), a.start)):
        return False                                  # "rose from $80k in 2020 to $95k" is a change
    m = _FROM_TO_GAP_RE.fullmatch(text, a.period_end, b.start)
    if not m or b.value < a.value:
        return False
    mid = m.group("mid")
    if (_LEVELS_RE.search(mid) or _LOC_AFTER_RE.match(mid) or _NONPAY_RE.search(mid)
            or _LOC_WORDS_RE.search(mid) or _DIGIT_RE.search(mid)):
        return False
    return _compatible(a, b, text, gap_checked=True)


def _figures(text: str, masked: str, cells: Optional[list[tuple[int, int, "_Hint"]]] = None) -> list[_Figure]:
    amounts = [a for a in (_Amount(m, masked) for m in _AMOUNT_RE.finditer(masked)) if a.number is not None]
    if cells:
        _apply_header(amounts, masked, cells)
    out: list[_Figure] = []
    i = 0
    while i < len(amounts):
        a = amounts[i]
        if i + 1 < len(amounts) and (_compatible(a, amounts[i + 1], masked)
                                     or _from_to(a, amounts[i + 1], masked)):
            out.append(_Figure([a, amounts[i + 1]]))
            i += 2
        else:
            out.append(_Figure([a]))
            i += 1
    if cells:
        out = _join_low_high(out, masked, cells)
    # Money only: a currency marker, or a multiplier ("50k", "8 lakh"). Plain numbers are not,
    # unless the table header makes them money ("Low ($/hour) | ... " over "17.00").
    return [f for f in out if f.marker or f.mult_kind or any(a.from_header for a in f.amounts)]


# ---------------------------------------------------------------------------------------------
# Context: a table's header row, or the short label block before a lone figure

class _Hint:
    """What a header cell (or a heading) says about the figures under it."""

    __slots__ = ("marker", "factor", "mult_kind", "period", "pay", "nonpay", "side")

    def __init__(self, cell: str) -> None:
        periods = {_unit_to_period(m.group(0)) for m in _HDR_PERIOD_RE.finditer(cell)}
        periods.discard(None)
        markers = {_MARKERS.get(m.group(0).lower().rstrip(".")) for m in _HDR_CURRENCY_RE.finditer(cell)}
        markers.discard(None)
        mults = {_hdr_mult(m) for m in _HDR_MULT_RE.finditer(cell)}
        self.period = periods.pop() if len(periods) == 1 else None
        self.marker = markers.pop() if len(markers) == 1 else None
        self.factor, self.mult_kind = mults.pop() if len(mults) == 1 else (1.0, None)
        if self.mult_kind == "lakh" and self.marker is None:
            self.marker = "INR"
        ctx = _Context(cell)
        self.pay, self.nonpay = bool(ctx.pay), bool(ctx.nonpay)
        self.side = "low" if _LOW_COL_RE.match(cell) else ("high" if _HIGH_COL_RE.match(cell) else None)

    @property
    def money(self) -> bool:
        """Does the header make bare numbers under it money?"""
        return bool(self.marker or self.mult_kind or (self.pay and self.period))

    @property
    def vetoes(self) -> bool:
        return self.nonpay and not self.pay           # "Bonus", "Additional pay (cash bonus, stock)"


def _hdr_mult(m: re.Match) -> tuple[float, str]:
    if m.group("lakh"):
        return 1e5, "lakh"
    if m.group("crore"):
        return 1e7, "lakh"
    return 1e3, "k"


@lru_cache(maxsize=512)
def _read_context(context: str) -> tuple[tuple[_Hint, ...], _Hint]:
    """(one hint per header cell, one hint for the whole context); cached: a header heads many rows."""
    cells = context.split(" | ")
    return tuple(_Hint(c) for c in cells), _Hint(" ".join(cells))


def _cells_with_hints(text: str, context: str) -> list[tuple[int, int, _Hint]]:
    """Spans of ``text`` each with the hint that heads it.

    A table row ("cell | cell") under a header row with as many cells takes its header cell per
    column; any other text takes the whole context, and only when it is short (a lone figure under
    its label: "Average base pay" over "₹24.6L /yr") — a long paragraph is not headed by it.
    """
    per_cell, whole = _read_context(context)
    bounds = [m.span() for m in _CELL_SEP_RE.finditer(text)]
    if bounds and len(bounds) + 1 == len(per_cell):
        out, lo = [], 0
        for (a, b), hint in zip(bounds + [(len(text), len(text))], per_cell):
            out.append((lo, a, hint))
            lo = b
        return out
    if len(text) <= _SHORT_HEADED_TEXT and not _SENTENCE_END_RE.search(context):
        return [(0, len(text), whole)]
    return []


def _hint_at(cells: list[tuple[int, int, _Hint]], pos: int) -> Optional[tuple[int, int, _Hint]]:
    for cell in cells:
        if cell[0] <= pos < cell[1] or (pos == cell[1] and cell[0] < pos):
            return cell
    return None


def _apply_header(amounts: list[_Amount], masked: str, cells: list[tuple[int, int, _Hint]]) -> None:
    """Bare numbers alone in a cell under a header naming a currency, unit or multiplier become money."""
    for a in amounts:
        cell = _hint_at(cells, a.start)
        if cell is None:
            continue
        lo, hi, hint = cell
        if not hint.money or not _BARE_CELL_RE.fullmatch(masked, lo, hi):
            continue
        if a.marker is None and a.mult_kind is None:
            a.from_header = True
        if a.marker is None and hint.marker:
            a.marker = hint.marker
        if a.mult_kind is None and hint.mult_kind and a.number < 1000:
            a.factor, a.mult_kind = hint.factor, hint.mult_kind


def _join_low_high(figures: list[_Figure], masked: str, cells: list[tuple[int, int, _Hint]]) -> list[_Figure]:
    """A row under "Low | Median | High" columns is one range, low to high; the columns between go."""
    sides = [(i, c[2].side) for i, c in enumerate(cells) if c[2].side]
    lows = [i for i, side in sides if side == "low"]
    highs = [i for i, side in sides if side == "high"]
    if len(lows) != 1 or len(highs) != 1 or lows[0] >= highs[0]:
        return figures
    lo_cell, hi_cell = cells[lows[0]], cells[highs[0]]
    in_lo = [f for f in figures if lo_cell[0] <= f.start and f.end <= lo_cell[1]]
    in_hi = [f for f in figures if hi_cell[0] <= f.start and f.end <= hi_cell[1]]
    if len(in_lo) != 1 or len(in_hi) != 1 or len(in_lo[0].amounts) != 1 or len(in_hi[0].amounts) != 1:
        return figures
    a, b = in_lo[0].amounts[0], in_hi[0].amounts[0]
    if not _compatible(a, b, masked, gap_checked=True) or b.value < a.value:
        return figures
    joined = _Figure([a, b])
    out = [f for f in figures if f.end <= lo_cell[0] or f.start >= hi_cell[1]]
    out.append(joined)
    out.sort(key=lambda f: f.start)
    return out


# ---------------------------------------------------------------------------------------------
# Context: sentences, clauses, cues

class _Context:
    """Per-text lookups built once: sentence/clause boundaries and pay/non-pay cue positions."""

    def __init__(self, text: str, masked: Optional[str] = None) -> None:
        self.text = text
        # Boundaries are read on the masked text: the brackets of "401(k)" end no clause.
        bounds_text = text if masked is None else masked
        self.sent = self._bounds(_SENTENCE_SPLIT_RE, bounds_text)
        self.clause = self._bounds(_CLAUSE_SPLIT_RE, bounds_text)
        low = lower_for_patterns(text)
        if low is None:
            nonpay = [m.span() for m in _nonpay_cues(text)
                      if not _QUALIFIED_NONPAY_RE.search(text, max(0, m.start() - 40), m.start())]
            payer = [m.span("pay") for m in _PAYER_RE.finditer(text)]
            pay = [m.span() for m in _PAY_RE.finditer(text) if m.span() not in payer]
        else:
            nonpay = [m.span() for m in _nonpay_cues(text, low)
                      if not _QUALIFIED_NONPAY_LOW_RE.search(low, max(0, m.start() - 40), m.start())]
            payer = [m.span("pay") for m in _PAYER_LOW_RE.finditer(low)] if "pay" in low else []
            pay = [m.span() for m in _PAY_LOW_RE.finditer(low) if m.span() not in payer]
        # An intern's plain stipend is pay.
        for span in [n for n in nonpay if _STIPEND_RE.match(text, n[0])]:
            prev = _PREV_WORD_RE.search(text, max(0, span[0] - 30), span[0])
            plain = prev is None or prev.group(1).isdigit() or prev.group(1).lower() in _PLAIN_STIPEND_PREV
            s_lo, s_hi = self.sentence(*span)
            if plain and _INTERNISH_RE.search(text, s_lo, s_hi):
                nonpay.remove(span)
                pay.append(span)
        pay.sort()
        # A pay word glued to a non-pay word ("equity compensation", "salary budget") is non-pay.
        nonpay_starts = [a for a, _ in nonpay]
        kept_pay = []
        for p_lo, p_hi in pay:
            i = bisect_left(nonpay_starts, p_lo - 60)
            glued = False
            while i < len(nonpay) and nonpay[i][0] <= p_hi + 2:
                a, b = nonpay[i]
                if ((a >= p_hi and _ADJACENT_RE.fullmatch(text, p_hi, a))
                        or (b <= p_lo and _ADJACENT_RE.fullmatch(text, b, p_lo))):
                    glued = True
                    break
                i += 1
            if not glued:
                kept_pay.append((p_lo, p_hi))
        pay = kept_pay
        # A non-pay cue listed right after a pay cue ("base salary plus bonus", "salary + equity")
        # names a part of the pay package, not something else: it does not veto.
        pay_ends = [b for _, b in pay]
        kept = []
        for a, b in nonpay:
            j = bisect_right(pay_ends, a) - 1          # the last pay cue ending before this one
            if j >= 0 and a - pay_ends[j] <= 8 and _ENUMERATION_RE.fullmatch(text, pay_ends[j], a):
                continue
            kept.append((a, b))
        nonpay = kept
        self.pay, self.nonpay = pay, nonpay
        self.pay_starts = [s for s, _ in pay]
        self.nonpay_starts = [s for s, _ in nonpay]
        self.nonpay_start_set = frozenset(self.nonpay_starts)

    @staticmethod
    def _bounds(rx: re.Pattern, text: str) -> tuple[list[int], list[int]]:
        spans = [m.span() for m in rx.finditer(text)]
        return [s for s, _ in spans], [e for _, e in spans]

    @staticmethod
    def _around(bounds: tuple[list[int], list[int]], start: int, end: int, size: int) -> tuple[int, int]:
        starts, ends = bounds
        i = bisect_right(ends, start)                 # boundaries ending at or before `start`
        left = ends[i - 1] if i else 0
        j = bisect_left(starts, end)                  # first boundary starting at or after `end`
        right = starts[j] if j < len(starts) else size
        return left, right

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        return self._around(self.sent, start, end, len(self.text))

    def clause_of(self, start: int, end: int) -> tuple[int, int]:
        return self._around(self.clause, start, end, len(self.text))

    @staticmethod
    def _within(spans: list[tuple[int, int]], starts: list[int], lo: int, hi: int) -> list[tuple[int, int]]:
        i = bisect_left(starts, lo)
        out = []
        while i < len(spans) and spans[i][0] < hi:
            if spans[i][1] <= hi:
                out.append(spans[i])
            i += 1
        return out

    def pay_in(self, lo: int, hi: int) -> list[tuple[int, int]]:
        return self._within(self.pay, self.pay_starts, lo, hi)

    def nonpay_in(self, lo: int, hi: int) -> list[tuple[int, int]]:
        return self._within(self.nonpay, self.nonpay_starts, lo, hi)


def _nonpay_cues(text: str, low: Optional[str] = None) -> list[re.Match]:
    """Non-pay cue words in ``text``, less those that open a job title ("Credit Controller").
    ``low``: ``lower_for_patterns(text)``, when the caller has it (the matches are then on
    ``low``: only their spans are the same as ``text``'s)."""
    if low is None:
        low = lower_for_patterns(text)
        if low is None:
            return [m for m in _NONPAY_RE.finditer(text) if not _JOB_TITLE_AFTER_RE.match(text, m.end())]
    return [m for m in _NONPAY_LOW_RE.finditer(low) if not _JOB_TITLE_AFTER_LOW_RE.match(low, m.end())]


def _reads_as_label(text: str, m: re.Match, hi: int) -> bool:
    """Does the level keyword(s) ``m`` (ending before ``hi``) label something, or is it prose?

    "Junior:", "Senior (5+ years)", "Mid-level —", "Entry-level engineers", "seniors earn",
    "Head of Product" label; "lead to higher pay", "more senior", "the hiring manager" do not.
    "staff" only labels engineering-style titles ("Staff engineers", not "hospital staff nurses").
    """
    if _LABEL_BLOCKERS_RE.search(text, max(0, m.start() - 12), m.start()):
        return False
    rest = text[m.end():hi]
    if not rest.strip(" \t,"):
        return True                                   # right before the figure: "Senior $150k"
    words = m.group(0).lower().split()
    if words == ["staff"]:
        return _STAFF_LOOK_RE.match(text, m.end(), hi) is not None
    if _LABEL_LOOK_RE.match(text, m.end(), hi):
        return True
    return words[-1] in _PLURAL_LABELS and not _TO_RE.match(rest)


def _label_cell(cell: Optional[str]) -> tuple[Optional[str], bool]:
    """See ``_read_label_cell``; cached for short cells (labels repeat: "Senior", "London")."""
    if cell is not None and len(cell) <= 120:
        return _read_label_cell_cached(cell)
    return _read_label_cell(cell)


def _read_label_cell(cell: Optional[str]) -> tuple[Optional[str], bool]:
    """A label written as a cell — a colon label, a table row's first cell, the caller's ``label=``
    → (label, names a level or group of workers?).

    Parentheticals go ("Senior (5+ years)" → "Senior"). A cell made only of level words is
    canonicalised ("entry level" → "Entry-level", "Lead / Principal" → "Lead/Principal"); any
    other cell is kept as written ("Senior Project Manager", "Finance manager", "London"). Heading
    words give no label ("Salary", "Average pay", "Learning stipend") unless a level is named with
    them ("Senior salary" → "Senior"). "Lead generation" is a group, not the level Lead.
    """
    cell = " ".join(_PARENS_RE.sub(" ", cell or "").split()).strip(" :=–—-")
    if not cell or len(cell) > 40 or _DIGIT_RE.search(cell) or not _LETTER_RE.search(cell):
        return None, False
    if _LEVEL_WORD_RE.search(cell) and not _LEVEL_GLUE_RE.sub("", _LEVEL_WORD_RE.sub("", cell)):
        return _canonical_level(cell), True           # nothing but levels
    levels = [m for m in _LEVELS_RE.finditer(cell) if _reads_as_label(cell, m, len(cell))]
    if _PAY_RE.search(cell) or _nonpay_cues(cell) or _NOT_GROUPS_RE.search(cell):
        if levels:
            return _canonical_level(" / ".join(m.group(0) for m in levels)), True
        return None, False
    return cell, bool(levels)


_read_label_cell_cached = lru_cache(maxsize=2048)(_read_label_cell)


def _cell_label(text: str, start: int) -> tuple[Optional[str], Optional[bool]]:
    """The first cell of a table row when the figure opens a later cell: "Fresher (0–2 years) | ₹4.5 LPA".

    The cell is read by ``_label_cell``.
    """
    line_lo = text.rfind("\n", 0, start) + 1
    cell_lo = text.rfind("|", line_lo, start)
    if cell_lo < 0 or not _CELL_LEAD_RE.fullmatch(text, cell_lo + 1, start):
        return None, None
    label, is_level = _label_cell(text[line_lo:text.index("|", line_lo)])
    return label, (True if is_level else None)


def _label_before(text: str, lo: int, hi: int) -> tuple[Optional[str], Optional[bool]]:
    """The nearest label in ``text[lo:hi]`` → (label, kind).

    First a label cell before a colon or dash at the start of the clause ("Senior (5+ years): £70k",
    "Manchester: £45k"), then the nearest level keyword in prose ("senior engineers earn"), then a
    place ("In London,"). kind: True for a level or group of workers, False for a place, None for
    any other group — which labels a figure but is no evidence that it is pay ("Enterprise: $5,000").
    """
    m = _COLON_LABEL_RE.match(text[lo:hi])
    if m:
        label, is_level = _label_cell(m.group("lab"))
        if label:
            return label, (True if is_level else None)
    best = None
    for m in _LEVELS_RE.finditer(text, lo, hi):
        if _reads_as_label(text, m, hi):
            best = m
    if best:
        return _canonical_level(best.group(0)), True
    for m in reversed(list(_LOC_BEFORE_RE.finditer(text, lo, hi))):
        loc = m.group("loc")
        if loc.split()[0].lower() not in _NOT_PLACES and not _LEVEL_ONE_RE.fullmatch(loc):
            return loc, False
    return None, False


def _label_after(text: str, lo: int, hi: int) -> tuple[Optional[str], int, bool]:
    """ "for senior roles" / "(Senior)" / "in London" right after a figure → (label, end, is_level)."""
    if _LEVEL_AFTER_GATE_RE.match(text, lo, hi):
        m = _LEVEL_AFTER_RE.match(text, lo, hi)
        if m:
            return _canonical_level(m.group("lvl")), m.end(), True
    m = _LOC_AFTER_RE.match(text, lo, hi)
    if m and m.group("loc").split()[0].lower() not in _NOT_PLACES and not _LEVEL_ONE_RE.match(m.group("loc")):
        return m.group("loc"), m.end(), False
    return None, lo, False


def _vetoed(ctx: _Context, fig: _Figure, c_lo: int, c_hi: int, s_lo: int) -> bool:
    """Is the figure named as something other than pay? (veto rules in the module docstring)"""
    text = ctx.text
    clause_nonpay = ctx.nonpay_in(c_lo, c_hi)
    clause_pay = ctx.pay_in(c_lo, c_hi)
    if clause_nonpay:
        near_nonpay = min(_distance(n, fig.start, fig.end) for n in clause_nonpay)
        near_pay = min((_distance(p, fig.start, fig.end) for p in clause_pay), default=None)
        if near_pay is None or near_nonpay <= near_pay:
            return True                               # "costs $49", "a $10,000 signing bonus"
    elif not clause_pay and c_lo > s_lo:
        # A clause with no cue of its own takes the nearest cue before it in the sentence:
        # "an agency that takes a weekly margin, typically £20 to £30".
        last_nonpay = max((b for a, b in ctx.nonpay_in(s_lo, c_lo)), default=-1)
        last_pay = max((b for a, b in ctx.pay_in(s_lo, c_lo)), default=-1)
        if last_nonpay > last_pay:
            return True
    tail = _NONPAY_TAIL_RE.match(text, fig.end, min(len(text), fig.end + 60))
    if tail and tail.start("np") in ctx.nonpay_start_set:
        return True                                   # "$150k in equity", "$49 for the course"
    return _PER_UNIT_RE.match(text, fig.end) is not None   # "$10/user", "$500 per referral"


# ---------------------------------------------------------------------------------------------
# Public API

def parse_salary(text: str, *, default_currency: Optional[str] = None,
                 label: Optional[str] = None, context: Optional[str] = None) -> list[Salary]:
    """Every pay figure in ``text`` (a block, a sentence or a whole page), in order of appearance.

    ``default_currency``: ISO code a bare "$" stands for when it is a dollar currency ("CAD" on a
    .ca site), and the currency of figures with no marker at all ("50k a year").
    ``label``: used when the text itself names no level or place (a table row's first cell).
    ``context``: what heads the text — for a table row, the table's header row ("Level | Weekly pay |
    Annual pay"); for a short block holding a lone figure, the short label block before it ("Average
    base pay"). See "Context" in the module docstring.
    Returns ``Salary(source="text")`` objects; see the module docstring for the rules.
    """
    if not text or not _DIGIT_RE.search(text):
        return []
    cells = _cells_with_hints(text, context) if context else []
    if not any(rx.search(text) for rx in _QUICK_RES) and not any(c[2].money for c in cells):
        return []
    # _MASK_RE matches hold "40" (a 401(k)), "%" or "cent" (no letter of which has a non-ASCII
    # case variant); a text with none of them is its own masked text
    if "%" in text or "40" in text or "cent" in text.lower():
        masked = _MASK_RE.sub(lambda m: " " * len(m.group(0)), text)
    else:
        masked = text
    figures = _figures(text, masked, cells)
    if not figures:
        return []
    ctx = _Context(text, masked)
    default_currency = default_currency.upper() if default_currency else None
    caller_label, caller_level = _label_cell(label)
    out: list[Salary] = []
    claimed = 0                                       # end of the previous figure (and its label)
    for k, fig in enumerate(figures):
        s_lo, s_hi = ctx.sentence(fig.start, fig.end)
        c_lo, c_hi = ctx.clause_of(fig.start, fig.end)
        next_start = figures[k + 1].start if k + 1 < len(figures) else len(text)
        win_lo = max(s_lo, claimed, fig.start - _LOOKBEHIND)
        after_hi = min(s_hi, next_start, fig.end + 60)
        claimed = fig.end
        cell = _hint_at(cells, fig.start) if cells else None
        head = cell[2] if cell else None
        column = head is not None and len(cells) > 1  # headed by a column of a table header

        # --- currency -------------------------------------------------------------------------
        marker = fig.marker
        if marker:
            currency = _resolve_currency(marker, default_currency)
        elif fig.mult_kind == "lakh":
            currency = "INR"
        else:
            currency = default_currency

        # --- values and bounds -----------------------------------------------------------------
        values = fig.values()
        lo_v, hi_v = min(values), max(values)
        if len(values) == 1:
            before_lo = max(win_lo, fig.start - 40)
            tail_max = _MAX_AFTER_RE.match(text, fig.end)
            tail_min = _MIN_AFTER_RE.match(text, fig.end)
            mmin = _MIN_BEFORE_RE.search(text, before_lo, fig.start)
            if (mmin and mmin.group("w").lower() == "from"
                    and (_RANGE_FROM_RE.search(text, before_lo, mmin.start())
                         or _CHANGE_FROM_RE.search(text, max(0, fig.start - 40), fig.start))):
                mmin = None                           # "ranges from $60k for juniors ...", "rose from $80k"
            if _MAX_BEFORE_RE.search(text, before_lo, fig.start) or tail_max:
                lo_v = None
            elif mmin or fig.amounts[0].plus or tail_min:
                hi_v = None

        # --- period ----------------------------------------------------------------------------
        period = fig.period
        if period is None:
            for m in reversed(list(_PERIOD_BEFORE_RE.finditer(text, max(win_lo, fig.start - 60), fig.start))):
                if _FILLER_RE.fullmatch(text, m.end(), fig.start):
                    period = _unit_to_period(m.group(0))
                break
        if period is None and head is not None:
            period = head.period                      # "Weekly pay" heads the column
        stated = period is not None
        if period is None:
            period = _guess_period(max(values), currency, fig.mult_kind)

        # --- label -----------------------------------------------------------------------------
        found, kind = _label_before(text, win_lo, fig.start)
        if not found:
            found, label_end, kind = _label_after(text, fig.end, after_hi)
            if found:
                claimed = label_end
        if not found:
            found, kind = _cell_label(text, fig.start)

        # --- is it a salary? -------------------------------------------------------------------
        pay_in_sentence = bool(ctx.pay_in(s_lo, s_hi))
        if _vetoed(ctx, fig, c_lo, c_hi, s_lo) or (head is not None and head.vetoes
                                                    and (column or not pay_in_sentence)):
            continue
        annual_shape = ((len(values) == 2 or fig.mult_kind in ("k", "m", "lakh")) and period == "year"
                        and max(values) >= _ANNUAL_SHAPE_MIN)
        ann_lo, ann_hi = _annual(lo_v, period), _annual(hi_v, period)
        floor_key = currency if currency in _STATED_ONLY_FLOOR else None
        annual_top = max(a for a in (ann_lo, ann_hi) if a is not None)
        stated_counts = stated and annual_top >= _STATED_ONLY_FLOOR[floor_key]
        if marker is None:
            # "38.2k salaries shared by analysts" counts reports; it is no amount.
            evidence = ((pay_in_sentence or stated_counts) and _MONEY_NEXT_RE.match(text, fig.end) is not None
                        and not _COUNTED_NEXT_RE.match(text, fig.end))
        else:
            # "Quiet": nothing non-pay in the clause or earlier in the sentence ("€60k–€75k + bonus"
            # is quiet, "Tuition, including materials, runs $15k" is not).
            quiet = not ctx.nonpay_in(c_lo, c_hi) and not ctx.nonpay_in(s_lo, fig.start)
            evidence = (pay_in_sentence or stated_counts or (found is not None and kind is not None)
                        or (head is not None and head.pay)
                        or (caller_label is not None and caller_level)
                        or (annual_shape and quiet and _MONEY_NEXT_RE.match(text, fig.end) is not None)
                        or (caller_label is not None and period == "year" and max(values) >= _ANNUAL_SHAPE_MIN))
        if not evidence or not _plausible(ann_lo, ann_hi, currency):
            continue

        # --- normalise -------------------------------------------------------------------------
        out.append(Salary(
            raw=text[fig.start:fig.end],
            min=None if lo_v is None else round(float(lo_v), 2),
            max=None if hi_v is None else round(float(hi_v), 2),
            currency=currency, period=period, annual_min=ann_lo, annual_max=ann_hi,
            label=found or caller_label, source="text"))
    return out


def _structured_number(v: Any) -> Optional[float]:
    """120000 / "120000" / "120,000" / "120k" / "$120,000" → float; junk → None."""
    if v is None or isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return float(v)
    m = _AMOUNT_RE.search(str(v))
    if not m:
        return None
    a = _Amount(m, str(v))
    return None if a.number is None else a.value


def normalise_structured(min_value: Any, max_value: Any, currency: Optional[str],
                         unit: Optional[str]) -> Optional[Salary]:
    """Salary from structured data (schema.org ``baseSalary``, Lever ``salaryRange``, Ashby).

    ``unit``: schema.org unitText (HOUR/DAY/WEEK/MONTH/YEAR), Lever interval ("per-year-salary",
    "per-hour-wage", "per-month-salary", "per-week-salary", "per-day-wage"), Ashby interval
    ("1 YEAR", "1 HOUR", "1 MONTH"), or plain words ("hourly", "annual"). A missing or unknown unit
    is guessed from size as in text. Values may be numbers or numeric strings; zero or missing
    sides are None. Returns None when there is no value or the figure is implausible.
    ``raw`` is a readable rendering: "USD 120000-150000 per year".
    """
    lo, hi = _structured_number(min_value), _structured_number(max_value)
    lo = lo if lo and lo > 0 else None
    hi = hi if hi and hi > 0 else None
    if lo is None and hi is None:
        return None
    if lo is not None and hi is not None and lo > hi:
        lo, hi = hi, lo
    cur = (str(currency).strip() if currency else "") or None
    if cur:
        cur = _resolve_currency(_MARKERS.get(cur.lower(), cur.upper()), None)
    period = None
    if unit:
        u = str(unit).lower()
        for key, name in (("hour", "hour"), ("dai", "day"), ("day", "day"), ("week", "week"),
                          ("month", "month"), ("year", "year"), ("annu", "year")):
            if key in u:
                period = name
                break
    if period is None:
        period = _guess_period(max(v for v in (lo, hi) if v is not None), cur, None)
    ann_lo, ann_hi = _annual(lo, period), _annual(hi, period)
    if not _plausible(ann_lo, ann_hi, cur):
        return None
    if lo is not None and hi is not None:
        amount = _fmt(lo) if lo == hi else f"{_fmt(lo)}-{_fmt(hi)}"
    elif lo is not None:
        amount = f"{_fmt(lo)}+"
    else:
        amount = f"up to {_fmt(hi)}"
    raw = f"{cur} {amount} per {period}" if cur else f"{amount} per {period}"
    return Salary(raw=raw, min=lo, max=hi, currency=cur, period=period,
                  annual_min=ann_lo, annual_max=ann_hi, label=None, source="structured")
