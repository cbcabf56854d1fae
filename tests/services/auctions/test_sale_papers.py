"""The papers of a sale's steps (issue 18), each read back as text and checked against the
database: the valuation notice (Law 106/2025 Art 82), the price council's minutes with each
member's opinion (Decree 152/2026 Art 60.3, migration 0026), the price reduction decision
(Law Art 83.3), the notices of the creditor's taking to the debtor and to the creditor
(Decree Art 65.6, 66), the decision cancelling an unpaid sale (Decree Art 65.1, 65.5).
Page 1 of each is rendered to /tmp/sale_papers/ once to be looked at."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text

from db.models import ValuationOpinion
from evidence_app.domain.enums import PartyRole, ValuationMethod
from evidence_app.domain.errors import ValidationError
from evidence_app.services.auctions import CouncilOpinion, ValuationDraft
from evidence_app.services.core.uow import unit_of_work
from tests.documents.pdf_pages import page_images, page_texts
from tests.services.auctions.steps import (
    BUYER,
    contracted_lot,
    failed_rounds,
    new_lot,
    notices,
    use_clock,
)
from tests.services.rows import snapshot
from tests.world import World

OUT = Path("/tmp/sale_papers")
MEMBERS = ("Lê Thị Hoa – Sở Tài chính", "Ngô Văn Nam – Phòng Tài nguyên và Môi trường")
YES = CouncilOpinion(agrees=True)


def _text(world: World, document_id: int, name: str) -> str:
    pdf = world.services.documents.pdf(world.officer, document_id)
    OUT.mkdir(exist_ok=True)
    page_images(pdf)[0].save(OUT / f"{name}.png")
    return unicodedata.normalize("NFC", " ".join(page_texts(pdf)))


def _council(opinions: tuple[CouncilOpinion, ...], members: tuple[str, ...] = MEMBERS,
             chair: int = 0) -> ValuationDraft:  # fmt: skip
    return ValuationDraft(
        ValuationMethod.PRICE_COUNCIL, 50_000_000, date(2026, 11, 6), chair_user_id=chair,
        members=members, opinions=opinions,
    )  # fmt: skip


def test_the_council_records_each_opinion_and_prints_its_minutes(world: World) -> None:
    use_clock(world, date(2026, 11, 6))
    lot = new_lot(world)
    auctions, chair = world.services.auctions, world.officer.user_id
    dissent = CouncilOpinion(False, 45_000_000, "Xe đã qua sử dụng nhiều năm")
    before = snapshot(world.services)
    refused = {
        "từng thành viên": (YES, YES),  # one opinion missing
        "lý do": (YES, YES, CouncilOpinion(False, 45_000_000)),  # a dissent without reasons
        "quá nửa": (YES, dissent, dissent),  # 1 of 3
    }
    for words, opinions in refused.items():
        with pytest.raises(ValidationError) as caught:
            auctions.record_valuation(world.officer, lot.id, _council(opinions, chair=chair))
        assert words in caught.value.message("vi"), caught.value.message("vi")
        assert "Điều 60" in caught.value.message("vi")
    # Four members, two for: a tie the chair decides, so the chair must be among them.
    four = (*MEMBERS, "Trần Văn Cường – Phòng Kinh tế")
    with pytest.raises(ValidationError):
        auctions.record_valuation(
            world.officer, lot.id, _council((dissent, YES, YES, dissent), four, chair)
        )
    assert snapshot(world.services) == before
    lot = auctions.record_valuation(
        world.officer, lot.id, _council((YES, YES, dissent, dissent), four, chair)
    )
    with unit_of_work(world.services.db, read_only=True) as session:
        rows = session.scalars(select(ValuationOpinion).order_by(ValuationOpinion.seq)).all()
        stored = [(r.member, r.agrees, r.proposed_price, r.note) for r in rows]
    assert stored[0][0].startswith(world.officer.full_name) and stored[0][1:3] == (True, 50_000_000)
    assert stored[3] == (four[2], False, 45_000_000, "Xe đã qua sử dụng nhiều năm")
    # The opinions are written once: no UPDATE, no DELETE, even in plain SQL.
    for sql in ("UPDATE valuation_opinion SET agrees = false", "DELETE FROM valuation_opinion"):
        with pytest.raises(Exception), world.services.db.session() as session:
            session.execute(text(sql))
    with pytest.raises(ValidationError):  # no paper before its step
        auctions.issue_paper(world.officer, lot.id, "valuation_notice")
    doc = auctions.issue_paper(world.officer, lot.id, "council_minutes")
    assert doc.number.endswith("/BBXDG-THADS")
    again = auctions.issue_paper(world.officer, lot.id, "council_minutes")
    assert again.id == doc.id  # one paper a step: a reprint, not a second number
    words = _text(world, doc.id, "council_minutes")
    assert "BIÊN BẢN" in words and "Xác định giá tài sản thi hành án" in words
    assert "khoản 3 Điều 60 Nghị định số 152/2026/NĐ-CP" in words
    for member, agrees, price, note in stored:
        name = member.split("–")[0].strip()
        assert words.count(name) >= 3, name  # listed, in the opinions, under a signature
        assert f"{price:,}".replace(",", ".") in words
        assert note in words
    assert words.count("Không tán thành") == 2
    assert "Kết quả biểu quyết: 2/4 thành viên tán thành (bằng nhau" in words
    assert "50.000.000 đồng" in words and lot.items[0].code in words


def test_the_valuation_notice_tells_the_parties_the_price_and_their_right(world: World) -> None:
    world.services.cases.add_party(world.officer, world.case.id, PartyRole.LIABLE, "Trần Văn Bình")
    lot = contracted_lot(world)
    doc = world.services.auctions.issue_paper(world.officer, lot.id, "valuation_notice")
    words = _text(world, doc.id, "valuation_notice")
    valuation = lot.valuation
    assert valuation is not None and valuation.notified_on is not None
    assert doc.number.endswith("/TB-THADS") and doc.issued_on == valuation.notified_on
    assert "THÔNG BÁO" in words and "Người phải thi hành án: Trần Văn Bình" in words
    assert f"{valuation.price:,} đồng".replace(",", ".") in words
    assert f"{valuation.valued_on:%d/%m/%Y}" in words and valuation.valuer in words
    assert "05 ngày làm việc" in words and "điểm c khoản 2 Điều 82" in words
    assert "CHẤP HÀNH VIÊN" in words and world.officer.full_name in words


def test_the_reduction_and_the_taking_papers(world: World) -> None:
    auctions = world.services.auctions
    world.services.cases.add_party(world.officer, world.case.id, PartyRole.LIABLE, "Trần Văn Bình")
    world.services.cases.add_party(world.officer, world.case.id, PartyRole.CREDITOR, "Hà Thị Lan")
    lot = failed_rounds(world, contracted_lot(world), [100_000_000, 90_000_000, 81_000_000])
    doc = auctions.issue_paper(world.officer, lot.id, "reduction_decision")
    assert doc.number.endswith("/QĐ-THADS")
    words = _text(world, doc.id, "reduction_decision")
    assert "QUYẾT ĐỊNH" in words and "Về việc giảm giá tài sản (lần thứ 2)" in words
    assert "từ 90.000.000 đồng xuống 81.000.000 đồng (giảm 9.000.000 đồng, 10,00%)" in words
    assert "khoản 3 Điều 83 Luật Thi hành án dân sự" in words
    assert f"{lot.rounds[1].auction_on:%d/%m/%Y}" in words
    with pytest.raises(ValidationError):
        auctions.issue_paper(world.officer, lot.id, "taking_debtor_notice")
    request = date(2027, 1, 26)
    auctions.today.day = date(2027, 2, 3)  # type: ignore[attr-defined]
    auctions.notify_failure(world.officer, lot.id, request)
    auctions.creditor_requests(world.officer, lot.id, request)
    auctions.notify_debtor_of_taking(world.officer, lot.id, request)
    doc = auctions.issue_paper(world.officer, lot.id, "taking_debtor_notice")
    words = _text(world, doc.id, "taking_debtor_notice")
    due = auctions.redemption_due(world.officer, lot.id)
    assert "Kính gửi: Người phải thi hành án: Trần Văn Bình" in words
    assert "Hà Thị Lan" in words and "26/01/2027" in words and "81.000.000 đồng" in words
    assert f"{due:,} đồng".replace(",", ".") in words and "khoản 6 Điều 65" in words
    lot = auctions.notify_creditor_to_pay(world.officer, lot.id, date(2027, 2, 3))
    doc = auctions.issue_paper(world.officer, lot.id, "taking_creditor_notice")
    words = _text(world, doc.id, "taking_creditor_notice")
    difference = auctions.difference_due(world.officer, lot.id)
    assert doc.issued_on == date(2027, 2, 3)
    assert "Kính gửi: Người được thi hành án: Hà Thị Lan" in words
    assert f"{difference:,} đồng".replace(",", ".") in words and "Điều 66" in words
    assert f"{81_000_000 - difference:,} đồng".replace(",", ".") in words


def test_the_decision_cancelling_an_unpaid_sale(world: World) -> None:
    auctions = world.services.auctions
    lot = contracted_lot(world)
    auctions.today.day = date(2026, 11, 17)  # type: ignore[attr-defined]
    sold_on = date(2026, 12, 3)
    lot = auctions.schedule_round(
        world.officer, lot.id, sold_on, posted_on=date(2026, 11, 17),
        notices=notices(date(2026, 11, 17)),
    )  # fmt: skip
    auctions.today.day = sold_on  # type: ignore[attr-defined]
    lot = auctions.record_winner(world.officer, lot.id, BUYER, 105_000_000)
    with pytest.raises(ValidationError):
        auctions.issue_paper(world.officer, lot.id, "cancel_decision")
    day = date(2027, 1, 5)
    auctions.today.day = day  # type: ignore[attr-defined]
    lot = auctions.cancel_unpaid_sale(world.officer, lot.id, day, "Biên bản số 3/BB", 10_000_000)
    doc = auctions.issue_paper(world.officer, lot.id, "cancel_decision")
    words = _text(world, doc.id, "cancel_decision")
    assert doc.issued_on == day and doc.number.endswith("/QĐ-THADS")
    assert "Về việc hủy bỏ kết quả bán đấu giá tài sản" in words
    assert BUYER.name in words and "105.000.000 đồng" in words and "04/01/2027" in words
    assert "10.000.000 đồng" in words and "khoản 5 Điều 65" in words
    assert lot.items[0].code in words
