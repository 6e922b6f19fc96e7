"""Boilerplate and ad removal: ``clean(html, url) -> Content``.

The page is parsed once with lxml. The rules are general — they rely on what page furniture *is*
(navigation, link lists, labelled ad slots, widgets named for what they do), never on one site's
class names. Per-source extra selectors can be passed as ``remove_selectors``/``content_selector``.

Steps:
1. metadata first (JSON-LD, ``<meta>``, ``<time>``, canonical, title), before anything is removed
   (visible dates only when the metadata lacks one of the two dates, given ``fetched_at``);
2. drop elements that are never content by their tag (scripts, forms, iframes, nav, aside, footer;
   one C-filtered pass), then, in one walk over the rest, hidden elements, ARIA landmarks for
   navigation/banners/dialogs and elements whose class/id tokens name a kind of furniture (ad,
   share, related, comments, newsletter, modal, cookie, sidebar, widget, ...), except wrappers that
   hold most of the page's prose or the ``<h1>``;
3. choose the main content node by readability-style scoring: each paragraph-like element scores its
   nearest block container (full) and that container's parent (half); scores are discounted by link
   density; the best-scoring node wins, widened to its parent when the parent scores nearly as well
   (an article split into sibling parts around an ad slot);
4. walk that node in document order into blocks (headings with level, paragraphs with bold lead-ins,
   list items with depth, table rows with cells);
5. drop blocks that are furniture by their own text: "Advertisement" labels, "Read more: <link>"
   interruptions, link lists (TOCs, related posts), and whole sections under furniture headings
   ("Related posts", "Leave a reply", "About the author", ...).
"""
from __future__ import annotations

import functools
import itertools
import json
import re
from datetime import datetime
from typing import Any, Iterable, Iterator, Optional, Union
from urllib.parse import urljoin

import lxml.etree
from lxml.cssselect import CSSSelector

# Pages are parsed into plain lxml.etree elements, not lxml.html's HtmlElement: the latter's
# per-element class lookup runs in Python and doubled the cost of every tree walk.
HtmlElement = lxml.etree._Element
# (collect_ids off: nothing looks elements up by id, and hashing every id attribute costs time)
_HTML_PARSER = lxml.etree.HTMLParser(collect_ids=False)
#: an element's text, all descendants' text and tails joined (lxml.html's ``text_content()``);
#: serialising with method="text" is 1.5-2.5x faster than the XPath string() that does the same
_serialise_text = functools.partial(lxml.etree.tostring, method="text", encoding="unicode",
                                    with_tail=False)


def text_content(el: HtmlElement) -> str:
    # an element without children (most paragraphs, list items, cells) is its own .text: 3-4x
    # faster than serialising it
    if not len(el):
        return el.text or ""
    return _serialise_text(el)

from .charset import decode_html
from .dates import find_dates
from .model import HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW, Block, Content

# ---------------------------------------------------------------------------------------------
# Vocabulary of furniture. Tokens are matched against class/id split on non-alphanumerics.

_NEVER_CONTENT_TAGS = {
    "script", "style", "noscript", "iframe", "object", "embed", "form", "button", "input", "select",
    "textarea", "svg", "canvas", "nav", "aside", "footer", "template", "dialog", "video", "audio",
    "map", "picture", "img", "label", "menu",
}
_JUNK_ROLES = {"navigation", "banner", "complementary", "contentinfo", "dialog", "alertdialog",
               "search", "menu", "menubar", "toolbar", "tablist", "alert", "status", "marquee"}

# exact class/id tokens that name furniture
_JUNK_TOKENS = {
    "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adsbygoogle", "adslot",
    "adunit", "adbox", "adwrap", "adsense", "dfp", "gpt", "banner", "sponsor", "sponsored",
    "sponsors", "promo", "promoted", "promotion", "affiliate", "taboola", "outbrain",
    "share", "shares", "sharing", "sharebar", "social", "socials", "sociallinks", "addthis",
    "sharethis",
    "related", "relatedposts", "recommended", "recommendations", "popular", "trending", "ticker",
    "marquee", "carousel", "slider", "morestories", "readnext", "youmaylike",
    "comment", "comments", "commentlist", "respond", "reply", "replies", "disqus", "discussion",
    "newsletter", "subscribe", "subscription", "signup", "optin", "mailchimp", "mc4wp",
    "modal", "popup", "popover", "overlay", "lightbox", "cookie", "cookies", "consent", "gdpr",
    "notice", "toast",
    "breadcrumb", "breadcrumbs", "crumbs", "toc", "tableofcontents",
    "author", "authorbox", "bio", "byline", "avatar",
    "sidebar", "widget", "widgets", "widgetarea", "rail", "sidebox",
    "menu", "megamenu", "submenu", "nav", "navbar", "navigation", "topbar", "masthead",
    "footer", "colophon", "copyright",
    "pagination", "pager", "paging", "prevnext", "postnav",
    "rating", "ratings", "stars", "feedback", "poll", "reactions",
    "login", "register", "signin", "account", "searchform", "search",
    "sronly", "screenreader", "visuallyhidden", "invisible", "noprint",
    "tags", "tagcloud", "postmeta", "entrymeta", "meta", "categories",
    "chat", "livechat", "backtotop", "totop", "scrolltop",
    "jobs", "joblist", "calculator", "cta", "calltoaction", "leadgen", "upsell",
    "eeo", "disclaimer", "legal", "helpful", "paywall", "signin", "signup", "gate", "gated",
    "regwall", "metered", "properties", "metadata", "pageinfo",
}
# token prefixes that name furniture (e.g. "adsbygoogle", "sharebar", "commentform")
_JUNK_PREFIXES = ("advert", "adsby", "sponsor", "share", "social", "related", "comment",
                  "newsletter", "subscribe", "popup", "modal", "cookie", "consent", "breadcrumb",
                  "widget", "sidebar", "banner", "promo", "megamenu", "navbar", "footer",
                  "pagination", "disqus", "outbrain", "taboola")
# tokens that mark an element as content even if another token looks like furniture
_CONTENT_TOKENS = {"content", "entry", "article", "post", "body", "main", "story", "text", "prose"}

_WS = re.compile(r"\s+")
_SPLIT_TOKENS = re.compile(r"[^a-z0-9]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")

