"""A local role-guide site of N pages, generated from the 16 real demo article pages.

Each generated article page takes its *furniture* (head metadata, JSON-LD, menus, ads, share bars,
related lists, comments, sidebars, footer) from one demo article (the template) and its *body* from
another (bodies are always swapped between templates, across the three styles), then varies it:

- the role in the title and body is replaced by one of ~50 other roles (with "a"/"an" fixed);
- salary figures in the body are scaled by 0.88-1.12;
- a short intro paragraph names an edition and a city, so every page's text is unique (the crawler
  drops a second page with the same title+text as a duplicate);
- the slug, canonical URL, og:url, JSON-LD ids and share links point at the page's own new URL;
  links to the 16 original articles (menus, related posts, "Read More" boxes) point at other
  generated pages, with their titles;
- related-post cards, comments and "most read" items are cloned until the page is ~60 KB
  (57-63 KB), the size of the ad-heavy demo pages (pathwise's <article> cards at most 12).

URLs keep each template's style: ``/YYYY/MM/<slug>/`` (careernews), ``/blog/<slug>/`` (pathwise),
``/guides/<slug>.html`` (jobhub). Files keep the demo's ``{{BASE_URL}}`` placeholder, which the
benchmark server replaces with its own address, so one set of page files serves several "sites"
(one per port): each site has its own robots.txt (allows everything, names the sitemap),
``sitemap.xml`` (its first n articles) and paginated listing pages (``/``, ``/page/2/``, ...)
linking every one of its articles.

Layout on disk::

    ROOT/pages/<article path>            shared article pages
    ROOT/sites/<site>/robots.txt         per site
    ROOT/sites/<site>/sitemap.xml
    ROOT/sites/<site>/index.html, page/<k>/index.html
"""
from __future__ import annotations

import html
import json
import math
import os
import re
import time
from dataclasses import dataclass, field
from typing import Optional

import lxml.html

import crawler

DEMO_ROOT = os.path.join(os.path.dirname(os.path.abspath(crawler.__file__)), "demo_site")
BASE = "{{BASE_URL}}"

#: Per style: the class token of the article body container, and the furniture lists whose
#: items are cloned to bring a page to ~60 KB: (container class, item tag, max clones or None).
#: Pathwise's related cards are <article> elements: capped at 9 clones (12 cards), as real
#: "keep reading" grids are, so the page does not turn into a listing of article cards.
STYLES: dict[str, dict] = {
    "careernews": {"body": "mvx-post-content",
                   "pads": [("mvx-related-grid", "div", None), ("comment-list", "li", None),
                            ("mvx-most-read", "li", None)]},
    "pathwise": {"body": "pw-post__body",
                 "pads": [("pw-related__grid", "article", 9), ("pw-site-footer__popular", "li", None)]},
    "jobhub": {"body": "entry-content",
               "pads": [("jh-card-grid", "div", None), ("jh-comment-list", "li", None)]},
}

ROLES = [
    "Data Engineer", "Product Manager", "QA Engineer", "Android Developer", "Security Analyst",
    "Database Administrator", "Network Engineer", "Technical Writer", "Business Analyst",
    "Project Manager", "Graphic Designer", "Marketing Manager", "Financial Analyst", "Pharmacist",
    "Physical Therapist", "Dental Hygienist", "Electrician", "Plumber", "Welder", "Truck Driver",
    "Warehouse Associate", "Store Manager", "Chef", "Paralegal", "Social Worker",
    "Civil Engineer", "Mechanical Engineer", "Solutions Architect", "Platform Engineer",
    "Full-Stack Developer", "Embedded Software Engineer", "Data Analyst", "Analytics Engineer",
    "Scrum Master", "Account Executive", "Customer Success Manager", "Content Writer",
    "SEO Specialist", "Copywriter", "Medical Assistant", "Nurse Practitioner",
    "Radiology Technician", "Laboratory Technician", "Construction Manager", "HVAC Technician",
    "Carpenter", "Operations Manager", "Supply Chain Analyst", "Payroll Specialist", "Recruiter",
]
CITIES = [
    "Austin", "Leeds", "Toronto", "Pune", "Melbourne", "Dublin", "Denver", "Manchester", "Calgary",
    "Hyderabad", "Brisbane", "Berlin", "Chicago", "Glasgow", "Ottawa", "Chennai", "Perth",
    "Amsterdam", "Seattle", "Bristol", "Montreal", "Bengaluru", "Adelaide", "Lisbon", "Atlanta",
    "Cardiff", "Vancouver", "Kolkata", "Auckland", "Madrid", "Boston", "Edinburgh", "Winnipeg",
    "Noida", "Canberra", "Vienna", "Phoenix", "Belfast", "Halifax", "Gurugram",
]
EDITIONS = ["spring", "summer", "autumn", "winter", "mid-year", "year-end", "graduate", "returner"]

