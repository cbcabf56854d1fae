"""The deadlines of intake, temporary releases, release requests and stocktakes, collected."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from evidence_app.domain.clock import agency_date, agency_today
from evidence_app.domain.enums import Disposition, ReleaseRequestPurpose, StocktakeKind
from evidence_app.services.core.deadlines import Deadline, collect
from evidence_app.services.custody import Recipient
from evidence_app.services.stocktakes import Signers
from tests.world import World

TODAY = agency_today()


def _collected(world: World, until: date) -> list[Deadline]:
    with world.services.db.session(read_only=True) as session:
        return collect(session, TODAY, until)


def test_a_warehouse_is_due_for_stocktake_six_months_after_the_last_one(world: World) -> None:
    kinds = {d.kind: d for d in _collected(world, TODAY + timedelta(days=200))}
    due = kinds["deadline.stocktake"].due_on
    assert 180 <= (due - TODAY).days <= 184
    assert "38" in kinds["deadline.stocktake"].article
    take = world.services.stocktakes.start(world.keeper, world.warehouse.id, StocktakeKind.YEARLY)
    world.services.stocktakes.finish(world.keeper, take.id, Signers("A", "B", "C"))
    assert not [d for d in _collected(world, TODAY + timedelta(days=150))
                if d.kind == "deadline.stocktake"]  # fmt: skip


def test_an_approved_release_falls_due_at_the_hour_the_head_fixed(world: World) -> None:
    item = world.receive("Xe máy", disposition=Disposition.RETURN_TO_OWNER)
    s = world.services
    request = s.release_requests.request(
        world.officer, world.case.id, [item.id], ReleaseRequestPurpose.RETURN_TO_OWNER,
        Recipient("Phạm Thị Dung"), "",
    )  # fmt: skip
    at = datetime.now(UTC) + timedelta(days=2)
    s.release_requests.approve(world.head, request.id, at, request.version)
    found = [d for d in _collected(world, TODAY + timedelta(days=5)) if d.area == "releases"]
    assert [(d.kind, d.due_on, d.case_id) for d in found] == [
        ("deadline.release_at", agency_date(at), world.case.id)
    ]
