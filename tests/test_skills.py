"""Tests for the bundled skill taxonomy and ``pipelines.skills.match_skills``."""
from __future__ import annotations

import json
import random
import time

import pytest

from pipelines.model import Skill
from pipelines.skills import DEFAULT_PATH, load_taxonomy, match_skills, normalise

REQUIRED_CATEGORIES = [
    "language", "framework", "database", "cloud", "devops", "data", "mobile", "testing", "api", "tool",
    "ml", "security", "methodology", "os", "soft", "business", "domain", "spoken_language",
]


@pytest.fixture(scope="module")
def raw() -> dict:
    with open(DEFAULT_PATH, encoding="utf-8") as fh:
        return json.load(fh)


@pytest.fixture(scope="module")
def tax():
    return load_taxonomy()


def names(text: str) -> list[str]:
    return [s.name for s in match_skills(text)]


# ------------------------------------------------------------------------------------------------
# The taxonomy file


def test_taxonomy_loads_and_is_cached(tax):
    assert len(tax) >= 300
    assert load_taxonomy() is tax
    assert load_taxonomy(str(DEFAULT_PATH)) is tax


def test_license_and_source_are_stated(raw):
    assert raw["version"] == 1
    assert "MIT" in raw["license"] and "jobsift" in raw["license"]
    assert "jobsift" in raw["source"] and "No third-party" in raw["source"]


def test_every_required_category_has_entries(raw, tax):
    for cat in REQUIRED_CATEGORIES:
        assert cat in raw["categories"]
    by_cat = tax.by_category()
    for cat in REQUIRED_CATEGORIES:
        assert len(by_cat[cat]) >= 5, cat
    assert {s["category"] for s in raw["skills"]} <= set(raw["categories"])


def test_names_unique(raw):
    seen = set()
    for s in raw["skills"]:
        key = s["name"].lower()
        assert key not in seen, s["name"]
        seen.add(key)


def test_no_alias_maps_to_two_canonical_names(raw):
    owner: dict[str, str] = {}
    for s in raw["skills"]:
        for alias in [s["name"], *s.get("aliases", []), *s.get("ambiguous_aliases", [])]:
            key = normalise(alias)
            assert owner.setdefault(key, s["name"]) == s["name"], (alias, owner[key], s["name"])
    for phrase in raw.get("not_skills", []):
        assert normalise(phrase) not in owner, phrase


def test_skill_records_are_well_formed(raw, tax):
    allowed = {"name", "category", "aliases", "ambiguous", "ambiguous_aliases", "context", "strict_context"}
    for s in raw["skills"]:
        assert set(s) <= allowed, s["name"]
        assert isinstance(s["ambiguous"], bool)
        if s.get("ambiguous_aliases") or s.get("strict_context"):
            assert s["ambiguous"], s["name"]
        for form in s.get("ambiguous_aliases", []):
            assert len(normalise(form).split()) == 1, (s["name"], form)
        # multi-word context entries can only work as skill names: make sure they are ones
        for c in s.get("context", []):
            if len(normalise(c).split()) > 1:
                assert tax.get(c) is not None, (s["name"], c)


@pytest.mark.parametrize("name", [
    "Go", "R", "C", "Swift", "Spring", "Rust", "Dart", "Julia", "Excel", "Flask", "Chef", "Puppet",
    "Apache Spark", "Apache Hive", "Apache Pig", "pandas", "Elm", "Crystal", "Express.js",
    "Microsoft Access", "Microsoft Word", "GNU Make", "React", "REST", "SOAP", "LaTeX",
])
def test_english_word_skills_are_marked_ambiguous(tax, name):
    assert tax.get(name).ambiguous


@pytest.mark.parametrize("name", ["Python", "Java", "Ruby", "Kotlin", "Ansible", "Next.js", "Kafka", "Docker"])
def test_distinctive_names_are_not_ambiguous(tax, name):
    entry = tax.get(name) or tax.get(tax.lookup(name))
    assert entry is not None and not entry.ambiguous


@pytest.mark.parametrize("alias,canonical", [
    ("AWS", "Amazon Web Services"), ("GCP", "Google Cloud Platform"), ("postgres", "PostgreSQL"),
    ("psql", "PostgreSQL"), ("golang", "Go"), ("k8s", "Kubernetes"), ("nodejs", "Node.js"),
    ("c sharp", "C#"), ("dotnet", ".NET"), ("EHR", "Electronic Health Records"), ("sklearn", "scikit-learn"),
    ("scikit learn", "scikit-learn"), ("CI / CD", "CI/CD"), ("JS", "JavaScript"),
])
def test_aliases_resolve_to_properly_cased_canonical_names(tax, alias, canonical):
    assert tax.lookup(alias) == canonical
    assert tax.get(canonical).name == canonical


