"""Benchmarks: `python -m scdesk.bench.NAME`; each prints its timings beside a raw baseline
measured in the same run, so a slow or busy machine shows as a ratio, not a false alarm."""
