#!/usr/bin/env python3
"""Generate the static "careernews" demo site (an ad-heavy WordPress job-news theme).

Run from anywhere:  python3 _build.py
It rewrites every served file in this folder from the data in _articles.py and below.
Theme prefix: ``mvx-`` (invented theme "Nexora").  Absolute URLs use {{BASE_URL}}, which the
demo server substitutes.  manifest.json is hand-written and NOT generated here.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import os
import re
import struct
import sys
import zlib

ROOT = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, ROOT)
sys.dont_write_bytecode = True
from _articles import ARTICLES, PRIVATE_ARTICLE  # noqa: E402

B = "{{BASE_URL}}"
SITE = "CareerNews"
TAGLINE = "Jobs, pay and the people behind them"
THEME = "/wp-content/themes/nexora"
VER = "3.2.1"
LOGO = "/wp-content/uploads/2021/03/careernews-logo.png"
FAVICON = "/wp-content/uploads/2021/03/cropped-cn-icon-32x32.png"
AVATAR = THEME + "/images/avatar-default.png"
ORG_ID = B + "/#organization"
WEBSITE_ID = B + "/#website"
PER_PAGE = 4          # home + tag archives
CAT_PER_PAGE = 2      # category archives (so Technology paginates)

AUTHORS = {
    "daniel-okafor": dict(
        name="Daniel Okafor", pid="6f1c2e0a9b",
        bio="Daniel Okafor spent nine years writing Java and Go services before switching to tech journalism. He covers engineering careers and pay for CareerNews."),
    "hannah-whitfield": dict(
        name="Hannah Whitfield", pid="a83d7710c4",
        bio="Hannah Whitfield is the CareerNews UK correspondent and a former statistician at a London market research firm."),
    "renee-castillo": dict(
        name="Renee Castillo", pid="3b9e55d2f1",
        bio="Renee Castillo writes about healthcare and frontline work. She was a hospital unit clerk in San Antonio before joining CareerNews."),
    "tom-becker": dict(
        name="Tom Becker", pid="c0ffee4411",
        bio="Tom Becker is a licensed automotive technician in Ontario who writes about the skilled trades on weekends."),
    "arjun-mehta": dict(
        name="Arjun Mehta", pid="51d0aa7e26",
        bio="Arjun Mehta reports on India's technology job market from Bengaluru and has interviewed more than 200 hiring managers."),
}

CATEGORIES = {
    "technology": "Technology",
    "healthcare": "Healthcare",
    "skilled-trades": "Skilled Trades",
    "sales": "Sales",
    "business": "Business",   # only the private article; no archive page, not in menus
}
PUBLIC_CATEGORIES = ["technology", "healthcare", "skilled-trades", "sales"]

TAGS = {
    "python": "Python",
    "salary-guide": "Salary Guide",
    "remote-work": "Remote Work",
    "uk-jobs": "UK Jobs",
    "healthcare-jobs": "Healthcare Jobs",
    "entry-level": "Entry Level",
    "india": "India",
}

# Header ticker: teaser headlines (furniture) that link to real posts.
TICKER = [
    ("backend", "Staff engineers clear $240k as AI start-ups compete for backend talent"),
    ("nurse", "Night-shift RNs in California now earn up to $68 an hour"),
    ("devops", "Remote DevOps roles in Pune paying ₹28 LPA draw 900 applicants in a week"),
    ("datasci", "Why London data teams want R programmers again"),
]

# Sidebar "Jobs Near You" widget (furniture with pay in it).
JOBS_NEAR_YOU = [
    ("sales", "Warehouse Team Lead — Columbus, OH", "$24/hr · Full-time"),
    ("technology", "Junior Python Developer — Austin, TX", "$85,000–$95,000 · Hybrid"),
    ("healthcare", "ICU Nurse (Nights) — Phoenix, AZ", "$49/hr + sign-on bonus"),
    ("skilled-trades", "Service Technician — Calgary, AB", "C$31/hr · Tools provided"),
    ("technology", "Cloud Support Associate — Hyderabad", "₹6–9 LPA · On-site"),
]

PUBLIC = sorted(ARTICLES, key=lambda a: a["published"], reverse=True)
BY_KEY = {a["key"]: a for a in ARTICLES + [PRIVATE_ARTICLE]}

esc = html.escape


def parse_iso(s):
    return dt.datetime.fromisoformat(s)


def human_date(s):
    d = parse_iso(s)
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def comment_date(s):
    d = parse_iso(s)
    h = d.hour % 12 or 12
    ampm = "am" if d.hour < 12 else "pm"
    return f"{d.strftime('%B')} {d.day}, {d.year} at {h}:{d.minute:02d} {ampm}"


def image_path(a):
    d = parse_iso(a["published"])
    slug = a["path"].rstrip("/").split("/")[-1]
    return f"/wp-content/uploads/{d.year}/{d.month:02d}/{slug}-featured.png"


def words_of(body_html):
    text = re.sub(r"<[^>]+>", " ", re.sub(r"\[\[[A-Z0-9]+\]\]", " ", body_html))
    return len(html.unescape(text).split())


# --------------------------------------------------------------------------- files

def out_path(url_path):
    if url_path.endswith("/"):
        return os.path.join(ROOT, url_path.strip("/"), "index.html")
    return os.path.join(ROOT, url_path.lstrip("/"))


def write(url_path, text):
    p = out_path(url_path)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8") as f:
        f.write(text)


def write_bytes(url_path, data):
    p = out_path(url_path)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "wb") as f:
        f.write(data)


def png(w, h, rgb):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(tag, data):
        c = tag + data
        return struct.pack(">I", len(data)) + c + struct.pack(">I", zlib.crc32(c) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# --------------------------------------------------------------------------- head

def head(title, desc, canonical_path, og_type="website", extra_meta="", schema=None, rel_links=""):
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-US" class="no-js">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title>",
        f'<meta name="description" content="{esc(desc)}">',
        '<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">',
        f'<link rel="canonical" href="{B}{canonical_path}">',
        rel_links,
        '<meta property="og:locale" content="en_US">',
        f'<meta property="og:type" content="{og_type}">',
        f'<meta property="og:title" content="{esc(title)}">',
        f'<meta property="og:description" content="{esc(desc)}">',
        f'<meta property="og:url" content="{B}{canonical_path}">',
        f'<meta property="og:site_name" content="{SITE}">',
        extra_meta,
        '<meta name="twitter:card" content="summary_large_image">',
        '<meta name="twitter:site" content="@careernewsdaily">',
    ]
    if schema is not None:
        lines.append('<script type="application/ld+json" class="mvx-schema-graph mvx-schema-graph--main">'
                     + json.dumps(schema, ensure_ascii=False) + "</script>")
    lines += [
        f'<link rel="stylesheet" id="nexora-main-css" href="{THEME}/style.css?ver={VER}" media="all">',
        f'<link rel="icon" href="{FAVICON}" sizes="32x32">',
        "<script>document.documentElement.className = document.documentElement.className.replace('no-js','js');</script>",
        "</head>",
    ]
    return "\n".join(l for l in lines if l)


def website_node():
    return {
        "@type": "WebSite", "@id": WEBSITE_ID, "url": B + "/", "name": SITE, "description": TAGLINE,
        "publisher": {"@id": ORG_ID},
        "potentialAction": [{"@type": "SearchAction",
                             "target": {"@type": "EntryPoint", "urlTemplate": B + "/?s={search_term_string}"},
                             "query-input": {"@type": "PropertyValueSpecification", "valueRequired": True,
                                             "valueName": "search_term_string"}}],
        "inLanguage": "en-US",
    }


def org_node():
    return {
        "@type": "Organization", "@id": ORG_ID, "name": "CareerNews Media Group", "url": B + "/",
        "logo": {"@type": "ImageObject", "inLanguage": "en-US", "@id": B + "/#/schema/logo/image/",
                 "url": B + LOGO, "contentUrl": B + LOGO, "width": 300, "height": 80, "caption": SITE},
        "image": {"@id": B + "/#/schema/logo/image/"},
        "sameAs": ["https://www.facebook.com/careernewsdaily", "https://x.com/careernewsdaily",
                   "https://www.linkedin.com/company/careernews-media"],
    }


def person_node(author_key):
    au = AUTHORS[author_key]
    return {
        "@type": "Person", "@id": f"{B}/#/schema/person/{au['pid']}", "name": au["name"],
        "image": {"@type": "ImageObject", "inLanguage": "en-US", "@id": B + "/#/schema/person/image/",
                  "url": B + AVATAR, "contentUrl": B + AVATAR, "caption": au["name"]},
        "url": f"{B}/author/{author_key}/",
    }


def breadcrumb_node(url, crumbs):
    items = []
    for i, (name, path) in enumerate(crumbs, 1):
        it = {"@type": "ListItem", "position": i, "name": name}
        if path:
            it["item"] = B + path
        items.append(it)
    return {"@type": "BreadcrumbList", "@id": url + "#breadcrumb", "itemListElement": items}


def collection_schema(path, name, desc, crumbs, page_type="CollectionPage"):
    url = B + path
    return {"@context": "https://schema.org", "@graph": [
        {"@type": page_type, "@id": url, "url": url, "name": name, "description": desc,
         "isPartOf": {"@id": WEBSITE_ID}, "breadcrumb": {"@id": url + "#breadcrumb"}, "inLanguage": "en-US"},
        breadcrumb_node(url, crumbs), website_node(), org_node()]}


# --------------------------------------------------------------------------- header / chrome

def consent_bar():
    return """<div id="mvx-consent" class="mvx-consent-bar" role="dialog" aria-live="polite" aria-label="Cookie consent">
 <div class="mvx-container mvx-consent-inner">
  <p class="mvx-consent-text">We use cookies to personalise ads and measure traffic. By continuing to browse CareerNews, you accept our cookie policy and our <a href="/privacy-policy/">privacy terms</a>.</p>
  <div class="mvx-consent-actions"><button type="button" class="mvx-btn mvx-btn-ghost" data-mvx-consent="manage">Manage choices</button><button type="button" class="mvx-btn mvx-btn-primary" data-mvx-consent="accept">Got it</button></div>
 </div>
