"""The crawl process's own machinery, piece by piece: sitemap pages handed to the scheduler in
batches, one trip to a worker per page (clean + extract), the dedup pipeline's compact memory,
the meta-refresh check that does not decode every page, and a real crawl of a big sitemap whose
scheduler never holds more than a batch of it."""
from __future__ import annotations

import json
import os
from datetime import datetime, timezone
from urllib.parse import urlsplit

import pytest
from twisted.internet import reactor  # noqa: F401 - Scrapy's get_crawler() needs one installed

from scrapy import signals
from scrapy.exceptions import DontCloseSpider, DropItem
from scrapy.http import HtmlResponse, Request, XmlResponse
from scrapy.settings import Settings
from scrapy.utils.test import get_crawler

from crawler.demo import SITE_ROOT, DemoServer
from crawler.items import PageItem
from crawler.middleware import MetaRefreshMiddleware
from crawler.spiders.guides import GuidesSpider
from crawler.spiders.jsonld import JsonLdSpider
from pipelines import workers
from pipelines.clean import clean
from pipelines.extract import extract
from pipelines.scrapy_pipelines import DedupPipeline, ExtractPipeline, content_hash
from tests.helpers import FAST, db_rows, jobsift

ARTICLE = os.path.join(SITE_ROOT, "careernews", "2024", "12", "senior-backend-engineer-job-guide",
                       "index.html")
NOT_ARTICLE = os.path.join(SITE_ROOT, "careernews", "about", "index.html")
NOW = datetime(2026, 1, 15, tzinfo=timezone.utc)


def _settings(**extra) -> dict:
    s = Settings()
    s.setmodule("crawler.settings", priority="project")
    out = {k: v for k, v in s.copy_to_dict().items() if k != "TWISTED_REACTOR"}
    out.update(extra)
    return out


class _Engine:
    """Stands in for Scrapy's engine: records what the spider hands the scheduler."""

    def __init__(self):
        self.crawled: list[Request] = []

    def crawl(self, request):
        self.crawled.append(request)


def _spider(cls=GuidesSpider, settings=None, **kwargs):
    crawler = get_crawler(cls, settings_dict=_settings(**(settings or {})))
    spider = cls.from_crawler(crawler, url="http://example.com/", **kwargs)
    crawler.spider = spider
    crawler.engine = _Engine()
    return spider


def _sitemap_response(n: int, depth: int = 1) -> XmlResponse:
    urls = "".join(f"<url><loc>http://example.com/guides/role-{i}/</loc></url>" for i in range(n))
    body = (f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/'
            f'schemas/sitemap/0.9">{urls}</urlset>').encode()
    request = Request("http://example.com/sitemap.xml", meta={"depth": depth})
    return XmlResponse(request.url, body=body, request=request)


def _drain(spider) -> list[Request]:
    while spider.pending:
        before = len(spider.crawler.engine.crawled)
        spider.feed_pages()
        assert len(spider.crawler.engine.crawled) - before <= 2 * spider.settings.getint("CONCURRENT_REQUESTS")
    return spider.crawler.engine.crawled


# -- sitemap pages: strings until the scheduler runs dry ---------------------------------------

def test_sitemap_pages_are_queued_as_strings_and_fed_in_batches():
    spider = _spider(settings={"CONCURRENT_REQUESTS": 8})
    out = list(spider.parse_sitemap(_sitemap_response(500)))
    assert out == []  # no page request goes through the callback's output
    engine = spider.crawler.engine
    assert len(engine.crawled) == 16  # the first batch, handed over at once
    assert sum(len(p.urls) for p in spider.pending) == 500 - 16
    assert all(isinstance(u, str) for p in spider.pending for u in p.urls)
    requests = _drain(spider)
    assert [urlsplit(r.url).path for r in requests] == [f"/guides/role-{i}/" for i in range(500)]
    first = requests[0]
    # what the spider middlewares would have done to a request of the sitemap's callback
    assert first.meta["depth"] == 2 and first.priority == -2
    assert first.headers[b"Referer"] == b"http://example.com/sitemap.xml"
    assert first.meta["jobsift_page"] and not first.meta["jobsift_follow"]
    assert first.callback == spider.parse_page and first.errback == spider.on_error
    stats = spider.crawler.stats
    assert stats.get_value("jobsift/sitemap_urls") == 500
    assert stats.get_value("request_depth_max") == 2


