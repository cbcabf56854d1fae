"""The papers of the steps after a failed auction and at its end (issue 18, audit 18b),
each issued once in its step's transaction (no number, no step), reprinted after, read
back as text and checked against the database, on both databases:

- the notice to the parties that the auction failed (Decree 152/2026 Art 65.6); from the
  second reduction on it states the creditor's right to take the asset at the last price
  (Law 106/2025 Art 83.3 para 2; Decree Art 65.6, 66);
- the notice handing the asset back to the debtor at the cost floor, with the bar on civil
  transactions until the obligation is done (Law Art 83.3 para 3), the bar also written on
  each item's event (item panel) and on the lot's timeline;
- the notice to a co-owner or priority buyer of his right to buy at the starting price,
  with his periods (Law Art 83.1), one paper per person notified;
- the announcement of a sale without auction (Decree Art 64.2: the asset, its price, the
  place and time of the sale; to the procuracy), numbered with the sale, and the minutes of
  that sale signed by the officer and the buyer (Art 64.2), citing the announcement.

Page 1 of each is rendered to /tmp/sale_papers/ once to be looked at."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pytest

from db.models import AuctionLot, NumberSequence
from evidence_app.domain.enums import (
    DocumentKind,
    EventKind,
    ItemStatus,
    LotStatus,
    PartyRole,
    SaleMethod,
)
from evidence_app.domain.errors import ValidationError
from evidence_app.reports.auction_ledger import lot_papers
from evidence_app.services.auctions import Buyer, LotView
from evidence_app.services.core.numbering import MAX_VALUE
from evidence_app.services.core.uow import unit_of_work
from tests.documents.pdf_pages import page_images, page_texts
from tests.services.auctions.steps import (
    AUCTION_1,
    ORG,
    contracted_lot,
    failed_rounds,
    told,
    use_clock,
    valued_lot,
)
from tests.services.rows import snapshot
from tests.world import World

OUT = Path("/tmp/sale_papers")


def _text(world: World, document_id: int, name: str) -> str:
    pdf = world.services.documents.pdf(world.officer, document_id)
    OUT.mkdir(exist_ok=True)
    page_images(pdf)[0].save(OUT / f"{name}.png")
    return unicodedata.normalize("NFC", " ".join(page_texts(pdf)))


def _ledger_papers(world: World, lot_id: int) -> str:
    """The lot's "papers issued" cell of the auction ledger (Mẫu 17)."""
    with unit_of_work(world.services.db, read_only=True) as session:
        lot = session.get(AuctionLot, lot_id)
        assert lot is not None
        return lot_papers(session, [lot], en=False).get(lot_id, "")


def _numbers(world: World, kind: DocumentKind, year: int, last: int) -> None:
    """The kind's last number of the year set to ``last`` (MAX_VALUE: used up)."""
    with unit_of_work(world.services.db) as session:
        row = session.get(NumberSequence, (f"doc:{kind}", year))
        if row is None:
            session.add(NumberSequence(name=f"doc:{kind}", year=year, last_value=last))
        else:
            row.last_value = last


def _parties(world: World) -> None:
    cases = world.services.cases
    cases.add_party(world.officer, world.case.id, PartyRole.LIABLE, "Trần Văn Bình")
    cases.add_party(world.officer, world.case.id, PartyRole.CREDITOR, "Hà Thị Lan")


def test_the_parties_are_told_of_the_failed_auction_by_a_numbered_notice(world: World) -> None:
    """Decree 152/2026 Art 65.6: the notice is the step; with no number nothing is written."""
    _parties(world)
    auctions = world.services.auctions
    lot = failed_rounds(world, contracted_lot(world), [100_000_000])
    told_on = date(2026, 12, 1)  # the working day after the auction of Monday 30/11
    auctions.today.day = told_on  # type: ignore[attr-defined]
    assert "failure_notice" not in auctions.papers_ready(world.officer, lot.id)
    with pytest.raises(ValidationError) as caught:
        auctions.issue_paper(world.officer, lot.id, "failure_notice")  # not told yet
    assert "đấu giá không thành" in caught.value.message("vi")
    _numbers(world, DocumentKind.AUCTION_NOTICE, 2026, MAX_VALUE)
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as caught:
        auctions.notify_failure(world.officer, lot.id, told_on)
    assert "Đã dùng hết số" in caught.value.message("vi")
    assert snapshot(world.services) == before  # neither the step nor a paper
    assert auctions.get(world.officer, lot.id).rounds[-1].parties_notified_on is None
    _numbers(world, DocumentKind.AUCTION_NOTICE, 2026, 4)
    lot = auctions.notify_failure(world.officer, lot.id, told_on)
    assert auctions.paper_numbers(world.officer, lot.id)["failure_notice"] == "5/TB-THADS"
    doc = auctions.issue_paper(world.officer, lot.id, "failure_notice")
    assert (doc.number, doc.issued_on) == ("5/TB-THADS", told_on)
    assert auctions.issue_paper(world.officer, lot.id, "failure_notice").id == doc.id  # reprint
    words = _text(world, doc.id, "failure_notice_first")
    assert "Số: 5/TB-THADS" in words and "THÔNG BÁO" in words.upper()
    assert "Về việc tài sản đấu giá không thành" in words
    assert "Người được thi hành án: Hà Thị Lan" in words
    assert "Người phải thi hành án: Trần Văn Bình" in words
    assert "khoản 6 Điều 65 Nghị định số 152/2026/NĐ-CP" in words
    first = lot.rounds[0]
    assert f"Cuộc đấu giá lần 1 ngày {AUCTION_1:%d/%m/%Y}" in words
    assert f"{first.starting_price:,}".replace(",", ".") + " đồng" in words
    assert ORG in words and "quyết định giảm giá" in words
    assert "có quyền nhận tài sản" not in words  # no reduction yet: no creditor's right
    assert "Nơi nhận" in words and "Chấp hành viên" in words


