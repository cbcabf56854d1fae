"""Scans are told from typing by the time between keys, wherever the focus is.

Keys are real key events sent with real delays: a scanner's 3–5 ms, a person's 120 ms.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui.keys import TEST_GAP_MS, type_text
from ui.shell.scanner import ScanDetector

CODE = "VC-2026-000123"
SCANNER_MS = 4
PERSON_MS = 220


class Desk(QWidget):
    """A window with a line edit (focused) and a text edit, as a form would have."""

    def __init__(self) -> None:
        super().__init__()
        self.line = QLineEdit()
        self.text = QTextEdit()
        self.returns = 0
        self.line.returnPressed.connect(self._returned)
        layout = QVBoxLayout(self)
        layout.addWidget(self.line)
        layout.addWidget(self.text)

    def _returned(self) -> None:
        self.returns += 1


@pytest.fixture
def detector() -> Iterator[ScanDetector]:
    detector = ScanDetector(gap_ms=TEST_GAP_MS).install()
    yield detector
    detector.uninstall()
    detector.deleteLater()


@pytest.fixture
def desk(qtbot: QtBot) -> Desk:
    desk = Desk()
    qtbot.addWidget(desk)
    desk.show()
    qtbot.waitExposed(desk)
    desk.activateWindow()
    desk.line.setFocus()
    qtbot.waitUntil(desk.line.hasFocus)
    return desk


def send(qtbot: QtBot, widget: QWidget, text: str, delay_ms: int, *, enter: bool = True) -> None:
    """Type ``text`` key by key, ``delay_ms`` apart, then Enter."""
    for char in text:
        qtbot.keyClick(widget, char)
        qtbot.wait(delay_ms)
    if enter:
        qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_a_fast_burst_ending_in_enter_is_a_scan_and_leaves_the_fields_empty(
    qtbot: QtBot, detector: ScanDetector, desk: Desk
) -> None:
    with qtbot.waitSignal(detector.scanned) as caught:
        send(qtbot, desk.line, CODE, SCANNER_MS)
    assert caught.args == [CODE]
    qtbot.wait(3 * detector.gap_ms)  # nothing held back comes out later either
    assert desk.line.text() == ""
    assert desk.text.toPlainText() == ""
    assert desk.returns == 0


def test_a_scan_into_a_text_edit_adds_neither_text_nor_a_new_line(
    qtbot: QtBot, detector: ScanDetector, desk: Desk
) -> None:
    desk.text.setFocus()
    qtbot.waitUntil(desk.text.hasFocus)
    with qtbot.waitSignal(detector.scanned) as caught:
        send(qtbot, desk.text, CODE.lower(), 3)
    assert caught.args == [CODE.lower()]
    qtbot.wait(3 * detector.gap_ms)
    assert desk.text.toPlainText() == ""


def test_a_scan_through_the_window_reaches_the_detector_once(
    qtbot: QtBot, detector: ScanDetector, desk: Desk
) -> None:
    """The platform's way: the window gets the key and hands it to the focused widget."""
    window = desk.windowHandle()
    scans: list[str] = []
    detector.scanned.connect(scans.append)
    with qtbot.waitSignal(detector.scanned):
        send(qtbot, window, CODE, 5)
    qtbot.wait(3 * detector.gap_ms)
    assert scans == [CODE]
    assert desk.line.text() == ""


def test_the_same_characters_typed_slowly_stay_text(
    qtbot: QtBot, detector: ScanDetector, desk: Desk
) -> None:
    with qtbot.assertNotEmitted(detector.scanned, wait=3 * detector.gap_ms):
        send(qtbot, desk.line, CODE, PERSON_MS)
    assert desk.line.text() == CODE
    assert desk.returns == 1


def test_a_fast_burst_shorter_than_the_minimum_stays_text(
    qtbot: QtBot, detector: ScanDetector, desk: Desk
) -> None:
    with qtbot.assertNotEmitted(detector.scanned, wait=3 * detector.gap_ms):
        send(qtbot, desk.line, "AB12", SCANNER_MS)
    assert desk.line.text() == "AB12"
    assert desk.returns == 1


