"""The users tab: create, roles, reset password, deactivate and reactivate (never delete)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.enums import Role
from evidence_app.domain.errors import DomainError, ValidationError
from evidence_app.domain.labels import label
from evidence_app.services.core.auth import Actor
from evidence_app.services.core.dto import UserView
from evidence_app.services.core.login import Witness
from evidence_app.services.facade import Services
from ui.access import WitnessDialog
from ui.common.errors import message_of, show_error
from ui.common.widgets import ErrorLabel, action_row, heading, ok_cancel
from ui.strings import language, tr


@dataclass(frozen=True)
class NewUser:
    username: str
    full_name: str
    position: str
    password: str
    roles: tuple[Role, ...]


def _password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def role_boxes(chosen: tuple[Role, ...] = ()) -> dict[Role, QCheckBox]:
    boxes = {}
    for role in Role:
        box = QCheckBox(label(role, language()))
        box.setObjectName(f"role_{role.value}")
        box.setChecked(role in chosen)
        boxes[role] = box
    return boxes


class UserDialog(QDialog):
    """A new user: name, full name, position, password twice, roles."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("admin.user_dialog"))
        self.username, self.full_name, self.position = QLineEdit(), QLineEdit(), QLineEdit()
        self.username.setObjectName("username")
        self.full_name.setObjectName("full_name")
        self.password = _password_edit("password")
        self.again = _password_edit("password_again")
        self.roles = role_boxes()
        form = QFormLayout()
        form.addRow(tr("admin.username"), self.username)
        form.addRow(tr("admin.full_name"), self.full_name)
        form.addRow(tr("admin.position"), self.position)
        form.addRow(tr("admin.password"), self.password)
        form.addRow(tr("admin.password_again"), self.again)
        roles = QVBoxLayout()
        for box in self.roles.values():
            roles.addWidget(box)
        form.addRow(tr("admin.col_roles"), roles)
        self.error = ErrorLabel()
        buttons = ok_cancel(self, self._accept)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("admin.user_dialog")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def values(self) -> NewUser:
        roles = tuple(role for role, box in self.roles.items() if box.isChecked())
        return NewUser(
            self.username.text(),
            self.full_name.text(),
            self.position.text(),
            self.password.text(),
            roles,
        )

    def _accept(self) -> None:
        if self.password.text() != self.again.text():
            self.error.show_message(tr("admin.passwords_differ"))
            return
        self.accept()


class RolesDialog(QDialog):
    def __init__(self, user: UserView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = tr("admin.roles_dialog", user=user.username)
        self.setWindowTitle(title)
        self.roles = role_boxes(user.roles)
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title))
        for box in self.roles.values():
            layout.addWidget(box)
        layout.addWidget(buttons)

    def chosen(self) -> tuple[Role, ...]:
        return tuple(role for role, box in self.roles.items() if box.isChecked())