def test_after_the_second_reduction_the_notice_offers_the_asset_to_the_creditor(
    world: World,
) -> None:
    """Law 106/2025 Art 83.3 para 2, Decree 152/2026 Art 65.6: from the second reduction on,
    the notice of the failure states the creditor's right to take at the last price."""
    _parties(world)
    auctions = world.services.auctions
    lot = failed_rounds(world, contracted_lot(world), [100_000_000, 90_000_000, 81_000_000])
    failed = lot.rounds[-1]
    auctions.today.day = failed.auction_on  # type: ignore[attr-defined]
    lot = auctions.notify_failure(world.officer, lot.id, failed.auction_on)
    notices = auctions.paper_numbers(world.officer, lot.id)
    doc = auctions.issue_paper(world.officer, lot.id, "failure_notice")
    assert notices["failure_notice"] == doc.number and doc.issued_on == failed.auction_on
    words = _text(world, doc.id, "failure_notice_creditor")
    assert f"Cuộc đấu giá lần 3 ngày {failed.auction_on:%d/%m/%Y}" in words
    assert "người được thi hành án có quyền nhận tài sản để trừ vào tiền được thi hành án" in (
        words
    )
    assert "giảm lần sau cùng là 81.000.000 đồng" in words
    assert "Điều 66 Nghị định số 152/2026/NĐ-CP" in words
    # The earlier rounds' notices, given by the steps helper, are each their own paper.
    lot = auctions.creditor_requests(world.officer, lot.id, failed.auction_on)
    assert auctions.issue_paper(world.officer, lot.id, "failure_notice").id == doc.id


def test_at_the_cost_floor_the_asset_goes_back_with_the_bar_on_transactions(world: World) -> None:
    """Law 106/2025 Art 83.3 para 3: reduced to the costs and declined by the creditor, the
    asset goes back to the debtor, who may not transact it until the obligation is done; the
    notice saying so is numbered with the step (no number, no step)."""
    _parties(world)
    auctions = world.services.auctions
    lot = auctions.record_costs(world.officer, contracted_lot(world).id, 75_000_000)
    lot = failed_rounds(world, lot, [100_000_000, 90_000_000, 81_000_000, 72_900_000])
    lot = told(world, lot)
    declined_on = lot.rounds[-1].auction_on
    assert "return_to_debtor" not in auctions.papers_ready(world.officer, lot.id)
    assert not lot.barred_from_transactions
    year = declined_on.year
    _numbers(world, DocumentKind.AUCTION_NOTICE, year, MAX_VALUE)
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as caught:
        auctions.creditor_declines(world.officer, lot.id, declined_on)
    assert "Đã dùng hết số" in caught.value.message("vi")
    assert snapshot(world.services) == before  # the lot is not ended without its paper
    assert auctions.get(world.officer, lot.id).status is LotStatus.ROUND_FAILED
    _numbers(world, DocumentKind.AUCTION_NOTICE, year, 10)
    lot = auctions.creditor_declines(world.officer, lot.id, declined_on)
    assert lot.status is LotStatus.RETURNED_TO_DEBTOR and lot.barred_from_transactions
    assert {i.status for i in lot.items} == {ItemStatus.IN_STORAGE}
    assert auctions.paper_numbers(world.officer, lot.id)["return_to_debtor"] == "11/TB-THADS"
    doc = auctions.issue_paper(world.officer, lot.id, "return_to_debtor")
    assert (doc.number, doc.issued_on) == ("11/TB-THADS", declined_on)
    assert auctions.issue_paper(world.officer, lot.id, "return_to_debtor").id == doc.id
    # The bar on each item's history, with the notice's number (the item panel).
    for item in lot.items:
        details = world.services.items.details(world.officer, item.item_id)
        back = [e for e in details.events if e.kind is EventKind.RETURNED_TO_DEBTOR]
        assert len(back) == 1 and back[0].document_number == "11/TB-THADS"
        assert "không được đưa tài sản tham gia giao dịch dân sự" in (back[0].note or "")
    words = _text(world, doc.id, "return_to_debtor")
    assert "Số: 11/TB-THADS" in words
    assert "Về việc giao lại tài sản cho người phải thi hành án" in words
    assert "Kính gửi: Người phải thi hành án: Trần Văn Bình" in words
    assert "khoản 3 Điều 83 Luật Thi hành án dân sự số 106/2025/QH15" in words
    assert "giảm giá đến 72.900.000 đồng" in words and "chi phí thi hành án là 75.000.000" in words
    assert f"ngày {declined_on:%d/%m/%Y} người được thi hành án không đồng ý nhận" in words
    assert (
        "Người phải thi hành án không được đưa tài sản này tham gia các giao dịch dân sự cho "
        "đến khi thực hiện xong nghĩa vụ thi hành án" in words
    )
    assert "Nơi nhận" in words and "Người được thi hành án" in words
    for item in lot.items:
        assert item.code in words
    papers = _ledger_papers(world, lot.id)
    assert "TB đấu giá không thành số" in papers  # the failures' notices, in order
    assert f"TB giao lại tài sản cho người phải THA số 11/TB-THADS ngày {declined_on:%d/%m/%Y}" in (
        papers
    )


