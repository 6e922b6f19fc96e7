#!/usr/bin/env python3
"""Generate the static `jobhub` demo site (a cluttered job-portal / content-farm style site).

Run from anywhere:  python3 crawler/demo_site/jobhub/_build.py
Writes every page next to this script. The output files are what the demo server serves;
this script only exists to keep the shared header / sidebar / footer consistent.

Markers used inside article bodies (replaced when the page is written):
  [[TOC]]        the "Table of Contents" box, built from the <h2 id=...> headings
  [[SPONSORED]]  the article's inline sponsored box (a course/product price, not a salary)
  [[AD]]         an in-content "Advertisement" slot
  [[RELATED]]    the in-article "Related: ..." link block
"""
from __future__ import annotations

import html
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "{{BASE_URL}}"
PER_PAGE = 3

# --------------------------------------------------------------------------------------------
# Taxonomy of the site
# --------------------------------------------------------------------------------------------
CATEGORIES = [
    ("tech-jobs", "Tech Jobs"),
    ("software-development", "Software Development"),
    ("data-ai", "Data & AI"),
    ("cloud-devops", "Cloud & DevOps"),
    ("customer-service", "Customer Service"),
    ("remote-work", "Remote Work"),
    ("india-jobs", "India Jobs"),
    ("salary-guides", "Salary Guides"),
    ("entry-level", "Entry Level"),
    ("career-advice", "Career Advice"),
]
CAT_NAME = dict(CATEGORIES)

TAGS = [
    ("python", "Python"), ("java", "Java"), ("excel", "Excel"), ("nursing", "Nursing"),
    ("sql", "SQL"), ("aws", "AWS"), ("swift", "Swift"), ("remote", "Remote"),
    ("interview-tips", "Interview Tips"), ("resume", "Resume"), ("zendesk", "Zendesk"),
    ("kubernetes", "Kubernetes"), ("salary", "Salary"), ("freshers", "Freshers"),
    ("spring-boot", "Spring Boot"), ("rust", "Rust"), ("machine-learning", "Machine Learning"),
    ("customer-service", "Customer Service"), ("golang", "Golang"), ("kotlin", "Kotlin"),
]
TAG_NAME = dict(TAGS)

# Members-only pages: exist as files, linked from the nav / widgets, disallowed by robots.txt.
MEMBERS = [
    {
        "slug": "premium-salary-negotiation-playbook",
        "title": "The Salary Negotiation Playbook: Scripts That Added $20k to Offers",
        "teaser": "Word-for-word scripts for recruiter calls, counter-offers and competing offers, "
                  "tested by 1,400 JobHub Premium members.",
        "published": "2025-11-03",
    },
    {
        "slug": "registered-nurse-night-shift-pay",
        "title": "Registered Nurse Pay: Night Shift Differentials Explained",
        "teaser": "How hospitals calculate night and weekend differentials, and why an RN on nights "
                  "can out-earn a day-shift charge nurse.",
        "published": "2025-07-14",
    },
    {
        "slug": "data-analyst-career-path",
        "title": "Data Analyst Career Path: From Spreadsheets to SQL Dashboards",
        "teaser": "The exact order to learn pivot tables, SQL and a BI tool if you want your first "
                  "analyst job within a year.",
        "published": "2024-10-22",
    },
]

# --------------------------------------------------------------------------------------------
# Articles
# --------------------------------------------------------------------------------------------
ARTICLES = []

ARTICLES.append(dict(
    slug="machine-learning-engineer-career-guide",
    title="Machine Learning Engineer: Job Description, Skills, Salary and Career Path",
    short="ML engineers: the junior-to-senior pay ladder",
    excerpt="Pipelines, PyTorch and production on-call: a look at the job behind the hype, "
            "with US base pay from junior to senior level.",
    author="Priya Nair",
    author_bio="Priya Nair is JobHub's data careers editor and a former technical recruiter who "
               "has screened more than 3,000 engineering résumés.",
    published="2024-03-12", published_iso="2024-03-12T08:30:00+00:00", published_visible="March 12, 2024",
    updated="2025-06-02", updated_iso="2025-06-02T14:05:00+00:00", updated_visible="June 2, 2025",
    meta_style="og",           # og:type=article, no JSON-LD
    cats=["data-ai", "tech-jobs", "salary-guides", "career-advice"],
    tags=["python", "sql", "machine-learning", "kubernetes", "salary"],
    read_min=8, views="18.2K",
    sponsored=("Learn Python in 30 days — $49", "PyStart Academy · self-paced · certificate included"),
    related=("java-developer-india-salary-skills",
             "Why Indian Java teams are retraining engineers for ML platform work"),
    similar_jobs=[
        ("Machine Learning Engineer II", "Quillon AI", "Seattle, WA", "$150,000 – $185,000 a year"),
        ("MLOps Engineer", "Harbor Analytics", "Remote (US)", "$140K – $170K a year"),
        ("Applied Scientist, Ranking", "Tessera Commerce", "New York, NY", "$160,000 – $210,000 a year"),
    ],
    comments=[
        ("dev_ananya", "2 months ago",
         "I switched from backend Rust work to ML infra last year and my offer came in at $182k base. "
         "The Spark section here is spot on, nobody warned me how much of the job is data plumbing.", 14),
        ("kyle.m", "3 weeks ago",
         "Are the cloud ML certs actually worth it? My manager says only a public PyTorch portfolio matters "
         "when he hires.", 6),
        ("Greta Lindqvist", "5 days ago",
         "Would love a follow-up on MLE roles in Europe, the salary bands there look nothing like these.", 2),
    ],
    quick_facts=[
        ("Average salary", "$112,000 – $190,000 per year (US)"),
        ("Education", "Bachelor's in computer science, statistics or maths; many hold a master's"),
        ("Job outlook", "Strong; demand for experienced candidates still outpaces supply"),
    ],
    body="""
<p>Five years ago, most companies that wanted machine learning hired a data scientist and hoped the model would somehow reach production. That hope rarely survived contact with real traffic. The machine learning engineer exists to close that gap: someone who can read a research paper on Monday and ship a monitored, versioned model behind an API by the end of the sprint.</p>
<p>This guide walks through what the job involves week to week, the tools hiring managers screen for, what the role pays in the United States at each level, and a realistic route in if you are coming from software engineering or analytics.</p>
[[TOC]]
<h2 id="what-is-an-mle">What is a Machine Learning Engineer?</h2>
<p>A machine learning engineer (MLE) designs, trains and, above all, operates models that make predictions inside a product: ranking a feed, flagging a fraudulent payment, forecasting stock levels for a warehouse. Where a data scientist's deliverable is often an analysis or a prototype notebook, an MLE's deliverable is a running system with tests, latency budgets and an on-call rota.</p>
<p>The title covers a wide spread of work. At a large platform company an MLE may spend months tuning a single recommendation model. At a 40-person startup that has just closed a $25 million Series A, the first ML hire usually owns everything from the data pipeline to the dashboard that proves the model is earning its keep.</p>
[[RELATED]]
<h2 id="day-to-day">What does a Machine Learning Engineer do day to day?</h2>
<p>Responsibilities vary with team size, but the following tasks appear in almost every job description we reviewed for this guide:</p>
<table class="jh-table">
<thead><tr><th>Task</th><th>What it involves</th></tr></thead>
<tbody>
<tr><td>Build training pipelines</td><td>Turn raw event logs and warehouse tables into clean, versioned feature sets that can be regenerated on demand.</td></tr>
<tr><td>Train and evaluate models</td><td>Choose an architecture, run experiments and compare every candidate against a simple baseline using agreed offline metrics.</td></tr>
<tr><td>Deploy models to production</td><td>Package models as services or batch jobs, with containerised builds and rollbacks that take minutes rather than days.</td></tr>
<tr><td>Monitor drift and performance</td><td>Track prediction quality, input distributions and latency, and raise an alert when any of them leaves its expected range.</td></tr>
<tr><td>Optimise inference cost</td><td>Quantise, distil or cache models so that serving costs stay inside the budget as traffic grows.</td></tr>
<tr><td>Collaborate with product and data teams</td><td>Translate a vague business goal into a measurable target and explain trade-offs to people who are not specialists.</td></tr>
</tbody>
</table>
<p>In a typical week, expect roughly a third of your time on code review and pipeline maintenance, a third on experiments, and the rest in planning meetings, incident follow-ups and documentation. The balance tilts toward experiments at research-heavy companies and toward operations at companies where the model directly moves revenue.</p>
[[SPONSORED]]
<h2 id="skills">Skills and qualifications</h2>
<p>Hiring managers tend to screen for three layers: solid programming, modern ML frameworks, and the data engineering needed to feed them.</p>
<h3>Programming and data</h3>
<ul>
<li><strong>Python</strong> is the working language of the field. You should be comfortable writing packaged, tested code, not only notebooks.</li>
<li><strong>SQL</strong> matters because most features start life in a warehouse table, so expect to write plenty of joins and window functions.</li>
<li><strong>Apache Spark</strong> is needed wherever training data runs to billions of rows; PySpark is the usual entry point.</li>
<li><strong>R or Scala</strong> are useful extras: R for teams with a statistics heritage, Scala for older Spark codebases.</li>
</ul>
<h3>Frameworks and tooling</h3>
<ul>
<li><strong>PyTorch</strong> is now the default for most new deep learning work and for the research code you will adapt.</li>
<li><strong>TensorFlow</strong> is still common in established production stacks, especially where TensorFlow Serving is already in place.</li>
<li><strong>Docker and Kubernetes</strong> are how model services are packaged and scaled.</li>
<li>An experiment tracker such as MLflow, plus one cloud platform for managed training jobs.</li>
</ul>
<h3>The less obvious skills</h3>
<p>Clear writing matters more than candidates expect, because design documents and post-incident reviews are how MLEs earn trust. Being able to say that a model is not worth shipping, and to back that up with evidence, is a genuine and rare skill.</p>
[[AD]]
<h2 id="salary">How much does a Machine Learning Engineer earn?</h2>
<p>Machine learning engineers are among the best-paid individual contributors in software. Based on US job postings and offer details shared with us by readers, typical base salaries per year look like this:</p>
<ul>
<li>Junior (0–2 years): $105,000 – $130,000</li>
<li>Mid-level (3–5 years): $135,000 – $170,000</li>
<li>Senior (6+ years): $175,000 – $230,000</li>
</ul>
<p>These figures cover base pay only. At public companies, stock grants can add a large amount on top, and sign-on bonuses are common for senior hires, so compare total compensation rather than base salary alone. Location still matters: the same level often pays noticeably less outside the big coastal hubs.</p>
<h2 id="how-to-become">How to become a Machine Learning Engineer</h2>
<ol>
<li>Get strong at software engineering first. Version control, testing and code review are the parts most self-taught candidates skip.</li>
<li>Learn the maths you will actually use: linear algebra, probability and enough calculus to follow backpropagation.</li>
<li>Ship an end-to-end project. Collect data, train a model, deploy it behind an API and monitor it for a month.</li>
<li>Consider a certification if you lack production experience. A cloud provider's machine learning exam usually costs around $300 and gives recruiters a quick signal.</li>
<li>Move sideways inside your company. Many MLEs started as backend engineers who volunteered for the first ML project.</li>
</ol>
<h2 id="faq">FAQ</h2>
<h3>Do I need a PhD to become a machine learning engineer?</h3>
<p>No. A PhD helps for research scientist roles, but most MLE postings ask for a bachelor's or master's degree plus evidence that you have shipped models that real users depend on.</p>
<h3>Is machine learning engineering the same as data science?</h3>
<p>The two overlap, but the emphasis differs. Data scientists answer questions with data; machine learning engineers build and run the systems that turn those answers into product features.</p>
<h3>Which framework should I learn first?</h3>
<p>Start with PyTorch. Its debugging experience is friendlier for beginners, and once you understand tensors, autograd and training loops, picking up TensorFlow later takes days rather than months.</p>
""",
))

