"""Skill matching against the bundled taxonomy (``pipelines/data/skills.json``).

``load_taxonomy(path=None) -> Taxonomy``   (the default taxonomy is loaded once and cached)
``match_skills(text, taxonomy=None) -> [Skill]``

Each canonical skill is returned at most once, in order of first appearance in ``text``.

How it works (see ``docs/skills-taxonomy.md`` for the full rules):

* The text is tokenised ONCE with C-speed string operations on UTF-8 bytes: ``bytes.translate``
  blanks out punctuation, ``.replace`` marks line and sentence ends, ``.split`` gives tokens.
  Characters that belong to skill names survive inside tokens, so ``c++``, ``c#``, ``.net``,
  ``node.js``, ``ci/cd``, ``t-sql``, ``r&d`` are single tokens.
* Every alias of every skill is tokenised the same way at load time and stored in a two-level trie
  (first token → second token → rest); the matcher only visits tokens that start some alias (one
  set intersection) and tries their aliases longest first.  No per-skill regex.
* ``not_skills`` phrases ("Bureau of Labor Statistics") are matched like aliases and yield nothing.
* A compound token that is not itself an alias (``C/C++``, ``Python-based``, ``AWS/GCP``) is
  split on ``/`` and ``-`` and its parts are matched instead.
* Aliases that are ordinary words (``Go``, ``R``, ``C``, ``Swift``, ``Spring``, ``Rust``, ``Excel``...)
  are *gated*: they must be written in the canonical casing, must not look like a verb phrase,
  label or initial, and need technical context in the same sentence / list item.
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, filterfalse
from pathlib import Path
from typing import Iterator, Optional

from .model import Skill

__all__ = ["Taxonomy", "SkillEntry", "load_taxonomy", "match_skills", "DEFAULT_PATH", "TECH_CATEGORIES"]

DEFAULT_PATH = Path(__file__).resolve().parent / "data" / "skills.json"

#: Categories whose (unambiguous) skills count as "technical context" for gated aliases.
TECH_CATEGORIES = frozenset({
    "language", "framework", "library", "database", "cloud", "devops", "data", "ml", "mobile",
    "testing", "api", "tool", "os", "architecture",
})

# ----------------------------------------------------------------------------------------------
# Tokeniser

_NL = b"\x01"      # line / list-item / block boundary (from "\n")
_STOP = b"\x02"    # sentence boundary (". ", "! ", "? ")
_COMMA = b","
_BOUNDARIES = frozenset({_NL, _STOP})


def _make_table() -> bytes:
    table = bytearray(range(256))
    for c in range(0x20):                      # control characters (incl. \t \r, and \x00-\x02)
        table[c] = 0x20
    for ch in b"()[]{}\"'|<>*=~^`$%@\\":
        table[ch] = 0x20
    table[ord(":")] = ord(",")                     # "Leadership: you will ..." is a label
    table[ord("!")] = table[ord("?")] = ord(".")  # sentence enders become "." ...
    table[ord(";")] = ord(",")                     # ... and list separators ","
    table[ord("\n")] = ord("\n")                   # newlines are handled by replace()
    return bytes(table)


_TABLE = _make_table()

#: Non-ASCII punctuation (UTF-8) that should not glue words together.
_UNICODE_PUNCT = (
    ("\u2019", " "), ("\u2018", " "), ("\u201c", " "), ("\u201d", " "), ("\u201e", " "),
    ("\u2013", " "), ("\u2014", " "), ("\u2015", " "), ("\u2022", " "), ("\u2026", " "),
    ("\u2010", "-"), ("\u2011", "-"), ("\u2009", " "), ("\u200a", " "), ("\u202f", " "),
    ("\u200b", ""), ("\u2028", "\n"), ("\u2029", "\n"), ("\u00a0", " "), ("\u00b7", " "),
    ("\u00ab", " "), ("\u00bb", " "), ("\u25aa", " "), ("\u25cf", " "), ("\u25ba", " "),
    ("\u2714", " "), ("\u2713", " "), ("\u2212", "-"), ("\uff0c", ","), ("\u3001", ","),
)
_UNICODE_MAP = dict(_UNICODE_PUNCT)
_ASCII_RUN = re.compile(r"[\x00-\x7f]+")


def _prepare(text: str) -> bytes:
    """The text as UTF-8 bytes with punctuation blanked and boundaries marked (original case);
    ``.split()`` gives the original-case tokens, ``.lower().split()`` the lookup tokens."""
    if not text.isascii():
        # only the characters that occur (one regex pass), not a scan per mapped character
        for ch in set(_ASCII_RUN.sub("", text)):  # the non-ASCII characters (faster than findall)
            rep = _UNICODE_MAP.get(ch)
            if rep is not None:
                text = text.replace(ch, rep)
    b = text.encode("utf-8", "ignore")
    b = b" " + b.translate(_TABLE) + b" "
    return b.replace(b"\n", b" \x01 ").replace(b". ", b" \x02 ").replace(b",", b" , ")


def _tokenize(text: str) -> tuple[list[bytes], list[bytes]]:
    """Return (original-case tokens, lower-case tokens), aligned index by index."""
    b = _prepare(text)
    return b.split(), b.lower().split()


def _alias_tokens(alias: str) -> tuple[bytes, ...]:
    toks = tuple(_tokenize(alias)[1])
    if not toks or any(t in _BOUNDARIES or t == _COMMA for t in toks):
        raise ValueError(f"alias {alias!r} cannot be matched (empty or contains sentence punctuation)")
    return toks


def normalise(alias: str) -> str:
    """The lookup key of an alias (its tokens, lower-cased, joined by one space)."""
    return " ".join(t.decode("utf-8") for t in _alias_tokens(alias))


# ----------------------------------------------------------------------------------------------
# Rule vocabularies (all lower-case bytes).  Kept small and general; see docs/skills-taxonomy.md.

def _bset(words: str) -> frozenset[bytes]:
    return frozenset(w.encode() for w in words.split())


#: Words that mark a programming / software context.
CUE_WORDS = _bset("""
    programming programmer programmers language languages developer developers code
    codebase codebases coding coder coders framework frameworks library libraries compiler compilers
    compiled compile syntax backend back-end frontend front-end fullstack full-stack sdk sdks script
    scripts scripting api apis runtime toolchain microservices repository repositories repo repos
    open-source opensource oop typed idiomatic debugging refactoring concurrency ide
