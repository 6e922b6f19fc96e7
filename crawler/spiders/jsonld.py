"""The ``jsonld`` spider: career pages that carry a schema.org JobPosting.

Discovery is the ``guides`` spider's (sitemaps from robots.txt or ``/sitemap.xml``, else the links
of the start page followed within the site). Only pages carrying exactly one JobPosting — in
JSON-LD (top level, ``@graph``, nested; ``@type`` a string or a list) or in microdata — become
documents; their HTML is the body and the JobPosting's fields are the ``structured`` dict
(``pipelines.postings.page_postings``). Other pages are followed for links and not stored.

Arguments: url (start URL, required), source, max_pages (as ``guides``); ``api_base`` is accepted
and ignored.

Re-crawl: when the crawl ends with every discovered page fetched (no ``max_pages`` cap) and at
least one posting found, ``complete_listing`` is set with the URLs of all postings found; the
store then closes this source's postings that were not found — unless an error was recorded.
A crawl that finds no posting at all closes nothing (a redesign that drops the markup must not
close every posting).
"""
from __future__ import annotations

from typing import Any, Optional

from scrapy import signals
from scrapy.http import Response

from crawler.items import PageItem
from crawler.spiders.guides import GuidesSpider
from pipelines.postings import page_postings, posting_structured


class JsonLdSpider(GuidesSpider):
    name = "jsonld"

    def __init__(self, url: Optional[str] = None, source: Optional[str] = None,
                 max_pages: Any = 0, api_base: Optional[str] = None, **kwargs):
        super().__init__(url=url, source=source, max_pages=max_pages, **kwargs)
        self.complete_listing = False
        self.listed_urls: set[str] = set()
        self.postings_found = 0

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.on_idle, signal=signals.spider_idle)
        return spider

    def page_request(self, url: str, follow: bool = True, force: bool = False):
        req = super().page_request(url, follow=follow, force=force)
        if req is not None:
            # Always fetch career pages whole: a 304 would hide which posting the page holds.
            req.meta["jobsift_conditional"] = False
        return req

    def parse_page(self, response: Response):
        for result in super().parse_page(response):
            if not isinstance(result, PageItem):
                yield result
                continue
            if result.status == 304 or not result.body:
                continue
            postings = page_postings(result.body, result.url, result.content_type)
            if not postings:
                self.crawler.stats.inc_value("jobsift/jsonld/no_jobposting")
                continue
            if len(postings) > 1:
                # a listing marked up item by item: the page is not one posting's document
                self.crawler.stats.inc_value("jobsift/jsonld/several_jobpostings")
                continue
            posting = postings[0]
            self.postings_found += 1
            self.listed_urls.add(posting["url"])
            self.crawler.stats.inc_value("jobsift/jsonld/postings")
            result.structured = posting_structured(posting)
            yield result

    def on_idle(self, spider=None):
        # Runs before the item pipelines close: decide whether this crawl saw the whole site.
        capped = bool(self.crawler.stats.get_value("jobsift/skipped/max_pages"))
        self.complete_listing = self.postings_found > 0 and not capped
