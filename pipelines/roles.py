"""Role names and seniority from article and posting titles.

``role_from_title("Senior Backend Engineer: Roles, Skills, Responsibilities")`` -> "Senior Backend Engineer"
``seniority_of("Sr. Software Engineer, Payments")`` -> "senior"
``normalise_role(" sr.  ux designer ")`` -> "Senior UX Designer"

How a title is read (a small title grammar, no per-site rules):

1. Clean: HTML entities, unicode dashes, parenthesised/bracketed notes ("(2025 Guide)",
   "(Remote - US)", "(m/w/d)") are removed.
2. Split into segments at strong separators: ``|  –  —  ·  •  »  ::``, `` - `` (spaced hyphen only,
   so "Full-Stack" survives), ``:``, ``?`` and ``!``. Segments are tried left to right; the first that
   yields a role wins, so site-name prefixes and suffixes ("CareerSite | ...", "... | CareerSite")
   and guide tails ("...: Roles, Skills") fall away.
3. In a segment, a *cue* phrase names the role outright: "how to become a X", "becoming an X",
   "working as a X", "what does a X do", "how much does a X make", "(guide words) of/for a X"
   ("Duties of a Nurse", "Inside the Role of a Nurse"), "day in the life of a X", "guide to the X
   role", "what is a X", "what a/every X <verb> ..." ("What a Head of Sales Is Accountable For",
   "What Every Nurse Should Know"), "how to hire/interviewing a X", and listicles "Top 10 Skills
   Every X Needs".
4. Otherwise a segment made only of guide words ("Job Description", "Salary Guide", "Job Title")
   is skipped, and other segments have guide words, years and region names peeled off their end
   ("Registered Nurse Job Description" -> "Registered Nurse", "Product Manager Salary Guide UK"
   -> "Product Manager"). Guide words include the topics an article covers ("Contracts", "Day
   Rates", "Interviews", "Handbook") and headline tails ("Demystified", "Decoded", "At a Glance").
   Peeling stops at the shortest remainder that still looks like a role, so
   a role ending in a guide-ish word is kept whole when nothing shorter qualifies. When nothing
   qualifies, two headline forms are tried: a possessive names the subject ("The Engineering
   Manager's Handbook"), and in a sentence-case headline a capitalised role before a short
   lower-case topic is cut out ("DevOps Engineer contracts in 2026" -> "DevOps Engineer").
5. "Looks like a role": 1-7 words, none of them a sentence word (you, how, why, vs, ...), and the
   last word is a role head noun ("engineer", "nurse", "associate", ... ~240 of them, plurals
   accepted and singularised; also any person noun ending in -ician/-ologist/-ographer/-iatrist/
   -ometrist, and a listed head behind a combining form: "Biostatistician", "Neuroscientist"), optionally followed by a level numeral ("Engineer II"), or the role
   is "<head> of/for/in <domain>" ("Head of Engineering", "Director of Sales", "Engineer in Test").
   After "become a"/"what does a X do" cues, which already say the phrase is a job, any short noun
   phrase (1-4 words) is accepted ("How to Become a Realtor" -> "Realtor").
6. Posting titles: a comma qualifier after the role is kept when it looks like a team ("Software
   Engineer, Payments", also "Growth"/"Benefits", guide words that name teams); it is dropped when
   it is guide words, a work arrangement, a region, country or large city ("Remote", "Full-time",
   "US", "DACH", "Berlin", "Austin, TX"), or another role ("Accountant, Bookkeeper and Auditor"). It
   is also dropped whenever the title is a headline rather than a bare role - the role came through
   a cue, after an article, or with words peeled off ("The Senior iOS Engineer Job, Demystified"). A
   spaced-dash tail is always dropped ("Staff ML Engineer - Platform" -> "Staff ML Engineer"),
   because after a dash a team name and a site name cannot be told apart.
7. ``normalise_role`` expands Sr/Snr/Jr/Jnr/Mgr/Engr/Asst, keeps acronyms cased (UX, QA, ML, AI,
   HR, SRE, iOS, DevOps, ...), keeps words already written with inner capitals ("JavaScript"),
   title-cases the rest and lower-cases small words ("Head of Engineering").

Known limits: a comma qualifier that is a small city ("Software Engineer, Leeds") is kept (only
large hiring cities are listed, plus any "City, ST" pair); "X vs Y" comparison titles give None; a
role whose head noun is not listed and that has no cue ("Tour Guide Job Description") gives None.
"""
from __future__ import annotations

import html
import re
from functools import lru_cache
from typing import Optional

__all__ = ["role_from_title", "seniority_of", "normalise_role", "ROLE_HEADS", "SENIORITY_LEVELS"]

#: Seniority values, junior to senior.
SENIORITY_LEVELS = (
    "intern", "junior", "mid", "senior", "lead", "staff", "principal", "head", "director", "executive",
)

# --------------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------------