@pytest.mark.parametrize("name", [
    "JavaScript", "Node.js", "C++", "C#", ".NET", "CI/CD", "Electronic Health Records", "GAAP", "CRM",
    "Salesforce", "QuickBooks", "AutoCAD", "CPR", "Communication", "Stakeholder Management",
    "Customer Service", "Sales", "Negotiation", "Project Management", "Budgeting", "GraphQL", "gRPC",
    "WebSockets", "OpenAPI", "Git", "Jira", "Figma", "Agile", "Scrum", "Linux",
])
def test_expected_skills_exist(tax, name):
    assert tax.get(name) is not None


def test_every_plain_alias_is_found_in_a_sentence(raw, tax):
    """Tokenisation of aliases at load time and of text at match time must agree."""
    missing = []
    for s in raw["skills"]:
        gated = {normalise(f) for f in (s.get("ambiguous_aliases") or ([s["name"]] if s["ambiguous"] else []))}
        for alias in [s["name"], *s["aliases"]]:
            if normalise(alias) in gated:
                continue
            if s["name"] not in names(f"We use {alias} daily."):
                missing.append((s["name"], alias))
    assert not missing


def test_every_ambiguous_form_is_found_with_context(tax):
    """Each gated spelling can be matched when its context is present (no dead entries)."""
    missing = []
    for s in tax:
        for form in s.gated_forms:
            ctx = s.context[0] if s.context else "Python"
            text = f"Our stack includes Python, {form} and {ctx}."
            if s.name not in names(text):
                missing.append((s.name, text))
    assert not missing


# ------------------------------------------------------------------------------------------------
# Matching: text → (names that must be present, names that must be absent)