# Block texts that are furniture whatever their markup.
_LABEL_ONLY = re.compile(
    r"^\W*(advertisements?|advert|ads?|sponsored( content| links?)?|promoted|"
    r"(scroll|continue reading|article continues|story continues) (down|below|after (the |this )?(ad|advert|advertisement)).*|"
    r"was this (article|page|guide|post|answer|information)? ?(helpful|useful)\??.*|"
    r"continue reading( below)?|story continues below( advertisement)?|"
    r"share( this)?( (post|article|page|story))?( on)?|share on \w+|tweet|pin it|copy link|"
    r"print( this)?( article| page)?|email( this)?|back to top|skip to (main )?content|"
    r"click here.*subscribe.*|loading\W*|related:?|tags?:.*|filed under:?.*|"
    r"previous( post| article)?|next( post| article)?|"
    r"\d+ (min(ute)?s?|mins?) read|reading time.*)\W*$",
    re.IGNORECASE,
)
# Cues that start an in-body link interruption ("Read More: <title>").
_INTERRUPTION = re.compile(
    r"^\W*(read (more|also|next|this)|also read|see also|related( article| post| guide| reading)?s?|"
    r"recommended( reading| for you)?|you (may|might) (also )?like|check out|don'?t miss|"
    r"more (on|from|about)|further reading|keep reading|continue reading|trending|popular|must read|"
    r"suggested|sign in|log in|subscribe)\b",
    re.IGNORECASE,
)
# Headings that open a section of furniture: the heading and what follows it down to the next
# heading of the same or a higher level are dropped.
_FURNITURE_HEADING = re.compile(
    r"^\W*(related( posts?| articles?| guides?| stories| reading| jobs| content)?|"
    r"(you (may|might) (also )?(like|enjoy)|more (stories|articles|guides|posts|from .*)|"
    r"recommended( for you| reading)?|read (next|more|also)|keep reading|further reading|"
    r"popular( posts| guides| articles| now)?|trending( now| posts| guides)?|latest (posts|news|articles|guides)|"
    r"recent (posts|articles|guides)|similar (jobs|roles|posts|guides).*|"
    r"(leave|post|add|write) a (reply|comment|response)|\d* ?comments?( \(\d+\))?|responses?|"
    r"join the discussion|what do you think\??|"
    r"about (the|this|our) (author|writer|editor)s?|written by .*|author bio|meet the (author|writer)|"
    r"share (this|the) (post|article|guide|story|page)|share( it)?|spread the word|"
    r"(sign up|subscribe)( for| to)? .*|(get|join) (our|the) newsletter.*|newsletter|"
    r"table of contents|contents|on this page|in this (article|guide|post)|jump to|"
    r"tags|categories|filed under|follow us.*|connect with us|"
    r"was this (article|guide|page|post) helpful\??|rate this (article|guide|post).*|"
    r"jobs near you|hiring now.*|sponsored|advertisement|"
    r"top (companies|employers|hiring companies|recruiters)\b.*|companies hiring.*|(recent |latest )?reviews( from .*)?|"
    r"similar (profiles|careers|occupations)|related (careers|occupations|roles|jobs|job titles)|"
    r"explore (more|other) .*|other (open )?(roles|jobs|positions|openings|vacancies)( at .*)?|"
    r"(equal (employment )?opportunity|eeo)( statement| employer)?.*|(applicant|candidate) privacy.*|"
    r"privacy (notice|policy)|apply for this (job|role|position)))\W*$",
    re.IGNORECASE,
)

# Hiring legal boilerplate (EEO, accommodation, data-protection and AI-screening notices): the
# application form's small print, not the job.
_LEGAL = re.compile(
    r"equal (employment )?opportunit(y|ies) employer|\bE-Verify\b|reasonable accommodations?\b|"
    r"accommodations? (are|is) available|(request|need) (an? )?accommodation|"
    r"adjustments? (during|to|in) (the |our )?(recruitment |hiring |interview |application )?process|"
    r"welcomes? applications from (everyone|all)|(applicant|candidate|recruitment) privacy (notice|policy)|"
    r"\bprivacy notice\b|data protection act|process(es)? your (personal |application )?data|"
    r"in (line|accordance) with (the )?GDPR|AI[- ]assisted tools|automated (decision|screening)|"
    r"do(es)? not discriminate (on the basis|against)|regardless of (race|age|gender)",
    re.IGNORECASE,
)

_LEGAL_HINTS = ("opportunit", "verify", "accommodat", "adjustment", "welcome", "privacy",
                "protection", "process", "gdpr", "ai-assisted", "ai assisted", "automated",
                "discriminat", "regardless")


def _maybe_legal(text: str) -> bool:
    """A cheap pre-check before the legal-notice regex: one of its key words is there."""
    low = text.lower()
    for h in _LEGAL_HINTS:  # (a plain loop: any() over a generator costs more than the tests)
        if h in low:
            return True
    return False


_BLOCK_TAGS = {"p", "div", "section", "article", "main", "ul", "ol", "li", "table", "tr", "td",
               "th", "tbody", "thead", "tfoot", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
               "pre", "dl", "dt", "dd", "figure", "figcaption", "header", "hr", "br", "center",
               "details", "summary", "address", "caption"}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_STRUCTURAL = {"ul", "ol", "li", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "dl", "dd",
               "dt", "b", "strong", "em", "i", "span", "a", "font", "u", "small", "mark", "sup",
               "sub", "code", "cite", "q", "abbr", "time", "blockquote"}
_SCORED = ("p", "li", "td", "pre", "dd", "blockquote")
_ARTICLE_TYPES = {"article", "newsarticle", "blogposting", "techarticle", "report",
                  "scholarlyarticle", "socialmediaposting", "analysisnewsarticle",
                  "reportagenewsarticle", "opinionnewsarticle", "backgroundnewsarticle",
                  "howto", "advertisercontentarticle", "satiricalarticle", "liveblogposting"}


def norm_space(text: Optional[str]) -> str:
    """Whitespace runs collapsed to one space, ends stripped (str.split is faster than a regex)."""
    return " ".join(text.split()) if text else ""


# Attributes that name what an element is: classes and ids, and on sites whose class names are
# hashed (css-1m4cuuf), the test/component names that stay readable.
_NAME_ATTRS = ("class", "id", "data-testid", "data-test", "data-component", "data-module",
               "data-widget", "data-block", "data-section", "data-qa")


_STATE_CLASS = re.compile(r"^(has|with|no|is|show|hide|hidden|without|can|should)[-_]", re.I)


_NAME_ATTR_SET = frozenset(_NAME_ATTRS)
_NO_TOKENS: frozenset = frozenset()


@functools.lru_cache(maxsize=8192)
def _tokens_of(raw: str) -> frozenset:
    # state modifiers ("has-footer", "is-sticky", "no-sidebar") describe, they do not name
    raw = " ".join(w for w in raw.split() if not _STATE_CLASS.match(w))
    raw = _CAMEL.sub("-", raw).lower()
    return frozenset(t for t in _SPLIT_TOKENS.split(raw) if t)


def _tokens(el: HtmlElement) -> frozenset:
    raw = _raw_names(el.items())
    return _tokens_of(raw) if raw else _NO_TOKENS


def _raw_names(items: list) -> Optional[str]:
    """The name-bearing attribute values of an element's ``items()``, joined (None if none)."""
    raw = None
    for k, v in items:
        if k in _NAME_ATTR_SET:
            raw = v if raw is None else f"{raw} {v}"
    return raw


@functools.lru_cache(maxsize=8192)
def _junk_name(tokens: frozenset, common: frozenset = _NO_TOKENS) -> bool:
    """_is_junk_tokens of an element's name tokens less the page's common ones (cached: pages
    repeat the same class names many times)."""
    return _is_junk_tokens(tokens - common if common else tokens)


def _is_junk_tokens(tokens: frozenset) -> bool:
    if not tokens:
        return False
    if tokens & _JUNK_TOKENS or any(t.startswith(_JUNK_PREFIXES) for t in tokens):
        # "entry-content", "post-body": a wrapper that names itself as content is kept, unless it
        # is also plainly a comment/ad/share/related container ("comment-content").
        if tokens & _CONTENT_TOKENS and not tokens & _HARD_JUNK:
            return False
        return True
    return False


