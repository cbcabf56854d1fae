"""The home screen's monthly flows count by the agency's calendar (Vietnam time), on both
databases: an item received at 01:00 on 1 December in Hà Nội is December's, though it is
still 30 November in UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime

from db.models import Item
from evidence_app.services.core.uow import unit_of_work
from tests.world import World


def test_a_receipt_after_midnight_in_hanoi_counts_in_the_new_month(world: World) -> None:
    late, early = world.receive("Xe đạp"), world.receive("Máy ảnh")
    with unit_of_work(world.services.db) as session:
        session.get_one(Item, late.id).received_at = datetime(2026, 11, 30, 18, 0, tzinfo=UTC)
        session.get_one(Item, early.id).received_at = datetime(2026, 11, 30, 16, 0, tzinfo=UTC)
    board = world.services.dashboard.summary(world.head, date(2026, 12, 4))
    flows = {f.month: f.received for f in board.flows}
    assert flows["2026-12"] == 1  # 01:00 on 1 December, Hà Nội
    assert flows["2026-11"] == 1  # 23:00 on 30 November, Hà Nội
