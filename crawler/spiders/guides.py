"""The ``guides`` spider: role-guide articles on job-news sites and blogs.

Discovery: the site's sitemaps (``Sitemap:`` lines of robots.txt, else ``/sitemap.xml``) when it
has them; else the links of the start page, followed within the site (listing pages, pagination,
categories). The spider only fetches and routes: every HTML page it fetches goes to the pipelines as
raw bytes, which decide whether it is an article.

A sitemap's pages are not all requested at once: their URLs wait as strings and are handed to the
scheduler a batch at a time whenever it runs dry (``feed_pages``), so a sitemap of 100,000 pages
does not become 100,000 queued requests and memory stays flat as sites grow. Links found while
following a site's links wait the same way.

Arguments (``scrapy crawl guides -a url=https://example.com/ -a source=example``):
  url               start URL (required)
  source            name recorded with each document (default: the host name)
  article_patterns  regexes (comma-separated or a list) of article URLs; when given, other pages
                    are still followed for links but only matching ones are treated as articles
  listing_patterns  regexes of URLs that are never articles (still followed)
  allow_paths       regexes a URL path must match to be fetched at all (besides the start URL)
  deny_paths        regexes of URL paths never fetched
  max_pages         stop requesting new pages after this many (0 = no limit)
  use_sitemap       "false" to skip sitemap discovery and follow links only
  remove_selectors  extra CSS selectors of furniture to remove before extraction
  content_selector  CSS selector of the main content, when a site needs it
"""
from __future__ import annotations

import re
from collections import deque
from datetime import datetime, timezone
from typing import Any, Iterable, Optional
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider, IgnoreRequest
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.spidermiddlewares.referer import RefererMiddleware
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from crawler.items import ErrorItem, PageItem
from pipelines.urls import canonical_url, same_site, site_key, url_digest

# Paths that are never role guides: feeds, admin, search, auth, carts, media.
_DENY_DEFAULT = re.compile(
    r"/(wp-admin|wp-login|wp-json|xmlrpc|feed|rss|atom|cart|checkout|login|logout|register|signin|"
    r"signup|account|my-account|search|cdn-cgi|comments/feed|trackback|embed|amp)(/|$|\?|\.)|"
    r"[?&](replytocom|share|print|s|add-to-cart)=|\.(jpe?g|png|gif|webp|svg|ico|css|js|pdf|zip|gz|"
    r"mp[34]|avi|mov|woff2?|ttf|eot|xml|json|txt|docx?|xlsx?|pptx?)$",
    re.IGNORECASE,
)
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _as_list(value: Any) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    return [str(v) for v in value]


def _as_bool(value: Any, default: bool = True) -> bool:
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() not in ("0", "false", "no", "off")


class _PendingPages:
    """Page URLs of one sitemap (or of one page's links, when following links) not yet handed to
    the scheduler, kept as plain strings: a site with 100,000 articles costs a few MB here instead
    of 100,000 queued Request objects.

    ``admitted``: the URLs were already checked and counted (``GuidesSpider.admit``: links are
    admitted as they are found, so each waits here once); ``follow``: their pages' links are
    followed in turn."""

    __slots__ = ("urls", "depth", "from_url", "referrer_policy", "admitted", "follow")

    def __init__(self, depth: int, from_url: str, referrer_policy: Any,
                 admitted: bool = False, follow: bool = False):
        self.urls: deque[str] = deque()
        self.depth = depth
        self.from_url = from_url  # the sitemap or page they were found in (their Referer)
        self.referrer_policy = referrer_policy  # None: no Referer (REFERER_ENABLED off)
        self.admitted = admitted
        self.follow = follow


