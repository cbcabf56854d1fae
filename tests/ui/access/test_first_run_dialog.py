from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from evidence_app.domain.enums import Role
from evidence_app.domain.errors import ValidationError
from evidence_app.domain.password_policy import MIN_LENGTH
from evidence_app.services.facade import Services
from tests.ui.keys import type_text
from ui.access import FirstRunDialog

AGENCY = "Phòng Thi hành án dân sự khu vực 1 – Hà Nội"


def _dialog(qtbot: QtBot, services: Services) -> FirstRunDialog:
    dialog = FirstRunDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _fill(qtbot: QtBot, dialog: FirstRunDialog, *, again: str = "kho-vat-chung-2026") -> None:
    type_text(qtbot, dialog.agency_name, AGENCY)
    type_text(qtbot, dialog.managing_agency, "Thi hành án dân sự thành phố Hà Nội")
    type_text(qtbot, dialog.place_name, "Hà Nội")
    type_text(qtbot, dialog.username, "quantri")
    type_text(qtbot, dialog.full_name, "Trần Văn Bình")
    type_text(qtbot, dialog.password, "kho-vat-chung-2026")
    type_text(qtbot, dialog.password_again, again)


def _ok(qtbot: QtBot, dialog: FirstRunDialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_first_run_creates_the_administrator_and_the_agency(
    qtbot: QtBot, empty_services: Services
) -> None:
    dialog = _dialog(qtbot, empty_services)
    _fill(qtbot, dialog)
    _ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.full_name == "Trần Văn Bình"
    assert Role.ADMIN in dialog.actor.roles
    agency = empty_services.agency.current()
    assert agency is not None
    assert (agency.name, agency.place_name) == (AGENCY, "Hà Nội")
    assert empty_services.users.authenticate("quantri", "kho-vat-chung-2026").username == "quantri"


def test_mismatched_passwords_are_told_and_nothing_is_created(
    qtbot: QtBot, empty_services: Services
) -> None:
    dialog = _dialog(qtbot, empty_services)
    _fill(qtbot, dialog, again="mat-khau-124")
    _ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error.text() == "Hai lần nhập mật khẩu không khớp."
    assert not empty_services.users.has_users()


def test_a_short_password_is_refused_with_the_services_message(
    qtbot: QtBot, empty_services: Services
) -> None:
    dialog = _dialog(qtbot, empty_services)
    type_text(qtbot, dialog.agency_name, AGENCY)
    type_text(qtbot, dialog.managing_agency, "Bộ Tư pháp")
    type_text(qtbot, dialog.place_name, "Hà Nội")
    type_text(qtbot, dialog.username, "quantri")
    type_text(qtbot, dialog.full_name, "Trần Văn Bình")
    type_text(qtbot, dialog.password, "ngan")
    type_text(qtbot, dialog.password_again, "ngan")
    _ok(qtbot, dialog)
    assert dialog.isVisible() and not empty_services.users.has_users()
    short = ValidationError("validation.password_short", limit=MIN_LENGTH)
    assert dialog.error.text() == short.message("vi")


def test_a_refused_agency_is_retried_without_creating_the_administrator_twice(
    qtbot: QtBot, empty_services: Services
) -> None:
    dialog = _dialog(qtbot, empty_services)
    _fill(qtbot, dialog)
    dialog.agency_name.setText("x" * 201)  # over the service's 200-character limit
    _ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert empty_services.users.has_users() and empty_services.agency.current() is None
    assert not dialog.admin_box.isEnabled()
    dialog.agency_name.setText(AGENCY)
    _ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    agency = empty_services.agency.current()
    assert agency is not None and agency.name == AGENCY
