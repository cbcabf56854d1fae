"""An officer records a valuation by each method of Law 106/2025 Art 82 and a co-owner's
notice (Art 83.1) through the real dialogs, typing and choosing as at the desk; a refusal is
shown and nothing changes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QTableWidget,
)
from pytestqt.qtbot import QtBot

from evidence_app.domain.enums import LotStatus, SaleMethod, ValuationMethod
from evidence_app.domain.errors import ValidationError
from tests.services.auctions.steps import firm, new_lot, use_clock
from tests.ui.keys import type_text
from tests.world import World
from ui.auctions.dialogs import PriorityDialog, StepForm, ValuationDialog
from ui.strings import tr


def _in_dialog(qtbot: QtBot, fill: Callable[[StepForm], None], shot: str = "") -> None:
    def run() -> None:
        dialog = next(d for d in QApplication.topLevelWidgets()
                      if isinstance(d, StepForm) and d.isVisible())  # fmt: skip
        try:
            fill(dialog)
        except BaseException:
            dialog.reject()  # an assertion in the filling must not leave the dialog open
            raise
        if shot:
            dialog.grab().save(shot)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(50, run)


def _type(qtbot: QtBot, dialog: StepForm, name: str, text: str) -> None:
    edit = dialog.findChild(QLineEdit, name)
    edit.clear()
    type_text(qtbot, edit, text)


def _choose(dialog: StepForm, name: str, data: str) -> None:
    combo = dialog.findChild(QComboBox, name)
    combo.setCurrentIndex(combo.findData(data))


def _cell(qtbot: QtBot, grid: QTableWidget, row: int, column: int, text: str) -> None:
    """Double-click a cell of the grid, type, press Enter, as at the desk."""
    grid.scrollToItem(grid.item(row, column))
    rect = grid.visualItemRect(grid.item(row, column))
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editors = [e for e in grid.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1, editors
    editor = editors[0]
    editor.selectAll()
    type_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: grid.item(row, column).text() == text, timeout=2000)


def _day(dialog: StepForm, name: str, day: date) -> None:
    dialog.findChild(QDateEdit, name).setDate(QDate(day.year, day.month, day.day))


def test_the_officer_values_a_low_value_asset_himself_by_the_dialog(
    qtbot: QtBot, ui_world: World
) -> None:
    w = ui_world
    use_clock(w, date(2026, 12, 15))
    lot = new_lot(w)

    def fill(d: StepForm) -> None:
        _choose(d, "valuation_method", ValuationMethod.OFFICER.value)
        valuer = d.findChild(QLineEdit, "valuation_valuer")
        assert d.form.labelForField(valuer).text() == tr("auction.valuer_officer")
        _type(qtbot, d, "valuation_valuer", w.officer.full_name)
        _type(qtbot, d, "valuation_price", "26.550.000")
        _day(d, "valuation_on", date(2026, 11, 5))
        _choose(d, "valuation_ground", "low_value")

    _in_dialog(qtbot, fill, "/tmp/hB_valuation_dialog.png")
    draft = ValuationDialog.ask(None, w.officer)  # type: ignore[arg-type]
    assert draft is not None and draft.basis == "low_value" and draft.paper_on is None
    view = w.services.auctions.record_valuation(w.officer, lot.id, draft)
    assert view.valuation is not None and view.valuation.price == 26_550_000


def test_a_revaluation_request_typed_late_is_refused(qtbot: QtBot, ui_world: World) -> None:
    """Law Art 82.2.c: notified 11/11, the request of 19/11 is a day late."""
    w = ui_world
    clock = use_clock(w, date(2026, 11, 6))
    lot = new_lot(w)
    w.services.auctions.record_valuation(w.officer, lot.id, firm())
    clock.day = date(2026, 12, 15)
    w.services.auctions.notify_parties(w.officer, lot.id, date(2026, 11, 11))

    def fill(d: StepForm) -> None:
        _choose(d, "valuation_method", ValuationMethod.FIRM.value)
        _type(qtbot, d, "valuation_valuer", "Công ty Thẩm định giá Sao Việt")
        _type(qtbot, d, "valuation_price", "110.000.000")
        _day(d, "valuation_on", date(2026, 11, 19))
        _choose(d, "valuation_ground", "party_request")
        _type(qtbot, d, "valuation_paper", "Đơn của ông Nguyễn Văn An")
        _day(d, "valuation_paper_on", date(2026, 11, 19))
        _type(qtbot, d, "valuation_advance", "2.000.000")

    _in_dialog(qtbot, fill)
    draft = ValuationDialog.ask(None, w.officer)  # type: ignore[arg-type]
    assert draft is not None and draft.advance_paid == 2_000_000
    with pytest.raises(ValidationError) as caught:
        w.services.auctions.record_valuation(w.officer, lot.id, draft)
    assert "18/11/2026" in caught.value.message("vi")
    assert len(w.services.auctions.get(w.officer, lot.id).valuations) == 1


def test_a_co_owner_notified_by_the_dialog_buys_the_lot(qtbot: QtBot, ui_world: World) -> None:
    w = ui_world
    clock = use_clock(w, date(2026, 11, 6))
    lot = new_lot(w)
    w.services.auctions.record_valuation(w.officer, lot.id, firm())
    clock.day = date(2026, 12, 15)

    def fill(d: StepForm) -> None:
        _type(qtbot, d, "priority_name", "Nguyễn Thị Lan")
        _type(qtbot, d, "priority_address", "Hà Đông, Hà Nội")
        _day(d, "priority_on", date(2026, 11, 9))

    _in_dialog(qtbot, fill, "/tmp/hB_priority_dialog.png")
    draft = PriorityDialog.ask(None)  # type: ignore[arg-type]
    assert draft is not None
    notice = w.services.priority_buyers.notify(w.officer, lot.id, draft.name, draft.notified_on,
                                               draft.address)  # fmt: skip
    sold = w.services.priority_buyers.buy(w.officer, notice.id, date(2026, 11, 16))
    assert sold.status is LotStatus.SOLD and sold.sale_method is SaleMethod.CO_OWNER


def test_a_price_council_with_each_opinion_typed_and_its_minutes_printed(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Decree 152/2026 Art 60.3: the members and their opinions typed into the council's
    grid (one row a member, the chair first), the dissent outvoted; the council's minutes
    printed from the auction screen."""
    import ui.auctions.view as view_module
    from tests.documents.pdf_pages import page_texts
    from ui.auctions.view import AuctionView

    w = ui_world
    use_clock(w, date(2026, 11, 6))
    lot = new_lot(w)

    def fill(d: StepForm) -> None:
        _choose(d, "valuation_method", ValuationMethod.PRICE_COUNCIL.value)
        grid = d.findChild(QTableWidget, "council_grid")
        assert grid.isVisible() and grid.rowCount() == 3  # the chair and two members
        assert grid.item(0, 0).text() == w.officer.full_name
        assert not grid.item(0, 0).flags() & Qt.ItemFlag.ItemIsEditable
        # a fourth row added by mistake, then removed
        qtbot.mouseClick(d.findChild(QPushButton, "council_add"), Qt.MouseButton.LeftButton)
        assert grid.rowCount() == 4
        qtbot.mouseClick(d.findChild(QPushButton, "council_remove"), Qt.MouseButton.LeftButton)
        assert grid.rowCount() == 3
        _cell(qtbot, grid, 1, 0, "Lê Thị Hoa")
        _cell(qtbot, grid, 1, 1, "Sở Tài chính")
        _cell(qtbot, grid, 2, 0, "Ngô Văn Nam")
        _cell(qtbot, grid, 2, 1, "Phòng Kinh tế")
        grid.cellWidget(2, 2).setCurrentIndex(1)  # "Không đồng ý"
        _cell(qtbot, grid, 2, 3, "45.000.000")
        _cell(qtbot, grid, 2, 4, "Xe đã cũ")
        _type(qtbot, d, "valuation_price", "50.000.000")
        _day(d, "valuation_on", date(2026, 11, 6))

    _in_dialog(qtbot, fill, "/tmp/hB_council_dialog.png")
    draft = ValuationDialog.ask(None, w.officer)  # type: ignore[arg-type]
    assert draft is not None
    assert draft.members == ("Lê Thị Hoa – Sở Tài chính", "Ngô Văn Nam – Phòng Kinh tế")
    assert [o.agrees for o in draft.opinions] == [True, True, False]
    assert draft.opinions[2].proposed_price == 45_000_000 and draft.opinions[2].note == "Xe đã cũ"
    w.services.auctions.record_valuation(w.officer, lot.id, draft)

    printed: list[bytes] = []
    monkeypatch.setattr(view_module, "print_pdf", lambda _p, pdf, _t: printed.append(pdf))
    view = AuctionView(w.services, w.officer)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.select_lot(lot.id)

    def choose(d: StepForm) -> None:
        _choose(d, "paper_choice", "council_minutes")

    _in_dialog(qtbot, choose)
    qtbot.mouseClick(view.papers_button, Qt.MouseButton.LeftButton)
    (pdf,) = printed
    text = " ".join(page_texts(pdf))
    assert "Xác định giá tài sản thi hành án" in text and "Xe đã cũ" in text
    assert "Lê Thị Hoa" in text and "Không tán thành" in text