ARTICLES.append(dict(
    slug="ios-developer-australia-guide",
    title="How to Become an iOS Developer in Australia: Skills, Duties and Pay",
    short="Why Sydney banks keep hiring iOS devs",
    excerpt="SwiftUI screens, App Store releases and the Aussie dollar: what iPhone app developers "
            "do and earn from Perth to Brisbane.",
    author="Liam O'Connell",
    author_bio="Liam O'Connell covers the Australian and New Zealand tech job market for JobHub and "
               "previously shipped banking apps for a decade.",
    published="2023-08-21", published_iso="2023-08-21T10:00:00+10:00", published_visible="21 August 2023",
    updated=None, updated_iso=None, updated_visible=None,
    meta_style="jsonld-list",  # JSON-LD with "@type": ["BlogPosting", "Article"]; og:type website
    cats=["software-development", "tech-jobs", "salary-guides", "career-advice"],
    tags=["swift", "salary", "resume"],
    read_min=7, views="9.6K",
    sponsored=("SwiftUI Masterclass — lifetime access for $89", "AppForge Academy · 42 hours of video"),
    related=("cloud-architect-uk-salary-skills",
             "Thinking of moving to London? What UK tech contractors bill per day"),
    similar_jobs=[
        ("iOS Engineer, Payments", "Koala Pay", "Sydney NSW", "A$130,000 – A$150,000 + super"),
        ("Mobile Developer (iOS/Android)", "Gumtree Health", "Melbourne VIC", "A$115K – A$135K"),
        ("Senior iOS Developer (Contract)", "Redgum Digital", "Brisbane QLD", "A$110 – A$130 per hour"),
    ],
    comments=[
        ("sophie_codes", "1 month ago",
         "Went from a bootcamp to a junior role in Brisbane at A$82k. The Kotlin devs on our Android "
         "side earn about the same, for what it's worth.", 9),
        ("mattyb_dev", "4 months ago",
         "Graduate programs at the big four banks are the easiest way in, even if the codebase is half "
         "Objective-C.", 4),
    ],
    quick_facts=[
        ("Average salary", "A$110,000 – A$140,000 a year"),
        ("Education", "IT or computer science degree helpful but not required; a strong App Store portfolio often counts for more"),
        ("Job outlook", "Steady demand from fintech, health and retail apps"),
    ],
    body="""
<p>Australians spend a remarkable amount of time on their phones, and a large share of that time is on iPhones. Banks, supermarket chains, airlines and telehealth providers all compete for a spot on the home screen, which keeps iOS developers in steady demand from Perth to Brisbane.</p>
<p>Below we cover what the job involves, the skills employers screen for, what it pays in Australian dollars, and how people without a computer science degree have broken into the field.</p>
[[TOC]]
<h2 id="what-they-do">What an iOS Developer actually does</h2>
<p>An iOS developer builds and maintains apps for Apple's platforms, mainly iPhone and iPad and increasingly Apple Watch. Most work in a product squad alongside an Android developer, a designer, a backend engineer and a product owner, shipping an update every one or two weeks through the App Store.</p>
<p>The work is not only drawing screens. A surprising amount of time goes into accessibility, performance on older devices that customers refuse to upgrade, and keeping up with the App Store review guidelines, which change every year.</p>
<h2 id="key-responsibilities">Key Responsibilities</h2>
<ul>
<li>Build new features in Swift and SwiftUI. Take a design from Figma to a working screen that is wired up to real data.</li>
<li>Maintain older UIKit code. Most established apps still carry years of UIKit views that need fixes and gradual migration.</li>
<li>Integrate with backend APIs. Consume REST or GraphQL endpoints and handle errors, slow networks and offline states gracefully.</li>
<li>Write automated tests. Cover business logic with XCTest unit tests and protect critical flows such as login and checkout with UI tests.</li>
<li>Profile and fix performance issues. Use Instruments to track down memory leaks, slow launches and dropped frames.</li>
<li>Manage releases. Handle code signing, TestFlight builds, App Store submissions and phased rollouts.</li>
<li>Review code and mentor. Give useful feedback on pull requests and help newer developers find their way around the codebase.</li>
</ul>
[[AD]]
<h2 id="what-you-need">What you need</h2>
<p>Job ads in Australia are fairly consistent about the core requirements:</p>
<ul>
<li>Strong Swift, including optionals, protocols, generics and modern concurrency with async/await.</li>
<li>SwiftUI for new screens, and enough UIKit to work confidently in existing code.</li>
<li>Xcode and its tooling: the debugger, Instruments, build settings and Swift Package Manager.</li>
<li>Git and a pull-request workflow; many teams also run CI on GitHub Actions or Bitrise.</li>
<li>Familiarity with Core Data or another persistence layer, plus REST APIs and JSON.</li>
<li>A working knowledge of Apple's Human Interface Guidelines and accessibility features such as VoiceOver and Dynamic Type.</li>
</ul>
<p>Objective-C still appears in ads from banks and older media companies, but it is rarely a hard requirement for new hires. Soft skills count too: you will regularly explain to a product owner why a feature needs another sprint, or why Apple is likely to reject a particular design.</p>
[[SPONSORED]]
<h2 id="pay">How much does an iOS Developer earn in Australia?</h2>
<p>Pay depends heavily on city and industry, with Sydney and Melbourne fintechs at the top of the range. Based on advertised roles and recruiter surveys, these are the typical figures.</p>
<p>Graduate and junior developers generally start between A$75,000 and A$95,000 a year, plus superannuation. With three to five years of experience, mid-level developers usually earn A$100,000 to A$130,000. Senior and lead iOS engineers at banks and well-funded scale-ups command A$140,000–A$175,000 a year.</p>
<p>Contracting is common in this market. Experienced contractors typically bill A$90–A$120 per hour, usually on six-month contracts that are often extended. Contractors do not get paid leave, so compare rates with that in mind.</p>
[[RELATED]]
<h2 id="getting-started">Career path and how to get started</h2>
<p>There is no single route in. Some developers come through a computer science or software engineering degree; many others take a bootcamp or teach themselves and land a junior role on the strength of their portfolio.</p>
<ol>
<li>Get a Mac and learn Swift with Apple's free tutorials and Swift Playgrounds.</li>
<li>Build two or three small but polished apps and publish at least one. Membership of Apple's developer program costs A$149 a year, which you need to release on the App Store.</li>
<li>Put your code on GitHub with a readable commit history and a short README for each project.</li>
<li>Apply for graduate programs at banks and telcos, which hire in batches and train you on the job.</li>
<li>Go to local meetups such as CocoaHeads in Sydney and Melbourne, where many junior roles are filled by referral before they are ever advertised.</li>
</ol>
<p>From there, a typical path runs from junior to mid-level within two to three years, then to senior, and later to lead developer, mobile architect or engineering manager.</p>
<h2 id="conclusion">Conclusion</h2>
<p>If you enjoy polishing the details that millions of people touch every day, iOS development is a rewarding and well-paid career in Australia. Learn Swift properly, ship something real, and keep an eye on what Apple announces every June at WWDC.</p>
""",
))

