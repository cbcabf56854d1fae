"""Decisions are numbered ``n/QĐ-THADS`` (Decree 30/2020 Appendix III abbreviates Quyết
định as "QĐ"), printed so on the paper; the QR stays ASCII (``n/QD-THADS``); a paper is
found by either spelling, and a decision issued under the old ``QD`` spelling keeps its
number and is found by both too (issue 18). On both databases."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from evidence_app.domain.codes import CodeKind
from evidence_app.domain.document_kinds import SUFFIXES, number_spellings, qr_number
from evidence_app.domain.enums import DocumentKind
from tests.documents.pdf_pages import page_images, page_texts, qr_texts
from tests.services.auctions.steps import BUYER, contracted_lot, notices
from tests.world import World

SOLD_ON = date(2026, 12, 3)
CANCELLED_ON = date(2027, 1, 5)  # the day after the payment period (due 04/01/2027)
RECORD = "Biên bản ngày 05/01/2027 về việc người mua không nộp tiền"


def _cancelled(world: World) -> int:
    """A lot sold on 03/12/2026 and its sale cancelled for non-payment: one decision."""
    auctions = world.services.auctions
    lot = contracted_lot(world)
    auctions.today.day = date(2026, 11, 17)  # type: ignore[attr-defined]
    lot = auctions.schedule_round(
        world.officer, lot.id, SOLD_ON, posted_on=date(2026, 11, 17),
        notices=notices(date(2026, 11, 17)),
    )  # fmt: skip
    auctions.today.day = SOLD_ON  # type: ignore[attr-defined]
    auctions.record_winner(world.officer, lot.id, BUYER, 105_000_000)
    auctions.today.day = CANCELLED_ON  # type: ignore[attr-defined]
    auctions.cancel_unpaid_sale(world.officer, lot.id, CANCELLED_ON, RECORD, 10_000_000)
    return auctions.issue_paper(world.officer, lot.id, "cancel_decision").id


def test_spellings_of_a_number() -> None:
    assert qr_number("3/QĐ-THADS-KV1") == "3/QD-THADS-KV1"
    assert number_spellings("3/qđ-thads") == ("3/QĐ-THADS", "3/QD-THADS")
    assert number_spellings(" 3/QD-THADS ") == ("3/QD-THADS", "3/QĐ-THADS")
    # Other kinds have one spelling: a "D" elsewhere is not a decision's Đ.
    assert number_spellings("15/BB-THADS") == ("15/BB-THADS",)
    assert number_spellings("2/BBGTS-THADS") == ("2/BBGTS-THADS",)


def test_the_decision_prints_qd_and_its_qr_is_ascii(world: World) -> None:
    doc_id = _cancelled(world)
    docs = world.services.documents
    view = docs.get(world.officer, doc_id)
    assert view.number == "1/QĐ-THADS"
    pdf = docs.pdf(world.officer, doc_id)
    text = unicodedata.normalize("NFC", " ".join(page_texts(pdf)))
    assert "Số: 1/QĐ-THADS" in text and "Văn bản số 1/QĐ-THADS – trang 1" in text
    (payload,) = qr_texts(page_images(pdf, dpi=200)[0])
    assert payload.isascii(), payload
    assert payload.startswith("THADS-DOC|1/QD-THADS|2027|auction_decision|")
    # The scanned QR leads to the paper and checks against it.
    assert world.services.scan.route(world.officer, payload).id == doc_id
    assert world.services.scan.route(world.officer, payload).kind is CodeKind.DOCUMENT
    checked = docs.check(world.officer, payload)
    assert checked.document.id == doc_id and checked.ok and checked.paper_checked
    # Typed, by either spelling, in any case.
    for typed in ("1/QĐ-THADS", "1/QD-THADS", "1/qđ-thads", "1/qd-thads"):
        assert docs.check(world.officer, typed).document.id == doc_id, typed


def test_a_decision_issued_as_qd_keeps_its_number_and_is_found_both_ways(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Issued as before the QĐ spelling: stored, printed and in its QR as 1/QD-THADS.
    monkeypatch.setitem(SUFFIXES, DocumentKind.AUCTION_DECISION, "QD-THADS")
    doc_id = _cancelled(world)
    monkeypatch.undo()
    docs = world.services.documents
    view = docs.get(world.officer, doc_id)
    assert view.number == "1/QD-THADS"  # kept as printed, never renumbered
    for typed in ("1/QD-THADS", "1/QĐ-THADS", "1/qđ-thads"):
        assert docs.check(world.officer, typed).document.id == doc_id, typed
    (payload,) = qr_texts(page_images(docs.pdf(world.officer, doc_id), dpi=200)[0])
    assert payload.startswith("THADS-DOC|1/QD-THADS|2027|")
    assert world.services.scan.route(world.officer, payload).id == doc_id
    assert docs.check(world.officer, payload).ok
