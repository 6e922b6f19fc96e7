"""Article data for the careernews demo site (used by _build.py).

Body markers replaced by the builder:
  [[TOC]]        the "Contents" box (built from the <h2 id=...> headings)
  [[AD1]] [[AD2]] [[AD3]]   inline ad slots
  [[NATIVE]]     a sponsored native ad (tech articles)
  [[RM0]] [[RM1]]  "Read More:" / "Also Read:" interruption paragraphs (see ``readmore``)
"""

ARTICLES = [
    # ------------------------------------------------------------------ backend
    dict(
        key="backend",
        post_id=412,
        path="/2024/12/senior-backend-engineer-job-guide/",
        title="Senior Backend Engineer: Responsibilities, Skills and Salary in 2025",
        meta_desc="What senior backend engineers do, the technologies US employers test for, and typical base pay from mid-level to staff.",
        card_excerpt="From Go and PostgreSQL to on-call duty: what senior backend hires are tested on, and why offers now start at $150k.",
        category="technology",
        tags=["python", "salary-guide", "remote-work"],
        author="daniel-okafor",
        published="2024-12-15T09:40:00-05:00",
        updated="2025-03-02T14:05:00-05:00",
        image_color=(38, 70, 120),
        readmore=[
            ("Read More:", "devops", "Why on-call rotations are quietly reshaping DevOps hiring", True),
            ("Also Read:", "datasci", "Five data science take-home tests, graded by a hiring manager", False),
        ],
        comments=[
            dict(cid=1021, author="Marcus T.", time="2025-01-08T19:42:00-05:00",
                 text="Just accepted a senior offer at $172k base in Denver. The system design round was exactly like you describe: they doubled the traffic twice and asked what breaks first."),
            dict(cid=1034, author="lena_codes", time="2025-01-19T08:15:00-05:00",
                 text="Anyone else seeing more Rust in backend job ads lately? Half the listings I applied to mentioned it as a nice-to-have, along with Elixir.",
                 replies=[dict(cid=1036, author="Daniel Okafor", time="2025-01-19T11:02:00-05:00",
                               text="Good question, Lena. We are planning a follow-up on language trends in job postings this spring.")]),
        ],
        body="""
<p>Every checkout button, login screen and push notification depends on code that users never see. The people who own that hidden layer at scale are senior backend engineers, and in most product companies they are among the hardest hires to make. This guide explains what the job looks like after the first few years, which technologies hiring managers actually test for, and what the pay bands look like in the United States right now.</p>
[[TOC]]
<p>We spoke to four engineering managers at companies ranging from a 30-person fintech to a public marketplace, and their answers were surprisingly consistent: seniority is measured less by how much code you ship and more by how many problems you prevent.</p>
[[AD1]]
[[RM0]]
<h2 id="what-is-a-senior-backend-engineer">What is a senior backend engineer?</h2>
<p>A backend engineer builds the server-side parts of a product: the services that accept requests, apply business rules, read and write data, and talk to other systems. The senior title usually arrives after five to eight years of experience, but the real difference is scope. A mid-level engineer is handed a well-defined ticket; a senior engineer is handed a vague problem, such as an order service that falls over every Black Friday, and is expected to turn it into a plan, a design and working software.</p>
<p>Senior engineers also become the people others go to when something is unclear. They review designs, unblock teammates and decide when a quick fix is acceptable and when it will cost the team for years.</p>
<h2 id="key-responsibilities">Key Responsibilities</h2>
<p>The exact mix depends on the company, but most senior backend job descriptions include the following duties:</p>
<ol>
<li><strong>Design service architecture:</strong> break large features into services and modules, choose between synchronous APIs and event-driven messaging, and write design documents that other engineers can challenge before any code is written.</li>
<li><strong>Build and maintain APIs:</strong> define REST and gRPC contracts, version them carefully and keep backwards compatibility for mobile clients that may not update for months.</li>
<li><strong>Own data models and query performance:</strong> design schemas, plan migrations that run without downtime, and read query plans to find the index that turns a four-second request into a forty-millisecond one.</li>
<li><strong>Keep production reliable:</strong> define service-level objectives, add metrics and tracing, take part in the on-call rotation and lead blameless post-incident reviews.</li>
<li><strong>Review code and mentor engineers:</strong> give reviews that teach rather than merely approve, pair with junior colleagues and help them grow into larger pieces of work.</li>
<li><strong>Work with product and security teams:</strong> translate product requirements into technical trade-offs and make sure personal data is encrypted, access is logged and secrets never end up in the repository.</li>
</ol>
[[AD2]]
<h2 id="skills-and-qualifications">Skills and qualifications</h2>
<p>Job adverts at this level rarely insist on a specific degree. A computer science degree helps, but a track record of systems you have designed and operated matters more. The technical core looks like this:</p>
<ul>
<li><strong>Languages:</strong> deep fluency in at least one backend language. Go and Java dominate at larger companies, Python is common in data-heavy products, and Kotlin is growing. Knowing a second language well makes you more flexible in interviews.</li>
<li><strong>Databases:</strong> PostgreSQL or MySQL for relational data, Redis for caching and rate limiting, and enough experience with a document store to know when not to use one.</li>
<li><strong>Messaging and streaming:</strong> Apache Kafka or RabbitMQ for event-driven designs, including idempotent consumers and dead-letter queues.</li>
<li><strong>Cloud and containers:</strong> Docker, Kubernetes and at least one major cloud provider, usually AWS, plus infrastructure as code with Terraform.</li>
<li><strong>Observability:</strong> Prometheus, Grafana and distributed tracing, so you can explain a latency spike with evidence rather than guesses.</li>
<li><strong>Communication:</strong> clear writing for design documents and incident reports, and the patience to explain a trade-off to someone who is not an engineer.</li>
</ul>
<p>Interviewers at this level almost always run a system design round. Expect to sketch a URL shortener, a payments ledger or a notification service, and to defend your choices when the interviewer doubles the traffic.</p>
[[NATIVE]]
[[RM1]]
<h2 id="how-much-does-a-senior-backend-engineer-earn">How much does a senior backend engineer earn?</h2>
<p>Pay varies with location, company stage and how much of the package is equity. Based on offers shared with us and salary bands published under US pay-transparency laws, typical base salaries look like this:</p>
<ul>
<li><strong>Mid-level:</strong> $120k–$145k per year</li>
<li><strong>Senior:</strong> $150k–$190k per year</li>
<li><strong>Staff:</strong> $195k–$240k per year</li>
</ul>
<p>Large technology companies in San Francisco, Seattle and New York sit at the top of these ranges and add restricted stock on top. Fully remote roles at smaller companies tend to pay closer to the middle. Benefits matter as well: a 4% 401(k) match and a $2,000 annual learning budget are common at mid-sized firms, and one startup we spoke to had just closed a $45 million Series B round and was using part of it to lift engineering pay across the board.</p>
[[AD3]]
<h2 id="career-path">Career path: from mid-level to staff</h2>
<p>Most senior backend engineers got there by taking on progressively larger pieces of a system. A common path is two or three years building features, a stretch of owning one service end to end, and then leading a cross-team project such as a database migration or splitting a monolith. After senior, the track forks: the staff and principal route keeps you hands-on with architecture across many teams, while the engineering manager route trades code for hiring, planning and people development.</p>
<p>If you want to move up faster, volunteer for the unglamorous work. Teams remember the engineer who cut the cloud bill by a third, or who finally wrote the runbook for the flaky billing job that paged everyone at 3 a.m.</p>
<h2 id="faq">Frequently asked questions</h2>
<h3>Do I need to know Go to get a senior backend job?</h3>
<p>No. Go is popular for new services, but plenty of senior roles are in Java, Python, C# or Ruby. What matters is depth in one language and an understanding of concurrency, memory and failure modes that carries over to others.</p>
<h3>Is the senior title the same everywhere?</h3>
<p>Not at all. A senior engineer at a ten-person startup may have the same scope as a mid-level engineer at a large company, and the packages can look very different. Compare responsibilities, not titles.</p>
<h3>How long does it take to become senior?</h3>
<p>Usually five to eight years, though engineers who work on high-traffic systems early can get there sooner.</p>
<p>Senior backend engineering rewards people who like hard problems and who can explain their solutions to others. Build depth in one stack, learn to operate what you build, and the title tends to follow.</p>
""",
    ),
    # ------------------------------------------------------------------ data scientist
    dict(
        key="datasci",
        post_id=538,
        path="/2025/03/data-scientist-career-guide-uk/",
        title="What Does a Data Scientist Do? UK Career Guide with Salary Bands",
        meta_desc="A practical guide to data scientist jobs in the UK: daily tasks, the Python, R and SQL skills employers expect, and salary bands by level.",
        card_excerpt="Python, R and SQL still top UK job ads; we break down pay from £32k graduate roles to £110k leads.",
        category="technology",
        tags=["python", "salary-guide", "uk-jobs"],
        author="hannah-whitfield",
        published="2025-03-18T11:20:00+00:00",
        updated=None,
        image_color=(90, 50, 130),
        readmore=[
            ("Read More:", "backend", "The system design question that trips up nearly every senior candidate", True),
            ("Also Read:", "nurse", "What a month of night shifts taught one nurse about burnout", False),
        ],
        comments=[
            dict(cid=1102, author="Oliver P.", time="2025-03-20T17:05:00+00:00",
                 text="Worth adding that a lot of NHS analytics posts still run on Excel and SPSS alongside R. Band 7 pays around £46k, which is not bad outside London."),
            dict(cid=1110, author="Aisha", time="2025-04-02T21:40:00+01:00",
                 text="I left a £38k analyst job for a data science role at £51k after a year of evening study. The portfolio projects were what got me interviews, not the certificates."),
        ],
        body="""
<p>Data scientist has been called the most attractive job of the decade so many times that the phrase has lost its meaning. Behind the hype is a practical, often painstaking job: turning messy business data into models and analyses that change decisions. This guide looks at what UK employers expect in 2025, the tools you will use every week and the salary you can expect at each stage.</p>
[[TOC]]
<p>We focus on the UK market, where the public sector, banks and retailers hire alongside technology companies, but most of the advice applies elsewhere in Europe too.</p>
[[AD1]]
[[RM0]]
<h2 id="the-role-in-plain-terms">The role in plain terms</h2>
<p>A data scientist uses statistics, programming and knowledge of the business to answer questions with data. On a given day that could mean estimating how many customers will cancel a subscription next quarter, testing whether a redesigned checkout page actually increased sales, or building a model that flags suspicious insurance claims for a human to review.</p>
<p>The job sits between analytics and engineering. Compared with a data analyst, a data scientist does more modelling and experimentation; compared with a machine learning engineer, they spend less time on production infrastructure and more time on the question itself.</p>
<h2 id="day-to-day-work">Day-to-day work</h2>
<p>Responsibilities vary by team, but the table below covers the tasks that appear in most UK job descriptions we reviewed.</p>
<table class="mvx-table">
<thead><tr><th>Task</th><th>What it involves</th></tr></thead>
<tbody>
<tr><td>Frame the business question</td><td>Agree with stakeholders which decision the analysis should support and how success will be measured.</td></tr>
<tr><td>Collect and clean data</td><td>Write SQL against the warehouse, join sources, handle missing values and document every assumption.</td></tr>
<tr><td>Explore and visualise</td><td>Use plots and summary statistics to understand distributions and oddities before fitting anything.</td></tr>
<tr><td>Build and validate models</td><td>Train regression, classification or forecasting models and test them on data the model has never seen.</td></tr>
<tr><td>Design experiments</td><td>Plan A/B tests, calculate sample sizes in advance and analyse results without peeking too early.</td></tr>
<tr><td>Communicate findings</td><td>Present results to non-technical colleagues in plain language, with honest uncertainty attached.</td></tr>
<tr><td>Hand over to production</td><td>Package models so engineers can deploy and monitor them, or deploy them yourself on smaller teams.</td></tr>
</tbody>
</table>
[[AD2]]
<h2 id="essential-skills">Essential skills</h2>
<p>Most employers look for a degree in a quantitative subject such as mathematics, statistics, physics, economics or computer science, and many senior roles ask for a master's or PhD. The degree matters less than evidence that you can do the work, so a portfolio of well-documented projects carries real weight.</p>
<ul>
<li>Python, with pandas, NumPy and scikit-learn, is the default language in most UK teams.</li>
<li>R remains common in pharmaceuticals, academia and parts of government, especially for statistical modelling and reproducible reporting with the tidyverse.</li>
<li>SQL is non-negotiable: you will query the warehouse every day, whether it runs on BigQuery, Snowflake or PostgreSQL.</li>
<li>Statistics: hypothesis testing, regression, Bayesian reasoning and the judgement to know which one applies.</li>
<li>Machine learning libraries such as XGBoost and, for deep learning roles, PyTorch or TensorFlow.</li>
<li>Version control with Git and a working knowledge of a cloud platform, usually AWS or Azure.</li>
<li>Data visualisation with Tableau, Power BI or matplotlib, and the storytelling to go with it.</li>
</ul>
<p>Soft skills are not an afterthought. The data scientists who progress fastest are the ones who can tell a product manager that the honest answer is "we don't know yet" and explain what it would take to find out.</p>
[[NATIVE]]
[[RM1]]
<h2 id="salary">Salary</h2>
<p>Pay in the UK depends heavily on location and sector. London typically pays a premium over the rest of the country, and finance pays more than the public sector. Typical base salaries in 2025 are:</p>
<ul>
<li>Junior: £32,000 to £42,000 a year</li>
<li>Mid-level: £45,000 to £62,000 a year</li>
<li>Senior: £65,000 to £85,000 a year</li>
<li>Lead: up to £110,000 a year</li>
</ul>
<p>Experienced freelancers working outside IR35 typically charge £450–£600 per day, although contract work was harder to find in 2024 than in previous years.</p>
<p>If you are retraining, budget for the cost of learning: well-regarded part-time bootcamps cost between £3,000 and £8,000, while a cloud certification exam is usually around £130.</p>
[[AD3]]
<h2 id="how-to-become-a-data-scientist">How to become a data scientist</h2>
<p>There is no single route. Graduates often join through analyst or graduate schemes at banks, retailers and public bodies, then move into modelling work after a year or two. Career changers from engineering, science or finance usually build a portfolio first: two or three end-to-end projects on public data, written up clearly on GitHub or a personal blog, are more persuasive than a long list of online courses.</p>
<p>Once inside, the path branches into senior and principal individual-contributor roles, into machine learning engineering, or into managing an analytics team.</p>
<h2 id="conclusion">Conclusion</h2>
<p>Data science in the UK is more competitive than it was five years ago, but demand for people who combine sound statistics with clear communication has not gone away. Learn Python or R properly, get comfortable with SQL, and practise explaining your work to someone who does not care about p-values.</p>
""",
    ),
    # ------------------------------------------------------------------ nurse
    dict(
        key="nurse",
        post_id=201,
        path="/2023/06/registered-nurse-job-description-pay/",
        title="Registered Nurse Job Description: Duties, Skills and Hourly Pay",
        meta_desc="What registered nurses do on a hospital shift, the licences and skills you need, and what RNs earn per hour in the US.",
        card_excerpt="Patient care, EHR charting and CPR certification, plus the hourly rates hospitals are really offering RNs.",
        category="healthcare",
        tags=["healthcare-jobs", "salary-guide"],
        author="renee-castillo",
        published="2023-06-12T08:15:00-04:00",
        updated="2024-01-20T16:30:00-05:00",
        image_color=(30, 130, 120),
        readmore=[
            ("Read More:", "mechanic", "Mechanics vs. nurses: which hands-on career pays more after five years?", True),
            ("Also Read:", "sales", "Night owls wanted: the sales jobs that fit around a second shift", False),
        ],
        comments=[
            dict(cid=880, author="Kayla R., RN", time="2024-02-03T06:55:00-05:00",
                 text="Travel contract in Seattle paid me $3,400 a week last spring. Agencies negotiate, so always ask how the housing stipend is calculated."),
            dict(cid=884, author="Jorge M.", time="2024-02-11T22:18:00-05:00",
                 text="Thinking about switching from IT helpdesk to nursing. Does knowing SQL or Python help with EHR super-user roles?",
                 replies=[dict(cid=885, author="Kayla R., RN", time="2024-02-12T07:30:00-05:00",
                               text="It can! Our informatics nurses all started on the floor first, though.")]),
        ],
        body="""
<p>Registered nurses are the largest group of health professionals in the United States, and they are present at nearly every point of care, from the emergency department to a patient's kitchen table during a home visit. If you are thinking about nursing, or deciding which setting to specialise in, this guide covers the daily duties, the skills that matter on the floor, and what RNs are paid by the hour.</p>
[[TOC]]
<p>This guide was refreshed with new pay data and a short section on travel nursing contracts.</p>
[[AD1]]
[[RM0]]
<h2 id="what-is-a-registered-nurse">What is a registered nurse?</h2>
<p>A registered nurse (RN) has completed an accredited nursing program, either a two-year associate degree or a four-year Bachelor of Science in Nursing, and passed the NCLEX-RN licensing exam. RNs assess patients, carry out treatment plans, give medications and coordinate with doctors, therapists and families. Unlike licensed practical nurses, RNs are responsible for the overall nursing plan of care and often supervise LPNs and nursing assistants.</p>
<p>Most RNs work in hospitals, but clinics, schools, nursing homes, home health agencies, prisons and insurance companies all employ them too, and each setting changes the rhythm of the job.</p>
<h2 id="what-does-a-registered-nurse-do-day-to-day">What does a registered nurse do day to day?</h2>
<p>A twelve-hour hospital shift is rarely predictable, but these duties fill most of it:</p>
<ul>
<li>Assess patients at the start of every shift. This means checking vital signs, pain levels, wounds and mental state, and comparing them with the previous nurse's notes.</li>
<li>Administer medications and treatments. RNs give oral, injected and intravenous medications, double-check doses against orders and watch for reactions.</li>
<li>Document care in the electronic health record. Every assessment, medication and conversation with the care team has to be charted accurately and on time.</li>
<li>Respond to emergencies. When a patient deteriorates, a swift response from the nurse at the bedside can decide the outcome, so RNs are trained to start CPR and call the rapid-response team within seconds.</li>
<li>Educate patients and families. Before discharge, nurses explain new medications, wound care and warning signs in language people can remember at home.</li>
<li>Coordinate with the care team. Nurses pass on changes to physicians, pharmacists and therapists and give a clear handover to the next shift.</li>
</ul>
[[AD2]]
<h2 id="requirements">Requirements</h2>
<p>To work as an RN you need:</p>
<ul>
<li>An associate degree (ADN) or bachelor's degree (BSN) in nursing from an accredited program; many hospitals now prefer the BSN.</li>
<li>A passing result on the NCLEX-RN and an active state licence, or a multistate compact licence.</li>
<li>Current Basic Life Support (BLS) certification, including CPR; critical-care units usually also require ACLS.</li>
<li>Confidence with EHR systems such as Epic or Cerner for charting and barcode medication administration.</li>
<li>Strong patient care and communication skills, including calm, respectful conversations with frightened patients and relatives.</li>
<li>Physical stamina for long shifts on your feet and the ability to lift and reposition patients safely.</li>
</ul>
<p>Good nurses also have a habit of noticing small changes. A patient who was chatty at breakfast and is quiet at lunch may be the first sign of an infection that no monitor has picked up yet.</p>
[[RM1]]
<h2 id="pay-and-benefits">Pay and benefits</h2>
<p>Hospital staff nurses in the US typically earn between $36 and $52 per hour, depending on state, experience and specialty. Pay is highest in California, Oregon and Massachusetts and lowest in parts of the South and Midwest. Overtime, night differentials and weekend premiums can add significantly to take-home pay.</p>
<p>Travel nurses on 13-week contracts are often quoted a package of $2,200 to $3,000 per week, which includes tax-free housing and meal allowances, so compare offers carefully rather than looking at the headline number.</p>
<p>Benefits at larger health systems usually include tuition assistance for a BSN or master's degree, a retirement plan with an employer match, and paid certification renewals. Expect to pay about $200 to register for the NCLEX-RN, and a BLS renewal class is a modest extra cost that many employers cover.</p>
[[AD3]]
<h2 id="how-to-become-a-registered-nurse">How to become a registered nurse</h2>
<ol>
<li>Complete prerequisite courses in anatomy, physiology, microbiology and chemistry.</li>
<li>Earn an ADN or BSN through an accredited program, including supervised clinical placements.</li>
<li>Apply for licensure in your state and pass the NCLEX-RN.</li>
<li>Start in a medical-surgical unit or a nurse residency program to build core skills.</li>
<li>Specialise later, in intensive care, emergency, pediatrics, oncology or the operating room, and add certifications as you go.</li>
</ol>
<h2 id="faq">FAQ</h2>
<h3>Is nursing a good career for introverts?</h3>
<p>Yes. Many excellent nurses are introverts. The job needs listening and observation as much as talking, and settings such as the operating room or night shifts often suit quieter personalities.</p>
<h3>How long does it take to become an RN?</h3>
<p>Between two and four years of study, plus the time needed to prepare for and pass the NCLEX-RN.</p>
<p>Nursing is demanding, physically and emotionally, but few careers offer the same mix of job security, flexibility and the knowledge that your work matters to someone every single shift.</p>
""",
    ),
    # ------------------------------------------------------------------ mechanic
    dict(
        key="mechanic",
        post_id=377,
        path="/2024/09/assistant-mechanic-entry-level-guide/",
        title="Assistant Mechanic: An Entry-Level Guide to Duties, Skills and Pay",
        meta_desc="How to start in the auto repair trade as an assistant mechanic in Canada: daily tasks, what shops look for, hourly pay and the apprenticeship route.",
        card_excerpt="No degree needed: how shop helpers learn brakes, diagnostics and tyre work while earning a Canadian hourly wage.",
        category="skilled-trades",
        tags=["entry-level", "salary-guide"],
        author="tom-becker",
        published="2024-09-05T10:00:00-04:00",
        updated=None,
        image_color=(150, 80, 30),
        readmore=[
            ("Read More:", "sales", "Sales floor to team lead: how one associate doubled her commission in a year", True),
            ("Also Read:", "nurse", "Twelve-hour shifts, explained by the people who work them", False),
        ],
        comments=[
            dict(cid=950, author="Dave in Red Deer", time="2024-09-09T18:20:00-06:00",
                 text="Started as a lube tech at $17.50 in 2019, now a second-year apprentice at $27. Buy a good torque wrench early and never lend it out."),
            dict(cid=957, author="Priya S.", time="2024-09-14T12:47:00-04:00",
                 text="Great guide. Are EV and hybrid courses worth it yet for someone just starting out, or should I stick to the basics first?"),
        ],
        body="""
<p>Not everyone who loves cars wants to spend four years in a classroom. An assistant mechanic, sometimes called a mechanic's helper or shop assistant, holds an entry-level job that lets you learn the trade in a working garage while earning a wage. This guide explains what the work involves, what shops look for, how much assistant mechanics make in Canada and how to go from helper to licensed technician.</p>
[[TOC]]
[[AD1]]
[[RM0]]
<h2 id="what-is-an-assistant-mechanic">What is an assistant mechanic?</h2>
<p>Assistant mechanics support licensed automotive service technicians in dealerships, independent garages, fleet depots and quick-lube chains. The role is hands-on from day one: you will change oil, rotate tyres and fetch parts, but you will also watch experienced technicians diagnose faults and gradually take on more complex work under supervision. Many shops treat the position as the first step of a formal apprenticeship.</p>
<p>It is a junior position in every sense. You will be told what to do, checked often and given the jobs nobody else wants, and that is exactly how the trade has always passed on its knowledge.</p>
<h2 id="core-duties-and-tasks">Core duties and tasks</h2>
<p><strong>Carry out routine maintenance.</strong> Oil and filter changes, fluid top-ups, wiper and bulb replacements and tyre rotations make up a large part of the week, especially in spring and autumn when customers swap between winter and summer tyres.</p>
<p><strong>Inspect vehicles and report findings.</strong> Helpers check brake pads, belts, hoses and suspension parts and flag anything worn to the lead technician. On older vehicles, especially those driven through salted Canadian winters, that includes looking for rust on brake lines, subframes and rocker panels, because corrosion can turn a simple job into a safety issue.</p>
<p><strong>Assist with repairs.</strong> You will hold parts in place, remove components so a technician can reach a fault, and later carry out simpler repairs such as brake pad replacements on your own.</p>
<p><strong>Keep the shop safe and organised.</strong> Cleaning bays, disposing of used oil and coolant correctly, returning tools and keeping the floor free of spills are unglamorous but essential.</p>
<p><strong>Manage parts and paperwork.</strong> Assistants often pick up parts from suppliers, log what was used on each work order and update the shop's management software.</p>
[[AD2]]
<h2 id="what-you-need">What you need</h2>
<p>Most employers ask for a high-school diploma and a valid driver's licence. Beyond that, they look for:</p>
<ul>
<li>Mechanical aptitude and a genuine interest in how engines, brakes and electrical systems work.</li>
<li>Basic hand and power tool skills, including torque wrenches, impact guns and floor jacks.</li>
<li>Familiarity with OBD-II diagnostic scan tools, which is a plus but can be learned on the job.</li>
<li>Attention to detail and a willingness to follow safety procedures, including WHMIS training.</li>
<li>Customer service and communication skills for the moments when you explain to a driver what was found.</li>
<li>Physical fitness: you will lift tyres and batteries, kneel, and work under vehicles for much of the day.</li>
</ul>
<p>Employers also value reliability above almost everything else. A shop schedules its day around bookings, and a helper who turns up late or disappears at lunch slows down every technician waiting for a car to be lifted or a part to arrive. Showing up early for the first few weeks says more than any reference letter.</p>
<p>If you already tinker with cars at home, say so in the interview. Shop owners like to hear that you have rebuilt a brake caliper or chased an electrical fault on your own vehicle.</p>
[[RM1]]
<h2 id="how-much-does-an-assistant-mechanic-earn">How much does an assistant mechanic earn?</h2>
<p>Assistant mechanics in Canada typically earn C$18 to C$24 per hour. Shops in Alberta and British Columbia tend to pay at the upper end, and dealerships usually pay more than quick-lube chains. Working full time, that adds up to roughly C$38,000 to C$50,000 a year before overtime.</p>
<p>Once you are registered as an apprentice, pay rises at each level, and a licensed Red Seal automotive service technician can earn C$32–C$45 per hour.</p>
<p>Budget for tools. Many shops expect apprentices to build their own set over time, and a solid starter kit costs C$2,500 or more, although some employers offer a tool allowance and government apprenticeship grants can help.</p>
[[AD3]]
<h2 id="from-helper-to-licensed-technician">From helper to licensed technician</h2>
<p>In most provinces the route to becoming a licensed technician is a four-year apprenticeship that combines on-the-job hours with short blocks of technical training at a college. After the final level you write the Red Seal exam, which lets you work anywhere in Canada. Some assistants go on to specialise in diesel engines, heavy equipment or electric vehicles, where demand for qualified technicians is growing quickly.</p>
<p>Don't wait to be told when to go to the next step: ask your lead technician which tasks you should learn next, and keep a log of the work you have done, because the apprenticeship office will ask for it.</p>
<h2 id="conclusion">Conclusion</h2>
<p>An assistant mechanic job is one of the few entry points into a skilled trade where you are paid to learn from the first day. Turn up on time, ask questions, respect the safety rules and you will find that the road from oil changes to engine diagnostics is shorter than it looks.</p>
""",
    ),
    # ------------------------------------------------------------------ sales (no salary)
    dict(
        key="sales",
        post_id=455,
        path="/2025/01/market-sales-associate-career-guide/",
        title="Becoming a Market Sales Associate: Responsibilities, Skills and Career Path",
        meta_desc="What a market sales associate does, the communication and CRM skills employers want, and where the job can lead.",
        card_excerpt="CRM discipline, Salesforce know-how and a thick skin: what agencies want from new market sales associates.",
        category="sales",
        tags=["entry-level"],
        author="renee-castillo",
        published="2025-01-22T13:10:00-06:00",
        updated="2025-02-05T09:00:00-06:00",
        image_color=(180, 60, 70),
        readmore=[
            ("Also Read:", "mechanic", "Seven tools every new garage hire should buy first, and three to skip", True),
            ("Read More:", "datasci", "Why London analytics teams are hiring statisticians again", False),
        ],
        comments=[
            dict(cid=1066, author="Brandon K.", time="2025-01-25T10:12:00-06:00",
                 text="First year as an associate I made about $46k with commission. The Salesforce training was the most useful thing my agency ever paid for."),
            dict(cid=1071, author="Tasha W.", time="2025-02-09T15:33:00-06:00",
                 text="The part about listening more than you talk is so true. My manager says my Excel pipeline tracker saved our whole team last quarter."),
            dict(cid=1079, author="Miguel", time="2025-02-17T09:48:00-06:00",
                 text="Does anyone know if the property and casualty licence transfers between states? Moving from Texas to Arizona soon."),
        ],
        body="""
<p>Insurance agencies, telecom providers and consumer brands all employ market sales associates to win customers in a specific territory. It is a people-first job with clear targets, and for many it is the first step into a long sales career. This guide explains what the role involves, the skills employers look for, and how associates move up.</p>
[[TOC]]
[[AD1]]
[[RM0]]
<h2 id="what-is-a-market-sales-associate">What is a market sales associate?</h2>
<p>A market sales associate represents a company in a defined market: a city, a set of zip codes or a group of retail locations. In insurance, for example, associates work out of a local agency, generate leads, explain policy options to households and small businesses, and either hand qualified prospects to licensed agents or close the sale themselves once licensed. In consumer goods the same title may mean working with store managers to secure shelf space and run in-store promotions.</p>
<p>A typical week mixes desk time and field time. Mornings often go on calls and follow-up emails, afternoons on appointments with households or store visits, and Friday on reviewing the pipeline with a manager. Most associates work a regular daytime schedule, with the occasional evening appointment for customers who cannot meet during office hours. Compensation plans usually combine a base wage with commission or bonuses tied to new business, and the balance between the two varies a lot from one employer to the next, so ask how targets are set before you accept an offer.</p>
<p>Whatever the industry, the job is measured in conversations. Associates who keep their calendar full of good conversations tend to hit their numbers; those who wait for the phone to ring rarely last.</p>
<h2 id="main-responsibilities">Main responsibilities of a market sales associate</h2>
<ul>
<li>Prospect for new customers – call, email and visit potential clients, and follow up on referrals from existing ones.</li>
<li>Run needs-based conversations – ask questions to understand what the customer actually needs before recommending a product.</li>
<li>Prepare quotes and proposals – lay out the options clearly, including what is not covered or not included.</li>
<li>Keep the CRM up to date – log every call, meeting and next step so managers can forecast and nothing falls through the cracks.</li>
<li>Meet activity and sales targets – track weekly numbers for calls, appointments and closed deals.</li>
<li>Represent the brand at local events – staff booths at community fairs, chamber of commerce breakfasts and store promotions.</li>
</ul>
[[AD2]]
<h2 id="what-employers-look-for">What employers look for</h2>
<p>You do not usually need a degree, although coursework in business or communications helps. Hiring managers focus on:</p>
<ul>
<li>Communication: clear, friendly speaking and writing, plus the ability to listen more than you talk.</li>
<li>Resilience: most calls end in a no, and the best associates treat rejection as information rather than a verdict.</li>
<li>CRM experience: Salesforce is the most common platform, but agencies also use HubSpot and industry-specific tools. Showing that you kept a pipeline organised in any CRM counts.</li>
<li>Negotiation and objection handling: knowing when to offer an alternative and when to walk away.</li>
<li>Organisation: planning a week of appointments across a territory without losing hours in the car.</li>
<li>Licensing: in insurance you will need a state property and casualty or life and health licence within your first few months.</li>
</ul>
<p>The associates who stand out are rarely the loudest people in the office. One agency manager described her top performer as someone who excels at remembering details, such as a customer's new baby, a home renovation or a business expansion, and bringing them up naturally months later.</p>
<p>Licensing costs are modest: the state exam fee is typically under $100, and many agencies reimburse it along with the pre-licensing course.</p>
[[RM1]]
<h2 id="career-path">Career path</h2>
<p>After one or two years, strong associates typically become licensed agents with their own book of business, move into account management for larger commercial clients, or step up to sales team lead. Some go on to open their own agency. The skills transfer well to other industries too: a record of hitting targets and managing a pipeline is valued in software sales, medical devices and financial services.</p>
<p>If you want to get started, practise your pitch with friends, learn the basics of a CRM from free tutorials, and be ready to go through several rounds of role-play interviews before an offer arrives.</p>
[[AD3]]
<h2 id="is-this-job-right-for-you">Is this job right for you?</h2>
<p>You will enjoy the role if you like meeting new people, are motivated by clear goals and can stay positive after a hard week. If you prefer predictable, desk-based work, a customer service or operations role inside the same company may suit you better.</p>
<p>Either way, the habits you build as an associate, such as preparing for every meeting, following up when you said you would and writing things down, will serve you in almost any career you choose next.</p>
""",
    ),
    # ------------------------------------------------------------------ devops india
    dict(
        key="devops",
        post_id=689,
        path="/2026/02/devops-engineer-salary-skills-india/",
        title="DevOps Engineer in India: Skills, Responsibilities and Salary (2026 Guide)",
        meta_desc="What DevOps engineers in India do, the cloud and automation tools recruiters screen for, and salary ranges in lakh per annum from fresher to lead.",
        card_excerpt="Kubernetes, Terraform and AWS dominate Indian DevOps hiring; freshers start near ₹4 LPA while seniors pass ₹30 LPA.",
        category="technology",
        tags=["python", "india", "salary-guide"],
        author="arjun-mehta",
        published="2026-02-10T10:30:00+05:30",
        updated="2026-04-03T12:00:00+05:30",
        image_color=(20, 110, 60),
        readmore=[
            ("Read More:", "backend", "How backend teams are cutting cloud bills without cutting headcount", True),
            ("Also Read:", "datasci", "Python or R? What hiring managers told us about their 2025 data teams", False),
        ],
        comments=[
            dict(cid=1201, author="Rahul V.", time="2026-02-12T21:05:00+05:30",
                 text="Switched from manual testing to DevOps last year and went from ₹6.5 LPA to ₹14 LPA. Terraform and Kubernetes projects on GitHub made the difference in interviews."),
            dict(cid=1207, author="Sneha", time="2026-02-15T09:26:00+05:30",
                 text="Please also cover Rust and Go for platform tooling. Our team is rewriting all its node agents in Rust this year.",
                 replies=[dict(cid=1209, author="Arjun Mehta", time="2026-02-15T13:40:00+05:30",
                               text="Noted, Sneha. A platform engineering guide is already in the works.")]),
        ],
        body="""
<p>India's technology sector hires more DevOps engineers every year, from product start-ups in Bengaluru and Pune to global capability centres in Hyderabad and Chennai. The title covers a wide range of work, so this guide breaks down what employers mean by it, the tools you are expected to know, the salary you can realistically expect at each stage and how to move into the field from development or system administration.</p>
[[TOC]]
[[AD1]]
[[RM0]]
<h2 id="what-does-a-devops-engineer-do">What does a DevOps engineer do?</h2>
<p>A DevOps engineer builds and runs the systems that take code from a developer's laptop to production safely and repeatedly. That includes build pipelines, cloud infrastructure, monitoring, and the automation that ties them together. In smaller companies one DevOps engineer may do all of this; in larger ones the work is split between platform, site reliability and release engineering teams.</p>
<p>The common thread is ownership of the path to production. When a release is slow, risky or breaks something, DevOps engineers are the ones asked to make sure it never happens the same way twice.</p>
<h2 id="your-duties">Your duties</h2>
<ol>
<li>Build and maintain CI/CD pipelines: set up Jenkins, GitHub Actions or GitLab CI so that every commit is built, tested and deployed automatically.</li>
<li>Provision infrastructure as code: define networks, clusters and databases in Terraform and review changes like any other code.</li>
<li>Run container platforms: package services with Docker and operate Kubernetes clusters, including upgrades, autoscaling and resource limits.</li>
<li>Monitor systems and respond to incidents: configure Prometheus alerts and Grafana dashboards, join the on-call rotation and write post-mortems.</li>
<li>Automate operational tasks: replace manual runbooks with Bash or Python scripts and manage server configuration with Ansible.</li>
<li>Control cloud costs and security: tag resources, right-size instances, manage IAM policies and patch vulnerabilities promptly.</li>
</ol>
[[AD2]]
<h2 id="skills-you-will-need">Skills you will need</h2>
<p>Recruiters screen for hands-on experience with these technologies:</p>
<ul>
<li>Linux administration and networking fundamentals: processes, file systems, DNS, TLS and load balancers.</li>
<li>Scripting in Bash and Python; Go is increasingly useful for writing Kubernetes operators and internal tools.</li>
<li>Cloud platforms: AWS leads in Indian job postings, followed by Azure and Google Cloud.</li>
<li>Containers and orchestration: Docker and Kubernetes, with Helm for packaging.</li>
<li>Infrastructure as code and configuration management: Terraform and Ansible.</li>
<li>CI/CD tools: Jenkins, GitHub Actions, GitLab CI or Argo CD.</li>
<li>Observability: Prometheus, Grafana and the ELK stack.</li>
</ul>
<p>Certifications carry more weight in India than in many other markets, particularly at IT services companies. The AWS Certified Solutions Architect Associate exam costs $150 and the Certified Kubernetes Administrator exam costs $445, so many engineers wait for employer sponsorship or a discount voucher before booking.</p>
[[NATIVE]]
[[RM1]]
<h2 id="devops-engineer-salary-in-india">DevOps engineer salary in India</h2>
<p>Salaries have risen steadily since 2022, driven by cloud migration projects and the growth of global capability centres. Typical fixed pay in 2026:</p>
<table class="mvx-table">
<thead><tr><th>Experience</th><th>Annual salary</th></tr></thead>
<tbody>
<tr><td>Fresher (0–2 years)</td><td>₹4 lakh to ₹7 lakh per annum</td></tr>
<tr><td>Mid-level (3–6 years)</td><td>₹9 lakh to ₹18 lakh per annum</td></tr>
<tr><td>Senior (7+ years)</td><td>₹20 lakh to ₹35 lakh per annum</td></tr>
<tr><td>Lead / architect</td><td>₹40 lakh per annum and above</td></tr>
</tbody>
</table>
<p>Product companies and capability centres in Bengaluru, Hyderabad and Pune pay at the top of these bands, often with stock options or annual bonuses. IT services companies tend to pay less at the start but offer structured training. DevOps interns at start-ups usually receive a stipend of ₹20,000–₹35,000 per month.</p>
[[AD3]]
<h2 id="how-to-become-a-devops-engineer">How to become a DevOps engineer</h2>
<p>Most DevOps engineers in India move across from another role. Developers bring coding skills and learn infrastructure; system administrators bring operational experience and learn to automate it. Freshers can get in too, usually through support or cloud operations roles at services companies.</p>
<p>Support engineers have a particular advantage here. Years of reading logs, restarting services and writing small scripts to avoid repeating the same fix are exactly the raw material DevOps teams look for, even if the job title never said so. Ask to shadow the release or infrastructure team, volunteer to automate a manual task, and keep notes on what you changed and what it saved.</p>
<p>A practical way to start: put a small application on a free cloud tier, containerise it, deploy it to a Kubernetes cluster with a pipeline you built yourself, and add monitoring. Document each step in a public repository. Interviewers consistently say that a candidate who can walk them through a project like that stands out more than one with a long list of certificates.</p>
<h2 id="faq">FAQ</h2>
<h3>Is coding required for DevOps?</h3>
<p>Yes, though not at the level of a software engineer. You need to write reliable scripts, read application code and review pull requests for infrastructure changes.</p>
<h3>Which cloud should I learn first?</h3>
<p>AWS, because it has the most openings in India. The concepts transfer, so picking up Azure or Google Cloud afterwards is much quicker.</p>
""",
    ),
]

