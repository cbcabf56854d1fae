"""A stocktake as a keeper performs it in the main window: start, scan a location and items
(one misplaced, one never seen, one unknown code), reconcile, finish, follow up."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from evidence_app.domain.enums import (
    Category,
    CustodianKind,
    EventKind,
    ItemKind,
    ItemStatus,
    LocationKind,
    StocktakeKind,
    StocktakeStatus,
)
from evidence_app.services.catalogue import ItemDraft
from evidence_app.services.custody import BodyKeeper
from evidence_app.services.stocktakes import Signers
from tests.world import World
from ui.common.body_keeper_dialog import BodyKeeperDialog
from ui.shell import MainWindow, Settings
from ui.stocktakes.dialogs import SignersDialog
from ui.stocktakes.view import TABS, StocktakeView

UNKNOWN = "VC-2026-999999"
POLICE = "Công an quận Hoàn Kiếm"


def _codes(view: object, key: str) -> list[str]:
    model = view.models[key]  # type: ignore[attr-defined]
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_a_stocktake_with_a_missing_a_misplaced_and_an_unknown_code(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = ui_world
    present, misplaced, missing = (
        w.receive(f"Điện thoại {n}", category=Category.PHONE) for n in range(3)
    )
    window = MainWindow(w.services, w.keeper, Settings())
    qtbot.addWidget(window)
    window.show()
    window.show_area("stocktake")
    view = window.stocktake
    assert view is not None
    view.kind.setCurrentIndex(view.kind.findData(StocktakeKind.HALF_YEARLY))
    view.start_button.click()
    assert view.current is not None and view.current.status is StocktakeStatus.OPEN
    assert "Theo sổ: 3" in view.counts.text()

    window.handle_scan(w.shelf_a.code)
    assert "Kệ 1" in view.place.text()
    window.handle_scan(present.code)
    assert "Đúng vị trí" in view.last.text()
    window.handle_scan(w.shelf_b.code)
    window.handle_scan(misplaced.code)
    assert "Sai vị trí" in view.last.text()
    window.handle_scan(UNKNOWN)
    assert "Mã không có trong sổ" in view.last.text()
    assert window.current_area() == "stocktake"  # scans stayed on this screen
    assert "Chưa thấy: 1" in view.counts.text() and "Mã lạ: 1" in view.counts.text()

    view.buttons["reconcile"].click()
    for key in TABS:
        ModelTester(None).check(view.models[key])  # type: ignore[arg-type]
    assert _codes(view, "present") == [present.code]
    assert _codes(view, "missing") == [missing.code]
    assert _codes(view, "misplaced") == [misplaced.code]
    assert _codes(view, "unknown") == [UNKNOWN]
    assert view.tabs.tabText(1) == "Không thấy (1)"

    signers = Signers(w.keeper.full_name, "Trần Văn Toán", "Nguyễn Văn Trưởng")
    monkeypatch.setattr(SignersDialog, "ask", classmethod(lambda cls, p, k, c=False: signers))
    view.buttons["finish"].click()
    assert view.current is not None and view.current.status is StocktakeStatus.FINISHED
    assert view.current.minutes_document_id is not None
    assert not window.stocktake.handle_scan(present.code)  # type: ignore[union-attr]

    with qtbot.waitSignal(view.itemsChanged):
        view.buttons["mark_missing"].click()
    with qtbot.waitSignal(view.itemsChanged):
        view.buttons["move_misplaced"].click()
    assert w.services.items.get(w.keeper, missing.id).status is ItemStatus.MISSING
    assert w.services.items.get(w.keeper, misplaced.id).location_id == w.shelf_b.id
    done = view.models["missing"].index(0, 4).data()
    assert done == "Đã xử lý"


def test_an_open_stocktake_is_resumed_after_reopening_the_window(
    qtbot: QtBot, ui_world: World
) -> None:
    w = ui_world
    item = w.receive("Xe máy")
    take = w.services.stocktakes.start(w.keeper, w.warehouse.id, StocktakeKind.AD_HOC)
    w.services.stocktakes.scan(w.keeper, take.id, item.code, None)
    window = MainWindow(w.services, w.keeper, Settings())
    qtbot.addWidget(window)
    view = window.stocktake
    assert view is not None and view.current is not None and view.current.id == take.id
    assert "Đã thấy: 1" in view.counts.text()


def _police_stocktake(w: World) -> tuple[str, str]:
    """A finished stocktake of a police warehouse: one item seen in the other room; its code
    and the room's code."""
    s = w.services
    wh = s.warehouses.create(w.admin, "CA1", "Kho Công an", CustodianKind.POLICE, POLICE)
    one = s.warehouses.add_location(w.admin, wh.id, "Phòng 1", LocationKind.ROOM)
    two = s.warehouses.add_location(w.admin, wh.id, "Phòng 2", LocationKind.ROOM)
    item = s.items.receive(
        w.keeper,
        ItemDraft(
            kind=ItemKind.EVIDENCE,
            category=Category.VEHICLE,
            name="Xe máy",
            case_id=w.case.id,
            location_id=one.id,
        ),
    )
    take = s.stocktakes.start(w.keeper, wh.id, StocktakeKind.AD_HOC)
    s.stocktakes.scan(w.keeper, take.id, item.code, two.id)
    s.stocktakes.finish(
        w.keeper, take.id, Signers(w.keeper.full_name, "Trần Văn Toán", "Ngô Văn Trưởng")
    )
    return item.code, two.code


