"""Twenty workstations on one PostgreSQL server, each a keeper scanning and moving items.

Used by ``bench`` on PostgreSQL (``ws_scan_p95_ms`` beside ``ws_scan_alone_p95_ms``, the same
scans made by one workstation on a quiet server). Each workstation is its own OS process, as
each desk is its own PC: it scans a code (the item panel's data: ``scan.route`` then
``items.details``, what the main window does on Enter) and moves the scanned item to another
place of its warehouse, then waits as a keeper does between two items. Each desk works its
own shelf of items, as keepers do; the scans reach items anywhere in the database.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from dataclasses import dataclass, field, replace

from sqlalchemy import select

from db.engine import Database
from db.models import Item, Location, User, UserRole, Warehouse
from evidence_app.domain.enums import CustodianKind, ItemStatus, Role
from evidence_app.domain.errors import ConflictError, DomainError, StaleEditError
from evidence_app.services.core.auth import Actor
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.core.workers import process_pool
from evidence_app.services.facade import Services

#: Twenty desks (issue 21); each scans and moves one item every PAUSE seconds on average:
#: 20 × 2 = 40 scans and 40 moves a second, far above what keepers type by hand.
WORKSTATIONS = 20
SECONDS = 20.0
PAUSE = (0.25, 0.75)
SHELF = 40  # items each desk moves back and forth


@dataclass(frozen=True)
class DeskJob:
    """One desk: its keeper, its shelf of items and places, the codes it scans."""

    url: str
    actor: Actor
    shelf: tuple[int, ...]
    location_ids: tuple[int, ...]
    codes: tuple[str, ...]
    seed: int
    seconds: float = SECONDS
    pause: tuple[float, float] = PAUSE
    start_at: float = 0.0


@dataclass
class DeskTally:
    scans_ms: list[float] = field(default_factory=list)
    moves: int = 0
    conflicts: int = 0
    refused: int = 0  # a place holding the other class of case (kept apart, Art 11.1)
    errors: list[str] = field(default_factory=list)


def run_desk(job: DeskJob) -> DeskTally:
    """Scan, move, pause; until the job's seconds are over."""
    services = Services(Database.open(job.url))
    rng, tally = random.Random(job.seed), DeskTally()
    for code in job.codes[:20]:  # a desk that has been working a while
        _scan(services, job.actor, code)
    time.sleep(max(0.0, job.start_at - time.time()))
    ends = time.perf_counter() + job.seconds
    try:
        while time.perf_counter() < ends:
            started = time.perf_counter()
            _scan(services, job.actor, rng.choice(job.codes))
            tally.scans_ms.append((time.perf_counter() - started) * 1000)
            _move_one(services, job, rng, tally)
            time.sleep(rng.uniform(*job.pause))
    finally:
        services.db.dispose()
    return tally


def _scan(services: Services, actor: Actor, code: str) -> None:
    target = services.scan.route(actor, code)
    services.items.details(actor, target.id)


def _move_one(services: Services, job: DeskJob, rng: random.Random, tally: DeskTally) -> None:
    item_id = rng.choice(job.shelf)
    with unit_of_work(services.db, read_only=True) as session:
        version, location = session.execute(
            select(Item.version, Item.location_id).where(Item.id == item_id)
        ).one()
    target = rng.choice([loc for loc in job.location_ids if loc != location])
    try:
        services.moves.move_batch(job.actor, [(item_id, version)], target)
        tally.moves += 1
    except (StaleEditError, ConflictError):
        tally.conflicts += 1
    except DomainError as exc:
        if exc.key.startswith("custody.mixed_with_"):
            tally.refused += 1  # as a keeper at the wrong shelf is told; he picks another
            return
        tally.errors.append(exc.message("en"))


