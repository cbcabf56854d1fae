"""Benchmarks of stocktake reconciliation (10,000 scans) and of every registered report."""

from __future__ import annotations

import random
import time
from typing import Any

from evidence_app.domain.stocktake import reconcile
from evidence_app.reports.params import ReportParams
from evidence_app.services.auth import Actor
from evidence_app.services.facade import Services


def bench_reconcile(scans: int = 10_000) -> dict[str, Any]:
    """The pure reconciliation (no database) of ``scans`` scans against as many expected items, 5 %
    misplaced, 5 % unknown, 5 % missing (the best of three runs)."""
    chooser = random.Random(8)
    expected = {f"VC-2026-{i:06d}": chooser.randrange(500) for i in range(scans)}
    codes = list(expected)
    seen = [
        (expected[c] if chooser.random() > 0.05 else chooser.randrange(500), c)
        for c in codes[: int(scans * 0.95)]
    ]
    seen += [(1, f"XX-{i}") for i in range(scans - len(seen))]
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        reconcile(expected, seen, {})
        best = min(best, time.perf_counter() - started)
    return {"reconcile_10000_pure_s": round(best, 4)}


def bench_reconcile_db(services: Services, scans: int = 10_000) -> dict[str, Any]:
    """A stocktake of the largest warehouse with ``scans`` scans, reconciled from the
    database (expected items, scans, other known codes, the four lists); rolled back."""
    from sqlalchemy import func, insert, select

    from db.column_types import utcnow
    from db.models import Item, Stocktake, StocktakeScan
    from evidence_app.domain.enums import StocktakeKind, StocktakeOutcome, StocktakeStatus
    from evidence_app.services.stocktakes import _reconciled

    with services.db.sessions() as session:  # never committed: rolled back below
        top = session.execute(
            select(Item.warehouse_id, func.count())
            .where(Item.warehouse_id.is_not(None))
            .group_by(Item.warehouse_id)
            .order_by(func.count().desc())
            .limit(1)
        ).first()
        if top is None:
            return {}
        take = Stocktake(
            kind=StocktakeKind.AD_HOC, status=StocktakeStatus.OPEN, warehouse_id=top[0],
            started_at=utcnow(),
        )  # fmt: skip
        session.add(take)
        session.flush()
        rows = session.execute(
            select(Item.code, Item.location_id).where(Item.warehouse_id == top[0]).limit(scans)
        ).all()
        now = utcnow()
        session.execute(
            insert(StocktakeScan),
            [{"stocktake_id": take.id, "code": code, "location_id": loc, "expected": True,
              "outcome": StocktakeOutcome.PRESENT, "scanned_at": now} for code, loc in rows],
        )  # fmt: skip
        started = time.perf_counter()
        expected, _result, _known = _reconciled(session, take)
        spent = time.perf_counter() - started
        session.rollback()
    return {
        "reconcile_10000_s": round(spent, 3),
        "reconcile_expected_items": len(expected),
        "reconcile_scans": len(rows),
    }


def bench_reports(services: Services, actor: Actor) -> dict[str, Any]:
    """Each report built on this database (one run each); the slowest is ``report_max_s``."""
    times: dict[str, float] = {}
    for info in services.reports.list():
        started = time.perf_counter()
        services.reports.build(actor, info.name, ReportParams())
        times[info.name] = round(time.perf_counter() - started, 3)
    slowest = max(times, key=times.__getitem__) if times else ""
    return {
        "report_max_s": times.get(slowest, 0.0),
        "report_slowest": slowest,
        "report_s": times,
    }