</div>"""


def ad_slot(slot, size="leaderboard", label="ADVERTISEMENT", extra_cls=""):
    return (f'<div class="mvx-a-wrap mvx-a-{size}{(" " + extra_cls) if extra_cls else ""}">'
            f'<span class="mvx-a-label">{label}</span>'
            f'<ins class="adsbygoogle mvx-ins" style="display:block" data-ad-client="ca-pub-0000000000000000" '
            f'data-ad-slot="{slot}" data-ad-format="auto" data-full-width-responsive="true"></ins>'
            f'<script>(adsbygoogle = window.adsbygoogle || []).push({{}});</script></div>')


def mega_post(a):
    return (f'<div class="mvx-mega-post">'
            f'<a class="mvx-mega-thumb" href="{a["path"]}"><img src="{image_path(a)}" width="210" height="118" alt="" loading="lazy"></a>'
            f'<div class="mvx-mega-post-body"><span class="mvx-mega-cat">{CATEGORIES[a["category"]]}</span>'
            f'<h4 class="mvx-mega-title"><a href="{a["path"]}">{esc(a["title"])}</a></h4>'
            f'<span class="mvx-mega-date"><time datetime="{a["published"]}">{human_date(a["published"])}</time></span></div></div>')


def mega_item(label, href, posts, subcats=None, item_id=0):
    cats = ""
    if subcats:
        cats = ('<div class="mvx-mega-cats"><ul>' + "".join(
            f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in subcats) + "</ul></div>")
    return (f'<li id="menu-item-{item_id}" class="menu-item menu-item-type-taxonomy menu-item-has-children mvx-mega-item">'
            f'<a href="{href}">{esc(label)}</a>'
            f'<div class="mvx-mega-menu sub-menu"><div class="mvx-mega-inner">{cats}'
            f'<div class="mvx-mega-posts">{"".join(mega_post(p) for p in posts)}</div>'
            f'<div class="mvx-mega-nav"><a href="#" class="mvx-mega-prev" aria-label="Previous">&lsaquo; Prev</a>'
            f'<a href="#" class="mvx-mega-next" aria-label="Next">Next &rsaquo;</a></div>'
            f'</div></div></li>')


def header(current=""):
    tech = [a for a in PUBLIC if a["category"] == "technology"]
    salary = [a for a in PUBLIC if "salary-guide" in a["tags"]][:4]
    latest = PUBLIC[:4]
    menu = [
        f'<li id="menu-item-101" class="menu-item menu-item-home{" current-menu-item" if current == "home" else ""}"><a href="/">Home</a></li>',
        mega_item("Latest", "/page/2/", latest, item_id=102),
        mega_item("Technology", "/category/technology/", tech,
                  subcats=[("All Technology", "/category/technology/"), ("Python", "/tag/python/"),
                           ("Remote Work", "/tag/remote-work/"), ("India", "/tag/india/")], item_id=103),
        mega_item("Healthcare", "/category/healthcare/", [a for a in PUBLIC if a["category"] == "healthcare"],
                  item_id=104),
        mega_item("Skilled Trades", "/category/skilled-trades/",
                  [a for a in PUBLIC if a["category"] == "skilled-trades"], item_id=105),
        mega_item("Sales", "/category/sales/", [a for a in PUBLIC if a["category"] == "sales"], item_id=106),
        mega_item("Salary Guides", "/tag/salary-guide/", salary, item_id=107),
        '<li id="menu-item-108" class="menu-item menu-item-has-children"><a href="/about/">More</a><ul class="sub-menu">'
        '<li class="menu-item"><a href="/about/">About Us</a></li><li class="menu-item"><a href="/contact/">Contact</a></li>'
        '<li class="menu-item"><a href="/privacy-policy/">Privacy Policy</a></li>'
        '<li class="menu-item"><a href="/tag/entry-level/">Entry-Level Jobs</a></li></ul></li>',
    ]
    ticker = "".join(
        f'<li class="mvx-ticker-item"><a href="{BY_KEY[k]["path"]}">{esc(t)}</a></li>' for k, t in TICKER)
    today_edition = "US Edition"
    return f"""<div class="mvx-outer-wrap" id="mvx-top">
<div class="mvx-topbar"><div class="mvx-container mvx-topbar-inner">
 <div class="mvx-topbar-left"><span class="mvx-edition">{today_edition}</span> <ul class="mvx-topbar-menu"><li><a href="/about/">About</a></li><li><a href="/contact/">Advertise</a></li><li><a href="/contact/">Write for Us</a></li></ul></div>
 <div class="mvx-topbar-right"><ul class="mvx-social-icons"><li><a class="mvx-social-facebook" href="https://www.facebook.com/careernewsdaily" rel="nofollow noopener" target="_blank" title="Facebook"><span class="mvx-sr">Facebook</span></a></li><li><a class="mvx-social-x" href="https://x.com/careernewsdaily" rel="nofollow noopener" target="_blank" title="X"><span class="mvx-sr">X</span></a></li><li><a class="mvx-social-linkedin" href="https://www.linkedin.com/company/careernews-media" rel="nofollow noopener" target="_blank" title="LinkedIn"><span class="mvx-sr">LinkedIn</span></a></li></ul>
 <a class="mvx-login-link" href="#mvx-login-modal" data-mvx-open="mvx-login-modal">Login / Register</a></div>
</div></div>
<header id="mvx-header" class="mvx-header-wrap mvx-header-style-3">
 <div class="mvx-container mvx-header-logo-row">
  <div class="mvx-logo"><a href="/" rel="home"><img src="{LOGO}" width="300" height="80" alt="{SITE}"><span class="mvx-logo-text">{SITE}</span></a><span class="mvx-tagline">{TAGLINE}</span></div>
  <div class="mvx-header-ad">{ad_slot("1100220033", "leaderboard")}</div>
 </div>
 <div class="mvx-header-menu-row"><div class="mvx-container mvx-menu-bar">
  <button type="button" class="mvx-mobile-toggle" aria-controls="mvx-offcanvas" aria-expanded="false"><span class="mvx-sr">Menu</span></button>
  <nav class="mvx-main-nav" aria-label="Main menu"><ul id="menu-main-menu" class="mvx-menu">{"".join(menu)}</ul></nav>
  <div class="mvx-header-search"><form role="search" method="get" class="mvx-search-form" action="/"><label class="mvx-sr" for="mvx-s">Search for:</label><input type="search" id="mvx-s" name="s" placeholder="Search jobs, roles, salaries…"><button type="submit" class="mvx-search-btn">Search</button></form></div>
 </div></div>
 <div class="mvx-ticker-row"><div class="mvx-container mvx-ticker"><span class="mvx-ticker-label">Trending now</span><ul class="mvx-ticker-list">{ticker}</ul></div></div>