CASES = [
    # --- Go
    ("We build services in Go and Python.", ["Go", "Python"], []),
    ("Golang developer; Go programming experience", ["Go"], []),
    ("Go to market strategy and go to meetings.", [], ["Go"]),
    ("Own the go-to-market plan. Go-to-market experience.", [], ["Go"]),
    ("Experience at Google is a plus.", [], ["Go"]),
    ("Go-based microservices on Kubernetes", ["Go", "Microservices", "Kubernetes"], []),
    ("Languages:\n- Python\n- Go\n- Rust", ["Python", "Go", "Rust"], []),
    # --- R
    ("Statistical modelling in R or Python", ["R", "Python"], []),
    ("Tools: R, SAS and SPSS", ["R", "SAS", "SPSS"], []),
    ("R programming and RStudio", ["R"], []),
    ("Run the analysis in R.", ["R"], []),
    ("Our R&D team and the R & D budget", [], ["R"]),
    ("Reviewed by George R. Martin and J. R. R. Tolkien.", [], ["R"]),
    ("Skills: SQL and R. Docker is a plus.", ["SQL", "R", "Docker"], []),
    # --- C
    ("C and C++ on embedded Linux", ["C", "C++", "Embedded Linux"], []),
    ("Strong C/C++ skills", ["C", "C++"], []),
    ("Drivers written in C.", ["C"], []),
    ("Presents to the C-suite and C level executives", [], ["C"]),
    ("Vitamin C supplements; scored a grade C; Plan B and Option C", [], ["C"]),
    ("Signed by John C. Smith", [], ["C"]),
    ("C++ only, no plain C needed here", ["C++"], []),
    # --- Swift
    ("Swift and SwiftUI for iOS apps in Xcode", ["Swift", "SwiftUI", "iOS", "Xcode"], []),
    ("Swift programming, Objective-C", ["Swift", "Objective-C"], []),
    ("Nurses must give a swift response to alarms. A Swift response saves lives.", [], ["Swift"]),
    # --- Spring
    ("Java with Spring Boot and Spring Framework", ["Java", "Spring Boot", "Spring"], []),
    ("Java and Spring, Hibernate", ["Java", "Spring", "Hibernate"], []),
    ("Spring 2024 internship for Python developers; starts in spring", ["Python"], ["Spring"]),
    # --- Rust (mechanic guides)
    ("Inspect the frame for rust and apply rust prevention coating.", [], ["Rust"]),
    ("Rust prevention: wash the underbody. Check for Rust and corrosion.", [], ["Rust"]),
    ("Systems programming in Rust and Go", ["Rust", "Go"], []),
    # --- Excel
    ("Nurses excel at communication and Excel at teamwork.", ["Communication", "Teamwork"], ["Excel"]),
    ("You will excel in a fast-paced role.", [], ["Excel"]),
    ("Budgeting in Excel and Microsoft Excel spreadsheets", ["Excel", "Budgeting"], []),
    ("Proficient with Word, Excel and PowerPoint", ["Microsoft Word", "Excel", "Microsoft PowerPoint"], []),
    ("Maintain Excel spreadsheets of inventory", ["Excel"], []),
    # --- other English-word names
    ("React and TypeScript; React Native apps", ["React", "TypeScript", "React Native"], []),
    ("Patients may react to the medication; React quickly to alarms.", [], ["React"]),
    ("Take rest breaks. Document in SOAP notes.", [], ["REST", "SOAP"]),
    ("Design REST APIs and SOAP web services", ["REST", "SOAP"], []),
    ("Typeset papers in LaTeX; wear latex gloves. Latex allergy.", ["LaTeX"], []),
    ("Make sure to arrive early.", [], ["GNU Make"]),
    ("Build with GNU Make and CMake for C++", ["GNU Make", "CMake", "C++"], []),
    ("Apache Spark, Hive and Kafka; her ideas spark joy", ["Apache Spark", "Apache Hive", "Apache Kafka"], []),
    ("Check Airflow through the HVAC vents.", ["HVAC"], ["Apache Airflow"]),
    ("Orchestrate ETL DAGs with Airflow", ["ETL", "Apache Airflow"], []),
    ("Patients in DBT therapy groups", [], ["dbt"]),
    ("Chart in the Epic EHR system", ["Epic Systems", "Electronic Health Records"], []),
    ("An Epic journey awaits.", [], ["Epic Systems"]),
    ("Head Chef and line cooks prepare meals.", [], ["Chef"]),
    ("Configuration management with Puppet and Chef", ["Configuration Management", "Puppet", "Chef"], []),
    ("Access to care matters. Build Access databases with VBA.", ["Microsoft Access", "VBA"], []),
    ("Job Outlook\nDemand for nurses is growing.", [], ["Microsoft Outlook"]),
    ("Our AI/ML platform; add 5 ML of saline", ["Artificial Intelligence", "Machine Learning"], []),
    ("Paid bi-weekly, by e-mail", [], ["Business Intelligence"]),
    # --- punctuation-bearing names and word boundaries
    ("C#, F# and .NET, ASP.NET Core", ["C#", "F#", ".NET", "ASP.NET"], ["C"]),
    ("Node.js, Vue.js and Next.js", ["Node.js", "Vue.js", "Next.js"], []),
    ("CI/CD, TCP/IP, PL/SQL and T-SQL", ["CI/CD", "TCP/IP", "PL/SQL", "T-SQL"], ["SQL"]),
    ("A/B testing and UI/UX, Objective-C, scikit-learn", ["A/B Testing", "UI/UX Design", "Objective-C", "scikit-learn"], ["C"]),
    ("JavaScript and PostgreSQL", ["JavaScript", "PostgreSQL"], ["Java", "SQL"]),
    ("Java/J2EE, HTML/CSS/JavaScript, C#/.NET", ["Java", "HTML", "CSS", "JavaScript", "C#", ".NET"], []),
    ("Experience with AWS/Azure/GCP", ["Amazon Web Services", "Microsoft Azure", "Google Cloud Platform"], []),
    ("Deploy on AWS/Google Cloud Platform", ["Amazon Web Services", "Google Cloud Platform"], []),
    ("Python-based tooling; C++17; Python3", ["Python", "C++"], []),
    ("Object-oriented programming and object oriented programming", ["Object-Oriented Programming"], []),
    ("Python\u2019s ecosystem \u2013 Node.js \u2022 Docker\u00a0Compose", ["Python", "Node.js", "Docker Compose"], []),
    # --- not_skills phrases hide the words inside them
    ("According to the Bureau of Labor Statistics (BLS), pay rose.", [], ["Statistics", "Basic Life Support"]),
    ("Office for National Statistics pay data", [], ["Statistics"]),
    ("Use statistics and machine learning; CPR and BLS certified",
     ["Statistics", "Machine Learning", "CPR", "Basic Life Support"], []),
    ("Gas Safe registration; basic maths", ["Gas Safe", "Mathematics"], []),
    # --- spoken languages need language context (they double as nationalities)
    ("Fluent Spanish and English required; German is a plus", ["Spanish", "English", "German"], []),
    ("Install French doors and French drains for German companies", [], ["French", "German"]),
    ("Polish the chrome; Greek yogurt; mandarin oranges", [], ["Polish", "Greek", "Mandarin Chinese"]),
    # --- more English-word names
    ("Cargo ships and cargo holds", [], ["Cargo"]),
    ("Our Rust tooling: Cargo, Clippy and rustfmt; async with Tokio", ["Rust", "Cargo", "Tokio"], []),
    ("Excellent verbal communication skills and patience", ["Communication", "Patience"], []),
    # --- non-tech role guides
    ("Record vital signs in the EHR, administer medications, perform CPR and BLS",
     ["Vital Signs", "Electronic Health Records", "CPR", "Basic Life Support"], []),
    ("Prepare statements under GAAP using QuickBooks; manage accounts payable",
     ["GAAP", "QuickBooks", "Accounts Payable"], []),
    ("Use the CRM (Salesforce) to log calls; strong negotiation and customer service",
     ["CRM", "Salesforce", "Negotiation", "Customer Service"], []),
    ("Draft plans in AutoCAD; stakeholder management and budgeting",
     ["AutoCAD", "Stakeholder Management", "Budgeting"], []),
]