@pytest.mark.parametrize("real", [False, True])
def test_each_co_owner_is_told_of_his_right_by_a_numbered_notice(world: World, real: bool) -> None:
    """Law 106/2025 Art 83.1: 15 days (real property; 09/11 + 15 = 24/11, a holiday → 25/11)
    or 05 working days (movables: → 16/11), then 05 working days to pay."""
    lot = valued_lot(world, 100_000_000, real_property=real)
    use_clock(world, date(2026, 11, 9))
    buyers, auctions = world.services.priority_buyers, world.services.auctions
    assert "priority_notice" not in auctions.papers_ready(world.officer, lot.id)
    _numbers(world, DocumentKind.AUCTION_NOTICE, 2026, MAX_VALUE)
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as caught:
        buyers.notify(world.officer, lot.id, "Nguyễn Thị Lan", date(2026, 11, 9))
    assert "Đã dùng hết số" in caught.value.message("vi")
    assert snapshot(world.services) == before and buyers.list(world.officer, lot.id) == []
    _numbers(world, DocumentKind.AUCTION_NOTICE, 2026, 1)  # one notice already this year
    lan = buyers.notify(world.officer, lot.id, "Nguyễn Thị Lan", date(2026, 11, 9),
                        "5 Hàng Bông, Hà Nội")  # fmt: skip
    first = auctions.issue_paper(world.officer, lot.id, "priority_notice")
    assert (first.number, first.issued_on) == ("2/TB-THADS", date(2026, 11, 9))
    buyers.notify(world.officer, lot.id, "Phạm Văn Hùng", date(2026, 11, 9))
    second = auctions.issue_paper(world.officer, lot.id, "priority_notice")  # the latest
    assert second.number == "3/TB-THADS" and second.id != first.id
    assert auctions.issue_paper(world.officer, lot.id, "priority_notice").id == second.id
    words = _text(world, first.id, f"priority_notice_{'real' if real else 'movable'}")
    assert "Số: 2/TB-THADS" in words
    assert "Về quyền ưu tiên mua tài sản thi hành án" in words
    assert "Kính gửi: Nguyễn Thị Lan (địa chỉ: 5 Hàng Bông, Hà Nội)" in words
    assert "khoản 1 Điều 83 Luật Thi hành án dân sự số 106/2025/QH15" in words
    assert "giá khởi điểm 100.000.000 đồng" in words
    period = "15 ngày đối với bất động sản" if real else "05 ngày làm việc đối với động sản"
    assert period in words
    assert f"đến hết ngày {lan.declare_by:%d/%m/%Y}" in words
    assert lan.declare_by == (date(2026, 11, 25) if real else date(2026, 11, 16))
    assert f"đến hết ngày {lan.pay_by:%d/%m/%Y}" in words
    assert "Nơi nhận" in words and "Phạm Văn Hùng" not in words