class GuidesSpider(scrapy.Spider):
    name = "guides"

    def __init__(self, url: Optional[str] = None, source: Optional[str] = None,
                 article_patterns: Any = None, listing_patterns: Any = None,
                 allow_paths: Any = None, deny_paths: Any = None, max_pages: Any = 0,
                 use_sitemap: Any = True, remove_selectors: Any = None,
                 content_selector: Optional[str] = None, **kwargs):
        super().__init__(**kwargs)
        if not url:
            raise ValueError("the guides spider needs a start URL: -a url=https://example.com/")
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"not an http(s) URL: {url!r}")
        self.start_url = url
        self.source = source or parts.hostname
        self.root = f"{parts.scheme}://{parts.netloc}"
        self.root_key = site_key(self.root)  # same_site(u, self.root) is site_key(u) == root_key
        self.allow = [re.compile(p) for p in _as_list(allow_paths)]
        self.deny = [re.compile(p) for p in _as_list(deny_paths)]
        self.max_pages = int(max_pages or 0)
        self.use_sitemap = _as_bool(use_sitemap)
        self.options = {
            "article_patterns": _as_list(article_patterns),
            "listing_patterns": _as_list(listing_patterns),
            "remove_selectors": _as_list(remove_selectors),
            "content_selector": content_selector or None,
        }
        self.seen: set[bytes] = set()  # url_digest() of every page requested
        self.pages_requested = 0
        self.link_mode = False
        self.crawl_delay = 0.0
        # sitemap pages waiting for the scheduler (see feed_pages)
        self.pending: deque[_PendingPages] = deque()
        self._referer_mw: Optional[RefererMiddleware] = None

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.feed_pages, signal=signals.scheduler_empty)
        crawler.signals.connect(spider.feed_on_idle, signal=signals.spider_idle)
        return spider

    # -- discovery ------------------------------------------------------------------------------
    async def start(self):
        for req in self.start_requests():
            yield req

    def start_requests(self) -> Iterable[scrapy.Request]:
        if self.use_sitemap:
            yield scrapy.Request(f"{self.root}/robots.txt", callback=self.parse_robots,
                                 errback=self.no_sitemap, dont_filter=True,
                                 meta={"jobsift_probe": True})
        else:
            yield from self.start_link_crawl()

    def parse_robots(self, response: Response):
        if response.status == 200:
            try:
                from protego import Protego

                delay = Protego.parse(response.text).crawl_delay(self.settings.get("USER_AGENT"))
            except Exception:  # a robots.txt we cannot read sets no delay
                delay = None
            if delay:
                # honoured by crawler.middleware.PolitenessMiddleware
                self.crawl_delay = min(float(delay), self.settings.getfloat("JOBSIFT_MAX_CRAWL_DELAY", 60))
                self.crawler.stats.set_value("jobsift/crawl_delay", self.crawl_delay)
        sitemaps = [u for u in sitemap_urls_from_robots(response.body, base_url=response.url)
                    if same_site(u, self.root)] if response.status == 200 else []
        self.crawler.stats.set_value("jobsift/sitemaps_in_robots", len(sitemaps))
        if not sitemaps:
            sitemaps = [f"{self.root}/sitemap.xml"]
        for u in sitemaps:
            yield scrapy.Request(u, callback=self.parse_sitemap, errback=self.no_sitemap,
                                 meta={"jobsift_probe": True})

    def no_sitemap(self, failure):
        # robots.txt or the guessed sitemap is missing: fall back to following links.
        yield from self.start_link_crawl()

    def start_link_crawl(self):
        if self.link_mode:
            return
        self.link_mode = True
        self.crawler.stats.set_value("jobsift/discovery", "links")
        req = self.page_request(self.start_url, force=True)
        if req is not None:
            yield req

    def parse_sitemap(self, response: Response):
        body = response.body
        if body[:2] == b"\x1f\x8b":
            try:
                body = gunzip(body, max_size=self.settings.getint("DOWNLOAD_MAXSIZE"))
            except Exception:
                body = b""
        try:
            sitemap = Sitemap(body) if body.strip() else None
        except Exception:
            sitemap = None
        sitemap_type = sitemap.type if sitemap is not None else None
        if sitemap_type not in ("urlset", "sitemapindex"):
            self.logger.info("no usable sitemap at %s: following links instead", response.url)
            yield from self.start_link_crawl()
            return
        self.crawler.stats.set_value("jobsift/discovery", "sitemap")
        count = 0
        pages = None
        if sitemap.type == "urlset":
            # The pages of a urlset are not requested here but queued as strings and handed to
            # the scheduler a batch at a time as it runs dry (feed_pages): memory stays flat
            # however many URLs a sitemap lists.
            pages = _PendingPages(response.meta.get("depth", 0) + 1, response.url,
                                  self._referrer_policy(response))
        for entry in sitemap:
            loc = (entry.get("loc") or "").strip()
            if not loc or site_key(loc) != self.root_key:
                continue
            count += 1
            if pages is None:
                yield scrapy.Request(loc, callback=self.parse_sitemap, errback=self.on_error,
                                     meta={"jobsift_probe": True})
            else:
                pages.urls.append(loc)
        del sitemap, body
        self.crawler.stats.inc_value("jobsift/sitemap_urls", count)
        if pages is not None and pages.urls:
            self.pending.append(pages)
            self.feed_pages()
        if count == 0 and sitemap_type == "urlset":
            yield from self.start_link_crawl()

    def _referrer_policy(self, response: Response):
        """The referrer policy Scrapy's RefererMiddleware applies to links of ``response`` (the
        setting, or the response's Referrer-Policy header), for the requests handed to the
        scheduler directly; None when REFERER_ENABLED is off."""
        if not self.settings.getbool("REFERER_ENABLED", True):
            return None
        if self._referer_mw is None:
            self._referer_mw = RefererMiddleware(self.settings)
        return self._referer_mw.policy(response, scrapy.Request(response.url))

    def feed_pages(self) -> int:
        """Hand the scheduler the next batch of queued pages, from sitemaps or followed links (on
        ``scheduler_empty``: the engine has room for more requests and nothing left to send);
        returns how many."""
        if not self.pending:
            return 0
        engine = self.crawler.engine
        settings, stats = self.settings, self.crawler.stats
        batch = max(16, 2 * settings.getint("CONCURRENT_REQUESTS", 16))
        # what the spider middlewares (DepthMiddleware, UrlLengthMiddleware, RefererMiddleware)
        # do to a request a callback yields, since these requests skip them
        depth_limit = settings.getint("DEPTH_LIMIT")
        depth_priority = settings.getint("DEPTH_PRIORITY")
        url_limit = settings.getint("URLLENGTH_LIMIT")
        sent = 0
        while self.pending and sent < batch:
            pages = self.pending[0]
            loc = pages.urls.popleft()
            if not pages.urls:
                self.pending.popleft()
            if pages.admitted:
                req = self.make_request(loc, follow=pages.follow)
            else:
                req = self.page_request(loc, follow=False)
                if req is None:
                    continue
            if depth_limit and pages.depth > depth_limit:
                stats.inc_value("depth/request_ignored_count")
                continue
            if url_limit and len(req.url) > url_limit:
                stats.inc_value("urllength/request_ignored_count")
                continue
            stats.max_value("request_depth_max", pages.depth)
            req.meta["depth"] = pages.depth
            req.priority -= pages.depth * depth_priority
            if pages.referrer_policy is not None:
                referrer = pages.referrer_policy.referrer(pages.from_url, req.url)
                if referrer is not None:
                    req.headers[b"Referer"] = referrer
            engine.crawl(req)
            sent += 1
        return sent

    def feed_on_idle(self) -> None:
        # a safety net: scheduler_empty comes first, so pending pages rarely wait for this
        if self.pending and self.feed_pages():
            raise DontCloseSpider

    # -- pages ----------------------------------------------------------------------------------
    def allowed(self, url: str) -> bool:
        if site_key(url) != self.root_key:
            return False
        parts = urlsplit(url)
        path = parts.path or "/"
        full = path + ("?" + parts.query if parts.query else "")
        if _DENY_DEFAULT.search(full) or any(p.search(path) for p in self.deny):
            return False
        if self.allow and not any(p.search(path) for p in self.allow):
            return False
        return True

    def admit(self, url: str, force: bool = False) -> Optional[str]:
        """The canonical URL to request for ``url``, counted as requested; None if it was seen
        already, is not allowed (unless ``force``) or ``max_pages`` is reached."""
        key = canonical_url(url)
        seen_key = url_digest(key)
        if seen_key in self.seen:
            return None
        if not force and not self.allowed(url):
            return None
        if self.max_pages and self.pages_requested >= self.max_pages:
            self.crawler.stats.inc_value("jobsift/skipped/max_pages")
            return None
        self.seen.add(seen_key)
        self.pages_requested += 1
        return key

    def make_request(self, key: str, follow: bool) -> scrapy.Request:
        """The request for an admitted page."""
        # dont_filter: self.seen already keeps each page to one request; Scrapy's own dupe filter
        # would also drop a redirect back to a URL already asked for (a redirect loop) without
        # a word, where REDIRECT_MAX_TIMES should end it with an error
        return scrapy.Request(key, callback=self.parse_page, errback=self.on_error,
                              dont_filter=True,
                              meta={"jobsift_follow": follow, "jobsift_page": True})

    def page_request(self, url: str, follow: bool = True, force: bool = False) -> Optional[scrapy.Request]:
        key = self.admit(url, force=force)
        return None if key is None else self.make_request(key, follow)

    def parse_page(self, response: Response):
        validators = {
            "etag": response.headers.get(b"ETag", b"").decode("latin-1") or None,
            "last_modified": response.headers.get(b"Last-Modified", b"").decode("latin-1") or None,
        }
        if response.status == 304:
            # asked "changed since the last crawl?" and the server said no: only last_seen moves
            yield PageItem(url=response.url, source=self.source, body=b"", status=304,
                           fetched_at=datetime.now(timezone.utc), options=self.options,
                           validators=validators)
            return
        ctype = response.headers.get(b"Content-Type", b"").decode("latin-1")
        if ctype and not ctype.split(";")[0].strip().lower() in _HTML_TYPES:
            self.crawler.stats.inc_value("jobsift/skipped/not_html")
            return
        yield PageItem(
            url=response.url,
            source=self.source,
            body=response.body,
            status=response.status,
            content_type=ctype or None,
            fetched_at=datetime.now(timezone.utc),
            options=self.options,
            validators=validators,
        )
        if response.meta.get("jobsift_follow"):
            # new links wait as strings, like a sitemap's pages, and go to the scheduler a batch
            # at a time (feed_pages): a big site crawled by its links keeps memory flat too
            links = None
            for href in response.xpath("//a/@href").getall():
                href = href.strip()
                if not href or href.startswith(("#", "mailto:", "tel:", "javascript:")):
                    continue
                key = self.admit(urljoin(response.url, href))
                if key is None:
                    continue
                if links is None:
                    links = _PendingPages(response.meta.get("depth", 0) + 1, response.url,
                                          self._referrer_policy(response), admitted=True,
                                          follow=True)
                links.urls.append(key)
            if links is not None:
                self.pending.append(links)
                self.feed_pages()

    def on_error(self, failure):
        request = failure.request
        # the page that was asked for, not the last hop of its redirects
        url = (request.meta.get("redirect_urls") or [request.url])[0]
        if failure.check(IgnoreRequest) and not failure.check(HttpError):
            message = failure.getErrorMessage()
            if "robots.txt" in message or "already stored" in message:
                # robots.txt said no, or a resumed run already has the page: policy, not an error
                self.crawler.stats.inc_value("jobsift/skipped/ignored")
                return
            if "max redirections" in message:
                hops = " -> ".join(request.meta.get("redirect_urls", []) + [request.url])
                message = (f"too many redirects (more than {self.settings.getint('REDIRECT_MAX_TIMES')}"
                           f"; a redirect loop?): {hops}")
            # a redirect loop, a body over the size limit, a decompression bomb: the page is lost
            yield ErrorItem(url=url, source=self.source, reason=f"skipped: {message}")
            return
        response = getattr(failure.value, "response", None)
        status = getattr(response, "status", None)
        if status and 300 <= status < 400:
            # RedirectMiddleware hands back a redirect it refuses to follow (file://, ftp://, ...)
            location = response.headers.get(b"Location", b"").decode("latin-1", "replace")
            reason = (f"HTTP {status}: redirect to {location or '(no Location)'} not followed "
                      "(only http and https are fetched)")
        elif status:
            reason = f"HTTP {status}"
        else:
            reason = download_failure_reason(failure, self.settings)
        yield ErrorItem(url=url, source=self.source, reason=reason, status=status)


