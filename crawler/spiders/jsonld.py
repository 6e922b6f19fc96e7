"""The ``jsonld`` spider: career pages that carry a schema.org JobPosting.

Discovery is the ``guides`` spider's (sitemaps from robots.txt or ``/sitemap.xml``, else the links
of the start page followed within the site). The spider only fetches and routes: every HTML page
goes to the pipelines as raw bytes flagged ``read_jobposting``. The clean pipeline reads the
JobPosting — in JSON-LD (top level, ``@graph``, nested; ``@type`` a string or a list) or in
microdata — from the tree it parses anyway (``pipelines.workers.page_job``,
``pipelines.postings.postings_from_tree``). Only pages carrying exactly one become documents; their
HTML is the body and the JobPosting's fields are the ``structured`` dict. Other pages are followed
for links and not stored.

Arguments: url (start URL, required), source, max_pages (as ``guides``); ``api_base`` is accepted
and ignored.

Re-crawl: ``listed_urls`` is filled by the clean pipeline with the URL of every posting it finds.
When the crawl goes idle with every discovered page fetched (no ``max_pages`` cap) and at least
one posting found, ``complete_listing`` is set; the store then closes this source's postings that
were not found — unless an error was recorded. A crawl that finds no posting at all closes nothing
(a redesign that drops the markup must not close every posting), nor does one that never went
idle (interrupted).
"""
from __future__ import annotations

from typing import Any, Optional

from scrapy import signals
from scrapy.http import Response

from crawler.items import PageItem
from crawler.spiders.guides import GuidesSpider


class JsonLdSpider(GuidesSpider):
    name = "jsonld"

    def __init__(self, url: Optional[str] = None, source: Optional[str] = None,
                 max_pages: Any = 0, api_base: Optional[str] = None, **kwargs):
        super().__init__(url=url, source=source, max_pages=max_pages, **kwargs)
        self.complete_listing = False
        #: posting URLs found this crawl; added to by the clean pipeline (CleanPipeline._posting)
        self.listed_urls: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.on_idle, signal=signals.spider_idle)
        return spider

    def make_request(self, key: str, follow: bool):
        req = super().make_request(key, follow)
        # Always fetch career pages whole: a 304 would hide which posting the page holds.
        req.meta["jobsift_conditional"] = False
        return req

    def parse_page(self, response: Response):
        for result in super().parse_page(response):
            if isinstance(result, PageItem):
                if result.status == 304 or not result.body:
                    continue
                result.read_jobposting = True
            yield result

    def on_idle(self, spider=None):
        # Runs before the item pipelines close, and only once no item is left in them (Scrapy's
        # idle check counts items in the pipelines): every page's posting is in listed_urls.
        capped = bool(self.crawler.stats.get_value("jobsift/skipped/max_pages"))
        self.complete_listing = bool(self.listed_urls) and not capped
