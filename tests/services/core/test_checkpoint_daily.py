"""The daily checkpoint (issue 16): one per agency day (Vietnam, UTC+7; the tests run on
Hawaii time), triggered by any user, one even when two workstations ask at once."""

from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from db.models import ChainCheckpoint
from evidence_app.domain.clock import agency_today, wall_clock
from evidence_app.domain.enums import Role
from evidence_app.domain.errors import PermissionDeniedError
from evidence_app.services.core.checkpoint import check_checkpoint, take_checkpoint
from evidence_app.services.core.checkpoint_daily import take_daily_checkpoint
from evidence_app.services.core.checkpoint_dto import CheckpointView
from tests.services.rows import snapshot
from tests.world import World

KEY = Ed25519PrivateKey.generate()
DAY = date(2026, 12, 4)


def _dailies(world: World) -> list[tuple[int, int | None]]:
    with world.services.db.engine.connect() as conn:
        query = select(ChainCheckpoint.id, ChainCheckpoint.actor_id).where(
            ChainCheckpoint.reason == "daily"
        )
        return [(r.id, r.actor_id) for r in conn.execute(query.order_by(ChainCheckpoint.id))]


def test_two_calls_on_one_agency_day_take_one_even_across_the_utc_date(world: World) -> None:
    """00:10 and 23:50 in Vietnam are two UTC dates (and one Hawaii date): one agency day."""
    db, keeper = world.services.db, world.keeper
    first = take_daily_checkpoint(db, keeper, KEY, wall_clock(DAY, 0, 10))
    assert first is not None and first.file.reason == "daily"
    before = snapshot(world.services)
    assert take_daily_checkpoint(db, keeper, KEY, wall_clock(DAY, 23, 50)) is None
    assert snapshot(world.services) == before
    assert _dailies(world) == [(first.file.id, keeper.user_id)]


def test_the_next_agency_day_takes_another_though_hawaii_is_still_on_the_same_date(
    world: World,
) -> None:
    """23:50 on the 4th and 00:10 on the 5th in Vietnam are both the 4th in Hawaii."""
    db, keeper = world.services.db, world.keeper
    assert take_daily_checkpoint(db, keeper, KEY, wall_clock(DAY, 23, 50)) is not None
    assert take_daily_checkpoint(db, keeper, KEY, wall_clock(DAY + timedelta(1), 0, 10))
    assert len(_dailies(world)) == 2


def test_a_keeper_without_verify_triggers_it_but_may_not_take_a_manual_one(world: World) -> None:
    db, keeper = world.services.db, world.keeper
    with pytest.raises(PermissionDeniedError):
        take_checkpoint(db, keeper, "manual", KEY)
    view = take_daily_checkpoint(db, keeper, KEY)
    assert view is not None
    assert check_checkpoint(db, world.actors[Role.INSPECTOR], view.file).ok


def test_other_reasons_do_not_count_as_the_day_s(world: World) -> None:
    take_checkpoint(world.services.db, world.actors[Role.INSPECTOR], "manual", KEY)
    assert take_daily_checkpoint(world.services.db, world.keeper, KEY) is not None
    assert take_daily_checkpoint(world.services.db, world.keeper, KEY) is None
    assert agency_today() >= DAY


def test_two_workstations_at_the_same_moment_take_one(world: World) -> None:
    """Each thread its own connection; both start together, the lock makes them take turns
    and the second re-checks under it."""
    db = world.services.db
    start = threading.Barrier(2)
    results: list[CheckpointView | BaseException | None] = []

    def workstation() -> None:
        start.wait()
        try:
            results.append(take_daily_checkpoint(db, world.keeper, KEY))
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            results.append(exc)

    threads = [threading.Thread(target=workstation) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(type(r).__name__ for r in results) == ["CheckpointView", "NoneType"]
    assert len(_dailies(world)) == 1
