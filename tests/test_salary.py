"""Tests for ``pipelines.salary``: free-text pay figures and structured salary data."""
from __future__ import annotations

import math
import random
import time

import pytest

from pipelines.model import Salary
from pipelines.salary import ANNUAL_FACTORS, CURRENCIES, normalise_structured, parse_salary

N = None

# (text, parse_salary keyword arguments, expected figures in order of appearance:
#  (min, max, currency, period, annual_min, annual_max, label))
SALARIES = [
    # --- ranges -------------------------------------------------------------------------------
    ("$120,000 - $150,000", {}, [(120000, 150000, "USD", "year", 120000, 150000, N)]),
    ("Salary: $120k–150k", {}, [(120000, 150000, "USD", "year", 120000, 150000, N)]),
    ("The role pays $120-150k.", {}, [(120000, 150000, "USD", "year", 120000, 150000, N)]),
    ("£45,000 to £60,000 per year", {}, [(45000, 60000, "GBP", "year", 45000, 60000, N)]),
    ("Expect between €50,000 and €70,000.", {}, [(50000, 70000, "EUR", "year", 50000, 70000, N)]),
    ("$150,000 - $120,000 per year", {}, [(120000, 150000, "USD", "year", 120000, 150000, N)]),
    ("Salary Range: $80,000.00 - $100,000.00 per year", {},
     [(80000, 100000, "USD", "year", 80000, 100000, N)]),
    ("$65K-$75K DOE", {}, [(65000, 75000, "USD", "year", 65000, 75000, N)]),
    # --- bounds -------------------------------------------------------------------------------
    ("Salaries from $90,000", {}, [(90000, N, "USD", "year", 90000, N, N)]),
    ("Starting at $70,000 a year", {}, [(70000, N, "USD", "year", 70000, N, N)]),
    ("You could earn up to $200k", {}, [(N, 200000, "USD", "year", N, 200000, N)]),
    ("Engineers with ten years' experience earn $100k+", {}, [(100000, N, "USD", "year", 100000, N, N)]),
    ("$200k max", {}, [(N, 200000, "USD", "year", N, 200000, N)]),
    # --- stated periods -----------------------------------------------------------------------
    ("$85/hr", {}, [(85, 85, "USD", "hour", 176800, 176800, N)]),
    ("Contractors are paid $85 per hour", {}, [(85, 85, "USD", "hour", 176800, 176800, "Contractor")]),
    ("$50 an hour", {}, [(50, 50, "USD", "hour", 104000, 104000, N)]),
    ("Pay: $18.50 - $22.00 per hour", {}, [(18.5, 22, "USD", "hour", 38480, 45760, N)]),
    ("£350 a day", {}, [(350, 350, "GBP", "day", 91000, 91000, N)]),
    ("£400 per day", {}, [(400, 400, "GBP", "day", 104000, 104000, N)]),
    ("Day rate: £500-£600 outside IR35", {}, [(500, 600, "GBP", "day", 130000, 156000, N)]),
    ("€4,500 per month", {}, [(4500, 4500, "EUR", "month", 54000, 54000, N)]),
    ("$2,000/week", {}, [(2000, 2000, "USD", "week", 104000, 104000, N)]),
    ("£28,000 pa", {}, [(28000, 28000, "GBP", "year", 28000, 28000, N)]),
    ("£28,000 p.a. plus benefits", {}, [(28000, 28000, "GBP", "year", 28000, 28000, N)]),
    ("$95,000 annually", {}, [(95000, 95000, "USD", "year", 95000, 95000, N)]),
    ("Base: $180,000 USD/yr", {}, [(180000, 180000, "USD", "year", 180000, 180000, N)]),
    ("€5,000 monthly", {}, [(5000, 5000, "EUR", "month", 60000, 60000, N)]),
    ("Average pay £45,000 (per year)", {}, [(45000, 45000, "GBP", "year", 45000, 45000, N)]),
    ("Hourly rate: $85", {}, [(85, 85, "USD", "hour", 176800, 176800, N)]),
    ("Annual base salary: $95,000", {}, [(95000, 95000, "USD", "year", 95000, 95000, N)]),
    # --- currencies -----------------------------------------------------------------------------
    ("CA$95,000 a year", {}, [(95000, 95000, "CAD", "year", 95000, 95000, N)]),
    ("C$80,000 per year", {}, [(80000, 80000, "CAD", "year", 80000, 80000, N)]),
    ("Salary: CAD 95k", {}, [(95000, 95000, "CAD", "year", 95000, 95000, N)]),
    ("A$110,000 per annum", {}, [(110000, 110000, "AUD", "year", 110000, 110000, N)]),
    ("Pay is AU$120k", {}, [(120000, 120000, "AUD", "year", 120000, 120000, N)]),
    ("AUD 130,000 a year", {}, [(130000, 130000, "AUD", "year", 130000, 130000, N)]),
    ("USD 120,000 per year", {}, [(120000, 120000, "USD", "year", 120000, 120000, N)]),
    ("we offer 50 euros per hour", {}, [(50, 50, "EUR", "hour", 104000, 104000, N)]),
    ("Developers earn $95,000 per year", {"default_currency": "CAD"},
     [(95000, 95000, "CAD", "year", 95000, 95000, N)]),
    ("US$95,000 per year", {"default_currency": "CAD"}, [(95000, 95000, "USD", "year", 95000, 95000, N)]),
    ("Salary 80k", {"default_currency": "AUD"}, [(80000, 80000, "AUD", "year", 80000, 80000, N)]),
    ("Salary: $90k", {"default_currency": "GBP"}, [(90000, 90000, "USD", "year", 90000, 90000, N)]),
    ("Rs 25,000/- per month", {}, [(25000, 25000, "INR", "month", 300000, 300000, N)]),
    # --- INR ------------------------------------------------------------------------------------
    ("₹12 LPA", {}, [(1200000, 1200000, "INR", "year", 1200000, 1200000, N)]),
    ("₹8-15 lakh per annum", {}, [(800000, 1500000, "INR", "year", 800000, 1500000, N)]),
    ("CTC of INR 12,00,000", {}, [(1200000, 1200000, "INR", "year", 1200000, 1200000, N)]),
    ("Rs. 6,00,000 p.a.", {}, [(600000, 600000, "INR", "year", 600000, 600000, N)]),
    ("Freshers get 3-5 LPA", {}, [(300000, 500000, "INR", "year", 300000, 500000, N)]),
    ("₹50,000 per month", {}, [(50000, 50000, "INR", "month", 600000, 600000, N)]),
    ("Principal engineers can make ₹1.2 crore", {},
     [(12000000, 12000000, "INR", "year", 12000000, 12000000, "Principal")]),
    # --- European and other number formats ------------------------------------------------------
    ("Salary: 120.000 €", {}, [(120000, 120000, "EUR", "year", 120000, 120000, N)]),
    ("45.000 EUR per year", {}, [(45000, 45000, "EUR", "year", 45000, 45000, N)]),
    ("Brutto 55.000 - 65.000 EUR", {}, [(55000, 65000, "EUR", "year", 55000, 65000, N)]),
    ("Gross salary 3.200 € monthly", {}, [(3200, 3200, "EUR", "month", 38400, 38400, N)]),
    ("€4.5k per month", {}, [(4500, 4500, "EUR", "month", 54000, 54000, N)]),
    ("Total compensation of $1.2M", {}, [(1200000, 1200000, "USD", "year", 1200000, 1200000, N)]),
    ("£30K", {}, [(30000, 30000, "GBP", "year", 30000, 30000, N)]),
    ("earn 50k a year", {}, [(50000, 50000, N, "year", 50000, 50000, N)]),
    # --- period guessing (no period stated) ------------------------------------------------------
    ("Typical pay: $45", {}, [(45, 45, "USD", "hour", 93600, 93600, N)]),
    ("Typical pay: £450", {}, [(450, 450, "GBP", "day", 117000, 117000, N)]),
    ("Typical pay: €3,500", {}, [(3500, 3500, "EUR", "month", 42000, 42000, N)]),
    ("Typical pay: $12k", {}, [(12000, 12000, "USD", "year", 12000, 12000, N)]),
    # --- labels ---------------------------------------------------------------------------------
    ("Junior: $60k–$80k; Senior: $120k–$150k", {},
     [(60000, 80000, "USD", "year", 60000, 80000, "Junior"),
      (120000, 150000, "USD", "year", 120000, 150000, "Senior")]),
    ("Entry-level engineers earn $55k", {}, [(55000, 55000, "USD", "year", 55000, 55000, "Entry-level")]),
    ("Senior (5+ years): £70k", {}, [(70000, 70000, "GBP", "year", 70000, 70000, "Senior")]),
    ("Mid-level — €55,000", {}, [(55000, 55000, "EUR", "year", 55000, 55000, "Mid-level")]),
    ("Lead/Principal: up to $220k", {}, [(N, 220000, "USD", "year", N, 220000, "Lead/Principal")]),
    ("In London, £65,000", {}, [(65000, 65000, "GBP", "year", 65000, 65000, "London")]),
    ("Expect $150k–$180k for senior roles.", {},
     [(150000, 180000, "USD", "year", 150000, 180000, "Senior")]),
    ("Salaries range from $60k for junior engineers to $150k for senior engineers.", {},
     [(60000, 60000, "USD", "year", 60000, 60000, "Junior"),
      (150000, 150000, "USD", "year", 150000, 150000, "Senior")]),
    ("In the UK, a junior developer earns £25,000-£35,000, rising to £60,000+ for senior developers.", {},
     [(25000, 35000, "GBP", "year", 25000, 35000, "Junior"),
      (60000, N, "GBP", "year", 60000, N, "Senior")]),
    ("London: £55k-£75k | Manchester: £45k-£60k", {},
     [(55000, 75000, "GBP", "year", 55000, 75000, "London"),
      (45000, 60000, "GBP", "year", 45000, 60000, "Manchester")]),
    ("Director of Engineering: $250k-$300k", {},
     [(250000, 300000, "USD", "year", 250000, 300000, "Director of Engineering")]),
    ("Directors: $180k", {}, [(180000, 180000, "USD", "year", 180000, 180000, "Director")]),
    ("Finance manager: up to £75,000 a year", {}, [(N, 75000, "GBP", "year", N, 75000, "Finance manager")]),
    ("Professional (2–5 years): €55.000 – €70.000", {},
     [(55000, 70000, "EUR", "year", 55000, 70000, "Professional")]),
    ("Senior Project Manager | £60,000 – £78,000 | £475 – £600", {},
     [(60000, 78000, "GBP", "year", 60000, 78000, "Senior Project Manager"),
      (475, 600, "GBP", "day", 123500, 156000, "Senior Project Manager")]),
    ("Locum rates are typically £28 to £40 an hour", {}, [(28, 40, "GBP", "hour", 58240, 83200, "Locum")]),
    ("Freelance Go developers typically bill €650 to €850 per day", {},
     [(650, 850, "EUR", "day", 169000, 221000, "Freelance")]),
    ("Smaller companies quote a monthly figure, such as €4.200 brutto per month", {},
     [(4200, 4200, "EUR", "month", 50400, 50400, N)]),
    ("Pharmacy residents earn a stipend of $47,000 to $55,000 a year.", {},
     [(47000, 55000, "USD", "year", 47000, 55000, N)]),
    ("Interns are paid $8,000/month", {}, [(8000, 8000, "USD", "month", 96000, 96000, "Intern")]),
    ("Intermediate developers typically make $90,000.", {},
     [(90000, 90000, "USD", "year", 90000, 90000, "Mid-level")]),
    ("£70,000 - £90,000", {"label": "Senior"}, [(70000, 90000, "GBP", "year", 70000, 90000, "Senior")]),
    ("Junior: $60k", {"label": "Engineering"}, [(60000, 60000, "USD", "year", 60000, 60000, "Junior")]),
    ("£65,000", {"label": "London"}, [(65000, 65000, "GBP", "year", 65000, 65000, "London")]),
    ("The hiring manager will pay $100,000", {}, [(100000, 100000, "USD", "year", 100000, 100000, N)]),
    ("Salary: $120,000", {"label": "Salary"}, [(120000, 120000, "USD", "year", 120000, 120000, N)]),
    ("£70,000", {"label": "Senior Engineer"}, [(70000, 70000, "GBP", "year", 70000, 70000, "Senior Engineer")]),
    ("£70,000", {"label": "Senior salary"}, [(70000, 70000, "GBP", "year", 70000, 70000, "Senior")]),
    ("Graduate schemes pay £28k-£32k", {}, [(28000, 32000, "GBP", "year", 28000, 32000, "Graduate")]),
    # --- mixed sentences: pay next to things that are not pay -----------------------------------
    ("Salary $120k plus $10k signing bonus", {}, [(120000, 120000, "USD", "year", 120000, 120000, N)]),
    ("We raised $20M and pay engineers $180k", {}, [(180000, 180000, "USD", "year", 180000, 180000, N)]),
    ("Compensation: $140,000 - $160,000 + equity + 401(k)", {},
     [(140000, 160000, "USD", "year", 140000, 160000, N)]),
    ("We are a Series A startup paying $150k–$180k plus equity.", {},
     [(150000, 180000, "USD", "year", 150000, 180000, N)]),
    ("The bootcamp costs $15,000, but graduates earn $75k on average.", {},
     [(75000, 75000, "USD", "year", 75000, 75000, "Graduate")]),
    ("A 10% bonus on top of a $100k salary", {}, [(100000, 100000, "USD", "year", 100000, 100000, N)]),
    ("Base salary plus bonus: $150k", {}, [(150000, 150000, "USD", "year", 150000, 150000, N)]),
    ("€60k–€75k + bonus", {}, [(60000, 75000, "EUR", "year", 60000, 75000, N)]),
    ("Architects earn £85,000, reaching up to £130,000 before bonus.", {},
     [(85000, 85000, "GBP", "year", 85000, 85000, N), (N, 130000, "GBP", "year", N, 130000, N)]),
    ("Senior and lead iOS engineers at well-funded scale-ups command A$140,000–A$175,000 a year.", {},
     [(140000, 175000, "AUD", "year", 140000, 175000, "Senior/Lead")]),
    ("DevOps interns usually receive a stipend of ₹20,000–₹35,000 per month.", {},
     [(20000, 35000, "INR", "month", 240000, 420000, "Intern")]),
    ("Hospital staff nurses earn $36 per hour", {}, [(36, 36, "USD", "hour", 74880, 74880, N)]),
    ("Senior: $140,000–$175,000 CAD a year", {},
     [(140000, 175000, "CAD", "year", 140000, 175000, "Senior")]),
    ("Fresher (0–2 years) | ₹4 lakh to ₹7 lakh per annum", {},
     [(400000, 700000, "INR", "year", 400000, 700000, "Fresher")]),
    ("Mid-level (3–6 years) | ₹9 lakh to ₹18 lakh per annum", {},
     [(900000, 1800000, "INR", "year", 900000, 1800000, "Mid-level")]),
    ("Nurses in California earn $60 an hour on average, or about $124,000 a year.", {},
     [(60, 60, "USD", "hour", 124800, 124800, N), (124000, 124000, "USD", "year", 124000, 124000, N)]),
    ("The median salary rose 5% to $98,000 in 2024", {}, [(98000, 98000, "USD", "year", 98000, 98000, N)]),
    # --- brackets of "401(k)" end no clause; "everywhere"/"perhaps" are no "per unit" ------------
    ("Base pay of $120k (401(k) eligible)", {}, [(120000, 120000, "USD", "year", 120000, 120000, N)]),
    ("Base pay is $95,000 to $110,000 everywhere outside the capital.", {},
     [(95000, 110000, "USD", "year", 95000, 110000, N)]),
    ("Senior: $140k, perhaps more with on-call", {}, [(140000, 140000, "USD", "year", 140000, 140000, "Senior")]),
    # --- a range followed by "bracket" / "mark" -------------------------------------------------
    ("Experienced welders move into the ₹6 lakh to ₹9 lakh bracket.", {},
     [(600000, 900000, "INR", "year", 600000, 900000, N)]),
    ("After five years most leads pass the $200k mark.", {},
     [(200000, 200000, "USD", "year", 200000, 200000, N)]),
    # --- low weekly pay is still pay (floor 3,000 a year) ----------------------------------------
    ("Apprentices earn £110 a week in their first year.", {}, [(110, 110, "GBP", "week", 5720, 5720, N)]),
    # --- a clause with no cue takes the nearest cue before it -----------------------------------
    ("Benefits include equity, and engineers earn, on average, $150k.", {},
     [(150000, 150000, "USD", "year", 150000, 150000, N)]),
    ("Engineers are paid well here, usually $140k to $160k.", {},
     [(140000, 160000, "USD", "year", 140000, 160000, N)]),
    # --- a non-pay word that opens a job title is no cue ----------------------------------------
    ("Accounts Receivable Credit Officer: £31,000 - £36,000", {},
     [(31000, 36000, "GBP", "year", 31000, 36000, "Accounts Receivable Credit Officer")]),
    ("£30k - £36k", {"label": "Pension Scheme Administrator"},
     [(30000, 36000, "GBP", "year", 30000, 36000, "Pension Scheme Administrator")]),
    ("Pricing Analyst: $75,000 - $90,000", {}, [(75000, 90000, "USD", "year", 75000, 90000, "Pricing Analyst")]),
    # --- "pro rata" / "FTE" mark a full-time yearly figure --------------------------------------
    ("£22,000 pro rata for three days a week", {}, [(22000, 22000, "GBP", "year", 22000, 22000, N)]),
    ("Post holders receive £31,500 FTE", {}, [(31500, 31500, "GBP", "year", 31500, 31500, N)]),
    ("£12.50 an hour pro rata", {}, [(12.5, 12.5, "GBP", "hour", 26000, 26000, N)]),
    # --- additional / variable pay is not the salary --------------------------------------------
    ("Base pay: $110k; variable pay up to $20k", {}, [(110000, 110000, "USD", "year", 110000, 110000, N)]),
    # --- "from X <words> to Y" is one range, unless the words are labels ------------------------
    ("Offers went from $140,000 at smaller studios to $185,000 at the big publishers.", {},
     [(140000, 185000, "USD", "year", 140000, 185000, N)]),
    ("Annual pay varies from €38,000 at family firms to €52,000 at multinationals.", {},
     [(38000, 52000, "EUR", "year", 38000, 52000, N)]),
    ("Pay goes from £30,000 in Leeds to £45,000 in London.", {},
     [(30000, 30000, "GBP", "year", 30000, 30000, "Leeds"), (45000, 45000, "GBP", "year", 45000, 45000, "London")]),
    ("Median pay rose from $80,000 last decade to $95,000 now.", {},
     [(80000, 80000, "USD", "year", 80000, 80000, N), (95000, 95000, "USD", "year", 95000, 95000, N)]),
    ("Typical pay grew from £41,000 in 2021 to £47,000 in 2025.", {},
     [(41000, 41000, "GBP", "year", 41000, 41000, N), (47000, 47000, "GBP", "year", 47000, 47000, N)]),
    # --- thousands written once: "£45-50,000" ---------------------------------------------------
    ("Salary £45-50,000 DOE", {}, [(45000, 50000, "GBP", "year", 45000, 50000, N)]),
    ("Base of $90-110,000", {}, [(90000, 110000, "USD", "year", 90000, 110000, N)]),
    ("£900 - £1,000 per day", {}, [(900, 1000, "GBP", "day", 234000, 260000, N)]),
]