ARTICLES.append(dict(
    slug="cloud-architect-uk-salary-skills",
    title="Cloud Architect Careers in the UK: Duties, Skills, Day Rates and Salary",
    short="Outside IR35 day rates for cloud architects",
    excerpt="Landing zones, Terraform and migration programmes: how UK cloud architects work, "
            "and what permanent staff and contractors take home.",
    author="Hannah Whitfield",
    author_bio="Hannah Whitfield writes about UK technology contracting for JobHub and spent eight "
               "years running a London IT recruitment desk.",
    published="2025-02-04", published_iso="2025-02-04T09:00:00+00:00", published_visible="04/02/2025",
    updated="2025-09-18", updated_iso="2025-09-18T16:20:00+01:00", updated_visible="18/09/2025",
    meta_style="og",
    cats=["cloud-devops", "tech-jobs", "remote-work", "salary-guides", "career-advice"],
    tags=["aws", "kubernetes", "remote", "salary"],
    read_min=8, views="11.1K",
    sponsored=("Pass AWS Solutions Architect first time — practice exams $29", "CertLadder · 6 full mock exams"),
    related=("machine-learning-engineer-career-guide",
             "The ML platform skills cloud teams are suddenly hiring for"),
    similar_jobs=[
        ("Azure Cloud Architect (Contract)", "Thamesbridge Consulting", "London", "£600 – £675 per day"),
        ("Principal Cloud Engineer", "Northwold Building Society", "Leeds (hybrid)", "£95,000 – £110,000"),
        ("AWS Solutions Architect", "Cobalt Rail Systems", "Manchester", "Up to £105,000 + bonus"),
    ],
    comments=[
        ("tomthearchitect", "2 weeks ago",
         "Been contracting for six years. £725/day outside IR35 in the City is doable if you have Azure plus "
         "Kubernetes and can talk to a board.", 21),
        ("sarah_k_devops", "1 month ago",
         "Good overview. I'd add that Spring Boot shops moving to AKS are a huge source of work right now.", 5),
        ("Deepak R", "3 months ago",
         "Anyone compared these numbers with Dublin? Thinking about relocating next year.", 1),
    ],
    quick_facts=[
        ("Average salary", "£85,000–£115,000 per year (permanent)"),
        ("Education", "Degree in computing or equivalent experience; cloud certifications expected"),
        ("Job outlook", "Very strong as organisations retire on-premises data centres"),
    ],
    body="""
<p>Ask a UK recruiter which technology roles are hardest to fill and cloud architect will be near the top of the list. Government departments, high-street banks and retailers are all part-way through moving workloads out of ageing data centres, and someone has to decide how that estate should look once it lands in AWS, Azure or Google Cloud.</p>
<p>This guide explains the job, the skills and certifications that get you shortlisted, and the pay you can expect as a permanent employee or as a contractor.</p>
[[TOC]]
<h2 id="what-is">What is a Cloud Architect?</h2>
<p>A cloud architect designs the overall shape of an organisation's cloud environment: the account structure, networking, identity, security controls, and the patterns that development teams build on. The role sits between senior engineering and enterprise architecture. You will still write code, mostly infrastructure as code, but your main output is decisions, diagrams and guardrails.</p>
<p>Most UK employers want architects who have been hands-on engineers first. A typical candidate has spent five to ten years as a systems administrator, DevOps engineer or developer before moving into architecture.</p>
<h2 id="core-duties">Core duties and tasks</h2>
<p><strong>Design target architectures.</strong> Produce landing-zone designs, network topologies and reference patterns that balance cost, resilience and security.</p>
<p><strong>Lead cloud migrations.</strong> Assess existing applications, decide whether each one should be rehosted, re-platformed or rebuilt, and plan the cut-over with the teams that own them.</p>
<p><strong>Define infrastructure as code standards.</strong> Set up Terraform module libraries and pipelines so that environments are reproducible and reviewed like any other code.</p>
<p><strong>Own security and compliance guardrails.</strong> Work with security teams on identity, encryption and logging so that designs satisfy ISO 27001, Cyber Essentials or FCA expectations.</p>
<p><strong>Control cloud spending.</strong> Review bills, right-size resources and introduce tagging and budgets before costs get out of hand.</p>
<p><strong>Advise stakeholders.</strong> Explain trade-offs to CTOs, programme managers and procurement teams, and write the architecture decision records that capture why each choice was made.</p>
<p>The workload is seasonal at many organisations. Migration programmes often kick off in the spring, once the new financial year's budgets are signed off in April, and slow down again before the Christmas change freeze.</p>
[[AD]]
<h2 id="skills">Essential skills</h2>
<p>These are the shortlisting criteria we see most often in UK job specifications:</p>
<ul>
<li>Deep knowledge of at least one major platform, AWS or Microsoft Azure, and working familiarity with Google Cloud Platform (GCP). Banks increasingly ask for multi-cloud experience.</li>
<li>Terraform for infrastructure as code; some Azure-heavy organisations also use Bicep.</li>
<li>Networking fundamentals: VPC and VNet design, DNS, private connectivity and load balancing.</li>
<li>Kubernetes and managed container platforms such as EKS, AKS or GKE.</li>
<li>Scripting in Python, PowerShell or Go for automation and internal tooling.</li>
<li>CI/CD tooling such as GitHub Actions, Azure DevOps or GitLab CI.</li>
<li>Stakeholder communication, and the confidence to push back on unrealistic timelines.</li>
</ul>
<p>Certifications carry real weight in the UK market, particularly with consultancies. The AWS Certified Solutions Architect – Professional exam costs US$300, and the Azure equivalent, AZ-305, costs roughly £110 to sit in the UK. Neither replaces experience, but both help a CV get past the first screen.</p>
[[SPONSORED]]
<h2 id="pay-and-benefits">Pay and benefits</h2>
<p>Cloud architecture is one of the better-paid technology roles in the UK, and the gap between permanent and contract pay is wide.</p>
<p>Permanent cloud architects typically earn £85,000 to £115,000 a year, with London financial services roles reaching up to £130,000 before bonus. Outside London, expect somewhat less for the same seniority, although hybrid working has narrowed the gap.</p>
<p>Contractors are paid a day rate instead. For outside-IR35 engagements, £550–£700 per day is the usual band for an experienced architect. Inside-IR35 roles tend to advertise similar headline rates but leave you with noticeably less after deductions.</p>
<p>Permanent packages usually add an employer pension contribution, private medical cover and a training budget. A fintech that has just raised £40 million will sometimes offer share options in place of a higher base salary, so read any offer carefully.</p>
[[RELATED]]
<h2 id="how-to-become">How to become a Cloud Architect</h2>
<p>Most people reach the role in three stages:</p>
<ol>
<li>Build a strong engineering base as a developer, systems engineer or DevOps engineer, ideally working on production systems that already run in the cloud.</li>
<li>Specialise in one platform and certify, starting with an associate-level certificate before moving to the professional or expert level.</li>
<li>Take on design work before you have the title: write architecture decision records, lead a small migration, or review other teams' infrastructure changes.</li>
</ol>
<p>From there, senior architects move into principal architect, enterprise architect or head of cloud platform roles.</p>
<h2 id="faq">FAQ</h2>
<h3>Do I need a degree to become a cloud architect?</h3>
<p>Not usually. Certifications and a track record of delivered projects count for more with UK hiring managers than the subject of your degree.</p>
<h3>Is contracting better than a permanent role?</h3>
<p>Contracting pays more per day, but it comes with gaps between contracts, no paid holiday and IR35 paperwork. Many architects alternate between the two depending on the market.</p>
""",
))

