"""Benchmarks: `make bench` runs them against the sandbox Bot API server and writes RESULTS.md."""
