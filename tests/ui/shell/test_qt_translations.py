from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from ui.shell import apply_qt_language

Button = QDialogButtonBox.StandardButton


def _texts(qtbot: QtBot) -> tuple[str, str, list[str]]:
    box = QDialogButtonBox(Button.Ok | Button.Cancel)
    qtbot.addWidget(box)
    edit = QLineEdit()
    qtbot.addWidget(edit)
    menu = [a.text().split("\t")[0] for a in edit.createStandardContextMenu().actions()]
    return box.button(Button.Ok).text(), box.button(Button.Cancel).text(), menu


def test_qt_standard_buttons_and_menus_speak_vietnamese(qtbot: QtBot) -> None:
    apply_qt_language("vi")
    ok, cancel, menu = _texts(qtbot)
    assert (ok, cancel) == ("Đồng ý", "Hủy")
    assert "&Sao chép" in menu and "&Dán" in menu and "Chọn tất cả" in menu
    assert QLocale().language() == QLocale.Language.Vietnamese


def test_switching_to_english_gives_qt_its_own_texts_back(qtbot: QtBot) -> None:
    apply_qt_language("vi")
    apply_qt_language("en")
    ok, cancel, menu = _texts(qtbot)
    assert (ok, cancel) == ("OK", "Cancel")
    assert "&Copy" in menu
    assert QLocale().language() == QLocale.Language.English
