"""The item panel: every field, place, photos, the timeline newest first and the chain badge."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from evidence_app.domain.enums import SealState
from tests.records import add_document_event, add_photo, jpeg
from tests.services.rows import tamper
from tests.world import World
from ui import strings
from ui.catalogue import ItemPanel, photo_strip


def _panel(qtbot: QtBot, world: World) -> ItemPanel:
    panel = ItemPanel(world.services, world.keeper)
    qtbot.addWidget(panel)
    panel.resize(480, 740)
    panel.show()
    return panel


def _bike(world: World) -> int:
    item = world.receive(
        identifiers="Biển số 29-B1 123.45",
        owner_name="Phạm Thị Dung",
        transferring_body="Công an quận Hoàn Kiếm",
        estimated_value=12_345_678,
        weight_grams=Decimal("98500"),
        seal_state=SealState.INTACT,
        seal_numbers="NP-0001",
        condition="Trầy xước nhẹ",
        quantity=2,
        unit="chiếc",
    )
    moved = world.services.items.move(world.keeper, item.id, world.shelf_b.id, note="Sang kệ 2")
    return moved.id


def _timeline(panel: ItemPanel) -> list[list[str]]:
    table = panel.timeline
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_every_field_is_shown_in_vietnamese(qtbot: QtBot, ui_world: World) -> None:
    panel = _panel(qtbot, ui_world)
    details = ui_world.services.items.details(ui_world.keeper, _bike(ui_world))
    panel.show_details(details)
    values = {key: label.text() for key, label in panel.values.items()}
    assert panel.current_code() == details.item.code
    assert values["col.name"] == "Xe máy Honda Wave"
    assert values["panel.kind"] == "Vật chứng"
    assert values["col.category"] == "Phương tiện"
    assert values["col.status"] == "Đang bảo quản"
    assert values["panel.quantity"] == "2 chiếc"
    assert values["panel.weight"] == "98,5 kg"
    assert values["panel.value"] == "12.345.678 đồng"
    assert values["panel.seal"].endswith("(NP-0001)")
    assert values["panel.identifiers"] == "Biển số 29-B1 123.45"
    assert values["panel.condition"] == "Trầy xước nhẹ"
    assert values["col.owner"] == "Phạm Thị Dung"
    assert values["panel.transferring_body"] == "Công an quận Hoàn Kiếm"
    assert values["panel.case"] == ui_world.case.name
    assert values["panel.judgment"] == "123/2026/HS-ST"
    assert values["panel.decision"] == "45/QĐ-THADS"
    assert values["panel.place"] == "Kho vật chứng số 1 › Khu A › Kệ 2"
    assert values["col.received"][2] == "/" and len(values["col.received"]) == 16
    assert values["panel.description"] == "—"


def test_english_writes_money_and_weight_its_way(qtbot: QtBot, ui_world: World) -> None:
    strings.set_language("en")
    panel = _panel(qtbot, ui_world)
    panel.show_details(ui_world.services.items.details(ui_world.keeper, _bike(ui_world)))
    assert panel.values["panel.value"].text() == "12,345,678 VND"
    assert panel.values["panel.weight"].text() == "98.5 kg"
    assert panel.values["col.status"].text() == "In storage"
    assert panel.chain.text() == "Custody chain intact"


def test_the_timeline_is_newest_first_with_from_and_to(qtbot: QtBot, ui_world: World) -> None:
    panel = _panel(qtbot, ui_world)
    item_id = _bike(ui_world)
    add_document_event(ui_world.services, item_id, "15/BB-THADS", ui_world.keeper.user_id)
    panel.show_details(ui_world.services.items.details(ui_world.keeper, item_id))
    rows = _timeline(panel)
    assert [r[1] for r in rows] == ["Sửa thông tin", "Chuyển vị trí", "Xếp vào vị trí", "Tiếp nhận"]
    assert rows[0][4] == "15/BB-THADS"
    assert rows[1][3] == "Kệ 1 → Kệ 2"
    assert rows[1][5] == "Sang kệ 2"
    assert rows[2][3] == "→ Kệ 1"
    assert rows[3][3] == "Công an quận Hoàn Kiếm →"
    assert {r[2] for r in rows} == {ui_world.keeper.full_name}
    assert panel.timeline.item(1, 3).toolTip() == "Khu A › Kệ 1 → Khu A › Kệ 2"
    assert not panel.timeline.isColumnHidden(4)


def test_empty_document_and_note_columns_make_room(qtbot: QtBot, ui_world: World) -> None:
    panel = _panel(qtbot, ui_world)
    item = ui_world.receive()
    panel.show_details(ui_world.services.items.details(ui_world.keeper, item.id))
    assert panel.timeline.isColumnHidden(4) and panel.timeline.isColumnHidden(5)
    assert not panel.timeline.isColumnHidden(3)


def test_an_intact_chain_shows_the_green_badge(qtbot: QtBot, ui_world: World) -> None:
    panel = _panel(qtbot, ui_world)
    panel.show_details(ui_world.services.items.details(ui_world.keeper, _bike(ui_world)))
    assert panel.chain.text() == "Chuỗi bảo quản toàn vẹn"
    assert "#1b5e20" in panel.chain.styleSheet()
    assert panel.chain.isVisible()


def test_a_tampered_chain_shows_the_red_badge_at_that_event(qtbot: QtBot, ui_world: World) -> None:
    panel = _panel(qtbot, ui_world)
    item_id = _bike(ui_world)
    tamper(
        ui_world.services,
        "UPDATE custody_event SET note = 'Sửa lén' WHERE item_id = :i AND seq = 2",
        i=item_id,
    )
    panel.show_details(ui_world.services.items.details(ui_world.keeper, item_id))
    assert panel.chain.text() == "Chuỗi bảo quản bị sai lệch tại sự kiện #2"
    assert "#a61b1b" in panel.chain.styleSheet()
    assert "nội dung" in panel.chain.toolTip() or "thay đổi" in panel.chain.toolTip()
    marked = panel.timeline.item(1, 0).background().color().name()  # seq 2 of 3
    assert marked == "#fdecec"
    assert panel.timeline.item(0, 0).background().color().name() != "#fdecec"


def test_a_photo_shows_as_a_thumbnail_and_a_click_enlarges_it(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = _panel(qtbot, ui_world)
    item = ui_world.receive()
    data = jpeg((0, 120, 200), (640, 480))
    add_photo(ui_world.services, item.id, data, "Ảnh chụp khi tiếp nhận")
    shown: list[tuple[bytes, str]] = []
    monkeypatch.setattr(
        photo_strip.PhotoDialog,
        "present",
        classmethod(lambda cls, parent, raw, title, caption: shown.append((raw, caption))),
    )
    panel.show_details(ui_world.services.items.details(ui_world.keeper, item.id))
    assert len(panel.photos.buttons) == 1
    button = panel.photos.buttons[0]
    qtbot.waitUntil(lambda: not button.icon().isNull())
    assert button.toolTip() == "Ảnh chụp khi tiếp nhận"
    assert not panel.photos.empty.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert shown == [(data, "Ảnh chụp khi tiếp nhận")]


def test_a_broken_photo_says_so_instead_of_crashing(qtbot: QtBot, ui_world: World) -> None:
    panel = _panel(qtbot, ui_world)
    item = ui_world.receive()
    add_photo(ui_world.services, item.id, b"not an image")
    panel.show_details(ui_world.services.items.details(ui_world.keeper, item.id))
    button = panel.photos.buttons[0]
    qtbot.waitUntil(lambda: button.text() == "?")
    assert button.toolTip() == "Không hiển thị được ảnh"


def test_the_photo_dialog_shows_the_picture(qtbot: QtBot) -> None:
    dialog = photo_strip.PhotoDialog(None, jpeg(size=(800, 600)), "Ảnh", "Số khung")
    qtbot.addWidget(dialog)
    pixmap = dialog.picture.pixmap()
    assert not pixmap.isNull() and pixmap.width() <= 800


def test_clear_empties_the_panel_and_no_photos_is_said(qtbot: QtBot, ui_world: World) -> None:
    panel = _panel(qtbot, ui_world)
    panel.show_details(ui_world.services.items.details(ui_world.keeper, _bike(ui_world)))
    assert panel.photos.empty.isVisible()
    panel.clear()
    assert panel.current_code() is None and panel.details is None
    assert panel.stack.currentIndex() == 0
    assert panel.timeline.rowCount() == 0


def test_show_item_still_fills_from_bare_views(qtbot: QtBot, ui_world: World) -> None:
    panel = _panel(qtbot, ui_world)
    item = ui_world.services.items.get(ui_world.keeper, _bike(ui_world))
    events = ui_world.services.items.history(ui_world.keeper, item.id)
    panel.show_item(item, events, case_name="Vụ A", place="Kho 1")
    assert panel.values["panel.case"].text() == "Vụ A"
    assert [r[1] for r in _timeline(panel)] == ["Chuyển vị trí", "Xếp vào vị trí", "Tiếp nhận"]
    assert not panel.chain.isVisible()


def test_nothing_is_clipped_in_a_480_pixel_pane(
    qtbot: QtBot, ui_world: World, tmp_path: Path
) -> None:
    panel = _panel(qtbot, ui_world)
    item_id = _bike(ui_world)
    add_document_event(ui_world.services, item_id, "15/BB-THADS", None, "Giao cho giám định")
    panel.show_details(ui_world.services.items.details(ui_world.keeper, item_id))
    table = panel.timeline
    visible = [c for c in range(table.columnCount()) if not table.isColumnHidden(c)]
    width = sum(table.columnWidth(c) for c in visible)
    assert width <= table.viewport().width() + 1  # no horizontal scrolling
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    qtbot.waitUntil(lambda: table.height() >= table.horizontalHeader().height() + rows)
    assert panel.grab().save(str(tmp_path / "panel.png"))