</header>
<div id="mvx-offcanvas" class="mvx-offcanvas" aria-hidden="true"><div class="mvx-offcanvas-inner"><button type="button" class="mvx-offcanvas-close">Close</button>
 <ul class="mvx-offcanvas-menu"><li><a href="/">Home</a></li>{"".join(f'<li><a href="/category/{c}/">{CATEGORIES[c]}</a></li>' for c in PUBLIC_CATEGORIES)}<li><a href="/tag/salary-guide/">Salary Guides</a></li><li><a href="/about/">About Us</a></li><li><a href="/contact/">Contact</a></li></ul>
 <p class="mvx-offcanvas-copy">&copy; 2026 CareerNews Media Group</p></div></div>"""


def sidebar():
    jobs = "".join(
        f'<li class="mvx-job"><a href="/category/{c}/"><span class="mvx-job-title">{esc(t)}</span>'
        f'<span class="mvx-job-pay">{esc(p)}</span></a></li>' for c, t, p in JOBS_NEAR_YOU)
    most_read = "".join(
        f'<li class="mvx-most-read-item"><span class="mvx-rank">{i}</span><a href="{a["path"]}">{esc(a["title"])}</a>'
        f'<span class="mvx-views">{v} views</span></li>'
        for i, (a, v) in enumerate(zip([BY_KEY[k] for k in ("backend", "nurse", "devops", "mechanic")],
                                       ("48.2K", "31.7K", "22.9K", "17.4K")), 1))
    tags = "".join(f'<a href="/tag/{t}/" class="tag-cloud-link tag-link-{i}">{esc(n)}</a> '
                   for i, (t, n) in enumerate(TAGS.items(), 11))
    return f"""<aside id="mvx-sidebar" class="mvx-sidebar widget-area" role="complementary">
 <section class="widget mvx-widget mvx-widget-ad">{ad_slot("2200330044", "rectangle")}</section>
 <section class="widget mvx-widget mvx-widget-jobs"><h3 class="widget-title mvx-block-title"><span>Jobs Near You</span></h3>
  <ul class="mvx-jobs-list">{jobs}</ul><a class="mvx-widget-more" href="/category/technology/">View all openings &rarr;</a></section>
 <section class="widget mvx-widget mvx-widget-social"><h3 class="widget-title mvx-block-title"><span>Stay Connected</span></h3>
  <ul class="mvx-social-counters"><li><a href="https://www.facebook.com/careernewsdaily" rel="nofollow">48K Likes</a></li><li><a href="https://x.com/careernewsdaily" rel="nofollow">21K Followers</a></li><li><a href="https://www.linkedin.com/company/careernews-media" rel="nofollow">12K Followers</a></li></ul></section>
 <section class="widget mvx-widget mvx-widget-most-read"><h3 class="widget-title mvx-block-title"><span>Most Read This Week</span></h3><ol class="mvx-most-read">{most_read}</ol></section>
 <section class="widget mvx-widget mvx-widget-newsletter"><h3 class="widget-title mvx-block-title"><span>Salary Alerts</span></h3>
  <p>Tell us your role and we will email you when new pay data lands for it.</p>
  <form class="mvx-mini-subscribe" action="/" method="get"><input type="email" name="email" placeholder="you@example.com"><button type="submit">Notify me</button></form></section>
 <section class="widget mvx-widget widget_tag_cloud"><h3 class="widget-title mvx-block-title"><span>Tags</span></h3><div class="tagcloud">{tags}</div></section>
 <section class="widget mvx-widget mvx-widget-ad mvx-sticky">{ad_slot("2200330055", "halfpage")}</section>
</aside>"""


def footer():
    popular = "".join(
        f'<li class="mvx-footer-post"><a class="mvx-footer-thumb" href="{a["path"]}"><img src="{image_path(a)}" width="80" height="60" alt="" loading="lazy"></a>'
        f'<div><a href="{a["path"]}">{esc(a["title"])}</a><time datetime="{a["published"]}">{human_date(a["published"])}</time></div></li>'
        for a in [BY_KEY[k] for k in ("devops", "backend", "nurse")])
    cats = "".join(f'<li><a href="/category/{c}/">{CATEGORIES[c]}</a></li>' for c in PUBLIC_CATEGORIES)
    return f"""<div class="mvx-a-wrap mvx-a-footer-wrap"><div class="mvx-container">{ad_slot("3300440066", "leaderboard")}</div></div>
<footer id="mvx-footer" class="mvx-footer site-footer">
 <div class="mvx-container mvx-footer-widgets">
  <div class="mvx-footer-col mvx-footer-about"><a href="/" class="mvx-footer-logo"><img src="{LOGO}" width="200" height="54" alt="{SITE}"></a>
   <p>CareerNews tracks hiring, pay and career moves across tech, healthcare, the trades and sales. Independent since 2016.</p>
   <p class="mvx-footer-contact">Tips and corrections: <a href="/contact/">get in touch</a></p></div>
  <div class="mvx-footer-col"><h4 class="mvx-footer-title">Popular posts</h4><ul class="mvx-footer-posts">{popular}</ul></div>
  <div class="mvx-footer-col"><h4 class="mvx-footer-title">Sections</h4><ul class="mvx-footer-links">{cats}<li><a href="/tag/salary-guide/">Salary Guides</a></li><li><a href="/tag/entry-level/">Entry-Level Jobs</a></li></ul></div>
  <div class="mvx-footer-col"><h4 class="mvx-footer-title">Company</h4><ul class="mvx-footer-links"><li><a href="/about/">About Us</a></li><li><a href="/contact/">Contact</a></li><li><a href="/contact/">Advertise With Us</a></li><li><a href="/privacy-policy/">Privacy Policy</a></li><li><a href="/privacy-policy/#cookies">Cookie Settings</a></li></ul></div>
  <div class="mvx-footer-col"><h4 class="mvx-footer-title">Resources</h4><ul class="mvx-footer-links"><li><a href="/tag/remote-work/">Remote Work</a></li><li><a href="/tag/india/">Jobs in India</a></li><li><a href="/tag/uk-jobs/">Jobs in the UK</a></li><li><a href="/sitemap_index.xml">XML Sitemap</a></li><li><a href="/wp-admin/">Staff login</a></li></ul></div>
 </div>
 <div class="mvx-footer-bottom"><div class="mvx-container"><p class="mvx-copyright">&copy; 2026 CareerNews Media Group. All rights reserved. Made with strong coffee in Austin and Bengaluru.</p>
  <ul class="mvx-footer-menu"><li><a href="/privacy-policy/">Privacy</a></li><li><a href="/about/">About</a></li><li><a href="/contact/">Contact</a></li></ul></div></div>
</footer>
</div><!-- .mvx-outer-wrap -->"""


def modals():
    return f"""<div id="mvx-newsletter-modal" class="mvx-modal mvx-modal-newsletter" role="dialog" aria-modal="true" aria-labelledby="mvx-nl-title" hidden>
 <div class="mvx-modal-box"><button type="button" class="mvx-modal-close" aria-label="Close">&times;</button>
  <h3 id="mvx-nl-title">Get the Monday Career Brief</h3>
  <p>Salary data, hiring news and interview tips in one short email every Monday. No spam, unsubscribe any time.</p>
  <form class="mvx-newsletter-form" action="/" method="get"><input type="email" name="nl_email" placeholder="Your email address" required><button type="submit" class="mvx-btn mvx-btn-primary">Subscribe</button></form>
  <button type="button" class="mvx-link-btn" data-mvx-dismiss="newsletter">No thanks, maybe later</button></div>
</div>
<div id="mvx-login-modal" class="mvx-modal mvx-modal-login" role="dialog" aria-modal="true" aria-labelledby="mvx-login-title" hidden>
 <div class="mvx-modal-box"><button type="button" class="mvx-modal-close" aria-label="Close">&times;</button>
  <div class="mvx-login-tabs"><span class="active">Login</span> / <span>Register</span></div>
  <h3 id="mvx-login-title">Welcome back to CareerNews</h3>
  <p class="mvx-login-intro">Create an account to save articles and get salary alerts.</p>
  <form class="mvx-login-form" action="/wp-login.php" method="post">
   <p><label for="mvx-user">Username or email</label><input type="text" id="mvx-user" name="log" autocomplete="username"></p>
   <p><label for="mvx-pass">Password</label><input type="password" id="mvx-pass" name="pwd" autocomplete="current-password"></p>
   <p class="mvx-remember"><label><input type="checkbox" name="rememberme" value="forever"> Keep me signed in</label></p>
   <p><button type="submit" class="mvx-btn mvx-btn-primary">Sign in</button></p>
  </form>
  <p class="mvx-login-links"><a href="#mvx-login-modal">Forgot your password?</a> · <a href="#mvx-login-modal">New here? Create a free account</a></p></div>
