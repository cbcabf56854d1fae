"""Desktop benchmarks, run in their own process: ``python -m ui.bench.run --db URL`` (scan → panel,
catalogue, cold start timed on ``python -m ui.bench.start``).
"""