def test_a_sale_without_auction_is_announced_by_a_numbered_notice(world: World) -> None:
    """Decree 152/2026 Art 64.2: announced at least 01 working day before (Friday 06/11 for
    Monday 09/11), on the notice board and to the procuracy, by its own numbered step before
    the sale; no number, no announcement, and no sale without it."""
    lot = valued_lot(world, 10_000_000)
    auctions = world.services.auctions
    use_clock(world, date(2026, 11, 9))
    buyer = Buyer("Trần Văn Hùng", "Hà Đông, Hà Nội")

    def announce() -> LotView:
        return auctions.announce_sale_without_auction(
            world.officer, lot.id, SaleMethod.LOW_VALUE, date(2026, 11, 6), date(2026, 11, 9)
        )

    def sell() -> LotView:
        return auctions.sell_without_auction(
            world.officer, lot.id, SaleMethod.LOW_VALUE, buyer, 10_000_000, date(2026, 11, 9)
        )

    _numbers(world, DocumentKind.AUCTION_NOTICE, 2026, MAX_VALUE)
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as caught:
        announce()
    assert "Đã dùng hết số" in caught.value.message("vi")
    assert snapshot(world.services) == before
    with pytest.raises(ValidationError) as unannounced:  # not announced: no sale either
        sell()
    assert unannounced.value.key == "auction.sale_not_announced"
    assert snapshot(world.services) == before
    assert auctions.get(world.officer, lot.id).status is LotStatus.VALUED
    _numbers(world, DocumentKind.AUCTION_NOTICE, 2026, 3)
    announced = announce()
    assert announced.status is LotStatus.VALUED and announced.sold_on is None
    assert (announced.sale_announced_on, announced.announced_sale_on) == (
        date(2026, 11, 6), date(2026, 11, 9))  # fmt: skip
    assert announced.announced_method is SaleMethod.LOW_VALUE
    numbers = auctions.paper_numbers(world.officer, lot.id)
    assert numbers["direct_sale_notice"] == "4/TB-THADS"
    assert "direct_sale_minutes" not in numbers  # the minutes wait for the sale
    ready = auctions.papers_ready(world.officer, lot.id)  # the papers dialog's list
    assert "direct_sale_notice" in ready and "direct_sale_minutes" not in ready
    listed = _ledger_papers(world, lot.id)  # Mẫu 17 lists the announcement before any sale
    assert "TB bán không qua đấu giá số 4/TB-THADS ngày 06/11/2026" in listed
    assert "BB bán không qua đấu giá" not in listed
    sold = sell()
    assert auctions.paper_numbers(world.officer, lot.id)["direct_sale_notice"] == "4/TB-THADS"
    doc = auctions.issue_paper(world.officer, lot.id, "direct_sale_notice")
    assert (doc.number, doc.issued_on) == ("4/TB-THADS", date(2026, 11, 6))
    assert auctions.issue_paper(world.officer, lot.id, "direct_sale_notice").id == doc.id
    words = _text(world, doc.id, "direct_sale_notice")
    assert "Số: 4/TB-THADS" in words
    assert "Về việc bán tài sản không qua thủ tục đấu giá" in words
    assert "Điều 64 Nghị định số 152/2026/NĐ-CP" in words and "động sản có giá trị nhỏ" in words
    assert "Giá tài sản: 10.000.000 đồng" in words
    assert "Thời gian bán: ngày 09/11/2026" in words
    assert "Viện kiểm sát nhân dân cùng cấp" in words
    assert all(item.code in words for item in sold.items)
    assert "Trần Văn Hùng" not in words  # the buyer is not known when it is posted
    minutes = auctions.issue_paper(world.officer, lot.id, "direct_sale_minutes")
    assert minutes.issued_on == date(2026, 11, 9) and minutes.number.endswith("/BBBTS-THADS")
    assert auctions.paper_numbers(world.officer, lot.id)["direct_sale_minutes"] == minutes.number
    assert auctions.issue_paper(world.officer, lot.id, "direct_sale_minutes").id == minutes.id
    words = _text(world, minutes.id, "direct_sale_minutes")
    assert f"Số: {minutes.number}" in words and "BIÊN BẢN" in words.upper()
    assert "Bán tài sản không qua thủ tục đấu giá" in words
    assert "Thông báo số 4/TB-THADS ngày 06/11/2026" in words
    assert "Người mua được tài sản: Trần Văn Hùng, địa chỉ: Hà Đông, Hà Nội" in words
    assert "Giá bán: 10.000.000 đồng" in words
    assert all(item.code in words for item in sold.items)
    assert words.count("Trần Văn Hùng") >= 2  # named, and under his signature
    papers = _ledger_papers(world, lot.id)  # in the order issued
    notice = papers.index("TB bán không qua đấu giá số 4/TB-THADS ngày 06/11/2026")
    assert papers.index(f"BB bán không qua đấu giá số {minutes.number} ngày 09/11/2026") > notice