ARTICLES.append(dict(
    slug="customer-service-representative-job-description",
    title="Customer Service Representative Job Description: Duties, Skills and How to Get Hired",
    short="Remote support jobs that are hiring all year",
    excerpt="Phones, chat and the CRM: a plain-English look at the most common entry-level job in "
            "America and what employers want to see.",
    author="Marcus Bell",
    author_bio="Marcus Bell managed a 60-seat contact centre in Ohio before joining JobHub to write "
               "about entry-level and hourly careers.",
    published="2023-05-30", published_iso="2023-05-30T07:45:00-04:00", published_visible="May 30, 2023",
    updated="2024-01-15", updated_iso="2024-01-15T12:00:00-05:00", updated_visible="Jan 15, 2024",
    meta_style="jsonld",       # JSON-LD "@type": "BlogPosting"; og:type website
    cats=["customer-service", "remote-work", "entry-level", "career-advice"],
    tags=["zendesk", "remote", "customer-service", "resume", "interview-tips"],
    read_min=6, views="27.9K",
    sponsored=("Working from home? Noise-cancelling USB headsets from $59.99", "HeadsetDepot · free 2-day shipping"),
    related=("ios-developer-australia-guide",
             "From help desk to app developer: one reader's three-year switch"),
    similar_jobs=[
        ("Customer Support Specialist", "Lumen Home Goods", "Remote (US)", "$18 – $22 an hour"),
        ("Bilingual Call Center Agent", "Prairie Mutual Insurance", "Omaha, NE", "$19.50 an hour + bonus"),
        ("Client Care Associate", "Bluecrest Bank", "Charlotte, NC", "$41,000 – $46,000 a year"),
    ],
    comments=[
        ("jess_r", "3 weeks ago",
         "I was a CSR for three years at $17/hour and used the learning budget to pick up Excel and SQL. "
         "Now I'm a support ops analyst, so it really can be a stepping stone!", 33),
        ("Carlos M.", "2 months ago",
         "The role-play tip is real. My interviewer pretended to be a customer whose package got lost twice.", 12),
        ("nightshift_nina", "6 months ago",
         "Anyone know which companies still hire for overnight chat? I can't do phones with my kids asleep.", 3),
    ],
    quick_facts=[
        ("Typical employers", "Retailers, banks, airlines, telecoms and software companies"),
        ("Education", "High school diploma or equivalent; paid on-the-job training"),
        ("Job outlook", "Stable, with growing demand for chat and email support"),
    ],
    body="""
<p>Every company that sells something eventually needs people who can answer questions, calm frustrated customers and fix problems on the first try. Customer service representatives are those people, and the job remains one of the most common ways into the workforce in the United States.</p>
<p>It is also a role that has changed a great deal. Phone queues are still there, but a growing share of the work now happens in live chat, email and social media, often from a home office.</p>
[[TOC]]
<h2 id="what-is">What is a customer service representative?</h2>
<p>A customer service representative (CSR) is the first point of contact between a business and its customers. CSRs answer questions about products and orders, process returns and refunds, update account details, and pass complex issues to specialist teams. Depending on the company, the same job may be called customer support agent, customer care advisor or client services associate.</p>
<p>The best representatives are not the ones who read the script fastest. They are the ones who listen, work out what the customer actually needs, and go the extra mile to make sure the problem does not come back next week.</p>
<h2 id="your-duties">Your duties</h2>
<p>Exact tasks depend on the employer, but a representative's day usually includes the following:</p>
<ol>
<li>Answer inbound contacts: respond to calls, chats and emails within the service-level targets your team is measured on.</li>
<li>Resolve problems on the first contact: diagnose the issue, apply the right policy and confirm the fix with the customer before closing the ticket.</li>
<li>Process orders, returns and refunds: update records accurately and explain clearly what happens next and when.</li>
<li>Log every interaction in the CRM: keep notes complete enough that a colleague can pick up the case without asking the customer to repeat themselves.</li>
<li>Escalate complex cases: route billing disputes, technical faults and formal complaints to the right specialist team with a clear summary.</li>
<li>Share customer feedback: flag recurring complaints and product issues to team leads so they can be fixed at the source.</li>
</ol>
[[SPONSORED]]
<h2 id="requirements">Requirements</h2>
<p>Most postings ask for a high school diploma or equivalent. Beyond that, employers look for:</p>
<ul>
<li>Communication skills: clear, friendly spoken and written English. A second language such as Spanish is a real advantage.</li>
<li>Active listening and patience, especially with upset callers.</li>
<li>CRM experience with Salesforce Service Cloud, HubSpot or a similar system.</li>
<li>Help desk software such as Zendesk or Freshdesk for managing tickets, macros and queues.</li>
<li>A typing speed of around 40 to 50 words per minute for chat and email roles.</li>
<li>Sound judgment about when a case needs escalating and when you can solve it yourself.</li>
</ul>
<p>Hiring managers often say that a candidate who excels at de-escalation is worth more than one who knows every product by heart. In most chat queues a swift, accurate reply beats a long and perfect one, so practise keeping your answers short.</p>
[[AD]]
<h2 id="benefits">Benefits and perks</h2>
<p>Larger employers typically offer health insurance, paid time off and a 401(k) match, often half of what you contribute up to 6% of your pay. Some also provide a $500 annual learning stipend that can go toward courses or certifications, along with shift differentials for evenings and weekends. Ask about these during the interview, because they vary far more between companies than the job itself does.</p>
[[RELATED]]
<h2 id="get-hired">How to get hired as a customer service representative</h2>
<p>Hiring for these roles moves quickly, often within a week or two of applying, and many employers run a short online assessment before the interview itself. A few simple steps improve your chances:</p>
<ul>
<li>Tailor your résumé to service. Retail, hospitality and call-centre experience all count, even from part-time or seasonal jobs.</li>
<li>Quantify your results. "Handled 60 chats per shift with a 94% satisfaction score" reads far better than "good with people".</li>
<li>Prepare for a role-play interview, in which the interviewer plays an angry or confused customer.</li>
<li>For remote roles, check your setup: a quiet room, a wired internet connection and a headset with a good microphone.</li>
</ul>
<h2 id="career-path">Where the job can lead</h2>
<p>After a year or two, strong representatives move into senior or tier-2 support, quality assurance, team lead or training roles. Others use the product knowledge they have built up to move into account management, sales or customer success, where the skills of listening carefully and explaining things simply are just as valuable.</p>
<h2 id="faq">FAQ</h2>
<h3>Is customer service a good first job?</h3>
<p>Yes. It teaches you how a business works from the customer's side, and the habits it builds, such as staying calm, writing clearly and following through, transfer to almost any later career.</p>
<h3>Can I work from home as a customer service representative?</h3>
<p>Many employers now hire remote representatives, especially for chat and email queues. Expect a stricter schedule than in an office and a short equipment and internet speed check before your first shift.</p>
""",
))

ARTICLES.append(dict(
    slug="java-developer-india-salary-skills",
    title="Java Developer in India: Roles, Skills, Salary (LPA) and Career Growth",
    short="Java fresher packages after the 2026 hiring reset",
    excerpt="From campus placements to GCC interviews: what Java developers in Bengaluru, Pune and "
            "Hyderabad work on and what packages look like.",
    author="Arjun Mehta",
    author_bio="Arjun Mehta is JobHub's India editor. He spent nine years as a Java developer and "
               "interviewer at a Bengaluru services firm.",
    published="2026-01-19", published_iso="2026-01-19T09:15:00+05:30", published_visible="19 Jan 2026",
    updated=None, updated_iso=None, updated_visible=None,
    meta_style="og",
    cats=["india-jobs", "software-development", "tech-jobs", "salary-guides", "entry-level", "career-advice"],
    tags=["java", "spring-boot", "sql", "freshers", "salary"],
    read_min=8, views="41.3K",
    sponsored=("Crack Java interviews — 500 solved questions for ₹499", "InterviewKit India · PDF + video"),
    related=("cloud-architect-uk-salary-skills",
             "Cloud certifications that Indian GCCs actually ask for"),
    similar_jobs=[
        ("Java Backend Engineer", "Tricolor FinServ", "Pune", "₹12 – ₹16 LPA"),
        ("Associate Software Engineer (Java)", "Kaveri Infotech", "Chennai", "₹4 – ₹5.5 LPA"),
        ("Senior Java Developer, Payments", "Nilgiri Commerce", "Bengaluru", "₹22 – ₹30 LPA"),
    ],
    comments=[
        ("rohit.k", "1 week ago",
         "Got 22 LPA at a GCC in Hyderabad with Spring Boot plus Kafka after five years. Don't stay in "
         "service companies too long.", 48),
        ("priya_s", "4 days ago",
         "Is Kotlin replacing Java for backend work in India? Some of my seniors are learning Rust as well.", 7),
        ("Vikram Singh", "2 weeks ago",
         "Notice period is the real problem. 90 days kills half of my offers.", 19),
    ],
    quick_facts=[
        ("Average salary", "₹4.5 LPA to ₹18 LPA"),
        ("Education", "B.E./B.Tech, MCA or B.Sc. in computer science"),
        ("Job outlook", "High demand from IT services firms, GCCs and product companies"),
    ],
    body="""
<p>Java has powered Indian IT services for more than two decades, and it is still the language most campus recruits at large service companies are trained in. What has changed is the kind of Java work on offer. Global Capability Centres (GCCs) and product startups now want developers who can build cloud-ready microservices, not only maintain decade-old monoliths.</p>
<p>This guide covers what Java developers do in India, the skills interview panels test for, salary ranges in lakhs per annum (LPA), and how to grow from fresher to senior.</p>
[[TOC]]
<h2 id="who-is">Who is a Java Developer?</h2>
<p>A Java developer designs, builds and maintains applications written in Java, mostly server-side systems: banking platforms, insurance policy engines, e-commerce back ends, and the APIs that mobile apps call. In India these developers work at IT services companies that deliver projects for overseas clients, at GCCs set up by global banks and retailers, and at home-grown product firms.</p>
<p>The day-to-day experience differs sharply between the three. Services projects are often maintenance-heavy with fixed processes, while product companies expect developers to own a feature from design to production.</p>
<p>Bengaluru has the largest concentration of Java roles, followed by Pune, Hyderabad and Chennai, while Noida and Gurugram host many banking and telecom projects. Remote roles exist, but most large employers now expect at least three days a week in the office, so location still shapes which offers you can realistically accept.</p>
<h2 id="main-responsibilities">Main responsibilities of a Java Developer</h2>
<ul>
<li><strong>Develop REST APIs and microservices</strong> — build services with Spring Boot, following the team's coding standards and agreed API contracts.</li>
<li><strong>Design database access</strong> — write efficient SQL and map entities with Hibernate and JPA without creating N+1 query problems.</li>
<li><strong>Write unit and integration tests</strong> — use JUnit and Mockito so that changes can be merged with confidence.</li>
<li><strong>Fix production defects</strong> — analyse logs, reproduce bugs and ship fixes within the agreed SLA, sometimes outside office hours for overseas clients.</li>
<li><strong>Take part in code reviews</strong> — review colleagues' pull requests and respond constructively to comments on your own.</li>
<li><strong>Work with onsite and offshore teams</strong> — join stand-ups with clients in other time zones and keep design documents up to date.</li>
</ul>
[[SPONSORED]]
<h2 id="skills">Skills and qualifications</h2>
<p>Interview panels at most companies test the following areas:</p>
<ul>
<li>Core Java: object-oriented design, collections, exceptions, multithreading, and Java 8+ features such as streams and lambdas.</li>
<li>Spring Boot and Spring MVC, including dependency injection, REST controllers and configuration profiles.</li>
<li>Hibernate/JPA and solid SQL on MySQL, PostgreSQL or Oracle.</li>
<li>Build and version control tools: Maven or Gradle, and Git.</li>
<li>The basics of Docker, Kafka and one cloud platform, which GCC interviewers increasingly ask about.</li>
<li>Data structures and algorithms, which still dominate the first technical round at product companies.</li>
</ul>
<p>Good written English and the ability to explain your code on a video call matter just as much, because a large share of Indian Java work involves clients abroad. The Oracle Certified Professional (OCP) Java SE exam costs around ₹20,000 and is valued by some services companies, though product firms rarely ask for it.</p>
[[AD]]
<h2 id="salary">Java Developer salary in India</h2>
<p>Salaries vary widely between service companies, GCCs and funded product startups, and between cities such as Bengaluru, Pune, Hyderabad and Chennai. Across the market, Java developers typically earn ₹4.5 LPA to ₹18 LPA, and the breakdown by experience looks like this:</p>
<table class="jh-table">
<thead><tr><th>Experience level</th><th>Typical salary</th></tr></thead>
<tbody>
<tr><td>Fresher (0–2 years)</td><td>₹4.5 LPA – ₹7 LPA</td></tr>
<tr><td>Mid-level (3–5 years)</td><td>₹8 LPA – ₹14 LPA</td></tr>
<tr><td>Senior (6+ years)</td><td>₹15 LPA – ₹18 LPA</td></tr>
</tbody>
</table>
<p>Tech leads and architects at product companies can earn well above this range, often ₹25 lakh to ₹40 lakh per annum including fixed pay. Switching companies remains the fastest way to raise pay: hikes of 30 to 50 percent on a job change are common for developers with in-demand skills, compared with annual appraisals in single digits.</p>
[[RELATED]]
<h2 id="career-growth">Career growth path</h2>
<ol>
<li>Trainee or Associate Software Engineer, usually for the first two years after college.</li>
<li>Software Engineer and then Senior Software Engineer, owning modules and reviewing code.</li>
<li>Tech Lead or Module Lead, responsible for a team's design decisions and delivery.</li>
<li>Architect or Engineering Manager, with a choice between a technical and a people track.</li>
</ol>
<h2 id="faq">Frequently asked questions</h2>
<h3>Is Java still worth learning in 2026?</h3>
<p>Yes. Banks, insurers and large enterprises run critical systems on Java, and the ecosystem around Spring Boot keeps it relevant for new cloud projects as well.</p>
<h3>Can a fresher get a Java job without knowing Spring Boot?</h3>
<p>At large service companies, yes, because they train freshers in their own programmes. For product companies and GCCs, a small Spring Boot project with a database and tests on your GitHub profile makes a noticeable difference.</p>
""",
))