@pytest.mark.parametrize("text,present,absent", CASES, ids=[c[0][:40] for c in CASES])
def test_match_cases(text, present, absent):
    got = names(text)
    for name in present:
        assert name in got, (name, got)
    for name in absent:
        assert name not in got, (name, got)


def test_case_table_is_large_enough():
    assert len(CASES) >= 40


def test_order_of_first_appearance():
    text = "Docker first, then Python; later AWS, Docker again and finally Terraform."
    assert names(text) == ["Docker", "Python", "Amazon Web Services", "Terraform"]


def test_gated_skill_keeps_its_position():
    assert names("Go, then Python, then Rust") == ["Go", "Python", "Rust"]


def test_aliases_are_deduplicated():
    assert names("Postgres and PostgreSQL, psql") == ["PostgreSQL"]
    assert names("AWS and Amazon Web Services") == ["Amazon Web Services"]


def test_lookup_unknown():
    tax = load_taxonomy()
    assert tax.lookup("no such skill") is None
    assert tax.lookup("...") is None
    assert tax.get("no such skill") is None


def test_returns_skill_objects_with_category():
    out = match_skills("PostgreSQL and Kubernetes")
    assert out == [Skill("PostgreSQL", "database"), Skill("Kubernetes", "devops")]


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "the and of", "...", "R"])
def test_nothing_to_find(text):
    assert names(text) == []


def test_custom_taxonomy_file(tmp_path):
    data = {"version": 1, "license": "MIT", "source": "test", "categories": ["language", "tool"],
            "skills": [{"name": "Zig", "category": "language", "aliases": ["ziglang"], "ambiguous": False},
                       {"name": "Excel", "category": "tool", "aliases": [], "ambiguous": True}]}
    path = tmp_path / "t.json"
    path.write_text(json.dumps(data))
    tax = load_taxonomy(path)
    assert len(tax) == 2
    assert [s.name for s in match_skills("ziglang and Zig; excel at it", tax)] == ["Zig"]


def test_duplicate_alias_is_rejected(tmp_path):
    data = {"version": 1, "categories": ["tool"],
            "skills": [{"name": "A1", "category": "tool", "aliases": ["same thing"], "ambiguous": False},
                       {"name": "B1", "category": "tool", "aliases": ["Same  Thing"], "ambiguous": False}]}
    path = tmp_path / "dup.json"
    path.write_text(json.dumps(data))
    with pytest.raises(ValueError, match="maps to both"):
        load_taxonomy(path)


def _synthetic_page(words: int = 1500, mentions: int = 60, seed: int = 3) -> str:
    rng = random.Random(seed)
    filler = ("the of and to a in is you that it for on are as with they be at this have from or one "
              "work team role customers daily tasks report meetings office training experience salary "
              "go make word rest access spring swift excel").split()
    skills = ["Python", "Java", "SQL", "AWS", "Docker", "React", "Git", "communication", "CI/CD",
              "Node.js", "C++", "Go", "Excel", "project management", "customer service"]
    out = [rng.choice(filler) for _ in range(words - mentions)]
    for k in rng.sample(range(len(out)), mentions):
        out[k] += " " + rng.choice(skills) + rng.choice(["", ",", "."])
    return " ".join(out)


def test_speed_is_in_the_right_ballpark():
    """Loose guard against accidental per-skill regexes (which cost ~10x more)."""
    text = _synthetic_page()
    tax = load_taxonomy()
    match_skills(text, tax)
    n = 50
    t0 = time.perf_counter()
    for _ in range(n):
        match_skills(text, tax)
    per_call = (time.perf_counter() - t0) / n
    assert per_call < 0.003, per_call
