"""On the auction screen (issue 18, helper hB): the officer moves a round whose public notices
are missing to a new date (Law on Asset Auctions Art 57; Law 106/2025 Art 83.2.a), the
accountant records the bank's interest on the banked sale money (Decree 152/2026 Art 65.2,
30.7), and a new lot is recorded as gold jewellery (Art 61.3) by its own box; pressing the
step buttons and typing in the real dialogs; a refusal is shown and nothing changes."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QListWidget
from pytestqt.qtbot import QtBot

from evidence_app.domain.enums import BankMovement, Category, Disposition, Role
from tests.services.auctions.steps import AUCTION_1, contracted_lot
from tests.services.auctions.test_gold_jewellery import _contracted
from tests.services.auctions.test_sale_rules import _paid
from tests.services.rows import snapshot
from tests.ui.auctions.test_sale_rules_ui import _click, _view
from tests.ui.auctions.test_valuation_dialogs import _day, _in_dialog, _type
from tests.world import World
from ui.auctions.dialogs import StepForm
from ui.common import errors
from ui.strings import tr

WHY = "Chưa thông báo công khai lần hai"


def test_the_officer_moves_a_round_whose_notices_are_missing(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = ui_world
    auctions = w.services.auctions
    lot = contracted_lot(w)
    auctions.today.day = date(2026, 11, 17)  # type: ignore[attr-defined]
    auctions.schedule_round(w.officer, lot.id, AUCTION_1, posted_on=date(2026, 11, 17))
    shown: list[str] = []
    monkeypatch.setattr(errors.ErrorDialog, "present", lambda _p, _t, text: shown.append(text))
    view = _view(qtbot, w, lot.id)
    assert "reschedule" not in view.offered()  # the posting and notices may still be made
    auctions.today.day = AUCTION_1  # type: ignore[attr-defined]
    view.reload()
    assert "reschedule" in view.offered()

    def fill(new_on: date, shot: str = "") -> None:
        def typed(d: StepForm) -> None:
            _day(d, "reschedule_on", new_on)
            _day(d, "reschedule_decided", AUCTION_1)
            _type(qtbot, d, "reschedule_reason", WHY)

        _in_dialog(qtbot, typed, shot)
        _click(qtbot, view, "reschedule")

    before = snapshot(w.services)
    fill(date(2026, 12, 15))  # past the contract's 30 days (14/12/2026)
    assert len(shown) == 1 and "83" in shown[0]
    assert snapshot(w.services) == before
    fill(date(2026, 12, 14), "/tmp/hB_reschedule.png")
    assert len(shown) == 1
    moved = view.current_lot()
    assert moved is not None and moved.current_round is not None
    assert moved.current_round.auction_on == date(2026, 12, 14)
    assert moved.current_round.posted_on is None and "post" in view.offered()


def test_the_accountant_records_the_banks_interest(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = ui_world
    auctions = w.services.auctions
    lot_id = _paid(w)
    accountant = w.actors[Role.ACCOUNTANT]
    auctions.today.day = date(2026, 12, 21)  # type: ignore[attr-defined]
    auctions.deposit_in_bank(accountant, lot_id, date(2026, 12, 21), "Vietcombank", 100_000_000)
    auctions.today.day = date(2027, 1, 21)  # type: ignore[attr-defined]
    shown: list[str] = []
    monkeypatch.setattr(errors.ErrorDialog, "present", lambda _p, _t, text: shown.append(text))
    view = _view(qtbot, w, lot_id, Role.ACCOUNTANT)
    assert "bank_movement" in view.offered()

    def fill(kind: BankMovement, amount: str, shot: str = "") -> None:
        def typed(d: StepForm) -> None:
            combo = d.findChild(QComboBox, "bank_movement_kind")
            combo.setCurrentIndex(combo.findData(kind.value))
            _day(d, "bank_movement_on", date(2027, 1, 21))
            _type(qtbot, d, "bank_movement_amount", amount)
            _type(qtbot, d, "bank_movement_note", "Giấy báo có số 15")

        _in_dialog(qtbot, typed, shot)
        _click(qtbot, view, "bank_movement")

    before = snapshot(w.services)
    fill(BankMovement.RETURNED_TO_BUYER, "100.000.000")  # he has not cancelled (Art 67.4)
    assert len(shown) == 1 and "67" in shown[0]
    assert snapshot(w.services) == before
    fill(BankMovement.INTEREST, "350.000", "/tmp/hB_bank_interest.png")
    assert len(shown) == 1
    lot = view.current_lot()
    assert lot is not None and lot.bank_deposits[-1].balance == 100_350_000


def test_a_new_lot_is_recorded_as_gold_jewellery(qtbot: QtBot, ui_world: World) -> None:
    w = ui_world
    ring = w.receive("Nhẫn vàng 18K đính đá", category=Category.PRECIOUS_METAL)
    w.order([ring], Disposition.AUCTION)
    view = _view(qtbot, w, None)  # type: ignore[arg-type]

    def fill(d: StepForm) -> None:
        items = d.findChild(QListWidget)
        qtbot.waitUntil(lambda: items.count() > 0, timeout=3000)
        items.item(0).setCheckState(Qt.CheckState.Checked)
        jewellery = d.findChild(QCheckBox, "lot_gold_jewellery")
        bars = next(b for b in d.findChildren(QCheckBox) if b.text() == tr("auction.gold_bullion"))
        qtbot.mouseClick(jewellery, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(bars, Qt.MouseButton.LeftButton)  # one kind of gold per lot
        assert bars.isChecked() and not jewellery.isChecked()
        qtbot.mouseClick(jewellery, Qt.MouseButton.LeftButton)
        assert jewellery.isChecked() and not bars.isChecked()

    _in_dialog(qtbot, fill, "/tmp/hB_new_lot.png")
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    (lot,) = w.services.auctions.list(w.officer)
    assert lot.gold_jewellery and not lot.gold_bullion


def test_the_officer_marks_a_lot_as_gold_jewellery_until_it_is_posted(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Decree 152/2026 Art 61.3: the step sets or clears the flag of a lot already made,
    by the box in its own dialog; once the round is posted the step is gone and the service
    refuses it, the refusal shown and nothing written."""
    w = ui_world
    auctions = w.services.auctions
    lot_id = _contracted(w, jewellery=False)  # the clock on 17/11/2026
    shown: list[str] = []
    monkeypatch.setattr(errors.ErrorDialog, "present", lambda _p, _t, text: shown.append(text))
    view = _view(qtbot, w, lot_id)
    assert "gold_flag" in view.offered() and view.buttons["gold_flag"].isVisible()
    assert view.buttons["gold_flag"].text() == tr("auction.gold_flag")

    def tick(d: StepForm) -> None:
        box = d.findChild(QCheckBox, "lot_gold_jewellery")
        assert not box.isChecked()  # as recorded
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)

    _in_dialog(qtbot, tick, "/tmp/h18a_gold_flag.png")
    _click(qtbot, view, "gold_flag")
    assert not shown
    marked = view.current_lot()
    assert marked is not None and marked.gold_jewellery
    # Posted: the procedure is fixed; the step is no longer offered, and pressed all the
    # same (an old screen) the service refuses it, nothing written.
    auctions.schedule_round(w.officer, lot_id, AUCTION_1, posted_on=date(2026, 11, 17))
    view.reload(select_id=lot_id)
    assert "gold_flag" not in view.offered() and not view.buttons["gold_flag"].isVisible()
    before = snapshot(w.services)

    def untick(d: StepForm) -> None:
        qtbot.mouseClick(d.findChild(QCheckBox, "lot_gold_jewellery"), Qt.MouseButton.LeftButton)

    _in_dialog(qtbot, untick)
    view.do_gold_flag()
    assert len(shown) == 1 and "17/11/2026" in shown[0], shown
    assert snapshot(w.services) == before
    lot = view.current_lot()
    assert lot is not None and lot.gold_jewellery
