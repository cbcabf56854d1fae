"""Each step of a sale that produces a paper numbers it in the step's own transaction
(issue 18): the valuation notice (Law 106/2025 Art 82), the price reduction decision (Art
83.3), the decision cancelling an unpaid sale with its own agency number (Decree 152/2026
Art 65.1, 65.5). A step whose numbering fails writes nothing; printing later only reprints;
the ledger (Mẫu 17) lists each paper with its number and day. On both databases."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from sqlalchemy import select

from db.models import Document, NumberSequence
from evidence_app.domain.enums import DocumentKind, LotStatus, Role
from evidence_app.domain.errors import ValidationError
from evidence_app.reports.params import ReportParams
from evidence_app.services.core.numbering import MAX_VALUE
from evidence_app.services.core.uow import unit_of_work
from tests.documents.pdf_pages import page_images, page_texts
from tests.services.auctions.steps import (
    BUYER,
    VALUED,
    contracted_lot,
    failed_rounds,
    firm,
    new_lot,
    notices,
    use_clock,
)
from tests.services.rows import snapshot
from tests.world import World

SOLD_ON = date(2026, 12, 3)
CANCELLED_ON = date(2027, 1, 5)  # the day after the payment period (due 04/01/2027)
RECORD = "Biên bản ngày 05/01/2027 về việc người mua không nộp tiền"


def _sold(world: World) -> int:
    auctions = world.services.auctions
    lot = contracted_lot(world)
    auctions.today.day = date(2026, 11, 17)  # type: ignore[attr-defined]
    lot = auctions.schedule_round(
        world.officer, lot.id, SOLD_ON, posted_on=date(2026, 11, 17),
        notices=notices(date(2026, 11, 17)),
    )  # fmt: skip
    auctions.today.day = SOLD_ON  # type: ignore[attr-defined]
    return auctions.record_winner(world.officer, lot.id, BUYER, 105_000_000).id


def _exhaust(world: World, kind: DocumentKind, year: int) -> None:
    """The kind's numbers used up for the year: the next numbering refuses."""
    with unit_of_work(world.services.db) as session:
        row = session.get(NumberSequence, (f"doc:{kind}", year))
        if row is None:
            session.add(NumberSequence(name=f"doc:{kind}", year=year, last_value=MAX_VALUE))
        else:
            row.last_value = MAX_VALUE


def _papers(world: World, lot_id: int) -> list[tuple[str, str, date]]:
    """(kind, number, issued on) of the lot's step papers, as stored."""
    import json

    with unit_of_work(world.services.db, read_only=True) as session:
        rows = session.execute(
            select(Document.kind, Document.number, Document.issued_on, Document.content)
            .order_by(Document.id)
        ).all()  # fmt: skip
    return [
        (kind, number, on) for kind, number, on, raw in rows
        if json.loads(raw).get("content", {}).get("lot_id") == lot_id
    ]  # fmt: skip


def test_the_valuation_notice_is_numbered_with_the_notification(world: World) -> None:
    clock = use_clock(world, VALUED)
    auctions = world.services.auctions
    lot = auctions.record_valuation(world.officer, new_lot(world).id, firm())
    clock.day = date(2026, 11, 9)
    _exhaust(world, DocumentKind.AUCTION_NOTICE, 2026)
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as caught:
        auctions.notify_parties(world.officer, lot.id, date(2026, 11, 9))
    assert "Đã dùng hết số" in caught.value.message("vi"), caught.value.message("vi")
    assert snapshot(world.services) == before  # no notification without its paper number
    assert auctions.get(world.officer, lot.id).valuation.notified_on is None  # type: ignore[union-attr]
    _exhaust(world, DocumentKind.AUCTION_NOTICE, 2025)  # another year's numbers: no matter
    with unit_of_work(world.services.db) as session:
        row = session.get(NumberSequence, (f"doc:{DocumentKind.AUCTION_NOTICE}", 2026))
        assert row is not None
        row.last_value = 6
    lot = auctions.notify_parties(world.officer, lot.id, date(2026, 11, 9))
    assert _papers(world, lot.id) == [
        (DocumentKind.AUCTION_NOTICE, "7/TB-THADS", date(2026, 11, 9))
    ]