_MARKER = re.compile(r"@@([A-Z]+[0-9]*)@@")
_MONEY = r"(?:CA\$|AU\$|A\$|US\$|\$|£|€|₹)"
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
_SALARY_RE = re.compile(
    rf"(?P<s1>{_MONEY})(?P<n1>{_NUM})(?P<k1>[kK]\b)?"
    rf"(?:(?P<sep>\s?(?:–|-|to)\s?)(?P<s2>{_MONEY})?(?P<n2>{_NUM})(?P<k2>[kK]\b)?)?")


def _cls(token: str) -> str:
    return f"//*[contains(concat(' ', normalize-space(@class), ' '), ' {token} ')]"


def _plain(text: str) -> str:
    """Text safe in every context of a page (HTML text, attribute, JSON string) unescaped."""
    return re.sub(r"\s+", " ", text.replace("&", "and").replace('"', "").replace("<", "")
                  .replace(">", "").replace("\\", "")).strip()


def _variants(text: str) -> list[str]:
    out = []
    for v in (text, html.escape(text, quote=False), html.escape(text, quote=True),
              json.dumps(text, ensure_ascii=False)[1:-1]):
        if v and v not in out:
            out.append(v)
    return sorted(out, key=len, reverse=True)


def _scale_number(num: str, f: float) -> str:
    value = float(num.replace(",", ""))
    scaled = value * f
    if "." in num:
        decimals = len(num.split(".")[1])
        return f"{scaled:.{decimals}f}"
    if "," in num or value >= 10000:
        step = 100 if value >= 10000 else 10
        return f"{int(round(scaled / step) * step):,}"
    return str(max(1, int(round(scaled))))


def scale_salaries(text: str, f: float) -> str:
    def sub(m: re.Match) -> str:
        out = m.group("s1") + _scale_number(m.group("n1"), f) + (m.group("k1") or "")
        if m.group("n2"):
            out += m.group("sep") + (m.group("s2") or "") + _scale_number(m.group("n2"), f) + (m.group("k2") or "")
        return out
    return _SALARY_RE.sub(sub, text)


def _role_regex(role: str) -> re.Pattern:
    return re.compile(r"\b(?:(?P<art>an?)\s+)?(?P<role>" + re.escape(role) + r")(?=s?\b)", re.I)


def replace_role(text: str, pattern: re.Pattern, new: str) -> str:
    def sub(m: re.Match) -> str:
        found = m.group("role")
        rep = new.lower() if found.islower() else new
        art = m.group("art")
        if art:
            a = "an" if new[0].lower() in "aeiou" else "a"
            if art[0].isupper():
                a = a.capitalize()
            return f"{a} {rep}"
        return rep
    return pattern.sub(sub, text)


@dataclass
class Template:
    index: int
    style: str
    path: str
    title: str
    role: str
    description: str
    shell: str                       # the whole page with @@MARKERS@@
    body: str                        # inner HTML of the article body, with link markers
    pads: list[tuple[str, list[str], Optional[int]]] = field(default_factory=list)  # (marker, samples, max)
    role_re: Optional[re.Pattern] = None


def _article_files() -> list[tuple[str, dict, str]]:
    out = []
    for style in STYLES:
        with open(os.path.join(DEMO_ROOT, style, "manifest.json"), encoding="utf-8") as fh:
            manifest = json.load(fh)
        for a in manifest["articles"]:
            p = a["path"]
            f = os.path.join(DEMO_ROOT, style, *p.strip("/").split("/"))
            if p.endswith("/"):
                f = os.path.join(f, "index.html")
            out.append((style, a, f))
    return out


def _mark_links(text: str, paths: list[str], titles: list[str], skip: Optional[int] = None) -> str:
    for k, (p, t) in enumerate(zip(paths, titles)):
        if k == skip:
            continue
        for v in _variants(t):
            text = text.replace(v, f"@@LTITLE{k}@@")
        text = text.replace(p, f"@@LINK{k}@@")
    return text