#: Nouns that end (are the head of) a job title. Lower-case, singular.
ROLE_HEADS = frozenset(
    """
    accountant actor actuary adjuster administrator admin advisor adviser advocate aide agent
    ambassador analyst animator apprentice architect archivist artist assistant associate attendant
    attorney auditor baker banker barber barista barrister bartender beautician biologist bookkeeper
    bricklayer broker builder buyer caregiver carer carpenter cashier caretaker chef chemist
    chiropractor cleaner clerk clinician coach coder concierge conductor consultant controller cook
    coordinator copywriter cosmetologist counselor counsellor courier curator custodian dean
    decorator dentist designer detective developer dietitian dietician director dispatcher doctor
    drafter draftsman driver economist editor educator electrician engineer esthetician estimator
    evangelist executive expert farmer fellow firefighter fitter florist foreman founder gardener
    generalist geologist groundskeeper guard hairdresser handler head housekeeper hygienist
    illustrator inspector installer instructor intern interpreter investigator janitor journalist
    judge labourer laborer landscaper lawyer lead leader lecturer liaison librarian lifeguard
    locksmith logistician machinist manager marketer mason master mechanic medic member
    merchandiser midwife moderator musician nanny negotiator nurse nutritionist officer operator
    optician optometrist owner packer painter paralegal paramedic partner pathologist pharmacist
    phlebotomist photographer physician physicist physiotherapist picker pilot planner plumber
    practitioner president principal producer professional professor programmer promoter
    psychiatrist psychologist publicist purchaser radiographer radiologist ranger realtor
    receptionist recruiter representative rep researcher roofer salesperson scheduler scientist
    secretary sergeant sonographer sourcer specialist statistician steward stewardess strategist
    stylist superintendent supervisor surgeon surveyor tailor teacher technician technologist
    teller tester therapist trader trainee trainer translator treasurer tutor underwriter
    veterinarian videographer volunteer waiter waitress welder worker writer
    cto ceo cfo coo cio cmo cpo ciso cdo cro chro vp svp evp avp sre sdet swe rn lpn cna emt
    """.split()
)

#: Heads that can be followed by a domain: "Head of Engineering", "Engineer in Test".
_OF_HEADS = frozenset(
    "head director vp svp evp avp president chief manager professor teacher lecturer dean editor "
    "engineer officer coordinator specialist lead secretary superintendent".split()
)
_OF_WORDS = frozenset({"of", "for", "in"})

#: Words that never occur in a job title but do in sentences and headlines.
_SENTENCE_WORDS = frozenset(
    """
    a an the you your yours i my me we our us they their it's its this that these those
    why how what when where who which whom whose is are was were be been being become becoming
    do does did done should could would can will may might must shall need needs vs vs. versus
    tips ways reasons things not no about if than then there here also just really very
    """.split()
)

#: Guide vocabulary: words and phrases that describe the article, not the role (regex pieces).
_GUIDE_PHRASES = [
    r"job\s+descriptions?", r"job\s+profiles?", r"job\s+outlook", r"job\s+duties", r"job\s+titles?",
    r"job\s+roles?", r"job\s+specs?", r"job\s+specifications?", r"job\s+requirements", r"job\s+openings?",
    r"descriptions?", r"roles?", r"responsibilit(?:y|ies)", r"duties", r"dut(?:y)", r"skills?",
    r"skill\s*sets?", r"salar(?:y|ies)", r"pay", r"wages?", r"earnings", r"compensation",
    r"requirements?", r"qualifications?", r"overview", r"career\s+guides?", r"career\s+paths?",
    r"career\s+progression", r"career\s+outlook", r"career\s+advice", r"careers?", r"guides?",
    r"explained", r"profiles?", r"outlook", r"interview\s+questions?", r"questions?", r"answers?",
    r"resumes?", r"cvs?", r"cover\s+letters?", r"templates?", r"samples?", r"examples?", r"faqs?",
    r"101", r"everything\s+you\s+need\s+to\s+know", r"all\s+you\s+need\s+to\s+know",
    r"what\s+you\s+need\s+to\s+know", r"need\s+to\s+know", r"complete", r"ultimate", r"definitive",
    r"comprehensive", r"essential", r"full", r"quick", r"key", r"main", r"core", r"typical", r"top",
    r"best", r"tips", r"information", r"info", r"facts", r"certifications?", r"training",
    r"education", r"degrees?", r"tasks?", r"expectations", r"competencies", r"abilities", r"traits",
    r"qualities", r"work\s+environment", r"hours", r"benefits", r"pros\s+and\s+cons", r"jobs?",
    r"hiring", r"now\s+hiring", r"vacanc(?:y|ies)", r"opportunit(?:y|ies)", r"positions?", r"openings?",
    r"more", r"updated", r"title", r"what\s+they\s+do", r"what\s+it\s+takes", r"beginner'?s",
    r"how\s+to\s+(?:start|begin|launch|build|get|land|find|grow)\b.*", r"how\s+to\s+become\s+one",
    r"in\s+depth", r"in-depth", r"statistics", r"stats", r"trends", r"demand", r"growth",
    # Topics an article about a role covers: "DevOps Engineer Contracts in 2026", "Nurse Day Rates".
    r"contracts", r"contracting", r"freelancing", r"(?:day|hourly|daily|pay|contract|going|market)\s+rates?",
    r"rates", r"(?:job|jobs|labou?r|talent|hiring)\s+market", r"shortages?", r"interviews?", r"courses?",
    r"bootcamps?", r"apprenticeships?", r"licen[cs]ing", r"handbook", r"playbook", r"toolkit", r"roadmap",
    r"checklist", r"cheat\s*sheet", r"primer", r"basics", r"deep\s+dive", r"breakdown", r"spotlight",
    r"insights?", r"surveys?", r"reports?", r"benchmarks?", r"rankings?", r"league\s+tables?",
    # Headline tails, usually after a comma: "Senior iOS Engineer, Demystified", "The X Role, Decoded".
    r"demystified", r"decoded", r"unpacked", r"simplified", r"unveiled", r"revealed", r"uncovered",
    r"debunked", r"deconstructed", r"dissected", r"revisited", r"examined", r"explored",
    r"at\s+a\s+glance", r"in\s+focus", r"in\s+brief", r"in\s+a\s+nutshell", r"in\s+practice",
    r"in\s+numbers", r"up\s+close", r"made\s+(?:simple|easy)", r"from\s+the\s+inside",
    # Feature openers: "Inside the Job: ...", "Inside the Role of a Paramedic", "Behind the Scenes".
    r"inside\s+(?:the\s+|an?\s+)?(?:job|role|career|life|world|day|work)s?", r"behind\s+the\s+scenes",
    r"a\s+look\s+inside", r"a\s+closer\s+look",
]
_GUIDE = r"(?:" + "|".join(_GUIDE_PHRASES) + r")"
#: Glue between guide words: "Skills, Salary, and Duties", "Pay & Benefits", "Job Description + Template".
_GLUE = r"(?:,|&|\+|/|\band\b|\bor\b|\bwith\b|\bplus\b|\bthe\b|\ba\b|\ban\b|\byour\b|\bin\b|\bfor\b|\bof\b)"
_GUIDE_WORDS_RE = re.compile(rf"\b{_GUIDE}(?![\w'])", re.I)
_GLUE_RE = re.compile(_GLUE, re.I)
#: Glue that may be peeled together with a trailing guide word; never "of/for/in", which belong to
#: the role ("Head of Growth" must not lose "Growth").
_TRAIL_GLUE = r"(?:,|&|\+|/|\band\b|\bor\b|\bwith\b|\bplus\b|\bthe\b|\ba\b|\ban\b|\byour\b)"

