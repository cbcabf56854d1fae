"""The one place a DomainError becomes a message box the user reads."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from evidence_app.domain.errors import ConnectionLostError, DomainError
from ui.strings import language, tr


def message_of(exc: DomainError) -> str:
    """The user's message for ``exc`` in the current language."""
    return exc.message(language())


class ErrorDialog:
    """Shows a message box; tests replace ``present`` to capture what the user would read."""

    @classmethod
    def present(cls, parent: QWidget | None, title: str, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent
        )
        box.button(QMessageBox.StandardButton.Ok).setText(tr("button.ok"))
        box.exec()


def show_error(parent: QWidget | None, exc: DomainError) -> None:
    """Tell the user why an action failed, in their language; a lost server also starts the
    main window's reconnection (the form stays as typed: nothing was saved)."""
    report_connection(parent, exc)
    ErrorDialog.present(parent, tr("error.title"), message_of(exc))


def report_connection(parent: QWidget | None, exc: DomainError) -> bool:
    """Tell ``parent``'s main window the server is gone when ``exc`` says so."""
    if not isinstance(exc, ConnectionLostError) or parent is None:
        return False
    lost = getattr(parent.window(), "connection_lost", None)
    if callable(lost):
        lost()
    return True
