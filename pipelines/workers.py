"""Every core: clean and extract in worker processes while the crawl process fetches.

Parsing and extraction are pure CPU work in Python, so a thread would not help (the GIL); a small
process pool does (``_Pool``: the reactor thread feeds every worker and reads its results
itself). ``JOBSIFT_WORKERS`` sets its size (default: one per CPU on a machine with two or more; 0
runs everything in the crawl process). Jobs are plain functions of picklable values — raw
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

import fcntl
import functools
import gc
import hashlib
import importlib
import logging
import multiprocessing
import os
import pickle
import signal
import struct
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Callable, Optional, Union

from .model import Content, Facts

# The extraction modules (clean, extract, postings and what they use: salaries, skills, roles,
# dates) are imported by the jobs, not here: the crawl process imports this module but runs no job
# itself when it has workers, and each worker imports them as it starts (_warm_up), on its own
# core, while the crawl process is still starting Scrapy (a 20-page crawl: 0.59-0.61 s, was
# 0.65-0.66).
if TYPE_CHECKING:
    from twisted.internet import defer

    from .clean import HtmlElement

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


logger = logging.getLogger(__name__)

_pool: Optional["_Pool"] = None
_users = 0

#: Jobs a worker holds at once: the one it runs and the next ones, already in its pipe, so that
#: it never waits for the crawl process between two pages (the reactor writes jobs only when it
#: is free). In one 2,000-page benchmark crawl each, the machine's 2 cores sat idle 9% of the
#: time with 64 KiB pipes (one 60 KB page each) and 4 jobs, and 5% with 1 MiB pipes and 8.
PER_WORKER = 8
_PIPE_SIZE = 1 << 20
_HEADER = struct.Struct("!i")  # a frame: its length, then the pickle (multiprocessing's framing)


class WorkerDied(RuntimeError):
    """The worker process running a job ended before sending its result (killed, out of memory,
    a crash in a C extension)."""


class PageTimeout(WorkerDied):
    """A job ran longer than the pool's time limit (``JOBSIFT_PAGE_TIMEOUT``): its worker was
    stopped."""


def default_workers() -> int:
    """One worker per usable CPU when there are two or more (the crawl process needs only a
    fraction of a core: with one worker fewer, a 2-core machine crawled a third slower); none on a
    single CPU."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        cpus = os.cpu_count() or 1
    return cpus if cpus >= 2 else 0


def acquire(workers: int, nice: int = 0, limit: float = 0.0) -> bool:
    """Open (or share) the pool; False when extraction stays in this process. The workers start
    now, while the crawl starts up and fetches robots.txt and the first listings, rather than on
    the first page. Only the first caller's values count; later ones share its pool.

    ``nice``: how much lower the workers' CPU priority is than this process's
    (``JOBSIFT_WORKER_NICE``). The crawl process feeds every worker: when workers fill every core
    it must still get the CPU at once, or fetching stalls and the workers then wait for pages (on
    2 cores, nice 10 crawled 5-8% more pages per second than nice 0).

    ``limit``: seconds a job may run (``JOBSIFT_PAGE_TIMEOUT``; 0: no limit). A worker still on
    a job after that is stopped: the job fails with ``PageTimeout``, the worker's other jobs go
    to the other workers, and a new worker takes its place. (A page that sends the parsers into
    a pathological case would otherwise hold its worker, and the end of the crawl, for ever.)"""
    global _pool, _users
    if workers <= 0:
        return False
    if _pool is None:
        _pool = _Pool(workers, nice, limit)
    _users += 1
    return True


def _context() -> multiprocessing.context.BaseContext:
    """How workers are started. ``fork`` where it is safe: on Linux, in a process that runs no other
    thread yet (``jobsift crawl`` opens the pool before Scrapy starts its reactor and threads;
    ``scrapy crawl`` creates the pipelines, and so the pool, before them too): a worker is then a
    copy of this process, with what it has imported, instead of a fresh interpreter that imports
    Python's and this package's modules again (the extraction modules it imports in either case, see
    ``_warm_up``). Anywhere else, ``spawn`` (forking a process with threads can deadlock the child
    on a lock another thread held): a worker that replaces one that died during a crawl is spawned,
    Scrapy's threads running by then."""
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def release() -> None:
    global _pool, _users
    _users = max(0, _users - 1)
    if _users == 0 and _pool is not None:
        _pool.close()
        _pool = None