NOT_SALARIES = [
    "The company raised $50M in Series B funding.",
    "Founded in 2012, it is now valued at $2 billion.",
    "In 2023 we had revenue of $30M.",
    "401(k) match up to 4%",
    "Generous 401k match",
    "Every employee gets a $500 learning stipend.",
    "$1,000 home office stipend",
    "A $10,000 signing bonus is available.",
    "You may receive a sign-on bonus of $5,000.",
    "Earn $20k in referral bonuses",
    "Stock options worth $50,000 vest over four years.",
    "Senior engineers receive $150k in equity.",
    "The course costs $49.",
    "Our $299 course covers everything.",
    "The AWS certification fee of $150 is reimbursed.",
    "Subscription $9.99/month",
    "$9.99/month subscription",
    "Only $99 per month!",
    "Our Pro plan is $49/month and Enterprise is $499/month.",
    "Tuition reimbursement up to $5,250 per year",
    "A relocation package of $10,000 is available.",
    "The salary budget for the team is $2M.",
    "10% bonus",
    "In 2024, demand grew.",
    "Call 555-123-4567 or +44 20 7946 0958.",
    "Requires Python 3.12 and Node 20.",
    "$0",
    "The company pays $500 per referral",
    "Get a $100 Amazon gift card for every referral",
    "Our 50k members pay $10/month",
    "8 lakh people applied for 2,000 posts",
    "Benefits include a $2,000 annual learning budget, 401(k) matching, and a $150 monthly wellness perk.",
    "pay $49 for the course",
    "Tickets cost $5-10",
    "Tuition, including materials, runs $15k",
    "Home office: $500",
    "We have seen the title used for someone running a £40k office move.",
    "Expect to pay about $200 to register for the exam, and a renewal class is a modest extra cost.",
    "Interns also get a $1,000 home office stipend.",
    # 401(k)/403(b) brackets end no clause
    "Total rewards include a 401(k) match of up to $8,000 a year, on top of base pay.",
    "Retirement: a 403(b) match worth up to $5,500 a year, alongside competitive pay.",
    "Our 401(k) match tops out at $9,000 annually",
    "Licences are $15 per seat",
    # a count, not a kitchen's or an office's price
    "They finished a $60k-$80k kitchen renovation last spring.",
    # below any pay: 3,000 a year
    "Freelancers each pay roughly $90 a month for the accounting software.",
    "Contractors pay their accountant around £150 a month.",
    # a clause with no cue of its own, after a non-pay cue
    "Contractors are paid through an umbrella firm, which keeps a margin, usually £18 to £25.",
    "Everyone is paid monthly, and the onboarding course costs, at most, $2,500.",
    # a non-pay word not opening a job title
    "Bonus for managers: $5,000",
    "Stock options for engineers worth $40,000",
    # plural pay nouns after a figure with no currency count reports
    "Built from 12.4k salaries submitted by engineers.",
    "Drawn from 3.1k salaries and 900 reviews across the country.",
    # additional / variable pay
    "Variable pay: up to $20,000 a year",
    "Additional compensation averages $12k.",
    # bare numbers in a table row without a header naming money
    "Leeds | 14.20 | 16.80 | 21.50",
    "",
    "No numbers here at all.",
]