def load_templates() -> list[Template]:
    """The 16 public demo articles, split into furniture shell, body and padding samples."""
    arts = _article_files()
    paths = [a["path"] for _, a, _ in arts]
    titles = [a["title"] for _, a, _ in arts]
    templates = []
    for idx, (style, a, f) in enumerate(arts):
        with open(f, encoding="utf-8") as fh:
            src = fh.read()
        doc = lxml.html.document_fromstring(src)
        desc = (doc.xpath("//meta[@name='description']/@content") or [""])[0]
        found = doc.xpath(_cls(STYLES[style]["body"]))
        if not found:
            raise RuntimeError(f"{f}: no .{STYLES[style]['body']} body container")
        body_el = found[0]
        body = html.escape(body_el.text or "", quote=False) + "".join(
            lxml.html.tostring(c, encoding="unicode") for c in body_el)
        for c in list(body_el):
            body_el.remove(c)
        body_el.text = "@@BODY@@"
        pads = []
        for j, (token, tag, cap) in enumerate(STYLES[style]["pads"]):
            conts = doc.xpath(_cls(token))
            if not conts:
                continue
            cont = conts[0]
            items = [c for c in cont if c.tag == tag]
            if not items:
                continue
            samples = []
            for it in items:
                s = lxml.html.tostring(it, encoding="unicode", with_tail=False) + "\n"
                for k, (p, t) in enumerate(zip(paths, titles)):
                    if p in s:
                        s = s.replace(p, "@@IHREF@@")
                        for v in _variants(t):
                            s = s.replace(v, "@@ITITLE@@")
                samples.append(s)
            last = cont[len(cont) - 1]
            last.tail = (last.tail or "") + f"@@PAD{j}@@"
            pads.append((f"PAD{j}", samples, cap))
        shell = lxml.html.tostring(doc, encoding="unicode", doctype="<!DOCTYPE html>")
        for v in _variants(a["title"]):
            shell = shell.replace(v, "@@TITLE@@")
        if desc:
            for v in _variants(desc):
                shell = shell.replace(v, "@@DESC@@")
        shell = shell.replace(a["path"], "@@PATH@@")
        shell = _mark_links(shell, paths, titles, skip=idx)
        body = _mark_links(body, paths, titles)
        if "@@BODY@@" not in shell:
            raise RuntimeError(f"{f}: body marker lost")
        templates.append(Template(index=idx, style=style, path=a["path"], title=a["title"],
                                  role=a["role"], description=_plain(desc), shell=shell,
                                  body=body, pads=pads, role_re=_role_regex(a["role"])))
    return templates