def run(fn: Callable, *args: Any, **kwargs: Any) -> "defer.Deferred":
    """``fn(*args, **kwargs)`` in a worker; a Deferred that fires with its result (or its
    exception; ``WorkerDied`` when the worker ended during the job). Called in the reactor
    thread, which also reads the results: no other thread takes part."""
    if _pool is None:
        raise RuntimeError("the worker pool is not open (pipelines.workers.acquire)")
    return _pool.submit(fn, args, kwargs)


class _Worker:
    __slots__ = ("proc", "jobs", "results", "inflight", "writer", "reader", "busy_since",
                 "overtime")

    def __init__(self, proc, jobs, results) -> None:
        self.proc = proc
        self.jobs = jobs          # this end writes jobs (a Connection; raw writes on its fd)
        self.results = results    # this end reads results
        self.inflight: deque = deque()  # ((fn, args, kwargs), Deferred), in the order sent
        self.writer = self.reader = None  # reactor descriptors, made on the first job
        self.busy_since = 0.0  # when its first job in flight started (time.monotonic())
        self.overtime = False  # stopped for running longer than the pool's limit


class _Pool:
    """Worker processes, each fed through its own pipe by the reactor thread.

    A job is written, pickled in the reactor thread, to the worker holding the fewest jobs (at
    most ``PER_WORKER``; the rest wait here in order, unpickled). The worker sends back its
    results in the order it got the jobs. The reactor reads them as they come, so a result is
    handed on without a thread switch. (concurrent.futures' pool moves every job and result
    through two threads of this process: in a 2,000-page benchmark crawl they took 0.25-0.3 ms
    of CPU per page, and the crawl ran at a median of 324 pages/s against 348 with this pool.)

    A worker that dies fails the job it was running with ``WorkerDied``; the jobs queued behind
    it go to the other workers, and a new worker takes its place. When workers keep dying with no
    result in between (``3 × size`` times), none is started any more and the jobs fail at once.
    """

    def __init__(self, size: int, nice: int, limit: float = 0.0) -> None:
        self.size, self.nice, self.limit = size, nice, limit
        self.watch = None  # the reactor's LoopingCall that enforces the limit
        self.workers: list[_Worker] = []
        self.pending: deque = deque()
        self.fruitless = 0  # workers that died since the last result
        self.dying: list[_Worker] = []  # dead workers whose replacement is on its way
        self.stopping = False  # the reactor is shutting down (it then drops every descriptor)
        self.hooked = False
        self.closed = False
        for _ in range(size):
            self.workers.append(self._start())

    def _start(self) -> _Worker:
        ctx = _context()
        jobs_r, jobs_w = ctx.Pipe(duplex=False)
        res_r, res_w = ctx.Pipe(duplex=False)
        # A forked worker holds copies of every pipe end this process has open: it closes the
        # ones that are not its own, or a worker's death would not show as the end of its pipe
        close = []
        if ctx.get_start_method() == "fork":
            close = [jobs_w, res_r]
            for w in self.workers:
                close += [w.jobs, w.results]
        proc = ctx.Process(target=_worker_main, args=(jobs_r, res_w, close, self.nice, os.getpid()),
                           name="jobsift-worker", daemon=True)
        proc.start()
        jobs_r.close()
        res_w.close()
        for conn in (jobs_w, res_r):
            _widen(conn.fileno())
        return _Worker(proc, jobs_w, res_r)

    # -- the reactor side ---------------------------------------------------------------------
    def submit(self, fn: Callable, args: tuple, kwargs: dict) -> "defer.Deferred":
        from twisted.internet import defer

        d: defer.Deferred = defer.Deferred()
        if self.closed:
            d.errback(RuntimeError("the worker pool is closed"))
            return d
        self.pending.append(((fn, args, kwargs), d))
        self._fail_if_no_workers()
        self._dispatch()
        return d

    def _dispatch(self) -> None:
        pending, workers = self.pending, self.workers
        while pending and workers:
            w = min(workers, key=_load)
            if len(w.inflight) >= PER_WORKER:
                return
            job, d = pending.popleft()
            # pickled only now: what waits here holds the caller's objects (a page's body is
            # the response's own bytes), not a copy of them
            try:
                data = pickle.dumps(job, protocol=pickle.HIGHEST_PROTOCOL)
            except Exception as exc:  # noqa: BLE001 - the caller's Deferred reports it
                d.errback(exc)
                continue
            n = len(data)
            if n > 0x7FFFFFFF:
                d.errback(ValueError(f"a job of {n:,} bytes is too big to send to a worker"))
                continue
            if w.writer is None:
                _attach(self, w)
            if not w.inflight:
                w.busy_since = time.monotonic()
            w.inflight.append((job, d))
            w.writer.writeSequence([_HEADER.pack(n), data])

    def _result(self, w: _Worker, frame: bytes) -> None:
        _, d = w.inflight.popleft()
        w.busy_since = time.monotonic()  # (its next job, if any, starts now)
        self.fruitless = 0
        self._dispatch()  # the worker's next job first, then the caller's callbacks
        try:
            ok, value = pickle.loads(frame)
        except Exception as exc:  # noqa: BLE001
            d.errback(RuntimeError(f"a worker's result could not be read: {type(exc).__name__}: {exc}"))
            return
        if ok:
            d.callback(value)
        else:
            d.errback(value)

    def _lost(self, w: _Worker) -> None:
        """w's result pipe ended: the worker exited. Its pipes leave the reactor now and are
        closed, and a replacement started, on the reactor's next turn: the events the reactor
        is still going through may name their descriptor numbers, and must not reach new pipes
        that would reuse them."""
        if w not in self.workers:
            return
        self.workers.remove(w)
        _unregister(w)
        self.dying.append(w)
        from twisted.internet import reactor

        reactor.callLater(0, self._replace, w)

    def _replace(self, w: _Worker) -> None:
        if w not in self.dying:  # the pool closed meanwhile
            return
        self.dying.remove(w)
        _close(w)
        w.proc.join(timeout=1)
        failed = w.inflight.popleft()[1] if w.inflight else None
        # the jobs it had not started go first to the other workers, in their order
        self.pending.extendleft(reversed(w.inflight))
        w.inflight.clear()
        self.fruitless += 1
        if self.fruitless <= 3 * self.size:
            logger.warning("worker process %s ended with exit code %s; starting another",
                           w.proc.pid, w.proc.exitcode)
            try:
                self.workers.append(self._start())
            except Exception as exc:  # noqa: BLE001 - no replacement: the others go on
                logger.error("could not start a worker process: %s: %s", type(exc).__name__, exc)
        else:
            logger.error("worker process %s ended with exit code %s; %d have ended in a row with "
                         "no page done: no more are started", w.proc.pid, w.proc.exitcode,
                         self.fruitless)
        self._fail_if_no_workers()
        self._dispatch()
        if failed is None:
            return
        if w.overtime:
            failed.errback(PageTimeout(f"the page's job ran longer than {self.limit:g} s "
                                       f"(JOBSIFT_PAGE_TIMEOUT): its worker process was stopped"))
        else:
            failed.errback(WorkerDied(f"the worker process (pid {w.proc.pid}) ended with exit "
                                      f"code {w.proc.exitcode} while it ran this job"))

    def _enforce_limit(self) -> None:
        """Stop a worker whose current job has run longer than the limit (the reactor calls this
        every second or so; the worker's end is then handled like any other)."""
        now = time.monotonic()
        for w in self.workers:
            if w.inflight and not w.overtime and now - w.busy_since > self.limit:
                w.overtime = True
                logger.warning("worker process %s has run one job for more than %g s "
                               "(JOBSIFT_PAGE_TIMEOUT): stopping it", w.proc.pid, self.limit)
                try:
                    os.kill(w.proc.pid, signal.SIGKILL)
                except OSError:  # it has just ended
                    pass

    def close(self) -> None:
        """End the workers: each finishes its job and exits at the end of its pipe."""
        self.closed = True
        if self.watch is not None and self.watch.running:
            self.watch.stop()
        workers, self.workers = self.workers + self.dying, []
        self.dying = []
        for w in workers:
            _unregister(w)
            _close(w)
        # (none are left when a crawl closes: Scrapy waits for its items first)
        self.pending.extendleft(reversed([job for w in workers for job in w.inflight]))
        self._fail_pending(RuntimeError, "the worker pool closed before this job's result came")

    def _fail_if_no_workers(self) -> None:
        """No worker left and none on its way (they kept dying): the waiting jobs fail now."""
        if not self.workers and not self.dying:
            self._fail_pending(WorkerDied, "every worker process ended, and no more are started")

    def _fail_pending(self, error: type, message: str) -> None:
        while self.pending:
            _, d = self.pending.popleft()
            d.errback(error(message))


