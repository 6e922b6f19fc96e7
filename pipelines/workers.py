"""The second core: clean and extract in worker processes while the crawl process fetches.

Parsing and extraction are pure CPU work in Python, so a thread would not help (the GIL); a small
process pool does. ``JOBSIFT_WORKERS`` sets its size (default: one fewer than the CPUs, at least
one when there are two or more; 0 runs everything in the crawl process). Jobs are plain
functions of picklable values — raw bytes in, ``Content``/``Facts`` out — so what a worker
computes is exactly what the pure functions compute in-process.
"""
from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime
from typing import Any, Callable, Optional

from twisted.internet import defer, reactor
from twisted.python.failure import Failure

from .clean import clean
from .extract import extract
from .model import Content, Facts

_pool: Optional[ProcessPoolExecutor] = None
_size = 0
_users = 0


def default_workers() -> int:
    cpus = os.cpu_count() or 1
    return max(1, cpus - 1) if cpus >= 2 else 0


def acquire(workers: int) -> bool:
    """Open (or share) the pool; False when extraction stays in this process."""
    global _pool, _size, _users
    if workers <= 0:
        return False
    if _pool is None:
        _pool = ProcessPoolExecutor(max_workers=workers,
                                    mp_context=multiprocessing.get_context("spawn"),
                                    initializer=_warm_up)
        _size = workers
    _users += 1
    return True


def release() -> None:
    global _pool, _users
    _users = max(0, _users - 1)
    if _users == 0 and _pool is not None:
        _pool.shutdown(wait=False, cancel_futures=True)
        _pool = None


def run(fn: Callable, *args: Any) -> defer.Deferred:
    """``fn(*args)`` in a worker; a Deferred that fires in the reactor thread with its result."""
    d: defer.Deferred = defer.Deferred()
    future = _pool.submit(fn, *args)

    def done(f):
        exc = f.exception()
        if exc is not None:
            reactor.callFromThread(d.errback, Failure(exc))
        else:
            reactor.callFromThread(d.callback, f.result())

    future.add_done_callback(done)
    return d


def _warm_up() -> None:
    # load the skill taxonomy and compile the parsers once per worker, not on the first page
    from .skills import load_taxonomy

    load_taxonomy()


# -- jobs (module-level functions: picklable by name) ------------------------------------------

def clean_job(body: bytes, url: str, content_type: Optional[str], options: dict) -> Content:
    return clean(body, url, content_type=content_type,
                 remove_selectors=options.get("remove_selectors") or (),
                 content_selector=options.get("content_selector"),
                 article_patterns=options.get("article_patterns") or (),
                 listing_patterns=options.get("listing_patterns") or ())


def extract_job(content: Content, fetched_at: Optional[datetime]) -> Facts:
    return extract(content, fetched_at=fetched_at)
