"""On the auction screen the officer cancels an unpaid sale (Decree 152/2026 Art 65.1) by
its dialog; the decision took its number with the cancellation, so the papers list shows
that number and printing it reprints the same numbered paper (issue 18)."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from evidence_app.domain.enums import LotStatus
from tests.documents.pdf_pages import page_texts
from tests.services.auctions.steps import BUYER, contracted_lot, notices
from tests.ui.auctions.test_co_owners_and_cancel import SOLD_ON, _click, _view
from tests.ui.auctions.test_valuation_dialogs import _choose, _day, _in_dialog, _type
from tests.world import World
from ui.auctions import view as view_module
from ui.auctions.dialogs import StepForm


def test_the_cancellation_decision_is_listed_with_its_number_and_reprinted(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = ui_world
    auctions = w.services.auctions
    lot = contracted_lot(w)
    auctions.today.day = date(2026, 11, 17)  # type: ignore[attr-defined]
    auctions.schedule_round(
        w.officer, lot.id, SOLD_ON, posted_on=date(2026, 11, 17),
        notices=notices(date(2026, 11, 17)),
    )  # fmt: skip
    auctions.today.day = SOLD_ON  # type: ignore[attr-defined]
    auctions.record_winner(w.officer, lot.id, BUYER, 105_000_000)
    auctions.today.day = date(2027, 1, 5)  # type: ignore[attr-defined]
    view = _view(qtbot, w, lot.id)

    def cancel(d: StepForm) -> None:
        _day(d, "cancel_on", date(2027, 1, 5))
        _type(qtbot, d, "cancel_record", "Biên bản số 12/BB-THADS")
        _type(qtbot, d, "cancel_deposit", "10.000.000")

    _in_dialog(qtbot, cancel)
    _click(qtbot, view, "cancel_sale")
    cancelled = view.current_lot()
    assert cancelled is not None and cancelled.status is LotStatus.CONTRACTED
    numbers = auctions.paper_numbers(w.officer, lot.id)
    assert numbers["cancel_decision"] == "1/QĐ-THADS"  # numbered with the step itself

    printed: list[bytes] = []
    monkeypatch.setattr(view_module, "print_pdf", lambda _p, pdf, _t: printed.append(pdf))
    listed: list[str] = []

    def choose(d: StepForm) -> None:
        combo = d.findChild(QComboBox, "paper_choice")
        listed.extend(combo.itemText(i) for i in range(combo.count()))
        _choose(d, "paper_choice", "cancel_decision")

    _in_dialog(qtbot, choose, "/tmp/hA_papers_dialog.png")
    qtbot.mouseClick(view.papers_button, Qt.MouseButton.LeftButton)
    assert "Quyết định hủy kết quả bán – số 1/QĐ-THADS" in listed
    assert any(t.startswith("Thông báo kết quả định giá – số ") for t in listed)
    (pdf,) = printed
    text = unicodedata.normalize("NFC", " ".join(page_texts(pdf)))
    assert "1/QĐ-THADS" in text and "10.000.000 đồng" in text
    assert auctions.paper_numbers(w.officer, lot.id) == numbers  # a reprint: no new number