def _widen(fd: int) -> None:
    """A pipe of 1 MiB instead of 64 KiB (Linux): a worker's next jobs wait in the pipe itself,
    for when the reactor is busy with something else just as the worker finishes a page."""
    try:
        fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, _PIPE_SIZE)
    except (AttributeError, OSError):  # not Linux, or above /proc/sys/fs/pipe-max-size
        pass


def _load(w: _Worker) -> int:
    return len(w.inflight)


def _attach(pool: _Pool, w: _Worker) -> None:
    """Reactor descriptors for w's pipes. (Twisted is imported only here: a worker process
    imports this module for its jobs and needs no reactor, which would cost it some 30 MB.)"""
    from twisted.internet import reactor

    if not pool.hooked:
        pool.hooked = True
        reactor.addSystemEventTrigger("before", "shutdown", pool.__setattr__, "stopping", True)
        if pool.limit > 0:
            from twisted.internet.task import LoopingCall

            pool.watch = LoopingCall(pool._enforce_limit)
            pool.watch.clock = reactor
            pool.watch.start(min(1.0, pool.limit / 4), now=False)
    writer, reader = _descriptors()
    w.writer = writer(reactor, w.jobs.fileno())
    w.reader = reader(reactor, w.results.fileno(), pool, w)
    reactor.addReader(w.reader)