def test_sitemap_pages_obey_max_pages_depth_limit_and_duplicates():
    spider = _spider(max_pages=10)
    list(spider.parse_sitemap(_sitemap_response(50)))
    assert len(_drain(spider)) == 10
    assert spider.crawler.stats.get_value("jobsift/skipped/max_pages") == 40

    spider = _spider(settings={"DEPTH_LIMIT": 1})
    list(spider.parse_sitemap(_sitemap_response(30)))
    assert _drain(spider) == []
    assert spider.crawler.stats.get_value("depth/request_ignored_count") == 30

    spider = _spider(deny_paths=["/role-1/$"])
    list(spider.parse_sitemap(_sitemap_response(20)))
    list(spider.parse_sitemap(_sitemap_response(20)))  # listed twice: fetched once
    paths = [urlsplit(r.url).path for r in _drain(spider)]
    assert len(paths) == 19 and len(set(paths)) == 19 and "/guides/role-1/" not in paths


def test_idle_spider_with_pending_pages_is_kept_open():
    spider = _spider()
    list(spider.parse_sitemap(_sitemap_response(100)))
    spider.crawler.engine.crawled.clear()
    with pytest.raises(DontCloseSpider):
        spider.feed_on_idle()
    assert spider.crawler.engine.crawled
    _drain(spider)
    spider.feed_on_idle()  # nothing left: the spider may close


def test_scheduler_empty_signal_feeds_the_next_batch():
    spider = _spider(settings={"CONCURRENT_REQUESTS": 8})
    list(spider.parse_sitemap(_sitemap_response(100)))
    spider.crawler.signals.send_catch_log(signals.scheduler_empty)
    assert len(spider.crawler.engine.crawled) == 32


def test_jsonld_sitemap_pages_are_never_conditional():
    spider = _spider(JsonLdSpider)
    list(spider.parse_sitemap(_sitemap_response(5)))
    requests = _drain(spider)
    assert len(requests) == 5 and all(r.meta["jobsift_conditional"] is False for r in requests)