def test_the_cancellation_decision_takes_its_number_with_the_cancellation(world: World) -> None:
    lot_id = _sold(world)
    auctions = world.services.auctions
    auctions.today.day = CANCELLED_ON  # type: ignore[attr-defined]
    # Law: the decision is a numbered paper of the agency (Decree 152/2026 Art 65.1): no
    # number, no cancellation.
    _exhaust(world, DocumentKind.AUCTION_DECISION, 2027)
    before = snapshot(world.services)
    with pytest.raises(ValidationError):
        auctions.cancel_unpaid_sale(world.officer, lot_id, CANCELLED_ON, RECORD, 10_000_000)
    assert snapshot(world.services) == before
    assert auctions.get(world.officer, lot_id).status is LotStatus.SOLD
    with unit_of_work(world.services.db) as session:
        row = session.get(NumberSequence, (f"doc:{DocumentKind.AUCTION_DECISION}", 2027))
        assert row is not None
        row.last_value = 2  # two decisions already this year
    lot = auctions.cancel_unpaid_sale(world.officer, lot_id, CANCELLED_ON, RECORD, 10_000_000)
    assert lot.status is LotStatus.CONTRACTED
    decisions = [p for p in _papers(world, lot_id) if p[0] == DocumentKind.AUCTION_DECISION]
    assert [(n, on) for _k, n, on in decisions] == [("3/QĐ-THADS", CANCELLED_ON)]
    # Printing later reprints the same paper: no second number.
    doc = auctions.issue_paper(world.officer, lot_id, "cancel_decision")
    assert doc.number == "3/QĐ-THADS" and doc.issued_on == CANCELLED_ON
    assert auctions.issue_paper(world.officer, lot_id, "cancel_decision").id == doc.id
    pdf = world.services.documents.pdf(world.officer, doc.id)
    words = unicodedata.normalize("NFC", " ".join(page_texts(pdf)))
    assert "Số: 3/QĐ-THADS" in words and "hủy bỏ kết quả bán đấu giá" in words.lower()
    assert "10.000.000 đồng" in words
    # The ledger lists the papers of the lot with their numbers, as stored.
    ledger = auctions.ledger(world.actors[Role.INSPECTOR], date(2026, 10, 1), date(2027, 9, 30))
    papers = str(ledger.rows[0][13])
    notice = next(p for p in _papers(world, lot_id) if p[0] == DocumentKind.AUCTION_NOTICE)
    assert papers == (
        f"TB kết quả định giá số {notice[1]} ngày {notice[2]:%d/%m/%Y}; "
        "QĐ hủy kết quả bán đấu giá số 3/QĐ-THADS ngày 05/01/2027"
    )
    assert ledger.columns[13].header == "Văn bản đã ban hành (số, ngày)"
    assert "hủy bán 1 lần do không nộp tiền" in str(ledger.rows[0][14])
    params = ReportParams(date(2026, 10, 1), date(2027, 9, 30), today=CANCELLED_ON)
    pdf = world.services.reports.export(world.actors[Role.INSPECTOR], "auction_ledger", params,
                                        "pdf")  # fmt: skip
    text = unicodedata.normalize("NFC", " ".join(page_texts(pdf)))
    assert "Văn bản đã ban hành" in text and "3/QĐ-THADS" in text and notice[1] in text
    page_images(pdf)[0].save("/tmp/hA_auction_ledger.png")


def test_a_buyers_own_cancellation_is_no_cancellation_decision(world: World) -> None:
    """Decree 152/2026 Art 67.4: the buyer cancels; the agency decides nothing, so no
    'hủy kết quả bán đấu giá' paper is offered."""
    lot_id = _sold(world)
    auctions = world.services.auctions
    assert "cancel_decision" not in auctions.papers_ready(world.officer, lot_id)


def test_the_reduction_decision_is_numbered_when_the_reduced_round_is_scheduled(
    world: World,
) -> None:
    lot = contracted_lot(world)
    lot = failed_rounds(world, lot, [0])
    auctions = world.services.auctions
    lot = failed_rounds(world, lot, [90_000_000])
    reductions = [p for p in _papers(world, lot.id) if p[0] == DocumentKind.AUCTION_DECISION]
    assert len(reductions) == 1 and reductions[0][1].endswith("/QĐ-THADS")
    doc = auctions.issue_paper(world.officer, lot.id, "reduction_decision")
    assert doc.number == reductions[0][1]  # a reprint
    ledger = auctions.ledger(world.officer, date(2026, 10, 1), date(2027, 9, 30))
    assert f"QĐ giảm giá số {doc.number} ngày {doc.issued_on:%d/%m/%Y}" in str(ledger.rows[0][13])


