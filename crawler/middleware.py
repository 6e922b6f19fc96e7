"""Downloader middlewares: the user's contact in the User-Agent, conditional re-fetches, resume
after an interrupted run, and waits asked for by robots.txt (Crawl-delay) and servers
(Retry-After)."""
from __future__ import annotations

import itertools
import logging
import os
import sqlite3
import time
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware as _ScrapyMetaRefresh
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.task import deferLater

from pipelines.urls import url_digest

logger = logging.getLogger(__name__)

CONTACT_HINT = ("jobsift: no contact in the User-Agent; site owners can reach you if you add one: "
                "export JOBSIFT_CONTACT=you@example.com (or -s JOBSIFT_CONTACT=...)")


def user_agent(base: str, contact: str) -> str:
    contact = (contact or "").strip()
    if not contact:
        return base
    return f"{base[:-1]}; {contact})" if base.endswith(")") else f"{base} ({contact})"


class ContactUserAgentMiddleware:
    """Sets ``User-Agent`` to ``USER_AGENT`` plus ``JOBSIFT_CONTACT`` on every request."""

    def __init__(self, ua: str):
        self.ua = ua

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        contact = settings.get("JOBSIFT_CONTACT", "")
        if not contact:
            logger.info(CONTACT_HINT)
        return cls(user_agent(settings.get("USER_AGENT"), contact))

    def process_request(self, request, spider=None):
        request.headers[b"User-Agent"] = self.ua
        return None


class ConditionalRequestMiddleware:
    """Adds ``If-None-Match`` / ``If-Modified-Since`` to requests for pages a previous crawl
    stored, from the validators in the database's ``http_cache`` table, so an unchanged page costs
    one cheap 304 response. Only requests marked ``meta["jobsift_page"]`` (candidate documents)
    are made conditional; listing pages are always fetched whole, since their links are needed.
    Switch off with ``-s JOBSIFT_CONDITIONAL=False``."""

    def __init__(self, db_path: str):
        self.db_path = db_path
        self.conn = None

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("JOBSIFT_CONDITIONAL", True):
            raise NotConfigured("JOBSIFT_CONDITIONAL is off")
        db = crawler.settings.get("JOBSIFT_DB")
        if not db:
            raise NotConfigured("no JOBSIFT_DB")
        return cls(db)

    def _lookup(self, url: str):
        if self.conn is None:
            if not os.path.exists(self.db_path):
                return None
            try:
                self.conn = sqlite3.connect(f"file:{os.path.abspath(self.db_path)}?mode=ro", uri=True,
                                            timeout=30, check_same_thread=False)
            except sqlite3.Error:
                return None
        try:
            return self.conn.execute("SELECT etag, last_modified FROM http_cache WHERE url = ?",
                                     (url,)).fetchone()
        except sqlite3.Error:
            return None

    def process_request(self, request, spider=None):
        if not request.meta.get("jobsift_page") or request.meta.get("jobsift_conditional") is False:
            return None
        row = self._lookup(request.url)
        if not row:
            return None
        etag, last_modified = row
        if etag:
            request.headers[b"If-None-Match"] = etag
        if last_modified:
            request.headers[b"If-Modified-Since"] = last_modified
        if etag or last_modified:
            request.meta["handle_httpstatus_list"] = list(request.meta.get("handle_httpstatus_list", [])) + [304]
        return None


