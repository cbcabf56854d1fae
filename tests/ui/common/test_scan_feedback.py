"""A scan from the keyboard to its item; refusals beep and say why; codes read from an image."""

from __future__ import annotations

from pathlib import Path

import pytest
import qrcode
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from evidence_app.domain.codes import CodeKind
from evidence_app.domain.errors import DomainError
from tests.ui.keys import TEST_GAP_MS
from tests.world import World
from ui.common import scan_feedback
from ui.common.scan_feedback import ScanImageDialog, choose_image_and_read, signal_error
from ui.shell.scanner import ScanDetector


@pytest.fixture
def beeps(monkeypatch: pytest.MonkeyPatch) -> list[None]:
    heard: list[None] = []
    monkeypatch.setattr(scan_feedback, "beep", lambda: heard.append(None))
    return heard


@pytest.fixture
def window(qtbot: QtBot) -> QMainWindow:
    window = QMainWindow()
    window.setCentralWidget(QLineEdit())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_code_typed_at_scanner_speed_leads_to_its_item(
    qtbot: QtBot, ui_world: World, window: QMainWindow, beeps: list[None]
) -> None:
    item = ui_world.receive()
    field = window.centralWidget()
    field.setFocus()
    opened: list[int] = []

    def route(text: str) -> None:
        try:
            target = ui_world.services.scan.route(ui_world.keeper, text)
        except DomainError as exc:
            signal_error(window, exc.message("vi"))
            return
        assert target.kind is CodeKind.ITEM
        opened.append(target.id)

    # What is tested is where a scanned code leads, not the gap: a wide one, so a machine
    # loaded by other test workers cannot split the burst (it did at 70 ms, issue 17).
    detector = ScanDetector(gap_ms=4 * TEST_GAP_MS).install()
    detector.scanned.connect(route)
    try:
        for code in (item.code.lower(), "VC-2026-999999"):
            for char in code:
                qtbot.keyClick(field, char)
                qtbot.wait(3)
            with qtbot.waitSignal(detector.scanned):
                qtbot.keyClick(field, Qt.Key.Key_Return)
    finally:
        detector.uninstall()
    assert opened == [item.id]
    assert field.text() == ""
    assert len(beeps) == 1
    assert window.statusBar().currentMessage() == "Không tìm thấy vật chứng có mã VC-2026-999999."


def test_an_error_beeps_and_says_why_in_the_status_bar_leaving_the_focus_alone(
    qtbot: QtBot, window: QMainWindow, beeps: list[None]
) -> None:
    field = window.centralWidget()
    window.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    signal_error(window.centralWidget(), "Mã «ABC» không hợp lệ")
    assert window.statusBar().currentMessage() == "Mã «ABC» không hợp lệ"
    assert len(beeps) == 1
    assert window.findChild(QMessageBox) is None
    qtbot.wait(20)
    assert field.hasFocus()  # the next scan or keystroke still goes where it went


def test_a_window_without_a_status_bar_gets_one_non_modal_notice(
    qtbot: QtBot, beeps: list[None]
) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    signal_error(dialog, "Mã «ABC» không hợp lệ")
    signal_error(dialog, "Không tìm thấy vị trí kho có mã VT-K99.")
    notices = dialog.findChildren(QMessageBox, scan_feedback.NOTICE_NAME)
    assert len(notices) == 1  # one notice, showing the latest message
    assert notices[0].isVisible()
    assert not notices[0].isModal()
    assert notices[0].text() == "Không tìm thấy vị trí kho có mã VT-K99."
    assert notices[0].windowTitle() == "Không quét được mã"
    assert len(beeps) == 2


def test_codes_are_read_from_the_image_the_user_picks(
    qtbot: QtBot,
    ui_world: World,
    window: QMainWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    beeps: list[None],
) -> None:
    path = tmp_path / "nhan-vi-tri.png"
    qrcode.make(ui_world.shelf_a.code).save(path)
    monkeypatch.setattr(ScanImageDialog, "ask", classmethod(lambda cls, parent: str(path)))
    assert choose_image_and_read(window, ui_world.services) == [ui_world.shelf_a.code]
    assert window.statusBar().currentMessage() == "Đọc được 1 mã từ ảnh nhan-vi-tri.png"
    assert beeps == []


def test_an_image_without_a_code_beeps_and_says_so(
    qtbot: QtBot,
    ui_world: World,
    window: QMainWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    beeps: list[None],
) -> None:
    path = tmp_path / "ghi-chu.png"
    path.write_text("không phải ảnh", encoding="utf-8")
    monkeypatch.setattr(ScanImageDialog, "ask", classmethod(lambda cls, parent: str(path)))
    assert choose_image_and_read(window, ui_world.services) == []
    assert len(beeps) == 1
    assert "ghi-chu.png không phải là ảnh" in window.statusBar().currentMessage()


def test_cancelling_the_image_choice_reads_nothing(
    qtbot: QtBot,
    ui_world: World,
    window: QMainWindow,
    monkeypatch: pytest.MonkeyPatch,
    beeps: list[None],
) -> None:
    monkeypatch.setattr(ScanImageDialog, "ask", classmethod(lambda cls, parent: None))
    assert choose_image_and_read(window, ui_world.services) == []
    assert beeps == []
