"""The officer tells the parties an auction failed within 2 working days of the auctioneer's
notice (Decree 152/2026 Art 65.6): the dashboard's deadline at its boundaries (a weekend and
New Year inside), the notice recorded once, never before the auctioneer's notice nor in the
future, by an officer only; each refusal writes nothing; the ledger (Mẫu 17) shows it. On
both databases."""

from __future__ import annotations

from datetime import date

import pytest

from evidence_app.domain.enums import Role
from evidence_app.domain.errors import PermissionDeniedError, ValidationError
from tests.services.auctions.steps import AUCTION_1, contracted_lot, notices, use_clock
from tests.services.rows import snapshot
from tests.world import World


def _failed(world: World, noticed: date) -> int:
    auctions = world.services.auctions
    lot = contracted_lot(world)
    clock = use_clock(world, date(2026, 11, 17))
    lot = auctions.schedule_round(
        world.officer, lot.id, AUCTION_1, posted_on=clock.day, notices=notices(clock.day)
    )
    clock.day = noticed
    return auctions.record_failed_round(world.officer, lot.id, noticed_on=noticed).id


def _due(world: World, lot_id: int) -> list[date]:
    lot = world.services.auctions.get(world.officer, lot_id)
    return [d.due_on for d in lot.deadlines if d.kind == "deadline.failure_notice"]


@pytest.mark.parametrize(
    ("noticed", "due"),
    [
        (date(2026, 11, 30), date(2026, 12, 2)),  # Monday → Wednesday
        (date(2026, 12, 3), date(2026, 12, 7)),  # Thursday → Monday: the weekend inside
        (date(2026, 12, 30), date(2027, 1, 4)),  # 1/1 a holiday, then the weekend
    ],
)
def test_the_parties_are_told_within_two_working_days(
    world: World, noticed: date, due: date
) -> None:
    lot_id = _failed(world, noticed)
    assert _due(world, lot_id) == [due]
    dashboard = world.services.auctions
    lot = dashboard.get(world.officer, lot_id)
    article = next(d.article for d in lot.deadlines if d.kind == "deadline.failure_notice")
    assert "Điều 65.6" in article
    dashboard.today.day = due  # type: ignore[attr-defined]
    lot = dashboard.notify_failure(world.officer, lot_id, due)
    assert lot.rounds[-1].parties_notified_on == due
    assert _due(world, lot_id) == []


def test_the_notice_is_recorded_once_in_order_and_by_an_officer(world: World) -> None:
    auctions = world.services.auctions
    lot_id = _failed(world, date(2026, 11, 30))
    auctions.today.day = date(2026, 12, 2)  # type: ignore[attr-defined]
    before = snapshot(world.services)
    for on, shown in ((date(2026, 11, 27), "30/11/2026"), (date(2026, 12, 3), "03/12/2026")):
        with pytest.raises(ValidationError) as caught:
            auctions.notify_failure(world.officer, lot_id, on)
        assert shown in caught.value.message("vi")
    with pytest.raises(PermissionDeniedError):
        auctions.notify_failure(world.actors[Role.ACCOUNTANT], lot_id, date(2026, 12, 1))
    assert snapshot(world.services) == before
    auctions.notify_failure(world.officer, lot_id, date(2026, 12, 1))
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as again:
        auctions.notify_failure(world.officer, lot_id, date(2026, 12, 2))
    assert "01/12/2026" in again.value.message("vi") and again.value.message("en")
    assert snapshot(world.services) == before
    ledger = auctions.ledger(world.officer, date(2026, 10, 1), date(2027, 9, 30))
    note = ledger.rows[0][-1]
    assert "thông báo đương sự đấu giá lần 1 không thành ngày 01/12/2026" in str(note)


def test_a_late_notice_is_still_recorded_and_the_deadline_was_overdue(world: World) -> None:
    """The duty stays owed after its day: the dashboard shows it overdue until given."""
    auctions = world.services.auctions
    lot_id = _failed(world, date(2026, 11, 30))
    auctions.today.day = date(2026, 12, 4)  # type: ignore[attr-defined]
    lot = auctions.get(world.officer, lot_id)
    late = [d for d in lot.deadlines if d.kind == "deadline.failure_notice"]
    assert late and late[0].is_overdue(date(2026, 12, 4))
    lot = auctions.notify_failure(world.officer, lot_id, date(2026, 12, 4))
    assert lot.rounds[-1].parties_notified_on == date(2026, 12, 4)