#: Regions and work arrangements: peeled off the end of a role, dropped as comma qualifiers.
_REGION = (
    r"(?:uk|u\.k\.?|us|u\.s\.?|usa|u\.s\.a\.?|united\s+states|united\s+kingdom|britain|england|canada|"
    r"australia|ireland|new\s+zealand|nz|india|europe|eu|emea|apac|latam|amer|americas|na|"
    r"worldwide|global|international|remote|hybrid|on-?site|in-?office|anywhere|"
    # Countries and country groups postings name ("Account Executive, DACH", "Nurse Jobs Germany").
    r"germany|france|spain|portugal|italy|netherlands|the\s+netherlands|belgium|switzerland|austria|"
    r"poland|sweden|norway|denmark|finland|czechia|romania|greece|turkey|israel|uae|"
    r"united\s+arab\s+emirates|saudi\s+arabia|south\s+africa|nigeria|kenya|egypt|japan|china|"
    r"singapore|hong\s+kong|malaysia|indonesia|philippines|vietnam|pakistan|brazil|mexico|argentina|"
    r"chile|colombia|dach|nordics|benelux|cee|mena|uk&i|"
    # Large hiring cities, as posting titles append them ("Product Designer, Berlin").
    r"london|manchester|edinburgh|glasgow|dublin|berlin|munich|hamburg|frankfurt|paris|amsterdam|"
    r"rotterdam|brussels|zurich|geneva|vienna|madrid|barcelona|lisbon|porto|milan|rome|warsaw|krakow|"
    r"prague|budapest|bucharest|stockholm|copenhagen|oslo|helsinki|tallinn|athens|istanbul|tel\s+aviv|"
    r"dubai|abu\s+dhabi|riyadh|cairo|lagos|nairobi|cape\s+town|johannesburg|"
    r"bangalore|bengaluru|hyderabad|pune|mumbai|delhi|new\s+delhi|gurgaon|gurugram|noida|chennai|"
    r"kolkata|tokyo|osaka|seoul|shanghai|beijing|shenzhen|taipei|manila|jakarta|kuala\s+lumpur|"
    r"bangkok|sydney|melbourne|brisbane|perth|auckland|wellington|toronto|vancouver|montreal|"
    r"ottawa|calgary|new\s+york(?:\s+city)?|nyc|san\s+francisco|sf|bay\s+area|silicon\s+valley|"
    r"seattle|los\s+angeles|san\s+diego|san\s+jose|boston|chicago|austin|dallas|houston|denver|"
    r"atlanta|miami|washington(?:,?\s+d\.?c\.?)?|philadelphia|pittsburgh|detroit|minneapolis|"
    r"salt\s+lake\s+city|sao\s+paulo|são\s+paulo|mexico\s+city|buenos\s+aires|bogota|santiago)"
)
_ARRANGEMENT = (
    r"(?:remote|hybrid|on-?site|in-?office|full[\s-]?time|part[\s-]?time|contract|contractor|"
    r"temporary|temp|permanent|perm|freelance|fixed[\s-]term|seasonal|internship|ft|pt|"
    r"m/w/d|m/f/d|f/m/d|w/m/d|h/f|f/h)"
)
_REGION_OR_NUMBER_RE = re.compile(rf"\b{_REGION}\b|\b(?:19|20)\d\d\b|\d+", re.I)
#: A US state or Canadian province code after a city: "Software Engineer, Austin, TX".
_STATE_CODE_RE = re.compile(
    r"^\s*(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|"
    r"NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|ON|BC|QC|AB|MB|NS|NB|SK|NL|PE)\s*$"
)
#: Guide words that are also the name of a team or function, kept as a lone comma qualifier:
#: "Software Engineer, Growth", "HR Specialist, Benefits", "Research Analyst, Insights".
_TEAM_GUIDE_WORDS = frozenset(
    "growth core education training learning benefits compensation insights contracts demand hiring "
    "talent".split()
)
_QUALIFIER_DROP_RE = re.compile(
    rf"^(?:(?:{_REGION}|{_ARRANGEMENT}|{_GUIDE}|(?:19|20)\d\d)(?:\s*{_GLUE}?\s*|\s*-\s*)?)+$", re.I
)