def test_the_taking_notices_are_numbered_with_their_steps(world: World) -> None:
    """Decree 152/2026 Art 65.6, 66: the notice to the debtor and the one to the creditor
    each take their number with the step; with no number the step is not recorded."""
    auctions = world.services.auctions
    lot = failed_rounds(world, contracted_lot(world), [100_000_000, 90_000_000, 81_000_000])
    request = date(2027, 1, 28)
    auctions.today.day = date(2027, 2, 1)  # type: ignore[attr-defined]
    auctions.notify_failure(world.officer, lot.id, request)
    lot = auctions.creditor_requests(world.officer, lot.id, request)
    _exhaust(world, DocumentKind.AUCTION_NOTICE, 2027)
    before = snapshot(world.services)
    with pytest.raises(ValidationError):
        auctions.notify_debtor_of_taking(world.officer, lot.id, date(2027, 2, 1))
    assert snapshot(world.services) == before
    assert auctions.get(world.officer, lot.id).debtor_notified_on is None
    with unit_of_work(world.services.db) as session:
        row = session.get(NumberSequence, (f"doc:{DocumentKind.AUCTION_NOTICE}", 2027))
        assert row is not None
        row.last_value = 1  # 1/TB-THADS is the notice of the failure (Decree Art 65.6)
    lot = auctions.notify_debtor_of_taking(world.officer, lot.id, date(2027, 2, 1))
    assert auctions.paper_numbers(world.officer, lot.id)["taking_debtor_notice"] == "2/TB-THADS"
    auctions.today.day = date(2027, 2, 12)  # type: ignore[attr-defined]
    lot = auctions.notify_creditor_to_pay(world.officer, lot.id, date(2027, 2, 12))
    numbers = auctions.paper_numbers(world.officer, lot.id)
    assert numbers["taking_creditor_notice"] == "3/TB-THADS"
    ledger = auctions.ledger(world.officer, date(2026, 10, 1), date(2027, 9, 30))
    papers = str(ledger.rows[0][13])
    assert "TB người phải THA (nhận tài sản) số 2/TB-THADS ngày 01/02/2027" in papers
    assert "TB người được THA nộp chênh lệch số 3/TB-THADS ngày 12/02/2027" in papers
    assert papers.count("QĐ giảm giá số ") == 2  # 100 → 90 → 81 million


def test_the_council_minutes_are_numbered_with_the_valuation(world: World) -> None:
    """Decree 152/2026 Art 60.3: the council's valuation is recorded with its minutes."""
    from evidence_app.domain.enums import ValuationMethod
    from evidence_app.services.auctions import CouncilOpinion, ValuationDraft

    use_clock(world, VALUED)
    auctions = world.services.auctions
    lot = new_lot(world)
    draft = ValuationDraft(
        ValuationMethod.PRICE_COUNCIL, 50_000_000, VALUED, chair_user_id=world.officer.user_id,
        members=("Lê Thị Hoa – Sở Tài chính", "Ngô Văn Nam – Phòng Kinh tế"),
        opinions=(CouncilOpinion(agrees=True),) * 3,
    )  # fmt: skip
    _exhaust(world, DocumentKind.COUNCIL_MINUTES, 2026)
    before = snapshot(world.services)
    with pytest.raises(ValidationError):
        auctions.record_valuation(world.officer, lot.id, draft)
    assert snapshot(world.services) == before
    with unit_of_work(world.services.db) as session:
        row = session.get(NumberSequence, (f"doc:{DocumentKind.COUNCIL_MINUTES}", 2026))
        assert row is not None
        row.last_value = 0
    auctions.record_valuation(world.officer, lot.id, draft)
    number = auctions.paper_numbers(world.officer, lot.id)["council_minutes"]
    assert (
        number.startswith("1/") and number.endswith("/BBXDG-THADS")
    ) or number == "1/BBXDG-THADS"


def test_the_cancellation_decision_also_cancels_the_sale_contract(world: World) -> None:
    """Decree 152/2026 Art 65.1, second paragraph: the agency cancels the contract of sale
    with the buyer who did not pay; the decision says so and goes first to the buyer."""
    lot_id = _sold(world)
    auctions = world.services.auctions
    auctions.today.day = CANCELLED_ON  # type: ignore[attr-defined]
    auctions.cancel_unpaid_sale(world.officer, lot_id, CANCELLED_ON, RECORD, 10_000_000)
    doc = auctions.issue_paper(world.officer, lot_id, "cancel_decision")
    pdf = world.services.documents.pdf(world.officer, doc.id)
    words = unicodedata.normalize("NFC", " ".join(page_texts(pdf)))
    assert "HỦY BỎ KẾT QUẢ BÁN ĐẤU GIÁ TÀI SẢN VÀ HỢP ĐỒNG MUA BÁN TÀI SẢN ĐẤU GIÁ" in (
        words.upper()
    )
    assert (
        "Điều 2. Hủy bỏ hợp đồng mua bán tài sản đấu giá đã giao kết với người mua "
        f"{BUYER.name} đối với tài sản nêu tại Điều 1" in words
    ), words
    assert "Điều 3. Khoản tiền đặt trước 10.000.000 đồng" in words
    to = words[words.index("Nơi nhận:") :]
    first = f"Người mua được tài sản: {BUYER.name}"
    listed = [to.index(n) for n in (first, "Đương sự", "Viện kiểm sát nhân dân cùng cấp")]
    assert listed == sorted(listed), to