class PolitenessMiddleware:
    """Waits that Scrapy's own settings do not cover:

    - ``Crawl-delay`` from robots.txt: the ``guides`` spider reads it (``spider.crawl_delay``);
      requests to that site are spaced at least that far apart, whatever DOWNLOAD_DELAY says;
    - ``Retry-After`` on 429 and 503: no request goes to that host until the time has passed
      (capped by ``JOBSIFT_MAX_RETRY_AFTER`` seconds, default 300); Scrapy's RetryMiddleware then
      retries as usual.
    """

    def __init__(self, max_wait: float, crawler=None):
        self.max_wait = max_wait
        self.crawler = crawler
        self.next_at: dict[str, float] = {}

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.getfloat("JOBSIFT_MAX_RETRY_AFTER", 300), crawler)

    @staticmethod
    def _host(url: str) -> str:
        return urlsplit(url).netloc.lower()

    async def process_request(self, request, spider=None):
        host = self._host(request.url)
        spider = spider or getattr(self.crawler, "spider", None)
        delay = float(getattr(spider, "crawl_delay", 0) or 0) if spider is not None else 0.0
        now = time.monotonic()
        start = max(now, self.next_at.get(host, 0.0))
        if delay or start > now:
            self.next_at[host] = start + delay  # reserve this request's turn
        wait = start - now
        if wait > 0:
            from twisted.internet import reactor  # the one Scrapy installed (not at import time)

            await maybe_deferred_to_future(deferLater(reactor, wait, lambda: None))
        return None

    def process_response(self, request, response, spider=None):
        if response.status in (429, 503):
            seconds = retry_after_seconds(response.headers.get(b"Retry-After"))
            if seconds is not None:
                seconds = min(seconds, self.max_wait)
                host = self._host(request.url)
                self.next_at[host] = max(self.next_at.get(host, 0.0), time.monotonic() + seconds)
                logger.info("%s asked to wait %.0fs (Retry-After) before %s", host, seconds, request.url)
        return response


def retry_after_seconds(value) -> "float | None":
    """Seconds from a Retry-After header: delta-seconds or an HTTP-date."""
    if not value:
        return None
    if isinstance(value, bytes):
        value = value.decode("latin-1", "ignore")
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError, IndexError):
        return None


class ResumeMiddleware:
    """After an interrupted run (killed, power cut), the next run does not fetch again the pages
    that run already stored: set by ``jobsift crawl`` as ``JOBSIFT_RESUME_RUN``."""

    def __init__(self, done_urls):
        # 16-byte digests, not the URLs: a resumed run of a big site keeps one per stored page
        self.done = {url_digest(u) for u in done_urls}

    @classmethod
    def from_crawler(cls, crawler):
        run = crawler.settings.getint("JOBSIFT_RESUME_RUN", 0)
        db = crawler.settings.get("JOBSIFT_DB")
        if not run or not db or not os.path.exists(db):
            raise NotConfigured  # nothing to resume (the usual case: no message)
        conn = sqlite3.connect(f"file:{os.path.abspath(db)}?mode=ro", uri=True)
        try:
            mw = cls(r[0] for r in itertools.chain(
                conn.execute("SELECT h.url FROM http_cache h JOIN documents d "
                             "ON d.url = h.document_url WHERE d.run_id = ?", (run,)),
                conn.execute("SELECT fetched_url FROM documents WHERE run_id = ?", (run,))))
        finally:
            conn.close()
        logger.info("resuming after interrupted run %s: %d pages already done", run, len(mw.done))
        return mw

    def process_request(self, request, spider=None):
        if request.meta.get("jobsift_page") and url_digest(request.url) in self.done:
            raise IgnoreRequest("already stored by the interrupted run this one resumes")
        return None


#: Scrapy looks for <meta http-equiv="refresh"> in the first 4,096 characters of the page; no
#: encoding Scrapy reads without NUL bytes takes more than 4 bytes a character
_REFRESH_WINDOW = 4 * 4096


class MetaRefreshMiddleware(_ScrapyMetaRefresh):
    """Scrapy's MetaRefreshMiddleware, which decodes every HTML page whole (``response.text``) to
    look at its first 4 KB: a page whose first bytes do not contain both "http-equiv" and
    "refresh" cannot have a meta refresh there (w3lib's patterns need both) and is passed on
    undecoded. Any other page goes through Scrapy's own check. ("refresh" alone is common in
    text: "refreshed with new pay data", "a refresher course".)"""

    def process_response(self, request, response, spider=None):
        head = response.body[:_REFRESH_WINDOW]
        if b"\0" not in head:
            low = head.lower()
            if b"refresh" not in low or b"http-equiv" not in low:
                return response
        return super().process_response(request, response)
