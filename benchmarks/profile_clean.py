"""Profile clean + extract with pyinstrument over the benchmark pages (optional; not part of run).

    .venv/bin/pip install pyinstrument
    python -m benchmarks.profile_clean [--pages 200] [--reps 3] [--top 25] [--html out.html]

Pages are generated in memory exactly as ``benchmarks.run`` does (``--pages`` of the site, the
same number from every body template: see ``SiteGenerator.sample``); no server is needed. Prints
the hottest functions by self time and by total time (as % of the profiled time), and optionally writes
pyinstrument's HTML call tree.
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict


def _walk(frame, stack_ids: set, self_t: dict, total_t: dict) -> None:
    if frame.is_synthetic:
        return
    key = (frame.function, frame.file_path_short or "", frame.line_no)
    self_t[key] += frame.total_self_time
    if key not in stack_ids:  # count a recursive function's time once per call path
        total_t[key] += frame.time
        stack_ids = stack_ids | {key}
    for child in frame.children:
        _walk(child, stack_ids, self_t, total_t)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.profile_clean")
    p.add_argument("--pages", type=int, default=200)
    p.add_argument("--site-pages", type=int, default=2000,
                   help="size of the site the pages are taken from (default 2000, as the default run)")
    p.add_argument("--reps", type=int, default=3)
    p.add_argument("--top", type=int, default=25)
    p.add_argument("--interval", type=float, default=0.0005, help="sampling interval, seconds")
    p.add_argument("--html", help="also write pyinstrument's HTML report here")
    args = p.parse_args(argv)
    try:
        from pyinstrument import Profiler
    except ImportError:
        print("pyinstrument is not installed: .venv/bin/pip install pyinstrument", file=sys.stderr)
        return 2

    from benchmarks.micro import ours_call
    from benchmarks.sitegen import SiteGenerator

    gen = SiteGenerator(link_space=args.site_pages)
    base = "http://127.0.0.1:8080"
    pages = []
    for i in gen.sample(args.site_pages, args.pages):
        path, body = gen.page(i)
        pages.append((base + path, body.replace(b"{{BASE_URL}}", base.encode())))
    run = ours_call()
    for url, body in pages[:20]:  # warm-up (imports, regex compilation)
        run(body, url)
    profiler = Profiler(interval=args.interval)
    profiler.start()
    for _ in range(args.reps):
        for url, body in pages:
            run(body, url)
    profiler.stop()
    session = profiler.last_session
    root = session.root_frame()
    total = root.time if root is not None else 0.0
    self_t: dict = defaultdict(float)
    total_t: dict = defaultdict(float)
    if root is not None:
        _walk(root, set(), self_t, total_t)
    n = len(pages) * args.reps
    print(f"profiled {n} clean+extract calls ({len(pages)} pages × {args.reps}): {total:.2f} s, "
          f"{total / n * 1000:.2f} ms/page (with profiler overhead)")
    for title, table in (("self time", self_t), ("total time (incl. callees)", total_t)):
        print(f"\ntop {args.top} by {title}:")
        print(f"{'%':>6} {'s':>7}  function  (file:line)")
        for (fn, path, line), t in sorted(table.items(), key=lambda kv: -kv[1])[:args.top]:
            print(f"{100 * t / total:6.1f} {t:7.2f}  {fn}  ({path}:{line})")
    if args.html:
        with open(args.html, "w", encoding="utf-8") as fh:
            fh.write(profiler.output_html())
        print(f"\nHTML call tree: {args.html}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
