"""A hostile little web for the reliability tests: one threaded ``http.server`` in-process on
127.0.0.1 (port 0) that serves a small role-guide site whose listing page links to one endpoint per
fault (slow, dropped, truncated, 5xx, 429, redirect loops, redirects to ``file://`` / ``ftp://``,
a gzip bomb, an oversized body, lying charsets, mojibake, binary, empty, broken and pathological
HTML), hostile sitemaps (billion laughs, XXE) and a Greenhouse-shaped API answering garbage.

Every page is built here (no files), so a test knows exactly which text each page holds, and
each endpoint carries the behaviour expected of the crawl (``Scenario``):

    with FaultServer(only={"slow", "gzip-bomb"}) as server:
        run = finish_cli(start_cli("crawl", "--url", server.url, "--db", db, out_dir=tmp, name="c"))
        server.good            # (path, role, skills) of the good articles that must be stored
        server.scenarios       # the hostile endpoints served, with their expectations
        run.peak_rss_mb        # peak RSS of that crawl subprocess (os.wait4)

The handler never blocks for long: slow answers wait on an Event that ``stop()`` sets, so
shutting down never waits for a sleeping thread; request loops are bounded by the crawler's own
retry and redirect limits. Nothing but 127.0.0.1 is ever bound.
"""
from __future__ import annotations

import gzip
import html
import json
import os
import random
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable, Optional
from urllib.parse import urlsplit

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# ---------------------------------------------------------------------------------------------
# Pages

#: Roles used for the article pages: (slug, title role, skills named in the text).
ROLES = [
    ("data-analyst", "Data Analyst", ["SQL", "Python", "Tableau"]),
    ("backend-engineer", "Backend Engineer", ["PostgreSQL", "Docker", "Go"]),
    ("ux-designer", "UX Designer", ["Figma"]),
    ("registered-nurse", "Registered Nurse", []),
    ("accountant", "Accountant", ["Microsoft Excel", "QuickBooks"]),
    ("site-reliability-engineer", "Site Reliability Engineer", ["Kubernetes", "Terraform"]),
    ("frontend-developer", "Frontend Developer", ["JavaScript", "React"]),
    ("electrician", "Electrician", []),
    ("teacher", "Elementary School Teacher", []),
    ("product-manager", "Product Manager", ["Jira"]),
    ("data-engineer", "Data Engineer", ["Apache Spark", "Apache Airflow"]),
    ("mechanic", "Automotive Mechanic", []),
]

_FILLER = (
    "People who do this job well tend to describe it the same way: the work is varied, the "
    "standards are high and the best days are the ones where a plan survives contact with reality. "
    "Most employers look for evidence that a candidate can finish things, explain their reasoning "
    "to colleagues from other teams and keep learning as the tools change underneath them. "
    "Career changers are common, and a portfolio of finished work often matters more at interview "
    "than the name of a degree. The first year is usually the steepest, because there is a lot of "
    "local knowledge to absorb: how the organisation makes decisions, who to ask about what, and "
    "which of the written procedures are still followed in practice. "
)


