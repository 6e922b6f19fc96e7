"""Tests for pipelines.roles: role names and seniority from titles."""
from __future__ import annotations

import pytest

from pipelines.roles import ROLE_HEADS, SENIORITY_LEVELS, normalise_role, role_from_title, seniority_of


@pytest.mark.parametrize(
    "title, expected",
    [
        # Guide titles: "<Role>: <guide words>" and friends.
        ("Senior Backend Engineer: Roles, Skills, Responsibilities", "Senior Backend Engineer"),
        ("What Does a Data Scientist Do? Job Description, Salary & Skills", "Data Scientist"),
        ("What a Rust Developer Actually Does (and What They Get Paid)", "Rust Developer"),
        ("What an Actuary Earns in 2025", "Actuary"),
        ("Registered Nurse Job Description (2025 Guide) | CareerSite", "Registered Nurse"),
        ("How to Become a UX Designer in 2025", "UX Designer"),
        ("Assistant Mechanic: Job Description, Skills, Salary, and How to Start Your Career", "Assistant Mechanic"),
        ("DevOps Engineer – Responsibilities and Requirements", "DevOps Engineer"),
        ("DevOps Engineer — Responsibilities and Requirements", "DevOps Engineer"),
        ("The Complete Guide to Becoming an Accountant", "Accountant"),
        ("Product Manager Salary Guide UK", "Product Manager"),
        ("Top 10 Skills Every Frontend Developer Needs", "Frontend Developer"),
        ("Job Title: Site Reliability Engineer", "Site Reliability Engineer"),
        ("Roles and Responsibilities of a Project Manager", "Project Manager"),
        ("Duties, Skills & Salary for an Electrician", "Electrician"),
        ("What Do Accountants Do?", "Accountant"),
        ("How Much Does a Data Analyst Make? Salary Guide 2025", "Data Analyst"),
        ("Software Engineers: What They Do and How to Become One", "Software Engineer"),
        ("A Day in the Life of a Paramedic", "Paramedic"),
        ("HR Business Partner Interview Questions and Answers", "HR Business Partner"),
        ("ios developer job description template", "iOS Developer"),
        ("UX/UI designer roles and responsibilities", "UX/UI Designer"),
        ("Full-stack developer career path", "Full-Stack Developer"),
        ("Guide to the Product Manager Role", "Product Manager"),
        ("What Is a Scrum Master?", "Scrum Master"),
        ("Salary for Nurses in 2025", "Nurse"),
        ("Nurse Practitioner Jobs in Texas", "Nurse Practitioner"),
        ("Real Estate Agent Salary in the US", "Real Estate Agent"),
        ("Chief Technology Officer (CTO) Job Description", "Chief Technology Officer"),
        ("Customer Service Representative Duties &amp; Responsibilities", "Customer Service Representative"),
        ("Head of Engineering Job Description", "Head of Engineering"),
        ("Head of Growth", "Head of Growth"),  # "Growth" is a guide word, but it belongs to the role here
        ("Vice President of Sales Job Description", "Vice President of Sales"),
        ("Nursing Careers | How to Become a Registered Nurse", "Registered Nurse"),
        ("CareerSite » Pharmacist Career Guide", "Pharmacist"),
        ("Police Officer Requirements – Everything You Need to Know", "Police Officer"),
        ("Machine Learning Engineer: A Complete Guide - TechCareers", "Machine Learning Engineer"),
        ("7 Qualities of a Great Nurse", "Nurse"),
        ("How to Be a Good Manager", "Manager"),
        ("Why I Quit Being a Software Engineer", "Software Engineer"),
        ("How to Become a Software Engineer Without a Degree", "Software Engineer"),
        ("How to Become a Tour Guide", "Tour Guide"),  # cued: any short noun phrase after "become a"
        ("How to Become a Realtor in California", "Realtor"),
        ("Teaching Assistant Job Description | Skills, Duties and Salary", "Teaching Assistant"),
        ("Welder Job Description Template [Updated for 2025]", "Welder"),
        # Posting titles: comma team qualifier kept, location/remote notes dropped.
        ("Sr. Software Engineer, Payments (Remote - US)", "Senior Software Engineer, Payments"),
        ("Staff ML Engineer - Platform", "Staff ML Engineer"),
        ("Jr. Data Analyst, Marketing, Remote", "Junior Data Analyst, Marketing"),
        ("Software Engineer, Backend - Remote", "Software Engineer, Backend"),
        ("Account Executive, Full-time", "Account Executive"),
        ("Product Designer, US", "Product Designer"),
        ("SENIOR QA ENGINEER - LONDON", "Senior QA Engineer"),
        ("Frontend Developer (m/w/d)", "Frontend Developer"),
        ("Software Engineer II - Backend", "Software Engineer II"),
        ("Software Development Engineer in Test", "Software Development Engineer in Test"),
        ("Now Hiring: Warehouse Associate", "Warehouse Associate"),
        ("Accountant, Bookkeeper and Auditor Careers", "Accountant"),  # a second role is not a team
        ("Executive Assistant to the CEO", "Executive Assistant"),
        # Topic nouns after the role are peeled like guide words (contracts, rates, interviews, ...).
        ("Nurse Practitioner Contracts Explained", "Nurse Practitioner"),
        ("Cloud Architect Interviews: The Questions That Matter", "Cloud Architect"),
        ("Locum Pharmacist Hourly Rates for 2027", "Locum Pharmacist"),
        ("Director of Contracts", "Director of Contracts"),  # the topic noun is the role's domain
        ("Head of Capital Markets", "Head of Capital Markets"),
        ("Rates Trader", "Rates Trader"),
        # Sentence-case headlines: a capitalised role, then a short lower-case topic.
        ("Radiographer workloads in rural hospitals", "Radiographer"),
        ("Machine Learning Engineer promotions at big tech firms", "Machine Learning Engineer"),
        ("Nurse who saved a life on the night shift", None),  # a story, not a topic tail
        ("ios developer pay bands", None),  # no capitals: no case cut
        # Headline tails after a comma are not team qualifiers.
        ("The Product Manager role, decoded", "Product Manager"),
        ("Principal Designer, Unpacked", "Principal Designer"),
        ("Backend Engineer, Demystified", "Backend Engineer"),
        ("The Staff Data Scientist Job, Explained Simply", "Staff Data Scientist"),
        ("Becoming a Pharmacist, step by step", "Pharmacist"),
        ("Software Engineer, Growth", "Software Engineer, Growth"),  # a team that is also a guide word
        ("HR Specialist, Benefits", "HR Specialist, Benefits"),
        ("Data Engineer, Skills", "Data Engineer"),
        # "what <det> X <verb> ..." headlines, with feature openers before them.
        ("Here's what a Solutions Architect needs to know", "Solutions Architect"),
        ("What Every Junior Developer Should Know About Code Review", "Junior Developer"),
        ("On the ward: what a Charge Nurse is responsible for", "Charge Nurse"),
        ("Inside the Role of a Flight Attendant", "Flight Attendant"),
        ("A Closer Look: Wind Turbine Technician", "Wind Turbine Technician"),
        ("What a difference a year makes", None),
        ("What the Job Involves", None),
        ("Inside Sales Representative", "Inside Sales Representative"),  # "inside" is part of the role
        ("Account Executive, Inside Sales", "Account Executive, Inside Sales"),
        # Hiring-side titles.
        ("How to Hire a Data Engineer", "Data Engineer"),
        ("Interviewing a Product Designer: 12 Questions", "Product Designer"),
        ("How to Interview Well", None),
        # A possessive names the subject of a headline.
        ("The Engineering Manager's Handbook", "Engineering Manager"),
        ("A Nurse's Guide to Night Shifts", "Nurse"),
        ("McDonald's Crew Member", "McDonald's Crew Member"),  # the possessive is inside the role
        ("Women's Health Nurse Practitioner", "Women's Health Nurse Practitioner"),
        # Person nouns by their ending or as compounds of a listed head.
        ("Epidemiologist: Job Description and Salary", "Epidemiologist"),
        ("Geophysicist career guide", "Geophysicist"),
        ("Senior Bioinformaticians", "Senior Bioinformatician"),
        ("Microcontroller Programming Guide", None),  # a device, not a controller
        ("Checklist", None),
        # Places after a comma are dropped.
        ("Product Designer, Berlin", "Product Designer"),
        ("Software Engineer, Austin, TX", "Software Engineer"),
        ("Account Executive, DACH", "Account Executive"),
        ("Software Engineer, Payments, US", "Software Engineer, Payments"),  # a team, then a region
        # No role.
        ("About Us", None),
        ("Privacy Policy", None),
        ("Contact", None),
        ("10 Tips for Your Job Interview", None),
        ("Careers at Acme", None),
        ("What is DevOps? A Beginner's Guide", None),
        ("Data Scientist vs Data Analyst: What's the Difference?", None),  # a comparison, not one role
        ("Salary Guide 2025 | CareerSite", None),
        ("How to Write a Cover Letter", None),
        ("The Future of Remote Work", None),
        ("", None),
        (None, None),
        ("   |  :  ", None),
    ],
)
def test_role_from_title(title, expected):
    assert role_from_title(title) == expected