def _close(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-6)


@pytest.mark.parametrize("text,kwargs,expected", SALARIES, ids=[c[0][:60] for c in SALARIES])
def test_salary_strings(text, kwargs, expected):
    got = parse_salary(text, **kwargs)
    shape = [(s.min, s.max, s.currency, s.period, s.annual_min, s.annual_max, s.label) for s in got]
    assert len(got) == len(expected), shape
    for s, exp in zip(got, expected):
        mn, mx, cur, per, amin, amax, label = exp
        assert _close(s.min, mn) and _close(s.max, mx), shape
        assert (s.currency, s.period, s.label) == (cur, per, label), shape
        assert _close(s.annual_min, amin) and _close(s.annual_max, amax), shape
        assert s.source == "text"


@pytest.mark.parametrize("text", NOT_SALARIES)
def test_not_salaries(text):
    assert parse_salary(text) == []


def test_counts_of_tables():
    assert len(SALARIES) >= 45
    assert len(NOT_SALARIES) >= 20


@pytest.mark.parametrize("text,raw", [
    ("The role pays $120-150k.", "$120-150k"),
    ("Expect between €50,000 and €70,000.", "€50,000 and €70,000"),
    ("£45,000 to £60,000 per year, plus benefits", "£45,000 to £60,000 per year"),
    ("Contractors are paid $85 per hour", "$85 per hour"),
    ("₹8-15 lakh per annum", "₹8-15 lakh per annum"),
    ("Average pay £45,000 (per year)", "£45,000 (per year)"),
    ("Lead/Principal: up to $220k", "$220k"),
])
def test_raw_is_the_figure_span(text, raw):
    (s,) = parse_salary(text)
    assert s.raw == raw