# Trailing pieces peeled off a candidate role, one at a time (each anchored at the end).
_TRAIL_RES = [
    re.compile(rf"\s*{_TRAIL_GLUE}?\s*\b{_GUIDE}$", re.I),
    re.compile(r"\s*\b(?:in|for|of)?\s*(?:19|20)\d\d$", re.I),
    re.compile(rf"\s*\b(?:in\s+(?:the\s+)?)?{_REGION}$", re.I),
    re.compile(rf"\s*{_TRAIL_GLUE}$", re.I),
]
#: A peel must not leave a dangling preposition: "Head of Growth" is not "Head of" + guide word.
_DANGLING_RE = re.compile(r"\b(?:of|for|in|to)$", re.I)
_LEAD_RE = re.compile(r"^(?:the|a|an|our|new\s+role|now\s+hiring|hiring|we'?re\s+hiring)\s*:?\s+(?=\S)", re.I)
#: A prepositional tail cut when a candidate does not qualify: "Nurse Practitioner Jobs in Texas",
#: "Executive Assistant to the CEO".
_PREP_TAIL_RE = re.compile(
    r"\s+(?:in|at|to|with|without|from|near|by|on|online|fast|quickly|after|before|when|while|"
    r"today|now|step\s+by\s+step)\b.*$",
    re.I,
)
#: Evaluative adjectives in front of a role: "How to Be a Great Manager", "7 Traits of a Good Nurse".
_EVALUATIVE_RE = re.compile(
    r"^(?:(?:good|great|better|best|successful|effective|excellent|outstanding|happy|happier|"
    r"productive|confident|top|the\s+best)\s+)+",
    re.I,
)

# Cue phrases, searched inside one segment. ``relaxed`` cues state outright that the phrase is a
# job, so any short noun phrase is accepted; the others still need a role head noun.
_ART = r"(?:an?|the)\s+"
_CUES: list[tuple[re.Pattern, bool]] = [
    # How to Become a UX Designer / Becoming an Accountant / Working as a Nurse / Career as a Pilot
    (re.compile(
        r"\b(?:become|becoming|be|being|work(?:ing)?\s+as|careers?\s+as|job\s+as|life\s+as|"
        r"start(?:ing)?\s+(?:a\s+career\s+|out\s+)?as|get\s+(?:a\s+job\s+|hired\s+)?as|"
        r"qualify(?:ing)?\s+as|train(?:ing)?\s+(?:to\s+be(?:come)?|as))\s+(?:an?\s+)(?P<role>.+)$",
        re.I), True),
    # What Does a Data Scientist Do / How Much Does a Nurse Make / What Do Accountants Do
    (re.compile(
        r"\b(?:what|how\s+much)\s+(?:does|do|can|did)\s+(?:an?\s+|the\s+)?(?P<role>.+?)\s+"
        r"(?:do|does|make|earn|get\s+paid|actually\s+do|really\s+do)\b.*$",
        re.I), True),
    # What a Rust Developer Actually Does / What an Actuary Earns / What a Head of Sales Is Really
    # Accountable For / What Every Nurse Should Know: "what <det> X <verb> ..." with the verbs and
    # modals such a headline uses right after the role.
    (re.compile(
        r"^(?:(?:here'?s|this\s+is|that'?s|exactly|inside|on|about)\s+)?what\s+(?:an?|the|every|each|your)\s+"
        r"(?P<role>.+?)\s+(?:(?:actually|really|typically|usually|truly|exactly|still|also)\s+)?"
        r"(?:does|do|is|are|was|earns?|makes?|gets?|needs?|wants?|owns?|handles?|spends?|brings?|knows?|"
        r"should|must|can|will|would|could|has|have|looks?\s+for|expects?)\b.*$",
        re.I), True),
    # How to Hire a Data Engineer / Interviewing a Product Designer / Recruiting an Electrician
    (re.compile(
        r"\b(?:hire|hiring|recruit|recruiting|interview|interviewing|onboard|onboarding)\s+"
        r"(?:an?|your\s+(?:first|next)|the\s+right)\s+(?P<role>.+)$",
        re.I), False),
    # A Day in the Life of a Paramedic
    (re.compile(r"\bday\s+in\s+the\s+life\s+of\s+(?:an?\s+|the\s+)?(?P<role>.+)$", re.I), True),
    # Guide to the Product Manager Role / Introduction to the Data Analyst Job
    (re.compile(rf"\b(?:guide|introduction|intro)\s+to\s+{_ART}(?P<role>.+?)(?:\s+(?:roles?|jobs?|positions?|careers?))?$",
                re.I), False),
    # What Is a Product Manager / Who Is a Business Analyst
    (re.compile(r"^(?:what|who)\s+(?:is|are)\s+(?:an?\s+|the\s+)?(?P<role>.+)$", re.I), False),
    # Top 10 Skills Every Frontend Developer Needs / 7 Qualities of a Great Nurse
    (re.compile(
        r"^(?:the\s+)?(?:top\s+)?\d+\s+(?:[\w'’-]+\s+){1,3}?(?:every|each|all|for|of|that|an?)\s+"
        r"(?:(?:an?|the|aspiring|new|future|modern)\s+)?(?P<role>.+?)"
        r"(?:\s+(?:needs?|must|should|can|will|has|have|wants?|uses?)\b.*)?$",
        re.I), False),
]

#: Words whose usual spelling is not plain title case.
_ACRONYMS = {
    w.lower(): w
    for w in """
    UX UI QA QC ML AI HR IT SRE SDET SWE iOS macOS DevOps DevSecOps MLOps DataOps FinOps SecOps
    GTM SEO SEM PPC CRM ERP SAP AWS GCP API SDK BI ETL NLP CAD GIS EHS PR R&D B2B B2C SaaS IoT VR AR
    CTO CEO CFO COO CIO CMO CPO CISO CDO CRO CHRO VP SVP EVP AVP RN LPN LVN CNA EMT HVAC CNC CDL
    PhD MBA CPA ACCA CFA PMP K-12 ESL EFL LLM GPU 2D 3D .NET C++ C# JavaScript TypeScript PHP SQL
    NoSQL UI/UX UX/UI AR/VR PHP SOC NOC PMO GRC KYC AML FP&A QA/QC IAM DBA BDR SDR PA EA
    """.split()
}
#: Abbreviations expanded by ``normalise_role``.
_ABBREVIATIONS = {
    "sr": "Senior", "snr": "Senior", "jr": "Junior", "jnr": "Junior", "mgr": "Manager",
    "engr": "Engineer", "asst": "Assistant", "assoc": "Associate", "mktg": "Marketing",
}
_SMALL_WORDS = frozenset("of and for in to the at on with a an or &".split())
_ROMAN = frozenset("i ii iii iv v vi".split())