_HARD_JUNK = {"comment", "comments", "ad", "ads", "advert", "advertisement", "adsbygoogle",
              "sponsored", "share", "sharing", "social", "related", "newsletter", "modal",
              "popup", "cookie", "consent", "widget", "sidebar", "breadcrumb", "breadcrumbs",
              "toc", "author", "bio", "disqus", "respond", "reply", "replies", "meta",
              "postmeta", "entrymeta", "byline", "pagination", "rating", "feedback", "menu", "nav"}


_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


_TAB_WORDS = re.compile(r"(^|[^a-z])(tab|tabs|tabpanel|tab-pane|panel|accordion|collapse|collapsible|"
                        r"toggle|expander|disclosure)([^a-z]|$)", re.I)


def _junk_attrs(attrib) -> bool:
    """ARIA navigation/banner/dialog landmarks, modals and hidden elements — except hidden tab
    panels and collapsed accordions, which hold the page's own text behind a click."""
    role = attrib.get("role")
    if role and role.lower() in _JUNK_ROLES:
        return True
    if attrib.get("aria-modal") == "true":
        return True
    style = attrib.get("style")
    hidden = (attrib.get("aria-hidden") == "true" or "hidden" in attrib
              or bool(style and _HIDDEN_STYLE.search(style)))
    if not hidden:
        return False
    if role == "tabpanel" or _TAB_WORDS.search(attrib.get("class", "") + " " + attrib.get("id", "")):
        return False
    return True


def _text_len(el: HtmlElement) -> int:
    return len(norm_space(text_content(el)))


def _link_text_len(el: HtmlElement) -> int:
    return sum(len(norm_space(text_content(a))) for a in el.iter("a"))


# ---------------------------------------------------------------------------------------------
# Metadata

def _walk_jsonld(obj: Any, out: list[dict]) -> None:
    if isinstance(obj, list):
        for o in obj:
            _walk_jsonld(o, out)
    elif isinstance(obj, dict):
        if "@graph" in obj:
            _walk_jsonld(obj["@graph"], out)
            rest = {k: v for k, v in obj.items() if k not in ("@graph", "@context")}
            if "@type" in rest:
                out.append(rest)
        else:
            out.append(obj)


def jsonld_types(obj: dict) -> set[str]:
    t = obj.get("@type")
    if isinstance(t, str):
        return {t.lower().rsplit("/", 1)[-1]}
    if isinstance(t, list):
        return {str(x).lower().rsplit("/", 1)[-1] for x in t}
    return set()


def jsonld_blocks(doc: HtmlElement) -> Iterator[Any]:
    """The parsed JSON of each ``<script type="application/ld+json">`` of the page; a block with
    the usual breakage (trailing commas, raw newlines in strings) is repaired, one that still
    does not parse is skipped."""
    for script in doc.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = (script.text or "").strip()
        if not raw:
            continue
        try:
            yield json.loads(raw)
        except ValueError:
            try:
                yield json.loads(re.sub(r",\s*([}\]])", r"\1", raw.replace("\n", " ")))
            except ValueError:
                continue


def _parse_jsonld(doc: HtmlElement) -> list[dict]:
    out: list[dict] = []
    for data in jsonld_blocks(doc):
        _walk_jsonld(data, out)
    return out


def _meta_tags(doc: HtmlElement) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in doc.iter("meta"):
        key = m.get("property") or m.get("name") or m.get("itemprop") or m.get("http-equiv")
        val = m.get("content")
        if key and val is not None:
            key = key.strip().lower()
            out.setdefault(key, val.strip())
    return out


_DATE_CUE = re.compile(r"\b(updated|published|posted|reviewed|modified|revised)\b", re.I)
_UPDATED_CUE = re.compile(r"updat|modif|revis|edited", re.I)
_PUBLISHED_CUE = re.compile(r"publish|posted|written|date", re.I)
_DATEISH = re.compile(
    r"(\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}\b|"
    r"\b\d{1,2}(st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b|"
    r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{4}\b|"
    r"\b(\d+|an?|one)\s+(minute|hour|day|week|month|year)s?\s+ago\b|\byesterday\b)",
    re.IGNORECASE,
)


_DATE_FURNITURE = {"comment", "comments", "commentlist", "respond", "reply", "replies", "disqus",
                   "related", "relatedposts", "recommended", "popular", "trending", "sidebar",
                   "widget", "widgets", "footer", "nav", "navbar", "menu", "megamenu", "jobs",
                   "joblist", "teaser", "card", "cards", "carousel", "ticker", "events", "event"}


def _in_furniture(el: HtmlElement, memo: Optional[dict] = None) -> bool:
    """Is el inside comments, related posts, sidebars, menus or other teasers? (Their dates are
    not the article's.) Bylines and post meta are not furniture here: that is where dates live.
    ``memo``: verdicts per ancestor, shared by calls on the same tree."""
    for anc in el.iterancestors():
        if anc.tag in ("body", "html"):
            break
        hit = memo.get(anc) if memo is not None else None
        if hit is None:
            hit = ((anc.tag in ("aside", "footer", "nav") or bool(_tokens(anc) & _DATE_FURNITURE))
                   # (one holding the whole article: no evidence)
                   and next(anc.iterdescendants("h1"), None) is None)
            if memo is not None:
                memo[anc] = hit
        if hit:
            return True
    return False


def _times(doc: HtmlElement, memo: dict) -> list[dict]:
    """The page's <time> elements outside furniture, with what their context says they are."""
    times = []
    for t in doc.iter("time"):
        prop = (t.get("itemprop") or "").lower()
        if prop in ("datepublished", "datecreated", "dateposted"):
            # microdata says outright whose date this is, wherever the theme put it
            times.append({"datetime": t.get("datetime") or norm_space(text_content(t)),
                          "text": norm_space(text_content(t)), "context": "published"})
            continue
        if prop == "datemodified":
            times.append({"datetime": t.get("datetime") or norm_space(text_content(t)),
                          "text": norm_space(text_content(t)), "context": "updated"})
            continue
        if _in_furniture(t, memo):
            continue  # dates of comments, related posts, sidebars
        dt = t.get("datetime") or norm_space(text_content(t))
        if not dt:
            continue
        ctx_el = t.getparent()
        ctx = " ".join(filter(None, [t.get("class"), t.get("itemprop"),
                                     ctx_el.get("class") if ctx_el is not None else None,
                                     norm_space(text_content(ctx_el))[:80] if ctx_el is not None else None]))
        kind = "updated" if _UPDATED_CUE.search(ctx) else ("published" if _PUBLISHED_CUE.search(ctx) else None)
        times.append({"datetime": dt, "text": norm_space(text_content(t)), "context": kind})
    return times


_BYLINE_TAGS = frozenset(("span", "div", "p", "li", "small", "time", "em", "dd", "a", "footer"))
# Date cue words ("Last updated", "Published", "Page last reviewed"), lower case.
_CUE_WORDS = ("updat", "publish", "posted", "review", "modifi", "revise")


@functools.lru_cache(maxsize=64)
def _cue_xpath(cores: frozenset) -> lxml.etree.XPath:
    """Text nodes holding one of these cue-word cores, found in C (XPath 1.0 has no regex, and
    each contains() copies the node's text, so only the cores the page uses)."""
    return lxml.etree.XPath(
        "descendant::text()[" + " or ".join(f"contains(., '{w}')" for w in sorted(cores)) + "]")


_FOUR_DIGITS = re.compile(r"\d{4}")