ART_BY_SLUG = {a["slug"]: a for a in ARTICLES}


def art_url(a):
    return f"/guides/{a['slug']}.html"


def sorted_articles():
    return sorted(ARTICLES, key=lambda a: a["published"], reverse=True)


# --------------------------------------------------------------------------------------------
# Shared furniture
# --------------------------------------------------------------------------------------------
E = html.escape
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def card_date(iso):
    y, m, d = iso.split("-")
    return f"{MONTHS[int(m) - 1][:3]} {int(d)}, {y}"


def head(title, canonical, description, og_type="website", extra=""):
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(title)}</title>
<meta name="description" content="{E(description)}">
<link rel="canonical" href="{BASE}{canonical}">
<meta property="og:site_name" content="JobHub">
<meta property="og:title" content="{E(title)}">
<meta property="og:type" content="{og_type}">
<meta property="og:url" content="{BASE}{canonical}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@jobhub_demo">
{extra}<link rel="stylesheet" href="/assets/css/jobhub.css">
<link rel="icon" href="/assets/img/logo.svg">
<script>
  window.jhAds = window.jhAds || [];
  window.jhAds.push({{network: "adtrellis", pageType: "{og_type}", slots: ["top-728x90", "side-300x250", "incontent-1"]}});
</script>
</head>
"""


NAV = [("/", "Home")] + [(f"/category/{s}.html", n) for s, n in CATEGORIES if s != "entry-level"] + [
    ("/members/premium-salary-negotiation-playbook.html", "Premium guides")]

JOBS_NEAR_YOU = [
    ("Junior Data Analyst (Excel, SQL)", "Northgate Health", "Columbus, OH", "$65,000 – $80,000 a year", "Posted 2 days ago"),
    ("Android Developer (Kotlin)", "Pixelmint Studios", "Remote", "$95,000 – $120,000 a year", "Easy apply"),
    ("Senior Ruby on Rails Developer", "Brightwave Logistics", "Denver, CO", "$130,000 – $155,000 a year", "Urgently hiring"),
    ("Registered Nurse – ICU Nights", "St. Aldric Medical Center", "Tampa, FL", "$48 – $62 an hour", "Sign-on bonus"),
]

TICKER_EXTRA = [
    ("/category/salary-guides.html", "Pharmacy technician pay jumps after new state rules"),
    ("/members/registered-nurse-night-shift-pay.html", "Premium: night shift nurses out-earn day charge nurses"),
]


def header(active="/"):
    nav = "\n".join(
        f'        <li class="jh-nav-item{" is-active" if href == active else ""}{" jh-nav-premium" if "members" in href else ""}">'
        f'<a href="{href}">{E(name)}</a></li>' for href, name in NAV)
    ticker = "\n".join(
        f'      <a class="jh-ticker-item" href="{art_url(a)}">{E(a["short"])}</a>' for a in sorted_articles())
    ticker += "\n" + "\n".join(f'      <a class="jh-ticker-item" href="{h}">{E(t)}</a>' for h, t in TICKER_EXTRA)
    return f"""<body class="jh-body">
<div id="jh-top" class="jh-topbanner" data-ad-slot="top-728x90">
  <span class="jh-adlabel">Sponsored</span>
  <a href="#" rel="sponsored nofollow" class="jh-topbanner-link">Hiring this quarter? Post unlimited jobs for $99/month on TalentRoute</a>
  <button class="jh-close" aria-label="Close ad">&times;</button>
</div>
<div class="jh-header-wrap">
  <header class="jh-header container">
    <div class="row">
      <div class="col-md-4 jh-brand">
        <a class="jh-logo" href="/"><img src="/assets/img/logo.svg" alt="JobHub" width="36" height="36"><span class="jh-logo-text">Job<b>Hub</b></span></a>
        <span class="jh-tagline">Career guides, salaries &amp; interview prep</span>
      </div>
      <div class="col-md-5 jh-header-search">
        <form class="jh-searchform" action="/search" method="get" role="search">
          <input type="text" name="q" placeholder="Search 2,400+ career guides…">
          <button type="submit">Search</button>
        </form>
      </div>
      <div class="col-md-3 jh-header-account">
        <a class="jh-btn jh-btn-login" href="#login">Log in</a>
        <a class="jh-btn jh-btn-signup" href="#signup">Sign up free</a>
      </div>
    </div>
    <nav class="jh-mainnav" aria-label="Main">
      <ul class="jh-nav-list">
{nav}
      </ul>
      <a class="jh-nav-more" href="#" data-toggle="mega">More ▾</a>
    </nav>
  </header>
  <div class="jh-ticker container">
    <span class="jh-ticker-label">Trending now:</span>
    <div class="jh-ticker-track" data-speed="40">
{ticker}
    </div>
  </div>
</div>
"""


def sidebar():
    jobs = "\n".join(f"""      <article class="jh-jobcard jh-widget-item">
        <h4 class="jh-jobcard-title"><a href="#" data-job-ref="nearby-{i}">{E(t)}</a></h4>
        <div class="jh-jobcard-company">{E(c)}</div>
        <div class="jh-jobcard-loc">{E(loc)}</div>
        <div class="jh-jobcard-pay">{E(pay)}</div>
        <span class="jh-badge">{E(badge)}</span>
      </article>""" for i, (t, c, loc, pay, badge) in enumerate(JOBS_NEAR_YOU, 1))
    popular = [(art_url(a), a["title"]) for a in sorted(ARTICLES, key=lambda a: float(a["views"].rstrip("K")), reverse=True)[:3]]
    popular += [(f"/members/{m['slug']}.html", m["title"]) for m in MEMBERS]
    badge = ' <span class="jh-premium-badge">Premium</span>'
    pop = "\n".join(f'        <li><a href="{h}">{E(t)}</a>{badge if "members" in h else ""}</li>'
                     for h, t in popular)
    sizes = ["xl", "m", "l", "s", "m", "l", "m", "s", "s", "m", "s", "m", "xl", "s", "m", "s", "l", "m", "s", "s"]
    cloud = "\n".join(f'        <a class="jh-tag jh-tag-{sizes[i % len(sizes)]}" href="/tag/{s}.html">{E(n)}</a>'
                      for i, (s, n) in enumerate(TAGS))
    return f"""    <aside class="col-md-4 jh-sidebar" role="complementary">
      <div class="sidebar-box jh-widget jh-widget-jobs">
        <h3 class="jh-widget-title">Jobs near you</h3>
        <p class="jh-widget-sub">Based on your location: <b>United States</b> <a href="#">change</a></p>
{jobs}
        <a class="jh-widget-more" href="#">View all 1,284 jobs near you »</a>
      </div>
      <div class="sidebar-box jh-widget jh-ad jh-ad-300x250" data-ad-slot="side-300x250">
        <span class="jh-adlabel">Advertisement</span>
        <a href="#" rel="sponsored nofollow">CodeCamp Pro: become a data analyst in 12 weeks. Enroll today for $1,299</a>
      </div>
      <div class="sidebar-box jh-widget jh-widget-popular">
        <h3 class="jh-widget-title">Popular Guides</h3>
        <ol class="jh-popular-list">
{pop}
        </ol>
      </div>
      <div class="sidebar-box jh-widget jh-widget-calc">
        <h3 class="jh-widget-title">Salary calculator</h3>
        <p>Convert an hourly wage into a yearly salary.</p>
        <form class="jh-calc" onsubmit="return false;">
          <label>Hourly rate ($) <input type="number" name="rate" value="25"></label>
          <label>Hours per week <input type="number" name="hours" value="40"></label>
          <button type="button">Calculate</button>
        </form>
        <p class="jh-calc-result">Example: $25.00/hr × 40 hrs × 52 weeks = $52,000 a year</p>
      </div>
      <div class="sidebar-box jh-widget jh-widget-tags">
        <h3 class="jh-widget-title">Browse by skill</h3>
        <div class="jh-tagcloud">
{cloud}
        </div>
      </div>
      <div class="sidebar-box jh-widget jh-widget-poll">
        <h3 class="jh-widget-title">Poll: What's your dream job?</h3>
        <form class="jh-poll" onsubmit="return false;">
          <label><input type="radio" name="dream" value="swe"> Software engineer</label>
          <label><input type="radio" name="dream" value="nurse"> Nurse or doctor</label>
          <label><input type="radio" name="dream" value="ds"> Data scientist</label>
          <label><input type="radio" name="dream" value="pilot"> Airline pilot</label>
          <label><input type="radio" name="dream" value="boss"> Running my own business</label>
          <button type="button">Vote</button>
        </form>
        <p class="jh-poll-meta">2,318 votes so far · <a href="#">View results</a></p>
      </div>
      <div class="sidebar-box jh-widget jh-widget-newsletter">
        <h3 class="jh-widget-title">Job alerts in your inbox</h3>
        <p>Get 5 new job alerts every Monday, hand-picked by our editors.</p>
        <form onsubmit="return false;"><input type="email" placeholder="you@example.com"><button type="button">Subscribe</button></form>
        <p class="jh-small">No spam. Unsubscribe anytime.</p>
      </div>
      <div class="sidebar-box jh-widget jh-widget-follow">
        <h3 class="jh-widget-title">Follow us</h3>
        <ul class="jh-follow">
          <li><a href="https://www.facebook.com/jobhub.demo" rel="noopener">Facebook</a> <span>125K fans</span></li>
          <li><a href="https://x.com/jobhub_demo" rel="noopener">X (Twitter)</a> <span>48K followers</span></li>
          <li><a href="https://www.linkedin.com/company/jobhub-demo" rel="noopener">LinkedIn</a> <span>210K members</span></li>
          <li><a href="https://www.youtube.com/@jobhub-demo" rel="noopener">YouTube</a> <span>32K subscribers</span></li>
        </ul>
      </div>
    </aside>
