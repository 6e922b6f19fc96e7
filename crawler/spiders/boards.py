"""Spiders for public job-board APIs: ``greenhouse``, ``lever``, ``ashby``.

They fetch and route only: what a payload means is decided by the pure functions of
``pipelines/postings.py``. Each posting becomes one ``PageItem`` whose body is a small HTML
document (title, facts line, description) and whose ``structured`` dict carries what the board
gave directly (see docs/postings.md).

Arguments (from ``Source.spider_args()``, or ``scrapy crawl greenhouse -a board=acme``):
  board / company   the board token (Greenhouse, Ashby) or company slug (Lever); required
  source            name recorded with each document (default: the token)
  api_base          API root, for tests and proxies (defaults: https://boards-api.greenhouse.io,
                    https://api.lever.co, https://api.ashbyhq.com)
  max_pages         stop after this many postings (0 = no limit); a capped listing never closes
                    postings

Re-crawl: when the whole listing was fetched and parsed without a problem, the spider sets
``complete_listing = True`` and ``listed_urls`` (every listed posting's URL, including postings
whose detail request failed); ``StorePipeline`` then closes the source's postings that are no
longer listed — unless any error was recorded in the run.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Iterable, Optional
from urllib.parse import quote, urlsplit

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError

from crawler.items import ErrorItem, PageItem
from pipelines.postings import (DOCUMENT_OPTIONS, Listing, PayloadError, ashby_postings, decode_json,
                                greenhouse_board_name, greenhouse_pay, greenhouse_postings,
                                lever_postings, posting_document, posting_structured)

CONTENT_TYPE = "text/html; charset=utf-8"


class BoardSpider(scrapy.Spider):
    """Common flow: one listing request → postings; subclasses name the endpoints."""

    key = "board"                 # the sources.toml key naming the board
    noun = "board"                # how errors name it: "greenhouse board acme"
    default_api_base = ""

    def __init__(self, board: Optional[str] = None, company: Optional[str] = None,
                 source: Optional[str] = None, api_base: Optional[str] = None,
                 max_pages: Any = 0, url: Optional[str] = None, **kwargs):
        super().__init__(**kwargs)
        token = (board if self.key == "board" else company) or ""
        token = str(token).strip()
        if not token:
            raise ValueError(f"the {self.name} spider needs a {self.key}: -a {self.key}=acme "
                             f"(or {self.key} = \"acme\" in the sources file)")
        base = (api_base or self.default_api_base).strip().rstrip("/")
        parts = urlsplit(base)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"api_base must be an http(s) URL, not {api_base!r}")
        self.token = token
        self.api_base = base
        self.source = source or token
        self.max_postings = int(max_pages or 0)
        #: set only when the whole listing was fetched and parsed without a problem
        self.complete_listing = False
        #: structured["url"] of every listed posting
        self.listed_urls: set[str] = set()

    # -- helpers --------------------------------------------------------------------------------
    @property
    def quoted(self) -> str:
        return quote(self.token, safe="")

    def what(self) -> str:
        return f"{self.name} {self.noun} {self.token}"

    def stat(self, key: str, n: int = 1) -> None:
        self.crawler.stats.inc_value(f"jobsift/{self.name}/{key}", n)

    def error(self, url: str, reason: str, status: Optional[int] = None) -> ErrorItem:
        self.stat("errors")
        return ErrorItem(url=url, source=self.source, reason=f"{self.what()}: {reason}", status=status)

    def failure_reason(self, failure) -> tuple[str, Optional[int]]:
        if failure.check(HttpError):
            status = failure.value.response.status
            if status == 404:
                return (f"HTTP 404: no such {self.noun} (check {self.key} = \"{self.token}\" in the "
                        "sources file)", status)
            return f"HTTP {status} from the API", status
        if failure.check(IgnoreRequest):
            message = failure.getErrorMessage()
            if "robots.txt" in message:
                return "request not made: the API host's robots.txt forbids it", None
            return f"request dropped: {message}", None
        return f"{failure.type.__name__}: {failure.getErrorMessage()}", None

    def item(self, posting: dict, url: str) -> PageItem:
        return PageItem(url=url, source=self.source,
                        body=posting_document(posting).encode("utf-8"),
                        content_type=CONTENT_TYPE, fetched_at=datetime.now(timezone.utc),
                        options=dict(DOCUMENT_OPTIONS), structured=posting_structured(posting))

    # -- flow -----------------------------------------------------------------------------------
    async def start(self):
        for req in self.start_requests():
            yield req

    def start_requests(self) -> Iterable[scrapy.Request]:
        yield self.listing_request()

    def listing_url(self) -> str:
        raise NotImplementedError

    def listing_request(self) -> scrapy.Request:
        return scrapy.Request(self.listing_url(), callback=self.parse_listing,
                              errback=self.listing_failed, dont_filter=True,
                              headers={"Accept": "application/json"})

    def listing_failed(self, failure):
        reason, status = self.failure_reason(failure)
        yield self.error(failure.request.url, f"listing not fetched: {reason}", status)

    def postings(self, payload: Any) -> Listing:
        raise NotImplementedError

    def parse_listing(self, response: Response):
        try:
            listing = self.postings(decode_json(response.body))
        except PayloadError as exc:
            yield self.error(response.url, str(exc), response.status)
            return
        except Exception as exc:  # noqa: BLE001 - a shape the mapper did not foresee: say so
            self.logger.exception("unexpected payload from %s", response.url)
            yield self.error(response.url, f"unexpected payload, not read ({type(exc).__name__}: "
                                           f"{exc})", response.status)
            return
        for problem in listing.problems:
            yield self.error(response.url, problem, response.status)
        if listing.skipped:
            self.stat("unlisted", listing.skipped)
        self.stat("listed", len(listing))
        self.listed_urls = {p["url"] for p in listing}
        capped = bool(self.max_postings and len(listing) > self.max_postings)
        self.complete_listing = not listing.problems and not capped
        if capped:
            self.crawler.stats.inc_value("jobsift/skipped/max_pages", len(listing) - self.max_postings)
        for posting in listing[: self.max_postings or None]:
            yield from self.posting_results(posting, response)

    def posting_results(self, posting: dict, response: Response):
        yield self.item(posting, response.url)


class GreenhouseSpider(BoardSpider):
    """Greenhouse Job Board API: board name, jobs with content, then each job's pay ranges."""

    name = "greenhouse"
    key = "board"
    default_api_base = "https://boards-api.greenhouse.io"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.company: Optional[str] = None

    def board_url(self) -> str:
        return f"{self.api_base}/v1/boards/{self.quoted}"

    def listing_url(self) -> str:
        return f"{self.api_base}/v1/boards/{self.quoted}/jobs?content=true"

    def job_url(self, job_id: Any) -> str:
        return f"{self.api_base}/v1/boards/{self.quoted}/jobs/{quote(str(job_id), safe='')}?pay_transparency=true"

    def start_requests(self):
        yield scrapy.Request(self.board_url(), callback=self.parse_board, errback=self.board_failed,
                             dont_filter=True, headers={"Accept": "application/json"})

    def parse_board(self, response: Response):
        try:
            self.company = greenhouse_board_name(decode_json(response.body))
        except PayloadError:
            self.company = None
        if not self.company:
            self.stat("no_board_name")
        yield self.listing_request()

    def board_failed(self, failure):
        # The board's name is a nicety: without it the token names the company.
        self.stat("no_board_name")
        yield self.listing_request()

    def postings(self, payload: Any) -> Listing:
        return greenhouse_postings(payload, self.token, company=self.company)

    def posting_results(self, posting: dict, response: Response):
        if posting.get("id") is None:
            self.stat("no_job_id")
            yield self.item(posting, response.url)
            return
        yield scrapy.Request(self.job_url(posting["id"]), callback=self.parse_pay,
                             errback=self.pay_failed, cb_kwargs={"posting": posting},
                             headers={"Accept": "application/json"})

    def parse_pay(self, response: Response, posting: dict):
        try:
            salaries = greenhouse_pay(decode_json(response.body))
        except PayloadError as exc:
            yield self.error(response.url, f"pay ranges of job {posting['id']} not read: {exc}",
                             response.status)
            salaries = []
        if salaries:
            posting = {**posting, "salaries": salaries}
        yield self.item(posting, response.url)

    def pay_failed(self, failure):
        posting = failure.request.cb_kwargs["posting"]
        reason, status = self.failure_reason(failure)
        yield self.error(failure.request.url, f"pay ranges of job {posting['id']} not fetched: {reason}",
                         status)
        # The posting itself is known from the listing: store it without the board's pay.
        yield self.item(posting, failure.request.url)


class LeverSpider(BoardSpider):
    """Lever Postings API: one request, a bare JSON array of postings."""

    name = "lever"
    key = "company"
    noun = "company"
    default_api_base = "https://api.lever.co"

    def listing_url(self) -> str:
        return f"{self.api_base}/v0/postings/{self.quoted}?mode=json"

    def postings(self, payload: Any) -> Listing:
        return lever_postings(payload, self.token)


class AshbySpider(BoardSpider):
    """Ashby public job-board API: one request with compensation; unlisted jobs left out."""

    name = "ashby"
    key = "board"
    default_api_base = "https://api.ashbyhq.com"

    def listing_url(self) -> str:
        return f"{self.api_base}/posting-api/job-board/{self.quoted}?includeCompensation=true"

    def postings(self, payload: Any) -> Listing:
        return ashby_postings(payload, self.token)