def article(role: str, slug: str, *, skills: list[str] = (), marker: str = "",
            extra_body: str = "", head_extra: str = "", charset_meta: Optional[str] = "utf-8",
            leads: tuple[str, ...] = ("", "", "", ""), salary: Optional[str] = None) -> str:
    """A valid role-guide article (og:type=article, an <h1> naming the role, four
    responsibilities, a salary sentence, 300+ words). ``marker`` is a unique phrase that makes the
    page's content unique and lets a test find its text; ``leads`` are put in front of the four
    responsibilities (e.g. formulas, to test CSV neutralisation). ``slug`` only names the page
    in the calls."""
    skills_txt = ", ".join(skills) if skills else "patience, care and clear communication"
    salary = salary or f"{role}s typically earn $52,000 to $78,000 per year, depending on experience."
    meta = f'<meta charset="{charset_meta}">' if charset_meta else ""
    filler = " ".join([_FILLER] * 2)
    return f"""<!DOCTYPE html>
<html lang="en"><head>{meta}
<title>{role} Job Description: Duties, Skills and Salary</title>
<meta property="og:type" content="article">
<meta property="og:title" content="{html.escape(role)} Job Description: Duties, Skills and Salary">
<meta property="article:published_time" content="2025-03-04T09:00:00Z">
{head_extra}
</head><body>
<nav class="menu"><a href="/">Home</a> <a href="/about/">About</a></nav>
<main><article>
<h1>{role} Job Description: Duties, Skills and Salary</h1>
<p class="byline">Published <time datetime="2025-03-04">March 4, 2025</time></p>
<p>This guide explains what a {role.lower()} does from day to day, the skills the job asks for and
what it pays. {marker}</p>
<h2>Responsibilities</h2>
<ul>
<li><strong>{leads[0]}Plan the work</strong>: agree priorities with the team each week and keep a written plan.</li>
<li><strong>{leads[1]}Do the core tasks</strong>: carry out the daily work of a {role.lower()} to a high standard.</li>
<li><strong>{leads[2]}Keep records</strong>: document decisions, results and open questions for colleagues.</li>
<li><strong>{leads[3]}Improve the process</strong>: suggest and test small changes that save time.</li>
</ul>
<h2>Skills</h2>
<p>Employers ask for {skills_txt}, plus good written English and reliability.</p>
<h2>Salary</h2>
<p>{salary}</p>
<h2>What the job is like</h2>
<p>{filler}</p>
<p>{extra_body}</p>
</article></main>
<footer><p>© Hostile Careers. <a href="/privacy/">Privacy</a></p></footer>
</body></html>
"""


def listing(links: list[str], title: str = "All guides") -> str:
    items = "\n".join(f'<li><a href="{href}">{href}</a></li>' for href in links)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body><h1>{title}</h1><ul>{items}</ul></body></html>")


# ---------------------------------------------------------------------------------------------
# Answers

@dataclass
class Answer:
    """How to answer one path. ``action`` is one of: ``send`` (status, headers, body as given;
    Content-Length added unless headers has one), ``sleep`` (wait ``seconds`` then send),
    ``drop`` (close the socket without a byte), ``short`` (announce ``content_length`` and send
    less, then close), ``stream`` (no Content-Length: send the body in chunks, then close)."""

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    action: str = "send"
    seconds: float = 0.0
    content_length: Optional[int] = None


def html_answer(text: str, ctype: str = "text/html; charset=utf-8", encoding: str = "utf-8",
                status: int = 200, **headers: str) -> Answer:
    return Answer(status, {"Content-Type": ctype, **headers}, text.encode(encoding))


@dataclass
class Scenario:
    """One hostile endpoint and what the crawl must make of it.

    ``expect="error"``: exactly one ``crawl_errors`` row for ``path`` whose reason contains one of
    ``keywords`` (case-insensitive) and reads as words, not a Python repr.
    ``expect="stored"``: one document from ``path`` whose text contains every string of
    ``contains`` and none of ``absent``. ``transport``: the fault is in the HTTP exchange and
    needs the crawl's ``DOWNLOAD_TIMEOUT=2`` / ``DOWNLOAD_MAXSIZE=1000000`` limits."""

    name: str
    path: str
    answer: Callable[["FaultServer"], Answer]
    expect: str
    keywords: tuple[str, ...] = ()
    contains: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()
    transport: bool = False
    what: str = ""                           # one line for docs/reliability.md
    title: Optional[str] = None              # the title that must be stored, when it matters


def _gzip_bomb(size: int = 8 * 1024 * 1024) -> bytes:
    """``size`` bytes of zeros, gzip-compressed to ~8 KB."""
    return gzip.compress(b"\0" * size, compresslevel=9)


#: The text the mojibake page holds once repaired.
MOJIBAKE_SOURCE = "Café staff, £40,000 salary, the team’s rota"


def mojibake(text: str) -> str:
    """``text`` as it looks after its UTF-8 bytes were read as cp1252 ("cafÃ©")."""
    return text.encode("utf-8").decode("cp1252", errors="replace")


def _deep_dom(depth: int = 10_000) -> str:
    return "<div>" * depth + "deep" + "</div>" * depth