def test_whole_page_keeps_order_and_skips_non_pay():
    page = "\n".join([
        "What does a data engineer earn?",
        "We raised $40M last year. Junior data engineers earn $70k–$85k.",
        "Benefits: a $1,000 learning stipend, 401(k) match, and $200 monthly wellness perk.",
        "Senior data engineers make $140,000 to $170,000 per year; contractors bill £550 a day.",
    ])
    got = parse_salary(page)
    assert [(s.min, s.max, s.currency, s.period, s.label) for s in got] == [
        (70000, 85000, "USD", "year", "Junior"),
        (140000, 170000, "USD", "year", "Senior"),
        (550, 550, "GBP", "day", "Contractor"),
    ]


# --- invariants --------------------------------------------------------------------------------

INVARIANT_TEXTS = [c[0] for c in SALARIES] + NOT_SALARIES + [
    "Salaries vary: $40-$60/hr for juniors, £300–£450/day for contractors, ₹4-6 LPA for freshers, "
    "and 60.000 € to 80.000 € in Berlin; our Series C raised $75M.",
    "Earn $9,000-$3,000 a month",  # a backwards range
]


@pytest.mark.parametrize("text", INVARIANT_TEXTS, ids=[t[:40] for t in INVARIANT_TEXTS])
def test_invariants(text):
    for default in (None, "CAD"):
        for s in parse_salary(text, default_currency=default):
            assert isinstance(s, Salary)
            assert s.raw and s.raw in text
            assert s.min is not None or s.max is not None
            if s.min is not None and s.max is not None:
                assert s.min <= s.max
                assert s.annual_min <= s.annual_max
            assert s.currency is None or s.currency in CURRENCIES
            assert s.period in ANNUAL_FACTORS
            factor = ANNUAL_FACTORS[s.period]
            for value, annual in ((s.min, s.annual_min), (s.max, s.annual_max)):
                assert (value is None) == (annual is None)
                if value is not None:
                    assert _close(annual, value * factor)


