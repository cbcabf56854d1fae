"""A stocktake as a keeper performs it in the main window: start, scan a location and items
(one misplaced, one never seen, one unknown code), reconcile, finish, follow up."""

from __future__ import annotations

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from evidence_app.domain.enums import Category, ItemStatus, StocktakeKind, StocktakeStatus
from evidence_app.services.stocktakes import Signers
from tests.world import World
from ui.shell import MainWindow, Settings
from ui.stocktakes.dialogs import SignersDialog
from ui.stocktakes.view import TABS

UNKNOWN = "VC-2026-999999"


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
    monkeypatch.setattr(SignersDialog, "ask", classmethod(lambda cls, p, k: signers))
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
