from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from evidence_app.domain import rules
from evidence_app.domain.errors import AccountLockedError, AuthenticationError
from tests.ui.keys import type_text
from tests.world import PASSWORD, World
from ui.access import LoginDialog
from ui.strings import set_language


def _dialog(qtbot: QtBot, world: World) -> LoginDialog:
    dialog = LoginDialog(world.services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _log_in(qtbot: QtBot, dialog: LoginDialog, username: str, password: str) -> None:
    dialog.username.clear()
    type_text(qtbot, dialog.username, username)
    type_text(qtbot, dialog.password, password)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_login_dialog_shows_the_agency_name(qtbot: QtBot, ui_world: World) -> None:
    dialog = _dialog(qtbot, ui_world)
    agency = ui_world.services.agency.current()
    assert agency is not None
    assert dialog.findChild(QLabel, "heading").text() == agency.name


def test_right_password_logs_in_and_closes(qtbot: QtBot, ui_world: World) -> None:
    dialog = _dialog(qtbot, ui_world)
    _log_in(qtbot, dialog, "admin", PASSWORD)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.username == "admin"
    assert not dialog.isVisible()


def test_wrong_password_is_told_in_the_dialog_which_stays_open(
    qtbot: QtBot, ui_world: World
) -> None:
    dialog = _dialog(qtbot, ui_world)
    _log_in(qtbot, dialog, "admin", "sai-mat-khau")
    assert dialog.isVisible() and dialog.actor is None
    assert dialog.error.isVisible()
    assert dialog.error.text() == AuthenticationError().message("vi")
    assert dialog.password.text() == ""


def test_wrong_password_message_is_english_when_the_language_is(
    qtbot: QtBot, ui_world: World
) -> None:
    set_language("en")
    dialog = _dialog(qtbot, ui_world)
    _log_in(qtbot, dialog, "admin", "wrong-password")
    assert dialog.error.text() == AuthenticationError().message("en")


def test_locked_account_is_told_after_too_many_wrong_passwords(
    qtbot: QtBot, ui_world: World
) -> None:
    dialog = _dialog(qtbot, ui_world)
    attempts = rules.value("security.lockout_attempts")
    for _ in range(attempts):
        _log_in(qtbot, dialog, "admin", "sai-mat-khau")
    wrong = dialog.error.text()  # a wrong password is never told the account is locked
    assert wrong == AuthenticationError().message("vi")
    minutes = rules.value("security.lockout_minutes")
    locked = AccountLockedError(user="admin", attempts=attempts, minutes=minutes).message("vi")
    _log_in(qtbot, dialog, "admin", PASSWORD)  # even the right password is refused now
    assert dialog.error.text() == locked and dialog.actor is None
    assert "15 phút" in locked


def test_empty_fields_are_asked_for_without_a_login_attempt(qtbot: QtBot, ui_world: World) -> None:
    dialog = _dialog(qtbot, ui_world)
    _log_in(qtbot, dialog, "admin", "")
    assert dialog.error.text() == "Vui lòng nhập tên đăng nhập và mật khẩu."
