"""Typing as a user does, Vietnamese letters included.

``QTest.keyClicks`` aborts on characters outside ASCII; a Vietnamese keyboard (Telex/VNI
input methods) delivers each composed letter as a key event carrying its text, so that is
what we send for them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

#: The scan detector's gap in tests: wider than the 35 ms default so a loaded CI machine
#: cannot split a scanner's 4 ms burst, and still far below a person's 200 ms.
TEST_GAP_MS = 70


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)