""")
#: "in X", "using X", "with X": a gated alias right after these counts as technical when it ends
#: the phrase ("written in C.", "in R, SAS", "in Excel and") rather than modifying a following
#: noun ("in SOAP notes", "in Phoenix office").
PREV_CUES = _bset("in using with")
PHRASE_ENDS = _bset(", / & and or for as is are on with via")
#: Words that, right after a gated alias, show it is being used as an English verb or adjective.
VERB_FOLLOWERS = _bset("to at into ahead beyond away around through up down off out over back forward upon onto")
#: At the start of a sentence/list item a gated alias must be followed by one of these (or by a
#: boundary, a cue word, another skill, a version number).  "Go is...", "Rust, Go", "Excel skills".
START_FOLLOWERS = _bset("""
    , / & and or is are was has experience knowledge proficiency proficient skills skill expertise
    background certification certified
""")
#: Mid-sentence, "X skills" / "X experience" shows X is a skill name ("strong Excel skills").
SKILL_NOUNS = _bset("skills skill experience proficiency expertise knowledge certification certified")
#: Hyphenated forms in which a gated alias still counts: "Go-based", "Rust-powered".
HYPHEN_SUFFIXES = _bset("based powered driven native centric heavy first only like specific focused compatible")
#: Nouns after which a single capital letter is a label, not a language ("Vitamin C", "grade C").
LABEL_WORDS = _bset("""
    vitamin grade grades class type plan option section part level tier group block building room
    unit units phase appendix schedule form exhibit step item size model series team zone gate wing
    floor ward bay lot row track score rating mark letter band division league hepatitis hep
    category shift channel drive lane platoon squad stage round camp tower hall
""")
#: Words after which a single capital letter is part of a title or label ("C suite", "C level").
LETTER_FOLLOWERS = _bset("suite level levels grade section corp inc student students average")
#: Abbreviations whose trailing "." is not a sentence end when scanning for context.
ABBREVIATIONS = _bset("e.g i.e etc vs incl approx esp cf viz")

#: ``using X to ...``: after these, "to" introduces a purpose, not a phrasal verb ("using dbt to").
TO_PURPOSE_CUES = _bset("using use uses")

# -- generic (soft / business) skills: "sales", "leadership", "collaboration", "payroll" ... -----
# These words name a skill only where the page presents them as one ("strong negotiation skills",
# "experience in sales", a list item "Change management"), not where they name a team, a company
# or a topic ("our sales team", "a logistics start-up", "why sales fell").

#: After a generic skill: it is presented as a skill ("leadership skills", "a sales role").
GENERIC_NEXT = _bset("""
    skills skill skillset experience expertise background knowledge ability abilities qualities
    capability capabilities technique techniques acumen competence competencies competency mindset
    proficiency certification certified role roles position positions responsibilities duties
    certificate certificates qualification qualifications qualified licence license ticket tickets
""")
#: Up to three tokens before a generic skill: it is presented as a skill ("strong leadership",
#: "experience in sales", "knowledge of GDPR", "4+ years of product marketing").
GENERIC_INTRO = _bset("""
    strong excellent good great proven solid demonstrated demonstrable effective exceptional
    outstanding confident superb sound natural basic advanced skilled experienced experience
    background knowledge understanding expertise proficiency proficient familiarity familiar skills
    skill ability abilities competence comfortable years year record grounding exposure talent
    flair extensive previous prior relevant hands-on practical deep in-depth
""")
#: Words that may follow a generic skill without making it a modifier: list separators and
#: prepositions ("sales, marketing", "leadership of", "problem solving under pressure").
LIST_SEPS = _bset(", / & and or + as")
PREPOSITIONS = _bset("""
    in of for with to at on across within including into from through by via over under about
    around between among during throughout like such e.g i.e incl
""")
DETERMINERS = _bset("a an the our your their its his her this that these those my every each any some")
#: Verbs that end a coordinated phrase ("Sales and Customer Success use ...").
VERBS_AFTER = _bset("""
    is are was were be been being has have had can could will would should may might must do does
    did use uses used help helps fell rose grew happens happened
""")
#: Nouns (and the verbs above) that, right after a multi-word generic skill or at the head of a
#: coordinated list that it starts, show it names a team, a company, a meeting or a subject:
#: "change management process", "market research and analytics consulting firms", "sales, finance
#: or operations teams", "Sales can use".  (A one-word generic skill may be followed only by a
#: separator, a preposition, a boundary or a GENERIC_NEXT noun at all.)
ORG_NOUNS = VERBS_AFTER | _bset("""
    team teams group groups department departments dept function functions division divisions unit
    units meeting meetings company companies firm firms business businesses startup startups
    start-up start-ups organisation organisations organization organizations org orgs industry
    industries sector sectors agency agencies consultancy consultancies ledger ledgers purpose
    purposes leader leaders manager managers director directors executive executives exec execs
    head heads staff colleague colleagues conversation conversations round rounds interview
    interviews exercise exercises office offices floor partner partners rep reps representative
    representatives associate associates officer officers specialist specialists professional
    professionals coordinator coordinators analyst analysts engineer engineers consultant
    consultants job jobs career careers title titles process processes figures numbers data
    targets scripts enablement platform platforms
""")
#: "Head of Sales", "Director of Product Marketing": a job title, not a skill.
TITLE_WORDS = _bset("head heads director directors vp vice president chief officer manager lead")
#: Line-initial verbs of duty lists: "Run customer interviews and market research" presents the
#: objects of the verb (up to the first preposition) as the job's work.
_DUTY_VERBS = """
    run lead manage own drive deliver perform carry handle process plan coordinate oversee support
    prepare provide develop build create design write produce maintain monitor review analyse
    analyze track report use apply organise organize negotiate mentor coach train recruit hire
    present communicate collaborate research conduct administer document ensure execute implement
    establish identify improve define shape scale grow generate close win prospect source direct
    facilitate assist help advise guide resolve investigate keep set contribute partner juggle
    balance take do
