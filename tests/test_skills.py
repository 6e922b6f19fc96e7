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
        for alias in [s["name"], *s.get("aliases", []), *s.get("ambiguous_aliases", []),
                      *s.get("verb_aliases", []), *s.get("cased_aliases", [])]:
            key = normalise(alias)
            assert owner.setdefault(key, s["name"]) == s["name"], (alias, owner[key], s["name"])
    for phrase in raw.get("not_skills", []):
        assert normalise(phrase) not in owner, phrase


def test_skill_records_are_well_formed(raw, tax):
    allowed = {"name", "category", "aliases", "ambiguous", "ambiguous_aliases", "context", "strict_context",
               "generic", "generic_aliases", "verb_aliases", "cased_aliases"}
    for s in raw["skills"]:
        assert set(s) <= allowed, s["name"]
        assert isinstance(s["ambiguous"], bool)
        if s.get("ambiguous_aliases") or s.get("strict_context"):
            assert s["ambiguous"], s["name"]
        if s.get("generic_aliases"):
            assert s.get("generic"), s["name"]
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
        entry = tax.get(s["name"])
        gated |= {normalise(f) for f in (*entry.generic_forms, *entry.cased_aliases)}
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


def test_every_generic_form_is_found_when_presented_as_a_skill(tax):
    """Generic (soft / business) spellings count in a skill phrase and not as a team's name."""
    missing, leaked = [], []
    for s in tax:
        for form in s.generic_forms:
            if s.name not in names(f"Proven experience in {form}."):
                missing.append((s.name, form))
            if s.name in names(f"She joined the {form} team last spring and likes it."):
                leaked.append((s.name, form))
    assert not missing
    assert not leaked


def test_every_verb_alias_needs_verb_use(tax):
    missing, leaked = [], []
    for s in tax:
        for form in s.verb_aliases:
            if s.name not in names(f"You will {form} new colleagues in the team."):
                missing.append((s.name, form))
            if s.name in names(f"Each new colleague gets a {form}."):
                leaked.append((s.name, form))
    assert not missing
    assert not leaked


def test_every_cased_alias_needs_its_casing(tax):
    missing, leaked = [], []
    for s in tax:
        for form in s.cased_aliases:
            if s.name not in names(f"We use {form} daily."):
                missing.append((s.name, form))
            if s.name in names(f"We use {form.lower()} daily."):
                leaked.append((s.name, form))
    assert not missing
    assert not leaked