</div>
<div id="mvx-adblock-notice" class="mvx-modal mvx-modal-adblock" hidden><div class="mvx-modal-box"><h3>Ad blocker on?</h3><p>CareerNews stays free because of advertising. Please consider pausing your blocker for this site.</p><button type="button" class="mvx-btn">I understand</button></div></div>
<a href="#mvx-top" class="mvx-back-to-top" aria-label="Back to top"><span>Back to top</span></a>
<script src="{THEME}/js/nexora.min.js?ver={VER}"></script>"""


def page(head_html, body_class, main_html, current="", with_sidebar=True):
    side = sidebar() if with_sidebar else ""
    return f"""{head_html}
<body class="{body_class} mvx-theme mvx-layout-right-sidebar">
{consent_bar()}
{header(current)}
<div class="mvx-main-content-wrap"><div class="mvx-container"><div class="mvx-row">
<div class="mvx-col-main" id="primary"><main id="main" class="site-main">
{main_html}
</main></div>
{side}
</div></div></div>
{footer()}
{modals()}
</body>
</html>
"""


# --------------------------------------------------------------------------- cards

def cat_label(a):
    if a["category"] in PUBLIC_CATEGORIES:
        return f'<a class="mvx-cat-label mvx-cat-{a["category"]}" href="/category/{a["category"]}/">{CATEGORIES[a["category"]]}</a>'
    return f'<span class="mvx-cat-label mvx-cat-{a["category"]}">{CATEGORIES[a["category"]]}</span>'


def card(a, style="list"):
    au = AUTHORS[a["author"]]
    cls = (f'post-{a["post_id"]} post type-post status-publish format-standard has-post-thumbnail hentry '
           f'category-{a["category"]} mvx-module mvx-module-{style}')
    return f"""<article class="{cls}">
 <div class="mvx-module-thumb"><a href="{a["path"]}" rel="bookmark"><img src="{image_path(a)}" width="360" height="202" alt="{esc(a["title"])}" loading="lazy"></a>
  {cat_label(a)}</div>
 <div class="mvx-module-body">
  <h2 class="entry-title mvx-module-title"><a href="{a["path"]}" rel="bookmark">{esc(a["title"])}</a></h2>
  <div class="mvx-module-meta"><span class="mvx-meta-author">By <a href="/author/{a["author"]}/">{esc(au["name"])}</a></span> <span class="mvx-meta-date"><time datetime="{a["published"]}">{human_date(a["published"])}</time></span> <span class="mvx-meta-comments"><a href="{a["path"]}#comments">{count_comments(a)}</a></span></div>
  <div class="mvx-excerpt"><p>{esc(a["card_excerpt"])}</p></div>
  <a class="mvx-read-more" href="{a["path"]}">Continue reading</a>
 </div>
</article>"""


def count_comments(a):
    n = 0
    for c in a["comments"]:
        n += 1 + len(c.get("replies", []))
    return n


def pagination(base, current, total):
    if total <= 1:
        return ""
    parts = []

    def url(n):
        return base if n == 1 else f"{base}page/{n}/"

    if current > 1:
        parts.append(f'<a class="prev page-numbers" href="{url(current - 1)}">&lsaquo; Previous</a>')
    for n in range(1, total + 1):
        if n == current:
            parts.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
        else:
            parts.append(f'<a class="page-numbers" href="{url(n)}">{n}</a>')
    if current < total:
        parts.append(f'<a class="next page-numbers" href="{url(current + 1)}">Next &rsaquo;</a>')
    return f'<nav class="mvx-pagination navigation pagination" aria-label="Posts"><div class="nav-links">{"".join(parts)}</div></nav>'


def rel_prev_next(base, current, total):
    out = []
    if current > 1:
        out.append(f'<link rel="prev" href="{B}{base if current == 2 else f"{base}page/{current - 1}/"}">')
    if current < total:
        out.append(f'<link rel="next" href="{B}{base}page/{current + 1}/">')
    return "\n".join(out)


def breadcrumbs_html(crumbs):
    parts = []
    for name, path in crumbs:
        if path:
            parts.append(f'<span><a href="{path}">{esc(name)}</a></span>')
        else:
            parts.append(f'<span class="breadcrumb_last" aria-current="page">{esc(name)}</span>')
    return ('<div class="mvx-breadcrumbs"><nav aria-label="Breadcrumb"><p id="breadcrumbs">'
            + ' <span class="mvx-bc-sep">&rsaquo;</span> '.join(parts) + "</p></nav></div>")


# --------------------------------------------------------------------------- archives

def dont_miss(shown):
    """A "Don't Miss" strip of recent posts not already listed (every listing shows several cards)."""
    keys = {a["key"] for a in shown}
    extra = [a for a in PUBLIC if a["key"] not in keys][:3]
    return (f'<section class="mvx-block mvx-block-dont-miss"><h2 class="mvx-block-title"><span>Don&rsquo;t Miss</span></h2>'
            f'<div class="mvx-block-inner mvx-grid-3">{"".join(card(a, "grid-small") for a in extra)}</div></section>')


def archive_pages(base, heading, desc, posts, per_page, body_class, crumb_name, kind_label):
    total = max(1, -(-len(posts) // per_page))
    for n in range(1, total + 1):
        chunk = posts[(n - 1) * per_page: n * per_page]
        path = base if n == 1 else f"{base}page/{n}/"
        title = f"{heading} Archives - {SITE}" if n == 1 else f"{heading} Archives - Page {n} of {total} - {SITE}"
        crumbs = [("Home", "/"), (crumb_name, None if n == 1 else base)]
        if n > 1:
            crumbs.append((f"Page {n}", None))
        schema = collection_schema(path, title, desc, crumbs)
        main = f"""{breadcrumbs_html(crumbs)}
<header class="mvx-archive-header page-header"><span class="mvx-archive-kind">{kind_label}</span><h1 class="page-title mvx-archive-title">{esc(heading)}</h1>
 <div class="taxonomy-description mvx-archive-desc"><p>{esc(desc)}</p></div></header>
{ad_slot("4400550077", "archive-top")}
<div class="mvx-block mvx-block-archive"><div class="mvx-block-inner">
{"".join(card(a) for a in chunk)}
</div></div>
{pagination(base, n, total)}
{dont_miss(chunk)}"""
        write(path, page(head(title, desc, path, "website", schema=schema,
                              rel_links=rel_prev_next(base, n, total)),
                         f"archive {body_class} paged-{n}", main))


def home_pages():
    total = max(1, -(-len(PUBLIC) // PER_PAGE))
    pick = PRIVATE_ARTICLE
    for n in range(1, total + 1):
        chunk = PUBLIC[(n - 1) * PER_PAGE: n * PER_PAGE]
        path = "/" if n == 1 else f"/page/{n}/"
        desc = "Career guides, salary data and hiring news for tech, healthcare, trades and sales jobs."
        title = f"{SITE} - {TAGLINE}" if n == 1 else f"{SITE} - Page {n} of {total}"
        schema = {"@context": "https://schema.org", "@graph": [
            {"@type": "CollectionPage", "@id": B + path, "url": B + path, "name": title,
             "isPartOf": {"@id": WEBSITE_ID}, "about": {"@id": ORG_ID}, "description": desc,
             "breadcrumb": {"@id": B + path + "#breadcrumb"}, "inLanguage": "en-US"},
            breadcrumb_node(B + path, [("Home", None)]), website_node(), org_node()]}
        featured = ""
        if n == 1:
            big, small = PUBLIC[0], PUBLIC[1:3]
            featured = f"""<section class="mvx-block mvx-featured-grid"><h2 class="mvx-block-title"><span>Featured</span></h2>
<div class="mvx-grid-big">{card(big, "grid-big")}</div>
<div class="mvx-grid-small">{"".join(card(a, "grid-small") for a in small)}</div></section>
{ad_slot("5500660088", "home-mid")}"""
        editor = ""
        if n == 1:
            editor = f"""<section class="mvx-block mvx-editors-pick"><h2 class="mvx-block-title"><span>Editor's Pick</span></h2>
{card(pick, "pick")}</section>"""
        main = f"""{featured}
<section class="mvx-block mvx-latest"><h2 class="mvx-block-title"><span>Latest Posts</span></h2>
<div class="mvx-block-inner">
{"".join(card(a) for a in chunk)}
</div>
{pagination("/", n, total)}
</section>
{editor}"""
        write(path, page(head(title, desc, path, "website", schema=schema,
                              rel_links=rel_prev_next("/", n, total)),
                         "home blog" if n == 1 else f"home blog paged paged-{n}", main, current="home"))


def author_pages():
    for key, au in AUTHORS.items():
        posts = [a for a in PUBLIC if a["author"] == key]
        path = f"/author/{key}/"
        title = f"{au['name']}, Author at {SITE}"
        desc = f"Articles by {au['name']} on {SITE}."
        schema = collection_schema(path, title, desc, [("Home", "/"), (f"Archives for {au['name']}", None)],
                                   page_type="ProfilePage")
        schema["@graph"].append(person_node(key))
        main = f"""{breadcrumbs_html([("Home", "/"), (f"Archives for {au['name']}", None)])}
