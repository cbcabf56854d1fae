"""Benchmarks on a real database, each figure printed beside a baseline measured in the same run."""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from sqlalchemy import func, select, text

from db.models import Item, User, UserRole
from evidence_app.bench.intake import LINES as INTAKE_LINES
from evidence_app.bench.intake import bench_intake
from evidence_app.bench.labels import bench_labels
from evidence_app.bench.moves import BENCH_SECONDS as MOVE_SECONDS
from evidence_app.bench.moves import bench_moves
from evidence_app.bench.reports import (
    bench_reconcile,
    bench_reconcile_db,
    bench_reports,
)
from evidence_app.bench.workstations import SECONDS as DESK_SECONDS
from evidence_app.bench.workstations import bench_workstations
from evidence_app.domain.enums import Role
from evidence_app.domain.errors import ValidationError
from evidence_app.domain.text import fold
from evidence_app.services.core.auth import SYSTEM, Actor
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.demo import is_demo
from evidence_app.services.facade import Services

#: What keepers and officers type: words of names, owners, plates, case words, code parts.
SEARCH_QUERIES = (
    "xe may",
    "XE MÁY honda",
    "dien thoai samsung",
    "điện thoại iphone",
    "nhẫn vàng",
    "vang mieng",
    "ma tuy da",
    "heroin",
    "dao tu che",
    "may tinh xach tay",
    "tien mat",
    "ngoai te usd",
    "nguyen van hung",
    "tran thi mai",
    "le van",
    "pham",
    "trom cap",
    "lua dao chiem doat",
    "29a",
    "imei 35",
    "NP-2025",
    "vc 2026",
    "sung hoi",
    "ho chieu",
    "bình gốm",
    "thit lon",
    "đánh bạc",
    "cuong",
    "hoang thi lan",
    "xe dap dien do",
    # half-typed last words, as the search box sees them keystroke by keystroke
    "dien thoai sams",
    "nguyen van h",
    "xe may hon",
    "tran thi m",
    "ma tu",
    "lua da",
)


@dataclass(frozen=True)
class BenchSize:
    """How much work each figure measures: ``FULL`` for real benchmarks (the sizes the
    figures are named after), ``QUICK`` (``bench --quick``) for the tests, which check that
    every figure is produced, not how fast."""

    labels_pdf: int = 1000
    labels_zpl: int = 10_000
    intake_lines: int = INTAKE_LINES
    move_seconds: float = MOVE_SECONDS
    quick: bool = False


FULL = BenchSize()
QUICK = BenchSize(labels_pdf=100, labels_zpl=1000, intake_lines=20, move_seconds=1.0, quick=True)


def percentile(samples: Sequence[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def timed_each(call: Callable[[str], Any], arguments: Sequence[str]) -> list[float]:
    """Wall-clock milliseconds of ``call(argument)`` for each argument."""
    result = []
    for argument in arguments:
        started = time.perf_counter()
        call(argument)
        result.append((time.perf_counter() - started) * 1000)
    return result


def _figures(prefix: str, samples: list[float], baseline: list[float]) -> dict[str, float]:
    return {
        f"{prefix}_p50_ms": round(statistics.median(samples), 3),
        f"{prefix}_p95_ms": round(percentile(samples, 0.95), 3),
        f"{prefix}_baseline_p50_ms": round(statistics.median(baseline), 3),
        f"{prefix}_baseline_p95_ms": round(percentile(baseline, 0.95), 3),
    }


def bench_actor(services: Services) -> Actor:
    """A real keeper, so each call pays for its permission check as in the application."""
    with unit_of_work(services.db, read_only=True) as session:
        row = session.execute(
            select(User.id, User.username, User.full_name)
            .join(UserRole)
            .where(UserRole.role == Role.KEEPER, User.active.is_(True))
            .limit(1)
        ).first()
    if row is None:
        return SYSTEM
    return Actor(row.id, row.username, row.full_name, frozenset({Role.KEEPER}))


def sample_codes(services: Services, count: int) -> list[str]:
    with unit_of_work(services.db, read_only=True) as session:
        top = session.scalar(select(func.max(Item.id))) or 0
        rng = random.Random(7)
        ids = [rng.randint(1, top) for _ in range(count)] if top else []
        return list(session.scalars(select(Item.code).where(Item.id.in_(ids))))


def require_demo(services: Services) -> None:
    """Refuse any database the demo command did not make: the benchmark writes a 200-item
    handover with its case and numbered documents, and on PostgreSQL thousands of moves."""
    if not is_demo(services.db):
        raise ValidationError("bench.not_demo", url=services.db.display_url)


def run_bench(
    services: Services,
    samples: int = 2000,
    desk_seconds: float = DESK_SECONDS,
    size: BenchSize = FULL,
) -> dict[str, Any]:
    """Lookup by code and search, at service level, beside raw-SQL baselines (a demo
    database only: ``require_demo``)."""
    require_demo(services)
    actor = bench_actor(services)
    codes = sample_codes(services, samples)
    figures: dict[str, Any] = {"database": services.db.dialect, "quick": size.quick}
    with unit_of_work(services.db, read_only=True) as session:
        figures["items"] = session.scalar(select(func.count(Item.id)))
    figures.update(bench_labels(services, size.labels_pdf, size.labels_zpl))
    figures.update(bench_reconcile())
    figures.update(bench_reconcile_db(services))
    figures.update(bench_reports(services, actor))
    if not codes:
        return figures
    raw = services.db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        mark = "?" if services.db.dialect == "sqlite" else "%s"
        lookup_sql = f"SELECT * FROM item WHERE code = {mark}"

        def baseline_lookup(code: str) -> None:
            cursor.execute(lookup_sql, (code,))
            cursor.fetchall()

        for code in codes[:200]:  # warm the caches for both sides alike
            services.items.by_code(actor, code)
        lookup = timed_each(partial(services.items.by_code, actor), codes)
        lookup_base = timed_each(baseline_lookup, codes)
        figures.update(_figures("lookup", lookup, lookup_base))

        like_sql = f"SELECT id FROM item WHERE search_text LIKE {mark} LIMIT 100"

        def baseline_search(query: str) -> None:
            cursor.execute(like_sql, (f"%{fold(query)}%",))
            cursor.fetchall()

        rounds = max(1, samples // (len(SEARCH_QUERIES) * 10))
        queries = [q for _ in range(rounds) for q in SEARCH_QUERIES]
        for query in SEARCH_QUERIES:
            services.search.search(actor, query)
        search = timed_each(partial(services.search.search, actor), queries)
        search_base = timed_each(baseline_search, queries)
        figures.update(_figures("search", search, search_base))
        cursor.close()
    finally:
        raw.close()
    with services.db.engine.connect() as conn:
        figures["events"] = conn.execute(text("SELECT COUNT(*) FROM custody_event")).scalar()
    # writes one 200-item handover (20 if quick), measured
    figures.update(bench_intake(services, actor, size.intake_lines))
    if services.db.dialect == "postgresql":  # 8 processes moving shared items; writes moves
        figures.update(bench_moves(services.db, actor, size.move_seconds))
        figures.update(bench_workstations(services.db, codes, desk_seconds))  # 20 desks
    return figures
