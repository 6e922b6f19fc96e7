"""The baseline crawl: a bare Scrapy spider that fetches every article of the sitemap and yields
only its URL (no cleaning, extraction or storage).

``python -m benchmarks.bare_spider [--jobsift-gc] http://127.0.0.1:PORT/`` — discovery is the one
jobsift's ``guides`` spider uses (robots.txt → its ``Sitemap:`` lines → the urlset), with the
benchmark's settings. ``--jobsift-gc``: with the garbage-collector thresholds ``jobsift crawl``
sets (``crawler.cli.CRAWL_GC_THRESHOLD``), for context: they speed Scrapy itself up too. The last
stdout line is ``BARE_STATS {json}`` (item count, responses, Scrapy's elapsed time).
"""
from __future__ import annotations

import json
import sys
from urllib.parse import urljoin

from scrapy.crawler import CrawlerProcess
from scrapy.spiders import SitemapSpider

SETTINGS = {
    "CONCURRENT_REQUESTS": 32,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 32,
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "ROBOTSTXT_OBEY": True,
    "LOG_LEVEL": "WARNING",
    "TELNETCONSOLE_ENABLED": False,  # jobsift turns it off too; avoids binding a port
}


class BareSpider(SitemapSpider):
    name = "bare"

    def __init__(self, url: str = "", **kwargs):
        self.sitemap_urls = [urljoin(url, "/robots.txt")]
        super().__init__(**kwargs)

    def parse(self, response):
        yield {"url": response.url}


def main(argv: list[str]) -> int:
    tuned = "--jobsift-gc" in argv
    argv = [a for a in argv if a != "--jobsift-gc"]
    if len(argv) != 1:
        print("usage: python -m benchmarks.bare_spider [--jobsift-gc] SITE_URL", file=sys.stderr)
        return 2
    if tuned:
        import gc

        from crawler.cli import CRAWL_GC_THRESHOLD

        gc.set_threshold(*CRAWL_GC_THRESHOLD)
    process = CrawlerProcess(SETTINGS)
    crawler = process.create_crawler(BareSpider)
    process.crawl(crawler, url=argv[0])
    process.start()
    stats = crawler.stats.get_stats()
    out = {
        "items": int(stats.get("item_scraped_count", 0)),
        "responses": int(stats.get("response_received_count", 0)),
        "requests": int(stats.get("downloader/request_count", 0)),
        "status_200": int(stats.get("downloader/response_status_count/200", 0)),
        "elapsed_time_seconds": stats.get("elapsed_time_seconds"),
        "finish_reason": stats.get("finish_reason"),
    }
    print("BARE_STATS " + json.dumps(out, default=str), flush=True)
    return 0 if out["finish_reason"] == "finished" else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