# Download failures in words, by exception class name (Scrapy >= 2.13 and Twisted names alike).
_TIMEOUT = ("DownloadTimeoutError", "TimeoutError", "TCPTimedOutError", "UserTimeoutError")
_CUT = ("ResponseDataLossError", "_DataLoss", "PotentialDataLoss")
_DROPPED = ("DownloadFailedError", "ResponseNeverReceived", "ResponseFailed", "ConnectionLost",
            "ConnectionDone", "ConnectionAborted")
_REFUSED = ("DownloadConnectionRefusedError", "ConnectionRefusedError")
_NO_HOST = ("CannotResolveHostError", "DNSLookupError")
_CANCELLED = ("DownloadCancelledError", "CancelledError")


def download_failure_reason(failure, settings) -> str:
    """One line a person understands for a download that failed without an HTTP status."""
    name = failure.type.__name__
    detail = " ".join(failure.getErrorMessage().split())
    if "<twisted." in detail or "Failure" in detail:
        detail = ""  # a repr of wrapped failures says nothing the class name does not
    if name in _TIMEOUT:
        text = f"timeout: no complete answer within {settings.getfloat('DOWNLOAD_TIMEOUT'):g} s"
    elif name in _CUT:
        text = ("incomplete response: the connection closed before the whole body arrived "
                "(shorter than its Content-Length)")
    elif name in _DROPPED:
        text = "connection closed by the server without a complete response"
    elif name in _REFUSED:
        text = "connection refused"
    elif name in _NO_HOST:
        text = "host name not found"
    elif name in _CANCELLED:
        text = (f"download cancelled: the body exceeds DOWNLOAD_MAXSIZE "
                f"({settings.getint('DOWNLOAD_MAXSIZE')} bytes)")
    else:
        return f"{name}: {detail}" if detail else f"{name} (no details)"
    return f"{text} ({detail})" if detail else text
