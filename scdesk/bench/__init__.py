"""Benchmarks: run with python -m scdesk.bench.NAME; never part of the test run."""
