"""On the auction screen an officer records the auctioneer's two public notices (Law on Asset
Auctions Art 57) before the result, the accountant deposits the paid price in a bank (Decree
152/2026 Art 65.2, 30.7), the buyer cancels once the handover period ran out (Art 67.4), and
a late handover is refused without its ground (Art 67.1.c): pressing the step buttons and
typing in the real dialogs; a refusal is shown and nothing changes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from evidence_app.domain.enums import HandoverObstacle, LotStatus, Role, RoundOutcome
from evidence_app.domain.errors import ValidationError
from tests.services.auctions.steps import AUCTION_1, BUYER, contracted_lot, out_on_order
from tests.services.rows import snapshot
from tests.ui.auctions.test_valuation_dialogs import _day, _in_dialog, _type
from tests.world import World
from ui.auctions import AuctionView
from ui.auctions.dialogs import StepForm
from ui.common import errors

PRESS = "Báo Hà Nội mới; Cổng thông tin điện tử quốc gia về đấu giá tài sản"
BANK = "Ngân hàng TMCP Ngoại thương Việt Nam"


def _view(qtbot: QtBot, world: World, lot_id: int, role: Role = Role.OFFICER) -> AuctionView:
    actor = world.officer if role is Role.OFFICER else world.actors[role]
    view = AuctionView(world.services, actor)
    qtbot.addWidget(view)
    view.resize(1100, 700)  # its share of the 1366×768 main window
    view.show()
    view.select_lot(lot_id)
    return view


def _click(qtbot: QtBot, view: AuctionView, step: str) -> None:
    qtbot.mouseClick(view.buttons[step], Qt.MouseButton.LeftButton)


def _notice(qtbot: QtBot, view: AuctionView, on: date, shot: str = "") -> None:
    def fill(d: StepForm) -> None:
        _day(d, "notice_on", on)
        _type(qtbot, d, "notice_medium", PRESS)

    _in_dialog(qtbot, fill, shot)
    _click(qtbot, view, "public_notice")


def _paid_lot(
    qtbot: QtBot, w: World, monkeypatch: pytest.MonkeyPatch, shown: list[str]
) -> tuple[int, AuctionView]:
    auctions = w.services.auctions
    lot = contracted_lot(w)
    auctions.today.day = date(2026, 11, 17)  # type: ignore[attr-defined]
    auctions.schedule_round(w.officer, lot.id, AUCTION_1, posted_on=date(2026, 11, 17))
    monkeypatch.setattr(errors.ErrorDialog, "present", lambda _p, _t, text: shown.append(text))
    view = _view(qtbot, w, lot.id)
    assert "public_notice" in view.offered()
    _notice(qtbot, view, date(2026, 11, 12), "/tmp/h18_public_notice.png")
    auctions.today.day = AUCTION_1  # type: ignore[attr-defined]
    before = snapshot(w.services)
    # one notice only: the result is refused (Art 57.1)
    with pytest.raises(ValidationError, match="57"):
        auctions.record_winner(w.officer, lot.id, BUYER, 100_000_000)
    assert snapshot(w.services) == before
    auctions.today.day = date(2026, 11, 17)  # type: ignore[attr-defined]
    view.reload()
    _notice(qtbot, view, date(2026, 11, 17))
    assert shown == []
    lot_view = view.current_lot()
    assert lot_view is not None and lot_view.current_round is not None
    assert [n.published_on for n in lot_view.current_round.notices] == [
        date(2026, 11, 12), date(2026, 11, 17),
    ]  # fmt: skip
    auctions.today.day = AUCTION_1  # type: ignore[attr-defined]
    auctions.record_winner(w.officer, lot.id, BUYER, 100_000_000)
    auctions.today.day = date(2026, 12, 10)  # type: ignore[attr-defined]
    auctions.record_payment(w.actors[Role.ACCOUNTANT], lot.id, 100_000_000, date(2026, 12, 10))
    return lot.id, view


def test_notices_then_the_money_goes_to_a_bank(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = ui_world
    shown: list[str] = []
    lot_id, _officer = _paid_lot(qtbot, w, monkeypatch, shown)
    w.services.auctions.today.day = date(2026, 12, 21)  # type: ignore[attr-defined]
    accountant = _view(qtbot, w, lot_id, Role.ACCOUNTANT)
    assert accountant.offered() == ["bank"]

    def wrong_amount(d: StepForm) -> None:
        _day(d, "bank_on", date(2026, 12, 21))
        _type(qtbot, d, "bank_name", BANK)
        _type(qtbot, d, "bank_amount", "90.000.000")

    before = snapshot(w.services)
    _in_dialog(qtbot, wrong_amount)
    _click(qtbot, accountant, "bank")
    assert len(shown) == 1 and "100.000.000" in shown[0]
    assert snapshot(w.services) == before

    def fill(d: StepForm) -> None:
        _day(d, "bank_on", date(2026, 12, 21))
        _type(qtbot, d, "bank_name", BANK)

    _in_dialog(qtbot, fill, "/tmp/h18_bank.png")
    _click(qtbot, accountant, "bank")
    lot = accountant.current_lot()
    assert lot is not None and lot.bank_deposits[0].amount == 100_000_000
    # then only the interest on, or a withdrawal from, the banked money (Art 65.2, 30.7)
    assert accountant.offered() == ["bank_movement"]
    assert all(d.kind != "deadline.sale_money_to_bank" for d in lot.deadlines)


def test_the_buyer_cancels_after_the_period_and_a_late_handover_needs_its_ground(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = ui_world
    shown: list[str] = []
    lot_id, officer = _paid_lot(qtbot, w, monkeypatch, shown)
    # the period ended 10/02 (day 60 in Tết 2027)
    w.services.auctions.today.day = date(2027, 2, 11)  # type: ignore[attr-defined]
    officer.reload()
    assert "buyer_cancel" in officer.offered() and "handover" in officer.offered()
    officer.resize(1366, 768)
    officer.grab().save("/tmp/h18_auction_view.png")
    assert all(officer.buttons[s].isVisible() for s in ("buyer_cancel", "handover"))
    head = _view(qtbot, w, lot_id, Role.HEAD)
    out_on_order(w, lot_id)

    def no_ground(d: StepForm) -> None:
        _day(d, "late_on", date(2027, 2, 11))
        _type(qtbot, d, "late_reason", "Bão số 3 gây ngập kho")

    before = snapshot(w.services)
    _in_dialog(qtbot, no_ground, "/tmp/h18_late_handover.png")
    _click(qtbot, head, "handover")
    assert len(shown) == 1 and "khoản 1 Điều 67" in shown[0]
    assert snapshot(w.services) == before

    def cancel(d: StepForm) -> None:
        _day(d, "buyer_cancel_on", date(2027, 2, 11))
        _type(qtbot, d, "buyer_cancel_request", "Đơn đề nghị hủy hợp đồng ngày 11/02/2027")

    _in_dialog(qtbot, cancel, "/tmp/h18_buyer_cancel.png")
    _click(qtbot, officer, "buyer_cancel")
    lot = officer.current_lot()
    assert len(shown) == 1
    assert lot is not None and lot.status is LotStatus.CONTRACTED and lot.paid_total == 0
    assert lot.rounds[-1].outcome is RoundOutcome.BUYER_CANCELLED
    assert "schedule" in officer.offered()

    # back to auction at the same price, with a deposit over 20 % refused (Art 39.1)
    def deposit(amount: str) -> Callable[[StepForm], None]:
        def fill(d: StepForm) -> None:
            _day(d, "round_on", date(2027, 3, 8))
            _type(qtbot, d, "round_deposit", amount)

        return fill

    before = snapshot(w.services)
    _in_dialog(qtbot, deposit("20.000.001"))
    _click(qtbot, officer, "schedule")
    assert len(shown) == 2 and "Điều 39" in shown[1]
    assert snapshot(w.services) == before
    _in_dialog(qtbot, deposit("20.000.000"), "/tmp/h18_schedule_deposit.png")
    _click(qtbot, officer, "schedule")
    again = officer.current_lot()
    assert again is not None and again.current_round is not None
    assert again.current_round.deposit == 20_000_000
    assert again.current_round.starting_price == 100_000_000


def test_a_late_handover_with_its_ground_through_the_dialog(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = ui_world
    shown: list[str] = []
    lot_id, _officer = _paid_lot(qtbot, w, monkeypatch, shown)
    w.services.auctions.today.day = date(2027, 2, 11)  # type: ignore[attr-defined]
    head = _view(qtbot, w, lot_id, Role.HEAD)
    out_on_order(w, lot_id)
    monkeypatch.setattr(AuctionView, "do_print", lambda _self: None)

    def fill(d: StepForm) -> None:
        _day(d, "late_on", date(2027, 2, 11))
        combo = d.findChild(QComboBox, "late_ground")
        combo.setCurrentIndex(combo.findData(HandoverObstacle.FORCE_MAJEURE.value))
        _type(qtbot, d, "late_reason", "Bão số 3 gây ngập kho")

    _in_dialog(qtbot, fill)
    _click(qtbot, head, "handover")
    lot = head.current_lot()
    assert shown == [] and lot is not None and lot.status is LotStatus.HANDED_OVER
    assert lot.late_handover_ground is HandoverObstacle.FORCE_MAJEURE