@pytest.mark.parametrize(
    "role, expected",
    [
        # Markers.
        ("Software Engineering Intern", "intern"),
        ("Marketing Internship 2025", "intern"),
        ("Graduate Trainee", "intern"),  # intern beats junior
        ("Junior Developer", "junior"),
        ("Jr. Data Analyst", "junior"),
        ("Entry-Level Accountant", "junior"),
        ("New Grad Software Engineer", "junior"),
        ("Associate Product Manager", "junior"),
        ("Software Engineer I", "junior"),
        ("Mid-Level Data Analyst", "mid"),
        ("Intermediate Web Developer", "mid"),
        ("Software Engineer II", "mid"),
        ("Software Engineer III", "senior"),
        ("Senior Software Engineer", "senior"),
        ("Sr Data Scientist", "senior"),
        ("Senior Backend Engineer: Roles, Skills, Responsibilities", "senior"),
        ("Sr. Software Engineer, Payments (Remote - US)", "senior"),
        ("Lead Engineer", "lead"),
        ("Tech Lead", "lead"),
        ("Team Lead, Customer Support", "lead"),
        ("Staff Engineer", "staff"),
        ("Senior Staff Software Engineer", "staff"),  # the highest marker wins
        ("Staff ML Engineer", "staff"),
        ("Principal Engineer", "principal"),
        ("Head of Engineering", "head"),
        ("Head Chef", "head"),
        ("Director of Marketing", "director"),
        ("Senior Director, Product", "director"),
        ("Associate Director of Finance", "director"),
        ("VP of Engineering", "director"),
        ("Vice President, Sales", "director"),
        ("Chief Technology Officer", "executive"),
        ("CTO", "executive"),
        # Markers before heads known by their ending or as compounds.
        ("Principal Biostatistician", "principal"),
        ("Lead Epidemiologist", "lead"),
        ("Principal Geophysicist", "principal"),
        ("Geophysicist", None),
        # Traps: the marker word is part of the role, not a level.
        ("Sales Associate", None),
        ("Staff Nurse", None),
        ("Staff Accountant", None),
        ("Staff Writer", None),
        ("Lead Generation Specialist", None),
        ("How to Lead a Team", None),
        ("Internship Coordinator", None),
        ("School Principal", None),
        ("Assistant Principal", None),
        ("Account Executive", None),
        ("Executive Assistant", None),
        ("Executive Assistant to the CEO", None),  # the CEO is someone else
        # No marker: no guess.
        ("Registered Nurse", None),
        ("Product Manager", None),
        ("Software Engineer", None),
        ("", None),
        (None, None),
    ],
)
def test_seniority_of(role, expected):
    assert seniority_of(role) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("  sr.  ux designer ", "Senior UX Designer"),
        ("head OF engineering", "Head of Engineering"),
        ("vp of sales", "VP of Sales"),
        ("SENIOR IOS ENGINEER", "Senior iOS Engineer"),
        ("Engineer ,Payments", "Engineer, Payments"),
        ("machine learning engineer ii", "Machine Learning Engineer II"),
        ("ai/ml engineer", "AI/ML Engineer"),
        ("front-end developer", "Front-End Developer"),
        ("Snr QA analyst", "Senior QA Analyst"),
        ("JavaScript developer", "JavaScript Developer"),
        ("Jnr SDR", "Junior SDR"),
    ],
)
def test_normalise_role(raw, expected):
    assert normalise_role(raw) == expected


