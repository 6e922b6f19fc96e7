"""A progress line on stderr for long crawls: pages fetched, documents stored, drops, errors, rate.

On a terminal the line is redrawn in place; otherwise (cron, CI logs) one line is printed every
``JOBSIFT_PROGRESS_INTERVAL`` seconds. ``0`` switches it off (``jobsift crawl --quiet`` does that).
"""
from __future__ import annotations

import sys
import time

from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet import task


class Progress:
    def __init__(self, stats, interval: float, stream=None):
        self.stats = stats
        self.interval = interval
        self.stream = stream or sys.stderr
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.task = None
        self.started = None
        self.name = ""

    @classmethod
    def from_crawler(cls, crawler):
        interval = crawler.settings.getfloat("JOBSIFT_PROGRESS_INTERVAL", 10)
        if interval <= 0:
            raise NotConfigured("JOBSIFT_PROGRESS_INTERVAL is 0")
        ext = cls(crawler.stats, interval)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def line(self) -> str:
        g = self.stats.get_value
        pages = g("response_received_count", 0)
        elapsed = max(time.monotonic() - (self.started or time.monotonic()), 1e-6)
        stored = g("jobsift/stored/new", 0) + g("jobsift/stored/updated", 0) + g("jobsift/stored/unchanged", 0)
        dropped = sum(v for k, v in self.stats.get_stats().items() if k.startswith("jobsift/dropped/"))
        errors = g("jobsift/errors", 0)
        return (f"[{self.name}] pages {pages} | stored {stored} | dropped {dropped} | "
                f"errors {errors} | {pages / elapsed:.1f} pages/s")

    def show(self, final: bool = False) -> None:
        text = self.line()
        if self.tty:
            self.stream.write("\r\x1b[K" + text + ("\n" if final else ""))
        else:
            self.stream.write(text + "\n")
        self.stream.flush()

    def spider_opened(self, spider):
        self.name = getattr(spider, "source", spider.name)
        self.started = time.monotonic()
        self.task = task.LoopingCall(self.show)
        self.task.start(self.interval, now=False)

    def spider_closed(self, spider, reason):
        if self.task and self.task.running:
            self.task.stop()
        if self.tty:
            self.show(final=True)