class SchedulerHighWater:
    """Test extension: the most requests the scheduler held at once, written at the end to
    ``JOBSIFT_TEST_HIGHWATER``."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.most = 0

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls(crawler)
        crawler.signals.connect(ext.scheduled, signal=signals.request_scheduled)
        crawler.signals.connect(ext.closed, signal=signals.spider_closed)
        return ext

    def scheduled(self, request, spider=None):
        scheduler = self.crawler.engine._slot.scheduler
        self.most = max(self.most, len(scheduler))

    def closed(self, spider=None, reason=None):
        with open(self.crawler.settings.get("JOBSIFT_TEST_HIGHWATER"), "w") as fh:
            json.dump({"most": self.most}, fh)


def _crawl_watching_the_scheduler(tmp_path, db: str, hook) -> tuple[str, list, int]:
    """``jobsift crawl`` of a site served with ``hook(site URL, path, headers)``, 8 requests at a
    time, watched by SchedulerHighWater: (site URL, [(path, headers)] of its /p/ page requests,
    most requests the scheduler held)."""
    mark = str(tmp_path / "highwater.json")
    server = DemoServer("careernews", hook=lambda path, headers: hook(server.url, path, headers))
    with server:
        proc = jobsift("crawl", "--url", server.url, "--db", db, "--quiet", *FAST,
                       "-s", "CONCURRENT_REQUESTS=8",
                       "-s", 'EXTENSIONS={"tests.test_crawl_internals.SchedulerHighWater": 0}',
                       "-s", f"JOBSIFT_TEST_HIGHWATER={mark}")
        log = list(server.request_log)
    assert proc.returncode == 0, proc.stderr
    pages = [(urlsplit(p).path, h) for _, p, h in log if urlsplit(p).path.startswith("/p/")]
    with open(mark) as fh:
        return server.url, pages, json.load(fh)["most"]


def test_a_big_sitemap_never_fills_the_scheduler(tmp_path):
    """A real crawl of a 600-URL sitemap: every page fetched once, each with the sitemap as its
    Referer, and the scheduler never holding more than a couple of batches."""
    n = 600
    page = (b"<html><head><title>Contact</title></head><body><p>Write to us.</p></body></html>")

    def hook(base, path, headers):
        p = urlsplit(path).path
        if p == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, b"User-agent: *\nAllow: /\n"
        if p == "/sitemap.xml":
            locs = "".join(f"<url><loc>{base}p/{i}/</loc></url>" for i in range(n))
            return 200, {"Content-Type": "application/xml"}, (
                '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                f"{locs}</urlset>").encode()
        if p.startswith("/p/"):
            return 200, {"Content-Type": "text/html; charset=utf-8"}, page
        return None

    db = str(tmp_path / "j.db")
    url, pages, most = _crawl_watching_the_scheduler(tmp_path, db, hook)
    assert sorted(p for p, _ in pages) == sorted(f"/p/{i}/" for i in range(n))
    assert all(h.get("Referer") == url + "sitemap.xml" for _, h in pages)
    assert most <= 2 * 16
    run = db_rows(db, "SELECT * FROM crawl_runs")[0]
    assert run["pages"] == n and run["dropped"] == n  # not articles: each page accounted for


def test_a_site_crawled_by_its_links_never_fills_the_scheduler(tmp_path):
    """No sitemap: the start page links 600 pages, and those link each other. Every page is
    fetched once, with the page that linked it first as its Referer, and the scheduler never
    holds more than a couple of batches: links wait as strings."""
    n = 600
    start_links = "".join(f'<a href="/p/{i}/">Page {i}</a> ' for i in range(n))

    def hook(base, path, headers):
        p = urlsplit(path).path
        if p == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, b"User-agent: *\nAllow: /\n"
        if p == "/sitemap.xml":
            return 404, {"Content-Type": "text/plain"}, b"no sitemap"
        if p == "/":
            return 200, {"Content-Type": "text/html; charset=utf-8"}, (
                f"<html><body><h1>All pages</h1>{start_links}</body></html>").encode()
        if p.startswith("/p/"):
            i = int(p.split("/")[2])
            body = (f'<html><body><p>Page {i}.</p><a href="/p/{(i + 1) % n}/">next</a>'
                    f'<a href="/">home</a></body></html>')
            return 200, {"Content-Type": "text/html; charset=utf-8"}, body.encode()
        return None

    db = str(tmp_path / "j.db")
    url, pages, most = _crawl_watching_the_scheduler(tmp_path, db, hook)
    assert sorted(p for p, _ in pages) == sorted(f"/p/{i}/" for i in range(n))
    assert all(h.get("Referer") == url for _, h in pages)  # all linked first from "/"
    assert most <= 2 * 16


# -- one trip to a worker per page ---------------------------------------------------------------

def _body(path):
    with open(path, "rb") as fh:
        return fh.read()


def test_page_job_extracts_ahead_and_sends_back_a_slim_content():
    body, url = _body(ARTICLE), "http://127.0.0.1/2024/12/senior-backend-engineer-job-guide/"
    full = clean(body, url, content_type="text/html")
    cleaned = workers.page_job(body, url, "text/html", {}, NOW, min_words=80, known_hash=None,
                               extract_ahead=True)
    assert cleaned.slim and cleaned.blocks == []
    assert set(cleaned.meta) <= {"canonical", "article_evidence"}
    assert cleaned.meta.get("canonical") == full.meta.get("canonical")
    assert cleaned.title == full.title and cleaned.is_article == full.is_article
    assert cleaned.words == sum(len(b.text.split()) for b in full.blocks)
    assert cleaned.content_hash == content_hash(full.title, full.text)
    assert cleaned.facts == extract(full, fetched_at=NOW)
    # unchanged since the last crawl: nothing extracted
    same = workers.page_job(body, url, "text/html", {}, NOW, min_words=80,
                            known_hash=cleaned.content_hash, extract_ahead=True)
    assert same.facts is None and same.slim
    # in the crawl process (no pool): the whole Content, extraction left to the extract pipeline
    whole = workers.page_job(body, url, "text/html", {})
    assert not whole.slim and whole.facts is None and whole.blocks == full.blocks


def test_page_job_does_not_extract_pages_that_will_be_dropped():
    body = _body(NOT_ARTICLE)
    cleaned = workers.page_job(body, "http://127.0.0.1/about/", "text/html", {}, NOW, min_words=80,
                               extract_ahead=True)
    assert cleaned.facts is None and not cleaned.extract_error
    short = workers.page_job(_body(ARTICLE), "http://127.0.0.1/a/", "text/html", {}, NOW,
                             min_words=10 ** 6, extract_ahead=True)
    assert short.facts is None


def _pipeline(cls, tmp_path):
    crawler = get_crawler(settings_dict=_settings(JOBSIFT_DB=str(tmp_path / "j.db"),
                                                  JOBSIFT_WORKERS=0))
    return cls.from_crawler(crawler)


def _item(url="http://127.0.0.1/a/", **kw):
    return PageItem(url=url, source="t", body=_body(ARTICLE), content_type="text/html",
                    fetched_at=NOW, **kw)


def _await(result):
    coro = result.__await__()
    try:
        coro.send(None)
    except StopIteration as done:
        return done.value
    raise AssertionError("the pipeline waited on something")


def test_extract_pipeline_takes_facts_computed_ahead(tmp_path):
    item = _item()
    item.content = workers.page_job(item.body, item.url, "text/html", {}, NOW, min_words=80,
                                    extract_ahead=True)
    out = _await(_pipeline(ExtractPipeline, tmp_path).process_item(item))
    assert out.facts is item.content.facts and out.facts.role


def test_extract_pipeline_cleans_a_slim_page_again_when_it_must_extract(tmp_path):
    item = _item()
    item.content = workers.page_job(item.body, item.url, "text/html", {}, NOW, min_words=80,
                                    known_hash="stored under the fetched URL", extract_ahead=True)
    item.content.facts = None  # as sent back for a page unchanged under its fetched URL
    out = _await(_pipeline(ExtractPipeline, tmp_path).process_item(item))
    assert out.facts == extract(clean(item.body, item.url, content_type="text/html"), fetched_at=NOW)


def test_an_extraction_error_in_the_worker_is_recorded_as_one(tmp_path):
    item = _item()
    item.content = workers.Cleaned(url=item.url, title="t", blocks=[], is_article=True, words=100,
                                   content_hash="00" * 16, slim=True,
                                   extract_error="ValueError: no such thing")
    pipe = _pipeline(ExtractPipeline, tmp_path)
    with pytest.raises(DropItem):
        _await(pipe.process_item(item))
    pipe.store().flush()
    errors = db_rows(str(tmp_path / "j.db"), "SELECT url, reason FROM crawl_errors")
    assert [(e["url"], e["reason"]) for e in errors] == [
        (item.url, "extraction failed: ValueError: no such thing")]


def test_dedup_drops_a_second_copy_by_url_or_by_content(tmp_path):
    pipe = _pipeline(DedupPipeline, tmp_path)

    def cleaned(url):
        item = _item(url)
        item.content = workers.page_job(item.body, url, "text/html", {})
        return item

    first = pipe.process_item(cleaned("http://127.0.0.1/a/"))
    assert first.content_hash and first.canonical_url
    for url in ("http://127.0.0.1/a/?utm_source=x", "http://127.0.0.1/b/"):
        with pytest.raises(DropItem):
            pipe.process_item(cleaned(url))
    assert pipe.crawler.stats.get_value("jobsift/dropped/duplicate") == 2


# -- meta refresh without decoding every page ----------------------------------------------------

def _html(body: bytes, url="http://example.com/a/") -> HtmlResponse:
    return HtmlResponse(url, body=body, headers={"Content-Type": "text/html; charset=utf-8"},
                        request=Request(url))


def test_meta_refresh_still_redirects_and_other_pages_stay_undecoded():
    crawler = get_crawler(settings_dict=_settings())
    mw = MetaRefreshMiddleware.from_crawler(crawler)
    refresh = _html(b'<html><head><META HTTP-EQUIV="Refresh" CONTENT="0; URL=/moved/"></head></html>')
    out = mw.process_response(refresh.request, refresh)
    assert isinstance(out, Request) and out.url == "http://example.com/moved/"
    plain = _html(b"<html><head><title>x</title></head><body>" + "caf\u00e9 ".encode() * 5000 + b"</body></html>")
    assert mw.process_response(plain.request, plain) is plain
    assert plain._cached_ubody is None  # never decoded
    # "refresh" in the page's text is not a meta refresh
    text = _html(b"<html><head><title>x</title></head><body><p>This guide was refreshed in May."
                 b"</p>" + b"<p>more</p>" * 3000 + b"</body></html>")
    assert mw.process_response(text.request, text) is text
    assert text._cached_ubody is None
    # content= before http-equiv, single quotes: still found
    other = _html(b"<html><head><meta content='5;url=/next/' http-equiv='refresh'></head></html>")
    out = mw.process_response(other.request, other)
    assert isinstance(out, Request) and out.url == "http://example.com/next/"


def test_settings_keep_per_response_item_concurrency_small():
    s = Settings()
    s.setmodule("crawler.settings")
    assert 2 <= s.getint("CONCURRENT_ITEMS") <= 16


def test_workers_are_forked_only_while_the_process_has_no_other_thread():
    """fork copies only the calling thread: with another thread running (a reactor's, a test
    server's) a lock it held could stay locked forever in the child, so the pool spawns then."""
    import sys
    import threading

    if not sys.platform.startswith("linux"):
        assert workers._context().get_start_method() == "spawn"
        return
    stop = threading.Event()
    t = threading.Thread(target=stop.wait)
    t.start()
    try:
        assert workers._context().get_start_method() == "spawn"
    finally:
        stop.set()
        t.join()
    if threading.active_count() == 1:
        assert workers._context().get_start_method() == "fork"


def test_a_forked_pool_runs_page_jobs_like_the_crawl_process(tmp_path):
    """In a process with no other thread (as ``jobsift crawl`` opens its pool), the workers are
    forked, run at the lower CPU priority asked for, and compute exactly what page_job computes
    in-process."""
    import sys

    from tests.test_workers import run_script

    page = os.path.join(SITE_ROOT, "pathwise", _first_pathwise_article(), "index.html")
    out = run_script(f"""
        import threading
        from datetime import datetime, timezone
        from pipelines.clean import clean
        from pipelines.extract import extract

        out["threads"] = threading.active_count()
        out["method"] = workers._context().get_start_method()
        html = open({page!r}, "rb").read()
        url = "https://pathwise.example/guide/"
        at = datetime(2026, 1, 1, tzinfo=timezone.utc)

        async def main():
            assert workers.acquire(2, nice=3)
            got = await workers.run(workers.page_job, html, url, None, {{}}, at, extract_ahead=True)
            out["niceness"] = await workers.run(os.nice, 0)
            workers.release()
            out["expected_niceness"] = min(19, os.nice(0) + 3)  # workers yield the CPU to us
            want = extract(clean(html, url, fetched_at=at), fetched_at=at)
            out["same"] = got.facts == want
    """)
    assert out["threads"] == 1
    assert out["method"] == ("fork" if sys.platform.startswith("linux") else "spawn")
    assert out["niceness"] == out["expected_niceness"]
    assert out["same"] is True


def _first_pathwise_article() -> str:
    from crawler.demo import manifest

    return manifest("pathwise")["articles"][0]["path"].strip("/")