<header class="mvx-archive-header mvx-author-header"><img src="{AVATAR}" width="96" height="96" alt="" class="avatar"><h1 class="page-title">{esc(au['name'])}</h1>
<p class="mvx-author-desc">{esc(au['bio'])}</p></header>
<div class="mvx-block mvx-block-archive"><div class="mvx-block-inner">{"".join(card(a) for a in posts)}</div></div>
{dont_miss(posts)}"""
        write(path, page(head(title, desc, path, "profile", schema=schema), "archive author", main))


# --------------------------------------------------------------------------- article

def share_bar(a, where):
    label = "Share" if where == "top" else "Share this article"
    return f"""<div class="mvx-share-bar mvx-share-{where}"><span class="mvx-share-label">{label}</span> <span class="mvx-share-count">{ {"top": "214", "bottom": "214"}[where] } Shares</span>
 <a class="mvx-share mvx-share-facebook" href="https://www.facebook.com/sharer.php?u={B}{a["path"]}" rel="nofollow noopener" target="_blank">Share on Facebook</a>
 <a class="mvx-share mvx-share-twitter" href="https://x.com/intent/post?url={B}{a["path"]}" rel="nofollow noopener" target="_blank">Tweet</a>
 <a class="mvx-share mvx-share-linkedin" href="https://www.linkedin.com/shareArticle?url={B}{a["path"]}" rel="nofollow noopener" target="_blank">Share on LinkedIn</a>
 <a class="mvx-share mvx-share-whatsapp" href="https://api.whatsapp.com/send?text={B}{a["path"]}" rel="nofollow noopener" target="_blank">WhatsApp</a>
 <button type="button" class="mvx-share mvx-share-copy" data-clipboard="{B}{a["path"]}">Copy link</button>
</div>"""


def toc_html(body):
    heads = re.findall(r'<h2 id="([^"]+)">(.*?)</h2>', body)
    items = "".join(f'<li><a href="#{i}">{t}</a></li>' for i, t in heads)
    return (f'<div id="mvx-toc" class="mvx-toc-container"><div class="mvx-toc-title-wrap">'
            f'<p class="mvx-toc-title">Contents</p><span class="mvx-toc-toggle">[<a href="#mvx-toc">hide</a>]</span></div>'
            f'<ol class="mvx-toc-list">{items}</ol></div>')


def readmore_html(a, i):
    if i >= len(a["readmore"]):
        return ""
    label, target, teaser, classed = a["readmore"][i]
    t = BY_KEY[target]
    if classed:
        return (f'<div class="mvx-inline-related"><p class="mvx-inline-related-item"><strong>{label}</strong> '
                f'<a href="{t["path"]}" title="{esc(t["title"])}">{esc(teaser)}</a></p></div>')
    # bare paragraph, as an editor would type it into the post
    return f'<p><strong>{label}</strong> <a href="{t["path"]}">{esc(teaser)}</a></p>'


NATIVE = ('<div class="mvx-a-wrap mvx-a-native"><span class="mvx-a-label">ADVERTISEMENT</span>'
          '<a class="mvx-native-ad" href="/contact/" rel="sponsored nofollow"><strong>Sponsored:</strong> '
          'Earn your cloud certification in 8 weeks. Enrol today for $499 and get a free practice exam.</a></div>')


def render_body(a):
    body = a["body"]
    body = body.replace("[[TOC]]", toc_html(body))
    body = body.replace("[[AD1]]", ad_slot("6600770011", "inline", extra_cls="mvx-a-inline-1"))
    body = body.replace("[[AD2]]", '<div class="mvx-a-wrap mvx-a-inline mvx-a-inline-2" style="text-align:center">'
                                   '<span class="mvx-a-text">- Advertisement -</span>'
                                   '<ins class="adsbygoogle" style="display:inline-block;width:336px;height:280px" '
                                   'data-ad-client="ca-pub-0000000000000000" data-ad-slot="6600770022"></ins></div>')
    body = body.replace("[[AD3]]", ad_slot("6600770033", "inline", extra_cls="mvx-a-inline-3"))
    body = body.replace("[[NATIVE]]", NATIVE)
    body = body.replace("[[RM0]]", readmore_html(a, 0)).replace("[[RM1]]", readmore_html(a, 1))
    assert "[[" not in body, a["key"]
    return body.strip()


def comments_html(a):
    def one(c, depth, parity):
        kids = c.get("replies", [])
        cls = f"comment {parity} depth-{depth}" + (" parent" if kids else "")
        if c["author"] == AUTHORS[a["author"]]["name"]:
            cls += " bypostauthor"
        children = ""
        if kids:
            children = '<ol class="children">' + "".join(one(k, depth + 1, "odd alt") for k in kids) + "</ol>"
        return f"""<li id="comment-{c["cid"]}" class="{cls}">
 <article id="div-comment-{c["cid"]}" class="comment-body">
  <footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="{AVATAR}" class="avatar avatar-50 photo" height="50" width="50" loading="lazy"><b class="fn">{esc(c["author"])}</b> <span class="says">says:</span></div>
   <div class="comment-metadata"><a href="{a["path"]}#comment-{c["cid"]}"><time datetime="{c["time"]}">{comment_date(c["time"])}</time></a></div></footer>
  <div class="comment-content"><p>{esc(c["text"])}</p></div>
  <div class="reply"><a rel="nofollow" class="comment-reply-link" href="{a["path"]}#respond" data-commentid="{c["cid"]}" data-postid="{a["post_id"]}" aria-label="Reply to {esc(c["author"])}">Reply</a></div>
 </article>{children}
</li>"""

    items = "".join(one(c, 1, "even thread-even" if i % 2 == 0 else "odd thread-odd")
                    for i, c in enumerate(a["comments"]))
    n = count_comments(a)
    return f"""<div id="comments" class="comments-area mvx-comments">
 <h3 class="comments-title mvx-block-title"><span>{n} thoughts on &ldquo;{esc(a["title"])}&rdquo;</span></h3>
 <ol class="comment-list">{items}</ol>
 <div id="respond" class="comment-respond">
  <h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" href="{a["path"]}#respond" style="display:none;">Cancel reply</a></small></h3>
  <form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
   <p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>
   <p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>
   <p class="comment-form-author"><label for="author">Name <span class="required">*</span></label><input id="author" name="author" type="text" size="30" maxlength="245" autocomplete="name" required></p>
   <p class="comment-form-email"><label for="email">Email <span class="required">*</span></label><input id="email" name="email" type="email" size="30" maxlength="100" autocomplete="email" required></p>
   <p class="comment-form-url"><label for="url">Website</label><input id="url" name="url" type="url" size="30" maxlength="200" autocomplete="url"></p>
   <p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"> <label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>
   <p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"><input type="hidden" name="comment_post_ID" value="{a["post_id"]}" id="comment_post_ID"><input type="hidden" name="comment_parent" id="comment_parent" value="0"></p>
  </form>
 </div>
</div>"""


def related_html(a):
    others = [o for o in PUBLIC if o["key"] != a["key"]]
    same = [o for o in others if o["category"] == a["category"]]
    pool = same + [o for o in others if o not in same]
    picks = pool[:3]
    cards = "".join(f"""<div class="mvx-related-item">
 <a class="mvx-related-thumb" href="{o["path"]}"><img src="{image_path(o)}" width="260" height="146" alt="" loading="lazy"></a>
 <span class="mvx-cat-label mvx-cat-{o["category"]}">{CATEGORIES[o["category"]]}</span>
 <h4 class="mvx-related-title"><a href="{o["path"]}">{esc(o["title"])}</a></h4>
 <span class="mvx-related-date"><time datetime="{o["published"]}">{human_date(o["published"])}</time></span>
 <p class="mvx-related-excerpt">{esc(o["card_excerpt"])}</p>