def _cue_texts(doc: HtmlElement) -> list:
    """Text nodes with a date cue word that may sit next to a date. The page's text is scanned
    once (str.find on the lower-cased text), and only cue words with a year or "… ago" within
    reach are looked up as nodes, by their core as spelled on the page ("pdat" for "Updated" and
    "updated", "PDAT" for "UPDATED")."""
    body = doc.find("body")
    if body is None:
        return []
    full = text_content(body)
    low = full.lower()
    cores = set()
    for word in _CUE_WORDS:
        i = low.find(word)
        while i >= 0:
            lo, hi = max(0, i - 400), i + 400
            # four digits in a row (every dated form of _DATEISH has its year) or a relative date
            # nearby: a pre-check for the date patterns _cue_bylines applies to the element's
            # text. (Salary figures, "$120,000", have no four digits in a row.)
            if (_FOUR_DIGITS.search(low, lo, hi) or low.find("ago", lo, hi) >= 0
                    or low.find("yesterday", lo, hi) >= 0):
                cores.add(full[i + 1:i + len(word)])
            i = low.find(word, i + len(word))
    return _cue_xpath(frozenset(cores))(body) if cores else []


def _short_text(el: HtmlElement, limit: int) -> Optional[str]:
    """el's text (pieces joined with spaces) if it is shorter than limit, else None — without
    building the text of big containers."""
    if len(el) > 8:
        return None
    txt = norm_space(" ".join(el.itertext()))
    return txt if len(txt) < limit else None


def _following(el: HtmlElement):
    """Elements after el in document order (its following siblings' subtrees, then its
    ancestors' following siblings')."""
    node = el
    while node is not None:
        for sib in node.itersiblings():
            if isinstance(sib.tag, str):
                yield sib
                for d in sib.iterdescendants():
                    if isinstance(d.tag, str):
                        yield d
        node = node.getparent()


def _byline_window(h1: Optional[HtmlElement], memo: dict) -> tuple[list[str], set]:
    """Visible date strings near the title: from a few elements before the <h1> to where the
    article's prose starts after it. Outermost short element wins ("Updated <time>June 3</time>"
    gives one string with its cue), furniture (teasers, comments) is skipped. Returns the strings
    and the elements they were read from (with their descendants)."""
    out: list[str] = []
    taken: set = set()  # chosen elements and their descendants
    if h1 is None:
        return out, taken
    window: list[HtmlElement] = list(itertools.islice(h1.itersiblings(preceding=True), 15))[::-1]
    parent = h1.getparent()
    if parent is not None:
        window = list(itertools.islice(parent.itersiblings(preceding=True), 5))[::-1] + window
    count = 0
    for el in _following(h1):
        if el.tag == "p" and el.text and len(el.text) >= 150:
            break  # the article's prose has started
        window.append(el)
        count += 1
        if count > 80:
            break
    for el in window:
        if el.tag not in _BYLINE_TAGS or el in taken:
            continue
        txt = _short_text(el, 120)
        if txt and len(txt) > 4 and _DATEISH.search(txt) and not _in_furniture(el, memo):
            taken.update(el.iter())
            if txt not in out:
                out.append(txt)
            if len(out) >= 4:
                break
    return out, taken


def _cue_bylines(doc: HtmlElement, out: list[str], taken: set, memo: dict) -> list[str]:
    """Then "Last updated …" lines anywhere on the page outside furniture (public-sector and docs
    sites put them last), added to ``out`` (the window's strings), at most 6 in all."""
    if len(out) >= 4:
        return out
    for node in _cue_texts(doc):
        el = node.getparent()
        if el is None:
            continue
        if getattr(node, "is_tail", False):
            el = el.getparent() if el.getparent() is not None else el
        for cand in (el, el.getparent()):
            if cand is None or not isinstance(cand.tag, str) or cand.tag in _HEADINGS:
                continue
            if cand in taken:
                break
            txt = _short_text(cand, 80)
            if txt and _DATE_CUE.search(txt) and _DATEISH.search(txt):
                if not _in_furniture(cand, memo) and txt not in out:
                    taken.update(cand.iter())
                    out.append(txt)
                break
        if len(out) >= 6:
            break
    return out


# ---------------------------------------------------------------------------------------------
# Main content selection

def _remove(el: HtmlElement) -> None:
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail and tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _prose_len(el: HtmlElement, lengths: dict) -> int:
    """Characters of paragraph prose (p elements of 80+ chars) below el. ``lengths``: every
    paragraph's length, measured once for the whole tree (see _Furniture)."""
    n = 0
    for p in el.iter("p"):
        t = lengths[p]
        if t >= 80:
            n += t
    return n


def _common_tokens(counts: dict[str, int], n_named: int) -> frozenset:
    """Name tokens so common on this page that they are its building-block vocabulary, not a
    kind of furniture: page builders call every block a "widget" (elementor-widget), some themes
    call every column a "sidebar-…". ``counts``: elements carrying each token; ``n_named``:
    elements with any name token."""
    limit = max(25, 0.2 * n_named)
    return frozenset(t for t, c in counts.items() if c >= limit)


def _linked_headings(body: HtmlElement) -> Iterator[HtmlElement]:
    """h2-h6 that hold a link or sit inside one, in document order."""
    for h in body.iter("h2", "h3", "h4", "h5", "h6"):
        # (iterdescendants/iterancestors filter in C; find(".//a") parses its path in Python)
        if (next(h.iterdescendants("a"), None) is not None
                or next(h.iterancestors("a"), None) is not None):
            yield h


def _card_lists(body: HtmlElement) -> set:
    """Containers of two or more teaser cards (each child holds a linked headline): related
    posts, job listings, "more stories"."""
    holders: dict = {}
    for h in _linked_headings(body):
        child = h
        for _ in range(5):
            parent = child.getparent()
            if parent is None or parent is body:
                break
            holders.setdefault(parent, set()).add(child)
            child = parent
    out = set()
    for el, cards in holders.items():
        if len(cards) < 2 or el.tag not in ("ul", "ol", "div", "section"):
            continue
        n = sum(1 for c in el if isinstance(c.tag, str))
        if len(cards) >= 0.8 * n:
            out.add(el)
    return out


# Attributes that can make an element hidden, modal or a navigation landmark (see _junk_attrs).
_STATE_ATTRS = frozenset(("role", "aria-modal", "aria-hidden", "hidden", "style"))


