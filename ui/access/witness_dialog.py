"""A second person types their own name and password to confirm an act at the moment it is
done: dual control of an item leaving, a second administrator for a role grant.

The act runs with what was typed (the service checks the password itself); a refusal — a
wrong password, someone who may not confirm — is told here and another person may try, until
the act is done or the user cancels.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from evidence_app.domain.errors import DomainError
from evidence_app.services.core.login import Witness
from evidence_app.services.facade import Services
from ui.access.login_dialog import LoginDialog
from ui.common.errors import message_of
from ui.common.widgets import heading
from ui.strings import tr

T = TypeVar("T")


class WitnessDialog(LoginDialog, Generic[T]):
    def __init__(
        self,
        services: Services,
        act: Callable[[Witness], T],
        title: str,
        subtitle: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, parent)
        self.setObjectName("witness_dialog")
        self._act = act
        self.outcome: T | None = None
        self.setWindowTitle(title)
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):  # this act's heading instead of the login's
            login_heading = layout.takeAt(0).widget()
            if login_heading is not None:
                login_heading.hide()
                login_heading.deleteLater()
            layout.insertWidget(0, heading(title, subtitle))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("button.confirm"))

    @classmethod
    def run(
        cls,
        services: Services,
        act: Callable[[Witness], T],
        title: str,
        subtitle: str,
        parent: QWidget | None = None,
    ) -> T | None:
        """What the act returned, or None if the user cancelled."""
        dialog = cls(services, act, title, subtitle, parent)
        return dialog.outcome if dialog.exec() == QDialog.DialogCode.Accepted else None

    def accept(self) -> None:
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self.error.show_message(tr("login.missing"))
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.outcome = self._act(Witness(username, password))
        except DomainError as exc:
            self.error.show_message(message_of(exc))
            self.password.clear()
            self.password.setFocus()
            return
        finally:
            QApplication.restoreOverrideCursor()
        QDialog.accept(self)
