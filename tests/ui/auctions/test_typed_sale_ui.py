"""An officer takes a lot through the real dialogs of the auction view, typing as a person
would (issue 18): the auction contract, the first round, its posting and public notices (Law on
Asset Auctions Art 35, 57), the failed auction, then a reduced starting price — 15 % off is
refused with the message shown and nothing written, 10 % off accepted (Law 106/2025 Art 83.3:
each reduction at most 10 % of the previous starting price) — the second round, the winning
bid; the accountant types the payment and the lot is paid (Decree 152/2026 Art 65.1). Dates are
set on the date widgets; every other field is typed key by key."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDateEdit, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from evidence_app.domain.enums import LotStatus, Role, RoundOutcome
from evidence_app.services.core.auth import Actor
from tests.services.auctions.steps import AUCTION_1, CONTRACT, POSTED_1, valued_lot
from tests.services.rows import snapshot
from tests.ui.auctions.test_valuation_dialogs import _day, _in_dialog, _type
from tests.world import World
from ui.auctions import AuctionView
from ui.auctions.dialogs import StepForm
from ui.common import errors

ORG = "Công ty Đấu giá hợp danh Lạc Việt"
PAPER = "Báo Hà Nội mới"
SECOND = date(2026, 12, 21)  # the second round, a Monday


def _view(qtbot: QtBot, world: World, actor: Actor, lot_id: int) -> AuctionView:
    view = AuctionView(world.services, actor)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    view.select_lot(lot_id)
    return view


def _step(qtbot: QtBot, view: AuctionView, name: str, fill: Callable[[StepForm], None]) -> None:
    """Click the step's button and fill in its dialog, then OK."""
    assert name in view.offered(), (name, view.offered())
    _in_dialog(qtbot, fill)
    qtbot.mouseClick(view.buttons[name], Qt.MouseButton.LeftButton)


def _only_date(day: date) -> Callable[[StepForm], None]:
    def fill(d: StepForm) -> None:
        (edit,) = d.findChildren(QDateEdit)
        edit.setDate(QDate(day.year, day.month, day.day))

    return fill


def _notice(qtbot: QtBot, on: date) -> Callable[[StepForm], None]:
    def fill(d: StepForm) -> None:
        _day(d, "notice_on", on)
        _type(qtbot, d, "notice_medium", PAPER)

    return fill


def _round(qtbot: QtBot, on: date, price: str = "") -> Callable[[StepForm], None]:
    def fill(d: StepForm) -> None:
        _day(d, "round_on", on)
        if price:  # a reduction: the officer types the new starting price over the minimum
            _type(qtbot, d, "round_price", price)
            _day(d, "round_decided", AUCTION_1)  # decided on the day of the notice of failure
            assert d.findChild(QLineEdit, "round_price").text() == price

    return fill


