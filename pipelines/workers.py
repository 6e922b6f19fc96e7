"""Every core: clean and extract in worker processes while the crawl process fetches.

Parsing and extraction are pure CPU work in Python, so a thread would not help (the GIL); a small
process pool does. ``JOBSIFT_WORKERS`` sets its size (default: one per CPU on a machine with two or
more; 0 runs everything in the crawl process). Jobs are plain functions of picklable values — raw
bytes in, ``Content``/``Facts`` out — so what a worker computes is exactly what the pure functions
compute in-process.

One trip to a worker per page: ``page_job`` cleans the page and, when the page will be stored (an
article long enough, whose content differs from what the database holds for its URL), extracts it
too and sends back the ``Facts`` with a slim ``Content`` (title, canonical link, counts; the blocks
stay in the worker). Sending the blocks to the crawl process and back again for extraction cost
more than the whole crawl process's own work on a page.

A career page (``PageItem.read_jobposting``) has its schema.org JobPosting read in the same job,
from the tree ``clean()`` then takes apart: one parse per page (none at all for a page whose bytes
do not mention a JobPosting, see ``postings.may_carry_jobposting``).
"""
from __future__ import annotations

import gc
import hashlib
import multiprocessing
import os
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Callable, Optional, Union

from .clean import HtmlElement, block_words, clean
from .extract import extract
from .model import Content, Facts
from .postings import parse_for_postings

if TYPE_CHECKING:
    from twisted.internet import defer

#: Bump when extraction changes, so unchanged pages are extracted again by the next crawl.
EXTRACTOR_VERSION = "2"


def content_hash(title: Optional[str], text: str) -> str:
    h = hashlib.sha256()
    h.update(EXTRACTOR_VERSION.encode())
    h.update(b"\0")
    h.update((title or "").encode("utf-8", "replace"))
    h.update(b"\0")
    h.update(text.encode("utf-8", "replace"))
    return h.hexdigest()[:32]


_pool: Optional[ProcessPoolExecutor] = None
_users = 0


def default_workers() -> int:
    """One worker per usable CPU when there are two or more (the crawl process needs only a
    fraction of a core: with one worker fewer, a 2-core machine crawled a third slower); none on a
    single CPU."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        cpus = os.cpu_count() or 1
    return cpus if cpus >= 2 else 0


def acquire(workers: int, nice: int = 0) -> bool:
    """Open (or share) the pool; False when extraction stays in this process.

    ``nice``: how much lower the workers' CPU priority is than this process's
    (``JOBSIFT_WORKER_NICE``). The crawl process feeds every worker: when workers fill every core
    it must still get the CPU at once, or fetching stalls and the workers then wait for pages (on
    2 cores, nice 10 crawled 5-8% more pages per second than nice 0). Only the first caller's
    values count; later ones share its pool."""
    global _pool, _users
    if workers <= 0:
        return False
    if _pool is None:
        _pool = ProcessPoolExecutor(max_workers=workers, mp_context=_context(),
                                    initializer=_warm_up, initargs=(nice, os.getpid()))
        # Start the workers now, while the crawl starts up and fetches robots.txt and the first
        # listings, rather than on the first page (which would then wait for a worker to boot).
        for _ in range(workers):
            _pool.submit(_noop)
    _users += 1
    return True


def _context() -> multiprocessing.context.BaseContext:
    """How workers are started. ``fork`` where it is safe: on Linux, in a process that runs no
    other thread yet (``jobsift crawl`` opens the pool before Scrapy starts its reactor and
    threads; ``scrapy crawl`` creates the pipelines, and so the pool, before them too): a worker
    is then a copy of this process with the pipeline modules already imported, instead of a fresh
    interpreter importing them again (some 0.15 s of CPU per worker, on the critical path of a
    crawl's first pages). Anywhere else, ``spawn`` (forking a process with
    threads can deadlock the child on a lock another thread held)."""
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def release() -> None:
    global _pool, _users
    _users = max(0, _users - 1)
    if _users == 0 and _pool is not None:
        _pool.shutdown(wait=False, cancel_futures=True)
        _pool = None


def run(fn: Callable, *args: Any, **kwargs: Any) -> "defer.Deferred":
    """``fn(*args, **kwargs)`` in a worker; a Deferred that fires in the reactor thread with its
    result."""
    # Twisted is imported here, not at module level: a worker process imports this module for its
    # jobs and needs no reactor (which would cost it some 30 MB)
    from twisted.internet import defer, reactor
    from twisted.python.failure import Failure

    d: defer.Deferred = defer.Deferred()
    future = _pool.submit(fn, *args, **kwargs)

    def done(f):
        exc = f.exception()
        if exc is not None:
            reactor.callFromThread(d.errback, Failure(exc))
        else:
            reactor.callFromThread(d.callback, f.result())

    future.add_done_callback(done)
    return d


def _warm_up(nice: int = 0, parent: Optional[int] = None) -> None:
    """A worker's start: watch for the end of its ``parent`` (the crawl process), lower its CPU
    priority by ``nice`` (see ``acquire``), load the skill taxonomy and compile the parsers once,
    not on the first page."""
    if parent is not None:
        threading.Thread(target=_exit_with, args=(parent,), daemon=True,
                         name="jobsift-parent-watch").start()
    if nice > 0 and hasattr(os, "nice"):
        try:
            os.nice(nice)
        except OSError:  # not allowed here: the worker runs at the crawl's priority
            pass
    from .skills import load_taxonomy

    load_taxonomy()
    # What a worker holds now (modules, the taxonomy, a forked worker's copy of the crawl
    # process) lives as long as the worker: frozen, the garbage collector stops walking it on
    # every full collection (in a 2,000-page crawl: 0.04-0.07 s of GC per worker, was 0.07-0.13)
    gc.collect()
    gc.freeze()
    gc.enable()  # off in a worker forked while `jobsift crawl` starts (see crawler.cli.run_crawl)


def _exit_with(parent: int, every: float = 0.5) -> None:
    """End this worker when its parent process is gone. A worker waits for jobs on a pipe that
    the workers hold open too, so a crawl process killed outright (SIGKILL, the OOM killer, a
    cron timeout) would leave its workers waiting forever; on Unix an orphan gets a new parent."""
    while True:
        time.sleep(every)
        if os.getppid() != parent:
            os._exit(1)


def _noop() -> None:
    """A first job: makes the pool start its workers."""


# -- jobs (module-level functions: picklable by name) ------------------------------------------

@dataclass
class Cleaned(Content):
    """``clean()``'s ``Content`` with what the pipelines decide on, computed where it was cleaned.

    ``words``          words of main content (``JOBSIFT_MIN_WORDS`` is checked against it)
    ``content_hash``   ``content_hash(title, text)``, for the dedup pipeline
    ``slim``           the blocks were left in the worker (``blocks`` is empty; ``meta`` keeps only
                       ``canonical`` and ``article_evidence``): extraction cannot run on it again
    ``facts``          ``extract()``'s result when it ran in the same job (the extract pipeline
                       takes it from here; nothing else reads it)
    ``extract_error``  ``"ExceptionType: message"`` when that extraction raised
    ``postings``       with ``jobposting``: the page's JobPostings (posting dicts, see
                       ``pipelines.postings``); a page without exactly one is not cleaned at all
                       (``cleaned`` False): it is not stored
    """

    words: int = 0
    content_hash: str = ""
    slim: bool = False
    facts: Optional[Facts] = None
    extract_error: Optional[str] = None
    postings: Optional[list] = None
    cleaned: bool = True


_SLIM_META = ("canonical", "article_evidence")


def clean_job(body: Union[bytes, HtmlElement], url: str, content_type: Optional[str],
              options: dict, fetched_at: Optional[datetime] = None) -> Content:
    """``clean()`` with a source's options; ``fetched_at`` must be what extract() will be given."""
    return clean(body, url, content_type=content_type,
                 remove_selectors=options.get("remove_selectors") or (),
                 content_selector=options.get("content_selector"),
                 article_patterns=options.get("article_patterns") or (),
                 listing_patterns=options.get("listing_patterns") or (),
                 fetched_at=fetched_at)


