"""Scrapy settings for jobsift: polite by default, every value overridable with ``-s NAME=VALUE``.

jobsift's own settings (all prefixed ``JOBSIFT_``):
- ``JOBSIFT_DB``: SQLite database path (default ``data/jobsift.db``; the ``JOBSIFT_DB`` environment
  variable overrides the default).
- ``JOBSIFT_CONTACT``: a URL or e-mail added to the User-Agent so site owners can reach you
  (environment variable ``JOBSIFT_CONTACT`` too).
- ``JOBSIFT_RUN_ID``: set by ``jobsift crawl``; a plain ``scrapy crawl`` opens its own run.
- ``JOBSIFT_PROGRESS_INTERVAL``: seconds between progress lines on stderr (0 = off).
- ``JOBSIFT_MIN_WORDS``: pages with fewer words of main content are dropped (default 80).
- ``JOBSIFT_MAX_RETRY_AFTER``: longest wait honoured from a Retry-After header (default 300 s).
- ``JOBSIFT_WORKERS``: processes that clean and extract pages beside the crawl process (default:
  one per CPU on a multi-core machine, where the crawl process itself needs a fraction of a core;
  0 = all in the crawl process).
- ``JOBSIFT_WORKER_NICE``: how much lower the workers' CPU priority is than the crawl process's
  (default 10; 0 = the same). The crawl process feeds the workers, so it must not wait for a core.
- ``JOBSIFT_PAGE_TIMEOUT``: seconds a worker may spend on one page (default 60; 0 = no limit).
  A worker still on it after that is stopped and replaced; the page is recorded as an error
  (``PageTimeout``), the worker's other pages go to the other workers. Only with workers.
- ``JOBSIFT_BATCH_SIZE`` / ``JOBSIFT_BATCH_SECONDS``: documents written per SQLite transaction
  (each document atomic on its own) and the longest a batch stays open (default 200 / 2 s). A
  crash loses at most the open batch, whose pages the next run fetches again.
- ``JOBSIFT_CONDITIONAL``: re-fetch stored pages with If-None-Match/If-Modified-Since (default on).
"""
import os

from crawler import __version__

BOT_NAME = "jobsift"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

JOBSIFT_CONTACT = os.environ.get("JOBSIFT_CONTACT", "")
JOBSIFT_DB = os.environ.get("JOBSIFT_DB", os.path.join("data", "jobsift.db"))
JOBSIFT_PROGRESS_INTERVAL = 10
JOBSIFT_MIN_WORDS = 80
# 200 rather than 50: each batch is one FTS5 segment, and fewer, larger ones measured ~10% faster
# storage; a batch still commits after JOBSIFT_BATCH_SECONDS, so readers never wait long.
JOBSIFT_BATCH_SIZE = 200
JOBSIFT_BATCH_SECONDS = 2.0
# Workers at a lower CPU priority than the crawl process that feeds them: on 2 cores, nice 10
# crawled 5-8% more pages per second than nice 0 (benchmarks/, 2026-11-27).
JOBSIFT_WORKER_NICE = 10
# A page takes a few ms to clean and extract; a minute means the parsers hit a pathological case.
JOBSIFT_PAGE_TIMEOUT = 60.0

# An honest User-Agent: names the tool and its version; a contact is added by crawler.cli or
# crawler.middleware from JOBSIFT_CONTACT.
USER_AGENT = f"jobsift/{__version__} (+https://pypi.org/project/jobsift/)"

# Politeness
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
# Only the web: a redirect to file://, ftp:// or s3:// must never read anything
DOWNLOAD_HANDLERS = {"file": None, "s3": None, "ftp": None, "data": None}
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 2
REDIRECT_MAX_TIMES = 5
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
DEPTH_LIMIT = 6
# Breadth-first keeps listing pages ahead of deep links, and memory flat on big sites.
DEPTH_PRIORITY = 1
SCHEDULER_DISK_QUEUE = "scrapy.squeues.PickleFifoDiskQueue"
SCHEDULER_MEMORY_QUEUE = "scrapy.squeues.FifoMemoryQueue"
# Items of one response processed at once. Scrapy's default (100) sets up 100 cooperative tasks
# for every response, which cost more CPU than the rest of a page's handling in the crawl process,
# where a page yields one item; a board's listing still has 8 postings in the pipelines at a
# time, enough to keep the worker processes busy.
CONCURRENT_ITEMS = 8

ITEM_PIPELINES = {
    "pipelines.scrapy_pipelines.CleanPipeline": 100,
    "pipelines.scrapy_pipelines.DedupPipeline": 200,
    "pipelines.scrapy_pipelines.ExtractPipeline": 300,
    "pipelines.scrapy_pipelines.StorePipeline": 400,
}
EXTENSIONS = {
    "crawler.progress.Progress": 500,
}
DOWNLOADER_MIDDLEWARES = {
    # Scrapy's, without decoding every page whole to look for a meta refresh in its first 4 KB
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "crawler.middleware.MetaRefreshMiddleware": 580,
    "crawler.middleware.ContactUserAgentMiddleware": 450,
    "crawler.middleware.ConditionalRequestMiddleware": 460,
    "crawler.middleware.ResumeMiddleware": 470,
    # after RetryMiddleware (550) in response order, before the download in request order
    "crawler.middleware.PolitenessMiddleware": 560,
}

# Twisted's default reactor, not the asyncio one: with the asyncio reactor Scrapy 2.19 starts every
# queued request of a site at once, ignoring CONCURRENT_REQUESTS_PER_DOMAIN (a download task is
# created lazily, after the slot's free-slot check). tests/test_incremental.py checks the limit holds.
TWISTED_REACTOR = None
REMOTE_CONTROL_ENABLED = False

LOG_LEVEL = "INFO"
LOG_FORMATTER = "crawler.logformatter.JobsiftLogFormatter"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
FEED_EXPORT_ENCODING = "utf-8"