@pytest.mark.parametrize("name", [
    # embedded protocols, MCUs and RTOSes
    "I2C", "SPI", "UART", "CAN Bus", "MQTT", "Modbus", "Bluetooth Low Energy", "LoRaWAN", "STM32", "nRF52",
    "ESP32", "ARM Cortex-M", "FreeRTOS", "Zephyr", "JTAG", "FPGA", "Embedded Linux",
    # bioinformatics and lab
    "Bioinformatics", "Nextflow", "Snakemake", "GATK", "SAMtools", "Bioconductor", "Next-Generation Sequencing",
    "RNA-Seq", "PCR", "CDISC",
    # trades and safety
    "Health and Safety", "Warehouse Management System", "IOSH Managing Safely", "Plumbing", "Carpentry",
    "Refrigeration", "Suspension and Steering",
    # healthcare
    "Radiography", "Anaesthetic Monitoring", "ECG", "Catheterization", "Palliative Care", "Medication Dispensing",
    # finance, HR, sales, design, mechanical, iOS
    "Sage", "Management Accounting", "Anti-Money Laundering", "ACCA", "Employment Law", "Gainsight", "Marketo",
    "Adobe After Effects", "Journey Mapping", "CATIA", "Siemens NX", "Finite Element Analysis",
    "Product Lifecycle Management", "XCTest", "fastlane", "Feature Flags",
    # spoken languages of India
    "Kannada", "Tamil", "Marathi", "Telugu",
])
def test_taxonomy_families_are_covered(tax, name):
    assert tax.get(name) is not None


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
    # --- generic (soft / business) skills count only where presented as a skill
    ("Solid sales background and strong leadership", ["Sales", "Leadership"], []),
    ("Two years in logistics or freight forwarding", ["Logistics"], []),
    ("Skills\nLeadership\nNegotiation\nPayroll", ["Leadership", "Negotiation", "Payroll"], []),
    ("Teamwork, negotiation and leadership skills", ["Teamwork", "Negotiation", "Leadership"], []),
    ("Carry out market research and competitor benchmarking", ["Market Research"], []),
    ("Change management, including two office moves", ["Change Management"], []),
    ("Problem solving in a noisy workshop", ["Problem Solving"], []),
    ("A people leadership position reporting to the COO", ["Leadership"], []),
    ("You will partner with our sales team and the leadership group.", [], ["Sales", "Leadership"]),
    ("Our freight business is a logistics start-up backed by investors.", [], ["Logistics"]),
    ("Most of our collaboration takes place in shared documents.", [], ["Teamwork"]),
    ("Weekly reports for the sales, marketing and finance teams", [], ["Sales"]),
    ("Consulting firms that do market research and brand consulting firms", [], ["Market Research"]),
    ("Follow the change management process for every release.", [], ["Change Management"]),
    ("Wages are paid monthly through payroll. Negotiation is possible at offer stage, says the Head of Sales.",
     [], ["Payroll", "Negotiation", "Sales"]),
    ("Your application data is handled in line with the GDPR.", [], ["GDPR"]),
    ("A sound knowledge of GDPR and data protection law", ["GDPR"], []),
    ("Candidates are screened with AI-assisted tools by our recruitment partner.", [], ["Artificial Intelligence", "Recruiting"]),
    ("Comfortable applying AI and statistics to messy data", ["Artificial Intelligence", "Statistics"], []),
    ("Raise defects with the QA colleagues in Krakow.", [], ["Quality Assurance"]),
    ("Sector | Median pay\nLogistics | £33,000\nSales | £27,000", [], ["Logistics", "Sales"]),
    ("Leadership: you will run a shift of thirty pickers\nNegotiation: you agree rates with hauliers",
     ["Leadership", "Negotiation"], []),
    ("Head of Sales: Priya Raman\nHiring manager: Tom Beck", [], ["Sales"]),
    # --- verb aliases
    ("You mentor two graduates and coach the support rota", ["Mentoring"], []),
    ("Every starter is paired with a mentor and a buddy.", [], ["Mentoring"]),
    ("Negotiate freight rates with carriers", ["Negotiation"], []),
    ("Source parts and negotiate with suppliers", ["Negotiation"], []),
    ("How to negotiate a pay rise", [], ["Negotiation"]),
    # --- exactly-cased aliases
    ("Persistence with Core Data and CloudKit", ["Core Data"], []),
    ("Kafka carries our core data streams", ["Apache Kafka"], ["Core Data"]),
    ("Differential expression with edgeR; a lawn edger and strimmer", ["edgeR"], []),
    ("Hand tools: strimmer, edger and blower", [], ["edgeR"]),
    ("Datasets in SDTM and ADaM formats", ["CDISC"], []),
    ("Adam and Elisa run the front desk.", [], ["CDISC", "ELISA"]),
    # --- phrases that are not the skill they contain
    ("Own bug triage for the Android app and crash triage after releases", ["Android"], ["Triage"]),
    ("Triage callers and book urgent appointments", ["Triage"], []),
    ("Study the net/http package source", [], ["HTTP"]),
    ("Prepare cost value reconciliations for each project", [], ["Account Reconciliation"]),
    ("Charge sales tax at the till", [], ["Sales"]),
    ("Anatomy and physiology of the horse", ["Anatomy", "Physiology"], []),
    ("Data-quality checks on trial data", [], ["Data Governance"]),
    # --- gated names: "using X to", stack lists, technical pages
    ("Tracking stock using Excel to flag reorders", ["Excel"], []),
    ("Build transformations using dbt to model BigQuery tables", ["dbt", "Google BigQuery"], []),
    ("Kotlin for the mobile apps\nGo for internal tooling\nRedis for caching", ["Kotlin", "Go", "Redis"], []),
    ("Go for a run before the shift starts.", [], ["Go"]),
    ("Our stack is Python, Django, React, TypeScript, PostgreSQL, Redis, Docker and Kubernetes.\n"
     "Rust is creeping into the hot paths.", ["Rust"], []),
    ("Rust is creeping into the wheel arches of older vans.", [], ["Rust"]),
    ("Our stack is Python, Django, React, TypeScript, PostgreSQL, Redis, Docker and Kubernetes.\n"
     "The Go/No-Go review happens on Thursdays.", [], ["Go"]),
    # --- families added to the taxonomy
    ("Bring-up of sensors over I2C and SPI, debug logs over UART, CAN bus to the ECU",
     ["I2C", "SPI", "UART", "CAN Bus"], []),
    ("Firmware for ESP32 and STM32 on FreeRTOS; BLE and MQTT to the cloud",
     ["ESP32", "STM32", "FreeRTOS", "Bluetooth Low Energy", "MQTT"], []),
    ("Cortex-M4 parts, JTAG debugging, Yocto images", ["ARM Cortex-M", "JTAG", "Embedded Linux"], []),
    ("Snakemake or Nextflow workflows; GATK and samtools for variant calling",
     ["Snakemake", "Nextflow", "GATK", "SAMtools", "Variant Calling"], []),
    ("RNA-seq with DESeq2 in Bioconductor", ["RNA-Seq", "DESeq2", "Bioconductor"], []),
    ("Run qPCR and ELISA assays", ["PCR", "ELISA"], []),
    ("IOSH Working Safely, a NEBOSH certificate and a CSCS card", ["IOSH Managing Safely", "NEBOSH", "CSCS Card"], []),
    ("Good understanding of health and safety on site", ["Health and Safety"], []),
    ("Health and safety is everyone's job here.", [], ["Health and Safety"]),
    ("Pick orders with a WMS and keep the aisles clear", ["Warehouse Management System"], []),
    ("Fault finding on three-phase boards; F-Gas certified", ["Fault Finding", "Refrigeration"], []),
    ("Strip and rebuild engines, read fault codes with a scan tool",
     ["Engine Repair", "Automotive Diagnostics"], []),
    ("Take radiographs, place IV catheters and monitor anaesthesia",
     ["Radiography", "IV Therapy", "Anaesthetic Monitoring"], []),
    ("Record a 12-lead ECG and administer medication on the ward", ["ECG", "Medication Administration"], []),
    ("Month-end in Sage 200 and Xero; purchase ledger and credit control",
     ["Sage", "Xero", "Accounts Payable", "Accounts Receivable"], []),
    ("A sage piece of advice from our founder", [], ["Sage"]),
    ("ACCA or CIMA qualified, with FP&A experience", ["ACCA", "CIMA", "Financial Planning and Analysis"], []),
    ("Mock-ups in Figma, motion in After Effects, journey maps with the researchers",
     ["Figma", "Adobe After Effects", "Journey Mapping"], []),
    ("Parts modelled in CATIA V5 or Creo, checked with FEA", ["CATIA", "PTC Creo", "Finite Element Analysis"], []),
    ("UI tests with XCTest, releases with fastlane", ["XCTest", "fastlane"], []),
    ("Renewals tracked in Gainsight and Salesforce", ["Gainsight", "Salesforce"], []),
    ("Fluent Telugu or Tamil is an advantage", ["Telugu", "Tamil"], []),
    ("Tamil Nadu and Kerala offices", [], ["Tamil"]),
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


def test_unicode_punctuation_is_normalised():
    """Only the non-ASCII characters that occur are replaced; each mapped one still separates words."""
    text = ("Skills\u2028scikit\u2010learn\u3001PostgreSQL\u2014Docker\u00a0Compose\u2022"
            "\u201cKubernetes\u201d \u00abTerraform\u00bb \u2013 caf\u00e9 \u20b9 pay")
    assert names(text) == ["scikit-learn", "PostgreSQL", "Docker Compose", "Kubernetes", "Terraform"]


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