class SiteGenerator:
    """Deterministic page ``i`` of the benchmark site (same i → same bytes, in any process)."""

    def __init__(self, link_space: int):
        self.templates = load_templates()
        self.T = len(self.templates)
        self.link_space = max(2, link_space)
        self._titles: dict[tuple[int, int], tuple[str, str]] = {}

    # -- what page i is made of -----------------------------------------------------------------
    def spec(self, i: int) -> tuple[int, int, int, int]:
        """(furniture template t, body template s, role r, variant v); (s, r, v) is unique per i
        and t != s (bodies always come from another template)."""
        T, R = self.T, len(ROLES)
        s = i % T
        r = (i // T) % R
        v = i // (T * R)
        if v >= len(EDITIONS) * len(CITIES):
            raise ValueError(f"page {i}: more pages than unique variants")
        t = (s + 1 + (i // T) % (T - 1)) % T
        return t, s, r, v

    def sample(self, n_site: int, count: int) -> list[int]:
        """``count`` page numbers of a site of ``n_site`` pages for the timing benchmarks, the
        same number from every body template (page i's body template is i % T: a plain stride
        such as every 10th page would take only some of them), spread over the roles, variants and
        furniture templates within each."""
        count = min(count, n_site)
        T = self.T
        rounds = -(-count // T)                       # pages per body template (ceil)
        out = set()
        for k in range(count):
            s, m = k % T, k // T
            per = len(range(s, n_site, T))            # pages with body template s
            out.add(s + T * ((m * per // rounds + 3 * s) % per))  # (+3s: other roles per template)
        return sorted(out)

    def title_desc(self, s: int, r: int) -> tuple[str, str]:
        key = (s, r)
        if key not in self._titles:
            src = self.templates[s]
            new = ROLES[r]
            title = replace_role(src.title, src.role_re, new)
            if title == src.title:
                title = f"{new}: {src.title}"
            desc = replace_role(src.description, src.role_re, new)
            self._titles[key] = (_plain(title), _plain(desc))
        return self._titles[key]

    def title(self, i: int) -> str:
        _, s, r, _ = self.spec(i)
        return self.title_desc(s, r)[0]

    def path(self, i: int) -> str:
        t, s, r, _ = self.spec(i)
        slug = re.sub(r"[^a-z0-9]+", "-", self.title_desc(s, r)[0].lower()).strip("-")[:60]
        slug = f"{slug.rstrip('-')}-{i}"
        style = self.templates[t].style
        if style == "careernews":
            return f"/{2019 + i % 7}/{1 + (i // 7) % 12:02d}/{slug}/"
        if style == "pathwise":
            return f"/blog/{slug}/"
        return f"/guides/{slug}.html"

    def content_selector(self, i: int) -> str:
        """The CSS selector of page i's article body container, as a source's
        ``content_selector`` would name it for its site (the furniture template's style)."""
        return "." + STYLES[self.templates[self.spec(i)[0]].style]["body"]

    def _link(self, i: int, k: int) -> int:
        j = (i + 1 + 37 * k) % self.link_space
        return j if j != i else (j + 1) % self.link_space

    # -- the page -------------------------------------------------------------------------------
    def page(self, i: int) -> tuple[str, bytes]:
        t, s, r, v = self.spec(i)
        tpl, src = self.templates[t], self.templates[s]
        role = ROLES[r]
        title, desc = self.title_desc(s, r)
        factor = 0.88 + ((r * 7 + v * 3 + s) % 25) / 100
        body = replace_role(src.body, src.role_re, role)
        body = scale_salaries(body, factor)
        edition = EDITIONS[v % len(EDITIONS)]
        city = CITIES[(v // len(EDITIONS)) % len(CITIES)]
        an = "an" if edition[0] in "aeiou" else "a"
        intro = (f"\n<p>This is {an} {edition} edition of our {role} guide, written with "
                 f"readers in {city} in mind; pay figures were checked against listings we "
                 f"reviewed for the {city} market.</p>\n")
        values = {"TITLE": title, "DESC": desc, "PATH": self.path(i)}

        def sub(m: re.Match) -> str:
            name = m.group(1)
            if name in values:
                return values[name]
            if name.startswith("LINK"):
                return self.path(self._link(i, int(name[4:])))
            if name.startswith("LTITLE"):
                return self.title(self._link(i, int(name[6:])))
            return m.group(0)  # PAD markers: filled below

        text = _MARKER.sub(sub, tpl.shell.replace("@@BODY@@", intro + body, 1))
        size = len(text.encode("utf-8"))
        target = 57_000 + (i * 7919) % 6_000
        filled: dict[str, list[str]] = {name: [] for name, _, _ in tpl.pads}
        c = 0
        open_pads = list(tpl.pads)
        while size < target and open_pads:
            name, samples, cap = open_pads[c % len(open_pads)]
            if cap is not None and len(filled[name]) >= cap:
                open_pads.remove((name, samples, cap))
                continue
            sample = samples[len(filled[name]) % len(samples)]
            if "@@IHREF@@" in sample or "@@ITITLE@@" in sample:
                j = self._link(i, 16 + c)
                sample = sample.replace("@@IHREF@@", self.path(j)).replace("@@ITITLE@@", self.title(j))
            filled[name].append(sample)
            size += len(sample.encode("utf-8"))
            c += 1
        for name, _, _ in tpl.pads:
            text = text.replace(f"@@{name}@@", "".join(filled[name]), 1)
        return self.path(i), text.encode("utf-8")


# ---------------------------------------------------------------------------------------------
# Files

def page_file(root: str, path: str) -> str:
    rel = path.strip("/")
    full = os.path.join(root, "pages", *rel.split("/"))
    return os.path.join(full, "index.html") if path.endswith("/") else full


_LISTING = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{heading} - Role Guides</title>
<meta name="description" content="Every role guide we publish, newest first.">
<link rel="canonical" href="{base}{self_path}">
</head><body class="archive listing">
<header class="site-header"><a class="logo" href="/">Role Guides</a>
<nav class="main-nav" aria-label="Main"><ul><li><a href="/">All guides</a></li><li><a href="/page/2/">Older</a></li>
<li><a href="/about/">About</a></li><li><a href="/contact/">Contact</a></li></ul></nav></header>
<div class="ad-slot ad-leaderboard"><span class="ad-label">ADVERTISEMENT</span></div>
<main id="main" class="listing-main"><h1 class="archive-title">{heading}</h1>
{items}
<nav class="pagination" aria-label="Pages">{pager}</nav>
</main>
<aside class="sidebar widget-area"><div class="widget"><h3>Newsletter</h3><p>One guide a week.</p></div></aside>
<footer class="site-footer"><p>&copy; Role Guides benchmark site</p></footer>
</body></html>
"""


def write_site_files(root: str, site: str, gen: SiteGenerator, n: int, per_page: int = 50) -> int:
    """robots.txt, sitemap.xml and listing pages of one site (its first ``n`` articles)."""
    folder = os.path.join(root, "sites", site)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "robots.txt"), "w", encoding="utf-8") as fh:
        fh.write(f"User-agent: *\nDisallow:\n\nSitemap: {BASE}/sitemap.xml\n")
    with open(os.path.join(folder, "sitemap.xml"), "w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                 '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n')
        for i in range(n):
            lastmod = f"20{19 + i % 7}-{1 + (i // 7) % 12:02d}-{1 + i % 28:02d}"
            fh.write(f"<url><loc>{BASE}{html.escape(gen.path(i))}</loc><lastmod>{lastmod}</lastmod></url>\n")
        fh.write("</urlset>\n")
    pages = max(1, math.ceil(n / per_page))
    for k in range(1, pages + 1):
        items = []
        for i in range((k - 1) * per_page, min(n, k * per_page)):
            _, s, r, _ = gen.spec(i)
            t, d = gen.title_desc(s, r)
            items.append(f'<article class="post-card"><h2 class="post-card__title"><a href="{gen.path(i)}">'
                         f'{t}</a></h2><p class="post-card__excerpt">{d}</p>'
                         f'<a class="read-more" href="{gen.path(i)}">Read more</a></article>')
        pager = []
        if k > 1:
            pager.append(f'<a rel="prev" href="{"/" if k == 2 else f"/page/{k - 1}/"}">Newer</a>')
        for q in range(max(1, k - 3), min(pages, k + 3) + 1):
            href = "/" if q == 1 else f"/page/{q}/"
            pager.append(f'<span class="current">{q}</span>' if q == k else f'<a href="{href}">{q}</a>')
        if k < pages:
            pager.append(f'<a rel="next" href="/page/{k + 1}/">Older</a>')
        self_path = "/" if k == 1 else f"/page/{k}/"
        heading = "Role guides" if k == 1 else f"Role guides, page {k}"
        out = (os.path.join(folder, "index.html") if k == 1
               else os.path.join(folder, "page", str(k), "index.html"))
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "w", encoding="utf-8") as fh:
            fh.write(_LISTING.format(heading=heading, base=BASE, self_path=self_path,
                                     items="\n".join(items), pager=" ".join(pager)))
    return pages


def generate(root: str, sites: dict[str, int], log=None) -> dict:
    """Write the article pages (as many as the largest site needs) and each site's files."""
    n_max = max(sites.values())
    gen = SiteGenerator(link_space=min(sites.values()))
    t0 = time.perf_counter()
    sizes = []
    made_dirs: set[str] = set()
    for i in range(n_max):
        path, data = gen.page(i)
        f = page_file(root, path)
        d = os.path.dirname(f)
        if d not in made_dirs:
            os.makedirs(d, exist_ok=True)
            made_dirs.add(d)
        with open(f, "wb") as fh:
            fh.write(data)
        sizes.append(len(data))
        if log and (i + 1) % 5000 == 0:
            log(f"  {i + 1}/{n_max} pages written")
    listing = {name: write_site_files(root, name, gen, n) for name, n in sites.items()}
    sizes_sorted = sorted(sizes)
    return {
        "pages": n_max,
        "seconds": time.perf_counter() - t0,
        "bytes_total": sum(sizes),
        "kb_mean": sum(sizes) / len(sizes) / 1024,
        "kb_min": sizes_sorted[0] / 1024,
        "kb_max": sizes_sorted[-1] / 1024,
        "listing_pages": listing,
        "generator": gen,
    }