def _binary(seed: int = 7, size: int = 64 * 1024) -> bytes:
    rnd = random.Random(seed)
    data = bytearray(rnd.getrandbits(8) for _ in range(size))
    data[10:20] = b"\0" * 10
    return bytes(data)


def _big_line(size: int = 5 * 1024 * 1024) -> str:
    """A page minified to one 5 MB line: an article plus an inline data blob, no newline at all."""
    blob = json.dumps({"items": ["x" * 60 + str(i) for i in range(size // 64)]})
    page = article("Warehouse Supervisor", "warehouse", marker="Single line marker zulu.",
                   head_extra=f"<script>window.__DATA__ = {blob};</script>")
    return page.replace("\n", " ")


#: Responsibility leads of the formula page: each starts with a character a spreadsheet runs.
FORMULA_LEADS = ('=HYPERLINK("http://evil.example/","click")&', "+cmd|' /C calc'!A0 ",
                 "-2+3+cmd|' /C calc'!A0 ", "@SUM(1+1)*cmd|' /C calc'!A0 ")
FORMULA_TITLE_ROLE = '=HYPERLINK("http://evil.example/","Payroll Clerk")'
TRANSPORT = ("slow", "dropped", "short-body", "http-500", "http-503", "http-429", "redirect-loop",
             "redirect-file", "redirect-ftp", "gzip-bomb", "too-big", "too-big-stream")


def scenarios() -> list[Scenario]:
    """Every hostile endpoint of the site, in the order the listing page links them."""
    s: list[Scenario] = []
    add = s.append
    # -- transport ------------------------------------------------------------------------------
    add(Scenario("slow", "/fault/slow/",
                 lambda srv: Answer(200, {"Content-Type": "text/html"},
                                    article("Late Analyst", "late").encode(), action="sleep",
                                    seconds=6.0),
                 "error", keywords=("timeout", "timed out", "took longer"), transport=True,
                 what="answers after 6 s (crawl timeout 2 s)"))
    add(Scenario("dropped", "/fault/dropped/", lambda srv: Answer(action="drop"),
                 "error", keywords=("connection",), transport=True,
                 what="closes the socket without a response"))
    add(Scenario("short-body", "/fault/short-body/",
                 lambda srv: Answer(200, {"Content-Type": "text/html; charset=utf-8"},
                                    article("Cut Designer", "cut").encode()[:900],
                                    action="short", content_length=20_000),
                 "error", keywords=("incomplete", "shorter", "content-length", "cut off"),
                 transport=True, what="announces Content-Length 20000, sends 900 bytes, closes"))
    add(Scenario("http-500", "/fault/http-500/",
                 lambda srv: html_answer("<h1>Internal Server Error</h1>", status=500),
                 "error", keywords=("HTTP 500",), transport=True, what="HTTP 500 every time"))
    add(Scenario("http-503", "/fault/http-503/",
                 lambda srv: html_answer("<h1>Unavailable</h1>", status=503, **{"Retry-After": "1"}),
                 "error", keywords=("HTTP 503",), transport=True,
                 what="HTTP 503 with Retry-After: 1 every time"))
    add(Scenario("http-429", "/fault/http-429/",
                 lambda srv: html_answer("<h1>Slow down</h1>", status=429, **{"Retry-After": "1"}),
                 "error", keywords=("HTTP 429",), transport=True,
                 what="HTTP 429 with Retry-After: 1 every time"))
    add(Scenario("redirect-loop", "/fault/loop-a/",
                 lambda srv: Answer(302, {"Location": "/fault/loop-b/"}),
                 "error", keywords=("redirect",), transport=True,
                 what="302 to /fault/loop-b/, which 302s back"))
    add(Scenario("redirect-file", "/fault/to-file/",
                 lambda srv: Answer(302, {"Location": "file:///etc/passwd"}),
                 "error", keywords=("redirect",), transport=True,
                 what="302 to file:///etc/passwd"))
    add(Scenario("redirect-ftp", "/fault/to-ftp/",
                 lambda srv: Answer(301, {"Location": "ftp://127.0.0.1:1/pub/secret.html"}),
                 "error", keywords=("redirect",), transport=True, what="301 to ftp://"))
    add(Scenario("gzip-bomb", "/fault/gzip-bomb/",
                 lambda srv: Answer(200, {"Content-Type": "text/html; charset=utf-8",
                                          "Content-Encoding": "gzip"}, srv.bomb),
                 "error", keywords=("size", "exceed", "larger"), transport=True,
                 what="8 MB of zeros gzip-compressed to ~8 KB, Content-Encoding: gzip"))
    add(Scenario("too-big", "/fault/too-big/",
                 lambda srv: html_answer(article("Big Engineer", "big",
                                                 extra_body="padding " * 200_000)),
                 "error", keywords=("size", "exceed", "larger"), transport=True,
                 what="1.6 MB article with a Content-Length (limit 1 MB)"))
    add(Scenario("too-big-stream", "/fault/too-big-stream/",
                 lambda srv: Answer(200, {"Content-Type": "text/html; charset=utf-8"},
                                    article("Streaming Engineer", "stream",
                                            extra_body="padding " * 200_000).encode(),
                                    action="stream"),
                 "error", keywords=("size", "exceed", "larger"), transport=True,
                 what="1.6 MB article without Content-Length (read to close)"))
    # -- content --------------------------------------------------------------------------------
    add(Scenario("charset-lies", "/enc/header-lies/",
                 lambda srv: html_answer(article("Pastry Chef", "chef",
                                                 marker="Our café pays £31,000 and the chef’s knives are provided."),
                                         ctype="text/html; charset=iso-8859-1"),
                 "stored", contains=("café", "£31,000", "chef’s"),
                 what="header says iso-8859-1, bytes and <meta charset> are UTF-8 (é £ ’)"))
    add(Scenario("cp1252-header", "/enc/cp1252-header/",
                 lambda srv: html_answer(article("Hotel Receptionist", "hotel", charset_meta=None,
                                                 marker="The hotel’s café pays £24,500 — “fair” pay."),
                                         ctype="text/html; charset=windows-1252", encoding="cp1252"),
                 "stored", contains=("hotel’s café", "£24,500", "“fair”"),
                 what="cp1252 bytes, charset in the header only"))
    add(Scenario("latin1-meta", "/enc/latin1-meta/",
                 lambda srv: html_answer(article("Ski Instructor", "ski", charset_meta="iso-8859-1",
                                                 marker="Résumé tips for the après-ski season: £19,000."),
                                         ctype="text/html", encoding="latin-1"),
                 "stored", contains=("Résumé", "après-ski", "£19,000"),
                 what="Latin-1 bytes, charset in <meta> only"))
    add(Scenario("utf8-bom", "/enc/bom/",
                 lambda srv: Answer(200, {"Content-Type": "text/html"},
                                    b"\xef\xbb\xbf" + article("Museum Curator", "curator", charset_meta=None,
                                                              marker="Naïve café curators earn £28,000.").encode()),
                 "stored", contains=("Naïve café", "£28,000"), absent=("\ufeff", "ï»¿"),
                 what="UTF-8 with a byte-order mark, no charset anywhere"))
    add(Scenario("mojibake", "/enc/mojibake/",
                 lambda srv: html_answer(article("Barista Trainer", "barista",
                                                 marker=mojibake(MOJIBAKE_SOURCE) + ".")),
                 "stored", contains=(MOJIBAKE_SOURCE,), absent=("Ã", "â€", "Â£"),
                 what="double-encoded UTF-8 (\"CafÃ©\", \"Â£\", \"â€™\")"))
    add(Scenario("binary", "/bad/binary/",
                 lambda srv: Answer(200, {"Content-Type": "text/html; charset=utf-8"}, srv.binary),
                 "error", keywords=("binary",), what="64 KB of random bytes with NULs as text/html"))
    add(Scenario("empty", "/bad/empty/",
                 lambda srv: Answer(200, {"Content-Type": "text/html; charset=utf-8"}, b""),
                 "error", keywords=("empty",), what="200 with an empty body"))
    add(Scenario("unclosed", "/bad/unclosed/",
                 lambda srv: html_answer(
                     article("Dental Hygienist", "dental", marker="Unclosed marker alpha.")
                     .replace("</li>", "").replace("</p>", "").replace("</article></main>", "<div><span><b>")
                     .replace("<strong>", "<strong><em>").replace("</strong>", "</strong></em>")
                     .replace("</body></html>", "")),
                 "stored", contains=("Unclosed marker alpha", "Keep records"),
                 what="unclosed <li>/<p>, mis-nested <strong><em>, no </body></html>"))
    add(Scenario("script-and-links", "/bad/script/",
                 lambda srv: html_answer(article(
                     "Security Analyst", "sec", marker="Script marker bravo.",
                     extra_body='Read <a href="/about/">the checklist</a> first. '
                                '<script>document.write("<a href=\\"/evil\\">x</a>")</script>'
                                '<img src=x onerror="alert(1)">')),
                 "stored", contains=("Script marker bravo", "the checklist"),
                 absent=("<script", "<a href", "document.write", "onerror", "alert(1)"),
                 what="links, an inline <script> writing HTML, an onerror attribute"))
    add(Scenario("script-in-h1", "/bad/script-in-h1/",
                 lambda srv: html_answer(article("Payroll Specialist", "payroll",
                                                 marker="Heading marker echo.").replace(
                     "<h1>Payroll Specialist Job Description",
                     "<h1>Payroll Specialist Job Description<script>window.dataLayer.push("
                     "{'event': '<b>h1</b>'})</script><style>h1 { color: red }</style>")),
                 "stored", contains=("Heading marker echo",),
                 title="Payroll Specialist Job Description: Duties, Skills and Salary",
                 what="a <script> and a <style> inside the <h1>"))
    add(Scenario("big-line", "/bad/big-line/", lambda srv: html_answer(srv.big_line),
                 "stored", contains=("Single line marker zulu",), absent=("__DATA__", "xxxxxxxxxx"),
                 what="the whole page on one 5 MB line (inline data blob)"))
    add(Scenario("deep-dom", "/bad/deep-dom/",
                 lambda srv: html_answer(article("Forklift Operator", "forklift",
                                                 marker="Deep marker charlie.",
                                                 extra_body=_deep_dom())),
                 "stored", contains=("Deep marker charlie",),
                 what="an article followed by <div> nested 10,000 deep"))
    add(Scenario("formula", "/bad/formula/",
                 lambda srv: html_answer(article(FORMULA_TITLE_ROLE, "formula", leads=FORMULA_LEADS,
                                                 marker="Formula marker delta.")),
                 "stored", contains=("Formula marker delta",),
                 what="title and responsibilities starting with = + - @ (spreadsheet formulas)"))
    return s


# ---------------------------------------------------------------------------------------------
# Sitemaps with XML attacks

BILLION_LAUGHS = b"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE urlset [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
 <url><loc>{base}/guides/&lol9;/</loc></url>
 <url><loc>{base}/guides/laughs-safe/</loc></url>
</urlset>
"""

XXE = b"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE urlset [
 <!ENTITY xxe SYSTEM "file:///etc/passwd">
 <!ENTITY % remote SYSTEM "file:///etc/hostname">
 %remote;
]>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
 <url><loc>{base}/guides/xxe-&xxe;/</loc></url>
 <url><loc>{base}/guides/xxe-safe/</loc></url>
</urlset>
"""


# ---------------------------------------------------------------------------------------------
# The server

class _Handler(BaseHTTPRequestHandler):
    server_version = "faultserver/1"
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        pass

    def do_GET(self):
        srv: FaultServer = self.server.owner
        path = self.path
        with srv.lock:
            srv.requested.append(path)
            srv.request_log.append((time.monotonic(), path))
            srv.inflight += 1
            srv.max_inflight = max(srv.max_inflight, srv.inflight)
        try:
            self._answer(srv, path)
        finally:
            with srv.lock:
                srv.inflight -= 1

    def _answer(self, srv: "FaultServer", path: str) -> None:
        if srv.delay and srv.stopping.wait(srv.delay):
            return self._close()
        answer = srv.answer_for(path)
        if answer.action == "drop":
            return self._close()
        if answer.action == "sleep" and srv.stopping.wait(answer.seconds):
            return self._close()
        headers = dict(answer.headers)
        if answer.action == "short":
            headers["Content-Length"] = str(answer.content_length)
        elif answer.action != "stream":
            headers.setdefault("Content-Length", str(len(answer.body)))
        headers["Connection"] = "close"
        self.close_connection = True
        try:
            self.send_response(answer.status)
            for k, v in headers.items():
                self.send_header(k, v)
            self.end_headers()
            if answer.action == "stream":
                for i in range(0, len(answer.body), 64 * 1024):
                    self.wfile.write(answer.body[i:i + 64 * 1024])
            else:
                self.wfile.write(answer.body)
            self.wfile.flush()
        except OSError:  # the crawler hung up (size limit, timeout): fine
            pass
        if answer.action in ("short", "stream"):
            self._close()

    def _close(self) -> None:
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        try:
            self.connection.close()
        except OSError:
            pass


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):  # a client hanging up is the point here
        pass


class FaultServer:
    """The hostile site.

    ``only``/``exclude``: names of scenarios to link and serve (default: all). ``good``: how many
    plain good articles (``/guides/<role>/``) the listing also links. ``sitemap``: None (no
    sitemap: the crawl follows the listing's links) or ``"laughs"`` / ``"xxe"`` (robots.txt names a
    hostile sitemap, which also lists ``/guides/<kind>-safe/``). ``delay``: seconds to wait before
    every answer. ``api``: extra routes (``"/path?query"`` or ``"/path"`` → Answer), e.g. a
    Greenhouse-shaped API."""

    def __init__(self, *, only: Optional[set[str]] = None, exclude: Optional[set[str]] = None,
                 good: int = 6, sitemap: Optional[str] = None, delay: float = 0.0,
                 api: Optional[dict[str, Answer]] = None):
        self.sitemap = sitemap
        self.delay = delay
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.requested: list[str] = []
        self.request_log: list[tuple[float, str]] = []
        self.inflight = 0
        self.max_inflight = 0
        self.api = dict(api or {})
        self.scenarios = [sc for sc in scenarios()
                          if (only is None or sc.name in only) and not (exclude and sc.name in exclude)]
        self.good = [(f"/guides/{slug}/", role, skills) for slug, role, skills in ROLES[:good]]
        names = {sc.name for sc in self.scenarios}
        self.bomb = _gzip_bomb() if "gzip-bomb" in names else b""
        self.binary = _binary() if "binary" in names else b""
        self.big_line = _big_line() if "big-line" in names else ""
        self.httpd = _QuietServer(("127.0.0.1", 0), _Handler)
        self.httpd.owner = self
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    # -- what is served -------------------------------------------------------------------------
    @property
    def base(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def url(self) -> str:
        return self.base + "/"

    @staticmethod
    def good_marker(path: str) -> str:
        return f"Unique guide marker {path.strip('/').replace('/', ' ')}."

    def scenario(self, name: str) -> Scenario:
        return next(sc for sc in self.scenarios if sc.name == name)

    def hits(self, path: str) -> list[float]:
        """Times (monotonic) at which ``path`` was requested."""
        with self.lock:
            return [t for t, p in self.request_log if urlsplit(p).path == path]

    def answer_for(self, path: str) -> Answer:
        p = urlsplit(path).path
        if path in self.api:
            return self.api[path]
        if p in self.api:
            return self.api[p]
        if p == "/robots.txt":
            lines = "User-agent: *\nDisallow: /private/\n"
            if self.sitemap:
                lines += f"Sitemap: {self.base}/sitemap-{self.sitemap}.xml\n"
            return Answer(200, {"Content-Type": "text/plain"}, lines.encode())
        if p in ("/sitemap-laughs.xml", "/sitemap-xxe.xml"):
            raw = BILLION_LAUGHS if "laughs" in p else XXE
            return Answer(200, {"Content-Type": "application/xml"},
                          raw.replace(b"{base}", self.base.encode()))
        if p == "/":
            links = [g[0] for g in self.good] + [sc.path for sc in self.scenarios]
            return html_answer(listing(links))
        if p in ("/about/", "/privacy/"):  # linked from every article: short, not articles
            return html_answer(f"<html><head><title>{p.strip('/')}</title></head><body>"
                               f"<h1>{p.strip('/').title()}</h1><p>Hostile Careers.</p></body></html>")
        for gpath, role, skills in self.good:
            if p == gpath:
                return html_answer(article(role, gpath, skills=skills, marker=self.good_marker(gpath)))
        if p in ("/guides/laughs-safe/", "/guides/xxe-safe/"):
            role = "Sitemap Clerk" if "laughs" in p else "Sitemap Porter"
            return html_answer(article(role, p, marker=self.good_marker(p)))
        if p == "/fault/loop-b/" and any(sc.name == "redirect-loop" for sc in self.scenarios):
            return Answer(302, {"Location": "/fault/loop-a/"})
        for sc in self.scenarios:
            if p == sc.path:
                return sc.answer(self)
        return html_answer("<html><body><h1>Not found</h1></body></html>", status=404)

    # -- life -----------------------------------------------------------------------------------
    def start(self) -> "FaultServer":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> "FaultServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


# ---------------------------------------------------------------------------------------------
# Running the real CLI and measuring it

@dataclass
class Run:
    """A finished CLI subprocess: exit code, output, peak RSS (MiB) and wall time."""

    args: list[str]
    returncode: int
    stdout: str
    stderr: str
    peak_rss_mb: float
    seconds: float


def start_cli(*args: str, out_dir: str, name: str, env: Optional[dict] = None) -> "subprocess.Popen":
    """Start ``python -m crawler.cli ARGS`` (output to files in ``out_dir``, never a pipe that
    could fill up)."""
    full_env = dict(os.environ)
    full_env.pop("JOBSIFT_DB", None)
    full_env.update(env or {})
    out = open(os.path.join(out_dir, f"{name}.out"), "w+", encoding="utf-8")
    err = open(os.path.join(out_dir, f"{name}.err"), "w+", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "crawler.cli", *args], cwd=ROOT, env=full_env,
                            stdout=out, stderr=err, text=True)
    proc._jobsift_files = (out, err)  # type: ignore[attr-defined]
    proc._jobsift_started = time.monotonic()  # type: ignore[attr-defined]
    proc._jobsift_args = list(args)  # type: ignore[attr-defined]
    return proc


def running(proc: "subprocess.Popen") -> bool:
    """Whether ``proc`` is still running, without reaping it (``finish_cli`` needs to reap it
    itself to read its resource usage; ``Popen.poll`` would take that away)."""
    return os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is None


def finish_cli(proc: "subprocess.Popen", timeout: float = 120) -> Run:
    """Wait for ``proc`` (killing it after ``timeout`` s) and return its Run, with the peak RSS
    of that one child from ``os.wait4`` (ru_maxrss, KiB on Linux)."""
    return finish_many({"one": proc}, timeout)["one"]


def finish_many(procs: dict, timeout: float = 120) -> dict:
    """Wait for several processes at once (each one's wall time ends when it ends); kill any
    still running after ``timeout`` s. Returns {name: Run}."""
    deadline = time.monotonic() + timeout
    done: dict = {}
    while len(done) < len(procs):
        for name, proc in procs.items():
            if name in done:
                continue
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if not pid and time.monotonic() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
            if pid:
                done[name] = _ran(proc, status, usage)
        if len(done) < len(procs):
            time.sleep(0.02)
    return done


def _ran(proc: "subprocess.Popen", status: int, usage) -> Run:
    proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.monotonic() - proc._jobsift_started  # type: ignore[attr-defined]
    out, err = proc._jobsift_files  # type: ignore[attr-defined]
    out.seek(0)
    err.seek(0)
    stdout, stderr = out.read(), err.read()
    out.close()
    err.close()
    return Run(proc._jobsift_args, proc.returncode, stdout, stderr,  # type: ignore[attr-defined]
               usage.ru_maxrss / 1024.0, seconds)
