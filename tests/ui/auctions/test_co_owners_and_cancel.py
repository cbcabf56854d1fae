"""On the auction screen an officer notifies a co-owner, who then buys the lot (Law 106/2025
Art 83.1), and cancels an auction sale the buyer did not pay for (Decree 152/2026 Art 65.1,
65.5), pressing the step buttons and typing in the real dialogs; a refusal is shown and
nothing changes."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from evidence_app.domain.enums import LotStatus, Role, RoundOutcome, SaleMethod
from tests.services.auctions.steps import BUYER, contracted_lot, notices, valued_lot
from tests.services.rows import snapshot
from tests.ui.auctions.test_valuation_dialogs import _day, _in_dialog, _type
from tests.world import World
from ui.auctions import AuctionView
from ui.auctions.dialogs import StepForm
from ui.common import errors
from ui.strings import tr

SOLD_ON = date(2026, 12, 3)  # day 30 is Saturday 02/01/2027: the buyer may pay until 04/01


def _view(qtbot: QtBot, world: World, lot_id: int) -> AuctionView:
    view = AuctionView(world.services, world.officer)
    qtbot.addWidget(view)
    view.resize(1100, 700)  # its share of the 1366×768 main window
    view.show()
    view.select_lot(lot_id)
    return view


def _click(qtbot: QtBot, view: AuctionView, step: str) -> None:
    qtbot.mouseClick(view.buttons[step], Qt.MouseButton.LeftButton)


def test_an_officer_notifies_a_co_owner_who_buys_the_lot(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = ui_world
    lot = valued_lot(w)  # valued 06/11, the parties notified 09/11
    w.services.auctions.today.day = date(2026, 11, 16)  # type: ignore[attr-defined]
    shown: list[str] = []
    monkeypatch.setattr(errors.ErrorDialog, "present", lambda _p, _t, text: shown.append(text))
    view = _view(qtbot, w, lot.id)
    assert "priority" in view.offered() and "priority_buy" not in view.offered()
    assert view.buttons["priority"].text() == tr("priority.notify")

    def notify(d: StepForm) -> None:
        _type(qtbot, d, "priority_name", "Nguyễn Thị Lan")
        _type(qtbot, d, "priority_address", "Hà Đông, Hà Nội")
        _day(d, "priority_on", date(2026, 11, 9))

    _in_dialog(qtbot, notify, "/tmp/h18_priority_notify.png")
    _click(qtbot, view, "priority")
    assert shown == []
    assert "priority_buy" in view.offered()
    assert view.offered() == ["value", "priority", "priority_buy", "announce_sale", "contract"]
    for name in view.offered():  # every step button shows its whole text
        button = view.buttons[name]
        assert button.fontMetrics().horizontalAdvance(button.text()) <= button.width(), name
    view.grab().save("/tmp/h18_view_priority.png")
    (notice,) = w.services.priority_buyers.list(w.officer, lot.id)
    assert notice.name == "Nguyễn Thị Lan" and notice.declare_by == date(2026, 11, 16)

    # Movables: 5 working days from Monday 09/11 end Monday 16/11; the 17th is late.
    def late(d: StepForm) -> None:
        combo = d.findChild(QComboBox, "priority_notice")
        assert "Nguyễn Thị Lan" in combo.currentText() and "16/11/2026" in combo.currentText()
        _day(d, "priority_declared_on", date(2026, 11, 17))

    w.services.auctions.today.day = date(2026, 11, 17)  # type: ignore[attr-defined]
    before = snapshot(w.services)
    _in_dialog(qtbot, late, "/tmp/h18_priority_buy.png")
    _click(qtbot, view, "priority_buy")
    assert len(shown) == 1 and "16/11/2026" in shown[0]
    assert snapshot(w.services) == before

    _in_dialog(qtbot, lambda d: _day(d, "priority_declared_on", date(2026, 11, 16)))
    _click(qtbot, view, "priority_buy")
    sold = view.current_lot()
    assert sold is not None and sold.status is LotStatus.SOLD
    assert sold.sale_method is SaleMethod.CO_OWNER and sold.buyer_name == "Nguyễn Thị Lan"
    assert sold.price == 100_000_000
    assert "priority" not in view.offered() and "cancel_sale" not in view.offered()


def test_an_officer_cancels_an_unpaid_auction_sale_and_the_lot_goes_back_to_auction(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = ui_world
    auctions = w.services.auctions
    lot = contracted_lot(w)
    auctions.today.day = date(2026, 11, 17)  # type: ignore[attr-defined]
    auctions.schedule_round(
        w.officer,
        lot.id,
        SOLD_ON,
        posted_on=date(2026, 11, 17),
        notices=notices(date(2026, 11, 17)),
    )
    auctions.today.day = SOLD_ON  # type: ignore[attr-defined]
    auctions.record_winner(w.officer, lot.id, BUYER, 105_000_000)
    shown: list[str] = []
    monkeypatch.setattr(errors.ErrorDialog, "present", lambda _p, _t, text: shown.append(text))
    auctions.today.day = date(2027, 1, 4)  # type: ignore[attr-defined]
    view = _view(qtbot, w, lot.id)
    assert view.offered() == []  # the buyer may still pay today
    auctions.today.day = date(2027, 1, 5)  # type: ignore[attr-defined]
    view.reload()
    assert view.offered() == ["cancel_sale"]
    accountant = AuctionView(w.services, w.actors[Role.ACCOUNTANT])
    qtbot.addWidget(accountant)
    accountant.select_lot(lot.id)
    assert accountant.offered() == ["payment"]  # cancelling is not his step

    def on_due_day(d: StepForm) -> None:
        _day(d, "cancel_on", date(2027, 1, 4))
        _type(qtbot, d, "cancel_record", "Biên bản số 12/BB-THADS")
        _type(qtbot, d, "cancel_deposit", "10.000.000")

    before = snapshot(w.services)
    _in_dialog(qtbot, on_due_day, "/tmp/h18_cancel_sale.png")
    _click(qtbot, view, "cancel_sale")
    assert len(shown) == 1 and "04/01/2027" in shown[0]
    assert snapshot(w.services) == before

    def next_day(d: StepForm) -> None:
        _day(d, "cancel_on", date(2027, 1, 5))
        _type(qtbot, d, "cancel_record", "Biên bản số 12/BB-THADS")
        _type(qtbot, d, "cancel_deposit", "10.000.000")

    _in_dialog(qtbot, next_day)
    _click(qtbot, view, "cancel_sale")
    cancelled = view.current_lot()
    assert cancelled is not None and cancelled.status is LotStatus.CONTRACTED
    assert cancelled.forfeited_deposits == 10_000_000 and cancelled.price is None
    assert [r.outcome for r in cancelled.rounds] == [RoundOutcome.SALE_CANCELLED]
    assert "schedule" in view.offered()
    view.grab().save("/tmp/h18_view_cancelled.png")