# The robots-disallowed article: a normal-looking post under /private/ that must never be fetched.
PRIVATE_ARTICLE = dict(
    key="private-pm",
    post_id=501,
    path="/private/2025/05/product-manager-career-guide/",
    title="Product Manager Career Guide: Roadmaps, Skills and Salary",
    meta_desc="What product managers do, the skills that matter and what they are paid at start-ups and large companies.",
    card_excerpt="Roadmaps, stakeholder management and SQL, plus pay bands for product managers at start-ups and big tech.",
    category="business",
    tags=["salary-guide"],
    author="daniel-okafor",
    published="2025-05-06T09:00:00-04:00",
    updated=None,
    image_color=(70, 70, 70),
    private=True,
    readmore=[
        ("Read More:", "backend", "What engineers wish their product managers knew", True),
    ],
    comments=[
        dict(cid=1301, author="Jen L.", time="2025-05-07T12:00:00-04:00",
             text="Moved from QA into product two years ago; the SQL tip is spot on."),
    ],
    body="""
<p>Product managers decide what a team builds next and why. They sit between customers, engineers, designers and the business, and the best ones make those groups feel like a single team. This draft guide covers the day-to-day work, the skills hiring managers test and typical pay.</p>
[[TOC]]
[[AD1]]
[[RM0]]
<h2 id="what-is-a-product-manager">What is a product manager?</h2>
<p>A product manager owns the outcome of a product or feature rather than its code or its design. They talk to customers, study usage data, write requirements and prioritise the backlog so that the team always works on the most valuable problem it can solve.</p>
<h2 id="responsibilities">Responsibilities</h2>
<ul>
<li>Set the product roadmap: decide which problems to tackle this quarter and explain why others wait.</li>
<li>Write clear requirements: turn customer problems into user stories with measurable acceptance criteria.</li>
<li>Analyse product data: use SQL and dashboards to check whether launches changed behaviour.</li>
<li>Align stakeholders: keep sales, support and leadership informed and honest about trade-offs.</li>
</ul>
[[AD2]]
<p>The balance between these duties shifts with company size. At a start-up the product manager may also run user research, write release notes and answer support tickets; at a large company the role is narrower but involves far more coordination across teams.</p>
<h2 id="skills">Skills</h2>
<p>Strong written communication, basic SQL, comfort with experimentation and enough technical knowledge to discuss trade-offs with engineers are the core. Tools such as Jira, Amplitude and Figma come up in most job adverts.</p>
<h2 id="salary">Salary</h2>
<p>In the US, product managers at growth-stage start-ups typically earn $110,000–$150,000 a year, while senior product managers at large technology companies can earn $170,000 to $210,000 in base salary.</p>
<h2 id="how-to-become-a-product-manager">How to become a product manager</h2>
<p>Few people start their careers as product managers. Engineers, designers, analysts and customer support leads often move across after showing good judgement about what customers need. Associate product manager programmes at larger companies are the main entry route for graduates, but places are limited and competitive.</p>
<p>Whichever way you come in, keep a record of decisions you influenced and what happened afterwards. Interviewers want evidence that your choices changed outcomes, not just that you attended the meetings.</p>
<h2 id="conclusion">Conclusion</h2>
<p>Product management suits curious people who like ambiguity and enjoy making decisions with incomplete information. Start by taking on product-like work in your current role and build from there.</p>
""",
)