# --------------------------------------------------------------------------------------------
# normalise_role
# --------------------------------------------------------------------------------------------

_TOKEN_SPLIT_RE = re.compile(r"([-/])")


def normalise_role(role: str) -> str:
    """Canonical spacing and casing of a role name; expands Sr/Jr and friends.

    Acronyms keep their usual casing, words already written with inner capitals are kept,
    a short all-caps word in a mixed-case title is treated as an acronym, the rest is title-cased
    and small words ("of", "and", "for") are lower-case except at the start.
    """
    if not isinstance(role, str):
        return ""
    if len(role) <= _CACHED_LEN:
        return _normalise_role_cached(role)
    return _normalise_role(role)


#: Role names, titles and words up to this long are cached (pure functions of short strings that
#: sites and pages repeat: "Senior", "Engineer", "Security Analyst").
_CACHED_LEN = 400


def _normalise_role(role: str) -> str:
    s = html.unescape(role)
    s = re.sub(r"\s+", " ", s).strip(" \t,;:.|-–—'\"")
    s = re.sub(r"\s*,\s*", ", ", s)  # "Engineer ,Payments" -> "Engineer, Payments"
    letters = [c for c in s if c.isalpha()]
    shouting = len(letters) > 4 and all(c.isupper() for c in letters)
    out = []
    for index, word in enumerate(s.split(" ")):
        out.append(_normalise_word(word, first=index == 0, shouting=shouting))
    return " ".join(w for w in out if w)


_normalise_role_cached = lru_cache(maxsize=4096)(_normalise_role)


@lru_cache(maxsize=8192)
def _normalise_word(word: str, *, first: bool, shouting: bool) -> str:
    # Peel punctuation that is not part of the word ("Engineer," "(Remote)").
    m = re.match(r"^([^\w.#+&]*)(.*?)([^\w#+.&]*)$", word)
    pre, core, post = (m.group(1), m.group(2), m.group(3)) if m else ("", word, "")
    if not core:
        return word
    low = core.lower()
    if low in _ACRONYMS:  # whole token first: "UI/UX", "R&D", "C++"
        return pre + _ACRONYMS[low] + post
    bare = low.rstrip(".")
    if bare in _ABBREVIATIONS:
        return pre + _ABBREVIATIONS[bare] + post
    parts = _TOKEN_SPLIT_RE.split(core)
    fixed = []
    for i, part in enumerate(parts):
        if part in ("-", "/") or not part:
            fixed.append(part)
            continue
        fixed.append(_case_part(part, first=first and i == 0, shouting=shouting))
    return pre + "".join(fixed) + post


def _case_part(part: str, *, first: bool, shouting: bool) -> str:
    low = part.lower()
    if low in _ACRONYMS:
        return _ACRONYMS[low]
    if low.rstrip(".") in _ABBREVIATIONS:
        return _ABBREVIATIONS[low.rstrip(".")]
    if low in _ROMAN and (part.isupper() or low != "i"):
        return part.upper()
    if low in _SMALL_WORDS and not first:
        return low
    if not shouting:
        if part[1:] != part[1:].lower() and not part.isupper():
            return part  # inner capitals as written: "JavaScript", "McKinsey"
        if part.isupper() and 1 < len(part) <= 5:
            return part  # an unknown acronym in a mixed-case title: "SDR", "NOC"
    return part[:1].upper() + part[1:].lower()


# --------------------------------------------------------------------------------------------
# role_from_title
# --------------------------------------------------------------------------------------------

_DASHES_RE = re.compile(r"\s*[\u2013\u2014\u2015\u2212]\s*")
_PARENS_RE = re.compile(r"\s*(?:\([^()]*\)|\[[^\[\]]*\]|\{[^{}]*\})")
_SEGMENT_SPLIT_RE = re.compile(r"\s*(?:\||\u2013|·|•|»|::|\s-\s|:(?!\S*//)|\?|!)\s*")
_WORD_RE = re.compile(r"[A-Za-z0-9][\w'’.&+#/-]*")


def role_from_title(title: Optional[str]) -> Optional[str]:
    """The role a guide or posting title is about, normalised, or None if it names no role."""
    if not isinstance(title, str):
        return None
    return _role_from_title_safe(title[:400])  # only the first 400 characters are read


@lru_cache(maxsize=4096)
def _role_from_title_safe(title: str) -> Optional[str]:
    try:
        return _role_from_title(title)
    except Exception:  # noqa: BLE001 - a title we cannot read simply names no role
        return None


def _role_from_title(title: str) -> Optional[str]:
    s = html.unescape(title[:400])
    s = s.replace("\u00a0", " ")
    s = _DASHES_RE.sub(" \u2013 ", s)  # all long dashes become one separator
    for _ in range(3):  # nested brackets
        s = _PARENS_RE.sub(" ", s)
    s = re.sub(r"[\(\[\{].*$", " ", s)  # an unclosed bracket: drop the rest
    s = re.sub(r"\s+", " ", s).strip()
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    # "We're hiring: Head Sommelier", "Now Hiring – Barista": the hiring cue says the rest is a
    # job title, so any short noun phrase there is accepted (role nouns are an open set).
    m = _HIRING_RE.match(s)
    if m:
        for segment in _SEGMENT_SPLIT_RE.split(m["rest"]):
            segment = segment.strip(" ,;.'\"“”‘’")
            if segment:
                # relaxed only for a Title Case phrase: a job title, not "come build with us"
                words = [w for w in segment.split() if len(w) > 3]
                titled = (bool(words) and all(w[0].isupper() for w in words)
                          and not _INVITATION_WORDS & {w.lower() for w in segment.split()})
                role = _pick(segment, relaxed=titled, headline=True)
                if role:
                    return normalise_role(role)
                break
    for segment in _SEGMENT_SPLIT_RE.split(s):
        segment = segment.strip(" ,;.'\"“”‘’")
        if not segment:
            continue
        role = _role_from_segment(segment)
        if role:
            return normalise_role(role)
    return None


