"""The auction ledger (Mẫu số 17): one row per lot of the period, its valuation, auction,
sale, payment and handover, totals, and an overdue deadline noted."""

from __future__ import annotations

from datetime import date

from evidence_app.domain.enums import Role
from evidence_app.reports.table import ReportTable
from tests.services.auction_steps import AUCTION_1, BUYER, POSTED_1, contracted_lot, valued_lot
from tests.world import World


def test_the_ledger_lists_each_lot_with_its_sale_and_handover(world: World) -> None:
    auctions = world.services.auctions
    waiting = valued_lot(world, 30_000_000)  # notified: no deadline; sold lot below
    sold = contracted_lot(world)
    auctions.today.day = POSTED_1  # type: ignore[attr-defined]
    auctions.schedule_round(world.officer, sold.id, AUCTION_1, posted_on=POSTED_1)
    auctions.today.day = AUCTION_1  # type: ignore[attr-defined]
    auctions.record_winner(world.officer, sold.id, BUYER, 104_500_000)
    auctions.today.day = date(2026, 12, 10)  # type: ignore[attr-defined]
    auctions.record_payment(world.actors[Role.ACCOUNTANT], sold.id, 104_500_000, date(2026, 12, 10))
    auctions.today.day = date(2027, 2, 15)  # type: ignore[attr-defined]  # handover overdue
    ledger = auctions.ledger(world.actors[Role.INSPECTOR], date(2026, 10, 1), date(2027, 9, 30))
    assert isinstance(ledger, ReportTable)
    assert ledger.form == "Mẫu số 17" and "BÁN ĐẤU GIÁ" in ledger.title
    assert ledger.subtitle == ("Từ ngày 01/10/2026 đến ngày 30/09/2027",)
    assert all(len(row) == len(ledger.columns) for row in ledger.rows)
    first, second = ledger.rows
    assert first[0] == 1 and first[3] == 30_000_000 and first[4] == date(2026, 11, 6)
    assert first[8] is None and first[13] == "Đã có giá"
    assert "(QĐ 45/QĐ-THADS)" in str(second[1]) and waiting.items[0].code not in str(second[2])
    assert second[5] == "Công ty Đấu giá hợp danh Lạc Việt; HĐ số 15/2026/HĐ-ĐG ngày 12/11/2026"
    assert second[6:12] == (1, 100_000_000, AUCTION_1,
                            "Bán đấu giá: Công ty TNHH Thương mại Minh Phát", 104_500_000,
                            104_500_000)  # fmt: skip
    assert second[12] is None and second[13] == "Đã nộp đủ tiền, chờ giao; quá hạn 08/02/2027"
    assert ledger.totals is not None
    assert ledger.totals[3] == 130_000_000 and ledger.totals[10] == 104_500_000
    auctions.hand_over(world.officer, sold.id, date(2027, 2, 15))
    later = auctions.ledger(world.officer, date(2027, 3, 1), date(2027, 9, 30))
    assert [row[2] for row in later.rows] == [first[2]]  # handed over before the period
