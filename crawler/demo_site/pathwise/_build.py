#!/usr/bin/env python3
"""Build the `pathwise` demo site (a clean, Ghost/Hugo-style careers blog).

Run from anywhere:  python3 crawler/demo_site/pathwise/_build.py
It rewrites every served page in this folder plus manifest.json. The output files are committed
and are what the demo server serves; this script only keeps the shared header/footer consistent.

Discovery on this site is deliberately sitemap-free: home -> /blog/ -> /blog/page/2/ -> /blog/page/3/,
/topics/<name>/ and /tags/<name>/ listing pages, plus "Keep reading" links between posts.
"""
from __future__ import annotations

import html
import json
import os
import re
from datetime import date

ROOT = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------------------------
# Site-wide data
# --------------------------------------------------------------------------------------------

TOPICS = {
    "tech": ("Tech &amp; Design", "Guides to software, infrastructure and product design careers."),
    "beyond-tech": ("Beyond Tech", "Finance, education and public-service careers that never go out of demand."),
    "salaries": ("Salary Guides", "Guides with a proper look at pay: ranges, levels and what to compare."),
}
TAGS = {
    "entry-level": ("Entry level", "Roles you can realistically reach within two years of starting out."),
    "remote-friendly": ("Remote friendly", "Careers where remote or hybrid work is common."),
}

AUTHORS = {
    "lea-marchand": {
        "name": "Léa Marchand",
        "role": "Design careers editor",
        "bio": "Léa Marchand spent eight years as a product designer in Lyon and Berlin, living in Figma and "
               "writing just enough JavaScript to prototype interactions. She now coaches designers moving "
               "into their first senior role and edits our design guides.",
    },
    "callum-reid": {
        "name": "Callum Reid",
        "role": "Finance &amp; public sector writer",
        "bio": "Callum Reid is a chartered accountant who spent nine years in audit and FP&amp;A, building "
               "models in Excel and Power BI and writing more SQL than he ever expected to. He writes our "
               "finance and public-sector guides from Leeds.",
    },
    "nadia-okafor": {
        "name": "Nadia Okafor",
        "role": "Tech careers editor",
        "bio": "Nadia Okafor led platform teams for a decade, writing Python and Terraform by day and "
               "interview rubrics by night. She has hired more than sixty engineers and now writes about "
               "how tech careers actually progress.",
    },
}

NEWSLETTER_TITLE = "One useful career guide, every Monday"
NEWSLETTER_TEXT = ("Join 18,000 readers who get a single, carefully researched role guide in their inbox "
                   "each week. No listicles, no spam, one click to leave.")