def test_role_output_is_normalised_and_stable():
    role = role_from_title("sr. devops engineer | Careers")
    assert role == "Senior DevOps Engineer"
    assert normalise_role(role) == role
    assert role_from_title(role) == role


def test_vocabulary_is_generous():
    assert len(ROLE_HEADS) >= 80
    assert SENIORITY_LEVELS[0] == "intern" and SENIORITY_LEVELS[-1] == "executive"


@pytest.mark.parametrize(
    "junk",
    ["x" * 100_000, "(" * 500, "|" * 500, "a, " * 1000, "\x00\ufffd", 42, ["Engineer"], "🙂 Engineer 🙂"],
)
def test_never_raises(junk):
    assert role_from_title(junk) is None or isinstance(role_from_title(junk), str)
    assert seniority_of(junk) is None or seniority_of(junk) in SENIORITY_LEVELS
    assert isinstance(normalise_role(junk), str)


@pytest.mark.parametrize("title,role", [
    ("We\u2019re Hiring: Head Sommelier", "Head Sommelier"),
    ("Now hiring \u2013 Barista (part-time)", "Barista"),
    ("We are hiring! Senior Data Engineer", "Senior Data Engineer"),
    ("Hiring: a Dog Groomer", "Dog Groomer"),
    ("We're hiring: come build with us", None),
    ("Actuary Salary Survey 2026: UK & Ireland", "Actuary"),
    ("Radiographer Pay Report 2026", "Radiographer"),
    ("Salary Survey 2026", None),
])
def test_hiring_cues_and_report_titles(title, role):
    assert role_from_title(title) == role
