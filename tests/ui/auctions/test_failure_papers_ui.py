"""On the auction screen the officer tells the parties a round at the cost floor failed and
records the creditor's refusal by their dialogs (Decree 152/2026 Art 65.6; Law 106/2025 Art
83.3): the notice of the failure and the one handing the asset back to the debtor took
their numbers with those steps, the papers dialog lists both with their numbers, printing
reprints the same paper, and the timeline states the bar on civil transactions."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit
from pytestqt.qtbot import QtBot

from evidence_app.domain.enums import LotStatus, SaleMethod
from evidence_app.services.auctions import Buyer
from tests.documents.pdf_pages import page_texts
from tests.services.auctions.steps import contracted_lot, failed_rounds, use_clock, valued_lot
from tests.ui.auctions.test_co_owners_and_cancel import _click, _view
from tests.ui.auctions.test_valuation_dialogs import _choose, _in_dialog
from tests.world import World
from ui.auctions import view as view_module
from ui.auctions.dialogs import StepForm


def test_the_failure_and_return_papers_are_listed_and_reprinted(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = ui_world
    auctions = w.services.auctions
    lot = auctions.record_costs(w.officer, contracted_lot(w).id, 75_000_000)
    lot = failed_rounds(w, lot, [100_000_000, 90_000_000, 81_000_000, 72_900_000])
    day = lot.rounds[-1].auction_on
    auctions.today.day = day  # type: ignore[attr-defined]
    view = _view(qtbot, w, lot.id)

    def on_day(d: StepForm) -> None:
        d.findChild(QDateEdit).setDate(QDate(day.year, day.month, day.day))

    _in_dialog(qtbot, on_day)
    _click(qtbot, view, "notify_failure")
    _in_dialog(qtbot, on_day)
    _click(qtbot, view, "decline")
    back = view.current_lot()
    assert back is not None and back.status is LotStatus.RETURNED_TO_DEBTOR
    numbers = auctions.paper_numbers(w.officer, lot.id)
    rows = [
        " ".join(view.timeline.item(r, c).text() for c in range(view.timeline.columnCount()))
        for r in range(view.timeline.rowCount())
    ]
    assert any("không được đưa tài sản tham gia giao dịch dân sự" in r for r in rows), rows
    view.grab().save("/tmp/hF_returned_lot.png")

    printed: list[bytes] = []
    monkeypatch.setattr(view_module, "print_pdf", lambda _p, pdf, _t: printed.append(pdf))
    listed: list[str] = []

    def choose(d: StepForm) -> None:
        combo = d.findChild(QComboBox, "paper_choice")
        listed.extend(combo.itemText(i) for i in range(combo.count()))
        _choose(d, "paper_choice", "return_to_debtor")

    _in_dialog(qtbot, choose, "/tmp/hF_papers_dialog.png")
    qtbot.mouseClick(view.papers_button, Qt.MouseButton.LeftButton)
    back_number = numbers["return_to_debtor"]
    assert f"Thông báo giao lại tài sản cho người phải THA – số {back_number}" in listed
    assert f"Thông báo đấu giá không thành – số {numbers['failure_notice']}" in listed
    (pdf,) = printed
    text = unicodedata.normalize("NFC", " ".join(page_texts(pdf)))
    assert back_number in text and "không được đưa tài sản này tham gia" in text
    assert auctions.paper_numbers(w.officer, lot.id) == numbers  # a reprint: no new number


def test_the_co_owner_and_direct_sale_papers_are_listed_with_their_numbers(
    qtbot: QtBot, ui_world: World
) -> None:
    """Law 106/2025 Art 83.1 and Decree 152/2026 Art 64.2: the notice to a co-owner, the
    announcement of the sale without auction and its minutes are in the papers dialog."""
    w = ui_world
    auctions = w.services.auctions
    lot = valued_lot(w, 10_000_000)
    use_clock(w, date(2026, 11, 9))
    w.services.priority_buyers.notify(w.officer, lot.id, "Nguyễn Thị Lan", date(2026, 11, 9))
    auctions.announce_sale_without_auction(
        w.officer, lot.id, SaleMethod.LOW_VALUE, date(2026, 11, 6), date(2026, 11, 9)
    )
    auctions.sell_without_auction(
        w.officer, lot.id, SaleMethod.LOW_VALUE, Buyer("Trần Văn Hùng"), 10_000_000,
        date(2026, 11, 9),
    )  # fmt: skip
    numbers = auctions.paper_numbers(w.officer, lot.id)
    view = _view(qtbot, w, lot.id)
    listed: list[str] = []

    def look(d: StepForm) -> None:
        combo = d.findChild(QComboBox, "paper_choice")
        listed.extend(combo.itemText(i) for i in range(combo.count()))
        d.reject()

    QTimer.singleShot(0, lambda: look(_open_form()))
    qtbot.mouseClick(view.papers_button, Qt.MouseButton.LeftButton)
    for paper, name in (
        ("priority_notice", "Thông báo quyền ưu tiên mua (chủ sở hữu chung)"),
        ("direct_sale_notice", "Thông báo bán tài sản không qua đấu giá"),
        ("direct_sale_minutes", "Biên bản bán tài sản không qua đấu giá"),
    ):
        assert f"{name} – số {numbers[paper]}" in listed, listed
    assert numbers["direct_sale_minutes"].endswith("/BBBTS-THADS")


def _open_form() -> StepForm:
    return next(d for d in QApplication.topLevelWidgets()
                if isinstance(d, StepForm) and d.isVisible())  # fmt: skip
