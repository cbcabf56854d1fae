"""First run on an empty database: the agency's details and the first administrator."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.errors import DomainError
from evidence_app.services.core.auth import Actor
from evidence_app.services.facade import Services
from ui.common.errors import message_of
from ui.common.widgets import ErrorLabel, heading
from ui.strings import tr


def _field(name: str, placeholder: str = "", *, secret: bool = False) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    if secret:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class FirstRunDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor: Actor | None = None
        self.setWindowTitle(f"{tr('setup.title')} – {tr('app.name')}")
        self.setMinimumWidth(560)
        self.agency_name = _field("agency_name", tr("setup.placeholder.agency_name"))
        self.managing_agency = _field("managing_agency", tr("setup.placeholder.managing_agency"))
        self.place_name = _field("place_name", tr("setup.placeholder.place_name"))
        self.username = _field("username", "admin")
        self.full_name = _field("full_name")
        self.password = _field("password", secret=True)
        self.password_again = _field("password_again", secret=True)
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("button.setup"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("button.cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        labels = ("setup.agency_name", "setup.managing_agency", "setup.place_name")
        labels += ("setup.username", "setup.full_name", "setup.password", "setup.password_again")
        self._label_width = max(self.fontMetrics().horizontalAdvance(tr(k)) for k in labels)
        self.agency_box = self._group(
            tr("setup.agency"),
            [
                (tr("setup.agency_name"), self.agency_name),
                (tr("setup.managing_agency"), self.managing_agency),
                (tr("setup.place_name"), self.place_name),
            ],
        )
        self.admin_box = self._group(
            tr("setup.admin"),
            [
                (tr("setup.username"), self.username),
                (tr("setup.full_name"), self.full_name),
                (tr("setup.password"), self.password),
                (tr("setup.password_again"), self.password_again),
            ],
        )
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("setup.title"), tr("setup.intro")))
        layout.addWidget(self.agency_box)
        layout.addWidget(self.admin_box)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.agency_name.setFocus()

    def _group(self, title: str, rows: list[tuple[str, QLineEdit]]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        for text, edit in rows:
            label = QLabel(text)
            label.setMinimumWidth(self._label_width)  # both groups align their fields
            form.addRow(label, edit)
        return box

    @classmethod
    def ask(cls, services: Services, parent: QWidget | None = None) -> Actor | None:
        """The new administrator, logged in, or None if the user gave up; tests replace this."""
        dialog = cls(services, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.actor if accepted else None

    def accept(self) -> None:
        """Create the administrator, log in and save the agency; say what is wrong if not."""
        problem = self._form_problem()
        if problem:
            self.error.show_message(problem)
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._save()
        except DomainError as exc:
            self.error.show_message(message_of(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        super().accept()

    def _form_problem(self) -> str:
        edits = [self.agency_name, self.managing_agency, self.place_name]
        if self.actor is None:
            edits += [self.username, self.full_name, self.password]
        if any(not edit.text().strip() for edit in edits):
            return tr("setup.missing")
        if self.actor is None and self.password.text() != self.password_again.text():
            return tr("setup.password_mismatch")
        return ""

    def _save(self) -> None:
        # The administrator is created once; if the agency is then refused, only it is retried.
        if self.actor is None:
            username, password = self.username.text().strip(), self.password.text()
            self.services.users.create_first_admin(username, self.full_name.text(), password)
            self.actor = self.services.users.authenticate(username, password)
            self.admin_box.setEnabled(False)
        self.services.agency.save(
            self.actor,
            self.agency_name.text(),
            self.managing_agency.text(),
            self.place_name.text(),
        )
