"""The home screen's to-do lines open what they name."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from evidence_app.domain.clock import agency_now, agency_today
from evidence_app.domain.enums import Category, Disposition, ItemKind, ReleaseRequestPurpose, Role
from evidence_app.domain.outcomes import OutcomeKind
from evidence_app.services.catalogue import CaseDraft, ItemDraft
from evidence_app.services.custody import Recipient
from evidence_app.services.outcomes import OutcomeDraft, Paper, PaymentDraft
from tests.world import World
from ui.shell import MainWindow, Settings

RETURN = Disposition.RETURN_TO_OWNER


def _window(qtbot: QtBot, world: World, actor: object) -> MainWindow:
    window = MainWindow(world.services, actor, Settings())  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    if window.dashboard.data is None:
        qtbot.waitSignal(window.dashboard.loaded, timeout=10_000).wait()
    return window


def _line(window: MainWindow, text: str) -> int:
    return next(n for n, line in enumerate(window.dashboard.todo_lines()) if text in line)


def test_a_deadline_line_opens_its_record_and_a_waiting_approval_the_release_area(
    qtbot: QtBot, ui_world: World
) -> None:
    w = ui_world
    camera, bike = (
        w.receive("Máy ảnh Canon", disposition=RETURN),
        w.receive("Xe đạp", disposition=RETURN),
    )
    waiting = w.services.release_requests.request(
        w.officer, w.case.id, [camera.id], ReleaseRequestPurpose.OTHER, Recipient("Lê Văn A"),
        "Giấy tờ chuyển cơ quan cấp",
    )  # fmt: skip
    approved = w.services.release_requests.request(
        w.officer, w.case.id, [bike.id], ReleaseRequestPurpose.RETURN_TO_OWNER,
        Recipient("Phạm Thị Dung"),
    )  # fmt: skip
    at = agency_now() + timedelta(hours=2)
    w.services.release_requests.approve(w.head, approved.id, at, approved.version)
    head = _window(qtbot, w, w.head)
    # The line of the approved release's hour: double-clicked as a person would.
    row = _line(head, f"số {approved.id}")
    qtbot.wait(20)  # the list lays out its new lines
    rect = head.dashboard.todo.visualRect(head.dashboard.todo_model.index(row))
    # A double click is a press and release, then a second press as a double click.
    qtbot.mouseClick(head.dashboard.todo.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(head.dashboard.todo.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert head.current_area() == "releases"
    current = head.releases.current_request()
    assert current is not None and current.id == approved.id
    # The approvals waiting: Enter on the line opens the release area.
    head.show_area("dashboard")
    head.dashboard.open_line(_line(head, "chờ"))
    assert head.current_area() == "releases"
    assert waiting.id  # the area lists it


def test_a_line_for_an_area_the_role_lacks_says_so(qtbot: QtBot, ui_world: World) -> None:
    window = _window(qtbot, ui_world, ui_world.actors[Role.COUNCIL_MEMBER])
    window.open_target("releases", 1)
    assert window.current_area() == "dashboard"
    assert "vai trò" in window.statusBar().currentMessage()


def test_the_deadline_names_its_record_in_the_readers_language(
    qtbot: QtBot, ui_world: World
) -> None:
    from ui.strings import set_language

    w = ui_world
    bike = w.receive("Xe đạp", disposition=RETURN)
    r = w.services.release_requests.request(
        w.officer, w.case.id, [bike.id], ReleaseRequestPurpose.RETURN_TO_OWNER,
        Recipient("Phạm Thị Dung"),
    )  # fmt: skip
    at = agency_now() + timedelta(hours=2)
    w.services.release_requests.approve(w.head, r.id, at, r.version)
    set_language("en")
    window = _window(qtbot, w, w.head)
    line = window.dashboard.todo_lines()[_line(window, f"no. {r.id}")]
    assert f"Release request no. {r.id}" in line and "Đề nghị" not in line


def test_a_confiscation_line_opens_its_case(qtbot: QtBot, ui_world: World) -> None:
    """Law Art 57.1: the ten days to hand a confiscated motorbike over, on the officer's
    home screen; the line opens the case with the motorbike among its items."""
    w = ui_world
    decided = agency_today() - timedelta(days=9)  # the ten days end tomorrow
    case = w.services.cases.create(w.officer, CaseDraft(
        "Đánh bạc – Hoàng Văn Nam", "301/2026/HS-ST", decision_number="88/QĐ-THADS",
        decision_date=decided, officer_id=w.officer.user_id,
    ))  # fmt: skip
    bike = w.services.items.receive(w.keeper, ItemDraft(
        kind=ItemKind.EVIDENCE, category=Category.VEHICLE, name="Xe máy Exciter 29B1-999.99",
        case_id=case.id, location_id=w.shelf_a.id,
    ))  # fmt: skip
    w.order([bike], Disposition.CONFISCATE)
    officer = _window(qtbot, w, w.officer)
    lines = officer.dashboard.todo_lines()
    row = _line(officer, "Giao vật chứng tịch thu")
    assert case.name in lines[row]
    officer.dashboard.open_line(row)
    assert officer.current_area() == "cases"
    assert officer.cases.current_case_id() == case.id
    assert officer.cases.items.row_of(bike.id) is not None


def test_the_head_opens_the_case_records_awaiting_him_from_his_home_screen(
    qtbot: QtBot, ui_world: World
) -> None:
    """Issue 19: an officer's payment and an outcome await the head; his home screen says so,
    the line opens his queue of them, and what he accepts leaves the line."""
    from tests.ui.cases.test_results import _when_dialog
    from ui.cases.results_dialog import ConfirmDialog

    w = ui_world
    s = w.services
    day = agency_today() - timedelta(days=3)
    case = s.cases.create(w.officer, CaseDraft(
        "Trộm cắp – Ngô Văn Bình", decision_number="90/QĐ-THADS", decision_date=day,
        amount_to_enforce=5_000_000, officer_id=w.officer.user_id,
    ))  # fmt: skip
    s.case_results.record_payment(
        w.officer, case.id, PaymentDraft(2_000_000, day, Paper("BL-7", day, "Kế toán"))
    )
    s.case_results.record_outcome(
        w.officer, case.id, OutcomeDraft(OutcomeKind.POSTPONED, day, Paper("9/QĐ", day, "CCT"))
    )
    officer = _window(qtbot, w, w.officer)
    assert not any("chờ Thủ trưởng xác nhận" in t for t in officer.dashboard.todo_lines())
    head = _window(qtbot, w, w.head)
    row = _line(head, "chờ Thủ trưởng xác nhận")
    assert head.dashboard.todo_lines()[row].startswith("2 kết quả thi hành án")
    seen: list[list[str]] = []

    def accept_all(dialog: object) -> None:
        assert isinstance(dialog, ConfirmDialog)
        seen.append([dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())])
        while dialog.records:
            dialog.table.selectRow(0)
            dialog.buttons["accept"].click()

    problems = _when_dialog(qtbot, ConfirmDialog, accept_all)
    head.dashboard.open_line(row)  # Enter on the line, as a person would
    assert problems == []
    assert seen == [[case.name, case.name]]
    assert head.current_area() == "cases"
    assert s.dashboard.summary(w.head).pending_case_records == 0
