"""Thin Scrapy components around the pure functions: clean → dedup → extract → store.

Dedup runs before extract (ARCHITECTURE.md lists it after): a page whose cleaned content is what the
database already holds is not extracted again, only marked as seen.

Every decision is a stats counter (``jobsift/dropped/not_article``, ``jobsift/stored/new``, ...), so
runs and tests can account for every page: pages = new + updated + unchanged + dropped + errors.
"""
from __future__ import annotations

import logging
import os
from datetime import datetime, timezone
from typing import Optional

from scrapy.exceptions import DropItem, NotConfigured

from crawler.items import ErrorItem, PageItem

# (extract and postings are imported where they are used: see pipelines.workers)
from . import workers
from .store import Store, utcnow
from .urls import canonical_url, same_site, url_digest
from .workers import content_hash

logger = logging.getLogger(__name__)


# One Store per database per process, shared by every crawler of a `jobsift crawl` (sources run
# in parallel in one reactor thread): a second connection would wait on the first one's open
# batch transaction while that one cannot commit — the one writer must really be one.
_STORES: dict[str, tuple[Store, set]] = {}


def get_store(crawler) -> Store:
    """The process's one Store (one SQLite writer) for the crawl's database, opened on first use."""
    path = os.path.abspath(crawler.settings.get("JOBSIFT_DB"))
    entry = _STORES.get(path)
    if entry is None:
        store = Store(crawler.settings.get("JOBSIFT_DB"),
                      batch_size=crawler.settings.getint("JOBSIFT_BATCH_SIZE", 200),
                      batch_seconds=crawler.settings.getfloat("JOBSIFT_BATCH_SECONDS", 2.0))
        entry = _STORES[path] = (store, set())
    entry[1].add(id(crawler))
    return entry[0]


def release_store(crawler) -> None:
    """A crawler is done with the store: commit its writes; close when the last one is done."""
    path = os.path.abspath(crawler.settings.get("JOBSIFT_DB"))
    entry = _STORES.get(path)
    if entry is None:
        return
    store, users = entry
    users.discard(id(crawler))
    store.flush()
    if not users:
        store.close()
        del _STORES[path]


def run_id_of(crawler) -> Optional[int]:
    rid = crawler.settings.getint("JOBSIFT_RUN_ID", 0) or getattr(crawler, "_jobsift_run_id", None)
    return rid or None


def record_error(crawler, source: str, url: str, status: Optional[int], reason: str) -> None:
    crawler.stats.inc_value("jobsift/errors")
    logger.warning("error %s: %s", url, reason)
    get_store(crawler).record_error(run_id_of(crawler), source, url, status, reason)


def save_validators(store: Store, item: PageItem, document_url: str) -> None:
    v = item.validators or {}
    if v.get("etag") or v.get("last_modified"):
        store.save_validators(item.url, v.get("etag"), v.get("last_modified"), document_url)


def worker_count(settings) -> int:
    """``JOBSIFT_WORKERS``, or the machine's default when it is not set."""
    setting = settings.get("JOBSIFT_WORKERS")
    return workers.default_workers() if setting in (None, "") else int(setting)


def open_pool(settings) -> bool:
    """Open (or share) the worker pool as the settings say (``JOBSIFT_WORKERS``,
    ``JOBSIFT_WORKER_NICE``, ``JOBSIFT_PAGE_TIMEOUT``); False when extraction stays in this
    process."""
    return workers.acquire(worker_count(settings), settings.getint("JOBSIFT_WORKER_NICE", 10),
                           settings.getfloat("JOBSIFT_PAGE_TIMEOUT", 60.0))


