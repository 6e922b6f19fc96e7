"""One crawl at a time per database: an exclusive ``flock`` on ``<db>.lock``.

The lock is held for the whole run and released by the kernel when the process ends, however it
ends (SIGKILL included), so a stale lock never blocks the next scheduled run.
"""
from __future__ import annotations

import errno
import fcntl
import os
from typing import Optional


class LockedError(Exception):
    """Another process holds the database's crawl lock."""


class RunLock:
    def __init__(self, db_path: str):
        self.path = os.path.abspath(db_path) + ".lock"
        self.fd: Optional[int] = None

    def acquire(self) -> "RunLock":
        os.makedirs(os.path.dirname(self.path), exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            holder = ""
            try:
                holder = os.pread(fd, 64, 0).decode("ascii", "ignore").strip()
            except OSError:
                pass
            os.close(fd)
            if exc.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                who = f" (pid {holder})" if holder else ""
                raise LockedError(f"another jobsift crawl{who} is using {self.path[:-5]}; "
                                  "this run exits without crawling. Wait for it, or use another --db")
            raise
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        self.fd = fd
        return self

    def release(self) -> None:
        if self.fd is not None:
            try:
                os.ftruncate(self.fd, 0)
                fcntl.flock(self.fd, fcntl.LOCK_UN)
            finally:
                os.close(self.fd)
                self.fd = None

    def __enter__(self) -> "RunLock":
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()
