"""Log dropped items briefly: a drop is a decision (not an article, unchanged, duplicate), counted in
the stats and the run record, not a warning — and an item's raw page must never reach the log."""
from __future__ import annotations

import logging

from scrapy import logformatter


class JobsiftLogFormatter(logformatter.LogFormatter):
    def dropped(self, item, exception, response, spider=None):
        url = getattr(item, "url", None) or "?"
        return {
            "level": logging.DEBUG,
            "msg": "Dropped %(url)s: %(exception)s",
            "args": {"url": url, "exception": exception},
        }

    def scraped(self, item, response, spider=None):
        return {
            "level": logging.DEBUG,
            "msg": "Stored %(url)s",
            "args": {"url": getattr(item, "url", None) or "?"},
        }