def _unregister(w: _Worker) -> None:
    if w.reader is not None:
        from twisted.internet import reactor

        reactor.removeReader(w.reader)
        reactor.removeWriter(w.writer)
        w.reader = w.writer = None


def _close(w: _Worker) -> None:
    for conn in (w.jobs, w.results):
        try:
            conn.close()  # a worker reads the end of its job pipe and exits
        except OSError:
            pass


@functools.lru_cache(maxsize=None)
def _descriptors() -> tuple[type, type]:
    from twisted.internet import fdesc
    from twisted.internet.abstract import FileDescriptor

    class JobWriter(FileDescriptor):
        """Writes framed jobs to a worker's pipe without blocking the reactor (Twisted keeps what
        the pipe cannot take yet)."""

        def __init__(self, reactor, fd: int) -> None:
            super().__init__(reactor)
            self.fd = fd
            self.connected = 1
            fdesc.setNonBlocking(fd)

        def fileno(self) -> int:
            return self.fd

        def writeSomeData(self, data) -> int:
            try:
                return os.write(self.fd, data)
            except BlockingIOError:
                return 0
            except OSError as exc:  # the worker is gone: its reader reports it
                return exc

        def connectionLost(self, reason) -> None:
            pass

    class ResultReader(FileDescriptor):
        """Reads a worker's framed results as they arrive."""

        def __init__(self, reactor, fd: int, pool: _Pool, worker: _Worker) -> None:
            super().__init__(reactor)
            self.fd, self.pool, self.worker = fd, pool, worker
            self.buf = bytearray()
            self.connected = 1
            fdesc.setNonBlocking(fd)

        def fileno(self) -> int:
            return self.fd

        def doRead(self):
            try:
                data = os.read(self.fd, 1 << 20)
            except BlockingIOError:
                return None
            except OSError:
                data = b""
            if not data:
                self.pool._lost(self.worker)
                return None
            buf = self.buf
            buf += data
            while len(buf) >= 4:
                (n,) = _HEADER.unpack_from(buf)
                start = 4
                if n == -1:  # multiprocessing's framing for 2 GiB and more
                    if len(buf) < 12:
                        break
                    (n,) = struct.unpack_from("!Q", buf, 4)
                    start = 12
                if len(buf) < start + n:
                    break
                frame = bytes(buf[start:start + n])
                del buf[:start + n]
                self.pool._result(self.worker, frame)
                if self.worker.reader is not self:  # the pool closed in a callback
                    break
            return None

        def connectionLost(self, reason) -> None:
            if self.pool.stopping:
                # the reactor drops every descriptor as it stops: the worker is alive, and
                # ends when the pool closes its pipes (the crawl closes the pool afterwards)
                self.worker.reader = self.worker.writer = None
                return
            # the reactor saw the pipe's end (the worker exited) before any data to read
            self.pool._lost(self.worker)

    return JobWriter, ResultReader


