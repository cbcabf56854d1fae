"""The warehouse view: the location tree with counts, a location's items, open_location."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from evidence_app.domain.enums import Category, CustodianKind, ItemKind, LocationKind
from evidence_app.services.catalogue import CaseDraft, ItemDraft
from tests.world import World
from ui.warehouses import WarehouseView
from ui.warehouses.tree_model import CountRole, LocationIdRole, LocationTreeModel


def _view(qtbot: QtBot, world: World) -> WarehouseView:
    view = WarehouseView(world.services, world.keeper)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    return view


def _stock(world: World) -> int:
    """Two items on shelf A, one in a bin under shelf B; returns the bin's id."""
    bin_ = world.services.warehouses.add_location(
        world.admin, world.warehouse.id, "Ô 1", LocationKind.BIN, parent_id=world.shelf_b.id
    )
    world.receive()
    world.receive("Điện thoại Samsung")
    item = world.receive("Máy tính Dell")
    world.services.items.move(world.keeper, item.id, bin_.id)
    return bin_.id


def _children(model: LocationTreeModel, parent: QModelIndex) -> list[QModelIndex]:
    return [model.index(r, 0, parent) for r in range(model.rowCount(parent))]


def test_the_tree_shows_counts_that_add_up(qtbot: QtBot, ui_world: World) -> None:
    _stock(ui_world)
    view = _view(qtbot, ui_world)
    model = view.model
    (zone,) = _children(model, QModelIndex())
    assert (zone.data(), zone.sibling(0, 1).data(), zone.sibling(0, 2).data()) == (
        "Khu A",
        ui_world.zone.code,
        "3",
    )
    shelves = _children(model, zone)
    assert [s.data() for s in shelves] == ["Kệ 1", "Kệ 2"]
    assert [s.data(CountRole) for s in shelves] == [2, 1]
    assert sum(s.data(CountRole) for s in shelves) == zone.data(CountRole)
    (bin_,) = _children(model, shelves[1])
    assert (
        bin_.data(CountRole) == 1 and bin_.data(Qt.ItemDataRole.ToolTipRole) == "Khu A › Kệ 2 › Ô 1"
    )
    assert view.total.text() == "3 vật chứng đang bảo quản trong kho"
    assert view.tree.isExpanded(zone)


def test_selecting_a_location_lists_its_subtree_items(qtbot: QtBot, ui_world: World) -> None:
    _stock(ui_world)
    view = _view(qtbot, ui_world)
    zone = view.model.index(0, 0)
    rect = view.tree.visualRect(zone)
    qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.current_location_id() == ui_world.zone.id
    assert [view.items.index(r, 1).data() for r in range(view.items.rowCount())] == [
        "Máy tính Dell",
        "Điện thoại Samsung",
        "Xe máy Honda Wave",
    ]
    assert view.items_title.text() == "Vật chứng tại Khu A: 3"


def test_open_location_selects_and_expands_the_node(qtbot: QtBot, ui_world: World) -> None:
    bin_id = _stock(ui_world)
    view = _view(qtbot, ui_world)
    view.open_location(bin_id)
    assert view.current_location_id() == bin_id
    index = view.tree.currentIndex()
    assert index.data(LocationIdRole) == bin_id
    assert view.tree.isExpanded(index.parent())
    assert view.tree.selectionModel().isSelected(index)
    assert view.items.rowCount() == 1 and view.items.index(0, 4).data() == "Ô 1"


def test_open_location_switches_warehouse(qtbot: QtBot, ui_world: World) -> None:
    services = ui_world.services
    other = services.warehouses.create(
        ui_world.admin, "K02", "Kho vật chứng số 2", CustodianKind.POLICE
    )
    room = services.warehouses.add_location(ui_world.admin, other.id, "Phòng 1", LocationKind.ROOM)
    view = _view(qtbot, ui_world)
    assert view.current is not None and view.current.warehouse.id == ui_world.warehouse.id
    view.open_location(room.id)
    assert view.current.warehouse.id == other.id
    assert view.warehouses.currentData() == other.id
    assert view.current_location_id() == room.id
    assert view.items.rowCount() == 0


def test_clicking_an_item_emits_item_selected(qtbot: QtBot, ui_world: World) -> None:
    bin_id = _stock(ui_world)
    view = _view(qtbot, ui_world)
    view.open_location(bin_id)
    rect = view.item_table.visualRect(view.items.index(0, 0))
    with qtbot.waitSignal(view.itemSelected) as signal:
        qtbot.mouseClick(view.item_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [view.items.row(0).id]


def test_the_tree_model_passes_the_qt_model_tester(
    qtmodeltester: ModelTester, ui_world: World
) -> None:
    _stock(ui_world)
    tree = ui_world.services.warehouses.tree(ui_world.keeper, ui_world.warehouse.id)
    model = LocationTreeModel()
    model.set_nodes(tree.nodes)
    qtmodeltester.check(model)
    model.set_nodes(())
    qtmodeltester.check(model)


def test_locations_mixed_by_a_later_decision_are_named_and_open_on_a_click(
    qtbot: QtBot, ui_world: World, tmp_path: Path
) -> None:
    """Untried items share Kệ 2 with a case that then gets its QĐ THA: the view says so
    (Circular 04/2023/TT-BTP Art 11.1), the link opens the location, and once the decided item
    is moved away the warning goes."""
    s, officer = ui_world.services, ui_world.officer
    items = []
    for name in ("Cố ý gây thương tích – Hà Văn Em", "Trộm cắp – Vũ Văn Giang"):
        case = s.cases.create(officer, CaseDraft(name=name))
        draft = ItemDraft(
            kind=ItemKind.EVIDENCE,
            category=Category.OTHER,
            name="Dao bấm",
            case_id=case.id,
            location_id=ui_world.shelf_b.id,
        )
        items.append((case, s.items.receive(ui_world.keeper, draft)))
    view = _view(qtbot, ui_world)
    assert not view.mixed.isVisible()
    case, decided = items[1]
    current = s.cases.get(officer, case.id)
    s.cases.update(
        officer, case.id, current.version, CaseDraft(case.name, decision_number="77/QĐ-THADS")
    )
    view.reload()
    assert view.mixed.isVisible()
    assert "Khu A › Kệ 2" in view.mixed.text() and "chưa xét xử" in view.mixed.text()
    view.grab().save(str(tmp_path / "mixed.png"))
    view.mixed.linkActivated.emit(str(ui_world.shelf_b.id))
    assert view.current_location_id() == ui_world.shelf_b.id
    s.items.move(ui_world.keeper, decided.id, ui_world.shelf_a.id)
    view.reload()
    assert not view.mixed.isVisible()
