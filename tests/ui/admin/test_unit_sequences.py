"""The document numbers tab per unit (issue 21): the provincial administrator picks an office
and sets its next number, which only that office's papers take; an office's administrator has
his office alone (the unit list shows it, and nothing else)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from evidence_app.domain.clock import agency_today
from evidence_app.domain.enums import DocumentKind
from evidence_app.services.core.auth import Actor
from tests.services.admin.test_unit_sequences import office_admin
from tests.services.custody.test_unit_transfers import office, office_item
from tests.world import World
from ui.admin.view import SequencesTab
from ui.strings import set_language

HANDOVER = DocumentKind.HANDOVER_MINUTES


def _tab(qtbot: QtBot, world: World, actor: Actor) -> SequencesTab:
    tab = SequencesTab(world.services, actor)
    qtbot.addWidget(tab)
    tab.resize(1300, 600)
    tab.show()
    return tab


def _set(qtbot: QtBot, tab: SequencesTab, kind: DocumentKind, value: str) -> None:
    """Click the kind's row, type the number, press the button, as the administrator does."""
    row = [r.kind for r in tab.rows].index(kind)
    rect = tab.table.visualItemRect(tab.table.item(row, 0))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    tab.next_value.selectAll()
    qtbot.keyClicks(tab.next_value, value)
    qtbot.mouseClick(tab.set_button, Qt.MouseButton.LeftButton)


def _next(tab: SequencesTab, kind: DocumentKind) -> str:
    row = [r.kind for r in tab.rows].index(kind)
    return tab.table.item(row, 2).text()


def test_the_provincial_administrator_picks_an_office_and_sets_its_number(
    qtbot: QtBot, ui_world: World
) -> None:
    s = ui_world.services
    kv2, _kv3 = office(ui_world, "KV2", 2), office(ui_world, "KV3", 3)
    s.transfers.send(kv2.keeper, [office_item(ui_world, kv2, "Điện thoại").id],
                     ui_world.shelf_b.id)  # fmt: skip
    tab = _tab(qtbot, ui_world, ui_world.admin)
    names = [tab.unit.itemText(i) for i in range(tab.unit.count())]
    assert tab.unit.isEnabled() and len(names) == 3
    assert names[1:] == [
        "Phòng Thi hành án dân sự khu vực 2 (KV2)",
        "Phòng Thi hành án dân sự khu vực 3 (KV3)",
    ]
    province_next = _next(tab, HANDOVER)
    qtbot.keyClick(tab.unit, Qt.Key.Key_Down)  # the office KV2
    assert tab.unit_id() == kv2.unit_id and _next(tab, HANDOVER) == "2"
    _set(qtbot, tab, HANDOVER, "25")
    assert _next(tab, HANDOVER) == "25"
    assert tab.result.text() == (
        "Biên bản giao nhận năm "
        f"{agency_today().year} của Phòng Thi hành án dân sự khu vực 2 (KV2): "
        "số tiếp theo là 25."
    )
    sent = s.transfers.send(kv2.keeper, [office_item(ui_world, kv2, "Máy tính").id],
                            ui_world.shelf_b.id)  # fmt: skip
    assert sent.handover_number == "25/BB-THADS-KV2"
    qtbot.keyClick(tab.unit, Qt.Key.Key_Up)  # back to the province: untouched
    assert tab.unit_id() != kv2.unit_id and _next(tab, HANDOVER) == province_next


def test_an_offices_administrator_has_his_office_alone(qtbot: QtBot, ui_world: World) -> None:
    kv2, _kv3 = office(ui_world, "KV2", 2), office(ui_world, "KV3", 3)
    mine = office_admin(ui_world, kv2)
    set_language("en")
    try:
        tab = _tab(qtbot, ui_world, mine)
        assert [tab.unit.itemText(i) for i in range(tab.unit.count())] == [
            "Phòng Thi hành án dân sự khu vực 2 (KV2)"
        ]
        assert not tab.unit.isEnabled() and tab.unit_id() == kv2.unit_id
        qtbot.keyClick(tab.unit, Qt.Key.Key_Down)
        assert tab.unit_id() == kv2.unit_id
        _set(qtbot, tab, HANDOVER, "9")
        assert _next(tab, HANDOVER) == "9"
        assert tab.result.text() == (
            f"Handover minutes {agency_today().year} of Phòng Thi hành án dân sự khu vực 2 "
            "(KV2): the next number is 9."
        )
    finally:
        set_language("vi")
    rows = ui_world.services.sequences.document_sequences(
        ui_world.admin, agency_today().year, kv2.unit_id
    )
    assert next(r.next_number for r in rows if r.kind is HANDOVER) == 9
