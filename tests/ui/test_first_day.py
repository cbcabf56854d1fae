"""A fresh installation, through the screens alone: first start, warehouse and shelves set up,
a keeper created, logged in, a handover booked and shelved by scanning, its label printed
through Qt's print system and read back by a barcode reader (issue 14)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot

from evidence_app.domain.enums import Category, CustodianKind, EventKind, ItemStatus, Role
from evidence_app.services.facade import Services
from tests.label_pdf import all_codes
from tests.ui.keys import type_text
from ui.access import ChangePasswordDialog, FirstRunDialog, LoginDialog
from ui.admin.users import NewUser
from ui.admin.warehouses import RangeDialog, WarehouseDraft
from ui.common import printing
from ui.documents import LabelPrintDialog
from ui.shell import Settings, app

PASSWORD = "kho-vat-chung-2026"
OWN_PASSWORD = "mat-khau-cua-son-2026"


def _ok(qtbot: QtBot, dialog: object) -> None:
    buttons = dialog.findChild(QDialogButtonBox)  # type: ignore[attr-defined]
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_from_first_start_to_a_booked_labelled_shelved_item(
    qtbot: QtBot, empty_services: Services, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    s = empty_services

    # First start: the agency and its administrator, typed into the first-run dialog.
    def first_run(cls: object, services: Services, parent: object = None) -> object:
        dialog = FirstRunDialog(services)
        qtbot.addWidget(dialog)
        dialog.show()
        type_text(qtbot, dialog.agency_name, "Phòng Thi hành án dân sự khu vực 1 – Hà Nội")
        type_text(qtbot, dialog.managing_agency, "Thi hành án dân sự thành phố Hà Nội")
        type_text(qtbot, dialog.place_name, "Hà Nội")
        type_text(qtbot, dialog.username, "quantri")
        type_text(qtbot, dialog.full_name, "Trần Văn Bình")
        type_text(qtbot, dialog.password, PASSWORD)
        type_text(qtbot, dialog.password_again, PASSWORD)
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        return dialog.actor

    monkeypatch.setattr(FirstRunDialog, "ask", classmethod(first_run))
    shell = app.start(s, Settings())
    assert shell is not None
    # The test types faster than any person: the scan detector would take it for a scanner's
    # burst. Scans are handed to the window as the detector would (handle_scan).
    shell.detector.enabled = False
    admin_window = shell.window
    admin_window.resize(1366, 768)

    # Quản trị: the warehouse, a row of shelves with their levels, the keeper.
    admin_window.show_area("admin")
    admin = admin_window.admin
    assert admin is not None and admin.tabs.currentWidget() is admin.pages["start"]
    setup = admin.pages["warehouses"]
    admin.open_tab("warehouses")
    assert setup.create_warehouse(
        WarehouseDraft("K01", "Kho vật chứng số 1", CustodianKind.AGENCY, "", "Hà Nội")
    ) is None  # fmt: skip

    def fill_range() -> None:
        dialog = setup.findChildren(RangeDialog)[-1]
        type_text(qtbot, dialog.findChild(QLineEdit, "prefix"), "Kệ A")
        last = dialog.findChild(QSpinBox, "last")
        last.selectAll()
        type_text(qtbot, last, "3")
        levels = dialog.findChild(QSpinBox, "levels")
        levels.selectAll()
        type_text(qtbot, levels, "2")
        _ok(qtbot, dialog)

    QTimer.singleShot(0, fill_range)
    qtbot.mouseClick(setup.buttons["new_range"], Qt.MouseButton.LeftButton)
    assert len(setup.locations) == 9
    bin_ = next(loc for loc in setup.locations.values() if loc.full_name.endswith("A2 › Tầng 1"))
    users = admin.pages["users"]
    assert (
        users.create(NewUser("thukho", "Lê Văn Sơn", "Thủ kho", PASSWORD, (Role.KEEPER,))) is None
    )
    officer = NewUser("chv.tran", "Trần Thị Mai", "Chấp hành viên", PASSWORD, (Role.OFFICER,))
    assert users.create(officer) is None

    # The administrator logs out; the keeper logs in on the same workstation for the first
    # time, with the password the administrator typed, and is asked at once to set his own.
    def keeper_logs_in(cls: object, services: Services, parent: object = None) -> object:
        login = LoginDialog(services)
        qtbot.addWidget(login)
        type_text(qtbot, login.username, "thukho")
        type_text(qtbot, login.password, PASSWORD)

        def sets_his_own() -> None:
            change = QApplication.activeModalWidget()
            assert isinstance(change, ChangePasswordDialog)
            assert "chỉ dùng cho lần này" in " ".join(
                label.text() for label in change.findChildren(QLabel)
            )
            type_text(qtbot, change.new, OWN_PASSWORD)
            type_text(qtbot, change.again, OWN_PASSWORD)
            _ok(qtbot, change)

        QTimer.singleShot(0, sets_his_own)
        _ok(qtbot, login)
        return login.actor

    monkeypatch.setattr(LoginDialog, "ask", classmethod(keeper_logs_in))
    admin_window.logOutRequested.emit()
    window = shell.window
    assert window.actor.username == "thukho" and not window.actor.password_one_time
    assert s.users.authenticate("thukho", OWN_PASSWORD).username == "thukho"

    # The handover, typed; the bin scanned to shelve it; recorded.
    window.show_area("intake")
    intake = window.intake
    header = intake.header
    type_text(
        qtbot, header.edits["delivering_body"], "Cơ quan Cảnh sát điều tra Công an quận Đống Đa"
    )
    type_text(qtbot, header.edits["representative"], "Nguyễn Văn Tùng")
    type_text(qtbot, header.edits["seizure_number"], "45/BB-TG")
    header.new_case.setChecked(True)
    type_text(qtbot, header.edits["case_name"], "Trộm cắp tài sản – Phan Văn Long")
    header.officer.setCurrentIndex(header.officer.findText("Trần Thị Mai"))  # attends, signs
    window.handle_scan(bin_.code)  # the scanner on the bin's label: where the items go
    assert intake.places.location_id() == bin_.id
    intake.form.category.setCurrentIndex(intake.form.category.findData(Category.PHONE))
    type_text(qtbot, intake.form.edits["name"], "Điện thoại Samsung Galaxy A52")
    type_text(qtbot, intake.form.edits["recorded_quantity"], "1")
    qtbot.keyClick(intake.form.edits["name"], Qt.Key.Key_Return)
    assert intake.model.rowCount() == 1
    with qtbot.waitSignal(intake.intakeCommitted) as committed:
        qtbot.mouseClick(intake.commit_button, Qt.MouseButton.LeftButton)
    (item,) = committed.args[0].items
    assert item.status is ItemStatus.IN_STORAGE and item.location_id == bin_.id

    # Its label, from the panel, printed through Qt's print system to PDF and read back.
    window.handle_scan(item.code)
    assert window.panel.current_code() == item.code
    printed = tmp_path / "nhan.pdf"

    def print_to_file(cls: object, parent: object, data: bytes, title: str) -> bool:
        printing.print_pdf_to_file(data, printed, dpi=300)
        return True

    monkeypatch.setattr(LabelPrintDialog, "print_preview", classmethod(print_to_file))

    def press_print() -> None:
        dialog = window.findChildren(LabelPrintDialog)[-1]
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, press_print)
    window.findChild(type(window.actions()[0]), "action_print_labels").trigger()
    assert item.code in all_codes(printed.read_bytes())
    kinds = [e.kind for e in s.items.history(window.actor, item.id)]
    assert kinds[0] is EventKind.LABEL_PRINTED and EventKind.PUT_AWAY in kinds
    shell.close()