</div>""" for o in picks)
    return f"""<div class="mvx-related-posts"><h3 class="mvx-block-title"><span>You May Also Like</span></h3><div class="mvx-related-grid">{cards}</div></div>"""


def post_nav(a):
    if a.get("private"):
        return ""
    chrono = sorted(ARTICLES, key=lambda x: x["published"])
    i = chrono.index(a)
    prev_a = chrono[i - 1] if i > 0 else None
    next_a = chrono[i + 1] if i + 1 < len(chrono) else None
    parts = []
    if prev_a:
        parts.append(f'<div class="nav-previous"><span class="mvx-nav-label">Previous article</span><a href="{prev_a["path"]}" rel="prev">{esc(prev_a["title"])}</a></div>')
    if next_a:
        parts.append(f'<div class="nav-next"><span class="mvx-nav-label">Next article</span><a href="{next_a["path"]}" rel="next">{esc(next_a["title"])}</a></div>')
    return f'<nav class="navigation post-navigation mvx-post-nav" aria-label="Posts"><div class="nav-links">{"".join(parts)}</div></nav>'


def article_schema(a, wc):
    url = B + a["path"]
    img = B + image_path(a)
    au = AUTHORS[a["author"]]
    cat = CATEGORIES[a["category"]]
    webpage = {"@type": "WebPage", "@id": url, "url": url, "name": f'{a["title"]} - {SITE}',
               "isPartOf": {"@id": WEBSITE_ID}, "primaryImageOfPage": {"@id": url + "#primaryimage"},
               "image": {"@id": url + "#primaryimage"}, "thumbnailUrl": img,
               "datePublished": a["published"]}
    art = {"@type": "Article", "@id": url + "#article", "isPartOf": {"@id": url},
           "author": {"name": au["name"], "@id": f"{B}/#/schema/person/{au['pid']}"},
           "headline": a["title"], "datePublished": a["published"]}
    if a["updated"]:
        webpage["dateModified"] = a["updated"]
        art["dateModified"] = a["updated"]
    webpage.update({"description": a["meta_desc"], "breadcrumb": {"@id": url + "#breadcrumb"},
                    "inLanguage": "en-US", "potentialAction": [{"@type": "ReadAction", "target": [url]}]})
    art.update({"mainEntityOfPage": {"@id": url}, "wordCount": wc, "commentCount": count_comments(a),
                "publisher": {"@id": ORG_ID}, "image": {"@id": url + "#primaryimage"}, "thumbnailUrl": img,
                "keywords": [TAGS[t] for t in a["tags"]], "articleSection": [cat], "inLanguage": "en-US",
                "potentialAction": [{"@type": "CommentAction", "name": "Comment", "target": [url + "#respond"]}]})
    image = {"@type": "ImageObject", "inLanguage": "en-US", "@id": url + "#primaryimage", "url": img,
             "contentUrl": img, "width": 1200, "height": 675}
    crumbs = [("Home", "/"), (cat, f'/category/{a["category"]}/'), (a["title"], None)]
    return {"@context": "https://schema.org",
            "@graph": [art, webpage, image, breadcrumb_node(url, crumbs), website_node(), org_node(),
                       person_node(a["author"])]}


def article_page(a):
    au = AUTHORS[a["author"]]
    cat = CATEGORIES[a["category"]]
    wc = words_of(a["body"])
    minutes = max(1, round(wc / 230))
    meta = ['<meta property="article:publisher" content="https://www.facebook.com/careernewsdaily">',
            f'<meta property="article:section" content="{cat}">']
    meta += [f'<meta property="article:tag" content="{TAGS[t]}">' for t in a["tags"]]
    meta.append(f'<meta property="article:published_time" content="{a["published"]}">')
    if a["updated"]:
        meta.append(f'<meta property="article:modified_time" content="{a["updated"]}">')
        meta.append(f'<meta property="og:updated_time" content="{a["updated"]}">')
    meta += [f'<meta property="og:image" content="{B}{image_path(a)}">',
             '<meta property="og:image:width" content="1200">', '<meta property="og:image:height" content="675">',
             '<meta property="og:image:type" content="image/png">',
             f'<meta name="author" content="{au["name"]}">',
             '<meta name="twitter:label1" content="Written by">', f'<meta name="twitter:data1" content="{au["name"]}">',
             '<meta name="twitter:label2" content="Est. reading time">',
             f'<meta name="twitter:data2" content="{minutes} minutes">']
    h = head(f'{a["title"]} - {SITE}', a["meta_desc"], a["path"], "article", "\n".join(meta),
             article_schema(a, wc), rel_links=f'<link rel="shortlink" href="{B}/?p={a["post_id"]}">')
    crumbs = [("Home", "/"), (cat, f'/category/{a["category"]}/' if a["category"] in PUBLIC_CATEGORIES else None),
              (a["title"], None)]
    if a["category"] not in PUBLIC_CATEGORIES:
        crumbs = [("Home", "/"), (a["title"], None)]
    updated = ""
    if a["updated"]:
        updated = (f' <span class="mvx-meta-updated">Updated: <time class="updated" datetime="{a["updated"]}">'
                   f'{human_date(a["updated"])}</time></span>')
    cat_link = (f'<a class="mvx-cat-label mvx-cat-{a["category"]}" href="/category/{a["category"]}/" rel="category tag">{cat}</a>'
                if a["category"] in PUBLIC_CATEGORIES else f'<span class="mvx-cat-label">{cat}</span>')
    tags = " ".join(f'<a href="/tag/{t}/" rel="tag">{TAGS[t]}</a>' for t in a["tags"])
    n = count_comments(a)
    post_cls = (f'post-{a["post_id"]} post type-post status-publish format-standard has-post-thumbnail hentry '
                f'category-{a["category"]} ' + " ".join(f"tag-{t}" for t in a["tags"]) + " mvx-single-post")
    main = f"""{breadcrumbs_html(crumbs)}
{ad_slot("7700880011", "above-post")}
<article id="post-{a["post_id"]}" class="{post_cls}">
 <header class="mvx-post-header entry-header">
  <div class="mvx-post-cats">{cat_link}</div>
  <h1 class="entry-title mvx-post-title">{esc(a["title"])}</h1>
  <div class="mvx-post-meta entry-meta">
   <span class="mvx-meta-avatar"><img src="{AVATAR}" width="32" height="32" alt="" class="avatar"></span>
   <span class="mvx-meta-author byline">By <span class="author vcard"><a class="url fn n" href="/author/{a["author"]}/" rel="author">{esc(au["name"])}</a></span></span>
   <span class="mvx-meta-date posted-on"><time class="entry-date published" datetime="{a["published"]}">{human_date(a["published"])}</time></span>{updated}
   <span class="mvx-meta-read">{minutes} min read</span>
   <span class="mvx-meta-comments"><a href="{a["path"]}#comments">{n} Comments</a></span>
  </div>
  {share_bar(a, "top")}
 </header>
 <figure class="mvx-featured-image post-thumbnail"><img src="{image_path(a)}" width="1200" height="675" alt="{esc(a["title"])}"><figcaption class="wp-caption-text">Illustration: CareerNews</figcaption></figure>
 <div class="mvx-post-content entry-content">
{render_body(a)}
 </div>
 <footer class="mvx-post-footer entry-footer">
  <div class="mvx-post-tags"><span class="mvx-tags-label">Tagged:</span> {tags}</div>
  {share_bar(a, "bottom")}
  <div class="mvx-author-box"><div class="mvx-author-avatar"><img src="{AVATAR}" width="96" height="96" alt="" class="avatar"></div>
   <div class="mvx-author-info"><span class="mvx-author-label">About the author</span><h4 class="mvx-author-name"><a href="/author/{a["author"]}/">{esc(au["name"])}</a></h4>
   <p class="mvx-author-bio">{esc(au["bio"])}</p><a class="mvx-author-all" href="/author/{a["author"]}/">View all posts</a></div></div>
 </footer>
</article>
{post_nav(a)}
{ad_slot("7700880022", "below-post")}
{related_html(a)}
{comments_html(a)}"""
    body_class = f'post-template-default single single-post postid-{a["post_id"]} single-format-standard'
    write(a["path"], page(h, body_class, main))
    return wc


# --------------------------------------------------------------------------- static pages

STATIC_PAGES = {
    "/about/": ("About Us", "Who we are, how we report on jobs and pay, and the people behind CareerNews.", """
<p>CareerNews is an independent publication about work: who is hiring, what the jobs involve and what they pay. We started in 2016 as a newsletter for software engineers and now cover technology, healthcare, the skilled trades and sales.</p>
<h2>How we report</h2>
<p>Our role guides combine interviews with hiring managers, published salary bands and reader surveys. We correct mistakes openly and update guides when pay data changes. Advertising pays for the site; advertisers never see or approve stories before publication.</p>
<h2>The team</h2>
<ul class="mvx-team-list">
<li><a href="/author/daniel-okafor/">Daniel Okafor</a>, technology careers</li>
<li><a href="/author/hannah-whitfield/">Hannah Whitfield</a>, UK correspondent</li>
<li><a href="/author/renee-castillo/">Renee Castillo</a>, healthcare and frontline work</li>
<li><a href="/author/tom-becker/">Tom Becker</a>, skilled trades</li>
<li><a href="/author/arjun-mehta/">Arjun Mehta</a>, India technology desk</li>
</ul>
"""),
    "/contact/": ("Contact Us", "How to reach the CareerNews newsroom, advertising and corrections teams.", """
