"""Concurrent moves on PostgreSQL: worker processes moving the same items with expected versions.

Used by ``bench`` (``pg_moves_per_s``, ``pg_lost_updates``, ``pg_move_conflicts``) and by the
two-process concurrency test. A lost update is a move a worker was told succeeded that is
missing from the item's chain afterwards.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from dataclasses import dataclass, field, replace

from sqlalchemy import func, select

from db.engine import Database
from db.models import CustodyEvent, Item, Location
from evidence_app.domain.enums import ItemStatus
from evidence_app.domain.errors import ConflictError, DomainError, StaleEditError
from evidence_app.services.core.auth import Actor
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.core.workers import process_pool
from evidence_app.services.custody import MoveService

#: How many items the workers share in the benchmark, how long they run, and how many items
#: a keeper scans into one batch (the single-item figure is measured too).
BENCH_ITEMS = 400
BENCH_WORKERS = 8
BENCH_SECONDS = 5.0
BENCH_BATCH = 5


@dataclass(frozen=True)
class MoveJob:
    """One worker's instructions: which items, which locations, for how long or how many."""

    url: str
    actor: Actor
    item_ids: tuple[int, ...]
    location_ids: tuple[int, ...]
    seed: int
    seconds: float = 0.0
    rounds: int = 0
    batch: int = 1
    start_at: float = 0.0  # wall-clock time all workers start together (spawning is slow)


@dataclass
class MoveTally:
    """What one worker saw: moves it was told succeeded (per item), conflicts, other errors."""

    moved: Counter[int] = field(default_factory=Counter)
    conflicts: int = 0
    conflict_keys: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0


def run_job(job: MoveJob) -> MoveTally:
    """Move random batches of the job's items to a location none of them is at, until done."""
    db = Database.open(job.url)
    moves, tally, rng = MoveService(db), MoveTally(), random.Random(job.seed)
    db.engine.connect().close()
    time.sleep(max(0.0, job.start_at - time.time()))
    started = time.perf_counter()
    attempts = 0
    try:
        while _more(job, attempts, started):
            attempts += 1
            chosen = rng.sample(job.item_ids, min(job.batch, len(job.item_ids)))
            state = _current(db, chosen)
            places = {location for _, location in state.values()}
            targets = [loc for loc in job.location_ids if loc not in places]
            try:
                moves.move_batch(job.actor, [(i, state[i][0]) for i in chosen], rng.choice(targets))
            except (StaleEditError, ConflictError) as exc:
                tally.conflicts += 1
                tally.conflict_keys[exc.key] += 1
                continue
            except DomainError as exc:
                tally.errors.append(exc.message("en"))
                continue
            tally.moved.update(chosen)
    finally:
        tally.seconds = time.perf_counter() - started
        db.dispose()
    return tally


def _more(job: MoveJob, attempts: int, started: float) -> bool:
    if job.rounds:
        return attempts < job.rounds
    return time.perf_counter() - started < job.seconds


def _current(db: Database, item_ids: list[int]) -> dict[int, tuple[int, int | None]]:
    """Each item's version and location as a keeper's screen would have read them."""
    with unit_of_work(db, read_only=True) as session:
        rows = session.execute(
            select(Item.id, Item.version, Item.location_id).where(Item.id.in_(item_ids))
        )
        return {row.id: (row.version, row.location_id) for row in rows}


def run_jobs(jobs: list[MoveJob], warm_up: float = 3.0) -> list[MoveTally]:
    """Each job in its own OS process (spawned: no connection is shared across a fork; ending
    with this process however it ends, ``core.workers``), all starting at the same moment once
    every process has imported and connected."""
    start_at = time.time() + warm_up
    with process_pool(len(jobs)) as pool:
        return list(pool.map(run_job, [replace(job, start_at=start_at) for job in jobs]))


def event_counts(db: Database, item_ids: list[int]) -> dict[int, int]:
    """Events stored per item, counted in the event table."""
    with unit_of_work(db, read_only=True) as session:
        rows = session.execute(
            select(CustodyEvent.item_id, func.count())
            .where(CustodyEvent.item_id.in_(item_ids))
            .group_by(CustodyEvent.item_id)
        )
        return {item_id: int(count) for item_id, count in rows}


def lost_updates(before: dict[int, int], after: dict[int, int], tallies: list[MoveTally]) -> int:
    """Moves reported successful that the chains do not hold (never negative)."""
    reported: Counter[int] = Counter()
    for tally in tallies:
        reported.update(tally.moved)
    return sum(
        max(0, reported[i] - (after.get(i, 0) - before.get(i, 0)))
        for i in set(before) | set(reported)
    )


def bench_moves(
    db: Database, actor: Actor, seconds: float = BENCH_SECONDS
) -> dict[str, float | int]:
    """8 processes moving an overlapping set of stored items between one warehouse's places
    for ``seconds`` each run: scanned batches of ``BENCH_BATCH`` items (``pg_moves_per_s``),
    then one item at a time."""
    item_ids, location_ids = _bench_material(db)
    if len(item_ids) < BENCH_BATCH or len(location_ids) < BENCH_BATCH + 1:
        return {}
    figures: dict[str, float | int] = {"pg_move_workers": BENCH_WORKERS}
    for prefix, batch in (("pg", BENCH_BATCH), ("pg_single", 1)):
        moved, spent, lost, conflicts, errors = _measure(
            db, actor, item_ids, location_ids, batch, seconds
        )
        figures[f"{prefix}_moves_per_s"] = round(moved / spent, 1)
        figures[f"{prefix}_moves"] = moved
        figures[f"{prefix}_lost_updates"] = lost
        figures[f"{prefix}_move_conflicts"] = conflicts
        figures[f"{prefix}_move_errors"] = errors
    figures["pg_move_batch"] = BENCH_BATCH
    return figures


def _measure(
    db: Database,
    actor: Actor,
    item_ids: list[int],
    location_ids: list[int],
    batch: int,
    seconds: float,
) -> tuple[int, float, int, int, int]:
    """Moves, seconds, lost updates, conflicts and other refusals of one concurrent run."""
    url = db.url.render_as_string(hide_password=False)
    before = event_counts(db, item_ids)
    jobs = [
        MoveJob(url, actor, tuple(item_ids), tuple(location_ids), seed, seconds, batch=batch)
        for seed in range(BENCH_WORKERS)
    ]
    tallies = run_jobs(jobs)
    after = event_counts(db, item_ids)
    return (
        sum(sum(t.moved.values()) for t in tallies),
        max(t.seconds for t in tallies),
        lost_updates(before, after, tallies),
        sum(t.conflicts for t in tallies),
        sum(len(t.errors) for t in tallies),
    )


def _bench_material(db: Database) -> tuple[list[int], list[int]]:
    """Stored items of the warehouse holding most of them, and that warehouse's places."""
    with unit_of_work(db, read_only=True) as session:
        warehouse = session.scalar(
            select(Item.warehouse_id)
            .where(Item.status == ItemStatus.IN_STORAGE, Item.warehouse_id.is_not(None))
            .group_by(Item.warehouse_id)
            .order_by(func.count().desc())
            .limit(1)
        )
        if warehouse is None:
            return [], []
        items = session.scalars(
            select(Item.id)
            .where(Item.status == ItemStatus.IN_STORAGE, Item.warehouse_id == warehouse)
            .order_by(Item.id)
            .limit(BENCH_ITEMS)
        )
        locations = session.scalars(
            select(Location.id)
            .where(Location.warehouse_id == warehouse, Location.active.is_(True))
            .order_by(Location.id)
        )
        return list(items), list(locations)
