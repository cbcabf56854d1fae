"""Benchmarks of stocktake reconciliation (10,000 scans) and of every registered report."""

from __future__ import annotations

import random
import time
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from db.column_types import utcnow
from db.models import Item, Location, Stocktake, StocktakeScan
from evidence_app.domain.enums import StocktakeKind, StocktakeOutcome, StocktakeStatus
from evidence_app.domain.states import STORED_STATES
from evidence_app.domain.stocktake import reconcile
from evidence_app.reports.params import ReportParams
from evidence_app.services.core.auth import Actor
from evidence_app.services.facade import Services
from evidence_app.services.stocktakes import expected_condition, reconciled


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


def _subtree_near(session: Session, wanted: int) -> tuple[int, int, int] | None:
    """(warehouse, location, items) of the location subtree holding closest to ``wanted``
    stored items: what one stocktake of 10,000 scans covers."""
    per_location = {
        location: int(n)
        for location, n in session.execute(
            select(Item.location_id, func.count())
            .where(Item.location_id.is_not(None), Item.status.in_(sorted(STORED_STATES)))
            .group_by(Item.location_id)
        )
    }
    paths = session.execute(select(Location.id, Location.warehouse_id, Location.path)).all()
    totals: dict[int, int] = {}
    for _id, _w, path in paths:
        n = per_location.get(_id, 0)
        for part in path.strip("/").split("/"):
            if part:
                totals[int(part)] = totals.get(int(part), 0) + n
    warehouses = {i: w for i, w, _p in paths}
    best = min(totals, key=lambda i: abs(totals[i] - wanted), default=None)
    return None if best is None else (warehouses[best], best, totals[best])


def bench_reconcile_db(services: Services, scans: int = 10_000) -> dict[str, Any]:
    """A stocktake of the location subtree holding about ``scans`` items, every item
    scanned (5 % elsewhere, a few unknown codes), reconciled from the database: expected
    items, scans and other known codes loaded, the four lists made. Rolled back."""
    with services.db.sessions() as session:  # never committed: rolled back below
        found = _subtree_near(session, scans)
        if found is None:
            return {}
        warehouse, location, _count = found
        take = Stocktake(
            kind=StocktakeKind.AD_HOC, status=StocktakeStatus.OPEN, warehouse_id=warehouse,
            location_id=location, started_at=utcnow(),
        )  # fmt: skip
        session.add(take)
        session.flush()
        expected_rows = session.execute(
            select(Item.code, Item.location_id).where(expected_condition(session, take))
        ).all()
        chooser = random.Random(10)
        rows = [(c, loc if chooser.random() > 0.05 else None) for c, loc in expected_rows]
        rows = rows[: scans - 20] + [(f"XX-{i}", None) for i in range(20)]
        now = utcnow()
        session.execute(
            insert(StocktakeScan),
            [{"stocktake_id": take.id, "code": code, "location_id": loc or location,
              "expected": True, "outcome": StocktakeOutcome.PRESENT, "scanned_at": now}
             for code, loc in rows],
        )  # fmt: skip
        started = time.perf_counter()
        expected, _result, _known = reconciled(session, take)
        spent = time.perf_counter() - started
        session.rollback()
    return {
        "reconcile_10000_s": round(spent, 3),
        "reconcile_expected_items": len(expected),
        "reconcile_scans": len(rows),
    }


def bench_reports(services: Services, actor: Actor) -> dict[str, Any]:
    """Each report built on this database (one run each); the slowest is ``report_max_s``;
    the home screen's summary as ``dashboard_s``."""
    times: dict[str, float] = {}
    for info in services.reports.list():
        started = time.perf_counter()
        services.reports.build(actor, info.name, ReportParams())
        times[info.name] = round(time.perf_counter() - started, 3)
    slowest = max(times, key=times.__getitem__) if times else ""
    started = time.perf_counter()
    services.dashboard.summary(actor)  # figures, flows and every deadline source
    dashboard_s = round(time.perf_counter() - started, 3)
    return {
        "dashboard_s": dashboard_s,
        "report_max_s": times.get(slowest, 0.0),
        "report_slowest": slowest,
        "report_s": times,
    }