_FRAGMENTS = [
    "$", "£", "€", "₹", "Rs.", "USD ", "CA$", "A$", "120", "120,000", "12,00,000", "45.000", "4.5", "85",
    "k", "K", "M", " lakh", " LPA", " crore", "-", "–", " to ", " and ", " between ", "+", "/hr", " per hour",
    " a day", " per month", "/week", " p.a.", " annually", " salary", " pay", " earn", " Senior", " Junior:",
    " Lead/Principal", " In London,", " bonus", " equity", " stipend", " 401(k)", " raised", " costs",
    " 10%", " 2024", " (", ")", ", ", "; ", " | ", ". ", "\n", " for senior roles", " up to", " from",
]


def test_invariants_on_generated_text():
    """Random jumbles of money-ish fragments (seeded, so reproducible) never break the invariants."""
    rng = random.Random(20240601)
    for _ in range(400):
        text = "".join(rng.choice(_FRAGMENTS) for _ in range(rng.randint(1, 25)))
        default = rng.choice([None, "CAD", "AUD", "GBP"])
        label = rng.choice([None, "Senior", "Salary", "London"])
        for s in parse_salary(text, default_currency=default, label=label):
            assert s.raw and s.raw in text, text
            assert s.min is not None or s.max is not None, text
            if s.min is not None and s.max is not None:
                assert s.min <= s.max, text
            assert s.currency is None or s.currency in CURRENCIES | {default}, text
            assert s.period in ANNUAL_FACTORS, text
            for value, annual in ((s.min, s.annual_min), (s.max, s.annual_max)):
                assert (value is None) == (annual is None), text
                if value is not None:
                    assert _close(annual, value * ANNUAL_FACTORS[s.period]), text