_INVITATION_WORDS = frozenset("us we our you your join come build grow help".split())
_HIRING_RE = re.compile(
    r"^(?:we'?re|we\s+are|now|currently|urgently)?\s*hiring(?:\s+now)?\s*[:!|\u2013-]\s*(?:an?\s+)?(?P<rest>.+)$",
    re.I)


def _role_from_segment(segment: str) -> Optional[str]:
    # 1. "(guide words) of/for a X": Duties of a Nurse, Job Description for an Accountant.
    m = re.search(r"\s(?:of|for)\s+(?:an?\s+|the\s+)?", segment, re.I)
    if m and _is_guide_only(segment[: m.start()]):
        role = _pick(segment[m.end():], relaxed=False, headline=True)
        if role:
            return role
    # 2. Cue phrases.
    for regex, relaxed in _CUES:
        m = regex.search(segment)
        if m:
            role = _pick(m["role"], relaxed=relaxed, headline=True)
            if role:
                return role
    # 3. Plain segment: skip pure guide words, otherwise peel and check.
    if _is_guide_only(segment):
        return None
    return _pick(segment, relaxed=False)


def _is_guide_only(text: str) -> bool:
    """True if ``text`` has nothing but guide words, glue, years and region names."""
    rest = _GUIDE_WORDS_RE.sub(" ", text)
    rest = _REGION_OR_NUMBER_RE.sub(" ", rest)
    rest = _GLUE_RE.sub(" ", rest)
    return not re.search(r"[A-Za-z]", rest)


def _pick(text: str, *, relaxed: bool, headline: bool = False) -> Optional[str]:
    """The role in ``text`` (a candidate role, possibly with a comma qualifier and junk tails).

    A comma qualifier is a posting's team ("Engineer, Payments") only when the part before it is
    a bare role. In a headline - found through a cue, opened by an article, or with guide words
    peeled off ("The Senior iOS Engineer Job, Demystified") - what follows the comma is the
    headline's own tail, and is dropped.
    """
    text = text.strip(" ,;.'\"")
    head, _, qualifiers = text.partition(",")
    role, peeled = _peel(head, relaxed=relaxed)
    if not role:
        # Fallbacks, both headline forms: "A Nurse's Guide to Nights" (a possessive names the
        # subject) and "DevOps Engineer contracts in 2026" (a capitalised role, then lower case).
        for cut in (_possessive_cut(head), _case_cut(head)):
            if cut:
                role, _ = _peel(cut, relaxed=False)
                if role:
                    return role
        return None
    kept = None if headline or peeled else _qualifier(qualifiers)
    return f"{role}, {kept}" if kept else role


_POSSESSIVE_RE = re.compile(r"^(?P<owner>[^'’]+?)(?:['’]s|s['’])(?=\s)")
#: Lower-case words that may sit inside a capitalised role ("Head of Sales", "Sales and Marketing").
_ROLE_GLUE = frozenset("of for and & de".split())


def _possessive_cut(text: str) -> Optional[str]:
    """The owner of a possessive: "The Product Manager's Handbook" -> "The Product Manager"."""
    m = _POSSESSIVE_RE.match(text.strip())
    if not m:
        return None
    owner = m["owner"]
    return owner + "s" if text.strip()[m.end() - 2:m.end()].lower() in {"s'", "s’"} else owner


def _case_cut(text: str) -> Optional[str]:
    """A capitalised role before a lower-case tail in a sentence-case headline, or None.

    "DevOps Engineer contracts in 2026" -> "DevOps Engineer". Every word before the cut carries a
    capital (or is role glue like "of"), the first word after it has none, and the tail is short
    and has no sentence words ("Nurse burnout" cuts; "Nurse who saved a life" does not).
    """
    words = text.split()
    if len(words) < 2 or not any(c.isupper() for c in words[0]):
        return None
    for k in range(1, len(words)):
        w = words[k]
        if any(c.isupper() for c in w) or w.lower() in _ROLE_GLUE:
            continue
        if not w[0].isalpha():
            return None
        tail = _PREP_TAIL_RE.sub("", " " + " ".join(words[k:])).strip()
        tail_words = [t.lower() for t in _words(tail)]
        if not 1 <= len(tail_words) <= 3 or any(t in _SENTENCE_WORDS for t in tail_words):
            return None
        return " ".join(words[:k])
    return None


def _peel(text: str, *, relaxed: bool) -> tuple[Optional[str], bool]:
    """Peel guide words / years / regions off the end; return the shortest part that is a role.

    Also says whether the role is a headline's rather than a bare title: an article opened it or
    something had to be peeled or cut off.
    """
    text = text.strip()
    stripped = _LEAD_RE.sub("", text)
    article = bool(re.match(r"(?:the|an?)\s", text, re.I)) and stripped != text
    text = _EVALUATIVE_RE.sub("", stripped)
    histories = []
    for attempt in (text, _PREP_TAIL_RE.sub("", text)):  # as is, then without "in Texas"-style tails
        current = attempt.strip()
        history = [current]
        for _ in range(12):  # peel one piece at a time
            for regex in _TRAIL_RES:
                shorter = regex.sub("", current).strip()
                if shorter != current and shorter and not _DANGLING_RE.search(shorter):
                    current = shorter
                    history.append(current)
                    break
            else:
                break
        histories.append(history)
    for n, history in enumerate(histories):
        for i in range(len(history) - 1, -1, -1):  # shortest first
            role = _as_role(history[i])
            if role:
                return role, article or n > 0 or i > 0
    if relaxed:
        # The cue already says this is a job: accept a short noun phrase, least peeled first,
        # that is more than guide words ("How to Become a Tour Guide" keeps "Tour Guide").
        for history in histories:
            for candidate in history:
                if _looks_like_noun_phrase(candidate) and not _is_guide_only(candidate):
                    return candidate, True
    return None, False