"""


def footer():
    cats = "\n".join(f'          <li><a href="/category/{s}.html">{E(n)}</a></li>' for s, n in CATEGORIES[:6])
    return f"""<footer class="jh-footer">
  <div class="container">
    <div class="row">
      <div class="col-md-3 jh-footer-col">
        <div class="jh-footer-logo">Job<b>Hub</b></div>
        <p>JobHub publishes free career guides, salary data and interview tips for job seekers in the US, UK, India and Australia.</p>
        <p class="jh-small">JobHub is not a recruitment agency and never charges candidates a fee.</p>
      </div>
      <div class="col-md-2 jh-footer-col">
        <h4>For Job Seekers</h4>
        <ul>
          <li><a href="#">Browse jobs</a></li>
          <li><a href="/category/salary-guides.html">Salary guides</a></li>
          <li><a href="#">Resume builder</a></li>
          <li><a href="/category/career-advice.html">Career advice</a></li>
          <li><a href="/category/entry-level.html">Entry-level jobs</a></li>
        </ul>
      </div>
      <div class="col-md-2 jh-footer-col">
        <h4>For Employers</h4>
        <ul>
          <li><a href="#">Post a job</a></li>
          <li><a href="#">Pricing plans</a></li>
          <li><a href="#">Employer branding</a></li>
          <li><a href="#">Advertise with us</a></li>
        </ul>
      </div>
      <div class="col-md-2 jh-footer-col">
        <h4>Categories</h4>
        <ul>
{cats}
        </ul>
      </div>
      <div class="col-md-3 jh-footer-col">
        <h4>Company</h4>
        <ul>
          <li><a href="/about.html">About us</a></li>
          <li><a href="/contact.html">Contact</a></li>
          <li><a href="/privacy-policy.html">Privacy policy</a></li>
          <li><a href="#">Terms of use</a></li>
          <li><a href="#" data-open="consent">Cookie settings</a></li>
          <li><a href="/sitemap.xml">Sitemap</a></li>
        </ul>
        <h4>Popular searches</h4>
        <p class="jh-popular-searches"><a href="#">Remote jobs hiring now</a> · <a href="#">Part time jobs near me</a> · <a href="#">Work from home data entry</a> · <a href="#">Nurse jobs paying $50 an hour</a></p>
      </div>
    </div>
    <div class="jh-footer-bottom">© 2023–2026 JobHub Media Ltd. All rights reserved. Salary figures on JobHub are estimates and are not offers of employment.</div>
  </div>
</footer>
<div class="jh-chat-bubble" id="jh-chat">
  <button class="jh-chat-toggle" aria-label="Open chat">💬</button>
  <div class="jh-chat-panel" hidden>
    <p><b>Need help finding a job?</b> Chat with a career coach. We typically reply in 2 minutes.</p>
    <input type="text" placeholder="Type your question…">
  </div>
</div>
<div class="jh-modal jh-exit-intent" id="jh-exit" role="dialog" aria-modal="true" style="display:none">
  <div class="jh-modal-box">
    <button class="jh-close" aria-label="Close">&times;</button>
    <h3>Wait! Before you go…</h3>
    <p>Grab our free 2026 Salary Report: 120 roles, 14 countries, one PDF.</p>
    <form onsubmit="return false;"><input type="email" placeholder="Your email"><button type="button">Email me the report</button></form>
    <a href="#" class="jh-modal-decline">No thanks, I'll negotiate blind</a>
  </div>
</div>
<div class="jh-gdpr" id="jh-consent" role="region" aria-label="Cookie consent">
  <p><b>We value your privacy.</b> JobHub and our 187 partners store and access information on your device to personalise job recommendations and measure ad performance.</p>
  <div class="jh-gdpr-actions">
    <button class="jh-btn">Accept all</button>
    <button class="jh-btn jh-btn-ghost">Reject all</button>
    <a href="/privacy-policy.html">Manage preferences</a>
  </div>
</div>
<script>
  document.addEventListener("mouseout", function (e) {{
    if (!e.relatedTarget && e.clientY < 10) {{ document.getElementById("jh-exit").style.display = "block"; }}
  }});
</script>
</body>
</html>
"""


def post_card(a, level="h2"):
    cat = a["cats"][0]
    return f"""        <div class="jh-post-card post-card">
          <div class="jh-thumb jh-thumb-{cat}" aria-hidden="true"></div>
          <div class="jh-card-body">
            <a class="jh-card-cat" href="/category/{cat}.html">{E(CAT_NAME[cat])}</a>
            <{level} class="jh-card-title"><a href="{art_url(a)}">{E(a["title"])}</a></{level}>
            <div class="jh-card-meta">By {E(a["author"])} · {card_date(a["published"])} · {a["read_min"]} min read</div>
            <p class="jh-card-excerpt">{E(a["excerpt"])}</p>
            <a class="jh-readmore" href="{art_url(a)}">Read more »</a>
          </div>
        </div>"""


def layout(head_html, main_html, active="/"):
    return (head_html + header(active) +
            '<div class="container jh-wrap">\n  <div class="row">\n'
            '    <main class="col-md-8 jh-main" id="main">\n' + main_html +
            '    </main>\n' + sidebar() + '  </div>\n</div>\n' + footer())


def write(path, text):
    full = os.path.join(HERE, path.lstrip("/"))
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# --------------------------------------------------------------------------------------------
# Article pages
# --------------------------------------------------------------------------------------------
def toc_box(body):
    items = re.findall(r'<h2 id="([^"]+)">(.*?)</h2>', body)
    lis = "\n".join(f'<li><a href="#{i}">{t}</a></li>' for i, t in items)
    return (f'<div class="jh-toc" id="toc_container">\n<p class="jh-toc-title">Table of Contents '
            f'<span class="jh-toc-toggle">[<a href="#toc_container">hide</a>]</span></p>\n<ol class="jh-toc-list">\n{lis}\n</ol>\n</div>')


def quick_facts(a):
    rows = "\n".join(f"<tr><th>{E(k)}</th><td>{E(v)}</td></tr>" for k, v in a["quick_facts"])
    return (f'<div class="jh-quickfacts">\n<h3 class="jh-qf-title">Quick facts</h3>\n'
            f'<table class="jh-qf-table">\n<tbody>\n{rows}\n</tbody>\n</table>\n</div>\n')


def render_body(a):
    body = a["body"]
    sp_title, sp_sub = a["sponsored"]
    rel_slug, rel_text = a["related"]
    body = body.replace("[[TOC]]", toc_box(body))
    body = body.replace("[[SPONSORED]]", f"""<div class="jh-sponsored-inline" data-ad-slot="native-1">
<span class="jh-adlabel">Sponsored</span>
<a href="#" rel="sponsored nofollow" class="jh-sponsored-title">{E(sp_title)}</a>
<span class="jh-sponsored-sub">{E(sp_sub)}</span>
</div>""")
    body = body.replace("[[AD]]", """<div class="jh-ad-inline" data-ad-slot="incontent-1">
<span class="jh-adlabel">Advertisement</span>
<div class="jh-ad-slot"></div>
<script>window.jhAds.push({slot: "incontent-1", sizes: [[300, 250], [336, 280]]});</script>
</div>""")
    body = body.replace("[[RELATED]]", f"""<div class="jh-inline-related">