def test_an_officer_types_a_reduction_and_the_sale_in_the_dialogs(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = ui_world
    auctions = w.services.auctions
    lot = valued_lot(w, 200_000_000)  # a car valued at 200.000.000 on 06/11, parties told 09/11
    clock = auctions.today
    shown: list[str] = []
    monkeypatch.setattr(errors.ErrorDialog, "present", lambda _p, _t, text: shown.append(text))
    officer = _view(qtbot, w, w.officer, lot.id)

    clock.day = CONTRACT  # type: ignore[attr-defined]

    def contract(d: StepForm) -> None:
        _type(qtbot, d, "contract_organisation", ORG)
        _type(qtbot, d, "contract_number", "15/2026/HĐ-ĐG")
        _day(d, "contract_on", CONTRACT)

    _step(qtbot, officer, "contract", contract)
    signed = officer.current_lot()
    assert signed is not None and signed.status is LotStatus.CONTRACTED, shown
    assert (signed.organisation, signed.contract_number) == (ORG, "15/2026/HĐ-ĐG")

    _step(qtbot, officer, "schedule", _round(qtbot, AUCTION_1))  # at the valued price
    clock.day = POSTED_1  # type: ignore[attr-defined]
    _step(qtbot, officer, "post", _only_date(POSTED_1))
    for on in (CONTRACT, POSTED_1):  # Law on Asset Auctions Art 57: two notices
        _step(qtbot, officer, "public_notice", _notice(qtbot, on))
    first = officer.current_lot().current_round  # type: ignore[union-attr]
    assert first is not None and first.starting_price == 200_000_000 and len(first.notices) == 2
    assert shown == []

    clock.day = AUCTION_1  # type: ignore[attr-defined]

    def yes_then_date() -> None:  # "the auction failed?" — Yes, then the day of the notice
        box = next(b for b in QApplication.topLevelWidgets()
                   if isinstance(b, QMessageBox) and b.isVisible())  # fmt: skip
        _in_dialog(qtbot, _only_date(AUCTION_1))
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)

    QTimer.singleShot(50, yes_then_date)
    qtbot.mouseClick(officer.buttons["failed"], Qt.MouseButton.LeftButton)
    failed = officer.current_lot()
    assert failed is not None and failed.status is LotStatus.ROUND_FAILED, shown

    # Law 106/2025 Art 83.3: 15 % off the previous 200.000.000 is refused, the message shown
    before = snapshot(w.services)
    _step(qtbot, officer, "schedule", _round(qtbot, SECOND, "170.000.000"))
    assert len(shown) == 1
    assert "170.000.000 đồng giảm quá 10%" in shown[0] and "180.000.000 đồng" in shown[0]
    assert snapshot(w.services) == before
    assert len(officer.current_lot().rounds) == 1  # type: ignore[union-attr]
    _step(qtbot, officer, "schedule", _round(qtbot, SECOND, "180.000.000"))  # 10 % off
    reduced = officer.current_lot()
    assert reduced is not None and len(shown) == 1, shown
    assert [r.starting_price for r in reduced.rounds] == [200_000_000, 180_000_000]
    assert reduced.rounds[0].outcome is RoundOutcome.FAILED
    assert reduced.rounds[1].reduction_decided_on == AUCTION_1

    clock.day = date(2026, 12, 2)  # type: ignore[attr-defined]
    _step(qtbot, officer, "post", _only_date(date(2026, 12, 2)))
    for on in (AUCTION_1, date(2026, 12, 2)):
        _step(qtbot, officer, "public_notice", _notice(qtbot, on))

    clock.day = SECOND  # type: ignore[attr-defined]

    def winner(d: StepForm) -> None:
        _type(qtbot, d, "winner_name", "Công ty TNHH Thương mại Minh Phát")
        _type(qtbot, d, "winner_address", "12 Lê Lợi, Hoàn Kiếm, Hà Nội")
        _type(qtbot, d, "winner_price", "185.000.000")

    _step(qtbot, officer, "winner", winner)
    sold = officer.current_lot()
    assert sold is not None and sold.status is LotStatus.SOLD, shown
    assert (sold.buyer_name, sold.price) == ("Công ty TNHH Thương mại Minh Phát", 185_000_000)
    assert sold.sold_on == SECOND and sold.payment_due == date(2027, 1, 20)
    assert officer.offered() == []  # the officer does not record the money (issue 17)

    accountant = _view(qtbot, w, w.actors[Role.ACCOUNTANT], lot.id)
    clock.day = date(2027, 1, 8)  # type: ignore[attr-defined]

    def payment(d: StepForm) -> None:
        _type(qtbot, d, "payment_amount", "185.000.000")
        _day(d, "payment_on", date(2027, 1, 8))
        _type(qtbot, d, "payment_note", "Ủy nhiệm chi số 25")

    _step(qtbot, accountant, "payment", payment)
    paid = accountant.current_lot()
    assert paid is not None and paid.status is LotStatus.PAID, shown
    assert paid.paid_total == 185_000_000 and paid.paid_on == date(2027, 1, 8)
    assert [p.note for p in paid.payments] == ["Ủy nhiệm chi số 25"]
    assert len(shown) == 1  # the one refusal above