def _words(text: str) -> list[str]:
    return _WORD_RE.findall(text)


#: Person nouns by their agentive ending, listed or not: "Biostatistician", "Epidemiologist",
#: "Cartographer", "Podiatrist", "Optometrist". These endings never make a thing or an activity.
_AGENT_SUFFIX_RE = re.compile(r"^[a-z][a-z-]{2,}(?:ician|ologist|ographer|iatrist|ometrist)$")
#: A listed head behind a scientific combining form or "co-/para-/sub-/tele-": "Biochemist",
#: "Neuroscientist", "Co-Founder", "Paraeducator", "Photojournalist", "Telemarketer".
_COMPOUND_HEAD_RE = re.compile(
    r"^(?:bio|geo|neuro|psycho|astro|hydro|eco|agro|agri|zoo|pal(?:a)?eo|nano|radio|electro|immuno|cyto|"
    r"histo|patho|pharmaco|toxico|socio|ethno|onco|cardio|gastro|ha?emato|physio|ortho|chemo|petro|aero|"
    r"micro|photo|tele|co|para|sub)-?(?P<head>[a-z]{6,})$"
)
#: Listed heads that are also devices, so a compound of them is a thing ("Microcontroller").
_NOT_COMPOUND_HEADS = frozenset({"controller"})


@lru_cache(maxsize=8192)
def _is_head(low: str) -> bool:
    """``low`` (lower-case, singular) is a role head noun: listed, agentive or a compound of a listed one."""
    if low in ROLE_HEADS:
        return True
    if len(low) < 8:
        return False
    if _AGENT_SUFFIX_RE.match(low):
        return True
    m = _COMPOUND_HEAD_RE.match(low)
    return bool(m) and m["head"] in ROLE_HEADS and m["head"] not in _NOT_COMPOUND_HEADS


@lru_cache(maxsize=8192)
def _singular(word: str) -> str:
    """Singular of a head noun if ``word`` is a plural of one, else ``word`` unchanged."""
    low = word.lower()
    if len(low) < 4 or _is_head(low):
        return word
    for suffix, repl in (("ies", "y"), ("ches", "ch"), ("shes", "sh"), ("sses", "ss"), ("xes", "x"), ("s", "")):
        if low.endswith(suffix) and _is_head(low[: -len(suffix)] + repl):
            return word[: -len(suffix)] + repl
    return word


@lru_cache(maxsize=8192)
def _head_word(word: str) -> bool:
    """``word`` (any case, maybe plural) is a role head noun."""
    return _is_head(_singular(word).lower())


def _as_role(text: str) -> Optional[str]:
    """``text`` as a role name (plural head singularised) if it looks like one, else None."""
    words = _words(text)
    if not 1 <= len(words) <= 7:
        return None
    lows = [w.lower() for w in words]
    if any(w in _SENTENCE_WORDS for w in lows):
        return None
    # Trailing level numerals after the head: "Engineer II", "Analyst 2".
    end = len(words)
    while end > 1 and (lows[end - 1] in _ROMAN or lows[end - 1] in {"1", "2", "3"}):
        end -= 1
    if any(w.isdigit() for w in lows[:end]):
        return None  # "Top 10 ...", "2025"
    last = words[end - 1]
    singular = _singular(last)
    if _is_head(singular.lower()):
        text = text.strip()
        if singular != last:  # "Software Engineers" -> "Software Engineer"
            at = text.rfind(last)
            text = text[:at] + singular + text[at + len(last):]
        return text
    # "<head> of/for/in <domain>": Head of Engineering, Director of Product Marketing.
    for i, w in enumerate(lows[:-1]):
        if _singular(w).lower() in _OF_HEADS and lows[i + 1] in _OF_WORDS and i + 2 < len(lows):
            return text.strip()
    return None


def _looks_like_noun_phrase(text: str) -> bool:
    words = _words(text)
    if not 1 <= len(words) <= 4:
        return False
    lows = [w.lower() for w in words]
    if any(w in _SENTENCE_WORDS or w in _OF_WORDS | {"to", "and", "or"} for w in lows):
        return False
    if _PREP_TAIL_RE.search(" " + text):
        return False  # "Engineer Without", "Nurse Online"
    return all(w[0].isalpha() for w in words)


def _qualifier(text: str) -> Optional[str]:
    """A posting's team qualifier after the first comma ("Payments"), or None to drop it."""
    text = text.strip(" ,;.-")
    if not text:
        return None
    parts = text.split(",")
    first = parts[0].strip()  # only the first qualifier: "Engineer, Payments, Remote"
    if not first:
        return None
    if len(parts) > 1 and _STATE_CODE_RE.match(parts[1]):
        return None  # a city: "Engineer, Austin, TX"
    if first.lower() not in _TEAM_GUIDE_WORDS and (_QUALIFIER_DROP_RE.match(first) or _is_guide_only(first)):
        return None
    words = _words(first)
    if not 1 <= len(words) <= 4:
        return None
    lows = [w.lower() for w in words]
    if any(w in _SENTENCE_WORDS for w in lows) or any(_head_word(w) for w in lows):
        return None  # prose, or a second role ("Accountant, Bookkeeper")
    if not all(w[0].isalpha() for w in words):
        return None
    return first


# --------------------------------------------------------------------------------------------
# seniority_of
# --------------------------------------------------------------------------------------------