NEWSLETTER_BUTTON = "Send me the guides"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def human_date(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def short_date(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{d.strftime('%b')} {d.day}, {d.year}"


# --------------------------------------------------------------------------------------------
# Articles. `sections` is a list of (id, heading, html); id None = intro without heading.
# `signup_after` = index into sections after which the inline newsletter box is placed.
# The expected facts for manifest.json are written by hand next to each article.
# --------------------------------------------------------------------------------------------

ARTICLES = []

ARTICLES.append({
    "slug": "frontend-developer-skills-salary",
    "title": "Frontend Developer: Skills, Daily Work and US Salaries by Level",
    "dek": "What frontend developers build all day, the skills employers screen for, and a level-by-level "
           "look at base pay in the United States.",
    "card": "JavaScript, TypeScript and React are the price of entry; here is US pay at every level, "
            "from junior to staff.",
    "topic": "tech", "extra_topics": ["salaries"], "tags": ["entry-level", "remote-friendly"],
    "author": "nadia-okafor",
    "published": "2025-11-04", "updated": "2026-02-10",
    "og_article": True,
    "related": ["ux-designer-career-guide", "site-reliability-engineer-guide", "how-to-become-an-accountant"],
    "signup_after": 2,
    "sections": [
        (None, None, """
<p>Every button you tap, every form that remembers what you typed and every page that loads before you lose patience was built by somebody. In most companies that somebody is a frontend developer: the engineer responsible for the part of a web application that runs in the browser and that people actually see.</p>
<p>Frontend work has changed a lot in ten years. Pages that were once a few templates and a sprinkle of scripting are now full applications with their own state, routing, build pipelines and test suites. This guide explains what the job looks like today, which skills you genuinely need, how US salaries step up from junior to staff level, and how people break in.</p>
"""),
        ("what-is-a-frontend-developer", "What is a frontend developer?", """
<p>A frontend developer turns designs and product requirements into working interfaces. Where a backend engineer worries about databases, queues and APIs, the frontend developer worries about what happens between the moment a response arrives and the moment a person understands it: layout, interaction, loading states, error messages, keyboard support and performance on a three-year-old phone.</p>
<p>Titles vary. You will see UI engineer, web developer, frontend engineer and JavaScript developer used for broadly the same job. In small startups the role often blends into full-stack work; in large companies you may specialise in a design system, performance, or accessibility.</p>
"""),
        ("key-responsibilities", "Key responsibilities", """
<p>The exact split depends on the team, but most frontend roles include the following:</p>
<ul>
  <li><strong>Build user interfaces:</strong> translate mock-ups into reusable components that behave correctly at every screen width and in every state, from empty to overflowing.</li>
  <li><strong>Manage state and data fetching:</strong> decide where data lives, how it is cached, and what the user sees while a request is slow or fails.</li>
  <li><strong>Make pages accessible:</strong> use semantic markup, visible focus styles and correct labels so that screen-reader and keyboard users can complete every task.</li>
  <li><strong>Keep the site fast:</strong> measure Core Web Vitals, split bundles, lazy-load images and remove code nobody calls any more.</li>
  <li><strong>Write automated tests:</strong> cover components with unit tests and critical journeys such as sign-up and checkout with end-to-end tests.</li>
  <li><strong>Review code and work with designers:</strong> give and receive pull-request feedback, and flag early when a design will be expensive to build or hard to use.</li>
</ul>
"""),
        ("essential-skills", "Essential skills", """
<p>Job ads list dozens of tools, but the core that hiring managers actually test is surprisingly stable.</p>
<h3 id="javascript-and-typescript">JavaScript and TypeScript</h3>
<p>You need solid modern JavaScript: promises and async/await, modules, array methods, closures, and how the event loop decides what runs when. TypeScript now appears in the majority of US frontend postings, and interviewers expect you to type component props, write a small generic function and explain why a union type beats a boolean flag.</p>
<h3 id="html-and-css">HTML and CSS</h3>
<p>Semantic HTML and modern CSS, including grid, flexbox and custom properties, are what separate a developer who can ship a polished interface from one who fights the browser. Frameworks come and go; do not let these fundamentals rust while you chase whatever library is trending this quarter.</p>
<h3 id="react-and-tooling">React and tooling</h3>
<p>React remains the most requested UI library by a wide margin, so expect questions on hooks, rendering behaviour and when to reach for memoisation. Around it you should be comfortable with Git, a bundler such as Vite, and a test runner like Jest together with Testing Library. Experience with a React meta-framework such as Next.js is a strong plus for product roles.</p>
<h3 id="working-with-people">Working with people</h3>
<p>Frontend developers sit between design, product and backend teams, so clear written communication matters. A short note explaining why a layout will break on small screens saves a meeting, and a well-written pull-request description saves two.</p>
"""),
        ("salary", "How much does a frontend developer earn?", """
<p>Base salaries for US frontend roles, before bonus and equity, typically fall into the following bands. Large coastal tech hubs sit at the top of each band; smaller markets and agencies sit lower.</p>
<table class="pw-table">
  <thead><tr><th>Level</th><th>Annual base salary (USD)</th><th>Typical experience</th></tr></thead>
  <tbody>
    <tr><td>Junior</td><td>$72,000–$92,000</td><td>0–2 years</td></tr>
    <tr><td>Mid-level</td><td>$95,000–$125,000</td><td>2–5 years</td></tr>
    <tr><td>Senior</td><td>$130,000–$170,000</td><td>5+ years</td></tr>
    <tr><td>Staff</td><td>$165k–$210k</td><td>8+ years</td></tr>
  </tbody>
</table>
<p>Beyond base pay, many product companies add a learning stipend of about $1,000 a year for books, courses and conference tickets, and a 401(k) match of up to 4% of salary. Both are worth having, but they are benefits rather than salary, so keep them out of the headline number when you compare offers.</p>
"""),
        ("how-to-become-one", "How to become a frontend developer", """
<p>There is no single entry route. Roughly, successful candidates follow these steps:</p>
<ol>
  <li>Learn the web platform first: build a few static pages with plain HTML, CSS and JavaScript before touching a framework.</li>
  <li>Pick up React and TypeScript by rebuilding something you already use, such as a habit tracker or a recipe app, with real data.</li>
  <li>Publish two or three polished projects with readable code, a short README and a live demo link.</li>
  <li>Contribute a small fix to an open-source project to show you can work in somebody else's codebase.</li>
  <li>Apply for junior, apprenticeship or internship roles, and treat every technical interview as practice.</li>
</ol>
<p>Bootcamp graduates, computer science graduates and self-taught developers all get hired. What they have in common at interview is a portfolio that proves they can finish things.</p>
"""),
        ("faq", "FAQ", """
<h3 id="degree">Do I need a computer science degree?</h3>
<p>No. Many employers have dropped degree requirements for frontend roles, especially at junior level. A degree helps with algorithm-heavy interviews at large companies, but a strong portfolio and a clear explanation of your projects carry more weight almost everywhere else.</p>
<h3 id="ai-tools">Will AI coding assistants replace frontend developers?</h3>
<p>They already write a fair amount of boilerplate, which shifts the job towards reviewing, integrating and making judgement calls about accessibility, performance and user experience. Developers who understand why code works will stay in demand; those who only copy snippets will find it harder.</p>
"""),
    ],
    # expectations
    "role": "Frontend Developer", "seniority": None,
    "responsibilities": [
        "Build user interfaces", "Manage state and data fetching", "Make pages accessible",
        "Keep the site fast", "Write automated tests", "Review code and work with designers",
    ],
    "skills_include": ["JavaScript", "TypeScript", "React", "HTML", "CSS", "Git", "Jest", "Next.js"],
    "skills_exclude": ["Rust", "Kubernetes", "GAAP", "Terraform", "Python", "Figma"],
    "salaries": [
        {"min": 72000, "max": 92000, "currency": "USD", "period": "year", "label": "Junior"},
        {"min": 95000, "max": 125000, "currency": "USD", "period": "year", "label": "Mid-level"},
        {"min": 130000, "max": 170000, "currency": "USD", "period": "year", "label": "Senior"},
        {"min": 165000, "max": 210000, "currency": "USD", "period": "year", "label": "Staff"},
    ],
    "body_phrases": [
        "the moment a person understands it",
        "do not let these fundamentals rust while you chase whatever library is trending this quarter",
        "a well-written pull-request description saves two",
        "What they have in common at interview is a portfolio that proves they can finish things.",
    ],
})

ARTICLES.append({
    "slug": "ux-designer-career-guide",
    "title": "UX Designer: What the Job Really Involves, Skills and Pay in Europe",
    "dek": "A practical look at UX design work in European product teams: the weekly rhythm, the portfolio "
           "that gets interviews, and how salaries compare between Germany and Spain.",
    "card": "Figma fluency, research craft and accessibility know-how, plus what designers earn in Berlin "
            "(€52k and up) compared with Madrid.",
    "topic": "tech", "extra_topics": ["salaries"], "tags": ["remote-friendly"],
    "author": "lea-marchand",
    "published": "2025-03-04", "updated": "2025-09-18",
    "og_article": False,
    "related": ["frontend-developer-skills-salary", "site-reliability-engineer-guide", "how-to-become-an-accountant"],
    "signup_after": 2,
    "sections": [
        (None, None, """
<p>Ask ten people what a UX designer does and you will hear ten answers, most of them involving sticky notes. Inside a real European product team the work is more structured than that: the UX designer is the person responsible for making sure a product can be understood and used by the people it was built for, and for backing that up with evidence rather than personal taste.</p>
<p>This guide walks through the work itself, the tools and habits hiring managers look for, what designers are paid in two very different European markets, and the routes people take into the field, including from teaching, journalism and customer support.</p>
"""),
        ("what-is-a-ux-designer", "What is a UX designer?", """
<p>UX stands for user experience. A UX designer studies how people try to complete a task, whether that is booking a train, claiming a refund or onboarding a new employee, and then shapes the flow, structure and wording of the product so the task succeeds with as little friction as possible. Visual polish matters too, but it usually belongs to a UI or visual designer; in smaller companies one person covers both.</p>
<p>Most UX designers sit in a cross-functional squad with a product manager and a handful of engineers. Larger organisations add dedicated researchers, content designers and a design-systems team, which changes how much of each activity below lands on your desk.</p>
"""),
        ("core-duties", "Core duties and tasks", """
<p>The mix shifts from week to week, but nearly every UX role combines these six kinds of work.</p>
<p><strong>Interview and observe users.</strong> You plan short research rounds, recruit participants, run interviews or contextual visits, and turn raw notes into findings the team can act on. Five well-chosen conversations often reveal more than a survey of five hundred.</p>
<p><strong>Map journeys and information architecture.</strong> Before drawing a single screen you lay out the steps a person takes, where they hesitate, and how content should be grouped and labelled so that it can be found.</p>
<p><strong>Sketch and prototype.</strong> Rough sketches let you explore several directions cheaply; clickable prototypes let you test the one direction that survives the first critique.</p>
<p><strong>Run usability tests.</strong> Watching a participant hunt for a button you thought was obvious is humbling and extremely useful. You script the tasks, moderate the sessions and rank the problems by severity.</p>
<p><strong>Hand off to engineering.</strong> Clear specifications with annotated edge cases, error states, empty screens and slow-connection behaviour save days of back-and-forth with developers.</p>
<p><strong>Measure what shipped.</strong> After release you look at analytics, support tickets and follow-up interviews to check whether the change actually helped, then feed what you learn into the next iteration.</p>
"""),
        ("what-you-need", "What you need", """
<p>There is no single mandatory degree. Hiring managers care far more about a portfolio that shows how you think than about the title on your diploma, but a few skills come up in almost every job description.</p>
<h3 id="tools">Tools</h3>
<p>Figma is the default design and prototyping tool in most European teams, so fluency with components, auto layout and interactive prototypes is expected from your first week. You should also be at ease with an online whiteboard for workshops and with whatever research repository the team uses, although the specific brand rarely matters.</p>
<p>A working knowledge of HTML and CSS is requested more and more often. You will not be writing production code, but understanding how layouts reflow, what a focus state is and why some animations are expensive makes your designs easier to build and more accessible.</p>
<h3 id="research-and-accessibility">Research and accessibility</h3>
<p>Expect interview questions about planning a study on a tiny budget, avoiding leading questions, and checking colour contrast and keyboard navigation against WCAG 2.2. The European Accessibility Act, which applies to many consumer services from June 2025, has turned accessibility knowledge from a nice extra into a hiring priority.</p>
<h3 id="communication">Communication</h3>
<p>Strong communication skills are arguably the core of the job. You present work to stakeholders who each want something different, defend decisions with evidence, and write interface copy that a tired person can understand on a small screen. When a product owner wants a swift yes or no on a late change, the best designers explain the trade-off in two sentences rather than twenty.</p>
"""),
        ("salary", "How much does a UX designer earn?", """
<p>Pay varies widely across Europe, and salaries are quoted differently from one country to the next, so make sure you compare like with like.</p>
<p>In Germany, a mid-level UX designer with three to five years of experience typically earns €52,000 to €68,000 a year, with Berlin and Munich at the top of that band and smaller cities nearer the bottom.</p>
<p>In Spain, offers are usually discussed as a gross monthly figure. A mid-level designer in Madrid or Barcelona can expect roughly €2,300–€3,100 per month, and remote roles for companies based elsewhere in the EU sometimes pay more in exchange for more seniority.</p>
<p>If you are moving in from another field, budget for training separately: a reputable part-time UX certificate course costs around €1,200, and some employers reimburse it once you have passed probation.</p>
"""),
        ("how-to-become-a-ux-designer", "How to become a UX designer", """
<ol>
  <li>Learn the fundamentals of research methods, interaction patterns and usability heuristics; <a href="https://example.org/guides/usability-heuristics/">this free primer on heuristics</a> is a sensible place to begin.</li>
  <li>Redesign something real that annoys you, such as a council website or a ticket machine, and document every decision.</li>
  <li>Turn your best work into three case studies that show the problem, the research, the options you rejected and the result.</li>
  <li>Ask working designers for portfolio reviews, then act on what they tell you.</li>
  <li>Apply for junior and associate roles, and consider internal moves if your current employer has a design team.</li>
</ol>
<p>Career changers often do better than they expect. Former teachers bring facilitation skills, former journalists bring interviewing and editing, and former support agents already know exactly where customers get stuck.</p>
"""),
        ("faq", "Frequently asked questions", """
<h3 id="code">Do UX designers need to code?</h3>
<p>Not to get hired. Understanding how the web is built helps you design things that can be shipped, but your value lies in research, structure and judgement rather than in writing code yourself.</p>
<h3 id="remote">Is UX design a good remote job?</h3>
<p>Mostly, yes. Research sessions, critiques and workshops all run well online, though many teams still like designers to meet in person every few weeks.</p>
<h3 id="how-long">How long does it take to land a first role?</h3>
<p>For career changers with a solid portfolio, six to twelve months of focused effort is typical. The portfolio, not the course certificate, is what shortens that time.</p>
"""),
    ],
    "role": "UX Designer", "seniority": None,
    "responsibilities": [
        "Interview and observe users", "Map journeys and information architecture", "Sketch and prototype",
        "Run usability tests", "Hand off to engineering", "Measure what shipped",
    ],
    "skills_include": ["Figma", "HTML", "CSS", "Communication"],
    "skills_exclude": ["Swift", "Kubernetes", "JavaScript", "React", "Go", "Excel"],
    "salaries": [
        {"min": 52000, "max": 68000, "currency": "EUR", "period": "year", "label": "Germany"},
        {"min": 2300, "max": 3100, "currency": "EUR", "period": "month", "label": "Spain"},
    ],
    "body_phrases": [
        "most of them involving sticky notes",
        "Five well-chosen conversations often reveal more than a survey of five hundred.",
        "has turned accessibility knowledge from a nice extra into a hiring priority",
        "Former teachers bring facilitation skills",
    ],
})

ARTICLES.append({
    "slug": "how-to-become-an-accountant",
    "title": "How to Become an Accountant in the UK: Duties, Qualifications and Salary",
    "dek": "From trainee to chartered: what accountants actually spend their days on, which qualification "
           "route suits you, and what the pay looks like at each stage.",
    "card": "Excel tests, UK GAAP versus IFRS, and a pay ladder that climbs from trainee to £75,000 for "
            "finance managers.",
    "topic": "beyond-tech", "extra_topics": ["salaries"], "tags": ["entry-level"],
    "author": "callum-reid",
    "published": "2024-06-11", "updated": None,
    "og_article": True,
    "related": ["elementary-school-teacher-guide", "ux-designer-career-guide", "frontend-developer-skills-salary"],
    "signup_after": 2,
    "sections": [
        (None, None, """
<p>Accountancy has a reputation for being safe and a little dull. The first half of that is largely true: qualified accountants are needed in every sector and every region, in good years and bad. The second half undersells it. Modern finance teams spend less time typing numbers into ledgers and more time explaining what the numbers mean to the people running the business.</p>
<p>This guide covers what accountants in the UK do, the main qualification routes, the skills employers test for, and what you can expect to earn from trainee level onwards.</p>
"""),
        ("what-does-an-accountant-do", "What does an accountant do?", """
<p>At its simplest, an accountant records, checks and reports on an organisation's money so that managers, investors, lenders and HMRC get an accurate picture. Where you work shapes the job. In practice, meaning an accountancy firm serving many clients, you might specialise in audit, tax or business advisory work. In industry you work inside one company's finance team, handling its month-end close, budgets and management reporting. Charities and the public sector add their own reporting rules on top.</p>
<p>Job titles vary widely: assistant accountant, management accountant, financial accountant, audit associate and tax senior all sit under the same broad umbrella.</p>
"""),
        ("main-responsibilities", "Main responsibilities of an accountant", """
<p>Whatever the setting, most accountants spend their weeks on some combination of the following.</p>
<ol>
  <li>Prepare and review financial statements. Profit and loss accounts, balance sheets and cash-flow statements are produced on a strict timetable, usually monthly for management and annually for statutory filing.</li>
  <li>Reconcile accounts. Bank, supplier and intercompany balances are matched to the ledger so that errors and missing invoices are caught early.</li>
  <li>Handle tax returns and compliance. Corporation tax, VAT and payroll filings must be accurate and on time, and the rules change most years.</li>
  <li>Support external audits. You prepare supporting schedules, answer the auditors' questions and fix the issues they raise.</li>
  <li>Build budgets and forecasts. Working with department heads, you set the annual plan and then track actual spending against it every month.</li>
  <li>Advise managers on decisions. Should the company lease or buy, open a new site or change its prices? Accountants model the options and their risks.</li>
</ol>
"""),
        ("skills-and-qualifications", "Skills and qualifications", """
<h3 id="technical-skills">Technical skills</h3>
<p>Advanced Microsoft Excel is non-negotiable. Interviews for assistant roles regularly include a practical test: expect to build a pivot table, use XLOOKUP or INDEX and MATCH across sheets, and find the broken formula in somebody else's workbook. Familiarity with a cloud ledger such as Xero or Sage helps, and larger employers often run SAP.</p>
<p>You also need to know which reporting framework applies. Most private UK companies report under UK GAAP, specifically FRS 102, while listed groups use IFRS. If the business has an American parent you may have to restate figures under US GAAP as well, which is why experience with more than one framework makes a CV stand out.</p>
<h3 id="personal-qualities">Personal qualities</h3>
<p>Accuracy and patience matter, but so does explaining things plainly. A good management accountant can tell a sales director why margin fell without a single acronym. Deadlines cluster around month-end and year-end, so you also need to stay calm when three people want answers at once.</p>
<h3 id="qualification-routes">Qualification routes</h3>
<ul>
  <li>ACA from ICAEW, the traditional route for trainees in practice, combining exams with three years of supervised work.</li>
  <li>ACCA, flexible and recognised internationally, popular in both practice and industry.</li>
  <li>CIMA, aimed at management accountants working inside businesses.</li>
  <li>AAT, a technician-level route that suits school leavers and can count towards the chartered qualifications later.</li>
</ul>
<p>Exam fees add up quickly: depending on the paper, a single ACCA exam sitting costs roughly £130 to £300, before any tuition. Most training contracts cover these costs, which is one reason trainee places are so competitive.</p>
"""),
        ("pay-and-benefits", "Pay and benefits", """
<p>Salaries rise sharply once you qualify. Typical UK ranges outside central London look like this:</p>
<ul>
  <li><strong>Trainee:</strong> £25,000–£30,000 a year while you study</li>
  <li><strong>Newly qualified:</strong> £45,000–£55,000 a year</li>
  <li><strong>Finance manager:</strong> up to £75,000 a year, with London roles often higher</li>
  <li><strong>Interim:</strong> £350–£450 per day for experienced contractors covering projects or leave</li>
</ul>
<p>Benefits commonly include study leave, paid exam fees, a pension with employer contributions and, at larger firms, a bonus linked to performance.</p>
"""),
        ("career-path", "Career path", """
<p>Most people start as a trainee or assistant accountant and qualify within three to four years. After that the paths divide. Some go on to become partners in practice; others move into industry as financial controllers and, eventually, finance directors. A growing number specialise in areas such as forensic accounting, sustainability reporting or systems implementation.</p>
<p>If you are changing careers, an AAT qualification or an accounts assistant role is a realistic first step. Employers value maturity and experience with customers, and many will sponsor your professional exams once you have proved yourself.</p>
"""),
        ("conclusion", "Conclusion", """
<p>Accountancy rewards people who like order but do not mind explaining it to others. The training is demanding and the first few years involve a lot of evenings with study texts, but the qualification opens doors in almost any organisation you could name, and the pay rewards the effort.</p>
"""),
    ],
    "role": "Accountant", "seniority": None,
    "responsibilities": [
        "Prepare and review financial statements", "Reconcile accounts", "Handle tax returns and compliance",
        "Support external audits", "Build budgets and forecasts", "Advise managers on decisions",
    ],
    "skills_include": ["Excel", "GAAP", "IFRS"],
    "skills_exclude": ["Go", "React", "TypeScript", "Figma", "Python"],
    "salaries": [
        {"min": 25000, "max": 30000, "currency": "GBP", "period": "year", "label": "Trainee"},
        {"min": 45000, "max": 55000, "currency": "GBP", "period": "year", "label": "Newly qualified"},
        {"min": None, "max": 75000, "currency": "GBP", "period": "year", "label": "Finance manager"},
        {"min": 350, "max": 450, "currency": "GBP", "period": "day", "label": "Interim"},
    ],
    "body_phrases": [
        "Modern finance teams spend less time typing numbers into ledgers",
        "Advanced Microsoft Excel is non-negotiable.",
        "A good management accountant can tell a sales director why margin fell without a single acronym.",
        "Most private UK companies report under UK GAAP, specifically FRS 102, while listed groups use IFRS.",
    ],
})

ARTICLES.append({
    "slug": "site-reliability-engineer-guide",
    "title": "Site Reliability Engineer: The Job, the Stack and Canadian Pay",
    "dek": "Error budgets, on-call rotations and a lot of automation: a plain-language guide to SRE work, "
           "the skills it takes and what it pays in Canada.",
    "card": "Go, Kubernetes and calm incident handling: the skills behind reliable systems, with CA$ salary "
            "bands for Canadian SREs.",
    "topic": "tech", "extra_topics": ["salaries"], "tags": ["remote-friendly"],
    "author": "nadia-okafor",
    "published": "2024-02-19", "updated": "2024-10-07",
    "og_article": False,
    "related": ["frontend-developer-skills-salary", "how-to-become-an-accountant", "elementary-school-teacher-guide"],
    "signup_after": 2,
    "sections": [
        (None, None, """
<p>When a payment page stops loading at nine on a Friday evening, somebody's phone buzzes. Increasingly, that somebody is a site reliability engineer. SRE started inside large web companies as a way of running operations with software engineering methods, and it has since spread to banks, retailers, game studios and public services.</p>
<p>This guide explains what site reliability engineers do, the technology they work with, what the role pays in Canada, and how engineers from development or operations backgrounds make the move.</p>
"""),
        ("what-does-an-sre-do", "What does a site reliability engineer do?", """
<p>An SRE's job is to keep services available, fast and correct while the product team keeps shipping changes. The central idea is that reliability is a feature with a budget. The team agrees on service level objectives, such as 99.9 percent of checkout requests succeeding within 300 milliseconds, and the gap between that target and perfection becomes an error budget that can be spent on risky releases.</p>
<p>The role is common in scale-ups as well as giants. A company that has just closed a $30 million Series B and is suddenly serving ten times more traffic will often make a reliability engineer one of its first infrastructure hires.</p>
"""),
        ("day-to-day-work", "Day-to-day work", """
<p>A typical week blends planned project work with whatever production throws at the team.</p>
<table class="pw-table">
  <thead><tr><th>Task</th><th>What it involves</th></tr></thead>
  <tbody>
    <tr><td>Define SLOs and error budgets</td><td>Agree targets with product owners, instrument the services and publish dashboards that show how much budget is left.</td></tr>
    <tr><td>Automate toil</td><td>Replace repetitive manual work, such as certificate renewals or scaling tweaks, with code and self-service tooling.</td></tr>
    <tr><td>Share the on-call rotation</td><td>Respond to pages, keep runbooks current and tune alerts so that nobody is woken up for noise.</td></tr>
    <tr><td>Lead incident response</td><td>Coordinate engineers during an outage, communicate status updates and decide between a fix forward and a swift rollback.</td></tr>
    <tr><td>Write blameless postmortems</td><td>Reconstruct the timeline, identify contributing factors and track the follow-up actions to completion.</td></tr>
    <tr><td>Plan capacity</td><td>Forecast load, for example ahead of the spring sales peak, and make sure clusters and databases can absorb it.</td></tr>
    <tr><td>Review launches</td><td>Check new services for monitoring, rollback plans and failure modes before they take real traffic.</td></tr>
  </tbody>
</table>
"""),
        ("requirements", "Requirements", """
<p>Most SREs come from either software development or systems administration, and the job asks for a bit of both.</p>
<h3 id="programming">Programming</h3>
<p>You must be able to write production-quality code, not only scripts. Go is the most common language for infrastructure tooling because it compiles to a single binary and handles concurrency well; Python remains the standard for automation and glue code. Interviewers often ask candidates to write a small service or a log-parsing tool during the technical round.</p>
<h3 id="platforms">Platforms and tooling</h3>
<p>Deep Linux knowledge is expected: processes, networking, file systems and how to debug a machine that is running out of memory. On top of that sits the container stack. Docker and Kubernetes are standard in most Canadian job ads, usually on AWS or Google Cloud, with infrastructure defined in Terraform. For observability you should know Prometheus and Grafana or an equivalent commercial platform.</p>
<h3 id="temperament">Temperament</h3>
<p>Incidents are stressful. The engineers who thrive stay methodical under pressure, write clearly in a busy incident channel, and treat every outage as a learning opportunity rather than a hunt for someone to blame.</p>
<p>Certifications are optional, but the Certified Kubernetes Administrator exam is widely respected; its registration fee is US$445, and many employers pay it.</p>
"""),
        ("salary", "Salary", """
<p>SRE is one of the better-paid engineering specialisms in Canada. Typical base salaries in Toronto, Vancouver and Montreal are:</p>
<ul>
  <li><strong>Junior:</strong> CA$85,000–CA$105,000 per year</li>
  <li><strong>Intermediate:</strong> CA$105,000–CA$135,000 per year</li>
  <li><strong>Senior:</strong> $140,000–$175,000 CAD a year</li>
</ul>
<p>Roles at US companies hiring Canadian residents remotely can pay more, and on-call work is often compensated separately, so ask how each employer handles it before comparing offers.</p>
"""),
        ("sre-and-devops", "SRE and DevOps: what is the difference?", """
<p>The two titles overlap so much that many job ads use them interchangeably. The rough distinction is one of emphasis. DevOps describes a culture and a set of practices for getting code from a laptop to production quickly and safely, so DevOps engineers tend to own build pipelines, deployment tooling and developer experience. SRE is a more specific discipline that measures reliability with numbers, sets explicit targets and uses those targets to decide when to slow down.</p>
<p>In practice a small company will have one team doing both, while a large one may have separate platform, DevOps and SRE groups with different on-call duties. When you read a job ad, ignore the title and look at the verbs: if most of them are about incidents, alerting and capacity, it is an SRE role whatever it is called.</p>
"""),
        ("getting-into-sre", "Getting into SRE", """
<p>Very few people are hired as SREs straight out of school. The usual route is two to four years as a backend developer, DevOps engineer or systems administrator, followed by an internal transfer or a move to a team that is building out a reliability function.</p>
<p>To prepare, run your own small cluster, break it on purpose and fix it. Write a postmortem for each failure as if a colleague had to read it. Volunteer for your current team's on-call rotation if it has one, and learn how your organisation's monitoring really works rather than just reading the dashboards.</p>
"""),
        ("conclusion", "Conclusion", """
<p>Site reliability engineering suits people who enjoy systems thinking, automation and the occasional adrenaline of an outage. The learning curve is steep, but the combination of software skills and operational judgement is rare, and employers pay accordingly.</p>
"""),
    ],
    "role": "Site Reliability Engineer", "seniority": None,
    "responsibilities": [
        "Define SLOs and error budgets", "Automate toil", "Share the on-call rotation", "Lead incident response",
        "Write blameless postmortems", "Plan capacity", "Review launches",
    ],
    "skills_include": ["Go", "Python", "Kubernetes", "Docker", "Linux", "Terraform", "Prometheus", "Grafana", "AWS"],
    "skills_exclude": ["Swift", "Spring", "Spring Boot", "React", "Excel", "GAAP", "Figma"],
    "salaries": [
        {"min": 85000, "max": 105000, "currency": "CAD", "period": "year", "label": "Junior"},
        {"min": 105000, "max": 135000, "currency": "CAD", "period": "year", "label": "Intermediate"},
        {"min": 140000, "max": 175000, "currency": "CAD", "period": "year", "label": "Senior"},
    ],
    "body_phrases": [
        "The central idea is that reliability is a feature with a budget.",
        "Go is the most common language for infrastructure tooling because it compiles to a single binary",
        "run your own small cluster, break it on purpose and fix it",
        "SRE is one of the better-paid engineering specialisms in Canada.",
    ],
})

ARTICLES.append({
    "slug": "elementary-school-teacher-guide",
    "title": "Elementary School Teacher: Duties, Certification and What the Job Asks of You",
    "dek": "What a day in a K–5 classroom really looks like, the skills that matter most in your first "
           "year, and the steps to a state teaching license.",
    "card": "Lesson planning, certification exams and the classroom habits that matter most in your first "
            "year of teaching.",
    "topic": "beyond-tech", "extra_topics": [], "tags": ["entry-level"],
    "author": "callum-reid",
    "published": "2023-08-21", "updated": None,
    "og_article": True,
    "related": ["how-to-become-an-accountant", "ux-designer-career-guide", "frontend-developer-skills-salary"],
    "signup_after": 2,
    "sections": [
        (None, None, """
<p>Few jobs are as visible, or as misunderstood, as teaching young children. Everybody went to elementary school, so everybody has an opinion about it. Far fewer people have planned a week of lessons for twenty-six seven-year-olds, four of whom are still learning English and one of whom has just lost a tooth in the middle of a spelling test.</p>
<p>This guide describes what elementary school teachers in the United States actually do, the skills that separate a surviving first-year teacher from a thriving one, and the steps to earning a teaching license.</p>
"""),
        ("the-role", "The role in brief", """
<p>Elementary teachers usually work with one class for most of the day, covering every core subject from kindergarten through fifth grade. Specialists teach art, music, physical education or library sessions, which is when the classroom teacher gets planning time.</p>
<p>Public schools dominate hiring, but charter schools, private schools and international schools abroad all employ elementary teachers. Requirements differ slightly between states, yet the core of the job is remarkably similar everywhere.</p>
"""),
        ("day-to-day", "What does an elementary school teacher do day to day?", """
<p>A typical week includes most of the following:</p>
<ul>
  <li>Plan weekly lessons that follow the state standards.</li>
  <li>Teach reading, writing, math, science and social studies to the same group of children.</li>
  <li>Assess progress through quick checks, running records and observation.</li>
  <li>Adapt instruction for students with IEPs and for English learners.</li>
  <li>Manage the classroom so that every child can focus and feel safe.</li>
  <li>Keep families informed through conferences, newsletters and phone calls.</li>
  <li>Cover recess, lunch or dismissal duty on a rotating schedule.</li>
</ul>
<p>Much of the planning and marking happens before the first bell and after the last one, which is why experienced teachers guard their time carefully.</p>
"""),
        ("essential-skills", "Essential skills", """
<p>Subject knowledge matters, but at this level it is rarely the hard part. What principals look for is the ability to run a calm, purposeful room.</p>
<h3 id="classroom-management">Classroom management</h3>
<p>Clear routines do most of the work. Children who know how to enter the room, line up, ask for help and move between activities lose less time and cause fewer disruptions. Just as important is how you react when a lesson falls apart: a teacher who stays calm and redirects quickly keeps the whole class on track.</p>
<h3 id="communication">Communication</h3>
<p>Good communication skills are used all day: explaining a new idea three different ways, writing a note home that a busy parent will actually read, and working with the special education team on a student's plan.</p>
<h3 id="patience-and-differentiation">Patience and differentiation</h3>
<p>Any class contains a wide spread of readiness. The goal is to help every child excel from wherever they start, which means preparing extension tasks for some students and extra support for others within the same lesson.</p>
<h3 id="safety">Safety training</h3>
<p>Most districts require current CPR and first-aid certification, and every new hire completes training on recognising and reporting signs of abuse or neglect.</p>
"""),
        ("requirements", "Requirements and certification", """
<p>Every state requires public school teachers to hold a license. The usual route looks like this:</p>
<ol>
  <li>Earn a bachelor's degree, either in elementary education or in another subject followed by a teacher preparation program.</li>
  <li>Complete a semester of supervised student teaching in a real classroom.</li>
  <li>Pass your state's licensing exams, which in many states include the Praxis tests.</li>
  <li>Clear a fingerprint-based background check.</li>
  <li>Apply for your initial license, then renew it through professional development hours.</li>
</ol>
<p>Testing costs are worth planning for: registration for a single Praxis test is typically around $150, and some candidates sit two or three. Several states also offer alternative certification routes for career changers who already hold a degree, letting them teach on a provisional license while they finish their coursework.</p>
"""),
        ("career-path", "Career path", """
<p>Many teachers stay in the classroom for their whole career and take on mentoring or grade-level lead roles along the way. Others go on to become reading specialists, instructional coaches or curriculum writers, and some move into school administration after earning a master's degree and an administrator license.</p>
"""),
        ("common-questions", "Common questions", """
<h3 id="other-degree">Can I teach with a degree in a different subject?</h3>
<p>Yes. Most states accept graduates from any field as long as they complete an approved preparation program, either as a postgraduate certificate, a master's degree or an alternative route run by the district itself.</p>
<h3 id="class-size">How many children will be in my class?</h3>
<p>It depends heavily on the state and the grade. Kindergarten and first grade classes are often capped at around twenty children, while upper elementary classes in crowded districts can reach thirty.</p>
<h3 id="summers">Do teachers really have the summer off?</h3>
<p>Partly. Most teachers spend some of the break on professional development, curriculum planning or preparing their classroom, and many start setting up a week or two before students return in August.</p>
"""),
        ("is-it-right-for-you", "Is teaching right for you?", """
<p>Teaching young children is tiring, noisy and occasionally heartbreaking. It is also one of the few jobs where you can see, week by week, the exact moment a child finally reads a whole sentence alone. If that prospect excites you more than the workload worries you, spend a few days volunteering or substitute teaching before committing; nothing else will tell you as quickly whether the classroom is where you belong.</p>
"""),
    ],
    "role": "Elementary School Teacher", "seniority": None,
    "responsibilities": [
        "Plan weekly lessons that follow the state standards",
        "Teach reading, writing, math, science and social studies to the same group of children",
        "Assess progress through quick checks, running records and observation",
        "Adapt instruction for students with IEPs and for English learners",
        "Manage the classroom so that every child can focus and feel safe",
        "Keep families informed through conferences, newsletters and phone calls",
        "Cover recess, lunch or dismissal duty on a rotating schedule",
    ],
    "skills_include": ["CPR", "Communication"],
    "skills_exclude": ["Excel", "React", "Go", "SQL", "Power BI", "Figma", "JavaScript"],
    "salaries": [],
    "body_phrases": [
        "one of whom has just lost a tooth in the middle of a spelling test",
        "Clear routines do most of the work.",
        "The goal is to help every child excel from wherever they start",
        "the exact moment a child finally reads a whole sentence alone",
    ],
})

# The draft: a normal-looking article that lives under the robots-disallowed /drafts/ prefix.
DRAFT = {
    "slug": "electrician-apprenticeship-guide",
    "title": "Electrician Apprenticeships in Australia: Pay, Licensing and First Steps",
    "dek": "How a four-year apprenticeship works, what apprentices earn per hour, and what it takes to get "
           "your A-grade licence.",
    "topic": "beyond-tech", "extra_topics": [], "tags": ["entry-level"],
    "author": "callum-reid",
    "published": "2026-10-28", "updated": None,
    "og_article": True,
    "related": ["elementary-school-teacher-guide", "how-to-become-an-accountant", "site-reliability-engineer-guide"],
    "signup_after": 1,
    "sections": [
        (None, None, """
<p>Australia has been short of licensed electricians for years, and the gap is widening as households add solar panels, batteries and car chargers. For school leavers and career changers alike, an electrical apprenticeship remains one of the most reliable ways into a well-paid trade without a university degree.</p>
"""),
        ("what-apprentices-do", "What apprentices do", """
<ul>
  <li>Run cable and install switchboards under supervision.</li>
  <li>Fit power points, lighting and smoke alarms in new homes.</li>
  <li>Test and tag equipment on commercial sites.</li>
  <li>Find faults with a multimeter and a methodical approach.</li>
</ul>
<p>Older installations bring their own surprises: corroded earth stakes, conduit eaten by rust and wiring that predates any standard you studied.</p>
"""),
        ("pay", "Apprentice and electrician pay", """
<p>First-year apprentices earn a percentage of the trade rate set by the award, rising every year. Once licensed, electricians in the major cities typically earn $38–$52 per hour, and more on mining and infrastructure projects.</p>
"""),
        ("licensing", "Getting licensed", """
<p>You will complete a Certificate III in Electrotechnology alongside your on-the-job hours, then pass a capstone assessment before your state regulator issues a licence. Most apprentices finish in four years.</p>
"""),
    ],
}

# --------------------------------------------------------------------------------------------
# Templates
# --------------------------------------------------------------------------------------------

NAV = [("Home", "/"), ("Blog", "/blog/"), ("Careers A–Z", "/careers/"), ("About", "/about/"), ("Contact", "/contact/")]


def head(title: str, description: str, canonical: str, extra_meta: str = "", rel_links: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{esc(title)}</title>
  <meta name="description" content="{esc(description)}">
  <link rel="canonical" href="{{{{BASE_URL}}}}{canonical}">
  <meta name="generator" content="Pathwise theme 3.2">
  <meta property="og:site_name" content="Pathwise">
  <meta property="og:title" content="{esc(title)}">
  <meta property="og:description" content="{esc(description)}">
{extra_meta}  <link rel="stylesheet" href="/assets/css/pathwise.css">
  <link rel="icon" href="/assets/img/favicon.svg" type="image/svg+xml">
{rel_links}</head>
"""


def site_header(active: str) -> str:
    items = []
    for label, href in NAV:
        cur = ' aria-current="page" class="pw-nav__link pw-nav__link--active"' if label == active else ' class="pw-nav__link"'
        items.append(f'          <li class="pw-nav__item"><a{cur} href="{href}">{esc(label)}</a></li>')
    nav = "\n".join(items)
    return f"""<body class="pw-body">
  <a class="pw-skip" href="#pw-main">Skip to content</a>
  <header class="pw-site-header">
    <div class="pw-container pw-site-header__inner">
      <a class="pw-logo" href="/" aria-label="Pathwise home"><span class="pw-logo__mark">◆</span> Pathwise</a>
      <nav class="pw-nav" aria-label="Main">
        <ul class="pw-nav__list">
{nav}
        </ul>
      </nav>
      <a class="pw-btn pw-btn--small pw-site-header__cta" href="#pw-footer-signup">Subscribe</a>
    </div>
  </header>
"""


def signup_box(variant: str, box_id: str = "") -> str:
    idattr = f' id="{box_id}"' if box_id else ""
    return f"""<aside class="pw-signup pw-signup--{variant}"{idattr} aria-label="Newsletter">
  <div class="pw-signup__inner">
    <p class="pw-signup__kicker">The Pathwise newsletter</p>
    <h2 class="pw-signup__title">{NEWSLETTER_TITLE}</h2>
    <p class="pw-signup__text">{NEWSLETTER_TEXT}</p>
    <form class="pw-signup__form" action="/contact/" method="get">
      <label class="pw-visually-hidden" for="pw-email-{variant}">Email address</label>
      <input id="pw-email-{variant}" class="pw-input" type="email" name="email" placeholder="you@example.com">
      <button class="pw-btn" type="submit">{NEWSLETTER_BUTTON}</button>
    </form>
  </div>
</aside>"""


def popular_links() -> str:
    picks = ["frontend-developer-skills-salary", "site-reliability-engineer-guide", "how-to-become-an-accountant"]
    lis = []
    for s in picks:
        a = ART[s]
        lis.append(f'            <li><a href="/blog/{s}/">{esc(a["title"])}</a></li>')
    return "\n".join(lis)


def site_footer() -> str:
    return f"""  <footer class="pw-site-footer">
    <div class="pw-container pw-site-footer__grid">
      <div class="pw-site-footer__brand">
        <a class="pw-logo pw-logo--footer" href="/"><span class="pw-logo__mark">◆</span> Pathwise</a>
        <p class="pw-site-footer__tagline">Honest, researched guides for people choosing, switching and growing careers.</p>
        {signup_box("footer", "pw-footer-signup")}
      </div>
      <nav class="pw-site-footer__col" aria-label="Explore">
        <h2 class="pw-site-footer__heading">Explore</h2>
        <ul>
          <li><a href="/blog/">All guides</a></li>
          <li><a href="/careers/">Careers A–Z</a></li>
          <li><a href="/topics/tech/">Tech &amp; Design</a></li>
          <li><a href="/topics/beyond-tech/">Beyond Tech</a></li>
          <li><a href="/topics/salaries/">Salary Guides</a></li>
          <li><a href="/tags/entry-level/">Entry-level roles</a></li>
        </ul>
      </nav>
      <div class="pw-site-footer__col">
        <h2 class="pw-site-footer__heading">Most read this month</h2>
        <ol class="pw-site-footer__popular">
{popular_links()}
        </ol>
      </div>
      <nav class="pw-site-footer__col" aria-label="Pathwise">
        <h2 class="pw-site-footer__heading">Pathwise</h2>
        <ul>
          <li><a href="/about/">About us</a></li>
          <li><a href="/contact/">Contact</a></li>
          <li><a href="/privacy-policy/">Privacy policy</a></li>
        </ul>
        <ul class="pw-social" aria-label="Follow Pathwise">
          <li><a class="pw-social__link" href="https://social.example.net/@pathwise" rel="me noopener">Mastodon</a></li>
          <li><a class="pw-social__link" href="https://www.example.com/company/pathwise-careers" rel="noopener">LinkedIn</a></li>
          <li><a class="pw-social__link" href="https://video.example.org/c/pathwise" rel="noopener">YouTube</a></li>
        </ul>
      </nav>
    </div>
    <div class="pw-container pw-site-footer__legal">
      <p>© 2023–2026 Pathwise Media Ltd. All rights reserved. Pathwise is reader-supported and never sells your data.</p>
    </div>
  </footer>
  <div class="pw-consent" role="dialog" aria-live="polite" aria-label="Cookie preferences" hidden>
    <p class="pw-consent__text">Pathwise uses a small number of cookies to count visits and remember your newsletter choice. Nothing is shared with advertisers.</p>
    <div class="pw-consent__actions">
      <button class="pw-btn pw-btn--small" type="button" data-consent="all">Accept all</button>
      <button class="pw-btn pw-btn--ghost pw-btn--small" type="button" data-consent="essential">Only essential</button>
      <a class="pw-consent__more" href="/privacy-policy/">Read our cookie notice</a>
    </div>
  </div>
  <script src="/assets/js/pathwise.js" defer></script>
</body>
</html>
"""


def words(s: str) -> int:
    return len(re.sub(r"<[^>]+>", " ", s).split())


def read_minutes(a: dict) -> int:
    n = sum(words(h or "") + words(body) for _, h, body in a["sections"])
    return max(3, round(n / 200))


def card(a: dict, heading: str = "h2", extra_class: str = "", label: str = "", href: str | None = None) -> str:
    topic_name = TOPICS[a["topic"]][0]
    href = href or f"/blog/{a['slug']}/"
    lab = f'\n  <p class="pw-card__label">{label}</p>' if label else ""
    return f"""<article class="pw-card{extra_class}">{lab}
  <a class="pw-card__topic" href="/topics/{a['topic']}/">{topic_name}</a>
  <{heading} class="pw-card__title"><a href="{href}">{esc(a['title'])}</a></{heading}>
  <p class="pw-card__excerpt">{esc(a['card'])}</p>
  <div class="pw-card__meta"><span class="pw-card__author">{esc(AUTHORS[a['author']]['name'])}</span> · <time datetime="{a['published']}">{short_date(a['published'])}</time> · <span>{read_minutes(a)} min read</span></div>
</article>"""


def toc(a: dict) -> str:
    lis = []
    for sid, h, _ in a["sections"]:
        if sid:
            lis.append(f'              <li><a href="#{sid}">{esc(h)}</a></li>')
    return "\n".join(lis)


def body_html(a: dict) -> str:
    parts = []
    for i, (sid, h, body) in enumerate(a["sections"]):
        if sid:
            parts.append(f'<h2 id="{sid}">{esc(h)}</h2>')
        parts.append(body.strip())
        if i == a["signup_after"]:
            parts.append(signup_box("inline"))
    return "\n".join(parts)


def article_page(a: dict, base: str) -> str:
    url = f"/{base}/{a['slug']}/"
    author = AUTHORS[a["author"]]
    topic_name = TOPICS[a["topic"]][0]
    extra_meta = ""
    if a["og_article"]:
        extra_meta = (f'  <meta property="og:type" content="article">\n'
                      f'  <meta property="og:url" content="{{{{BASE_URL}}}}{url}">\n'
                      f'  <meta property="article:published_time" content="{a["published"]}T08:00:00+00:00">\n')
        if a["updated"]:
            extra_meta += f'  <meta property="article:modified_time" content="{a["updated"]}T09:30:00+00:00">\n'
        extra_meta += f'  <meta property="article:section" content="{topic_name.replace("&amp;", "&")}">\n'
    updated = ""
    if a["updated"]:
        updated = (f'\n          <span class="pw-post__updated">Updated <time datetime="{a["updated"]}">'
                   f'{human_date(a["updated"])}</time></span>')
    tag_links = " ".join(f'<a class="pw-chip" href="/tags/{t}/">{TAGS[t][0]}</a>' for t in a["tags"])
    related = "\n".join(card(ART[s], heading="h3", extra_class=" pw-card--compact") for s in a["related"])
    return (head(f"{a['title']} | Pathwise", a["dek"], url, extra_meta)
            + site_header("Blog")
            + f"""  <main id="pw-main" class="pw-main pw-main--post">
    <nav class="pw-crumbs pw-container" aria-label="Breadcrumb">
      <ol>
        <li><a href="/">Home</a></li>
        <li><a href="/blog/">Blog</a></li>
        <li><a href="/topics/{a['topic']}/">{topic_name}</a></li>
      </ol>
    </nav>
    <article class="pw-post pw-container">
      <header class="pw-post__header">
        <a class="pw-post__topic" href="/topics/{a['topic']}/">{topic_name}</a>
        <h1 class="pw-post__title">{esc(a['title'])}</h1>
        <p class="pw-post__dek">{esc(a['dek'])}</p>
        <div class="pw-post__meta">
          <a class="pw-post__author" href="/about/#{a['author']}">
            <img class="pw-avatar pw-avatar--small" src="/assets/img/authors/{a['author']}.svg" alt="" width="32" height="32">
            {esc(author['name'])}
          </a>
          <span class="pw-post__date"><time datetime="{a['published']}">{human_date(a['published'])}</time></span>{updated}
          <span class="pw-post__reading">{read_minutes(a)} min read</span>
        </div>
      </header>
      <div class="pw-post__layout">
        <aside class="pw-toc" aria-label="Table of contents">
          <div class="pw-toc__sticky">
            <p class="pw-toc__title">On this page</p>
            <ol class="pw-toc__list">
{toc(a)}
            </ol>
          </div>
        </aside>
        <div class="pw-post__body">
{body_html(a)}
        </div>
      </div>
      <footer class="pw-post__footer">
        <div class="pw-post__tags">Filed under: {tag_links}</div>
        <div class="pw-share" aria-label="Share this guide">
          <span class="pw-share__label">Share this guide</span>
          <a class="pw-share__btn" href="https://www.example.com/sharing/share-offsite/?url={{{{BASE_URL}}}}{url}" rel="nofollow noopener">Share on LinkedIn</a>
          <a class="pw-share__btn" href="https://x.example.com/intent/post?url={{{{BASE_URL}}}}{url}" rel="nofollow noopener">Post on X</a>
          <button class="pw-share__btn" type="button" data-copy="{{{{BASE_URL}}}}{url}">Copy link</button>
        </div>
        <section class="pw-feedback" aria-label="Feedback">
          <p class="pw-feedback__q">Was this guide helpful?</p>
          <button class="pw-btn pw-btn--ghost pw-btn--small" type="button" data-vote="yes">Yes, thanks</button>
          <button class="pw-btn pw-btn--ghost pw-btn--small" type="button" data-vote="no">Not really</button>
          <p class="pw-feedback__thanks" hidden>Thanks for telling us. We read every response and use it to decide what to update next.</p>
        </section>
        <section class="pw-author-box" id="author">
          <img class="pw-avatar" src="/assets/img/authors/{a['author']}.svg" alt="Portrait of {esc(author['name'])}" width="88" height="88">
          <div class="pw-author-box__text">
            <p class="pw-author-box__kicker">About the author</p>
            <h2 class="pw-author-box__name"><a href="/about/#{a['author']}">{esc(author['name'])}</a></h2>
            <p class="pw-author-box__role">{author['role']}</p>
            <p class="pw-author-box__bio">{author['bio']}</p>
          </div>
        </section>
      </footer>
    </article>
    <section class="pw-related pw-container" aria-labelledby="pw-related-title">
      <h2 class="pw-related__title" id="pw-related-title">Keep reading</h2>
      <div class="pw-related__grid">
{related}
      </div>
    </section>
  </main>
"""
            + site_footer())


def listing_page(path: str, title: str, heading: str, intro: str, cards_html: str, active: str = "Blog",
                 pagination: str = "", rel_links: str = "", kicker: str = "") -> str:
    kick = f'\n      <p class="pw-archive__kicker">{kicker}</p>' if kicker else ""
    return (head(title, re.sub(r"<[^>]+>", "", intro), path, '  <meta property="og:type" content="website">\n', rel_links)
            + site_header(active)
            + f"""  <main id="pw-main" class="pw-main pw-main--archive">
    <header class="pw-archive__header pw-container">{kick}
      <h1 class="pw-archive__title">{heading}</h1>
      <p class="pw-archive__intro">{intro}</p>
    </header>
    <section class="pw-feed pw-container">
{cards_html}
    </section>
{pagination}  </main>
"""
            + site_footer())


def static_page(path: str, title: str, heading: str, inner: str, active: str = "", description: str = "") -> str:
    return (head(f"{title} | Pathwise", description or title, path, '  <meta property="og:type" content="website">\n')
            + site_header(active)
            + f"""  <main id="pw-main" class="pw-main pw-main--page">
    <div class="pw-page pw-container">
      <h1 class="pw-page__title">{heading}</h1>
      <div class="pw-page__content">
{inner}
      </div>
    </div>
  </main>
"""
            + site_footer())


# --------------------------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------------------------

ART = {a["slug"]: a for a in ARTICLES}
ART[DRAFT["slug"]] = DRAFT
ORDER = sorted(ARTICLES, key=lambda a: a["published"], reverse=True)   # newest first
PER_PAGE = 2
EDITORS_PICK = "site-reliability-engineer-guide"


def write(rel: str, text: str) -> None:
    p = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def blog_pages() -> None:
    pages = [ORDER[i:i + PER_PAGE] for i in range(0, len(ORDER), PER_PAGE)]
    n = len(pages)

    def page_url(k: int) -> str:
        return "/blog/" if k == 1 else f"/blog/page/{k}/"

    for k, posts in enumerate(pages, start=1):
        cards = []
        slugs = [p["slug"] for p in posts]
        if EDITORS_PICK not in slugs:
            cards.append(card(ART[EDITORS_PICK], extra_class=" pw-card--featured", label="Editor's pick"))
        cards += [card(p) for p in posts]
        if k == 2:
            # A draft preview link left in the theme by an editor; /drafts/ is disallowed in robots.txt.
            cards.append(f"""<div class="pw-preview-note" data-preview="true">
  <p>Editor's preview (not yet published): <a href="/drafts/{DRAFT['slug']}/">{esc(DRAFT['title'])}</a></p>
</div>""")
        nums = []
        for j in range(1, n + 1):
            if j == k:
                nums.append(f'<span class="pw-pagination__num pw-pagination__num--current" aria-current="page">{j}</span>')
            else:
                nums.append(f'<a class="pw-pagination__num" href="{page_url(j)}">{j}</a>')
        newer = f'<a class="pw-pagination__newer" href="{page_url(k - 1)}" rel="prev">← Newer posts</a>' if k > 1 else '<span class="pw-pagination__newer pw-pagination--disabled">← Newer posts</span>'
        older = f'<a class="pw-pagination__older" href="{page_url(k + 1)}" rel="next">Older posts →</a>' if k < n else '<span class="pw-pagination__older pw-pagination--disabled">Older posts →</span>'
        pagination = f"""    <nav class="pw-pagination pw-container" aria-label="Pagination">
      {newer}
      <span class="pw-pagination__pages">{' '.join(nums)}</span>
      {older}
    </nav>
"""
        rel = ""
        if k > 1:
            rel += f'  <link rel="prev" href="{{{{BASE_URL}}}}{page_url(k - 1)}">\n'
        if k < n:
            rel += f'  <link rel="next" href="{{{{BASE_URL}}}}{page_url(k + 1)}">\n'
        title = "Blog | Pathwise" if k == 1 else f"Blog, page {k} of {n} | Pathwise"
        html_ = listing_page(page_url(k), title, "The Pathwise blog" if k == 1 else f"The Pathwise blog: page {k}",
                             "Role guides, salary breakdowns and honest advice on changing careers.",
                             "\n".join(cards), pagination=pagination, rel_links=rel)
        write(page_url(k).strip("/") + "/index.html", html_)


def topic_and_tag_pages() -> None:
    for key, (name, intro) in TOPICS.items():
        posts = [a for a in ORDER if a["topic"] == key or key in a["extra_topics"]]
        html_ = listing_page(f"/topics/{key}/", f"{name.replace('&amp;', '&')} | Pathwise", name, intro,
                             "\n".join(card(p) for p in posts), kicker="Topic")
        write(f"topics/{key}/index.html", html_)
    for key, (name, intro) in TAGS.items():
        posts = [a for a in ORDER if key in a["tags"]]
        html_ = listing_page(f"/tags/{key}/", f"Tagged: {name} | Pathwise", f"Tagged: {name}", intro,
                             "\n".join(card(p) for p in posts), kicker="Tag")
        write(f"tags/{key}/index.html", html_)


def home_page() -> None:
    latest = "\n".join(card(a) for a in ORDER[:3])
    sre = ART["site-reliability-engineer-guide"]
    inner = f"""  <main id="pw-main" class="pw-main pw-main--home">
    <section class="pw-hero pw-container">
      <h1 class="pw-hero__title">Find the work that fits you</h1>
      <p class="pw-hero__text">Clear, researched guides to what people really do at work, what they need to know and what they get paid.</p>
      <a class="pw-btn" href="/careers/">Browse careers A–Z</a>
    </section>
    <section class="pw-feed pw-container" aria-labelledby="pw-latest">
      <h2 class="pw-section-title" id="pw-latest">Latest guides</h2>
{latest}
      <p class="pw-feed__more"><a href="/blog/">See all guides →</a></p>
    </section>
    <section class="pw-newsletter-pick pw-container" aria-labelledby="pw-from-newsletter">
      <h2 class="pw-section-title" id="pw-from-newsletter">From last week's newsletter</h2>
      <p>Readers asked how people end up running production systems. Our answer: <a href="/blog/site-reliability-engineer-guide/?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=weekly">{esc(sre['title'])}</a></p>
    </section>
    <section class="pw-topics pw-container" aria-labelledby="pw-topics-title">
      <h2 class="pw-section-title" id="pw-topics-title">Browse by topic</h2>
      <ul class="pw-topics__list">
        <li><a href="/topics/tech/">Tech &amp; Design</a></li>
        <li><a href="/topics/beyond-tech/">Beyond Tech</a></li>
        <li><a href="/topics/salaries/">Salary Guides</a></li>
      </ul>
    </section>
  </main>
"""
    write("index.html", head("Pathwise: career guides that tell you what the job is really like",
                             "Role guides, salary breakdowns and honest advice on changing careers.", "/",
                             '  <meta property="og:type" content="website">\n')
          + site_header("Home") + inner + site_footer())


def static_pages() -> None:
    about_authors = "\n".join(
        f"""<section class="pw-team__member" id="{k}">
  <img class="pw-avatar" src="/assets/img/authors/{k}.svg" alt="Portrait of {esc(v['name'])}" width="88" height="88">
  <h2>{esc(v['name'])}</h2>
  <p class="pw-team__role">{v['role']}</p>
</section>""" for k, v in AUTHORS.items())
    write("about/index.html", static_page("/about/", "About", "About Pathwise", f"""<p>Pathwise started in 2023 as a side project by three people who had each changed careers at least once and were tired of guides that read like job adverts. We interview people who do the work, check salary data against several sources and update guides when things change.</p>
<p>We do not run display advertising. The site is paid for by readers who support the newsletter and by a small number of clearly labelled partnerships.</p>
<div class="pw-team">
{about_authors}
</div>""", active="About", description="Who writes Pathwise and how we research our guides."))
    write("contact/index.html", static_page("/contact/", "Contact", "Contact us", """<p>Spotted an error, want to suggest a role, or do the job we wrote about and think we got it wrong? We would love to hear from you.</p>
<form class="pw-form" action="/contact/" method="get">
  <label for="pw-name">Your name</label>
  <input id="pw-name" class="pw-input" type="text" name="name">
  <label for="pw-mail">Email</label>
  <input id="pw-mail" class="pw-input" type="email" name="mail">
  <label for="pw-msg">Message</label>
  <textarea id="pw-msg" class="pw-input" name="message" rows="6"></textarea>
  <button class="pw-btn" type="submit">Send message</button>
</form>
<p>We usually reply within three working days.</p>""", active="Contact", description="How to reach the Pathwise team."))
    write("privacy-policy/index.html", static_page("/privacy-policy/", "Privacy policy", "Privacy policy", """<p class="pw-page__updated">Last reviewed: <time datetime="2026-01-05">January 5, 2026</time></p>
<h2>What we collect</h2>
<p>If you subscribe to the newsletter we store your email address and the date you signed up. If you use the contact form we keep your message for as long as we need it to reply. We count page views with a self-hosted analytics tool that does not use advertising identifiers.</p>
<h2>Cookies</h2>
<p>We set one cookie to remember your consent choice and one to count unique visits. You can refuse the second one and the site works exactly the same.</p>
<h2>Your rights</h2>
<p>You can ask us for a copy of the data we hold about you, ask us to correct it, or ask us to delete it. Write to us through the contact page and we will respond within one month.</p>
<h2>Changes</h2>
<p>When we change this policy we update the date at the top of this page and mention the change in the next newsletter.</p>""", description="How Pathwise handles your data."))
    # Careers A-Z: a directory, not an article.
    roles = [
        ("A", [("Accountant", "/blog/how-to-become-an-accountant/")]),
        ("D", [("Data Analyst", None)]),
        ("E", [("Electrician", None), ("Elementary School Teacher", "/blog/elementary-school-teacher-guide/")]),
        ("F", [("Frontend Developer", "/blog/frontend-developer-skills-salary/")]),
        ("N", [("Nurse Practitioner", None)]),
        ("P", [("Product Manager", None)]),
        ("S", [("Site Reliability Engineer", "/blog/site-reliability-engineer-guide/")]),
        ("U", [("UX Designer", "/blog/ux-designer-career-guide/")]),
    ]
    blocks = []
    for letter, items in roles:
        lis = []
        for name, href in items:
            if href:
                lis.append(f'    <li><a href="{href}">{name}</a></li>')
            else:
                lis.append(f'    <li>{name} <span class="pw-soon">Guide coming soon</span></li>')
        blocks.append(f'<section class="pw-az__group" id="letter-{letter.lower()}">\n  <h2 class="pw-az__letter">{letter}</h2>\n  <ul>\n' + "\n".join(lis) + "\n  </ul>\n</section>")
    letters = " ".join(f'<a href="#letter-{l.lower()}">{l}</a>' for l, _ in roles)
    write("careers/index.html", static_page("/careers/", "Careers A–Z", "Careers A–Z",
                                            f'<p>Every role we have written about, in alphabetical order.</p>\n<nav class="pw-az__jump" aria-label="Jump to letter">{letters}</nav>\n'
                                            + "\n".join(blocks), active="Careers A–Z",
                                            description="Every Pathwise role guide, from Accountant to UX Designer."))


def assets() -> None:
    write("robots.txt", "User-agent: *\nDisallow: /drafts/\n")
    write("assets/css/pathwise.css", """/* Pathwise theme 3.2 (demo) */
:root{--pw-ink:#1d2330;--pw-muted:#5b6475;--pw-accent:#2f6bff;--pw-bg:#fff;--pw-soft:#f4f6fb}
*{box-sizing:border-box}body{margin:0;font:17px/1.65 system-ui,sans-serif;color:var(--pw-ink);background:var(--pw-bg)}
.pw-container{max-width:1080px;margin:0 auto;padding:0 20px}
.pw-skip{position:absolute;left:-999px}.pw-skip:focus{left:8px;top:8px}
.pw-site-header{border-bottom:1px solid #e6e9f0}.pw-site-header__inner{display:flex;align-items:center;gap:24px;height:64px}
.pw-logo{font-weight:700;text-decoration:none;color:var(--pw-ink)}.pw-nav__list{display:flex;gap:18px;list-style:none;margin:0;padding:0}
.pw-nav__link{text-decoration:none;color:var(--pw-muted)}.pw-nav__link--active{color:var(--pw-ink);font-weight:600}
.pw-btn{background:var(--pw-accent);color:#fff;border:0;border-radius:6px;padding:10px 16px;cursor:pointer;text-decoration:none}
.pw-btn--ghost{background:transparent;color:var(--pw-ink);border:1px solid #cfd5e2}.pw-btn--small{padding:6px 12px;font-size:14px}
.pw-crumbs ol{display:flex;gap:8px;list-style:none;padding:0;font-size:14px;color:var(--pw-muted)}
.pw-post__header{max-width:760px;margin:24px auto}.pw-post__dek{font-size:20px;color:var(--pw-muted)}
.pw-post__meta{display:flex;flex-wrap:wrap;gap:14px;font-size:14px;color:var(--pw-muted)}
.pw-post__layout{display:grid;grid-template-columns:220px 1fr;gap:40px}.pw-toc__sticky{position:sticky;top:24px;font-size:14px}
.pw-post__body{max-width:720px}.pw-table{border-collapse:collapse;width:100%}.pw-table td,.pw-table th{border-bottom:1px solid #e6e9f0;padding:8px;text-align:left}
.pw-signup{background:var(--pw-soft);border-radius:10px;padding:20px;margin:32px 0}.pw-signup__title{font-size:20px;margin:4px 0}
.pw-visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.pw-author-box{display:flex;gap:18px;border-top:1px solid #e6e9f0;padding-top:24px;margin-top:24px}
.pw-avatar{border-radius:50%}.pw-card{border-bottom:1px solid #e6e9f0;padding:20px 0}.pw-card--featured{background:var(--pw-soft);padding:20px;border-radius:10px}
.pw-related__grid{display:grid;grid-template-columns:repeat(3,1fr);gap:20px}
.pw-pagination{display:flex;justify-content:space-between;margin:32px auto}.pw-pagination--disabled{color:#aab}
.pw-site-footer{background:#0f1420;color:#cfd5e2;margin-top:64px;padding:40px 0}.pw-site-footer a{color:#fff}
.pw-site-footer__grid{display:grid;grid-template-columns:2fr 1fr 1fr 1fr;gap:28px}
.pw-consent{position:fixed;bottom:16px;left:16px;right:16px;background:#fff;box-shadow:0 4px 24px #0003;padding:16px;border-radius:10px}
@media (max-width:800px){.pw-post__layout,.pw-related__grid,.pw-site-footer__grid{grid-template-columns:1fr}.pw-toc{display:none}}
""")
    write("assets/js/pathwise.js", """// Pathwise theme 3.2 (demo): consent banner, copy link, feedback buttons.
(function () {
  var c = document.querySelector('.pw-consent');
  if (c && !document.cookie.match(/pw_consent=/)) c.hidden = false;
  document.addEventListener('click', function (e) {
    var t = e.target;
    if (t.dataset && t.dataset.consent) { document.cookie = 'pw_consent=' + t.dataset.consent + ';path=/'; c.hidden = true; }
    if (t.dataset && t.dataset.copy && navigator.clipboard) navigator.clipboard.writeText(t.dataset.copy);
    if (t.dataset && t.dataset.vote) { var th = document.querySelector('.pw-feedback__thanks'); if (th) th.hidden = false; }
  });
})();
""")
    write("assets/img/favicon.svg", '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><path d="M16 2 30 16 16 30 2 16z" fill="#2f6bff"/></svg>\n')
    colours = {"lea-marchand": "#e76f51", "callum-reid": "#2a9d8f", "nadia-okafor": "#6d5dfc"}
    for k, v in AUTHORS.items():
        initials = "".join(w[0] for w in v["name"].split())
        write(f"assets/img/authors/{k}.svg",
              f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 88 88"><circle cx="44" cy="44" r="44" fill="{colours[k]}"/>'
              f'<text x="44" y="54" font-family="sans-serif" font-size="30" text-anchor="middle" fill="#fff">{initials}</text></svg>\n')


BOILERPLATE = [
    "Skip to content",
    "Careers A–Z",
    "On this page",
    "min read",
    "Was this guide helpful?",
    "We read every response and use it to decide what to update next.",
    "Not really",
    "About the author",
    "writing just enough JavaScript to prototype interactions",
    "building models in Excel and Power BI",
    "writing Python and Terraform by day and interview rubrics by night",
    "Keep reading",
    NEWSLETTER_TITLE,
    "Join 18,000 readers who get a single, carefully researched role guide",
    NEWSLETTER_BUTTON,
    "The Pathwise newsletter",
    "Share this guide",
    "Share on LinkedIn",
    "Copy link",
    "Filed under",
    "Pathwise uses a small number of cookies to count visits",
    "Only essential",
    "Editor's pick",
    "Editor's preview (not yet published)",
    "Older posts",
    "Newer posts",
    "Most read this month",
    "Honest, researched guides for people choosing, switching and growing careers.",
    "Pathwise Media Ltd. All rights reserved.",
    "Guide coming soon",
    "From last week's newsletter",
    ART["frontend-developer-skills-salary"]["card"],
    ART["site-reliability-engineer-guide"]["card"],
    ART["how-to-become-an-accountant"]["card"],
    ART["ux-designer-career-guide"]["card"],
]


def manifest() -> None:
    arts = []
    for a in ARTICLES:
        arts.append({
            "path": f"/blog/{a['slug']}/",
            "title": a["title"],
            "role": a["role"],
            "seniority": a["seniority"],
            "published": a["published"],
            "updated": a["updated"],
            "responsibilities": a["responsibilities"],
            "skills_include": a["skills_include"],
            "skills_exclude": a["skills_exclude"],
            "salaries": a["salaries"],
            "body_phrases": a["body_phrases"],
        })
    m = {
        "site": "pathwise",
        "style": "clean Ghost/Hugo-like careers blog: sticky table of contents, inline newsletter box, author bio, "
                 "feedback widget, 'Keep reading' cards; no sitemap, discovery through /blog/ pagination and "
                 "/topics/ and /tags/ listings",
        "start": "/",
        "articles": arts,
        "non_articles": [
            "/", "/blog/", "/blog/page/2/", "/blog/page/3/",
            "/topics/tech/", "/topics/beyond-tech/", "/topics/salaries/",
            "/tags/entry-level/", "/tags/remote-friendly/",
            "/careers/", "/about/", "/contact/", "/privacy-policy/",
        ],
        "disallowed": [f"/drafts/{DRAFT['slug']}/"],
        "boilerplate": [html.unescape(b) for b in BOILERPLATE],
    }
    with open(os.path.join(ROOT, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(m, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main() -> None:
    for a in ARTICLES:
        write(f"blog/{a['slug']}/index.html", article_page(a, "blog"))
    DRAFT["card"] = ""
    write(f"drafts/{DRAFT['slug']}/index.html", article_page(DRAFT, "drafts"))
    blog_pages()
    topic_and_tag_pages()
    home_page()
    static_pages()
    assets()
    manifest()


if __name__ == "__main__":
    main()