class NewPasswordDialog(QDialog):
    """A new password typed twice (an administrator's reset)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.password = _password_edit("new_password")
        self.again = _password_edit("new_password_again")
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(tr("password.new"), self.password)
        form.addRow(tr("password.again"), self.again)
        buttons = ok_cancel(self, self._accept)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        if self.password.text() != self.again.text():
            self.error.show_message(tr("admin.passwords_differ"))
            return
        self.accept()


class UsersTab(QWidget):
    """Every user with their roles and state; the actions on the selected one."""

    COLUMNS = ("username", "full_name", "position", "roles", "state")

    def __init__(self, services: Services, actor: Actor) -> None:
        super().__init__()
        self.services, self.actor = services, actor
        self.users: list[UserView] = []
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("users")
        self.table.setHorizontalHeaderLabels([tr(f"admin.col_{c}") for c in self.COLUMNS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        row, self.buttons = action_row(
            "admin",
            (
                ("new_user", self.new_user),
                ("edit_roles", self.edit_roles),
                ("reset_password", self.reset_password),
                ("deactivate", self.deactivate),
                ("reactivate", self.reactivate),
            ),
        )
        self.result = QLabel()
        self.result.setWordWrap(True)
        note = QLabel(tr("admin.users_note"))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.result)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.reload()

    def reload(self) -> None:
        try:
            self.users = self.services.users.all(self.actor)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.table.setRowCount(len(self.users))
        for row, user in enumerate(self.users):
            state = "locked" if user.locked else "active" if user.active else "inactive"
            if user.active and not user.locked and user.password_one_time:
                state = "one_time"
            texts = (
                user.username,
                user.full_name,
                user.position,
                ", ".join(label(r, language()) for r in user.roles),
                tr(f"admin.state_{state}"),
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self._selection_changed()

    def select_user(self, username: str) -> None:
        for row, user in enumerate(self.users):
            if user.username == username:
                self.table.selectRow(row)

    def selected(self) -> UserView | None:
        row = self.table.currentRow()
        chosen = 0 <= row < len(self.users) and bool(self.table.selectedItems())
        return self.users[row] if chosen else None

    def _selection_changed(self) -> None:
        user = self.selected()
        for name in ("edit_roles", "reset_password"):
            self.buttons[name].setEnabled(user is not None)
        self.buttons["deactivate"].setEnabled(user is not None and user.active)
        self.buttons["reactivate"].setEnabled(user is not None and not user.active)

    def _done(self, user: UserView) -> None:
        self.reload()
        self.select_user(user.username)
        self.result.setText(tr("admin.saved_user", user=user.username))

    # Actions (the dialogs collect values; these methods are what tests call) ----------
    def new_user(self) -> None:
        dialog = UserDialog(self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            error = self.create(dialog.values())
            if error is None:
                return
            dialog.error.show_message(error)

    def create(self, values: NewUser) -> str | None:
        """Create the user; the error's text, or None when saved (or cancelled at the second
        administrator's confirmation, which roles that should not go together need)."""

        def create(second: Witness | None) -> UserView:
            return self.services.users.create(
                self.actor, values.username, values.full_name, values.password,
                values.roles, values.position, second,
            )  # fmt: skip

        try:
            user = self._with_second_admin(create)
        except DomainError as exc:
            return message_of(exc)
        if user is not None:
            self._done(user)
        return None

    def edit_roles(self) -> None:
        user = self.selected()
        if user is None:
            self.result.setText(tr("admin.choose_user"))
            return
        dialog = RolesDialog(user, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_roles(user, dialog.chosen())

    def set_roles(self, user: UserView, roles: tuple[Role, ...]) -> bool:
        def set_roles(second: Witness | None) -> UserView:
            return self.services.users.set_roles(self.actor, user.id, roles, user.version, second)

        try:
            saved = self._with_second_admin(set_roles)
        except DomainError as exc:
            show_error(self, exc)
            self.reload()
            return False
        if saved is None:
            return False
        self._done(saved)
        return True

    def _with_second_admin(self, act: Callable[[Witness | None], UserView]) -> UserView | None:
        """Try the act; if it needs a second administrator (roles that should not go
        together, a password reset), they type their own name and password (None: cancelled)."""
        try:
            return act(None)
        except ValidationError as exc:
            if exc.key not in ("users.second_admin_required", "users.reset_needs_second_admin"):
                raise
            self.result.setText(message_of(exc))
        return WitnessDialog.run(
            self.services, act, tr("admin.second_admin_title"),
            tr("admin.second_admin_subtitle"), self,
        )  # fmt: skip

    def reset_password(self) -> None:
        user = self.selected()
        if user is None:
            self.result.setText(tr("admin.choose_user"))
            return
        dialog = NewPasswordDialog(tr("admin.reset_dialog", user=user.username), self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            error = self.set_password(user, dialog.password.text())
            if error is None:
                return
            dialog.error.show_message(error)

    def set_password(self, user: UserView, password: str) -> str | None:
        """Reset ``user``'s password, a second administrator confirming; the error's text,
        or None when saved or cancelled at the confirmation."""

        def reset(second: Witness | None) -> UserView:
            return self.services.users.reset_password(self.actor, user.id, password, second)

        try:
            saved = self._with_second_admin(reset)
        except DomainError as exc:
            return message_of(exc)
        if saved is not None:
            self._done(saved)
        return None

    def deactivate(self) -> bool:
        return self._set_active(False)

    def reactivate(self) -> bool:
        return self._set_active(True)

    def _set_active(self, active: bool) -> bool:
        user = self.selected()
        if user is None:
            self.result.setText(tr("admin.choose_user"))
            return False
        users = self.services.users
        try:
            change = users.reactivate if active else users.deactivate
            saved = change(self.actor, user.id, user.version)
        except DomainError as exc:
            show_error(self, exc)
            self.reload()
            return False
        self._done(saved)
        return True