#: Multi-word markers rewritten to one token before scanning.
_PHRASES = [
    (re.compile(r"\bentry[\s-]*level\b", re.I), "entrylevel"),
    (re.compile(r"\bmid[\s-]*(?:level|career)\b|\bmidlevel\b", re.I), "midlevel"),
    (re.compile(r"\bsenior[\s-]*level\b", re.I), "senior"),
    (re.compile(r"\bnew[\s-]+grad(?:uate)?s?\b", re.I), "newgrad"),
    (re.compile(r"\bvice[\s-]+president\b", re.I), "vp"),
]
#: Head nouns after which "Staff" is a level (tech ladders), not part of a role ("Staff Nurse").
_STAFF_HEADS = frozenset(
    "engineer developer scientist designer architect researcher analyst programmer manager sre swe sdet "
    "technologist".split()
)
#: Nouns that "Lead" forms a compound with when it means a sales lead, not a level.
_LEAD_NOUNS = frozenset("generation gen qualification nurturing nurture development management scoring".split())
_OTHER_PERSON_WORDS = frozenset("to for reporting supporting supports reports".split())
_C_SUITE = frozenset("cto ceo cfo coo cio cmo cpo ciso cdo cro chro".split())
_CLAUSE_SPLIT_RE = re.compile(r"\s*(?:[,:|()\[\]?!;/]|\s-\s|[\u2013\u2014])\s*")


def seniority_of(role_or_title: Optional[str]) -> Optional[str]:
    """The seniority a role or title states, one of ``SENIORITY_LEVELS``, or None if it states none.

    Words that are both a level and a role noun count as a level only where they modify another
    role noun: "Associate Product Manager" (junior) but "Sales Associate" (None); "Lead Engineer"
    and "Tech Lead" (lead) but "Lead Generation Specialist" (None); "Principal Engineer" but
    "School Principal"; "Staff" only before tech-ladder nouns ("Staff Engineer", not "Staff Nurse");
    "Intern"/"Trainee" only as the role itself ("Marketing Intern", not "Internship Coordinator").
    Several markers: the highest wins ("Senior Director" -> director), except that intern beats
    junior ("Graduate Trainee" -> intern). No marker -> None, never a guessed "mid".
    """
    if not isinstance(role_or_title, str) or not role_or_title.strip():
        return None
    return _seniority_safe(role_or_title[:400])


@lru_cache(maxsize=4096)
def _seniority_safe(text: str) -> Optional[str]:
    try:
        return _seniority(text)
    except Exception:  # noqa: BLE001
        return None


def _seniority(text: str) -> Optional[str]:
    text = normalise_role(text)
    for regex, token in _PHRASES:
        text = regex.sub(token, text)
    found: set[str] = set()
    for clause in _CLAUSE_SPLIT_RE.split(text):
        words = _words(clause)
        # Markers after "to"/"for"/"reporting" describe someone else: "Assistant to the CEO".
        for i, w in enumerate(words):
            if w.lower() in _OTHER_PERSON_WORDS:
                words = words[:i]
                break
        if words:
            found |= _clause_levels(words)
    if not found:
        return None
    if "intern" in found:
        found.discard("junior")
    return max(found, key=SENIORITY_LEVELS.index)


def _clause_levels(words: list[str]) -> set[str]:
    lows = [w.lower().rstrip(".") for w in words]
    heads = [_head_word(w) for w in lows]
    levels: set[str] = set()

    def head_follows(i: int, allowed: Optional[frozenset[str]] = None) -> bool:
        """A role head noun comes after position ``i`` in this clause (so word ``i`` modifies it)."""
        if allowed is None:
            return any(heads[i + 1:])
        return any(_singular(w).lower() in allowed for w in lows[i + 1:])

    def is_head(i: int) -> bool:
        """Word ``i`` is the clause's role noun: nothing role-like after it (bar a level numeral)."""
        return not head_follows(i)

    for i, w in enumerate(lows):
        nxt = lows[i + 1] if i + 1 < len(lows) else ""
        if w in {"intern", "interns", "internship", "trainee", "trainees"}:
            if is_head(i):
                levels.add("intern")
        elif w in {"junior", "jr", "jnr", "entrylevel", "newgrad"}:
            levels.add("junior")
        elif w in {"graduate", "grad", "associate"}:
            if head_follows(i) and nxt not in _OF_WORDS:
                levels.add("junior")  # "Associate Product Manager", "Graduate Engineer"
        elif w in {"midlevel", "intermediate"}:
            levels.add("mid")
        elif w in {"senior", "sr", "snr"}:
            levels.add("senior")
        elif w == "lead":
            if nxt in _LEAD_NOUNS:
                continue  # "Lead Generation Specialist": a sales lead
            if head_follows(i) or (i > 0 and is_head(i) and lows[i - 1] not in _SENTENCE_WORDS | {"to"}):
                levels.add("lead")  # "Lead Engineer", "Tech Lead"; not "How to Lead"
        elif w == "staff":
            if head_follows(i, _STAFF_HEADS):
                levels.add("staff")
        elif w == "principal":
            if head_follows(i):
                levels.add("principal")  # not "School Principal" / "Assistant Principal"
        elif w == "head":
            if nxt == "of" or head_follows(i):
                levels.add("head")  # "Head of Engineering", "Head Chef"
        elif w in {"director", "directors", "vp", "svp", "evp", "avp"}:
            levels.add("director")
        elif w == "chief" or w in _C_SUITE or (w == "president" and (i == 0 or lows[i - 1] != "vp")):
            levels.add("executive")
        elif words[i] in {"I", "II", "III"} and i > 0 and heads[i - 1]:
            levels.add({"I": "junior", "II": "mid", "III": "senior"}[words[i]])  # "Engineer II"
    return levels