class _Furniture:
    """Removes page furniture from ``body`` in two phases: :meth:`strip_tags` (elements that are
    never content by their tag, found in C: on ad-heavy pages menus, footers, forms, sidebars and
    icons hold more than half the elements) and :meth:`strip_rest` (hidden and landmark elements,
    class/id names, sign-up boxes, teaser-card lists; one walk over what is left). Protected
    elements (the title's ancestors) and wrappers holding most of the prose are never removed."""

    def __init__(self, body: HtmlElement, protect: set) -> None:
        self.body = body
        self.protect = protect
        # paragraph texts, whitespace-normalised; an entry is dropped when something inside its
        # paragraph is removed, so _choose_main can take the ones still valid
        self.ptext: dict = {p: norm_space(text_content(p)) for p in body.iter("p")}
        # paragraph lengths as first measured (removals only shrink wrappers)
        self.plen: dict = {p: len(t) for p, t in self.ptext.items()}
        self.total_prose = _prose_len(body, self.plen) or 1
        self.removed: set = set()
        self.cards = _card_lists(body)
        self.form_holders: set = set()
        for form in body.iter("form"):
            self.form_holders.update(form.iterancestors("div", "section"))

    def drop(self, el: HtmlElement, alive: Optional[set] = None) -> None:
        """Remove el unless it is protected, inside something already removed, or a wrapper
        holding most of the prose (which is not furniture).

        ``alive``: for calls in document order, the ancestors found still in the tree by earlier
        calls of the same pass. An ancestor of an element precedes it in document order, so once
        seen in the tree it stays there for the rest of the pass: the ancestor walk stops at it
        instead of going on to the root."""
        if el in self.protect:
            return
        removed = self.removed
        if alive is None:
            for anc in el.iterancestors():
                if anc in removed:
                    return
        else:
            walked = []
            for anc in el.iterancestors():
                if anc in alive:
                    break
                if anc in removed:
                    return
                walked.append(anc)
            alive.update(walked)
        if el.tag.__class__ is str and _prose_len(el, self.plen) > 0.5 * self.total_prose:
            return
        self.removed.add(el)
        for p in el.iterancestors("p"):
            self.ptext.pop(p, None)
        _remove(el)

    def strip_tags(self) -> None:
        alive: set = set()
        for el in list(self.body.iter(*_NEVER_CONTENT_TAGS, "header")):
            self.drop(el, alive)

    def strip_rest(self, remove_selectors: Iterable[str] = ()) -> None:
        body, protect, cards, form_holders = self.body, self.protect, self.cards, self.form_holders
        selected = []  # a source's own remove_selectors (in selector order)
        for sel in remove_selectors:
            try:
                selected.extend(_css(sel)(body))
            except Exception:  # bad selector from a source config: ignore it, not the page
                continue
        doomed = []  # in document order
        # Elements decided by tag or state attributes now; elements with names (class, id, ...)
        # are kept with their raw name string until the page's common tokens are known. Pages
        # repeat the same class strings many times, so names are counted and tokenised per
        # distinct string, not per element. (items() is one C call; no attrib proxy is built.)
        rows: list = []  # (element, raw names if it is not a heading, decided) in document order
        raw_counts: dict[str, int] = {}
        for el in body.iter():
            tag = el.tag
            if tag.__class__ is not str:
                rows.append((el, None, True))  # comments, processing instructions
                continue
            items = el.items()
            raw = None
            state = False
            if items:
                for k, v in items:
                    if k in _NAME_ATTR_SET:
                        raw = v if raw is None else f"{raw} {v}"
                    elif k in _STATE_ATTRS:
                        state = True
                if raw:
                    raw_counts[raw] = raw_counts.get(raw, 0) + 1
            if el in protect:
                continue
            if tag in _NEVER_CONTENT_TAGS or tag == "header" or (state and _junk_attrs(dict(items))):
                rows.append((el, None, True))
            elif raw and tag not in _HEADINGS:
                # (a heading's own class names style it — "anchorWithStickyNavbar" — furniture
                # headings go with their container or with their section, see _FURNITURE_HEADING)
                rows.append((el, raw, False))
            elif el in form_holders or el in cards:
                rows.append((el, None, False))
        counts: dict[str, int] = {}
        n_named = 0
        for raw, c in raw_counts.items():
            toks = _tokens_of(raw)
            if toks:
                n_named += c
                for t in toks:
                    counts[t] = counts.get(t, 0) + c
        common = _common_tokens(counts, n_named)
        junk: dict[str, bool] = {}  # verdict per raw name string
        for el, raw, decided in rows:
            if decided:
                doomed.append(el)
                continue
            if raw is not None:
                hit = junk.get(raw)
                if hit is None:
                    toks = _tokens_of(raw)
                    hit = junk[raw] = bool(toks) and _junk_name(
                        toks, common if toks & common else _NO_TOKENS)
                if hit:
                    doomed.append(el)
                    continue
            if el in form_holders and _is_form_box(el):
                doomed.append(el)  # a sign-up / lead-gen box: a form and a line or two of pitch
            elif el in cards:
                doomed.append(el)  # teaser cards (related posts, job listings): linked headlines
        for el in selected:
            self.drop(el)
        alive: set = set()
        for el in doomed:
            self.drop(el, alive)


def _strip_furniture(body: HtmlElement, protect: set, remove_selectors: Iterable[str]) -> None:
    f = _Furniture(body, protect)
    f.strip_tags()
    f.strip_rest(remove_selectors)


def _is_form_box(el: HtmlElement) -> bool:
    text = 0
    for node in el.iter():
        if node.tag == "form":
            continue
        if any(a.tag == "form" for a in node.iterancestors()):
            continue
        text += len(norm_space(node.text)) if isinstance(node.tag, str) else 0
        text += len(norm_space(node.tail)) if node is not el else 0
        if text > 300:
            return False
    return True


class _Lengths:
    """Text and link-text lengths of elements, each measured once per page."""

    def __init__(self) -> None:
        self.text: dict[HtmlElement, int] = {}
        self.links: dict[HtmlElement, int] = {}

    def text_len(self, el: HtmlElement) -> int:
        n = self.text.get(el)
        if n is None:
            n = self.text[el] = len(norm_space(text_content(el)))
        return n

    def link_len(self, el: HtmlElement) -> int:
        n = self.links.get(el)
        if n is None:
            n = 0
            for a in el.iter("a"):
                n += self.text_len(a)
            self.links[el] = n
        return n

    def density(self, el: HtmlElement) -> float:
        total = self.text_len(el)
        return self.link_len(el) / total if total else 0.0


def _container(el: HtmlElement) -> Optional[HtmlElement]:
    p = el.getparent()
    while p is not None and isinstance(p.tag, str) and p.tag in _STRUCTURAL:
        p = p.getparent()
    return p


def _facts_boxes(h1: Optional[HtmlElement], main: HtmlElement) -> list:
    """Key-facts tables and definition lists between the title and the chosen text (postings and
    occupation profiles put location, hours and pay there): they belong to the article."""
    if h1 is None:
        return []
    out = []
    for sib in h1.itersiblings():
        if not isinstance(sib.tag, str):
            continue
        if sib is main or main in sib.iterancestors():
            break
        if sib.tag in ("table", "dl"):
            out.append(sib)
        elif sib.tag == "div" and len(sib) <= 3 and next(sib.iterdescendants("table"), None) is not None:
            out.append(sib)
    else:
        return []  # main is not after the title in the same container: no evidence
    return out


