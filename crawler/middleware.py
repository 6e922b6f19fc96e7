"""Downloader middleware that adds the user's contact to the User-Agent."""
from __future__ import annotations

import logging

logger = logging.getLogger(__name__)

CONTACT_HINT = ("jobsift: no contact in the User-Agent; site owners can reach you if you add one: "
                "export JOBSIFT_CONTACT=you@example.com (or -s JOBSIFT_CONTACT=...)")


def user_agent(base: str, contact: str) -> str:
    contact = (contact or "").strip()
    if not contact:
        return base
    return f"{base[:-1]}; {contact})" if base.endswith(")") else f"{base} ({contact})"


class ContactUserAgentMiddleware:
    """Sets ``User-Agent`` to ``USER_AGENT`` plus ``JOBSIFT_CONTACT`` on every request."""

    def __init__(self, ua: str):
        self.ua = ua

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        contact = settings.get("JOBSIFT_CONTACT", "")
        if not contact:
            logger.info(CONTACT_HINT)
        return cls(user_agent(settings.get("USER_AGENT"), contact))

    def process_request(self, request, spider=None):
        request.headers[b"User-Agent"] = self.ua
        return None
