"""A progress line on stderr for long crawls: pages fetched, documents stored, drops, errors, rate.

All crawlers of one ``jobsift crawl`` share one line (sources running in parallel are summed). On a
terminal the line is redrawn in place; otherwise (cron, CI logs) one line is printed every
``JOBSIFT_PROGRESS_INTERVAL`` seconds. ``0`` switches it off (``jobsift crawl --quiet`` does that).
"""
from __future__ import annotations

import sys
import time

from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet import task


class _Display:
    """The one line shared by every crawler in this process."""

    def __init__(self, interval: float, stream=None):
        self.interval = interval
        self.stream = stream or sys.stderr
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.crawlers: dict[str, object] = {}  # source name → stats collector
        self.running: set[str] = set()
        self.started = time.monotonic()
        self.loop = None

    def line(self) -> str:
        pages = stored = dropped = errors = 0
        for stats in self.crawlers.values():
            get = stats.get_value
            pages += get("response_received_count", 0)
            stored += get("jobsift/stored/new", 0) + get("jobsift/stored/updated", 0) \
                + get("jobsift/stored/unchanged", 0)
            dropped += sum(v for k, v in stats.get_stats().items() if k.startswith("jobsift/dropped/"))
            errors += get("jobsift/errors", 0)
        elapsed = max(time.monotonic() - self.started, 1e-6)
        done = len(self.crawlers) - len(self.running)
        return (f"sources {done}/{len(self.crawlers)} done | pages {pages} | stored {stored} | "
                f"dropped {dropped} | errors {errors} | {pages / elapsed:.1f} pages/s")

    def show(self, final: bool = False) -> None:
        text = self.line()
        if self.tty:
            self.stream.write("\r\x1b[K" + text + ("\n" if final else ""))
        else:
            self.stream.write(text + "\n")
        self.stream.flush()

    def opened(self, name: str, stats) -> None:
        self.crawlers[name] = stats
        self.running.add(name)
        if self.loop is None:
            self.started = time.monotonic()
            self.loop = task.LoopingCall(self.show)
            self.loop.start(self.interval, now=False)

    def closed(self, name: str) -> None:
        self.running.discard(name)
        if not self.running and self.loop is not None:
            if self.loop.running:
                self.loop.stop()
            self.loop = None
            if self.tty:
                self.show(final=True)


_display: "_Display | None" = None


class Progress:
    def __init__(self, crawler, interval: float):
        global _display
        if _display is None or _display.interval != interval:
            _display = _Display(interval)
        self.display = _display
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        interval = crawler.settings.getfloat("JOBSIFT_PROGRESS_INTERVAL", 10)
        if interval <= 0:
            raise NotConfigured("JOBSIFT_PROGRESS_INTERVAL is 0")
        ext = cls(crawler, interval)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def _name(self, spider) -> str:
        return str(getattr(spider, "source", None) or spider.name)

    def spider_opened(self, spider):
        self.display.opened(self._name(spider), self.crawler.stats)

    def spider_closed(self, spider, reason):
        self.display.closed(self._name(spider))
