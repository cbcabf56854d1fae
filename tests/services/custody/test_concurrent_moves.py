"""Two processes moving the same items at once: conflicts refused, nothing lost, chains linear."""

from __future__ import annotations

import pytest

from evidence_app.bench import moves as bench_moves
from evidence_app.bench.moves import MoveJob, event_counts, lost_updates, run_jobs
from evidence_app.services.core.verify import verify_chains
from tests.world import World

#: The only refusals a lost race may give: someone else's newer version, or a collision.
CONFLICT_KEYS = {"error.stale_edit", "error.conflict"}


@pytest.mark.parametrize("batch", [1, 2])
def test_two_processes_moving_the_same_items_lose_nothing(
    world: World, db_url: str, batch: int
) -> None:
    items = [world.receive(f"Xe máy {n}").id for n in range(4)]
    places = (world.zone.id, world.shelf_a.id, world.shelf_b.id)
    before = event_counts(world.services.db, items)
    versions = {i: world.services.items.get(world.keeper, i).version for i in items}
    jobs = [
        MoveJob(db_url, world.keeper, tuple(items), places, seed, rounds=60, batch=batch)
        for seed in (1, 2)
    ]
    tallies = run_jobs(jobs)
    after = event_counts(world.services.db, items)
    assert [t.errors for t in tallies] == [[], []]
    assert set().union(*(t.conflict_keys for t in tallies)) <= CONFLICT_KEYS
    assert all(sum(t.moved.values()) > 0 for t in tallies)
    assert lost_updates(before, after, tallies) == 0
    for item_id in items:
        moved = sum(t.moved[item_id] for t in tallies)
        assert after[item_id] == before[item_id] + moved
        now = world.services.items.get(world.keeper, item_id)
        assert now.version == versions[item_id] + moved
    assert verify_chains(world.services.db, world.admin).intact


def test_the_benchmark_reports_moves_and_no_lost_update(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    if world.services.db.dialect != "postgresql":
        pytest.skip("the move benchmark runs on PostgreSQL only")
    monkeypatch.setattr(bench_moves, "BENCH_SECONDS", 0.5)
    monkeypatch.setattr(bench_moves, "BENCH_WORKERS", 3)
    monkeypatch.setattr(bench_moves, "BENCH_BATCH", 2)
    for n in range(6):
        world.receive(f"Điện thoại {n}")
    figures = bench_moves.bench_moves(world.services.db, world.keeper)
    assert figures["pg_moves"] > 0 and figures["pg_single_moves"] > 0
    assert figures["pg_moves_per_s"] > 0
    assert figures["pg_lost_updates"] == 0 and figures["pg_single_lost_updates"] == 0
    assert figures["pg_move_errors"] == 0 and figures["pg_single_move_errors"] == 0
    assert verify_chains(world.services.db, world.admin).intact
