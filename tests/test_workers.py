"""The worker pool (pipelines/workers.py): real worker processes fed by a real Twisted reactor.

Each test runs a small script in a fresh interpreter (a reactor cannot be started twice in one
process, and a process without threads forks its workers, as ``jobsift crawl`` does). The script
prints one JSON line of what it saw.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

PRELUDE = """
import faulthandler, json, multiprocessing, os, signal, sys, time
faulthandler.dump_traceback_later(20, exit=True)
sys.path.insert(0, REPO)
from twisted.internet import defer, reactor
from pipelines import workers

def square(x):
    return x * x

def slow_square(x):
    time.sleep(0.01)
    return x * x

def fail(message):
    raise ValueError(message)

def die(code):
    os._exit(code)

def unpicklable():
    return lambda: None

def pid():
    return os.getpid()

out = {}

def finish(_=None):
    reactor.stop()

def report(f):
    out["unexpected"] = f.getTraceback()
"""

EPILOGUE = """
reactor.callWhenRunning(lambda: defer.ensureDeferred(main()).addErrback(report).addBoth(finish))
reactor.run()
if globals().get("RELEASE_AFTER_STOP"):
    workers.release()
for child in multiprocessing.active_children():
    child.join(5)
out["left"] = len(multiprocessing.active_children())
print(json.dumps(out))
"""


def run_script(body: str, timeout: float = 60) -> dict:
    out = _last_json_line(f"REPO = {REPO!r}\n" + PRELUDE + textwrap.dedent(body) + EPILOGUE,
                          timeout)
    assert "unexpected" not in out, out["unexpected"]
    return out


def _last_json_line(script: str, timeout: float) -> dict:
    """Run ``script`` in a fresh interpreter; the JSON line it printed last."""
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=timeout, cwd=REPO)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_results_come_back_in_order_and_workers_exit_when_the_pool_closes():
    out = run_script("""
        async def main():
            assert workers.acquire(2)
            out["squares"] = await defer.gatherResults([workers.run(slow_square, i) for i in range(60)])
            out["pids"] = sorted(set(await defer.gatherResults([workers.run(pid) for _ in range(40)])))
            out["kwargs"] = await workers.run(int, "ff", base=16)
            workers.release()
    """)
    assert out["squares"] == [i * i for i in range(60)]
    assert len(out["pids"]) == 2 and os.getpid() not in out["pids"]
    assert out["kwargs"] == 255
    assert out["left"] == 0  # the end of their job pipes ended them


def test_a_job_error_is_the_callers_and_the_worker_goes_on():
    out = run_script("""
        async def main():
            assert workers.acquire(1)
            try:
                await workers.run(fail, "no <html> here")
            except ValueError as exc:
                out["error"] = str(exc)
            try:
                await workers.run(unpicklable)
            except RuntimeError as exc:
                out["unsendable"] = str(exc)
            out["after"] = await workers.run(square, 7)
            workers.release()
    """)
    assert out["error"] == "no <html> here"
    assert "could not be sent" in out["unsendable"] and "function" in out["unsendable"]
    assert out["after"] == 49


def test_a_dead_worker_fails_only_its_job_and_is_replaced():
    out = run_script("""
        async def main():
            assert workers.acquire(2)
            before = sorted(set(await defer.gatherResults([workers.run(pid) for _ in range(20)])))
            # jobs queue up behind the one that kills its worker: they must all still run
            ds = [workers.run(slow_square, i) for i in range(10)]
            doomed = workers.run(die, 3)
            ds += [workers.run(slow_square, i) for i in range(10, 40)]
            try:
                await doomed
            except workers.WorkerDied as exc:
                out["died"] = str(exc)
            out["squares"] = await defer.gatherResults(ds)
            after = sorted(set(await defer.gatherResults([workers.run(pid) for _ in range(20)])))
            out["replaced"] = len(set(after) - set(before))
            out["workers"] = len(after)
            workers.release()
    """)
    assert "exit code 3" in out["died"]
    assert out["squares"] == [i * i for i in range(40)]
    assert out["workers"] == 2 and out["replaced"] == 1
    assert out["left"] == 0


def test_workers_that_keep_dying_are_given_up_with_a_clear_error():
    out = run_script("""
        async def main():
            assert workers.acquire(1)
            errors = []
            for _ in range(5):  # 3 x 1 replacements, then none
                try:
                    await workers.run(die, 1)
                except workers.WorkerDied as exc:
                    errors.append(str(exc))
            out["errors"] = errors
            workers.release()
    """)
    assert len(out["errors"]) == 5
    assert all("exit code 1" in e for e in out["errors"][:4])
    assert "no more are started" in out["errors"][4]


def test_ctrl_c_reaches_the_workers_but_does_not_stop_them():
    # a terminal's Ctrl-C goes to every process of the crawl; the crawl process shuts down
    # gently and still needs its workers for the pages in flight
    out = run_script("""
        async def main():
            assert workers.acquire(2)
            pids = set(await defer.gatherResults([workers.run(pid) for _ in range(20)]))
            for p in pids:
                os.kill(p, signal.SIGINT)
            time.sleep(0.2)
            out["squares"] = await defer.gatherResults([workers.run(square, i) for i in range(20)])
            out["same"] = set(await defer.gatherResults([workers.run(pid) for _ in range(20)])) == pids
            workers.release()
    """)
    assert out["squares"] == [i * i for i in range(20)]
    assert out["same"] is True


def test_workers_are_spawned_when_threads_run_and_still_replaced():
    # a process that already runs threads cannot fork safely: its workers are spawned (fresh
    # interpreters: jobs are functions they can import by name)
    out = run_script("""
        import threading
        stop = threading.Event()
        threading.Thread(target=stop.wait, daemon=True).start()

        async def main():
            assert workers.acquire(2)
            out["method"] = workers._pool.workers[0].proc._start_method or "default"
            out["powers"] = await defer.gatherResults([workers.run(pow, 2, i) for i in range(20)])
            try:
                await workers.run(int, "twelve")
            except ValueError as exc:
                out["error"] = str(exc)
            try:
                await workers.run(os._exit, 4)
            except workers.WorkerDied as exc:
                out["died"] = str(exc)
            out["after"] = await defer.gatherResults([workers.run(pow, 3, i) for i in range(10)])
            out["pids"] = len(set(await defer.gatherResults([workers.run(os.getpid) for _ in range(20)])))
            workers.release()
            stop.set()
    """)
    assert out["method"] == "spawn"
    assert out["powers"] == [2 ** i for i in range(20)]
    assert "twelve" in out["error"]
    assert "exit code 4" in out["died"]
    assert out["after"] == [3 ** i for i in range(10)]
    assert out["pids"] == 2
    assert out["left"] == 0


def test_the_pool_closes_after_the_reactor_stopped():
    # as `jobsift crawl` does: the reactor stops (and drops every descriptor), then the pool
    # closes; its workers must still see the end of their pipes and exit
    out = run_script("""
        RELEASE_AFTER_STOP = True

        async def main():
            assert workers.acquire(2)
            out["squares"] = await defer.gatherResults([workers.run(square, i) for i in range(30)])
    """)
    assert out["squares"] == [i * i for i in range(30)]
    assert out["left"] == 0


def test_a_job_over_the_time_limit_stops_its_worker_and_only_fails_itself():
    # a page that sends the parsers into a pathological case must not hold its worker, the
    # pages queued behind it, and so the end of the crawl, for ever
    out = run_script("""
        async def main():
            assert workers.acquire(1, limit=0.5)
            t0 = time.monotonic()
            stuck = workers.run(time.sleep, 30)
            queued = [workers.run(square, i) for i in range(5)]
            try:
                await stuck
            except workers.PageTimeout as exc:
                out["error"] = str(exc)
                out["after"] = round(time.monotonic() - t0, 1)
            out["queued"] = await defer.gatherResults(queued)
            out["fast"] = await workers.run(slow_square, 3)  # quick jobs are not stopped
            workers.release()
    """)
    assert "longer than 0.5 s" in out["error"] and "JOBSIFT_PAGE_TIMEOUT" in out["error"]
    assert 0.5 <= out["after"] < 5
    assert out["queued"] == [i * i for i in range(5)]
    assert out["fast"] == 9
    assert out["left"] == 0


def test_the_crawl_process_leaves_the_extraction_code_to_its_workers(tmp_path):
    """A crawl with workers never imports the extraction modules in its own process: the workers
    import them as they start, on the other cores, while the crawl process starts Scrapy. What
    the workers extract is stored as usual."""
    db = str(tmp_path / "crawl.db")
    script = textwrap.dedent(f"""
        import json, sqlite3, sys
        sys.path.insert(0, {REPO!r})
        from crawler.cli import main
        from crawler.demo import DemoServer

        with DemoServer("pathwise") as site:
            rc = main(["crawl", "--db", {db!r}, "--url", site.url, "--quiet",
                       "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False",
                       "-s", "JOBSIFT_WORKERS=2"])
        modules = ["pipelines.clean", "pipelines.extract", "pipelines.salary", "pipelines.skills",
                   "pipelines.roles", "pipelines.dates"]
        conn = sqlite3.connect({db!r})
        print(json.dumps({{"rc": rc, "imported": [m for m in modules if m in sys.modules],
                          "documents": conn.execute("SELECT count(*) FROM documents").fetchone()[0],
                          "skills": conn.execute("SELECT count(*) FROM document_skills").fetchone()[0]}}))
    """)
    out = _last_json_line(script, timeout=120)
    assert out["rc"] == 0
    assert out["imported"] == []
    assert out["documents"] > 0 and out["skills"] > 0