def _choose_main(body: HtmlElement, ptext: Optional[dict] = None) -> HtmlElement:
    """The element holding the article's text. ``ptext``: whitespace-normalised texts of
    paragraphs known to be unchanged (see _Furniture)."""
    m = _Lengths()
    scores: dict[HtmlElement, float] = {}
    # prose of each paragraph-like element of 25+ characters that is mostly not links; a
    # subtree's prose is their sum (see prose() below)
    own: dict[HtmlElement, int] = {}
    for el in body.iter(*_SCORED):
        text = ptext.get(el) if ptext else None
        if text is None:
            text = norm_space(text_content(el))
        n = m.text[el] = len(text)
        if n < 25:
            continue
        if m.link_len(el) < 0.5 * n:
            own[el] = n
        if el.tag == "li" and n < 40 and m.link_len(el) >= 0.5 * n:
            continue  # a link in a list is navigation, not prose
        if el.tag == "td" and next(el.iterdescendants("table"), None) is not None:
            continue
        s = 1.0 + text.count(",") + min(n / 100.0, 3.0)
        parent = _container(el)
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0.0) + s
        grand = parent.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0.0) + s / 2.0
    if not scores:
        return body
    best, best_score = body, -1.0
    for el, s in scores.items():
        if s <= best_score:
            continue  # link density only lowers a score: no need to measure it
        s *= 1.0 - min(m.density(el), 0.9)
        if s > best_score:
            best, best_score = el, s
    # Readability-style widening: when the parent holds substantially more prose than the best
    # node (an article split into sections, accordions, page-builder widgets, or halves around an
    # ad slot), the article is the parent. Thin wrappers (<details>, <section>, builder columns)
    # are climbed through tentatively, and kept only if a level above them qualifies.
    def prose(el: HtmlElement, known: Optional[HtmlElement] = None, known_prose: int = 0) -> int:
        """Prose in el's subtree; ``known``: a child of el whose prose is ``known_prose``
        (the climb below goes up one parent at a time: only the new siblings are visited)."""
        if known is None:
            return sum(own.get(e, 0) for e in el.iter(*_SCORED))
        total = known_prose + own.get(el, 0)
        for child in el:
            if child is not known:
                total += sum(own.get(e, 0) for e in child.iter(*_SCORED))
        return total

    # The climb is decided on prose first; a level's link density (a whole-subtree measure, the
    # costly part) is only needed up to the last level that would widen the choice: climbing
    # through thin wrappers that lead to no wider level changes nothing.
    climb: list[tuple[HtmlElement, bool]] = []  # (ancestor, widens the choice?)
    stop = body.getparent()
    cur = best
    cur_prose = prose(cur)
    for _ in range(8):
        parent = cur.getparent()
        if parent is None or parent is stop:
            break
        parent_prose = prose(parent, cur, cur_prose)
        extra = parent_prose - cur_prose
        if extra >= 0.25 * cur_prose and extra >= 200:
            climb.append((parent, True))
        elif extra <= 0.1 * cur_prose + 50:
            climb.append((parent, False))
        else:
            break
        cur, cur_prose = parent, parent_prose
    while climb and not climb[-1][1]:
        climb.pop()
    for parent, widens in climb:
        if m.density(parent) >= 0.35:
            break
        if widens:
            best = parent
    return best


# ---------------------------------------------------------------------------------------------
# Blocks

def _lead_of(el: HtmlElement) -> Optional[str]:
    """The bold lead-in of a paragraph or list item: a <b>/<strong> at its very start."""
    if el.text and el.text.strip():
        return None
    for child in el:
        if not isinstance(child.tag, str):
            continue
        inner = child
        # <p><span><strong>Lead</strong></span>: look one level into an inline wrapper
        if child.tag in ("span", "a", "em", "i") and len(child) and not (child.text or "").strip():
            inner = child[0]
        if inner.tag in ("b", "strong") or (inner.tag == "span" and "bold" in (inner.get("style") or "")):
            lead = norm_space(text_content(inner))
            lead = lead.rstrip(" :.-–—").strip()
            return lead or None
        return None
    return None


def _is_pseudo_heading(lead: str, text: str) -> bool:
    text = norm_space(text).rstrip(" :")
    return (lead == text and 0 < len(text) <= 80 and not text.endswith((".", "!", ","))
            and not _LABEL_ONLY.match(text))