def test_stated_period_beats_guessing():
    # 150 alone would be guessed hourly and 45,000 yearly; the text says otherwise.
    (day,) = parse_salary("Pay: $150 per day")
    (month,) = parse_salary("Pay: €45,000 per month")
    assert (day.period, month.period) == ("day", "month")


def test_implausible_figures_dropped():
    assert parse_salary("The CEO's salary is $8,000,000") == []
    assert parse_salary("Interns are paid $3 per month") == []


# --- context: a table's header row, or the label block before a lone figure ------------------------

def _shape(got):
    return [(s.min, s.max, s.currency, s.period, s.label) for s in got]


@pytest.mark.parametrize("text,context,kwargs,expected", [
    # a period per column
    ("Apprentice | $620 | $32,240", "Grade | Weekly wage | Yearly wage", {"default_currency": "AUD"},
     [(620, 620, "AUD", "week", "Apprentice"), (32240, 32240, "AUD", "year", "Apprentice")]),
    ("Shift lead | €2,900 | €34,800", "Role | Monthly gross | Gross per year", {},
     [(2900, 2900, "EUR", "month", "Shift lead"), (34800, 34800, "EUR", "year", "Shift lead")]),
    # bare numbers under a header with a currency and unit; low and high columns make one range
    ("Leeds | 14.20 | 16.80 | 21.50", "City | Min (£/hr) | Median (£/hr) | Max (£/hr)", {},
     [(14.2, 21.5, "GBP", "hour", "Leeds")]),
    ("Yukon | 19.00 | 24.00 | 33.50", "Region | Low ($/hour) | Median ($/hour) | High ($/hour)",
     {"default_currency": "CAD"}, [(19.0, 33.5, "CAD", "hour", "Yukon")]),
    # a multiplier in the header
    ("Senior | 95 | 110", "Level | Salary (£k) | Salary with London weighting (£k)", {},
     [(95000, 95000, "GBP", "year", "Senior"), (110000, 110000, "GBP", "year", "Senior")]),
    ("Noida | 7.5 | 12", "City | Median (₹ lakh) | Top decile (₹ lakh)", {},
     [(750000, 750000, "INR", "year", "Noida"), (1200000, 1200000, "INR", "year", "Noida")]),
    # a column named for something that is not pay vetoes its figures
    ("Senior | $150k | $20k", "Level | Base salary | Bonus", {}, [(150000, 150000, "USD", "year", "Senior")]),
    ("Staff | $210,000 | $90,000", "Level | Base pay | Equity (per year)", {},
     [(210000, 210000, "USD", "year", "Staff")]),
    # a count column stays a number
    ("Pune | ₹6.5 LPA | 4.0k", "City | Median salary | Salaries reported", {},
     [(650000, 650000, "INR", "year", "Pune")]),
    ("2024 | 3,400", "Year | Openings", {}, []),
    # a short block under its label block
    ("₹2.1L /yr", "Other compensation (bonus, stock)", {}, []),
    ("$1,150", "Median weekly pay", {}, [(1150, 1150, "USD", "week", N)]),
    ("$74,000", "Typical salary", {}, [(74000, 74000, "USD", "year", N)]),
    # ... but not a long paragraph, nor under a context that is a sentence
    ("Nurses earn $36 per hour on the wards; ward managers earn $95,000 in most trusts.", "Hourly pay", {},
     [(36, 36, "USD", "hour", N), (95000, 95000, "USD", "year", "Manager")]),
    ("Senior: £70k", "Bonus and equity come on top.", {}, [(70000, 70000, "GBP", "year", "Senior")]),
    ("£3,400", "Pay is reviewed each month.", {}, []),
])
def test_context(text, context, kwargs, expected):
    assert _shape(parse_salary(text, context=context, **kwargs)) == expected