<p>Have a story tip, a correction or a salary offer you would like to share anonymously? We read everything.</p>
<ul class="mvx-contact-list"><li>Newsroom: newsroom@careernews.example</li><li>Advertising and partnerships: ads@careernews.example</li><li>Corrections: corrections@careernews.example</li></ul>
<form class="mvx-contact-form" action="/contact/" method="get">
<p><label for="cf-name">Your name</label><input id="cf-name" name="cf-name" type="text"></p>
<p><label for="cf-email">Your email</label><input id="cf-email" name="cf-email" type="email"></p>
<p><label for="cf-msg">Message</label><textarea id="cf-msg" name="cf-msg" rows="6"></textarea></p>
<p><button type="submit" class="mvx-btn mvx-btn-primary">Send message</button></p>
</form>
<p class="mvx-contact-address">CareerNews Media Group, 2100 Congress Avenue, Suite 400, Austin, TX 78701</p>
"""),
    "/privacy-policy/": ("Privacy Policy", "How CareerNews collects, uses and protects personal data, including cookies and advertising.", """
<p>This policy explains what personal data CareerNews Media Group collects when you use this website, why we collect it and the choices you have.</p>
<h2>Data we collect</h2>
<p>We collect the information you give us, such as your email address when you subscribe to a newsletter or the name you enter with a comment, and technical data such as your IP address, browser type and the pages you visit.</p>
<h2 id="cookies">Cookies and advertising</h2>
<p>We and our advertising partners use cookies to measure traffic, remember your preferences and show ads that may be relevant to you. You can change your choices at any time through the cookie settings link in the footer or through your browser.</p>
<h2>Comments</h2>
<p>When you leave a comment we store the comment, your name, email address and IP address to help detect spam. Your email address is never displayed publicly.</p>
<h2>Your rights</h2>
<p>Depending on where you live, you may have the right to access, correct or delete your personal data. Write to privacy@careernews.example and we will respond within 30 days.</p>
<p class="mvx-policy-date">Effective date: January 1, 2025.</p>
"""),
}


PAGE_IDS = {"/about/": 12, "/contact/": 14, "/privacy-policy/": 3}


def static_pages():
    for path, (heading, desc, content) in STATIC_PAGES.items():
        title = f"{heading} - {SITE}"
        schema = {"@context": "https://schema.org", "@graph": [
            {"@type": "WebPage" if path != "/about/" else ["WebPage", "AboutPage"], "@id": B + path,
             "url": B + path, "name": title, "isPartOf": {"@id": WEBSITE_ID}, "description": desc,
             "breadcrumb": {"@id": B + path + "#breadcrumb"}, "inLanguage": "en-US"},
            breadcrumb_node(B + path, [("Home", "/"), (heading, None)]), website_node(), org_node()]}
        main = f"""{breadcrumbs_html([("Home", "/"), (heading, None)])}
<div id="page-{PAGE_IDS[path]}" class="page type-page status-publish hentry mvx-page">
 <header class="entry-header mvx-page-header"><h1 class="entry-title">{esc(heading)}</h1></header>
 <div class="entry-content mvx-page-content">{content}</div>