<span class="jh-inline-related-label">Related:</span> <a href="/guides/{rel_slug}.html">{E(rel_text)}</a>
</div>""")
    return quick_facts(a) + body.strip() + "\n"


def article_head(a):
    url = art_url(a)
    primary = CAT_NAME[a["cats"][0]]
    og_type = "article" if a["meta_style"] == "og" else "website"
    extra = f'<meta property="article:published_time" content="{a["published_iso"]}">\n'
    if a["updated_iso"]:
        extra += f'<meta property="article:modified_time" content="{a["updated_iso"]}">\n'
    extra += f'<meta property="article:author" content="{E(a["author"])}">\n'
    extra += f'<meta property="article:section" content="{E(primary)}">\n'
    for t in a["tags"]:
        extra += f'<meta property="article:tag" content="{E(TAG_NAME[t])}">\n'
    if a["meta_style"].startswith("jsonld"):
        ld = {
            "@context": "https://schema.org",
            "@type": ["BlogPosting", "Article"] if a["meta_style"] == "jsonld-list" else "BlogPosting",
            "headline": a["title"],
            "description": a["excerpt"],
            "url": f"{BASE}{url}",
            "mainEntityOfPage": {"@type": "WebPage", "@id": f"{BASE}{url}"},
            "datePublished": a["published_iso"],
            "author": {"@type": "Person", "name": a["author"], "url": f"{BASE}/about.html#team"},
            "publisher": {"@type": "Organization", "name": "JobHub",
                          "logo": {"@type": "ImageObject", "url": f"{BASE}/assets/img/logo.svg"}},
            "articleSection": primary,
            "keywords": ", ".join(TAG_NAME[t] for t in a["tags"]),
        }
        if a["updated_iso"]:
            ld["dateModified"] = a["updated_iso"]
        extra += ('<script type="application/ld+json">\n' + json.dumps(ld, indent=2, ensure_ascii=False)
                  + "\n</script>\n")
        crumbs = {
            "@context": "https://schema.org", "@type": "BreadcrumbList",
            "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Home", "item": f"{BASE}/"},
                {"@type": "ListItem", "position": 2, "name": primary,
                 "item": f"{BASE}/category/{a['cats'][0]}.html"},
                {"@type": "ListItem", "position": 3, "name": a["title"]},
            ]}
        extra += ('<script type="application/ld+json">' + json.dumps(crumbs, ensure_ascii=False) + "</script>\n")
    return head(f"{a['title']} | JobHub", url, a["excerpt"], og_type, extra)


def share_bar(a, where):
    return f"""      <div class="jh-share jh-share-{where}">
        <span class="jh-share-label">Share this guide:</span>
        <a class="jh-share-fb" href="https://www.facebook.com/sharer/sharer.php?u={BASE}{art_url(a)}">Share on Facebook</a>
        <a class="jh-share-tw" href="https://twitter.com/intent/tweet?url={BASE}{art_url(a)}">Tweet</a>
        <a class="jh-share-li" href="https://www.linkedin.com/shareArticle?url={BASE}{art_url(a)}">Share on LinkedIn</a>
        <a class="jh-share-wa" href="https://wa.me/?text={BASE}{art_url(a)}">WhatsApp</a>
        <button class="jh-share-copy" data-url="{BASE}{art_url(a)}">Copy link</button>
      </div>
"""


def article_page(a):
    primary = a["cats"][0]
    meta = f'<span class="jh-byline">Posted by <a href="/about.html#team" rel="author">{E(a["author"])}</a> on {E(a["published_visible"])}</span>'
    if a["updated_visible"]:
        meta += f'\n          <span class="jh-sep">|</span> <span class="jh-updated">Last updated: {E(a["updated_visible"])}</span>'
    meta += f'\n          <span class="jh-sep">|</span> <span class="jh-readtime">{a["read_min"]} min read</span> <span class="jh-views">👁 {a["views"]} views</span>'
    tags = ", ".join(f'<a href="/tag/{t}.html" rel="tag">{E(TAG_NAME[t])}</a>' for t in a["tags"])
    jobs = "\n".join(f"""          <article class="jh-jobcard jh-carousel-item">
            <h4 class="jh-jobcard-title"><a href="#" data-job-ref="similar-{i}">{E(t)}</a></h4>
            <div class="jh-jobcard-company">{E(c)} · {E(loc)}</div>
            <div class="jh-jobcard-pay">{E(pay)}</div>
            <a class="jh-btn jh-btn-sm" href="#">Apply now</a>
          </article>""" for i, (t, c, loc, pay) in enumerate(a["similar_jobs"], 1))
    others = [o for o in sorted_articles() if o is not a][:3]
    more = "\n".join(post_card(o, "h3") for o in others)
    comments = "\n".join(f"""          <li class="jh-comment">
            <div class="jh-comment-author">{E(n)} <span class="jh-comment-time">{E(t)}</span></div>
            <div class="jh-comment-text"><p>{E(txt)}</p></div>
            <div class="jh-comment-actions"><a href="#">Reply</a> · <span>▲ {likes}</span> · <a href="#">Share ›</a></div>
          </li>""" for n, t, txt, likes in a["comments"])
    ncomm = len(a["comments"]) + 31
    main = f"""      <div class="jh-breadcrumbs" aria-label="Breadcrumb">
        <a href="/">Home</a> <span>»</span> <a href="/category/{primary}.html">{E(CAT_NAME[primary])}</a> <span>»</span> <span class="jh-crumb-current">{E(a["title"])}</span>
      </div>
      <div class="jh-post-header">
        <h1 class="jh-post-title entry-title">{E(a["title"])}</h1>
        <div class="jh-post-meta">
          {meta}
        </div>
      </div>
{share_bar(a, "top")}      <div class="jh-featured-image jh-thumb-{primary}" role="img" aria-label="{E(a["title"])}"></div>
      <div class="entry-content jh-entry">
{render_body(a)}      </div>
      <div class="jh-rate" data-post="{a["slug"]}">
        <h4>Rate this article</h4>
        <div class="jh-stars"><a href="#">★</a><a href="#">★</a><a href="#">★</a><a href="#">★</a><a href="#">☆</a></div>
        <p class="jh-rate-meta">4.4 out of 5 (318 ratings) · Was this guide helpful? <a href="#">Yes</a> / <a href="#">No</a></p>
      </div>
      <div class="jh-post-tags">Tagged: {tags}</div>
{share_bar(a, "bottom")}      <div class="jh-author-box">
        <div class="jh-avatar" aria-hidden="true"></div>
        <div class="jh-author-text">
          <h4>About {E(a["author"])}</h4>
          <p>{E(a["author_bio"])}</p>
          <a href="/about.html#team">More from our editorial team »</a>
        </div>
      </div>
      <div class="jh-similar-jobs">
        <h3 class="jh-section-title">Similar jobs hiring now</h3>
        <div class="jh-carousel" data-autoplay="true">
{jobs}
        </div>
        <div class="jh-carousel-nav"><button>‹</button><button>›</button></div>
      </div>
      <div class="jh-more-guides">
        <h3 class="jh-section-title">You may also like</h3>
        <div class="jh-card-grid">
{more}
        </div>
      </div>
      <div class="jh-comments" id="discussion_thread">
        <div class="jh-comments-head"><b>{ncomm} Comments</b> · JobHub Discussions · <a href="#">Sort by Best</a></div>
        <div class="jh-comment-form"><textarea placeholder="Join the discussion…"></textarea><button type="button">Post as guest</button></div>
        <ul class="jh-comment-list">
{comments}
        </ul>
        <a class="jh-comments-more" href="#">Load more comments</a>
      </div>
"""
    return layout(article_head(a), main, f"/category/{primary}.html")


# --------------------------------------------------------------------------------------------
# Listings and other non-article pages
# --------------------------------------------------------------------------------------------
def pager(base_slug, page, pages):
    def href(n):
        return f"/category/{base_slug}.html" if n == 1 else f"/category/{base_slug}-page-{n}.html"
    parts = []
    if page > 1:
        parts.append(f'<a class="jh-page-prev" href="{href(page - 1)}">« Previous</a>')
    for n in range(1, pages + 1):
        parts.append(f'<span class="jh-page-current">{n}</span>' if n == page else f'<a class="jh-page-num" href="{href(n)}">{n}</a>')
    if page < pages:
        parts.append(f'<a class="jh-page-next" href="{href(page + 1)}">Next »</a>')
    return '      <div class="jh-pagination">' + " ".join(parts) + "</div>\n"


def filler(exclude, need):
    """Content-farm habit: pad thin listings with other popular guides."""
    rest = [a for a in sorted_articles() if a not in exclude][:need]
    if not rest:
        return ""
    return ('      <div class="jh-fill">\n        <h3 class="jh-section-title">Popular right now</h3>\n'
            '        <div class="jh-card-grid">\n' + "\n".join(post_card(a, "h3") for a in rest) +
            "\n        </div>\n      </div>\n")


LISTING_PAGES = []   # (path, title) of every listing page written, for the sitemap and manifest


def category_pages():
    for slug, name in CATEGORIES:
        posts = [a for a in sorted_articles() if slug in a["cats"]]
        pages = max(1, (len(posts) + PER_PAGE - 1) // PER_PAGE)
        for page in range(1, pages + 1):
            chunk = posts[(page - 1) * PER_PAGE: page * PER_PAGE]
            path = f"/category/{slug}.html" if page == 1 else f"/category/{slug}-page-{page}.html"
            title = f"{name} Guides" + (f" – Page {page}" if page > 1 else "")
            cards = "\n".join(post_card(a) for a in chunk)
            main = f"""      <div class="jh-breadcrumbs"><a href="/">Home</a> <span>»</span> <span class="jh-crumb-current">{E(name)}</span></div>
      <div class="jh-archive-header">
        <h1 class="jh-archive-title">Category: {E(name)}</h1>
        <p class="jh-archive-desc">{len(posts)} guide{"s" if len(posts) != 1 else ""} in {E(name)}. Page {page} of {pages}.</p>
      </div>
      <div class="jh-listing">
{cards}
      </div>
{pager(slug, page, pages) if pages > 1 else ""}{filler(chunk, PER_PAGE - len(chunk)) if len(chunk) < 2 else ""}"""
            write(path, layout(head(f"{title} | JobHub", path, f"Career guides in {name}."), main, f"/category/{slug}.html"))
            LISTING_PAGES.append((path, max(a["updated"] or a["published"] for a in posts)))


def tag_pages():
    for slug, name in TAGS:
        posts = [a for a in sorted_articles() if slug in a["tags"]]
        path = f"/tag/{slug}.html"
        if posts:
            cards = "\n".join(post_card(a) for a in posts)
            body = f'      <div class="jh-listing">\n{cards}\n      </div>\n'
            if len(posts) < 2:
                body += filler(posts, 2)
            lastmod = max(a["updated"] or a["published"] for a in posts)
        else:
            body = (f'      <p class="jh-empty">Sorry, we have no guides tagged <b>{E(name)}</b> yet. '
                    f'Here are some of our most-read guides instead.</p>\n' + filler([], 3))
            lastmod = "2026-02-01"
        main = f"""      <div class="jh-breadcrumbs"><a href="/">Home</a> <span>»</span> Tags <span>»</span> <span class="jh-crumb-current">{E(name)}</span></div>
      <div class="jh-archive-header"><h1 class="jh-archive-title">Tag: {E(name)}</h1></div>
{body}"""
        write(path, layout(head(f"{name} – career guides tagged {name} | JobHub", path,
                                f"Guides tagged {name}."), main))
        LISTING_PAGES.append((path, lastmod))


def home_page():
    cards = "\n".join(post_card(a) for a in sorted_articles())
    cats = "\n".join(f'        <a class="jh-catbox" href="/category/{s}.html">{E(n)}</a>' for s, n in CATEGORIES)
    ld = [
        {"@context": "https://schema.org", "@type": "WebSite", "name": "JobHub", "url": f"{BASE}/",
         "potentialAction": {"@type": "SearchAction", "target": f"{BASE}/search?q={{search_term_string}}",
                             "query-input": "required name=search_term_string"}},
        {"@context": "https://schema.org", "@type": "Organization", "name": "JobHub Media Ltd",
         "url": f"{BASE}/", "logo": f"{BASE}/assets/img/logo.svg"},
    ]
    extra = "".join('<script type="application/ld+json">' + json.dumps(x) + "</script>\n" for x in ld)
    main = f"""      <div class="jh-hero">
        <h1 class="jh-hero-title">Find your next career move</h1>
        <p>Free role guides, salary data and interview tips, updated every week.</p>
      </div>
      <h2 class="jh-section-title">Latest guides</h2>
      <div class="jh-listing">
{cards}
      </div>
      <h2 class="jh-section-title">Browse categories</h2>
      <div class="jh-catgrid">
{cats}
      </div>