def test_context_raw_in_text_and_no_context_unchanged():
    for s in parse_salary("Leeds | 14.20 | 16.80 | 21.50", context="City | Min (£/hr) | Median (£/hr) | Max (£/hr)"):
        assert s.raw in "Leeds | 14.20 | 16.80 | 21.50"
    row = "Trainee | $890 | $46,300"
    assert _shape(parse_salary(row, label="Trainee", context=None)) == _shape(parse_salary(row, label="Trainee"))


def test_fast_with_context():
    header = "Region | Low ($/hour) | Median ($/hour) | High ($/hour)"
    rows = [f"Region {i} | 1{i % 10}.00 | 2{i % 10}.50 | 3{i % 10}.00" for i in range(100)]
    start = time.perf_counter()
    for _ in range(5):
        for row in rows:
            parse_salary(row, context=header, label="Region")
    assert time.perf_counter() - start < 0.5


def test_fast_on_ordinary_text():
    plain = "Software engineers design, build and maintain systems in Python 3.12 on Kubernetes 1.29."
    money = "Junior: $60k–$80k; Senior: $120k–$150k. We raised $50M and offer a $500 stipend."
    start = time.perf_counter()
    for _ in range(2000):
        parse_salary(plain)
        parse_salary("No digits at all in this paragraph, just prose about the job.")
    for _ in range(200):
        parse_salary(money)
    assert time.perf_counter() - start < 1.0