class _Base:
    def __init__(self, crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        self._store: Optional[Store] = None

    def store(self) -> Store:
        """The crawl's Store (``get_store``), looked up once per pipeline."""
        if self._store is None:
            self._store = get_store(self.crawler)
        return self._store

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def drop(self, reason: str, detail: str = ""):
        self.stats.inc_value(f"jobsift/dropped/{reason}")
        raise DropItem(f"{reason}{': ' + detail if detail else ''}")


class _Pooled(_Base):
    """A pipeline that sends work to the worker pool (shared, see ``open_pool``) when it is on."""

    def __init__(self, crawler):
        super().__init__(crawler)
        self.pool = open_pool(crawler.settings)

    def close_spider(self, spider=None):
        if self.pool:
            workers.release()
            self.pool = False


class CleanPipeline(_Pooled):
    """Raw page → ``Content`` (main blocks + metadata); non-articles and empty pages dropped.

    With ``JOBSIFT_WORKERS`` ≥ 1 the parsing runs in worker processes (pipelines/workers.py)
    and is awaited, so the crawl process keeps fetching meanwhile. A page that will be stored is
    extracted in the same trip to the worker (``workers.page_job``); the extract pipeline then only
    takes the result.

    A career page (``item.read_jobposting``, from the ``jsonld`` spider) has its schema.org
    JobPosting read in that same job, from the tree clean() then uses. Only a page carrying exactly
    one becomes a document, with the JobPosting's fields as ``item.structured``; its posting URL
    joins the spider's ``listed_urls`` (what the store keeps open when the spider reports a
    complete listing). A page with none or several is dropped, counted in
    ``jobsift/jsonld/no_jobposting`` / ``jobsift/jsonld/several_jobpostings`` and not as a page:
    it is not a document of the source, as a board's non-posting responses are not."""

    def __init__(self, crawler):
        super().__init__(crawler)
        self.min_words = crawler.settings.getint("JOBSIFT_MIN_WORDS", 80)

    async def process_item(self, item, spider=None):
        if not isinstance(item, PageItem):
            return item
        career_page = item.read_jobposting and item.status != 304
        if not career_page:
            self.stats.inc_value("jobsift/pages")  # a career page counts once it holds a posting
        if item.status == 304:
            return item  # not modified: the dedup pipeline marks the stored document as seen
        opts = item.options or {}
        if item.fetched_at is None:
            # one time for clean and extract (clean skips visible dates the metadata makes moot)
            item.fetched_at = datetime.now(timezone.utc)
        if not career_page and workers.binary_body(item.body):
            self._binary(item)
        try:
            if self.pool:
                # extraction is skipped when the page's content is what the database holds for
                # its URL (the dedup pipeline then marks it unchanged), as it is in-process; a
                # crawled page's own canonical link (a career page's posting URL) is only known
                # once it is parsed
                known = self.store().content_hash_of(
                    canonical_url((item.structured or {}).get("url") or item.url))
                content = await workers.run(
                    workers.page_job, item.body, item.url, item.content_type, opts,
                    item.fetched_at, min_words=self.min_words,
                    structured=item.structured is not None, known_hash=known, extract_ahead=True,
                    jobposting=career_page)
            else:
                content = workers.page_job(item.body, item.url, item.content_type, opts,
                                           item.fetched_at, jobposting=career_page)
        except Exception as exc:  # noqa: BLE001 - recorded, the crawl goes on
            if career_page:
                self.stats.inc_value("jobsift/pages")
            self._failed(item, exc)
        if career_page:
            self._posting(item, content)
        return self._cleaned(item, content)

    def _posting(self, item, content):
        """A career page's JobPostings (read in the job): keep the page only with exactly one."""
        postings = content.postings or []
        if not postings:
            self.stats.inc_value("jobsift/jsonld/no_jobposting")
            raise DropItem("no JobPosting on the page")
        if len(postings) > 1:
            # a listing marked up item by item: the page is not one posting's document
            self.stats.inc_value("jobsift/jsonld/several_jobpostings")
            raise DropItem(f"{len(postings)} JobPostings on the page (a listing)")
        posting = postings[0]
        self.stats.inc_value("jobsift/jsonld/postings")
        listed = getattr(self.crawler.spider, "listed_urls", None)
        if listed is not None:
            listed.add(posting["url"])
        self.stats.inc_value("jobsift/pages")
        if not content.cleaned:  # one posting, but binary: not cleaned (see page_job)
            self._binary(item)
        from .postings import posting_structured
        item.structured = posting_structured(posting)

    def _binary(self, item):
        record_error(self.crawler, item.source, item.url, item.status,
                     "binary content served as HTML (NUL bytes); page skipped")
        raise DropItem("binary body")

    def _failed(self, item, exc: BaseException):
        if isinstance(exc, (ValueError, RecursionError)):
            reason = f"could not parse the page: {exc}"
        else:
            logger.error("cleaning failed on %s: %r", item.url, exc)
            reason = f"cleaning failed: {type(exc).__name__}: {exc}"
        record_error(self.crawler, item.source, item.url, item.status, reason)
        raise DropItem(f"unparseable: {exc}")

    def _cleaned(self, item, content):
        if item.structured is None:
            # a page found by crawling must prove it is an article; a board's posting already is one
            if not content.is_article:
                self.drop("not_article", item.url)
            words = content.words
            if words < self.min_words:
                self.drop("too_short", f"{words} words")
        item.content = content
        return item


class DedupPipeline(_Base):
    """Canonical URL and content hash: within a run a second copy of a page is dropped; across
    runs a page whose content is unchanged skips extraction and only moves ``last_seen``.

    What a run has seen is kept as 16-byte digests (49 bytes each in memory, where a URL takes
    100-200 and a hex hash 81): a crawl keeps two per page to its end."""

    def __init__(self, crawler):
        super().__init__(crawler)
        self.seen_urls: set[bytes] = set()
        self.seen_hashes: set[bytes] = set()

    def process_item(self, item, spider=None):
        if not isinstance(item, PageItem):
            return item
        store = self.store()
        if item.status == 304:
            known = store.validators(item.url)
            if known and store.touch(known[2], run_id_of(self.crawler)):
                self.stats.inc_value("jobsift/stored/unchanged")
                self.stats.inc_value("jobsift/not_modified")
                raise DropItem("not modified since the last crawl (304)")
            record_error(self.crawler, item.source, item.url, 304,
                         "304 Not Modified for a page the database does not hold")
            raise DropItem("304 for an unknown page")
        if item.content is None:
            return item
        canonical = (item.structured or {}).get("url") or item.content.meta.get("canonical")
        if item.structured is None and canonical and not same_site(canonical, item.url):
            canonical = None  # a crawled page may only name a canonical URL on its own site
        url = canonical_url(canonical or item.url)
        item.canonical_url = url
        item.content_hash = (getattr(item.content, "content_hash", None)
                             or content_hash(item.content.title, item.content.text))
        # a board's posting has its own identity (its URL): two openings with the same text
        # in one run are two postings; a crawled page with the same text as another is a copy
        url_key = url_digest(url)
        hash_key = bytes.fromhex(item.content_hash)
        if url_key in self.seen_urls or (item.structured is None and hash_key in self.seen_hashes):
            self.drop("duplicate", url)
        self.seen_urls.add(url_key)
        self.seen_hashes.add(hash_key)
        if store.content_hash_of(url) == item.content_hash:
            store.touch(url, run_id_of(self.crawler))
            save_validators(store, item, url)
            self.stats.inc_value("jobsift/stored/unchanged")
            raise DropItem("unchanged since the last crawl")
        return item


class ExtractPipeline(_Pooled):
    """``Content`` → ``Facts`` (role, dates, responsibilities, skills, salaries); in a worker
    process when the pool is on (see CleanPipeline)."""

    async def process_item(self, item, spider=None):
        if not isinstance(item, PageItem) or item.content is None:
            return item
        content = item.content
        ahead = getattr(content, "facts", None)
        if ahead is not None:  # extracted in the worker that cleaned the page
            return self._extracted(item, ahead)
        error = getattr(content, "extract_error", None)
        if error:
            self._failed(item, error)
        fetched = item.fetched_at or datetime.now(timezone.utc)
        if getattr(content, "slim", False):
            # sent back without its blocks (its content matched the database under the URL it was
            # fetched from, but it is stored under another): clean it again to extract it
            job, args = workers.clean_extract_job, (item.body, item.url, item.content_type,
                                                    item.options or {}, fetched)
        else:
            job, args = workers.extract_job, (content, fetched)
        try:
            facts = await workers.run(job, *args) if self.pool else job(*args)
        except Exception as exc:  # noqa: BLE001 - a bug on one page must not stop the crawl
            self._failed(item, f"{type(exc).__name__}: {exc}", exc)
        return self._extracted(item, facts)

    def _failed(self, item, error: str, exc: Optional[BaseException] = None):
        logger.error("extraction failed on %s: %s", item.url, repr(exc) if exc is not None else error)
        record_error(self.crawler, item.source, item.url, item.status, f"extraction failed: {error}")
        raise DropItem("extraction failed")

    def _extracted(self, item, facts):
        item.facts = facts
        if item.structured is not None:
            try:
                from .extract import apply_structured
                apply_structured(item.facts, item.structured, fetched_at=item.fetched_at)
            except Exception as exc:  # noqa: BLE001
                self._failed(item, f"{type(exc).__name__}: {exc}", exc)
        if (item.structured is None and item.content.meta.get("article_evidence") == "weak"
                and not item.facts.role):
            self.drop("not_article", f"{item.url} (no article markup and no role in the title)")
        return item


class StorePipeline(_Base):
    """Writes documents, their children and errors to SQLite; opens/closes a run when the crawl
    was not started by ``jobsift crawl`` (which manages the run itself)."""

    def __init__(self, crawler):
        super().__init__(crawler)
        if not crawler.settings.get("JOBSIFT_DB"):
            raise NotConfigured("JOBSIFT_DB is empty: set it to a database path")
        self.own_run = False

    def open_spider(self, spider=None):
        store = get_store(self.crawler)
        if run_id_of(self.crawler) is None:
            spider = spider or getattr(self.crawler, "spider", None)
            source = getattr(spider, "source", None) or getattr(spider, "name", "crawl")
            self.crawler._jobsift_run_id = store.begin_run([source])
            self.own_run = True

    def close_spider(self, spider=None):
        store = get_store(self.crawler)
        spider = spider or getattr(self.crawler, "spider", None)
        # A board spider that listed its board completely (every page of the listing fetched and
        # parsed, no error) sets complete_listing and listed_urls: postings it no longer lists
        # are closed. Anything less closes nothing.
        if getattr(spider, "complete_listing", False) and self.crawler.stats.get_value("jobsift/errors", 0) == 0:
            listed = {canonical_url(u) for u in getattr(spider, "listed_urls", set())}
            closed = store.close_missing(getattr(spider, "source", spider.name), listed,
                                         run_id_of(self.crawler))
            self.stats.inc_value("jobsift/stored/closed", closed)
        if self.own_run:
            counts = run_counts(self.crawler.stats.get_stats())
            store.finish_run(self.crawler._jobsift_run_id, run_status(counts), counts,
                             self.crawler.stats.get_stats())
        release_store(self.crawler)

    def process_item(self, item, spider=None):
        if isinstance(item, ErrorItem):
            self.stats.inc_value("jobsift/pages")
            record_error(self.crawler, item.source, item.url, item.status, item.reason)
            if item.status in (404, 410) and self.store().mark_gone(item.url, run_id_of(self.crawler)):
                self.stats.inc_value("jobsift/gone")
            raise DropItem(f"error: {item.reason}")
        if not isinstance(item, PageItem) or item.facts is None:
            return item
        facts = item.facts
        structured = item.structured or {}
        result = self.store().upsert_document(
            url=item.canonical_url or item.url, source=item.source, facts=facts,
            content_hash=item.content_hash or content_hash(facts.title, facts.text),
            run_id=run_id_of(self.crawler), fetched_url=item.url,
            valid_through=structured.get("valid_through"), seen_at=utcnow())
        self.stats.inc_value(f"jobsift/stored/{result}")
        save_validators(self.store(), item, item.canonical_url or item.url)
        return item


def run_counts(stats: dict) -> dict[str, int]:
    """The counts of a run, from one crawler's stats (or several, summed by the caller)."""
    dropped = sum(v for k, v in stats.items() if k.startswith("jobsift/dropped/"))
    return {
        "requests": int(stats.get("downloader/request_count", 0)),
        "pages": int(stats.get("jobsift/pages", 0)),
        "new": int(stats.get("jobsift/stored/new", 0)),
        "updated": int(stats.get("jobsift/stored/updated", 0)),
        "unchanged": int(stats.get("jobsift/stored/unchanged", 0)),
        "closed": int(stats.get("jobsift/stored/closed", 0)),
        "dropped": dropped,
        "errors": int(stats.get("jobsift/errors", 0)),
    }


def run_status(counts: dict[str, int]) -> str:
    if counts["errors"] and not (counts["new"] or counts["updated"] or counts["unchanged"]):
        return "failed"
    return "partial" if counts["errors"] else "ok"