"""


def _verb_forms(words: str) -> frozenset[bytes]:
    out = set()
    for w in words.split():
        out.update((w, w + "s", w + "es"))
        if w.endswith("e") and not w.endswith("ee"):
            out.add(w[:-1] + "ing")
        elif (len(w) >= 3 and w[-1] in "bdgmnprt" and w[-2] in "aeiou" and w[-3] not in "aeiou"
              and w not in ("develop", "deliver", "partner", "document", "monitor", "prospect")):
            out.add(w + w[-1] + "ing")
        else:
            out.add(w + "ing")
    return frozenset(x.encode() for x in out)


DUTY_VERBS = _verb_forms(_DUTY_VERBS)
#: Before a verb alias ("mentor"): the word is used as a verb ("you mentor", "and mentor").
VERB_INTRO = _bset("you we they and or to will also can help helps actively regularly ll")
_ADVICE_WORDS = _bset("how when why what where whether learn learning")
_NOT_VERB_NEXT = _bset("is are was were has have had can will program programme programs programmes scheme schemes")
#: A text with this many different technical skills is a technical page: there a gated name that
#: passes the casing and phrase rules counts without a cue in its own sentence.
TECH_PAGE_SKILLS = 8
_SHORT_LINE = 6            # a line this short (tokens) is a list item or label: "Leadership"
_LEAD_IN = 4               # a first sentence this short is a lead-in label: "Reviewing and mentoring."

# gate kinds
_AMBIG, _GENERIC, _VERB, _CASED = 0, 1, 2, 3

_IGNORE = -3              # gate code of a ``not_skills`` phrase
_YEAR = re.compile(rb"(?:19|20)\d\d\Z")
_CONTEXT_WINDOW = 25        # tokens either side, at most, within the sentence / list item
_SHORT_SPAN = 3             # list items this short borrow context from the neighbouring lines


# ----------------------------------------------------------------------------------------------
# Taxonomy

@dataclass(frozen=True)
class SkillEntry:
    """One canonical skill as stored in ``skills.json``."""

    name: str
    category: str
    aliases: tuple[str, ...] = ()
    ambiguous: bool = False
    ambiguous_aliases: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    strict_context: bool = False
    #: a soft / business skill whose plain-word spellings count only when presented as a skill
    generic: bool = False
    #: which spellings are generic (default: the name and every alias not ending in "skills",
    #: "experience" ...)
    generic_aliases: tuple[str, ...] = ()
    #: extra spellings that count only when used as a verb ("mentor" in "you mentor engineers")
    verb_aliases: tuple[str, ...] = ()
    #: spellings that count only when written exactly so ("Core Data", not "core data flows")
    cased_aliases: tuple[str, ...] = ()

    @property
    def gated_forms(self) -> tuple[str, ...]:
        """The surface forms that need context: ``ambiguous_aliases`` or, by default, the name."""
        if not self.ambiguous:
            return ()
        return self.ambiguous_aliases or (self.name,)

    @property
    def generic_forms(self) -> tuple[str, ...]:
        """The spellings that must be presented as a skill (see ``GENERIC_NEXT``)."""
        if not self.generic:
            return ()
        if self.generic_aliases:
            return self.generic_aliases
        return tuple(a for a in (self.name, *self.aliases)
                     if _alias_tokens(a)[-1] not in GENERIC_NEXT)


@dataclass(frozen=True)
class _Gate:
    skill: int
    forms: frozenset[bytes]          # accepted spellings, original case
    single_letter: bool
    words: frozenset[bytes]          # extra (or, when strict, the only) cue words
    names: frozenset[str]            # lower-case canonical names that count as context
    strict: bool
    kind: int = _AMBIG               # _AMBIG | _GENERIC | _VERB | _CASED
    exact: tuple[bytes, ...] = ()    # _CASED: the spelling's original-case tokens


@dataclass
class Taxonomy:
    """The loaded taxonomy plus the lookup tables built from it."""

    skills: list[SkillEntry] = field(repr=False)
    categories: list[str] = field(default_factory=list)
    version: int = 1
    license: str = ""
    source: str = ""
    path: Optional[str] = None
    #: phrases that are never skills and hide the words in them ("Bureau of Labor Statistics")
    not_skills: list[str] = field(default_factory=list)
    #: normalised alias key (tokens joined by a space) → index into ``skills``
    keys: dict[str, int] = field(default_factory=dict, repr=False, init=False)

    def __post_init__(self) -> None:
        self._by_name = {}
        for i, s in enumerate(self.skills):
            low = s.name.lower()
            if low in self._by_name:
                raise ValueError(f"duplicate skill name {s.name!r}")
            if s.category not in self.categories:
                raise ValueError(f"skill {s.name!r} has unknown category {s.category!r}")
            self._by_name[low] = i
        self._gates: list[_Gate] = []
        first: dict[bytes, list[tuple[tuple[bytes, ...], int, int]]] = {}
        owner: dict[tuple[bytes, ...], tuple[int, int]] = {}

        def label(idx: int) -> str:
            return "not_skills" if idx < 0 else repr(self.skills[idx].name)

        def add(toks: tuple[bytes, ...], idx: int, gate: int) -> None:
            prev = owner.get(toks)
            if prev is not None:
                if prev[0] != idx:
                    raise ValueError(
                        f"alias {' '.join(t.decode() for t in toks)!r} maps to both "
                        f"{label(prev[0])} and {label(idx)}")
                if prev[1] >= 0 or gate < 0:   # gated wins over a plain duplicate of itself
                    return
                first[toks[0]].remove((toks[1:], idx, prev[1]))
            owner[toks] = (idx, gate)
            first.setdefault(toks[0], []).append((toks[1:], idx, gate))

        for i, s in enumerate(self.skills):
            for form in s.gated_forms:
                toks = _alias_tokens(form)
                if len(toks) != 1:
                    raise ValueError(f"ambiguous alias {form!r} of {s.name!r} must be a single token")
                fb = form.encode()
                forms = {fb}
                if len(form) > 1:
                    forms.add(fb[:1].upper() + fb[1:])
                ctx = [c.lower() for c in s.context]
                words = frozenset(t[0] for t in map(_tokenize_lower, ctx) if len(t) == 1)
                self._gates.append(_Gate(i, frozenset(forms), len(form) == 1, words,
                                         frozenset(ctx), s.strict_context))
                add(toks, i, len(self._gates) - 1)
            for kind, spellings in ((_GENERIC, s.generic_forms), (_VERB, s.verb_aliases),
                                    (_CASED, s.cased_aliases)):
                for form in spellings:
                    toks = _alias_tokens(form)
                    exact = tuple(_tokenize(form)[0]) if kind == _CASED else ()
                    self._gates.append(_Gate(i, frozenset(), False, frozenset(), frozenset(), False,
                                             kind, exact))
                    add(toks, i, len(self._gates) - 1)
                    if kind == _GENERIC and any(b"-" in t for t in toks):
                        spaced = tuple(w for t in toks for w in t.split(b"-") if w)
                        if all(len(w) > 1 for w in spaced) and spaced != toks:
                            add(spaced, i, len(self._gates) - 1)
            for alias in (s.name, *s.aliases):
                toks = _alias_tokens(alias)
                add(toks, i, -1)
                # "scikit-learn" is also written "scikit learn"; not for one-letter parts (T-SQL).
                if any(b"-" in t for t in toks):
                    spaced = tuple(w for t in toks for w in t.split(b"-") if w)
                    if all(len(w) > 1 for w in spaced) and spaced != toks:
                        if spaced not in owner:
                            add(spaced, i, -1)
        for phrase in self.not_skills:       # consumed like an alias, but yields nothing
            add(_alias_tokens(phrase), -1, _IGNORE)
        # Two-level trie: first token → (its single-token entry, {second token → longer entries}).
        trie: dict[bytes, tuple] = {}
        for t, entries in first.items():
            single = None
            by2: dict[bytes, list] = {}
            for rest, idx, gate in entries:
                if not rest:
                    single = (idx, gate)
                else:
                    by2.setdefault(rest[0], []).append((rest[1:], idx, gate))
            trie[t] = (single, {k: tuple(sorted(v, key=lambda e: -len(e[0]))) for k, v in by2.items()} or None)
        self._first = trie
        #: first tokens whose only alias is that single token, unambiguous: token → skill index
        self._simple = {k: v[0][0] for k, v in trie.items() if v[1] is None and v[0][1] == -1}
        #: first tokens that are an alias on their own (always worth visiting)
        self._always = frozenset(k for k, v in trie.items() if v[0] is not None)
        #: the other first tokens → the remaining tokens of each of their aliases
        self._rests = {k: tuple(e[0] for e in v) for k, v in first.items() if k not in self._always}
        self._maxlen = max((len(k) for k in owner), default=1)
        self.keys = {b" ".join(k).decode(): v[0] for k, v in owner.items() if v[0] >= 0}
        self._tech = [s.category in TECH_CATEGORIES for s in self.skills]
        self._lname = [s.name.lower() for s in self.skills]
        self._split_cache: dict[bytes, Optional[tuple]] = {}

    # -- convenience -----------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.skills)

    def __iter__(self) -> Iterator[SkillEntry]:
        return iter(self.skills)

    def get(self, name: str) -> Optional[SkillEntry]:
        """The skill with this canonical name (case-insensitive), or None."""
        i = self._by_name.get(name.lower())
        return None if i is None else self.skills[i]

    def lookup(self, alias: str) -> Optional[str]:
        """The canonical name an alias (or name) belongs to, no context rules applied, or None:
        ``lookup("AWS") == "Amazon Web Services"``."""
        try:
            i = self.keys.get(normalise(alias))
        except ValueError:                   # empty / punctuation only
            return None
        return None if i is None else self.skills[i].name

    def by_category(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {c: [] for c in self.categories}
        for s in self.skills:
            out[s.category].append(s.name)
        return out


def _tokenize_lower(text: str) -> list[bytes]:
    return _tokenize(text)[1]


def _entry(d: dict) -> SkillEntry:
    return SkillEntry(
        name=d["name"], category=d["category"], aliases=tuple(d.get("aliases") or ()),
        ambiguous=bool(d.get("ambiguous", False)),
        ambiguous_aliases=tuple(d.get("ambiguous_aliases") or ()),
        context=tuple(d.get("context") or ()), strict_context=bool(d.get("strict_context", False)),
        generic=bool(d.get("generic", False)), generic_aliases=tuple(d.get("generic_aliases") or ()),
        verb_aliases=tuple(d.get("verb_aliases") or ()),
        cased_aliases=tuple(d.get("cased_aliases") or ()))


def taxonomy_from_dict(data: dict, path: Optional[str] = None) -> Taxonomy:
    return Taxonomy(skills=[_entry(d) for d in data["skills"]], categories=list(data["categories"]),
                    version=data.get("version", 1), license=data.get("license", ""),
                    source=data.get("source", ""), path=path,
                    not_skills=list(data.get("not_skills") or ()))


@lru_cache(maxsize=8)
def _load(path: str) -> Taxonomy:
    with open(path, encoding="utf-8") as fh:
        return taxonomy_from_dict(json.load(fh), path)


def load_taxonomy(path: str | os.PathLike | None = None) -> Taxonomy:
    """Load a taxonomy JSON file (default: the bundled one).  Results are cached per path."""
    return _load(os.path.abspath(os.fspath(path if path is not None else DEFAULT_PATH)))


# ----------------------------------------------------------------------------------------------
# Compound tokens ("C/C++", "Python-based", "AWS/GCP", "Go-to-market")

def _pieces(tok: bytes, whole) -> list[tuple[bytes, Optional[tuple[bytes, ...]], int]]:
    """Split a compound token on "/" then "-".  Returns (piece, hyphen group, index in group);
    the group is the tuple of pieces of the hyphenated word the piece came from, or None.
    ``whole(segment)`` says whether a "/"-segment is an alias as a whole (``t-sql``)."""
    out: list[tuple[bytes, Optional[tuple[bytes, ...]], int]] = []
    for seg in tok.split(b"/"):
        seg = seg.rstrip(b".-&").lstrip(b"-&#+")      # keep a leading "." (".NET")
        if not seg:
            continue
        if b"-" in seg and not whole(seg):
            sub = tuple(x for x in (y.strip(b".&") for y in seg.split(b"-")) if x)
            for k, x in enumerate(sub):
                out.append((x, sub, k))
        else:
            out.append((seg, None, 0))
    return out


def _orig_pieces(tax: Taxonomy, tok: bytes, parts: tuple) -> tuple:
    """``_pieces`` of an original-case compound token, split exactly like its lower-case form."""
    key = b"\x00" + tok
    cache = tax._split_cache
    res = cache.get(key)
    if res is None:
        first = tax._first
        res = tuple(_pieces(tok, lambda x: x.lower() in first))
        if len(res) != len(parts):          # defensive: non-ASCII case folding changed the split
            res = parts
        cache[key] = res
    return res


def _split_compound(tax: Taxonomy, low: bytes) -> Optional[tuple]:
    cache = tax._split_cache
    if low in cache:
        return cache[low]
    first = tax._first
    pieces = _pieces(low, first.__contains__)
    res = None
    if len(pieces) > 1 or (pieces and pieces[0][0] != low):
        if any(p in first for p, _, _ in pieces):
            res = tuple(pieces)
    if len(cache) > 50_000:
        cache.clear()
    cache[low] = res
    return res


# ----------------------------------------------------------------------------------------------
# Matching

def _match(first: dict, seq: list[bytes], j: int) -> Optional[tuple[int, int, int]]:
    """Longest alias starting at ``seq[j]``: (skill index, gate index or -1, length in tokens)."""
    single, by2 = first[seq[j]]
    if by2 is not None and j + 1 < len(seq):
        opts = by2.get(seq[j + 1])
        if opts is not None:
            for rest, sidx, g in opts:
                k = len(rest)
                if not k or tuple(seq[j + 2:j + 2 + k]) == rest:
                    return sidx, g, k + 2
    if single is not None:
        return single[0], single[1], 1
    return None


class _Cand:
    """A gated alias occurrence waiting for the context rules."""

    __slots__ = ("pos", "i", "gate", "orig", "prv", "nxt", "prv_orig", "after_nxt_orig", "start",
                 "group", "k", "nxt_pos", "listed")

    def __init__(self, pos, i, gate, orig, prv, nxt, prv_orig, after_nxt_orig, start, nxt_pos,
                 group=None, k=0):
        self.pos, self.i, self.gate, self.orig = pos, i, gate, orig
        self.prv, self.nxt, self.prv_orig, self.after_nxt_orig = prv, nxt, prv_orig, after_nxt_orig
        self.start, self.nxt_pos, self.group, self.k = start, nxt_pos, group, k
        self.listed = False          # starts a line among lines that start with technical skills


_PIECE = 1 / 1024      # position offset of the pieces of a compound token (keeps them in order)


def match_skills(text: str, taxonomy: Optional[Taxonomy] = None) -> list[Skill]:
    """Canonical skills mentioned in ``text``, each once, in order of first appearance."""
    if not text:
        return []
    tax = taxonomy if taxonomy is not None else load_taxonomy()
    first = tax._first
    b = _prepare(text)
    ltoks = b.lower().split()
    uniq = set(ltoks)
    hits = first.keys() & uniq

    # Compound tokens that are not aliases themselves but contain one ("C/C++", "Go-based").
    compounds: dict[bytes, tuple] = {}
    for t in filterfalse(bytes.isalnum, uniq - hits):
        if (b"/" in t or b"-" in t or t[-1:] == b"." or t[:1] in b"#+") and t not in _BOUNDARIES:
            parts = _split_compound(tax, t)
            if parts is not None:
                compounds[t] = parts
    if compounds:
        uniq.update(p for parts in compounds.values() for p, _, _ in parts)

    # Tokens worth visiting: aliases on their own, or first tokens of a multi-token alias whose
    # other tokens all occur somewhere in the text.
    always = tax._always
    rests = tax._rests

    def feasible(t: bytes) -> bool:
        if t in always:
            return True
        r = rests.get(t)
        return r is not None and any(uniq.issuperset(x) for x in r)

    wanted = hits & always
    covered = uniq.issuperset
    for t in hits - always:                      # feasible(t), inlined: t is not in `always`
        r = rests.get(t)
        if r is not None and any(map(covered, r)):
            wanted.add(t)
    if compounds:
        compounds = {t: parts for t, parts in compounds.items() if any(feasible(p) for p, _, _ in parts)}
        wanted.update(compounds)
    if not wanted:
        return []
    positions = list(compress(range(len(ltoks)), map(wanted.__contains__, ltoks)))

    # Longest-match scan over the candidate positions.
    n = len(ltoks)
    simple = tax._simple
    gates = tax._gates
    found: list[tuple[float, int]] = []          # (position, skill index) of plain matches
    cands: list[tuple] = []                      # gated occurrences: (pos, i, gate, _Cand|None)
    special: list[tuple] = []                    # generic / verb / cased: (i, end, skill, gate)
    present: dict[int, bool] = {}                # gate → does an accepted spelling occur at all?
    otoks: Optional[list[bytes]] = None          # original-case tokens, built only when needed
    end = -1
    add = found.append
    simple_get = simple.get
    first_get = first.get
    for i in positions:
        if i < end:
            continue
        t = ltoks[i]
        sidx = simple_get(t)
        if sidx is not None:
            add((i, sidx))
            continue
        entry = first_get(t)
        if entry is not None:
            single, by2 = entry
            g = -2
            if by2 is not None and i + 1 < n:
                opts = by2.get(ltoks[i + 1])
                if opts is not None:
                    for rest, s2, g2 in opts:
                        k = len(rest)
                        if not k or tuple(ltoks[i + 2:i + 2 + k]) == rest:
                            sidx, g, end = s2, g2, i + 2 + k
                            break
            if g == -2:
                if single is None:
                    continue
                sidx, g = single
                end = i + 1
            if g < 0:
                if g == -1:
                    add((i, sidx))
                continue
            if gates[g].kind:                            # generic / verb / exactly-cased spelling
                special.append((i, end, sidx, gates[g]))
                continue
            if otoks is None:
                # Before paying for the original-case token list, check (for a few gates) whether
                # an accepted spelling occurs at all: most pages only have "go", "rest", "make".
                ok = present.get(g)
                if ok is None:
                    if len(present) >= 3:
                        ok = True
                    else:
                        ok = present[g] = any(b" " + f + b" " in b for f in gates[g].forms)
                if not ok:
                    continue
                otoks = b.split()
            if otoks[i] in gates[g].forms:
                cands.append((i, i, gates[g], None))   # details are filled in only if needed
            continue
        parts = compounds[t]
        # A compound token: match its pieces (an alias may run on into the following tokens).
        if otoks is None:
            otoks = b.split()
        opieces = _orig_pieces(tax, otoks[i], parts)
        np_ = len(parts)
        seq = [p for p, _, _ in parts] + ltoks[i + 1:i + tax._maxlen]
        j = 0
        while j < np_:
            p, grp, k = parts[j]
            op = opieces[j][0]
            if p not in first or (grp is not None and len(p) <= 2 and op == p):
                j += 1                                  # "bi-weekly", "e-mail": not skills
                continue
            m = _match(first, seq, j)
            if m is None:
                j += 1
                continue
            sidx, g, length = m
            pos = i + (j + 1) * _PIECE
            if g == -1:
                found.append((pos, sidx))
            elif g >= 0 and gates[g].kind:
                # "AI/ML", "sales/marketing" count; "AI-assisted", "sales-led" do not
                if (gates[g].kind == _GENERIC and grp is None and np_ > 1
                        and any(q in first for q, _, _ in parts if q != p)):
                    found.append((pos, sidx))
            elif g >= 0 and op in gates[g].forms:
                last = j + 1 >= np_
                cands.append((pos, i, gates[g], _Cand(
                    pos, i, gates[g], op,
                    parts[j - 1][0] if j else (ltoks[i - 1] if i else _NL),
                    (ltoks[i + 1] if i + 1 < n else _NL) if last else parts[j + 1][0],
                    opieces[j - 1][0] if j else (otoks[i - 1] if i else b""),
                    b"", j == 0 and _is_start(ltoks, i),
                    i + 1 if last else i + (j + 2) * _PIECE, grp, k)))
            if j + length > np_:
                end = i + 1 + (j + length - np_)
            j += length

    if special:
        found.extend(_resolve_special(tax, ltoks, b, found, special))
    if cands:
        found.extend(_resolve_gated(tax, ltoks, otoks, found, cands))
    if special or cands:
        found.sort()

    seen: set[int] = set()
    out: list[Skill] = []
    skills = tax.skills
    for _, sidx in found:
        if sidx not in seen:
            seen.add(sidx)
            s = skills[sidx]
            out.append(Skill(name=s.name, category=s.category))
    return out


def _is_start(ltoks: list[bytes], i: int) -> bool:
    return i == 0 or ltoks[i - 1] in _BOUNDARIES or ltoks[i - 1] in (b"-", b"+", b"&")


def _local_ok(tax: Taxonomy, c: _Cand, starts: set) -> bool:
    """Rules that look only at the alias and its immediate neighbours."""
    gate, nxt, prv = c.gate, c.nxt, c.prv
    if (nxt in VERB_FOLLOWERS and not (nxt == b"to" and prv in TO_PURPOSE_CUES)) or _YEAR.match(nxt):
        return False                                     # "Go to market", "Excel at", "Spring 2024"
    if c.group is not None:                              # "C-suite", "Go-to-market"; "Go-based" ok
        if not (len(c.group) == 2 and c.k == 0 and c.group[1] in HYPHEN_SUFFIXES):
            return False
    if gate.single_letter:
        if prv in LABEL_WORDS or nxt in LETTER_FOLLOWERS or b"&" in (prv, nxt):
            return False                                 # "Vitamin C", "C suite", "R & D"
        for m in (prv, nxt):                             # "A, B, C" / "A/B/C"
            if len(m) == 1 and m.isalpha() and m not in tax._first:
                return False
        # initials: "George R. Martin", "J. C. Smith"
        if nxt == _STOP and c.after_nxt_orig[:1].isupper():
            if c.start or (c.prv_orig[:1].isupper() and prv not in tax._first):
                return False
    if c.start and c.group is None:
        # A capitalised word opening a sentence is weak evidence: "Go to...", "Rust prevention",
        # "Swift response", "Make sure".  Require a list/verb-of-being/skill-noun follower.
        if not (nxt in _BOUNDARIES or nxt in START_FOLLOWERS or nxt in CUE_WORDS
                or nxt in gate.words or c.nxt_pos in starts or nxt[:1].isdigit() or c.listed):
            return False
    return True


def _span(ltoks: list[bytes], i: int) -> tuple[int, int]:
    """Token range of the sentence / list item around ``i`` (clipped to the context window)."""
    n = len(ltoks)

    def is_boundary(j: int) -> bool:
        t = ltoks[j]
        if t == _NL:
            return True
        return t == _STOP and not (j > 0 and ltoks[j - 1] in ABBREVIATIONS)

    lo = i
    while lo > 0 and i - lo < _CONTEXT_WINDOW and not is_boundary(lo - 1):
        lo -= 1
    hi = i
    while hi < n - 1 and hi - i < _CONTEXT_WINDOW and not is_boundary(hi + 1):
        hi += 1
    if hi - lo + 1 <= _SHORT_SPAN:
        # a short list item ("- Go"): look at the previous and next lines too
        j = lo - 2
        while j >= 0 and lo - j < _CONTEXT_WINDOW and ltoks[j] != _NL:
            j -= 1
        k = hi + 2
        while k < n and k - hi < _CONTEXT_WINDOW and ltoks[k] != _NL:
            k += 1
        lo, hi = max(j + 1, 0), min(k - 1, n - 1)
    return lo, hi


def _has_context(tax: Taxonomy, ltoks: list[bytes], c: _Cand, ctx: list[tuple[float, int]],
                 starts: set) -> bool:
    gate = c.gate
    if not gate.strict and c.prv in PREV_CUES:           # "written in C", "in R", "using Excel"
        nxt = c.nxt
        if (nxt in _BOUNDARIES or nxt in PHRASE_ENDS or nxt in CUE_WORDS or nxt in gate.words
                or c.nxt_pos in starts):
            return True
    if not gate.strict and c.nxt in SKILL_NOUNS and not c.start:
        return True                                      # "strong Excel skills", "Go experience"
    if not gate.strict and c.nxt == b"to" and c.prv in TO_PURPOSE_CUES:
        return True                                      # "using Excel to track stock"
    if c.listed and not gate.strict:
        return True                                      # "Kotlin for ...\nGo for ...\nPostgreSQL for"
    lo, hi = _span(ltoks, c.i)
    i = c.i
    extra = gate.words
    if gate.strict:
        for j in range(lo, hi + 1):
            if j != i and ltoks[j] in extra:
                return True
    else:
        for j in range(lo, hi + 1):
            if j != i and (ltoks[j] in CUE_WORDS or ltoks[j] in extra):
                return True
    names = gate.names
    tech = tax._tech
    lname = tax._lname
    hi1 = hi + 1
    for p, sidx in ctx:
        if lo <= p < hi1 and p != c.pos and sidx != gate.skill:
            if lname[sidx] in names or (not gate.strict and tech[sidx]):
                return True
    return False


def _resolve_gated(tax: Taxonomy, ltoks: list[bytes], otoks: list[bytes],
                   found: list[tuple[float, int]], cands: list[tuple]) -> list[tuple[float, int]]:
    """Apply the ambiguity rules to the gated occurrences (in text order); return the accepted
    (position, skill) pairs.  Only the first accepted occurrence of a skill matters, so later ones
    are skipped; accepted ambiguous skills give context to the others ("Languages: C, Go")."""
    starts = {p for p, _ in found} | {e[0] for e in cands}
    n = len(ltoks)
    tech = tax._tech
    line_starts = {p for p, sidx in found
                   if tech[sidx] and (p == 0 or (p == int(p) and ltoks[int(p) - 1] == _NL))}
    ctx = list(found)
    accepted: list[tuple[float, int]] = []
    done: dict[int, float] = {}                          # skill → earliest accepted position
    pending: list[_Cand] = []
    for pos, i, gate, c in cands:
        if gate.skill in done:
            continue
        if c is None:
            c = _Cand(i, i, gate, otoks[i], ltoks[i - 1] if i else _NL,
                      ltoks[i + 1] if i + 1 < n else _NL, otoks[i - 1] if i else b"",
                      otoks[i + 2] if i + 2 < n else b"", _is_start(ltoks, i), i + 1)
        if line_starts and c.start and c.group is None and (i == 0 or ltoks[i - 1] == _NL):
            c.listed = _neighbour_line_starts(ltoks, i, line_starts)
        if not _local_ok(tax, c, starts):
            continue
        if _has_context(tax, ltoks, c, ctx, starts):
            accepted.append((pos, gate.skill))
            ctx.append((pos, gate.skill))
            done[gate.skill] = pos
        else:
            pending.append(c)
    changed = True
    while pending and changed:       # context from skills accepted after them
        changed = False
        rest = []
        for c in pending:
            s = c.gate.skill
            if s in done and done[s] <= c.pos:
                continue
            if _has_context(tax, ltoks, c, ctx, starts):
                accepted.append((c.pos, s))
                ctx.append((c.pos, s))
                done[s] = min(c.pos, done.get(s, c.pos))
                changed = True
            else:
                rest.append(c)
        pending = rest
    if pending and len({sidx for _, sidx in ctx if tech[sidx]}) >= TECH_PAGE_SKILLS:
        # On a technical page a correctly cased name that passed the phrase rules is the
        # technology ("Rust has moved from curiosity to requirement"), except for one-letter names
        # and names that need their own context words (Spring, Word, spoken languages).
        for c in pending:
            s = c.gate.skill
            if c.gate.strict or c.gate.single_letter or (s in done and done[s] <= c.pos):
                continue
            accepted.append((c.pos, s))
            done[s] = min(c.pos, done.get(s, c.pos))
    return accepted


def _neighbour_line_starts(ltoks: list[bytes], i: int, line_starts: set) -> bool:
    """Does the previous or the next line start with a technical skill?  (``i`` starts a line.)"""
    n = len(ltoks)
    j = i - 2                                            # the previous line ends at i - 2
    while j >= 0 and ltoks[j] != _NL:
        j -= 1
    if i >= 2 and j + 1 in line_starts:
        return True
    k = i
    while k < n and ltoks[k] != _NL:
        k += 1
    return k + 1 in line_starts


# ----------------------------------------------------------------------------------------------
# Generic (soft / business) skills, verb aliases and exactly-cased aliases

def _line_bounds(ltoks: list[bytes], i: int) -> tuple[int, int]:
    """(first token, one past the last token) of the line around ``i``."""
    lo = i
    while lo > 0 and ltoks[lo - 1] != _NL:
        lo -= 1
    hi = i
    n = len(ltoks)
    while hi < n and ltoks[hi] != _NL:
        hi += 1
    return lo, hi


def _is_stop(ltoks: list[bytes], j: int) -> bool:
    return ltoks[j] == _STOP and not (j > 0 and ltoks[j - 1] in ABBREVIATIONS)


def _coordinated_head(ltoks: list[bytes], j: int) -> int:
    """After "X," / "X and": find the head of the coordinated phrase (its last word before a
    boundary, preposition, determiner or verb).  Returns 1 when the list is of skills ("sales,
    negotiation and presentation skills"), -1 when it names teams or companies ("sales, finance or
    operations teams"), 0 otherwise ("GDPR and data protection")."""
    n = len(ltoks)
    head = None
    for k in range(j, min(j + 8, n)):
        t = ltoks[k]
        if t in _BOUNDARIES or t in PREPOSITIONS or t in DETERMINERS or t in VERBS_AFTER:
            break
        if t not in LIST_SEPS:
            head = t
    if head is None:
        return 0
    if head in GENERIC_NEXT:
        return 1
    return -1 if head in ORG_NOUNS else 0


def _generic_ok(ltoks: list[bytes], i: int, e: int, starts: set, ends: set) -> bool:
    """Is the generic skill at tokens ``[i, e)`` presented as a skill of the job?"""
    n = len(ltoks)
    nxt = ltoks[e] if e < n else _NL
    prv = ltoks[i - 1] if i else _NL
    if prv == b"of" and i >= 2 and ltoks[i - 2] in TITLE_WORDS:
        return False                                     # "Head of Sales"
    if nxt in GENERIC_NEXT:
        return True                                      # "leadership skills", "a sales role"
    if e - i == 1:
        # one word: anything but a separator, a preposition or a boundary makes it a modifier
        # or a subject ("sales team", "negotiation scripts", "collaboration happens")
        if not (nxt in _BOUNDARIES or nxt in LIST_SEPS or nxt in PREPOSITIONS):
            return False
    elif nxt in ORG_NOUNS:
        return False                                     # "change management process"
    if nxt in LIST_SEPS:
        head = _coordinated_head(ltoks, e + 1)
        if head < 0:
            return False                                 # "sales, finance or operations teams"
        if head > 0:
            return True                                  # "sales, negotiation and CRM skills"
    for j in range(i - 1, max(i - 4, -1), -1):           # "strong leadership", "years in sales"
        t = ltoks[j]
        if t in _BOUNDARIES:
            break
        if t in GENERIC_INTRO:
            return True
    # in a list of skills: "communication, teamwork and leadership"
    if prv in LIST_SEPS and (i - 1 in ends or (i >= 2 and ltoks[i - 2] in LIST_SEPS and i - 2 in ends)):
        return True
    if nxt in LIST_SEPS and (e + 1 in starts or (e + 2 < n and ltoks[e + 1] in LIST_SEPS and e + 2 in starts)):
        return True
    lo, hi = _line_bounds(ltoks, i)
    if hi - lo <= _SHORT_LINE and not any(t[:1].isdigit() or not t.isascii() for t in ltoks[lo:hi]):
        return True                                      # a short list item: "Leadership"
                                                         # (not a table row "Logistics | £31,000")
    first_stop = next((j for j in range(lo, hi) if _is_stop(ltoks, j)), hi)
    if i < first_stop and first_stop - lo <= _LEAD_IN:
        return True                                      # a lead-in: "Reviewing and mentoring."
    if i == lo and first_stop >= hi - 1:
        return True                                      # a one-sentence item that starts with it
    if ltoks[lo] in DUTY_VERBS and i - lo <= 8:
        # the object of a duty verb: "Run customer interviews and market research"
        for j in range(lo + 1, i):
            t = ltoks[j]
            if t in PREPOSITIONS or t in _BOUNDARIES:
                return False
        return True
    return False


def _verb_ok(ltoks: list[bytes], i: int, e: int) -> bool:
    """A verb alias counts when used as a verb: "you mentor", "and mentor", "Mentor new hires"."""
    prv = ltoks[i - 1] if i else _NL
    nxt = ltoks[e] if e < len(ltoks) else _NL
    if nxt in _BOUNDARIES or nxt in _NOT_VERB_NEXT:
        return False                                     # "... a mentor.", "Mentor programme"
    if prv == b"to" and i >= 2 and ltoks[i - 2] in _ADVICE_WORDS:
        return False                                     # "How to negotiate the offer"
    return prv in VERB_INTRO or prv == _NL or (prv == _STOP and not (i >= 2 and ltoks[i - 2] in ABBREVIATIONS))


class _Ends:
    """Last token positions of the matched skills, worked out only if a rule asks for them."""

    __slots__ = ("first", "ltoks", "found", "extra", "_set")

    def __init__(self, first, ltoks, found):
        self.first, self.ltoks, self.found = first, ltoks, found
        self.extra: set = set()
        self._set: Optional[set] = None

    def add(self, j: int) -> None:
        self.extra.add(j)

    def __contains__(self, j: int) -> bool:
        if j in self.extra:
            return True
        if self._set is None:
            out = set()
            for p, _ in self.found:
                if p == int(p):
                    m = _match(self.first, self.ltoks, int(p))
                    out.add(int(p) + (m[2] if m else 1) - 1)
                else:
                    out.add(int(p))
            self._set = out
        return j in self._set


def _resolve_special(tax: Taxonomy, ltoks: list[bytes], b: bytes, found: list[tuple[float, int]],
                     special: list[tuple]) -> list[tuple[float, int]]:
    """Apply the generic / verb / casing rules; return the accepted (position, skill) pairs."""
    first = tax._first
    starts: set = {int(p) for p, _ in found}
    ends = _Ends(first, ltoks, found)
    otoks = None
    accepted: list[tuple[float, int]] = []
    done: set[int] = set()
    pending = []
    for i, e, sidx, gate in special:
        if sidx in done:
            continue
        if gate.kind == _CASED:
            if otoks is None:
                otoks = b.split()
            ok = tuple(otoks[i:e]) == gate.exact
        elif gate.kind == _VERB:
            ok = _verb_ok(ltoks, i, e)
        else:
            pending.append((i, e, sidx))
            continue
        if ok:
            accepted.append((i, sidx))
            done.add(sidx)
            starts.add(i)
            ends.add(e - 1)
    changed = True
    while pending and changed:       # generic skills accepted in a list vouch for their neighbours
        changed = False
        rest = []
        for i, e, sidx in pending:
            if sidx in done:
                continue
            if _generic_ok(ltoks, i, e, starts, ends):
                accepted.append((i, sidx))
                done.add(sidx)
                starts.add(i)
                ends.add(e - 1)
                changed = True
            else:
                rest.append((i, e, sidx))
        pending = rest
    return accepted