def desk_jobs(db: Database, codes: list[str], seconds: float) -> list[DeskJob]:
    """A shelf of stored items for each desk, worked by a keeper of its warehouse's unit."""
    url = db.url.render_as_string(hide_password=False)
    with unit_of_work(db, read_only=True) as session:
        rows = session.execute(
            select(Item.id, Item.warehouse_id)
            .join(Warehouse, Warehouse.id == Item.warehouse_id)
            .where(
                Item.status == ItemStatus.IN_STORAGE,
                Item.location_id.is_not(None),
                Warehouse.custodian_kind == CustodianKind.AGENCY,  # others' keepers move theirs
            )
            .order_by(Item.id)
            .limit(WORKSTATIONS * SHELF * 2)
        ).all()
        warehouses = {row.warehouse_id for row in rows}
        places: dict[int, list[int]] = {w: [] for w in warehouses}
        for loc_id, warehouse_id in session.execute(
            select(Location.id, Location.warehouse_id).where(
                Location.warehouse_id.in_(warehouses), Location.active.is_(True)
            )
        ):
            places[warehouse_id].append(loc_id)
        keepers = {
            row.warehouse_id: Actor(row.id, row.username, row.full_name, frozenset({Role.KEEPER}))
            for row in session.execute(
                select(Warehouse.id.label("warehouse_id"), User.id, User.username, User.full_name)
                .join(UserRole, UserRole.unit_id == Warehouse.unit_id)
                .join(User, User.id == UserRole.user_id)
                .where(
                    Warehouse.id.in_(warehouses),
                    UserRole.role == Role.KEEPER,
                    User.active.is_(True),
                )
                .order_by(User.id)
            )
        }
    by_warehouse: dict[int, list[int]] = {}
    for row in rows:
        if row.warehouse_id in keepers and len(places[row.warehouse_id]) > 1:
            by_warehouse.setdefault(row.warehouse_id, []).append(row.id)
    # Forty items a desk; fewer on a small demo, so that every desk still has a shelf.
    size = SHELF
    while size > 1 and sum(len(ids) // size for ids in by_warehouse.values()) < WORKSTATIONS:
        size -= 1
    shelves = [
        (warehouse, ids[start : start + size])
        for warehouse, ids in by_warehouse.items()
        for start in range(0, len(ids) - size + 1, size)
    ][:WORKSTATIONS]
    return [
        DeskJob(
            url,
            keepers[warehouse],
            tuple(shelf),
            tuple(places[warehouse]),
            tuple(codes),
            desk,
            seconds,
        )
        for desk, (warehouse, shelf) in enumerate(shelves)
    ]


def run_desks(jobs: list[DeskJob], warm_up: float = 8.0) -> list[DeskTally]:
    """Every desk in its own spawned process, all starting together once connected."""
    start_at = time.time() + warm_up
    with process_pool(len(jobs)) as pool:
        return list(pool.map(run_desk, [replace(job, start_at=start_at) for job in jobs]))


def bench_workstations(
    db: Database, codes: list[str], seconds: float = SECONDS
) -> dict[str, object]:
    """Scan p95 with twenty desks scanning and moving at once, beside one desk alone."""
    from evidence_app.bench.run import percentile

    jobs = desk_jobs(db, codes, seconds)
    if not jobs:
        return {}
    alone = run_desks([jobs[0]], warm_up=3.0)[0]
    tallies = run_desks(jobs)
    scans = sorted(ms for tally in tallies for ms in tally.scans_ms)
    alone_scans = sorted(alone.scans_ms)
    return {
        "ws_desks": len(jobs),
        "ws_seconds": seconds,
        "ws_scans": len(scans),
        "ws_moves": sum(t.moves for t in tallies),
        "ws_move_conflicts": sum(t.conflicts for t in tallies),
        "ws_move_refused_places": sum(t.refused for t in tallies),
        "ws_move_errors": sum(len(t.errors) for t in tallies),
        "ws_move_error_kinds": dict(Counter(e for t in tallies for e in t.errors).most_common(3)),
        "ws_scan_p50_ms": round(percentile(scans, 0.5), 3),
        "ws_scan_p95_ms": round(percentile(scans, 0.95), 3),
        "ws_scan_alone_p50_ms": round(percentile(alone_scans, 0.5), 3),
        "ws_scan_alone_p95_ms": round(percentile(alone_scans, 0.95), 3),
    }
