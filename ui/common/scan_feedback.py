"""One place for what the user hears and reads after a scan, and codes read from an image.

A refused scan beeps (the platform bell: PySide6-Essentials has no QtMultimedia) and says
why in the main window's status bar, which takes no focus, so the next keystroke still lands
where it went. A window without a status bar (a dialog) gets a non-modal notice instead;
platforms may let it take the focus, so it is the fallback, not the rule. Tests replace
``beep`` to count the signals.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox, QWidget

from evidence_app.domain.errors import DomainError
from evidence_app.services.facade import Services
from ui.common.errors import message_of
from ui.strings import tr

NOTICE_NAME = "scanNotice"
STATUS_MS = 15000


def beep() -> None:
    """The audible signal of a refused scan."""
    QApplication.beep()


def signal_error(parent: QWidget | None, message: str) -> None:
    """Beep, and show ``message`` in the status bar, or in a non-modal notice if none."""
    beep()
    if not show_status(parent, message):
        notice(parent, message)


def show_status(parent: QWidget | None, message: str) -> bool:
    """``message`` in the status bar of ``parent``'s main window; False if it has none."""
    window = parent.window() if parent is not None else None
    if not isinstance(window, QMainWindow):
        return False
    window.statusBar().showMessage(message, STATUS_MS)
    return True


def notice(parent: QWidget | None, message: str) -> QMessageBox:
    """The window's one scan notice, showing ``message``, shown without taking the focus."""
    box = parent.window().findChild(QMessageBox, NOTICE_NAME) if parent is not None else None
    if box is None:
        box = QMessageBox(parent.window() if parent is not None else None)
        box.setObjectName(NOTICE_NAME)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.button(QMessageBox.StandardButton.Ok).setText(tr("button.ok"))
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        box.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowTitle(tr("scan.error.title"))
    box.setText(message)
    box.show()
    return box


class ScanImageDialog:
    """Asks for an image file; tests replace ``ask``."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        path, _filter = QFileDialog.getOpenFileName(
            parent, tr("scan.image.title"), "", tr("scan.image.filter")
        )
        return path or None


def choose_image_and_read(parent: QWidget | None, services: Services) -> list[str]:
    """The codes in an image the user picks; none if they cancel or the image has none."""
    path = ScanImageDialog.ask(parent)
    if path is None:
        return []
    try:
        codes = services.scan.read_image(path)
    except DomainError as exc:
        signal_error(parent, message_of(exc))
        return []
    show_status(parent, tr("scan.image.read", count=len(codes), name=Path(path).name))
    return codes
