"""The administration area: users, agency, document numbers, backup, import, password."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from evidence_app.domain.enums import DocumentKind, Role
from tests.ui.keys import type_text
from tests.ui.test_screenshots import VIETNAMESE, clipped, interface_texts
from tests.world import PASSWORD, World
from ui.access import ChangePasswordDialog, WitnessDialog
from ui.admin import LedgerImportDialog
from ui.admin.backup import BackupTab
from ui.admin.users import NewUser, UsersTab
from ui.admin.view import AdminView, AgencyTab, SequencesTab
from ui.common.errors import ErrorDialog
from ui.shell import MainWindow, Settings, apply_qt_language
from ui.strings import set_language


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(ErrorDialog, "present", classmethod(lambda c, p, t, m: shown.append(m)))
    return shown


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_admin_area_at_1366_by_768_every_tab(
    qtbot: QtBot, ui_world: World, lang: str, tmp_path: Path
) -> None:
    set_language(lang)
    apply_qt_language(lang)
    window = MainWindow(ui_world.services, ui_world.admin, Settings())
    qtbot.addWidget(window)
    window.setFixedSize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_area("admin")
    assert window.admin is not None
    assert window.backup_label.isVisible()  # never backed up: the reminder shows
    folder = Path(os.environ.get("EVIDENCE_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("users", "agency", "sequences", "backup", "calendar", "language"):
        window.admin.show_tab(name)
        qtbot.wait(20)
        assert window.grab().save(str(folder / f"admin_{name}_{lang}.png"))
        assert clipped(window) == [], name
        if lang == "en":
            untranslated = [t for _w, t in interface_texts(window) if VIETNAMESE.search(t)]
            assert untranslated == [], name


def test_roles_without_administration_do_not_see_the_area(qtbot: QtBot, ui_world: World) -> None:
    window = MainWindow(ui_world.services, ui_world.officer, Settings())
    qtbot.addWidget(window)
    assert window.admin is None and not window.has_area("admin")
    assert not window.backup_label.isVisible() and window.backup_label.text() == ""
    # The keeper sets up the warehouse's locations, and nothing else of the administration.
    keeper = MainWindow(ui_world.services, ui_world.keeper, Settings())
    qtbot.addWidget(keeper)
    assert keeper.has_area("admin") and keeper.admin is not None
    assert set(keeper.admin.pages) == {"warehouses"}
    assert keeper.backup_label.text() == ""
    head = AdminView(ui_world.services, ui_world.head)  # settings, not users
    qtbot.addWidget(head)
    assert "users" not in head.pages and "backup" in head.pages


def test_users_are_created_deactivated_and_reactivated(
    qtbot: QtBot, ui_world: World, errors: list[str]
) -> None:
    tab = UsersTab(ui_world.services, ui_world.admin)
    qtbot.addWidget(tab)
    problem = tab.create(NewUser("x", "Tên", "", "kho-vat-chung-2026", (Role.KEEPER,)))
    assert problem is not None and "Tên đăng nhập" in problem
    assert (
        tab.create(
            NewUser("thukho2", "Lê Văn Tâm", "Thủ kho", "kho-vat-chung-2026", (Role.KEEPER,))
        )
        is None
    )
    assert tab.selected() is not None and tab.selected().username == "thukho2"  # type: ignore[union-attr]
    assert tab.buttons["deactivate"].isEnabled() and not tab.buttons["reactivate"].isEnabled()
    assert tab.deactivate()
    assert tab.selected().active is False  # type: ignore[union-attr]
    assert tab.reactivate() and tab.selected().active  # type: ignore[union-attr]
    user = tab.selected()
    assert user is not None
    assert tab.set_password(user, "short") is not None
    # A reset is confirmed by a second administrator, typing their own password.
    second = ui_world.second_admin()

    def second_administrator_confirms_the_reset() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, WitnessDialog)
        type_text(qtbot, dialog.username, second.username)
        type_text(qtbot, dialog.password, PASSWORD)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)  # fmt: skip

    QTimer.singleShot(0, second_administrator_confirms_the_reset)
    assert tab.set_password(user, "mat-khau-moi-9") is None
    assert "Chờ người dùng đặt mật khẩu" in tab.table.item(tab.table.currentRow(), 4).text()
    assert ui_world.services.users.authenticate("thukho2", "mat-khau-moi-9").password_one_time
    reset = ui_world.services.users.admin_log(ui_world.admin, limit=1)[0]
    assert reset.data == {"confirmed_by": second.username}
    fresh = tab.selected()  # the reset changed the account: its version moved on
    assert fresh is not None
    # Keeper and officer should not go together: a second administrator confirms, first
    # the administrator himself (told in the dialog, which stays), then another one.
    told: list[str] = []

    def second_administrator_confirms() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, WitnessDialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        type_text(qtbot, dialog.username, ui_world.admin.username)
        type_text(qtbot, dialog.password, PASSWORD)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        told.append(dialog.error.text())
        dialog.username.clear()
        type_text(qtbot, dialog.username, second.username)
        type_text(qtbot, dialog.password, PASSWORD)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, second_administrator_confirms)
    assert tab.set_roles(fresh, (Role.KEEPER, Role.OFFICER))
    assert told == [
        "Nguyễn Quản Trị không thể là quản trị viên thứ hai: cần một người khác người thực "
        "hiện và người có tài khoản được thay đổi."
    ]
    assert set(tab.selected().roles) == {Role.KEEPER, Role.OFFICER}  # type: ignore[union-attr]
    grant = ui_world.services.users.admin_log(ui_world.admin, limit=1)[0]
    assert grant.subject == "thukho2" and grant.data["confirmed_by"] == second.username
    assert not tab.set_roles(fresh, (Role.KEEPER,))  # stale version: refused, said
    assert errors and "phiên bản" in errors[-1]
    errors.clear()
    assert errors == []


def test_agency_and_sequences_are_saved(qtbot: QtBot, ui_world: World, errors: list[str]) -> None:
    agency = AgencyTab(ui_world.services, ui_world.admin)
    qtbot.addWidget(agency)
    assert agency.fields["name"].text().startswith("Thi hành án")
    agency.fields["address"].setText("Số 1 Phố Huế, Hà Nội")
    assert agency.save() and ui_world.services.agency.current().address == "Số 1 Phố Huế, Hà Nội"  # type: ignore[union-attr]
    agency.fields["name"].setText("")
    assert not agency.save() and errors  # required, refused with a message
    seqs = SequencesTab(ui_world.services, ui_world.admin)
    qtbot.addWidget(seqs)
    assert not seqs.set_next()  # nothing chosen
    row = [s.kind for s in seqs.rows].index(DocumentKind.RELEASE_ORDER)
    seqs.table.selectRow(row)
    seqs.next_value.setValue(42)
    assert seqs.set_next()
    assert seqs.table.item(row, 2).text() == "42"
    assert "42" in seqs.result.text()


def test_backup_from_the_tab_clears_the_reminder_and_restore_signals(
    qtbot: QtBot, ui_world: World, tmp_path: Path, errors: list[str]
) -> None:
    tab = BackupTab(ui_world.services, ui_world.admin)
    qtbot.addWidget(tab)
    assert not tab.reminder.isHidden()
    target = tmp_path / "sao-luu.db"
    assert tab.back_up(str(target)) and target.is_file()
    assert tab.reminder.isHidden() and "sao-luu.db" in tab.result.text()
    tab.days.setValue(3)
    assert tab.save_days() and ui_world.services.backup.status().reminder_days == 3
    bad = tmp_path / "hong.db"
    bad.write_bytes(b"not a database")
    assert not tab.restore(str(bad)) and errors and "hong.db" in errors[-1]
    with qtbot.waitSignal(tab.restored):
        assert tab.restore(str(target))


def test_the_ledger_preview_names_errors_and_imports_only_when_told(
    qtbot: QtBot, ui_world: World, tmp_path: Path
) -> None:
    path = tmp_path / "so.csv"
    path.write_text("Tên vật chứng,Chủng loại\nXe đạp,Phương tiện\nGhế,Bàn ghế\n", encoding="utf-8")
    dialog = LedgerImportDialog.for_file(None, ui_world.services, ui_world.keeper, str(path))
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert "Bàn ghế" in dialog.table.item(1, 4).text()
    assert not dialog.import_all.isEnabled() and dialog.import_valid.isEnabled()
    assert dialog.commit(valid_only=True)
    assert dialog.result is not None and len(dialog.result.codes) == 1


def test_own_password_change_needs_the_current_one(qtbot: QtBot, ui_world: World) -> None:
    dialog = ChangePasswordDialog(ui_world.services, ui_world.keeper)
    qtbot.addWidget(dialog)
    dialog.old.setText("sai")
    dialog.new.setText("mat-khau-moi-1")
    dialog.again.setText("mat-khau-moi-2")
    assert not dialog.save() and "giống" in dialog.error.text()
    dialog.again.setText("mat-khau-moi-1")
    assert not dialog.save() and "mật khẩu" in dialog.error.text().lower()
    dialog.old.setText(PASSWORD)
    assert dialog.save()
