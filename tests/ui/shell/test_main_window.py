"""The main window as a keeper uses it: areas, scans from anywhere, status bar, state."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from evidence_app.domain.enums import Category, DocumentKind, ItemKind, ItemStatus, Role
from evidence_app.services.catalogue import ItemDraft
from evidence_app.services.core.dto import ItemView
from evidence_app.services.documents import DocumentCheck
from evidence_app.services.intake import IntakeDraft, IntakeLineDraft
from tests.label_pdf import pages
from tests.services.rows import tamper
from tests.world import World
from ui.checkouts import view as checkout_view
from ui.common import scan_feedback
from ui.common.errors import ErrorDialog
from ui.documents import DocumentCheckDialog, LabelPrintDialog
from ui.shell import MainWindow, Settings
from ui.shell.main_window import DB_LABEL_WIDTH
from ui.shell.scanner import ScanDetector

#: Scanners send a key every few milliseconds; people type at least 80 ms apart.
SCANNER_GAP_MS = 4
PERSON_GAP_MS = 250


@pytest.fixture
def detector() -> Iterator[ScanDetector]:
    # A wider gap than the default 35 ms keeps the test true on a loaded CI machine; the
    # typing below stays far from it on both sides.
    detector = ScanDetector(gap_ms=80)
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(detector)
    yield detector
    app.removeEventFilter(detector)


def _window(qtbot: QtBot, world: World, detector: ScanDetector | None = None) -> MainWindow:
    window = MainWindow(world.services, world.keeper, Settings(), detector)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _motorbike(world: World) -> ItemView:
    world.receive("Máy tính xách tay Dell", category=Category.ELECTRONICS)
    return world.receive(
        "Xe máy Honda Wave", identifiers="Biển số 29-B1 123.45", owner_name="Phạm Thị Dung"
    )


def _type(qtbot: QtBot, widget: QLineEdit, text: str, gap_ms: int, enter: bool = True) -> None:
    """Key events to the focused widget, ``gap_ms`` apart, as a scanner or a person sends them."""
    for char in text:
        qtbot.keyClick(widget, char)
        qtbot.wait(gap_ms)
    if enter:
        qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_title_and_status_bar_name_the_agency_user_database_and_scanner(
    qtbot: QtBot, ui_world: World, detector: ScanDetector
) -> None:
    window = _window(qtbot, ui_world, detector)
    agency = ui_world.services.agency.current()
    assert agency is not None and window.windowTitle().startswith(agency.name)
    assert ui_world.keeper.full_name in window.user_label.text()
    assert ui_world.services.db.display_url in window.db_label.toolTip()
    shown = window.db_label.text()  # whole, or cut in the middle to keep the bar narrow
    assert shown == window.db_label.toolTip() or "…" in shown
    assert window.db_label.fontMetrics().horizontalAdvance(shown) <= DB_LABEL_WIDTH
    assert window.scan_label.text() == detector.state_text()


def test_a_scan_while_the_search_box_has_focus_opens_the_item_and_leaves_the_box_empty(
    qtbot: QtBot, ui_world: World, detector: ScanDetector
) -> None:
    item = _motorbike(ui_world)
    window = _window(qtbot, ui_world, detector)
    box = window.catalogue.search
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    _type(qtbot, box, item.code, SCANNER_GAP_MS)
    qtbot.waitUntil(lambda: window.panel.current_code() == item.code)
    assert box.text() == ""
    assert item.code in window.statusBar().currentMessage()


def test_the_same_characters_typed_slowly_stay_text(
    qtbot: QtBot, ui_world: World, detector: ScanDetector
) -> None:
    item = _motorbike(ui_world)
    window = _window(qtbot, ui_world, detector)
    box = window.catalogue.search
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    _type(qtbot, box, item.code, PERSON_GAP_MS, enter=False)
    assert box.text() == item.code
    assert window.panel.current_code() != item.code or window.catalogue.model.rowCount() == 1


def test_an_unknown_code_beeps_and_says_so_without_changing_the_panel(
    qtbot: QtBot, ui_world: World, detector: ScanDetector, monkeypatch: pytest.MonkeyPatch
) -> None:
    beeps: list[str] = []
    monkeypatch.setattr(scan_feedback, "beep", lambda: beeps.append("beep"))
    window = _window(qtbot, ui_world, detector)
    window.catalogue.search.setFocus()
    _type(qtbot, window.catalogue.search, "VC-2020-999999", SCANNER_GAP_MS)
    qtbot.waitUntil(lambda: bool(beeps))
    assert "VC-2020-999999" in window.statusBar().currentMessage()
    assert window.panel.current_code() is None


def test_a_scan_on_the_home_screen_opens_the_item_in_the_catalogue_with_its_row(
    qtbot: QtBot, ui_world: World, detector: ScanDetector
) -> None:
    item = _motorbike(ui_world)
    window = _window(qtbot, ui_world, detector)
    window.show_area("dashboard")
    assert not window.panel.isVisible()
    window.handle_scan(item.code)
    assert window.current_area() == "catalogue"
    assert window.panel.isVisible() and window.panel.current_code() == item.code
    current = window.catalogue.table.currentIndex()
    assert current.isValid() and window.catalogue.model.item_id(current.row()) == item.id
    # Scanning another item in the catalogue moves the row with the panel.
    other = ui_world.receive("Điện thoại Samsung A52", category=Category.PHONE)
    window.catalogue.reload()
    window.handle_scan(other.code)
    assert window.panel.current_code() == other.code
    current = window.catalogue.table.currentIndex()
    assert window.catalogue.model.item_id(current.row()) == other.id


def test_a_location_code_opens_the_warehouse_view_at_that_location(
    qtbot: QtBot, ui_world: World, detector: ScanDetector
) -> None:
    window = _window(qtbot, ui_world, detector)
    window.handle_scan(ui_world.shelf_b.code)
    assert window.current_area() == "warehouses"
    assert window.warehouses.current_location_id() == ui_world.shelf_b.id


def test_navigation_by_click_and_by_shortcut(qtbot: QtBot, ui_world: World) -> None:
    window = _window(qtbot, ui_world)
    nav = window.nav
    assert [nav.item(row).text() for row in range(nav.count())] == [
        "Tổng quan",
        "Danh mục vật chứng",
        "Giao nhận, nhập kho",
        "Chuyển vị trí",
        "Trích xuất",
        "Xuất kho",
        "Vụ việc",
        "Kho và vị trí",
        "Kiểm kê",
        "Giao bảo quản",  # items left with owners, third parties, communes (Law Art 40.1)
        "Báo cáo",
        "Quản trị",  # the keeper's warehouse set-up
    ]
    rect = nav.visualItemRect(nav.item(6))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_area() == "cases"
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "intake"
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "warehouses"
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "catalogue"
    assert window.catalogue.search.hasFocus()


def test_selecting_a_catalogue_row_fills_the_panel(qtbot: QtBot, ui_world: World) -> None:
    item = _motorbike(ui_world)
    window = _window(qtbot, ui_world)
    window.catalogue.select_item(item.id)
    qtbot.waitUntil(lambda: window.panel.current_code() == item.code)


def test_window_size_splitter_and_area_are_remembered(qtbot: QtBot, ui_world: World) -> None:
    window = _window(qtbot, ui_world)
    window.resize(1300, 700)
    window.splitter.setSizes([160, 560, 380])
    window.show_area("cases")
    splitter = window.splitter.saveState()
    window.close()
    assert Settings().get("window/splitter") == splitter
    again = _window(qtbot, ui_world)
    assert again.current_area() == "cases"
    # The offscreen screen is 800 px wide, so Qt narrows the restored width to fit; the
    # height (less than the screen's) comes back exactly.
    assert again.height() == 700


def test_verify_runs_in_the_background_and_reports_intact_chains(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    _motorbike(ui_world)
    shown: list[str] = []
    monkeypatch.setattr(
        ErrorDialog, "present", classmethod(lambda c, p, t, text: shown.append(text))
    )
    assert not _window(qtbot, ui_world).findChild(QAction, "action_verify").isVisible()
    window = MainWindow(ui_world.services, ui_world.head, Settings())
    qtbot.addWidget(window)
    action = window.findChild(QAction, "action_verify")
    assert action.isVisible()
    action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown[0].startswith("Toàn vẹn: đã kiểm tra 2 vật chứng"), shown
    admin_log, documents = shown[0].split("\n\n")[1:]
    assert admin_log.startswith("Nhật ký quản trị (người dùng, vai trò, mật khẩu, tham số): ")
    assert admin_log.endswith("sự kiện, toàn vẹn.")
    assert "văn bản" in documents


def test_verify_names_an_item_whose_status_was_changed_without_an_event(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    bike = _motorbike(ui_world)
    tamper(ui_world.services, "UPDATE item SET status = 'destroyed' WHERE id = :i", i=bike.id)
    shown: list[str] = []
    monkeypatch.setattr(
        ErrorDialog, "present", classmethod(lambda c, p, t, text: shown.append(text))
    )
    window = MainWindow(ui_world.services, ui_world.head, Settings())
    qtbot.addWidget(window)
    window.findChild(QAction, "action_verify").trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    lines = shown[0].split("\n\n")[0].splitlines()
    assert lines[0].startswith("1 sai lệch"), shown
    assert bike.code in lines[1] and "“Đã tiêu hủy”" in lines[1] and "“Đang bảo quản”" in lines[1]


def test_a_read_only_role_is_not_offered_the_handover_nor_label_printing(
    qtbot: QtBot, ui_world: World
) -> None:
    window = MainWindow(ui_world.services, ui_world.actors[Role.INSPECTOR], Settings())
    qtbot.addWidget(window)
    assert window.intake is None and not window.has_area("intake")
    assert window.moves is None and window.checkouts is None
    # Overview, catalogue, cases, warehouses, reports, and the workflows he supervises, read
    # only (issue 14): releases, destruction, auctions, stocktakes, items left with keepers.
    assert window.nav.count() == 10
    assert window.keeping is not None and window.has_area("keeping")
    assert not window.findChild(QAction, "action_print_labels").isVisible()


def test_on_the_handover_screen_a_location_scan_sets_where_new_items_go(
    qtbot: QtBot, ui_world: World
) -> None:
    window = _window(qtbot, ui_world)
    window.show_area("intake")
    window.handle_scan(ui_world.shelf_b.code)
    assert window.current_area() == "intake"  # not sent to the warehouse view
    assert ui_world.shelf_b.name in window.intake.target.text()


def test_print_labels_prints_the_item_in_the_panel(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    item = _motorbike(ui_world)
    asked: list[list[str]] = []

    def ask(cls: object, parent: object, services: object, actor: object, codes: list[str]) -> bool:
        asked.append(list(codes))
        return True

    monkeypatch.setattr(LabelPrintDialog, "ask", classmethod(ask))
    window = _window(qtbot, ui_world)
    action = window.findChild(QAction, "action_print_labels")
    action.trigger()
    assert asked == [] and "chọn hoặc quét" in window.statusBar().currentMessage()
    window.show_item(item.id)
    action.trigger()
    assert asked == [[item.code]]


def test_scanning_the_qr_of_a_printed_handover_checks_it_against_the_database(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    line = IntakeLineDraft(
        item=ItemDraft(kind=ItemKind.EVIDENCE, category=Category.VEHICLE, name="Xe máy Honda Wave"),
        recorded_quantity=1,
    )
    draft = IntakeDraft(
        delivering_body="Cơ quan Cảnh sát điều tra Công an quận Hoàn Kiếm",
        representative="Đại úy Trần Văn Bình",
        case_id=ui_world.case.id,
        seizure_record_number="12/BB-TG",
        seizure_record_date=date(2026, 3, 2),
        lines=(line,),
    )
    result = ui_world.services.intake.commit(ui_world.keeper, draft)
    minutes = next(d for d in result.documents if d.kind is DocumentKind.HANDOVER_MINUTES)
    pdf = ui_world.services.documents.pdf(ui_world.keeper, minutes.id)
    payload = next(c for c in pages(pdf, dpi=150)[0].codes() if c.startswith("THADS-DOC|"))
    checks: list[DocumentCheck] = []
    monkeypatch.setattr(
        DocumentCheckDialog, "present", classmethod(lambda c, p, k: checks.append(k))
    )
    window = _window(qtbot, ui_world)
    window.handle_scan(payload)
    assert len(checks) == 1 and checks[0].ok and checks[0].paper_checked
    assert checks[0].document.number == minutes.number


def test_print_location_label_takes_the_location_chosen_in_the_warehouse_view(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[list[str], bool]] = []

    def ask(
        cls: object,
        parent: object,
        services: object,
        actor: object,
        codes: list[str],
        *,
        locations: bool = False,
    ) -> bool:
        asked.append((list(codes), locations))
        return True

    monkeypatch.setattr(LabelPrintDialog, "ask", classmethod(ask))
    inspector = MainWindow(ui_world.services, ui_world.actors[Role.INSPECTOR], Settings())
    qtbot.addWidget(inspector)
    assert not inspector.findChild(QAction, "action_print_location_labels").isVisible()
    admin = MainWindow(ui_world.services, ui_world.admin, Settings())
    qtbot.addWidget(admin)
    admin.warehouses.open_location(ui_world.shelf_b.id)
    admin.findChild(QAction, "action_print_location_labels").trigger()
    assert asked == [([ui_world.shelf_b.code], True)]


def test_on_the_move_screen_a_location_then_items_make_up_the_batch(
    qtbot: QtBot, ui_world: World
) -> None:
    item = _motorbike(ui_world)
    window = _window(qtbot, ui_world)
    window.show_area("moves")
    assert not window.panel.isVisible()
    window.handle_scan(ui_world.shelf_b.code)
    window.handle_scan(item.code)
    assert window.current_area() == "moves" and window.moves.model.rowCount() == 1
    assert window.moves.commit()
    moved = ui_world.services.items.get(ui_world.keeper, item.id)
    assert moved.location_id == ui_world.shelf_b.id


def test_on_the_temporary_release_screen_scans_take_items_back_or_say_where_they_stand(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    item = _motorbike(ui_world)
    window = _window(qtbot, ui_world)
    window.show_area("checkouts")
    assert not window.panel.isVisible()
    told: list[str] = []
    monkeypatch.setattr(checkout_view, "show_status", lambda _w, text: told.append(text) or True)
    window.handle_scan(item.code)  # in storage: it leaves on the head's order, not from here
    assert window.current_area() == "checkouts" and told and item.code in told[0]
    assert ui_world.services.items.get(ui_world.keeper, item.id).status is ItemStatus.IN_STORAGE
    window.handle_scan(ui_world.shelf_b.code)  # not for this screen: the warehouse view opens
    assert window.current_area() == "warehouses"
