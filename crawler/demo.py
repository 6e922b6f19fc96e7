"""The bundled demo site, served on 127.0.0.1 (port 0 = any free port), one server per site.

Used by ``jobsift demo`` and by the end-to-end tests. Files come from ``crawler/demo_site/<site>/``:
``/a/b/`` → ``a/b/index.html``; ``{{BASE_URL}}`` in a served file becomes the server's own
``http://127.0.0.1:PORT``; ``manifest.json`` and files starting with ``_`` are not served.
"""
from __future__ import annotations

import hashlib
import json
import mimetypes
import os
import posixpath
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from email.utils import formatdate, parsedate_to_datetime
from typing import Optional
from urllib.parse import unquote, urlsplit

SITE_ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "demo_site")


def site_names() -> list[str]:
    return sorted(d for d in os.listdir(SITE_ROOT)
                  if os.path.isfile(os.path.join(SITE_ROOT, d, "manifest.json")))


def manifest(site: str) -> dict:
    with open(os.path.join(SITE_ROOT, site, "manifest.json"), encoding="utf-8") as fh:
        return json.load(fh)


def relative_file(request_path: str) -> Optional[str]:
    """The file a URL path names, relative to a site folder: ``/a/b/`` → ``a/b/index.html``;
    None for a path that climbs out of the folder (``..``)."""
    path = unquote(urlsplit(request_path).path)
    norm = posixpath.normpath(path)
    if ".." in norm.split("/"):
        return None
    rel = norm.lstrip("/")
    if path.endswith("/") or rel in ("", "."):
        rel = posixpath.join(rel, "index.html") if rel not in ("", ".") else "index.html"
    return rel


class _Handler(BaseHTTPRequestHandler):
    server_version = "jobsift-demo/1"
    root: str = ""
    log_requests = False

    def log_message(self, fmt, *args):  # quiet unless asked
        if self.log_requests:
            super().log_message(fmt, *args)

    def _resolve(self) -> Optional[str]:
        rel = relative_file(self.path)
        if rel is None:
            return None
        name = posixpath.basename(rel)
        if name == "manifest.json" or name.startswith("_") or name.startswith("."):
            return None
        full = os.path.join(self.root, *rel.split("/"))
        if os.path.isdir(full):
            full = os.path.join(full, "index.html")
        return full if os.path.isfile(full) else None

    def do_GET(self):
        self._serve(body=True)

    def do_HEAD(self):
        self._serve(body=False)

    def _serve(self, body: bool):
        with self.server.lock:
            self.server.inflight += 1
            self.server.max_inflight = max(self.server.max_inflight, self.server.inflight)
        try:
            self._serve_inner(body)
        finally:
            with self.server.lock:
                self.server.inflight -= 1

    def _serve_inner(self, body: bool):
        self.server.requested.append(self.path)
        self.server.request_log.append((time.monotonic(), self.path, dict(self.headers)))
        if self.server.delay:
            time.sleep(self.server.delay)
        if self.server.hook is not None:
            answer = self.server.hook(self.path, self.headers)
            if answer is not None:
                status, headers, data = answer
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                if body:
                    self.wfile.write(data)
                return
        full = self._resolve()
        if full is None:
            data = b"<html><body><h1>Not found</h1></body></html>"
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if body:
                self.wfile.write(data)
            return
        with open(full, "rb") as fh:
            data = fh.read()
        mtime = os.path.getmtime(full)
        host = self.server.server_address
        data = data.replace(b"{{BASE_URL}}", f"http://{host[0]}:{host[1]}".encode())
        ctype = mimetypes.guess_type(full)[0] or "application/octet-stream"
        if ctype.startswith("text/") or ctype in ("application/xml", "application/json"):
            ctype += "; charset=utf-8"
        # Validators, as a real server sends them, so re-crawls can ask "changed since?"
        etag = '"%s"' % hashlib.sha1(data).hexdigest()[:16]
        last_modified = formatdate(mtime, usegmt=True)
        inm = self.headers.get("If-None-Match")
        ims = self.headers.get("If-Modified-Since")
        not_modified = False
        if inm is not None:
            not_modified = etag in [t.strip() for t in inm.split(",")]
        elif ims is not None:
            try:
                not_modified = int(mtime) <= parsedate_to_datetime(ims).timestamp()
            except (TypeError, ValueError):
                not_modified = False
        if not_modified:
            self.server.not_modified.append(self.path)
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", last_modified)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", last_modified)
        self.end_headers()
        if body:
            self.wfile.write(data)


class DemoServer:
    """Serve one demo site in a background thread: ``with DemoServer("pathwise") as s: s.url``."""

    def __init__(self, site: str, host: str = "127.0.0.1", port: int = 0, root: Optional[str] = None,
                 delay: float = 0.0, hook=None):
        """``delay``: seconds to wait before answering each request (tests of slow sites);
        ``hook(path, headers)``: may return (status, headers, body) to answer a request itself."""
        folder = root or os.path.join(SITE_ROOT, site)
        if not os.path.isdir(folder):
            raise ValueError(f"no demo site {site!r} in {SITE_ROOT}")
        handler = type("Handler", (_Handler,), {"root": folder})
        self.site = site
        self.httpd = ThreadingHTTPServer((host, port), handler)
        self.httpd.daemon_threads = True
        self.httpd.requested = []  # every path asked for, in order (tests check robots rules)
        self.httpd.not_modified = []  # paths answered 304 Not Modified
        self.httpd.request_log = []  # (monotonic time, path, request headers)
        self.httpd.delay = delay
        self.httpd.lock = threading.Lock()
        self.httpd.inflight = 0
        self.httpd.max_inflight = 0  # most requests being answered at once
        self.httpd.hook = hook
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def requested(self) -> list[str]:
        return self.httpd.requested

    @property
    def request_log(self) -> list:
        return self.httpd.request_log

    @property
    def not_modified(self) -> list[str]:
        return self.httpd.not_modified

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}/"

    def start(self) -> "DemoServer":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> "DemoServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def serve_all(host: str = "127.0.0.1") -> list[DemoServer]:
    return [DemoServer(name, host=host).start() for name in site_names()]


if __name__ == "__main__":  # python -m crawler.demo: serve the sites until Ctrl-C
    servers = serve_all()
    for s in servers:
        print(f"{s.site}: {s.url}")
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