def _finished_view(qtbot: QtBot, w: World) -> StocktakeView:
    window = MainWindow(w.services, w.keeper, Settings())
    qtbot.addWidget(window)
    window.show()
    window.show_area("stocktake")
    view = window.stocktake
    assert view is not None and view.current is not None
    assert view.current.status is StocktakeStatus.FINISHED
    view.buttons["reconcile"].click()
    return view


def test_moving_misplaced_items_in_a_police_warehouse_asks_for_its_keeper(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Decree 152/2026 Art 37.2.đ: the police's keeper moves the items kept there, named."""
    w = ui_world
    code, room = _police_stocktake(w)
    asked: list[str] = []
    answers: list[bool] = [False, True]  # cancelled once, then typed

    def type_keeper(parent: QWidget | None, body: str) -> BodyKeeper | None:
        asked.append(body)
        dialog = BodyKeeperDialog(body, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        if not answers.pop(0):
            dialog.reject()
            return None
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        ok.click()  # no name yet: refused inline
        assert dialog.error.isVisible() and dialog.isVisible()
        qtbot.keyClicks(dialog.name, "Ly Van Khoa")  # keyClicks types ASCII only
        qtbot.keyClicks(dialog.position, "Thu kho")
        ok.click()
        return dialog.keeper() if dialog.result() == QDialog.DialogCode.Accepted else None

    monkeypatch.setattr(BodyKeeperDialog, "ask", type_keeper)
    view = _finished_view(qtbot, w)
    assert _codes(view, "misplaced") == [code]
    view.buttons["move_misplaced"].click()  # cancelled: nothing moved
    item = w.services.items.by_code(w.keeper, code)
    assert w.services.items.history(w.keeper, item.id)[0].kind is not EventKind.STOCKTAKE_MOVED
    with qtbot.waitSignal(view.itemsChanged):
        view.buttons["move_misplaced"].click()
    assert asked == [POLICE, POLICE]
    event = w.services.items.history(w.keeper, item.id)[0]
    assert event.kind is EventKind.STOCKTAKE_MOVED
    assert event.body_keeper == f"Ly Van Khoa, Thu kho – {POLICE}"
    assert (
        w.services.warehouses.location(
            w.keeper, w.services.items.by_code(w.keeper, code).location_id or 0
        ).code
        == room
    )
    assert view.models["misplaced"].index(0, 4).data() == "Đã xử lý"


def test_moving_misplaced_items_in_our_own_warehouse_does_not_ask(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = ui_world
    item = w.receive("Điện thoại", category=Category.PHONE)
    take = w.services.stocktakes.start(w.keeper, w.warehouse.id, StocktakeKind.AD_HOC)
    w.services.stocktakes.scan(w.keeper, take.id, item.code, w.shelf_b.id)
    w.services.stocktakes.finish(
        w.keeper, take.id, Signers(w.keeper.full_name, "Trần Văn Toán", "Ngô Văn Trưởng")
    )
    monkeypatch.setattr(BodyKeeperDialog, "ask", lambda *_a: pytest.fail("asked"))
    view = _finished_view(qtbot, w)
    with qtbot.waitSignal(view.itemsChanged):
        view.buttons["move_misplaced"].click()
    assert w.services.items.get(w.keeper, item.id).location_id == w.shelf_b.id


def test_the_monthly_check_of_a_third_party_yard_asks_who_was_entrusted(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Circular 01/2017/TT-BTP Art 12.2: the monthly check's minutes are signed by the person
    the agency entrusted the items to; the finish dialog asks for him only at that check."""
    w = ui_world
    s = w.services
    body = "Hợp tác xã vận tải Đông Anh"
    yard = s.warehouses.create(
        w.admin, "BAIXE", "Bãi giữ xe Đông Anh", CustodianKind.THIRD_PARTY, body
    )
    lot = s.warehouses.add_location(w.admin, yard.id, "Bãi A", LocationKind.ROOM)
    car = s.items.receive(w.keeper, ItemDraft(kind=ItemKind.EVIDENCE, category=Category.VEHICLE,
                                              name="Ô tô tải", case_id=w.case.id,
                                              location_id=lot.id))  # fmt: skip
    rows: list[int] = []

    def type_names(parent: QWidget | None, keeper: str, custodian: bool = False) -> Signers | None:
        dialog = SignersDialog(keeper, parent, custodian)
        qtbot.addWidget(dialog)
        dialog.show()
        rows.append(dialog.layout().itemAt(1).layout().rowCount())  # type: ignore[union-attr]
        for field, text in ((dialog.accountant, "Tran Van Toan"), (dialog.head, "Ngo Van Truong"),
                            (dialog.custodian, "Do Van Giu")):  # fmt: skip
            qtbot.keyClicks(field, text)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.signers() if dialog.result() == QDialog.DialogCode.Accepted else None

    monkeypatch.setattr(SignersDialog, "ask", type_names)
    window = MainWindow(s, w.keeper, Settings())
    qtbot.addWidget(window)
    window.show()
    window.show_area("stocktake")
    view = window.stocktake
    assert view is not None
    view.warehouse.setCurrentIndex(view.warehouse.findData(yard.id))
    view.kind.setCurrentIndex(view.kind.findData(StocktakeKind.KEEPING_CHECK))
    assert view.kind.currentText() == "Kiểm tra việc bảo quản hằng tháng"
    view.start_button.click()
    assert view.current is not None and view.current.kind is StocktakeKind.KEEPING_CHECK
    window.handle_scan(car.code)
    view.buttons["finish"].click()
    assert rows == [4]  # keeper, accountant, head and the entrusted keeper
    assert view.current is not None and view.current.status is StocktakeStatus.FINISHED
    minutes = s.documents.pdf(w.keeper, view.current.minutes_document_id or 0)
    assert minutes.startswith(b"%PDF")