"""
    write("/index.html", layout(head("JobHub – Career Guides, Salaries and Job Descriptions", "/",
                                     "Career guides, salaries and interview prep for job seekers.", "website", extra), main, "/"))


def simple_page(path, title, inner, updated_text=None):
    upd = f'<p class="jh-updated">Last updated: {updated_text}</p>\n' if updated_text else ""
    main = f"""      <div class="jh-breadcrumbs"><a href="/">Home</a> <span>»</span> <span class="jh-crumb-current">{E(title)}</span></div>
      <div class="jh-page">
        <h1 class="jh-page-title">{E(title)}</h1>
        {upd}<div class="jh-page-content">
{inner}
        </div>
      </div>
"""
    write(path, layout(head(f"{title} | JobHub", path, f"{title} – JobHub"), main))


def static_pages():
    team = "\n".join(f"<li><b>{E(a['author'])}</b> – {E(a['author_bio'])}</li>" for a in ARTICLES)
    simple_page("/about.html", "About JobHub", f"""<p>JobHub started in 2019 as a weekend newsletter about entry-level hiring and has grown into a site that publishes role guides and salary research for readers in four countries.</p>
<p>Our editors research each guide from public job postings, recruiter interviews and reader surveys. We do not accept payment for coverage, although we do show advertising and sponsored course listings, which are always labelled.</p>
<h2 id="team">Our editorial team</h2>
<ul>
{team}
</ul>""")
    simple_page("/contact.html", "Contact us", """<p>Spotted an error in one of our guides, or want to share your own salary data anonymously? We read every message.</p>
<form class="jh-contact-form" action="#" method="post">
<label>Your name <input type="text" name="name"></label>
<label>Email <input type="email" name="email"></label>
<label>Message <textarea name="message"></textarea></label>
<button type="submit">Send message</button>
</form>
<p>Advertising enquiries: ads@jobhub.example · Press: press@jobhub.example</p>""")
    simple_page("/privacy-policy.html", "Privacy Policy", """<p>This policy explains what information JobHub collects when you visit the site, how we use it and the choices you have.</p>
<h2>Information we collect</h2>
<p>We collect the email address you give us when you subscribe to job alerts, and technical data such as your browser type and approximate location, which we use to show relevant jobs.</p>
<h2>Cookies and advertising partners</h2>
<p>We and our advertising partners use cookies to measure ad performance. You can change your consent at any time from the cookie settings link in the footer.</p>
<h2>Your rights</h2>
<p>You can ask us to access, correct or delete your personal data by writing to privacy@jobhub.example.</p>""", "March 1, 2025")


def members_pages():
    for m in MEMBERS:
        path = f"/members/{m['slug']}.html"
        extra = f'<meta property="article:published_time" content="{m["published"]}T08:00:00+00:00">\n<meta name="robots" content="noindex">\n'
        main = f"""      <div class="jh-breadcrumbs"><a href="/">Home</a> <span>»</span> Premium <span>»</span> <span class="jh-crumb-current">{E(m["title"])}</span></div>
      <div class="jh-post-header">
        <h1 class="jh-post-title">{E(m["title"])}</h1>
        <div class="jh-post-meta"><span class="jh-byline">Posted by JobHub Premium on {card_date(m["published"])}</span></div>
      </div>
      <div class="entry-content jh-entry jh-paywalled">
        <p>{E(m["teaser"])}</p>
        <div class="jh-paywall"><b>This guide is for JobHub Premium members.</b> Log in or start a 7-day free trial ($4.99/month afterwards) to keep reading.</div>
      </div>
"""
        write(path, layout(head(f"{m['title']} | JobHub Premium", path, m["teaser"], "article", extra), main))


def discovery_files():
    write("/robots.txt", "User-agent: *\nDisallow: /members/\nDisallow: /search\n\nSitemap: {{BASE_URL}}/sitemap.xml\n")
    urls = [("/", max(a["updated"] or a["published"] for a in ARTICLES))]
    urls += [(art_url(a), a["updated"] or a["published"]) for a in sorted_articles()]
    urls += LISTING_PAGES
    urls += [("/about.html", "2024-06-10"), ("/contact.html", "2024-06-10"), ("/privacy-policy.html", "2025-03-01")]
    body = "\n".join(f"  <url>\n    <loc>{BASE}{u}</loc>\n    <lastmod>{d}</lastmod>\n  </url>" for u, d in urls)
    write("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n'
          '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + body + "\n</urlset>\n")


def assets():
    write("/assets/img/logo.svg", '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 36 36"><rect width="36" height="36" rx="8" fill="#ff6a00"/><text x="18" y="24" font-size="16" text-anchor="middle" fill="#fff" font-family="Arial">JH</text></svg>\n')
    write("/assets/css/jobhub.css", CSS)


CSS = """/* jobhub demo theme: deliberately busy */
body.jh-body{margin:0;font:15px/1.6 Arial,Helvetica,sans-serif;color:#222;background:#f3f4f7}
a{color:#0b5cab}.container{max-width:1180px;margin:0 auto;padding:0 12px}
.row{display:flex;flex-wrap:wrap;gap:18px}.col-md-8{flex:1 1 62%}.col-md-4{flex:1 1 30%}
.col-md-3{flex:1 1 22%}.col-md-2{flex:1 1 14%}.col-md-5{flex:1 1 38%}
.jh-topbanner{background:#fff8d6;text-align:center;padding:8px;font-size:13px}
.jh-adlabel{font-size:10px;text-transform:uppercase;color:#999;margin-right:6px}
.jh-header-wrap{background:#fff;border-bottom:3px solid #ff6a00}.jh-logo{font-size:26px;text-decoration:none;color:#222}
.jh-logo img{vertical-align:middle;margin-right:6px}.jh-tagline{display:block;font-size:12px;color:#777}
.jh-btn{display:inline-block;padding:6px 12px;border-radius:4px;background:#ff6a00;color:#fff;text-decoration:none;border:0}
.jh-nav-list{list-style:none;display:flex;flex-wrap:wrap;gap:14px;padding:0;margin:8px 0}
.jh-nav-premium a{color:#b8860b;font-weight:bold}.jh-ticker{font-size:13px;overflow:hidden;white-space:nowrap;padding:6px 12px}
.jh-ticker-item{margin-right:24px}.jh-main{background:#fff;padding:18px;margin-top:18px}
.jh-sidebar{margin-top:18px}.sidebar-box{background:#fff;padding:12px;margin-bottom:16px}
.jh-jobcard{border-bottom:1px solid #eee;padding:6px 0}.jh-jobcard-pay{color:#1a7f37;font-weight:bold}
.jh-tag{display:inline-block;margin:2px 4px}.jh-tag-xl{font-size:20px}.jh-tag-l{font-size:17px}.jh-tag-s{font-size:12px}
.jh-quickfacts,.jh-toc{background:#f5f9ff;border:1px solid #cfe0f5;padding:10px 14px;margin:12px 0}
.jh-sponsored-inline,.jh-ad-inline,.jh-inline-related{background:#fffbe8;border-left:4px solid #ffcc00;padding:8px 12px;margin:14px 0}
.jh-table{border-collapse:collapse;width:100%}.jh-table td,.jh-table th{border:1px solid #ddd;padding:6px}
.jh-post-card{display:flex;gap:12px;border-bottom:1px solid #eee;padding:12px 0}
.jh-thumb{width:120px;height:80px;background:#dde6f3;flex:none}.jh-featured-image{height:180px;background:#dde6f3;margin:10px 0}
.jh-carousel{display:flex;gap:10px;overflow-x:auto}.jh-carousel .jh-jobcard{min-width:200px;border:1px solid #eee;padding:8px}
.jh-footer{background:#1d2230;color:#ccc;margin-top:30px;padding:24px 0}.jh-footer a{color:#9cc3ff}
.jh-chat-bubble{position:fixed;right:18px;bottom:90px}.jh-gdpr{position:fixed;left:0;right:0;bottom:0;background:#222;color:#eee;padding:10px 16px}
.jh-modal{position:fixed;inset:0;background:rgba(0,0,0,.5)}.jh-modal-box{background:#fff;max-width:420px;margin:15% auto;padding:20px}
"""


def main():
    assets()
    for a in ARTICLES:
        write(art_url(a), article_page(a))
    home_page()
    category_pages()
    tag_pages()
    static_pages()
    members_pages()
    discovery_files()


if __name__ == "__main__":
    main()
