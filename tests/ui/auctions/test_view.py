"""The auction screen as an officer uses it: a lot from valuation to handover, each step
offered when the lot reaches it, the accountant recording the payment, the buyer handover
minutes printed; refusals shown and nothing changed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from evidence_app.domain.enums import (
    Category,
    Disposition,
    ItemStatus,
    LotStatus,
    Role,
    SaleMethod,
    ValuationMethod,
)
from evidence_app.services.auctions import Buyer, ValuationDraft
from evidence_app.services.core.auth import Actor
from tests.services.auctions.steps import AUCTION_1, POSTED_1, SEIZED, out_on_order, use_clock
from tests.services.rows import snapshot
from tests.ui.auctions.test_valuation_dialogs import _choose, _day, _in_dialog, _type
from tests.world import World
from ui.auctions import AuctionView
from ui.auctions import sale_dialogs as SD
from ui.auctions import view as auction_view
from ui.auctions.dialogs import (
    AmountDraft,
    ContractDraft,
    LotDraft,
    NewLotDialog,
    PaymentDraft,
    RoundDraft,
    SaleDraft,
    StepForm,
    parse_money,
)
from ui.common import errors

D = auction_view.dialogs


def _view(qtbot: QtBot, world: World, actor: Actor) -> AuctionView:
    view = AuctionView(world.services, actor)
    qtbot.addWidget(view)
    view.resize(1100, 720)
    view.show()
    return view


def _notices(monkeypatch: pytest.MonkeyPatch, view: AuctionView, *days: date) -> None:
    """The auctioneer's public notices, recorded by the step button (Art 57)."""
    for day in days:
        _answer(monkeypatch, SD.NoticeDialog, SD.NoticeDraft(day, "Báo Hà Nội mới"))
        view.buttons["public_notice"].click()


def _answer(monkeypatch: pytest.MonkeyPatch, dialog: type, value: object) -> None:
    monkeypatch.setattr(dialog, "ask", classmethod(lambda *_a: value))


