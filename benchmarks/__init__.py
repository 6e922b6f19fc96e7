"""jobsift benchmarks: ``python -m benchmarks.run [--quick]`` (see benchmarks/README.md).

Not part of ``make test``; nothing here is imported by the crawler.
"""