# --- structured data ---------------------------------------------------------------------------

@pytest.mark.parametrize("lo,hi,currency,unit,expected", [
    (120000, 150000, "USD", "YEAR", (120000, 150000, "USD", "year", 120000, 150000, "USD 120000-150000 per year")),
    ("45", "60", "usd", "HOUR", (45, 60, "USD", "hour", 93600, 124800, "USD 45-60 per hour")),
    (100000, 90000, "CAD", "per-year-salary", (90000, 100000, "CAD", "year", 90000, 100000, "CAD 90000-100000 per year")),
    (35, 35, "USD", "per-hour-wage", (35, 35, "USD", "hour", 72800, 72800, "USD 35 per hour")),
    (5000, 6000, "EUR", "per-month-salary", (5000, 6000, "EUR", "month", 60000, 72000, "EUR 5000-6000 per month")),
    (1500, None, "GBP", "per-week-salary", (1500, N, "GBP", "week", 78000, N, "GBP 1500+ per week")),
    (400, 500, "GBP", "per-day-wage", (400, 500, "GBP", "day", 104000, 130000, "GBP 400-500 per day")),
    (None, 200000, "AUD", "1 YEAR", (N, 200000, "AUD", "year", N, 200000, "AUD up to 200000 per year")),
    (50.5, 60, "USD", "1 HOUR", (50.5, 60, "USD", "hour", 105040, 124800, "USD 50.5-60 per hour")),
    (8000, 9000, "INR", "1 MONTH", (8000, 9000, "INR", "month", 96000, 108000, "INR 8000-9000 per month")),
    ("120,000", "150,000", "$", None, (120000, 150000, "USD", "year", 120000, 150000, "USD 120000-150000 per year")),
    (0, 150000, "USD", "WEEK", None),         # 150,000 a week (7.8M a year) is implausible
    (None, None, "USD", "YEAR", None),
    ("n/a", "", "USD", "YEAR", None),
])
def test_normalise_structured(lo, hi, currency, unit, expected):
    s = normalise_structured(lo, hi, currency, unit)
    if expected is None:
        assert s is None
        return
    mn, mx, cur, per, amin, amax, raw = expected
    assert s.source == "structured" and s.label is None
    assert (s.currency, s.period, s.raw) == (cur, per, raw)
    assert _close(s.min, mn) and _close(s.max, mx)
    assert _close(s.annual_min, amin) and _close(s.annual_max, amax)


def test_normalise_structured_zero_min_means_missing():
    s = normalise_structured(0, 150000, "USD", "YEAR")
    assert (s.min, s.max, s.annual_min, s.annual_max) == (None, 150000, None, 150000)
