"""The benchmark site's HTTP server: a threaded ``http.server`` in its own process.

One listener per site, each on 127.0.0.1 port 0, all in one child process
(``python -m benchmarks.server ROOT SITE...``), which shares nothing with the benchmark process but
the files. A request path is looked up first in ``ROOT/sites/<site>/`` (robots.txt, sitemap.xml, listing pages), then in the
shared ``ROOT/pages/``; ``/a/b/`` is served from ``a/b/index.html``. ``{{BASE_URL}}`` in a served
file becomes that listener's ``http://127.0.0.1:PORT``. HTTP/1.1 with keep-alive and a listen
backlog of 512, so 32 concurrent crawler connections are never refused or delayed.
"""
from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Optional

from crawler.demo import relative_file

_TYPES = {".html": "text/html; charset=utf-8", ".xml": "application/xml; charset=utf-8",
          ".txt": "text/plain; charset=utf-8"}


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 512
    allow_reuse_address = True


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "jobsift-bench/1"
    disable_nagle_algorithm = True
    folders: tuple[str, ...] = ()
    base: bytes = b""

    def log_message(self, fmt, *args):  # silent
        pass

    def _resolve(self) -> Optional[str]:
        rel = relative_file(self.path)
        if rel is None:
            return None
        for folder in self.folders:
            full = os.path.join(folder, *rel.split("/"))
            if os.path.isfile(full):
                return full
        return None

    def do_GET(self):
        self._serve(True)

    def do_HEAD(self):
        self._serve(False)

    def _serve(self, body: bool) -> None:
        full = self._resolve()
        if full is None:
            data, status, ctype = b"<html><body><h1>Not found</h1></body></html>", 404, _TYPES[".html"]
        else:
            with open(full, "rb") as fh:
                data = fh.read()
            data = data.replace(b"{{BASE_URL}}", self.base)
            status = 200
            ctype = _TYPES.get(os.path.splitext(full)[1], "application/octet-stream")
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if body:
            self.wfile.write(data)


def serve(root: str, sites: list[str]) -> dict[str, str]:
    """Start one listener per site (in threads of this process); returns {site: url}."""
    urls = {}
    for site in sites:
        handler = type("Handler", (_Handler,), {
            "folders": (os.path.join(root, "sites", site), os.path.join(root, "pages"))})
        httpd = _Server(("127.0.0.1", 0), handler)
        port = httpd.server_address[1]
        handler.base = f"http://127.0.0.1:{port}".encode()
        threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.2},
                         daemon=True).start()
        urls[site] = f"http://127.0.0.1:{port}/"
    return urls


def main(argv: list[str]) -> int:
    """``python -m benchmarks.server ROOT SITE...``: prints {site: url} as one JSON line, serves
    until stdin is closed (the parent exits or calls stop())."""
    if len(argv) < 2:
        print("usage: python -m benchmarks.server ROOT SITE...", file=sys.stderr)
        return 2
    urls = serve(argv[0], argv[1:])
    print(json.dumps(urls), flush=True)
    try:
        sys.stdin.read()
    except KeyboardInterrupt:
        pass
    return 0


class SiteServer:
    """``with SiteServer(root, ["small", "large"]) as srv: srv.urls["small"]`` — the server runs
    in a separate Python process (``python -m benchmarks.server``)."""

    def __init__(self, root: str, sites: list[str], timeout: float = 30.0):
        repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        env = dict(os.environ)
        env["PYTHONPATH"] = repo + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.server", root, *sites], cwd=repo, env=env,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        ready, _, _ = select.select([self.process.stdout], [], [], timeout)
        line = self.process.stdout.readline() if ready else b""
        if not line:
            self.stop()
            raise RuntimeError(f"the benchmark server did not start within {timeout:.0f} s")
        self.urls: dict[str, str] = json.loads(line)

    @property
    def pid(self) -> int:
        return self.process.pid

    def stop(self) -> None:
        if self.process.poll() is None:
            try:
                self.process.stdin.close()
            except OSError:
                pass
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        for f in (self.process.stdin, self.process.stdout):
            try:
                f.close()
            except OSError:
                pass

    def __enter__(self) -> "SiteServer":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