def test_a_fast_burst_without_enter_is_given_back_as_text(
    qtbot: QtBot, detector: ScanDetector, desk: Desk
) -> None:
    with qtbot.assertNotEmitted(detector.scanned, wait=3 * detector.gap_ms):
        send(qtbot, desk.line, CODE, SCANNER_MS, enter=False)
    qtbot.waitUntil(lambda: desk.line.text() == CODE)


def test_enter_alone_still_reaches_a_line_edit(
    qtbot: QtBot, detector: ScanDetector, desk: Desk
) -> None:
    with qtbot.waitSignal(desk.line.returnPressed):
        qtbot.keyClick(desk.line, Qt.Key.Key_Return)


def test_vietnamese_typed_slowly_stays_text(
    qtbot: QtBot, detector: ScanDetector, desk: Desk
) -> None:
    with qtbot.assertNotEmitted(detector.scanned, wait=3 * detector.gap_ms):
        for char in "Xe máy Đỏ":
            type_text(qtbot, desk.line, char)
            qtbot.wait(PERSON_MS)
    assert desk.line.text() == "Xe máy Đỏ"


def test_vietnamese_typed_fast_keeps_its_order(
    qtbot: QtBot, detector: ScanDetector, desk: Desk
) -> None:
    type_text(qtbot, desk.line, "Nguyen Văn Anh")
    qtbot.waitUntil(lambda: desk.line.text() == "Nguyen Văn Anh")


def test_typing_slowly_then_a_scan_right_after_keeps_both_apart(
    qtbot: QtBot, detector: ScanDetector, desk: Desk
) -> None:
    send(qtbot, desk.line, "ghi chu", PERSON_MS, enter=False)
    qtbot.wait(2 * detector.gap_ms)
    with qtbot.waitSignal(detector.scanned) as caught:
        send(qtbot, desk.line, CODE, SCANNER_MS)
    assert caught.args == [CODE]
    qtbot.wait(3 * detector.gap_ms)
    assert desk.line.text() == "ghi chu"
    assert desk.returns == 0


def test_a_disabled_detector_passes_everything(
    qtbot: QtBot, detector: ScanDetector, desk: Desk
) -> None:
    states: list[str] = []
    detector.stateChanged.connect(states.append)
    detector.enabled = False
    assert states == ["Đã tắt quét mã"]
    with qtbot.assertNotEmitted(detector.scanned, wait=3 * detector.gap_ms):
        send(qtbot, desk.line, CODE, SCANNER_MS)
        assert desk.line.text() == CODE  # at once: nothing is held back
    assert desk.returns == 1


def test_the_state_says_a_code_is_coming_in_then_ready_again(
    qtbot: QtBot, detector: ScanDetector, desk: Desk
) -> None:
    assert detector.state_text() == "Sẵn sàng quét"
    states: list[str] = []
    detector.stateChanged.connect(states.append)
    with qtbot.waitSignal(detector.scanned):
        send(qtbot, desk.line, CODE, SCANNER_MS)
    assert states == ["Đang nhận mã…", "Sẵn sàng quét"]


