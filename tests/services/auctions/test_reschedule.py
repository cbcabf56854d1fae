"""A round whose public notices (Law on Asset Auctions Art 57) or posting (Art 35) are missing
or late is moved to a new date instead of being stuck: only once they can no longer be made in
time; the new date late enough to post from today (Art 35.1) and, for the first auction under
the contract, within its 30 days (Law 106/2025 Art 83.2.a: contract 12/11/2026, day 30 a
Saturday, so Monday 14/12/2026); the old date and posting kept (append-only), the posting and
notices then counted against the new date. Nothing is written when refused; both databases."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from evidence_app.domain.enums import LotStatus, Role
from evidence_app.domain.errors import PermissionDeniedError, ValidationError
from tests.services.auctions.steps import AUCTION_1, PAPER, contracted_lot
from tests.services.rows import refused_by_database, snapshot
from tests.world import World

WHY = "Chưa thông báo công khai đủ hai lần (Điều 57 Luật Đấu giá tài sản)"


def _refused(world: World, text_part: str, call: object) -> None:
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as caught:
        call()  # type: ignore[operator]
    message = caught.value.message("vi") + caught.value.message("en")
    assert text_part in message, message
    assert snapshot(world.services) == before


def _scheduled(world: World, posted: bool) -> int:
    auctions = world.services.auctions
    lot = contracted_lot(world)
    auctions.today.day = date(2026, 11, 17)  # type: ignore[attr-defined]
    posted_on = date(2026, 11, 17) if posted else None
    lot = auctions.schedule_round(world.officer, lot.id, AUCTION_1, posted_on=posted_on)
    return lot.id


def test_a_round_without_its_notices_is_moved_and_notified_again(world: World) -> None:
    auctions = world.services.auctions
    lot_id = _scheduled(world, posted=True)
    move = auctions.reschedule_round
    # 17/11: the second notice may still be made today (7 working days before 30/11)
    auctions.record_public_notice(world.officer, lot_id, date(2026, 11, 17), PAPER)
    _refused(world, "57", lambda: move(world.officer, lot_id, date(2026, 12, 14), WHY))
    auctions.today.day = AUCTION_1  # type: ignore[attr-defined]
    _refused(world, "57", lambda: auctions.record_failed_round(world.officer, lot_id))
    # 30/11: the posting for 09/12 was due 27/11; for 10/12 it is due today
    _refused(world, "35", lambda: move(world.officer, lot_id, date(2026, 12, 9), WHY))
    _refused(world, "83", lambda: move(world.officer, lot_id, date(2026, 12, 15), WHY))
    _refused(world, "", lambda: move(world.officer, lot_id, AUCTION_1, WHY))
    _refused(world, "", lambda: move(world.officer, lot_id, date(2026, 12, 14), ""))
    before = snapshot(world.services)
    with pytest.raises(PermissionDeniedError):
        move(world.actors[Role.KEEPER], lot_id, date(2026, 12, 14), WHY)
    assert snapshot(world.services) == before
    lot = move(world.officer, lot_id, date(2026, 12, 14), WHY)
    current = lot.current_round
    assert current is not None and current.auction_on == date(2026, 12, 14)
    assert current.posted_on is None and lot.status is LotStatus.ROUND_SCHEDULED
    with world.services.db.engine.connect() as conn:
        kept = conn.execute(text(
            "SELECT previous_on, previous_posted_on, new_on, decided_on, reason "
            "FROM auction_round_reschedule")).all()  # fmt: skip
    assert [tuple(str(x) for x in row) for row in kept] == [
        ("2026-11-30", "2026-11-17", "2026-12-14", "2026-11-30", WHY)
    ]
    # what was posted or published before the decision named the old date
    _refused(world, "30/11/2026", lambda: auctions.record_public_notice(
        world.officer, lot_id, date(2026, 11, 27), PAPER))  # fmt: skip
    auctions.record_posting(world.officer, lot_id, AUCTION_1)
    auctions.record_public_notice(world.officer, lot_id, AUCTION_1, PAPER)
    auctions.today.day = date(2026, 12, 14)  # type: ignore[attr-defined]
    # one new notice only (the one of 17/11 no longer counts)
    _refused(world, "57", lambda: auctions.record_failed_round(world.officer, lot_id))
    auctions.today.day = date(2026, 12, 2)  # type: ignore[attr-defined]
    auctions.record_public_notice(world.officer, lot_id, date(2026, 12, 2), PAPER)
    auctions.today.day = date(2026, 12, 14)  # type: ignore[attr-defined]
    failed = auctions.record_failed_round(world.officer, lot_id)
    assert failed.status is LotStatus.ROUND_FAILED


def test_a_round_not_posted_in_time_is_moved_once_the_posting_day_passed(world: World) -> None:
    auctions = world.services.auctions
    lot_id = _scheduled(world, posted=False)
    move = auctions.reschedule_round
    _refused(world, "35", lambda: move(world.officer, lot_id, date(2026, 12, 14), WHY))
    auctions.today.day = date(2026, 11, 18)  # type: ignore[attr-defined]
    _refused(world, "", lambda: auctions.record_posting(world.officer, lot_id, date(2026, 11, 18)))
    lot = move(world.officer, lot_id, date(2026, 12, 14), "Chưa niêm yết đúng hạn")
    assert lot.current_round is not None and lot.current_round.auction_on == date(2026, 12, 14)
    lot = auctions.record_posting(world.officer, lot_id, date(2026, 11, 18))
    assert lot.current_round is not None and lot.current_round.posted_on == date(2026, 11, 18)


def test_the_history_cannot_be_changed_by_plain_sql(world: World) -> None:
    auctions = world.services.auctions
    lot_id = _scheduled(world, posted=False)
    auctions.today.day = date(2026, 11, 18)  # type: ignore[attr-defined]
    auctions.reschedule_round(world.officer, lot_id, date(2026, 12, 14), WHY)
    refused_by_database(
        world.services,
        "UPDATE auction_round_reschedule SET new_on = previous_on",
        "DELETE FROM auction_round_reschedule",
    )