def test_an_officer_takes_a_lot_from_valuation_to_handover(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = ui_world
    clock = use_clock(w, date(2026, 11, 6))
    car = w.receive("Xe ô tô Toyota Vios biển số 30A-123.45", disposition=Disposition.AUCTION)
    shown: list[str] = []
    monkeypatch.setattr(errors.ErrorDialog, "present", lambda _p, _t, text: shown.append(text))
    printed: list[bytes] = []
    monkeypatch.setattr(auction_view, "print_pdf", lambda _p, pdf, _t: printed.append(pdf))
    officer = _view(qtbot, w, w.officer)
    assert officer.new_button.isVisibleTo(officer) and officer.offered() == []

    _answer(monkeypatch, D.NewLotDialog, LotDraft(w.case.id, (car.id,), "", False, False, SEIZED))
    officer.new_button.click()
    lot = officer.current_lot()
    assert lot is not None and lot.status is LotStatus.AWAITING_VALUATION
    assert officer.offered() == ["value"]
    assert officer.items.item(0, 0).text() == car.code

    draft = ValuationDraft(ValuationMethod.FIRM, 200_000_000, clock.day, "Công ty Sao Việt")
    _answer(monkeypatch, D.ValuationDialog, draft)
    officer.buttons["value"].click()
    assert officer.offered() == ["value", "notify", "priority", "announce_sale", "contract"]
    assert "Thông báo kết quả định giá – 11/11/2026 (còn 5 ngày)" in officer.deadline.text()

    clock.day = date(2026, 11, 12)  # a day late: the deadline shows red
    officer.reload()
    assert "quá hạn 1 ngày" in officer.deadline.text()
    assert "a61b1b" in officer.deadline.styleSheet()
    _answer(monkeypatch, D.DateDialog, clock.day)
    officer.buttons["notify"].click()
    _answer(
        monkeypatch, D.ContractDialog, ContractDraft("Công ty Đấu giá Lạc Việt", "15/HĐ", clock.day)
    )
    officer.buttons["contract"].click()
    assert officer.offered() == ["schedule", "costs"]

    _answer(monkeypatch, D.RoundDialog, RoundDraft(AUCTION_1, None, None))
    officer.buttons["schedule"].click()
    assert officer.offered() == ["post", "public_notice", "costs"]
    assert "Niêm yết đấu giá – 17/11/2026" in officer.deadline.text()
    clock.day = date(2026, 11, 20)
    _answer(monkeypatch, D.DateDialog, clock.day)  # too late: refused, shown, nothing changed
    officer.buttons["post"].click()
    assert shown and "17/11/2026" in shown[-1]
    assert officer.current_lot().current_round.posted_on is None  # type: ignore[union-attr]
    clock.day = POSTED_1
    _answer(monkeypatch, D.DateDialog, POSTED_1)
    officer.buttons["post"].click()
    assert officer.offered() == ["public_notice", "failed", "winner", "costs"]
    _notices(monkeypatch, officer, date(2026, 11, 12), POSTED_1)  # Law on Asset Auctions Art 57

    clock.day = AUCTION_1
    monkeypatch.setattr(AuctionView, "confirm", lambda _self, _text: True)
    _answer(monkeypatch, D.DateDialog, AUCTION_1)  # the notice of failure (Law Art 83.3)
    officer.buttons["failed"].click()
    assert officer.current_lot().status is LotStatus.ROUND_FAILED  # type: ignore[union-attr]
    assert officer.current_lot().rounds[-1].failure_noticed_on == AUCTION_1  # type: ignore[union-attr]
    late = RoundDraft(date(2026, 12, 21), 180_000_000, None, date(2026, 12, 8))
    _answer(monkeypatch, D.RoundDialog, late)  # 6 working days after the notice: refused
    clock.day = date(2026, 12, 8)
    officer.buttons["schedule"].click()
    assert "07/12/2026" in shown[-1]
    clock.day = AUCTION_1
    _answer(monkeypatch, D.RoundDialog, RoundDraft(date(2026, 12, 21), 170_000_000, None))
    officer.buttons["schedule"].click()  # 15 % off: refused
    assert "180.000.000 đồng" in shown[-1]
    assert len(officer.current_lot().rounds) == 1  # type: ignore[union-attr]
    _answer(monkeypatch, D.RoundDialog, RoundDraft(date(2026, 12, 21), 180_000_000, None))
    officer.buttons["schedule"].click()
    clock.day = date(2026, 12, 2)
    _answer(monkeypatch, D.DateDialog, clock.day)
    officer.buttons["post"].click()
    _notices(monkeypatch, officer, date(2026, 11, 30), clock.day)
    clock.day = date(2026, 12, 21)
    winner = SaleDraft(Buyer("Công ty TNHH Minh Phát", "12 Lê Lợi, Hà Nội"), 185_000_000)
    _answer(monkeypatch, D.WinnerDialog, winner)
    officer.buttons["winner"].click()
    lot = officer.current_lot()
    assert lot is not None and lot.status is LotStatus.SOLD
    assert officer.offered() == []  # the officer does not record money

    accountant = _view(qtbot, w, w.actors[Role.ACCOUNTANT])
    accountant.select_lot(lot.id)
    assert accountant.offered() == ["payment"] and not accountant.new_button.isVisibleTo(accountant)
    clock.day = date(2027, 1, 8)
    _answer(monkeypatch, D.PaymentDialog, PaymentDraft(185_000_000, clock.day, "Ủy nhiệm chi"))
    accountant.buttons["payment"].click()
    assert accountant.current_lot().status is LotStatus.PAID  # type: ignore[union-attr]

    officer.reload()
    assert officer.offered() == ["handover"]
    assert "gửi tiền bán tài sản vào ngân hàng thương mại – 18/01/2027" in officer.deadline.text()
    clock.day = date(2027, 1, 15)
    _answer(monkeypatch, D.DateDialog, clock.day)
    officer.buttons["handover"].click()  # the officer recorded the sale: someone else hands over
    assert officer.current_lot().status is LotStatus.PAID  # type: ignore[union-attr]
    assert "không giao tài sản cho người mua" in shown[-1]
    head = _view(qtbot, w, w.head)
    head.select_lot(lot.id)
    head.buttons["handover"].click()  # the car never left on a release order: refused
    assert head.current_lot().status is LotStatus.PAID  # type: ignore[union-attr]
    assert shown and car.code in shown[-1] and "Điều 37.3" in shown[-1]
    out_on_order(w, lot.id)  # requested, approved by the head, scanned out by the keeper
    head.buttons["handover"].click()
    lot = head.current_lot()
    assert lot is not None and lot.status is LotStatus.HANDED_OVER
    assert head.offered() == ["print"] and len(printed) == 1
    assert printed[0].startswith(b"%PDF")
    assert w.services.items.get(w.officer, car.id).status is ItemStatus.HANDED_TO_BUYER
    officer.reload()
    steps = [officer.timeline.item(r, 1).text() for r in range(officer.timeline.rowCount())]
    assert steps == [
        "Định giá lần 1", "Thông báo đương sự", "Hợp đồng đấu giá",
        "Thông báo công khai (lần đấu giá 1)", "Niêm yết lần 1",
        "Thông báo công khai (lần đấu giá 1)", "Thông báo công khai (lần đấu giá 2)",
        "Đấu giá lần 1", "Quyết định giảm giá (lần đấu giá 2)", "Niêm yết lần 2",
        "Thông báo công khai (lần đấu giá 2)", "Đấu giá lần 2", "Bán tài sản", "Nộp tiền",
        "Giao tài sản",
    ]  # fmt: skip
    officer.buttons["print"].click()
    assert len(printed) == 2 and len(shown) == 5  # the five refusals above; printing shows none


def test_a_perishable_lot_is_sold_without_auction_from_the_screen(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Decree 152/2026 Art 64.2: the officer announces the sale in its own dialog (the ground,
    the day posted, the time of sale), then records the sale in its minutes."""
    w = ui_world
    clock = use_clock(w, date(2026, 11, 6))
    fish = w.receive("Cá đông lạnh 200 kg", category=Category.PERISHABLE,
                     disposition=Disposition.SELL_WITHOUT_AUCTION)  # fmt: skip
    lot = w.services.auctions.create_lot(w.officer, w.case.id, [fish.id], seized_on=SEIZED)
    w.services.auctions.record_valuation(
        w.officer, lot.id, ValuationDraft(ValuationMethod.FIRM, 30_000_000, clock.day, "Sao Việt")
    )
    shown: list[str] = []
    monkeypatch.setattr(errors.ErrorDialog, "present", lambda _p, _t, text: shown.append(text))
    view = _view(qtbot, w, w.officer)
    view.select_lot(lot.id)
    assert "announce_sale" in view.offered() and "direct_sale" not in view.offered()
    assert view.buttons["announce_sale"].text() == "Thông báo bán không qua đấu giá…"

    def announce(sale_on: date) -> Callable[[StepForm], None]:
        def fill(d: StepForm) -> None:
            _choose(d, "announce_method", SaleMethod.PERISHABLE.value)
            _day(d, "announce_on", date(2026, 11, 6))
            _day(d, "announce_sale_on", sale_on)

        return fill

    before = snapshot(w.services)  # Friday for Friday: not a working day before, refused
    _in_dialog(qtbot, announce(date(2026, 11, 6)))
    qtbot.mouseClick(view.buttons["announce_sale"], Qt.MouseButton.LeftButton)
    assert len(shown) == 1 and "chậm nhất ngày 05/11/2026" in shown[-1]
    assert snapshot(w.services) == before
    _in_dialog(qtbot, announce(date(2026, 11, 9)))  # Friday for Monday
    qtbot.mouseClick(view.buttons["announce_sale"], Qt.MouseButton.LeftButton)
    announced = view.current_lot()
    assert announced is not None and announced.status is LotStatus.VALUED
    assert announced.sale_announced_on == date(2026, 11, 6) and len(shown) == 1
    assert "announce_sale" not in view.offered() and "direct_sale" in view.offered()
    rows = [" ".join(view.timeline.item(r, c).text() for c in range(view.timeline.columnCount()))
            for r in range(view.timeline.rowCount())]  # fmt: skip
    assert any("06/11/2026 Thông báo bán không qua đấu giá" in r and "bán ngày 09/11/2026" in r
               for r in rows), rows  # fmt: skip
    number = w.services.auctions.paper_numbers(w.officer, lot.id)["direct_sale_notice"]
    assert number.endswith("/TB-THADS")

    clock.day = date(2026, 11, 9)
    methods: list[str] = []

    def sell(d: StepForm) -> None:
        combo = d.findChild(QComboBox, "direct_method")
        methods.extend(combo.itemData(i) for i in range(combo.count()))
        _type(qtbot, d, "direct_buyer", "Trần Văn Hùng")
        _type(qtbot, d, "direct_price", "30.000.000")
        _day(d, "direct_sold_on", clock.day)

    _in_dialog(qtbot, sell)
    qtbot.mouseClick(view.buttons["direct_sale"], Qt.MouseButton.LeftButton)
    assert methods == [SaleMethod.PERISHABLE]  # the ground announced, nothing else
    sold = view.current_lot()
    assert sold is not None and sold.status is LotStatus.SOLD  # the accountant books the money
    assert sold.buyer_name == "Trần Văn Hùng" and sold.price == 30_000_000 and len(shown) == 1
    assert view.offered() == []
    accountant = _view(qtbot, w, w.actors[Role.ACCOUNTANT])
    accountant.select_lot(lot.id)
    _answer(monkeypatch, D.PaymentDialog, PaymentDraft(30_000_000, clock.day, "Nộp tại chỗ"))
    accountant.buttons["payment"].click()
    assert accountant.current_lot().status is LotStatus.PAID  # type: ignore[union-attr]
    view.reload()
    assert "Giao tài sản cho người mua – 12/11/2026" in view.deadline.text()


def test_the_dialogs_read_amounts_and_refuse_a_lot_without_items(
    qtbot: QtBot, ui_world: World
) -> None:
    w = ui_world
    w.receive("Xe máy Honda Wave")
    form = StepForm("Thử")
    qtbot.addWidget(form)
    edit = form.money("auction.amount")
    edit.setText("1.250.000 đ")
    assert parse_money(edit) == 1_250_000
    edit.setText("một triệu")
    with pytest.raises(ValueError, match="nguyên đồng"):
        parse_money(edit)
    shown = []

    def fill() -> None:
        dialog = next(d for d in QApplication.topLevelWidgets() if isinstance(d, StepForm)
                      and d.isVisible() and d is not form)  # fmt: skip
        shown.append(dialog.error.isHidden())
        dialog.accept()  # nothing ticked: the error line says so and the dialog stays
        shown.append(dialog.error.text())
        dialog.reject()

    QTimer.singleShot(50, fill)
    assert NewLotDialog.ask(form, w.services, w.officer) is None
    assert shown == [True, "Chọn ít nhất một tài sản."]


def test_the_creditor_asks_to_take_and_the_debtor_redeems_from_the_screen(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Law 106/2025 Art 83.3–83.4, Decree 152/2026 Art 65.6: after the second reduction
    fails the creditor asks for the asset, the debtor is told and pays in full within his
    5 working days; the lot ends and the car leaves to him."""
    from tests.services.auctions.steps import contracted_lot, failed_rounds

    w = ui_world
    shown: list[str] = []
    monkeypatch.setattr(errors.ErrorDialog, "present", lambda _p, _t, text: shown.append(text))
    lot = failed_rounds(w, contracted_lot(w), [100_000_000, 90_000_000, 81_000_000])
    clock = w.services.auctions.today
    officer = _view(qtbot, w, w.officer)
    officer.select_lot(lot.id)
    # Decree 152/2026 Art 65.6: no request to take before the notice of the failure
    assert officer.offered() == ["notify_failure", "costs"]
    request = date(2027, 1, 26)
    clock.day = request  # type: ignore[attr-defined]
    _answer(monkeypatch, D.DateDialog, request)
    # Decree 152/2026 Art 65.6: the parties told of the failure (and of the creditor's right)
    officer.buttons["notify_failure"].click()
    assert officer.offered() == ["costs", "decline", "creditor_ask"] and shown == []
    steps = [officer.timeline.item(r, 1).text() for r in range(officer.timeline.rowCount())]
    assert "Thông báo đương sự đấu giá lần 3 không thành" in steps
    officer.buttons["creditor_ask"].click()
    assert officer.current_lot().status is LotStatus.CREDITOR_TAKING  # type: ignore[union-attr]
    assert officer.offered() == ["notify_debtor"]
    assert "Thông báo người phải THA về việc nhận tài sản – 29/01/2027" in officer.deadline.text()
    officer.buttons["notify_debtor"].click()
    assert officer.offered() == ["notify_creditor"]
    _answer(monkeypatch, D.DateDialog, date(2027, 2, 2))
    clock.day = date(2027, 2, 2)  # type: ignore[attr-defined]
    officer.buttons["notify_creditor"].click()  # the debtor may still redeem: refused
    assert "02/02/2027" in shown[-1]

    accountant = _view(qtbot, w, w.actors[Role.ACCOUNTANT])
    accountant.select_lot(lot.id)
    assert accountant.offered() == ["redeem"]
    _answer(monkeypatch, D.AmountDialog, AmountDraft(15_000_000, date(2027, 2, 2)))
    accountant.buttons["redeem"].click()
    lot = accountant.current_lot()
    assert lot is not None and lot.status is LotStatus.REDEEMED and accountant.offered() == []
    # back to storage: the car leaves to him on the head's exit order (Law Art 83.4)
    assert {i.status for i in lot.items} == {ItemStatus.IN_STORAGE}
    steps = [accountant.timeline.item(r, 1).text() for r in range(accountant.timeline.rowCount())]
    assert steps[-3:] == [
        "Đề nghị nhận tài sản của người được thi hành án", "Thông báo người phải THA", "Kết thúc"
    ]  # fmt: skip
    accountant.grab().save("/tmp/hA_redeemed.png")