def binary_body(body: bytes) -> bool:
    """NUL bytes near the start: binary content served as HTML (the clean pipeline's check)."""
    return b"\0" in body[:1024]


def page_job(body: bytes, url: str, content_type: Optional[str], options: dict,
             fetched_at: Optional[datetime] = None, *, min_words: int = 0, structured: bool = False,
             known_hash: Optional[str] = None, extract_ahead: bool = False,
             jobposting: bool = False) -> Cleaned:
    """Clean one page; with ``extract_ahead``, also extract it when it will be stored: a posting
    (``structured``), or an article of at least ``min_words`` words whose content hash is not
    ``known_hash`` (what the database holds for its URL), and then return it slim.

    With ``jobposting`` (a career page), first read the page's JobPostings into ``postings``;
    only a page with exactly one is a posting and is cleaned, from the same tree (a page with none
    or several, or a binary one, comes back uncleaned: the pipeline drops it or records it)."""
    postings = None
    source: Union[bytes, HtmlElement] = body
    if jobposting:
        try:
            postings, doc = parse_for_postings(body, url, content_type)
        except Exception as exc:  # noqa: BLE001 - recorded by the clean pipeline, with the page
            raise ValueError(f"could not read its JobPosting: {type(exc).__name__}: {exc}") from None
        if len(postings) != 1 or binary_body(body):
            return Cleaned(url=url, title=None, blocks=[], postings=postings, cleaned=False)
        structured = True
        if doc is not None:
            source = doc
    content = clean_job(source, url, content_type, options, fetched_at)
    words = block_words(content.blocks)
    digest = content_hash(content.title, content.text)
    facts = error = None
    slim = False
    if extract_ahead:
        if digest != known_hash and (structured or (content.is_article and words >= min_words)):
            try:
                facts = extract(content, fetched_at=fetched_at)
            except Exception as exc:  # noqa: BLE001 - reported by the extract pipeline, as in-process
                error = f"{type(exc).__name__}: {exc}"
        slim = True
    meta = content.meta
    if slim:
        meta = {k: meta[k] for k in _SLIM_META if k in meta}
    return Cleaned(url=content.url, title=content.title, blocks=[] if slim else content.blocks,
                   meta=meta, is_article=content.is_article, words=words, content_hash=digest,
                   slim=slim, facts=facts, extract_error=error, postings=postings)


def extract_job(content: Content, fetched_at: Optional[datetime]) -> Facts:
    return extract(content, fetched_at=fetched_at)


def clean_extract_job(body: bytes, url: str, content_type: Optional[str], options: dict,
                      fetched_at: Optional[datetime]) -> Facts:
    """Clean and extract, for a page sent back slim whose extraction turned out to be needed."""
    return extract(clean_job(body, url, content_type, options, fetched_at), fetched_at=fetched_at)
