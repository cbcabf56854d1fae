"""Benchmarks of the use cases, out of the product's code: ``run_bench`` gives every figure with
its raw-SQL baseline (``python main.py bench``).

Modules: ``run``, ``labels``, ``moves`` (concurrent movers on PostgreSQL), ``workstations``
(20 desks scanning and moving at once on PostgreSQL), ``reports``, ``intake``.
"""

from evidence_app.bench.run import (
    FULL,
    QUICK,
    BenchSize,
    bench_actor,
    percentile,
    require_demo,
    run_bench,
    sample_codes,
)

__all__ = [
    "FULL",
    "QUICK",
    "BenchSize",
    "bench_actor",
    "percentile",
    "require_demo",
    "run_bench",
    "sample_codes",
]