def test_ctrl_shortcuts_and_editing_keys_keep_their_place_among_fast_keys(
    qtbot: QtBot, detector: ScanDetector, desk: Desk
) -> None:
    send(qtbot, desk.line, "abc", 2, enter=False)
    qtbot.keyClick(desk.line, Qt.Key.Key_Backspace)
    assert desk.line.text() == "ab"  # the held keys came back before the Backspace
    qtbot.keyClick(desk.line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert desk.line.selectedText() == "ab"
    send(qtbot, desk.line, "x", 2, enter=False)
    qtbot.waitUntil(lambda: desk.line.text() == "x")


def test_auto_repeat_passes_at_once(qtbot: QtBot, detector: ScanDetector, desk: Desk) -> None:
    for _ in range(8):
        press = QKeyEvent(
            QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a", True
        )
        QApplication.sendEvent(desk.line, press)
    assert desk.line.text() == "a" * 8


def test_capitals_sent_with_shift_presses_are_still_a_scan(
    qtbot: QtBot, detector: ScanDetector, desk: Desk
) -> None:
    shift, none = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.NoModifier
    press, release = QEvent.Type.KeyPress, QEvent.Type.KeyRelease
    with qtbot.waitSignal(detector.scanned) as caught:
        for key, letter in ((Qt.Key.Key_V, "V"), (Qt.Key.Key_C, "C")):
            for event in (
                QKeyEvent(press, Qt.Key.Key_Shift, shift),
                QKeyEvent(press, key, shift, letter),
                QKeyEvent(release, key, shift, letter),
                QKeyEvent(release, Qt.Key.Key_Shift, none),
            ):
                QApplication.sendEvent(desk.line, event)
            qtbot.wait(SCANNER_MS)
        send(qtbot, desk.line, "-2026-000123", SCANNER_MS)
    assert caught.args == [CODE]
    assert desk.line.text() == ""


def test_a_fast_password_with_enter_is_never_taken_for_a_scan(
    qtbot: QtBot, detector: ScanDetector, desk: Desk
) -> None:
    desk.line.setEchoMode(QLineEdit.EchoMode.Password)
    with qtbot.assertNotEmitted(detector.scanned, wait=3 * detector.gap_ms):
        send(qtbot, desk.line, "kho-vat-chung-2026", 2)
    assert desk.line.text() == "kho-vat-chung-2026"
    assert desk.returns == 1


def test_a_scan_does_not_press_the_default_button_of_a_dialog(
    qtbot: QtBot, detector: ScanDetector
) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    line = QLineEdit()
    ok = QPushButton("OK")
    ok.setDefault(True)
    ok.clicked.connect(dialog.accept)
    layout = QVBoxLayout(dialog)
    layout.addWidget(line)
    layout.addWidget(ok)
    dialog.show()
    qtbot.waitExposed(dialog)
    line.setFocus()
    with qtbot.waitSignal(detector.scanned):
        send(qtbot, line, CODE, SCANNER_MS)
    assert dialog.isVisible() and dialog.result() == 0
    with qtbot.waitSignal(dialog.accepted):  # typed by a person, Enter presses OK
        qtbot.keyClick(line, Qt.Key.Key_Return)


def test_space_typed_on_a_button_still_clicks_it(
    qtbot: QtBot, detector: ScanDetector, desk: Desk
) -> None:
    """The release is held behind its press, so the button sees them in order."""
    button = QPushButton("Lưu")
    desk.layout().addWidget(button)
    button.setFocus()
    with qtbot.waitSignal(button.clicked):
        qtbot.keyClick(button, Qt.Key.Key_Space)
    assert not button.isDown()


def test_a_slow_gap_measured_by_the_clock_splits_a_burst_even_before_the_timer_fires(
    qtbot: QtBot, desk: Desk
) -> None:
    """A busy event loop may deliver keys late; the clock, not the timer, decides."""
    now = [0.0]
    detector = ScanDetector(clock=lambda: now[0]).install()
    try:
        with qtbot.waitSignal(detector.scanned) as caught:
            for char in "ab" + CODE:
                now[0] += 0.004 if char != "V" else 0.5  # a person, then the scanner
                qtbot.keyClick(desk.line, char)
            qtbot.keyClick(desk.line, Qt.Key.Key_Return)
    finally:
        detector.uninstall()
    assert caught.args == [CODE]
    assert desk.line.text() == "ab"


def test_a_widget_deleted_while_its_keys_are_held_is_skipped(
    qtbot: QtBot, detector: ScanDetector, desk: Desk
) -> None:
    send(qtbot, desk.line, "abc", 2, enter=False)
    assert detector.state == "receiving"
    shiboken6.delete(desk.line)
    qtbot.waitUntil(lambda: detector.state == "ready")  # the keys went back to no one
    assert desk.text.toPlainText() == ""