def _worker_main(jobs, results, close: list, nice: int, parent: int) -> None:
    """A worker: jobs in, results out, in order, until the job pipe ends."""
    for conn in close:  # (Connection objects: closed, they do not close the number again)
        conn.close()
    # Ctrl-C in a terminal reaches every process of the crawl: the crawl process shuts down
    # gently and still needs its workers for the pages in flight
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _warm_up(nice, parent)
    while True:
        try:
            frame = jobs.recv_bytes()
        except (EOFError, OSError):
            return
        try:
            fn, args, kwargs = pickle.loads(frame)
            out = (True, fn(*args, **kwargs))
        except Exception as exc:  # noqa: BLE001 - sent back to the caller's Deferred
            out = (False, exc)
        try:
            data = pickle.dumps(out, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as exc:  # noqa: BLE001 - an exception or result that does not pickle
            data = pickle.dumps((False, RuntimeError(
                f"a worker's result could not be sent: {type(exc).__name__}: {exc}; the job "
                f"{'raised ' + repr(out[1]) if not out[0] else 'returned ' + type(out[1]).__name__}")))
        try:
            results.send_bytes(data)
        except OSError:  # the crawl process is gone
            return


def _warm_up(nice: int = 0, parent: Optional[int] = None) -> None:
    """A worker's start: watch for the end of its ``parent`` (the crawl process), lower its CPU
    priority by ``nice`` (see ``acquire``), import the extraction modules (the crawl process does
    not), load the skill taxonomy and compile the parsers once, not on the first page."""
    if parent is not None:
        threading.Thread(target=_exit_with, args=(parent,), daemon=True,
                         name="jobsift-parent-watch").start()
    if nice > 0 and hasattr(os, "nice"):
        try:
            os.nice(nice)
        except OSError:  # not allowed here: the worker runs at the crawl's priority
            pass
    for name in ("clean", "extract", "postings"):
        importlib.import_module(f"{__package__}.{name}")
    from .skills import load_taxonomy

    load_taxonomy()
    # What a worker holds now (modules, the taxonomy, a forked worker's copy of the crawl
    # process) lives as long as the worker: frozen, the garbage collector stops walking it on
    # every full collection (in a 2,000-page crawl: 0.04-0.07 s of GC per worker, was 0.07-0.13)
    gc.collect()
    gc.freeze()
    gc.enable()  # off in a worker forked while `jobsift crawl` starts (see crawler.cli.run_crawl)


def _exit_with(parent: int, every: float = 0.5) -> None:
    """End this worker when its parent process is gone, even in the middle of a long job. (A
    worker waiting for a job also sees its job pipe end when the crawl process is killed
    outright: SIGKILL, the OOM killer, a cron timeout. This is the safety net; on Unix an orphan
    gets a new parent.)"""
    while True:
        time.sleep(every)
        if os.getppid() != parent:
            os._exit(1)


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
    from .clean import clean
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
    from .clean import block_words
    from .extract import extract
    postings = None
    source: Union[bytes, HtmlElement] = body
    if jobposting:
        from .postings import parse_for_postings
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
    from .extract import extract
    return extract(content, fetched_at=fetched_at)


def clean_extract_job(body: bytes, url: str, content_type: Optional[str], options: dict,
                      fetched_at: Optional[datetime]) -> Facts:
    """Clean and extract, for a page sent back slim whose extraction turned out to be needed."""
    from .extract import extract
    return extract(clean_job(body, url, content_type, options, fetched_at), fetched_at=fetched_at)