</div>"""
        write(path, page(head(title, desc, path, "website", schema=schema), "page-template-default page", main))


def wp_stubs():
    # Disallowed by robots.txt, linked from the footer ("Staff login").
    write("/wp-admin/", f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><meta name="robots" content="noindex, nofollow"><title>Log In &lsaquo; {SITE} &mdash; WordPress</title>
<link rel="stylesheet" href="{THEME}/style.css?ver={VER}"></head>
<body class="login"><div id="login"><h1><a href="/">{SITE}</a></h1>
<form name="loginform" id="loginform" action="/wp-login.php" method="post"><p><label for="user_login">Username or Email Address</label><input type="text" name="log" id="user_login"></p>
<p><label for="user_pass">Password</label><input type="password" name="pwd" id="user_pass"></p><p class="submit"><input type="submit" value="Log In"></p></form>
<p id="backtoblog"><a href="/">&larr; Go to {SITE}</a></p></div></body></html>
""")
    # Form targets (never linked with <a>): harmless stubs so every action resolves.
    for p, msg in (("/wp-login.php", "Logins are disabled on this demo site."),
                   ("/wp-comments-post.php", "Comment submission is disabled on this demo site.")):
        write(p, f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><meta name="robots" content="noindex, nofollow"><title>{SITE}</title></head>
<body><p>{msg} <a href="/">Back to {SITE}</a></p></body></html>
""")


# --------------------------------------------------------------------------- discovery

def discovery(all_articles):
    newest = max(a["updated"] or a["published"] for a in all_articles)
    index = f"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
\t<sitemap>
\t\t<loc>{B}/post-sitemap.xml</loc>
\t\t<lastmod>{newest}</lastmod>
\t</sitemap>
\t<sitemap>
\t\t<loc>{B}/page-sitemap.xml</loc>
\t\t<lastmod>2025-01-01T09:00:00+00:00</lastmod>
\t</sitemap>
</sitemapindex>
<!-- XML Sitemap generated by the Nexora SEO module -->
"""
    write("/sitemap_index.xml", index)
    write("/sitemap.xml", index)
    urls = []
    for a in sorted(all_articles, key=lambda x: x["published"]):
        urls.append(f"""\t<url>
\t\t<loc>{B}{a["path"]}</loc>
\t\t<lastmod>{a["updated"] or a["published"]}</lastmod>
\t\t<image:image>
\t\t\t<image:loc>{B}{image_path(a)}</image:loc>
\t\t</image:image>
\t</url>""")
    write("/post-sitemap.xml", """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" xsi:schemaLocation="http://www.sitemaps.org/schemas/sitemap/0.9 http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd http://www.google.com/schemas/sitemap-image/1.1 http://www.google.com/schemas/sitemap-image/1.1/sitemap-image.xsd" xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
""" + "\n".join(urls) + "\n</urlset>\n")
    pages = "\n".join(f"""\t<url>
\t\t<loc>{B}{p}</loc>
\t\t<lastmod>2025-01-01T09:00:00+00:00</lastmod>
\t</url>""" for p in STATIC_PAGES)
    write("/page-sitemap.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{pages}
</urlset>
""")
    write("/robots.txt", f"""User-agent: *
Disallow: /wp-admin/
Disallow: /private/

Sitemap: {B}/sitemap_index.xml
""")


# --------------------------------------------------------------------------- assets

CSS = """/* Nexora 3.2.1 - CareerNews child styles (demo) */
*{box-sizing:border-box}body{margin:0;font:16px/1.6 Georgia,serif;color:#222;background:#f4f4f4}
a{color:#0b57a4;text-decoration:none}a:hover{text-decoration:underline}
.mvx-container{max-width:1180px;margin:0 auto;padding:0 16px}
.mvx-consent-bar{position:fixed;bottom:0;left:0;right:0;background:#111;color:#eee;z-index:99;padding:10px 0;font:14px/1.4 Arial,sans-serif}
.mvx-consent-bar a{color:#9cf}.mvx-consent-inner{display:flex;gap:16px;align-items:center;justify-content:space-between}
.mvx-topbar{background:#111;color:#ccc;font:13px Arial,sans-serif}.mvx-topbar-inner{display:flex;justify-content:space-between;padding:6px 16px}
.mvx-topbar ul{list-style:none;margin:0;padding:0;display:inline-flex;gap:12px}.mvx-topbar a{color:#ddd}
.mvx-header-wrap{background:#fff;border-bottom:3px solid #c8102e}.mvx-header-logo-row{display:flex;justify-content:space-between;align-items:center;padding:14px 16px}
.mvx-logo img{display:none}.mvx-logo-text{font:bold 34px Arial,sans-serif;color:#c8102e}.mvx-tagline{display:block;font:12px Arial,sans-serif;color:#777}
.mvx-menu-bar{display:flex;align-items:center;justify-content:space-between}
.mvx-menu{list-style:none;margin:0;padding:0;display:flex;font:bold 14px Arial,sans-serif;text-transform:uppercase}
.mvx-menu>li{position:relative}.mvx-menu>li>a{display:block;padding:12px 14px;color:#111}
.mvx-mega-menu,.mvx-menu .sub-menu{display:none;position:absolute;left:0;top:100%;background:#fff;box-shadow:0 6px 18px rgba(0,0,0,.15);z-index:50;min-width:220px}
.mvx-mega-menu{width:900px;padding:16px}.mvx-menu li:hover>.mvx-mega-menu,.mvx-menu li:hover>.sub-menu{display:block}
.mvx-mega-inner{display:flex;gap:16px}.mvx-mega-posts{display:flex;gap:12px;flex:1}.mvx-mega-post{width:25%;text-transform:none;font-weight:normal}
.mvx-mega-post img{width:100%;height:auto;background:#ddd}.mvx-mega-title{font-size:14px;margin:6px 0}.mvx-mega-date{font-size:12px;color:#888}
.mvx-ticker{display:flex;gap:12px;padding:8px 16px;font:13px Arial,sans-serif;overflow:hidden;white-space:nowrap}
.mvx-ticker-label{background:#c8102e;color:#fff;padding:2px 8px;font-weight:bold}.mvx-ticker-list{list-style:none;margin:0;padding:0;display:flex;gap:24px}
.mvx-row{display:flex;gap:30px;padding:24px 0}.mvx-col-main{flex:1;min-width:0;background:#fff;padding:24px}
.mvx-sidebar{width:320px;flex:none}.widget{background:#fff;padding:16px;margin-bottom:20px}
.mvx-block-title{border-bottom:2px solid #111;font:bold 15px Arial,sans-serif;text-transform:uppercase}.mvx-block-title span{background:#111;color:#fff;padding:4px 10px;display:inline-block}
.mvx-a-wrap{text-align:center;margin:18px auto;padding:8px;background:#fafafa;border:1px dashed #ddd;min-height:90px}
.mvx-a-label,.mvx-a-text{display:block;font:10px Arial,sans-serif;letter-spacing:1px;color:#999}
.mvx-post-title{font:bold 36px/1.2 Arial,sans-serif;margin:8px 0}.mvx-post-meta{font:13px Arial,sans-serif;color:#666;display:flex;gap:12px;flex-wrap:wrap;align-items:center}
.mvx-cat-label{background:#c8102e;color:#fff;font:bold 11px Arial,sans-serif;text-transform:uppercase;padding:2px 8px}
.mvx-share-bar{display:flex;gap:8px;flex-wrap:wrap;margin:14px 0;font:13px Arial,sans-serif}.mvx-share{background:#eee;padding:6px 10px;border:0;color:#111;cursor:pointer}
.mvx-share-facebook{background:#3b5998;color:#fff}.mvx-share-twitter{background:#000;color:#fff}.mvx-share-linkedin{background:#0a66c2;color:#fff}
.mvx-featured-image img{width:100%;height:auto;background:#ccc}
.mvx-toc-container{border:1px solid #ddd;background:#f9f9f9;padding:12px 16px;margin:16px 0;display:inline-block;min-width:60%}
.mvx-toc-title{font-weight:bold;margin:0;display:inline}.mvx-inline-related{border-left:4px solid #c8102e;padding:4px 12px;background:#fff5f5}
.mvx-table{border-collapse:collapse;width:100%}.mvx-table td,.mvx-table th{border:1px solid #ddd;padding:8px;text-align:left}
.mvx-native-ad{display:block;font:14px Arial,sans-serif}
.mvx-author-box{display:flex;gap:16px;border:1px solid #eee;padding:16px;margin:20px 0}
.mvx-related-grid{display:grid;grid-template-columns:repeat(3,1fr);gap:16px}.mvx-related-item img{width:100%;height:auto;background:#ddd}
.mvx-related-excerpt{font-size:14px;color:#555}.comment-list{list-style:none;padding:0}.comment-list .children{list-style:none;padding-left:40px}
.comment-body{border-bottom:1px solid #eee;padding:12px 0}.comment-form label{display:block}.comment-form input[type=text],.comment-form input[type=email],.comment-form input[type=url],.comment-form textarea{width:100%}
.mvx-module{display:flex;gap:16px;padding:16px 0;border-bottom:1px solid #eee}.mvx-module-thumb{width:260px;flex:none;position:relative}.mvx-module-thumb img{width:100%;height:auto;background:#ddd}
.mvx-module-title{font:bold 20px/1.3 Arial,sans-serif;margin:0 0 6px}.mvx-module-meta{font:12px Arial,sans-serif;color:#888}
.mvx-pagination .page-numbers{display:inline-block;padding:6px 12px;border:1px solid #ddd;margin-right:4px}.mvx-pagination .current{background:#111;color:#fff}
.mvx-footer{background:#111;color:#bbb;font:14px Arial,sans-serif;padding-top:30px}.mvx-footer a{color:#eee}
.mvx-footer-widgets{display:grid;grid-template-columns:2fr 2fr 1fr 1fr 1fr;gap:24px}.mvx-footer-links,.mvx-footer-posts{list-style:none;padding:0}
.mvx-footer-post{display:flex;gap:8px;margin-bottom:10px}.mvx-footer-post time{display:block;font-size:12px;color:#888}
.mvx-footer-bottom{border-top:1px solid #333;margin-top:20px;padding:12px 0}.mvx-footer-menu{list-style:none;padding:0;display:flex;gap:12px}
.mvx-modal[hidden]{display:none}.mvx-modal{position:fixed;inset:0;background:rgba(0,0,0,.6);display:flex;align-items:center;justify-content:center;z-index:100}
.mvx-modal-box{background:#fff;padding:24px;max-width:420px;position:relative}
.mvx-back-to-top{position:fixed;right:20px;bottom:70px;background:#c8102e;color:#fff;padding:8px 12px;font:12px Arial,sans-serif}
.mvx-offcanvas{display:none}.mvx-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.mvx-jobs-list,.mvx-social-counters{list-style:none;padding:0}.mvx-job a{display:block;padding:6px 0;border-bottom:1px dotted #ddd}.mvx-job-pay{display:block;font-size:12px;color:#2a7}
"""

JS = """/*! Nexora theme scripts 3.2.1 (demo) */
(function(){
  function $(s,c){return (c||document).querySelector(s)}
  function all(s,c){return Array.prototype.slice.call((c||document).querySelectorAll(s))}
  var bar=$('#mvx-consent');
  if(bar&&localStorage.getItem('mvx_consent')){bar.style.display='none'}
  all('[data-mvx-consent]').forEach(function(b){b.addEventListener('click',function(){localStorage.setItem('mvx_consent','1');bar.style.display='none'})});
  all('[data-mvx-open]').forEach(function(a){a.addEventListener('click',function(e){e.preventDefault();var m=document.getElementById(a.getAttribute('data-mvx-open'));if(m){m.hidden=false}})});
  all('.mvx-modal-close,[data-mvx-dismiss]').forEach(function(b){b.addEventListener('click',function(){var m=b.closest('.mvx-modal');if(m){m.hidden=true}})});
  var nl=$('#mvx-newsletter-modal');
  if(nl&&!sessionStorage.getItem('mvx_nl')){setTimeout(function(){nl.hidden=false;sessionStorage.setItem('mvx_nl','1')},25000)}
  all('.mvx-share-copy').forEach(function(b){b.addEventListener('click',function(){if(navigator.clipboard){navigator.clipboard.writeText(b.getAttribute('data-clipboard'))}b.textContent='Copied!'})});
})();
"""


def assets(all_articles):
    write(THEME + "/style.css", CSS)
    write(THEME + "/js/nexora.min.js", JS)
    write_bytes(LOGO, png(60, 16, (200, 16, 46)))
    write_bytes(FAVICON, png(32, 32, (200, 16, 46)))
    write_bytes(AVATAR, png(48, 48, (190, 190, 190)))
    for a in all_articles:
        write_bytes(image_path(a), png(64, 36, a["image_color"]))


# --------------------------------------------------------------------------- main

def main():
    all_articles = ARTICLES + [PRIVATE_ARTICLE]
    counts = {a["key"]: article_page(a) for a in all_articles}
    home_pages()
    for c in PUBLIC_CATEGORIES:
        posts = [a for a in PUBLIC if a["category"] == c]
        archive_pages(f"/category/{c}/", CATEGORIES[c],
                      f"Career guides, salary data and hiring news from the {CATEGORIES[c]} desk.",
                      posts, CAT_PER_PAGE, f"category category-{c}", CATEGORIES[c], "Category")
    for t, name in TAGS.items():
        posts = [a for a in PUBLIC if t in a["tags"]]
        archive_pages(f"/tag/{t}/", name, f"Every CareerNews story tagged {name}.",
                      posts, PER_PAGE, f"tag tag-{t}", name, "Tag")
    author_pages()
    static_pages()
    wp_stubs()
    discovery(all_articles)
    assets(all_articles)
    for k, v in counts.items():
        print(f"{k:10s} {v:5d} words")


if __name__ == "__main__":
    main()
