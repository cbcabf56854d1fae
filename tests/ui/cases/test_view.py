"""The case view: find a case, read its judgment, parties and items, pick an item."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from evidence_app.domain.enums import Category, ItemStatus, PartyRole
from evidence_app.services.catalogue import CaseDraft
from evidence_app.services.core.dto import CaseView as CaseDto
from evidence_app.services.core.dto import ItemRow
from tests.ui.keys import type_text
from tests.world import DECIDED_ON, World
from ui.cases import CaseView
from ui.common.view_models import RowIdRole, cases_model, item_rows_model


def _view(qtbot: QtBot, world: World) -> CaseView:
    view = CaseView(world.services, world.keeper)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    return view


def _click(qtbot: QtBot, table: object, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))  # type: ignore[attr-defined]
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # type: ignore[attr-defined]


def _second_case(world: World) -> CaseDto:
    draft = CaseDraft(
        "Buôn lậu – Nguyễn Thị Hoa",
        judgment_number="88/2025/HS-PT",
        judgment_date=date(2025, 11, 20),
        court="Tòa án nhân dân thành phố Hà Nội",
        decision_number="301/QĐ-THADS",
        decision_date=date(2026, 1, 5),
        amount_to_enforce=250_000_000,
        amount_enforced=1_500_000,
        ex_officio=False,  # decided on the creditor's request (Law 106/2025 Art 34)
    )
    return world.services.cases.create(world.officer, draft)


def test_the_newest_cases_are_listed_first(qtbot: QtBot, ui_world: World) -> None:
    second = _second_case(ui_world)
    view = _view(qtbot, ui_world)
    assert [view.cases.row(r).id for r in range(view.cases.rowCount())] == [
        second.id,
        ui_world.case.id,
    ]
    assert view.hits.text() == "2 vụ việc"
    assert view.detail.currentIndex() == 0


def test_clicking_a_case_shows_its_judgment_parties_and_items(
    qtbot: QtBot, ui_world: World
) -> None:
    ui_world.services.cases.add_party(
        ui_world.officer, ui_world.case.id, PartyRole.LIABLE, "Lê Văn Cường", "001099012345"
    )
    bike = ui_world.receive()
    phone = ui_world.receive("Điện thoại Samsung", category=Category.PHONE, stored=False)
    view = _view(qtbot, ui_world)
    _second_case(ui_world)
    _click(qtbot, view.case_table, view.cases.row_of(ui_world.case.id) or 0)
    assert view.current_case_id() == ui_world.case.id
    assert view.values["case.col_name"].text() == ui_world.case.name
    assert view.values["case.judgment"].text() == "123/2026/HS-ST"
    assert view.values["case.decision"].text() == (
        f"45/QĐ-THADS ngày {DECIDED_ON:%d/%m/%Y} (chủ động)"
    )
    assert view.values["case.amount_to_enforce"].text() == "15.000.000 đồng"
    parties = [
        [view.parties.item(r, c).text() for c in range(2)] for r in range(view.parties.rowCount())
    ]
    assert parties == [
        ["Chủ sở hữu", "Phạm Thị Dung"],
        ["Người phải thi hành án", "Lê Văn Cường"],
    ]
    assert view.parties.item(1, 2).text() == "001099012345"
    assert [view.items.row(r).id for r in range(view.items.rowCount())] == [phone.id, bike.id]
    assert view.items.index(1, 3).data() == "Đang bảo quản"
    assert view.items.index(1, 4).data() == "Kệ 1"
    assert view.items_title.text() == "2 vật chứng, tài sản"


def test_dates_and_court_are_shown_when_known(qtbot: QtBot, ui_world: World) -> None:
    second = _second_case(ui_world)
    view = _view(qtbot, ui_world)
    view.open_case(second.id)
    assert view.values["case.judgment"].text() == "88/2025/HS-PT ngày 20/11/2025"
    assert view.values["case.court"].text() == "Tòa án nhân dân thành phố Hà Nội"
    assert view.values["case.decision"].text() == "301/QĐ-THADS ngày 05/01/2026 (theo yêu cầu)"
    assert view.values["case.amount_enforced"].text() == "1.500.000 đồng"
    assert view.parties.rowCount() == 0
    assert view.case_table.selectionModel().isRowSelected(view.cases.row_of(second.id) or 0)


def test_clicking_an_item_emits_item_selected(qtbot: QtBot, ui_world: World) -> None:
    bike = ui_world.receive()
    view = _view(qtbot, ui_world)
    view.open_case(ui_world.case.id)
    with qtbot.waitSignal(view.itemSelected) as signal:
        _click(qtbot, view.item_table, 0)
    assert signal.args == [bike.id]


def test_typing_searches_without_diacritics(qtbot: QtBot, ui_world: World) -> None:
    second = _second_case(ui_world)
    view = _view(qtbot, ui_world)
    type_text(qtbot, view.search, "nguyen thi hoa")
    qtbot.waitUntil(lambda: view.cases.rowCount() == 1)
    assert view.cases.row(0).id == second.id
    view.search.clear()
    type_text(qtbot, view.search, "Trộm")
    qtbot.waitUntil(lambda: view.cases.rowCount() == 1 and view.cases.row(0).id != second.id)
    view.search.setText("không có vụ nào như thế")
    qtbot.waitUntil(lambda: view.hits.text() == "Không tìm thấy vụ việc nào")


def _row(n: int) -> ItemRow:
    return ItemRow(n, f"VC-2026-{n:06d}", f"Vật {n}", Category.OTHER, ItemStatus.IN_STORAGE, "")


def test_the_models_pass_the_qt_model_tester(qtmodeltester: ModelTester, ui_world: World) -> None:
    items = item_rows_model()
    items.set_rows([_row(1), _row(2)])
    qtmodeltester.check(items)
    assert items.index(1, 0).data(RowIdRole) == 2
    items.set_rows([])
    qtmodeltester.check(items)
    cases = cases_model()
    cases.set_rows([ui_world.case])
    qtmodeltester.check(cases)
    assert cases.index(0, 1).data() == "123/2026/HS-ST"


def test_a_capped_list_says_so_and_a_search_finds_past_the_cap(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.cases import view as case_view

    monkeypatch.setattr(case_view, "CASE_LIMIT", 3)
    for n in range(4):
        ui_world.services.cases.create(ui_world.officer, CaseDraft(f"Vụ thứ {n} – Trần Văn B"))
    view = _view(qtbot, ui_world)
    assert view.cases.rowCount() == 3
    assert view.hits.text().startswith("3 vụ việc đầu tiên, còn nữa")
    view.search.setText("cuong")  # the world's first case, past the cap
    view.run_search()
    assert [view.cases.row(r).id for r in range(view.cases.rowCount())] == [ui_world.case.id]
    assert view.hits.text() == "1 vụ việc"