class _Walker:
    def __init__(self, title: Optional[str]):
        self.blocks: list[Block] = []
        self.title = norm_space(title).lower() if title else None
        self.links: list[tuple[int, int]] = []  # (text length, link text length) per block

    def add(self, kind: str, text: str, el: Optional[HtmlElement], level: int = 0,
            lead: Optional[str] = None, cells: Optional[list[str]] = None, link_len: int = 0) -> None:
        text = norm_space(text)
        if not text:
            return
        if kind == HEADING and self.title and text.lower() == self.title:
            return
        self.blocks.append(Block(kind, text, level, lead, cells))
        self.links.append((len(text), link_len))

    def inline_text(self, el: HtmlElement, skip_blocks: bool) -> tuple[str, int]:
        """Text of el, leaving out nested block elements when skip_blocks; (text, link chars)."""
        parts: list[str] = []
        link_len = 0

        def rec(node: HtmlElement, in_link: bool) -> None:
            nonlocal link_len
            if node.text:
                parts.append(node.text)
                if in_link:
                    link_len += len(norm_space(node.text))
            for child in node:
                if isinstance(child.tag, str):
                    if child.tag == "br":
                        parts.append(" ")
                    elif not (skip_blocks and child.tag in _BLOCK_TAGS):
                        rec(child, in_link or child.tag == "a")
                if child.tail:
                    parts.append(child.tail)
                    if in_link:
                        link_len += len(norm_space(child.tail))

        rec(el, el.tag == "a")
        return "".join(parts), link_len

    def walk(self, el: HtmlElement, list_depth: int = 0) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _HEADINGS:
            text, ll = self.inline_text(el, skip_blocks=False)
            self.add(HEADING, text, el, _HEADINGS[tag], link_len=ll)
            return
        if tag == "p" or tag == "pre" or tag == "address":
            text, ll = self.inline_text(el, skip_blocks=False)
            lead = _lead_of(el)
            if lead and _is_pseudo_heading(lead, text):
                # <p><strong>About the role</strong></p>: a heading in all but markup
                self.add(HEADING, text.rstrip(" :"), el, 4, link_len=ll)
            else:
                self.add(PARAGRAPH, text, el, lead=lead, link_len=ll)
            return
        if tag in ("ul", "ol"):
            for child in el:
                if isinstance(child.tag, str):
                    if child.tag == "li":
                        self.walk_li(child, list_depth + 1)
                    else:
                        self.walk(child, list_depth)
            return
        if tag == "li":
            self.walk_li(el, list_depth + 1)
            return
        if tag == "table":
            self.walk_table(el)
            return
        if tag == "dl":
            term = None
            # <dl> may group its dt/dd pairs in <div>s (HTML allows it)
            children = []
            for child in el:
                if isinstance(child.tag, str) and child.tag == "div":
                    children.extend(c for c in child if isinstance(c.tag, str))
                else:
                    children.append(child)
            for child in children:
                if child.tag == "dt":
                    term = norm_space(text_content(child))
                elif child.tag == "dd":
                    txt = norm_space(text_content(child))
                    full = f"{term}: {txt}" if term else txt
                    self.add(LIST_ITEM, full, child, 1, lead=term,
                             link_len=_link_text_len(child))
            return
        if tag in ("figcaption", "hr", "br", "caption"):
            return  # captions and credits; a <figure> may hold a table (WordPress blocks do)
        # generic container: text runs directly inside it become paragraphs, block children recurse
        run: list[str] = []
        run_links = 0

        def flush() -> None:
            nonlocal run, run_links
            if run:
                self.add(PARAGRAPH, "".join(run), None, link_len=run_links)
            run, run_links = [], 0

        if el.text and el.text.strip():
            run.append(el.text)
        for child in el:
            if not isinstance(child.tag, str):
                if child.tail:
                    run.append(child.tail)
                continue
            if child.tag == "br":
                # <br><br> separates paragraphs in sloppy markup
                nxt = child.getnext()
                if nxt is not None and nxt.tag == "br" and not (child.tail or "").strip():
                    flush()
                else:
                    run.append(" ")
            elif child.tag in _BLOCK_TAGS:
                flush()
                self.walk(child, list_depth)
            else:
                t, ll = self.inline_text(child, skip_blocks=True)
                run.append(t)
                run_links += ll
                # inline element with block children (e.g. <span><p>..</p></span>)
                for sub in child:
                    if isinstance(sub.tag, str) and sub.tag in _BLOCK_TAGS:
                        flush()
                        self.walk(sub, list_depth)
            tail = child.tail
            if tail and (run or not tail.isspace()):  # (a run of only whitespace makes no block)
                run.append(tail)
        flush()

    def walk_li(self, li: HtmlElement, depth: int) -> None:
        text, ll = self.inline_text(li, skip_blocks=True)
        # a <li> wrapping a <p> (common in CMS output): take the paragraphs' text
        nested_lists = [c for c in li if isinstance(c.tag, str) and c.tag in ("ul", "ol")]
        block_children = [c for c in li if isinstance(c.tag, str) and c.tag in _BLOCK_TAGS
                          and c.tag not in ("ul", "ol", "br")]
        if block_children:
            extra = " ".join(norm_space(text_content(c)) for c in block_children)
            text = f"{text} {extra}"
            ll += sum(_link_text_len(c) for c in block_children)
        lead = _lead_of(li)
        if lead is None and block_children and block_children[0].tag == "p":
            lead = _lead_of(block_children[0])
        self.add(LIST_ITEM, text, li, depth, lead=lead, link_len=ll)
        for sub in nested_lists:
            self.walk(sub, depth)

    def walk_table(self, table: HtmlElement) -> None:
        for tr in table.iter("tr"):
            # skip rows of nested tables: they are visited by their own table
            owner = tr.getparent()
            while owner is not None and owner.tag != "table":
                owner = owner.getparent()
            if owner is not table:
                continue
            cells = [norm_space(text_content(c)) for c in tr if isinstance(c.tag, str)
                     and c.tag in ("td", "th")]
            cells = [c for c in cells if c]
            if not cells:
                continue
            is_header = all(c.tag == "th" for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")) \
                or (tr.getparent() is not None and tr.getparent().tag == "thead")
            text = " | ".join(cells)
            # header rows are kept as table rows with level 1 so extractors can skip them
            self.add(TABLE_ROW, text, tr, 1 if is_header else 0, cells=cells,
                     link_len=_link_text_len(tr))


def _post_filter(blocks: list[Block], links: list[tuple[int, int]]) -> list[Block]:
    out: list[Block] = []
    skip_level: Optional[int] = None
    n = len(blocks)
    # link-dense runs of list items (TOCs, related lists): find each list run and judge it whole
    drop = [False] * n
    i = 0
    while i < n:
        if blocks[i].kind == LIST_ITEM:
            j = i
            while j < n and blocks[j].kind == LIST_ITEM:
                j += 1
            total = sum(links[k][0] for k in range(i, j))
            linked = sum(links[k][1] for k in range(i, j))
            if total and linked / total > 0.6:
                for k in range(i, j):
                    drop[k] = True
            i = j
        else:
            i += 1
    prev_text = None
    for i, b in enumerate(blocks):
        if b.kind == HEADING:
            if skip_level is not None and b.level <= skip_level:
                skip_level = None
            if skip_level is None and _FURNITURE_HEADING.match(b.text):
                skip_level = b.level
                continue
        if skip_level is not None:
            continue
        if drop[i]:
            continue
        total, linked = links[i]
        if total < 200 and _LABEL_ONLY.match(b.text):
            continue  # (labels are short: long blocks need not be tried)
        if b.kind in (PARAGRAPH, LIST_ITEM) and _maybe_legal(b.text) and _LEGAL.search(b.text):
            continue
        if b.kind in (PARAGRAPH, LIST_ITEM) and total:
            density = linked / total
            if _INTERRUPTION.match(b.text) and (density > 0.3 or total < 140):
                continue
            if density > 0.8 and total < 200:
                continue  # a bare link standing alone is navigation, not prose
        if b.text == prev_text:
            continue
        prev_text = b.text
        out.append(b)
    # a trailing heading with nothing under it is noise
    while out and out[-1].kind == HEADING:
        out.pop()
    return out


# ---------------------------------------------------------------------------------------------
# Article recognition

def _article_signals(doc: HtmlElement, jsonld: list[dict], meta: dict[str, str],
                     h1: Optional[HtmlElement]) -> dict[str, Any]:
    """Machine-readable and structural evidence that a page is one article (measured before any
    element is removed). ``dominant_article`` is None (not measured) when a machine-readable
    marker is there: is_article_page decides on the marker then, and measuring the text of every
    <article> costs more than the rest of this together."""
    types = set()
    for obj in jsonld:
        types |= jsonld_types(obj)
    og_article = meta.get("og:type", "").lower() == "article"
    marked = bool(types & _ARTICLE_TYPES) or "jobposting" in types or og_article
    # Nested <article>s (cards inside a post, comments) are not counted apart from their outer one.
    top = [el for el in doc.iter("article") if next(el.iterancestors("article"), None) is None]
    dominant_article: Optional[bool] = None
    if not marked:
        sized = sorted(((el, _text_len(el)) for el in top), key=lambda x: -x[1])
        dominant = None
        if sized and (len(sized) == 1 or sized[0][1] >= 2.5 * sized[1][1]):
            dominant = sized[0][0]
        holds_h1 = dominant is not None and h1 is not None and (
            dominant is h1 or dominant in h1.iterancestors())
        dominant_article = holds_h1 or (dominant is not None and len(top) == 1)
    return {
        "jsonld_article": bool(types & _ARTICLE_TYPES),
        "jsonld_jobposting": "jobposting" in types,
        "og_article": og_article,
        "article_elements": len(top),
        "dominant_article": dominant_article,
        "has_h1": h1 is not None,
        "jsonld_types": sorted(types),
    }


def block_words(blocks: Iterable[Block], headings: bool = True) -> int:
    """Words in the blocks' texts. clean() normalises every block's whitespace (one space between
    words, none at the ends), so counting spaces counts words, several times faster than split()."""
    return sum(b.text.count(" ") + 1 for b in blocks if b.text and (headings or b.kind != HEADING))


def is_article_page(signals: dict[str, Any], blocks: list[Block], url: str,
                    article_patterns: Iterable[str] = (),
                    listing_patterns: Iterable[str] = ()) -> str:
    """Decide whether a page is an article (a role guide or posting), a listing or site page.

    Returns "yes", "weak" (no marker, but one long titled text: an article only if extraction
    finds a role in its title) or "no". Configured URL patterns decide first. Else an article
    needs a machine-readable marker (Article/JobPosting JSON-LD, ``og:type=article``) or one
    dominant ``<article>`` element holding the title, and enough prose.
    """
    for pat in listing_patterns:
        if re.search(pat, url):
            return "no"
    words = block_words(blocks, headings=False)
    for pat in article_patterns:
        if re.search(pat, url):
            return "yes" if words >= 50 else "no"
    if signals.get("jsonld_jobposting"):
        return "yes"
    if signals.get("jsonld_article") or signals.get("og_article"):
        return "yes" if words >= 150 else "no"
    if signals.get("dominant_article") and words >= 250:
        return "yes"
    if signals.get("article_elements", 0) >= 2:
        return "no"  # several cards and no marker: a listing
    if signals.get("has_h1") and words >= 400:
        return "weak"
    return "no"


# ---------------------------------------------------------------------------------------------

def canonical_link(doc: HtmlElement, url: str) -> Optional[str]:
    """The page's ``<link rel=canonical>``, absolute, or None."""
    for link in doc.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            return urljoin(url, link.get("href").strip())
    return None


@functools.lru_cache(maxsize=256)
def _css(selector: str) -> CSSSelector:
    """A compiled CSS selector (HTML rules: tag names case-insensitive), as ``cssselect()``."""
    return CSSSelector(selector, translator="html")


_UTF8_PARSER = lxml.etree.HTMLParser(encoding="utf-8", collect_ids=False)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>")
_XML_DECL_BYTES = re.compile(rb"^\s*<\?xml")


def _plain_utf8(body: bytes) -> bool:
    """Bytes libxml2 can parse as they are: valid UTF-8 (which decode_html would choose too),
    no BOM or XML declaration, and none of the characters double-encoded text starts with (Â Ã
    â: see charset.repair_mojibake)."""
    if body.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")) or _XML_DECL_BYTES.match(body):
        return False
    if body.isascii():
        return True
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return "\u00c2" not in text and "\u00c3" not in text and "\u00e2" not in text


def parse_html(html: Union[str, bytes], content_type: Optional[str] = None) -> HtmlElement:
    """The page's element tree. Bytes are decoded as :func:`pipelines.charset.decode_html` says;
    valid UTF-8 goes to the parser as it is (no decode and re-encode)."""
    if isinstance(html, bytes):
        if _plain_utf8(html):
            return _fromstring(html, _UTF8_PARSER)
        html, _ = decode_html(html, content_type)
    # lxml refuses str input carrying an XML encoding declaration; strip it.
    return _fromstring(_XML_DECL.sub("", html, count=1), _HTML_PARSER)


def _fromstring(html: Union[str, bytes], parser: lxml.etree.HTMLParser) -> HtmlElement:
    if not html.strip():
        raise ValueError("empty page")
    doc = lxml.etree.fromstring(html, parser)
    if doc is None:
        raise ValueError("empty page")
    return doc


def _title(doc: HtmlElement, meta: dict[str, str], jsonld: list[dict]) -> tuple[Optional[str], Optional[HtmlElement]]:
    h1s = [h for h in doc.iter("h1") if norm_space(text_content(h))]
    # several h1s (logo + article): prefer the one inside <article>/<main>, else the longest
    chosen = None
    for h in h1s:
        anc = h.getparent()
        while anc is not None:
            if anc.tag in ("article", "main"):
                chosen = h
                break
            anc = anc.getparent()
        if chosen is not None:
            break
    if chosen is None and h1s:
        chosen = max(h1s, key=lambda h: len(norm_space(text_content(h))))
    if chosen is not None:
        return norm_space(text_content(chosen)), chosen
    for obj in jsonld:
        if jsonld_types(obj) & (_ARTICLE_TYPES | {"jobposting"}):
            t = obj.get("headline") or obj.get("title") or obj.get("name")
            if isinstance(t, str) and t.strip():
                return norm_space(t), None
    if meta.get("og:title"):
        return norm_space(meta["og:title"]), None
    t = doc.find(".//title")
    if t is not None and t.text:
        return norm_space(t.text), None
    return None, None


def clean(html: Union[str, bytes, HtmlElement], url: str, *, content_type: Optional[str] = None,
          remove_selectors: Iterable[str] = (), content_selector: Optional[str] = None,
          article_patterns: Iterable[str] = (), listing_patterns: Iterable[str] = (),
          fetched_at: Optional[datetime] = None) -> Content:
    """Main content of a page as ordered blocks, plus the page's metadata.

    ``html`` may be bytes (decoded with :func:`pipelines.charset.decode_html` using
    ``content_type``), text, or a tree :func:`parse_html` made — for a caller that reads something
    else from the page first, so that it is parsed once; clean() then takes the tree apart (copy
    it first to keep it). ``remove_selectors``/``content_selector`` are CSS selectors from a
    source's configuration. ``fetched_at``: when the page was fetched, as later given to
    ``extract()``; with it, visible dates (``meta["times"]``, ``meta["byline_dates"]``) are not
    looked for when the page's JSON-LD/``<meta>`` tags already give both the published and the
    updated date, since :func:`pipelines.dates.find_dates` would not use them. Raises
    ``ValueError`` for an empty or unparseable page.
    """
    if isinstance(html, lxml.etree._Element):
        doc = html
    else:
        try:
            doc = parse_html(html, content_type)
        except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError) as exc:
            raise ValueError(f"unparseable HTML: {exc}") from exc
    jsonld = _parse_jsonld(doc)
    # Script, style and template text is never page text: not in the title (an <h1> may hold a
    # tracking <script>), not in bylines. Dropped once here, after JSON-LD was read from it.
    lxml.etree.strip_elements(doc, "script", "style", "noscript", "template", with_tail=False)
    meta = _meta_tags(doc)
    title, h1 = _title(doc, meta, jsonld)
    memo: dict = {}  # furniture verdicts of ancestors, for the date passes
    # Visible dates are only read when the page's metadata does not already give both dates
    # (dates.find_dates takes JSON-LD and <meta> first, so they could not change the result).
    visible_dates = fetched_at is None or None in find_dates({"jsonld": jsonld, "meta": meta},
                                                             now=fetched_at)
    times: list = []
    bylines: list = []
    taken: set = set()
    if visible_dates:
        times = _times(doc, memo)
        bylines, taken = _byline_window(h1, memo)
    look_for_cues = visible_dates and h1 is not None
    canonical = canonical_link(doc, url)
    signals = _article_signals(doc, jsonld, meta, h1)
    html_el = doc if doc.tag == "html" else doc.getroottree().getroot()
    lang = html_el.get("lang") if html_el is not None else None

    body = doc.find("body")
    if body is None:
        body = doc
    main = None
    facts_boxes: list = []
    if content_selector:
        try:
            found = _css(content_selector)(body)
            main = found[0] if found else None
        except Exception:
            main = None
    protect = set()
    if h1 is not None:
        anc = h1
        while anc is not None:
            protect.add(anc)
            anc = anc.getparent()
    if main is not None:
        if look_for_cues:
            _cue_bylines(doc, bylines, taken, memo)
        _strip_furniture(main, set(), remove_selectors)
    else:
        furniture = _Furniture(body, protect)
        furniture.strip_tags()
        if look_for_cues:
            # "Last updated" lines are looked for once menus, footers and forms are gone (dates
            # inside those are furniture's anyway): on ad-heavy pages half the text nodes fewer
            _cue_bylines(doc, bylines, taken, memo)
        furniture.strip_rest(remove_selectors)
        main = _choose_main(body, furniture.ptext)
        facts_boxes = _facts_boxes(h1, main)
    walker = _Walker(title)
    for box in facts_boxes if main is not None and content_selector is None else ():
        walker.walk(box)
    walker.walk(main)
    blocks = _post_filter(walker.blocks, walker.links)
    content = Content(
        url=url,
        title=title,
        blocks=blocks,
        meta={"jsonld": jsonld, "meta": meta, "times": times, "byline_dates": bylines,
              "lang": lang, "canonical": canonical, "signals": signals},
    )
    verdict = is_article_page(signals, blocks, url, article_patterns, listing_patterns)
    content.is_article = verdict != "no"
    content.meta["article_evidence"] = verdict
    return content
