"""An unexpected error becomes a dialog that offers to save a report, never a silent exit.

Installed as ``sys.excepthook`` (as qutebrowser's crash handler is): Qt calls Python slots
from C++, and an exception there would otherwise only print to a console nobody sees.
"""

from __future__ import annotations

import platform
import sys
import time
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.clock import agency_now
from evidence_app.files import atomic_write, reason_text
from ui.common.widgets import heading
from ui.strings import language, tr

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def crash_report(exc_info: ExcInfo, database: str = "") -> str:
    """Plain text a developer needs: when, versions, database, and the traceback."""
    lines = [
        f"{tr('app.name')} – {tr('crash.report_title')}",
        f"{tr('crash.time')}: {agency_now().strftime('%d/%m/%Y %H:%M:%S')}",
        f"Python {platform.python_version()}, PySide6 {pyside_version}, Qt {qVersion()}",
        f"{platform.system()} {platform.release()} ({platform.machine()})",
    ]
    if database:
        lines.append(f"{tr('crash.database')}: {database}")
    lines.append("")
    lines.extend(traceback.format_exception(*exc_info))
    return "\n".join(line.rstrip("\n") for line in lines) + "\n"


class CrashDialog(QDialog):
    def __init__(self, report: str, explanation: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(tr("crash.title"))
        self.resize(640, 420)
        details = QPlainTextEdit(report)
        details.setObjectName("details")
        details.setReadOnly(True)
        buttons = QDialogButtonBox()
        self.save_button = QPushButton(tr("crash.save"))
        self.save_button.setObjectName("save")
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(tr("crash.continue"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.setObjectName("continue")
        self.save_button.clicked.connect(self.save)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        explain = QLabel(f"{explanation or tr('crash.nothing_saved')} {tr('crash.explain')}")
        explain.setObjectName("explanation")
        explain.setWordWrap(True)
        layout.addWidget(heading(tr("crash.heading")))
        layout.addWidget(explain)
        layout.addWidget(details, 1)
        layout.addWidget(buttons)

    @classmethod
    def ask_path(cls, parent: QWidget | None) -> Path | None:
        """Where to save the report; tests replace this."""
        name = f"bao-cao-loi-{agency_now().strftime('%Y%m%d-%H%M%S')}.txt"
        chosen, _ = QFileDialog.getSaveFileName(
            parent, tr("crash.save"), str(Path.home() / name), tr("crash.file_filter")
        )
        return Path(chosen) if chosen else None

    def save(self) -> None:
        path = self.ask_path(self)
        if path is None:
            return
        try:
            atomic_write(path, self.report.encode("utf-8"))
        except (OSError, ValueError) as exc:
            self.save_button.setText(tr("crash.save_failed", reason=reason_text(exc, language())))
            return
        self.save_button.setText(tr("crash.saved"))
        self.save_button.setEnabled(False)

    @classmethod
    def present(cls, report: str, explanation: str) -> None:
        """Show the dialog modally; tests replace this to read the report."""
        cls(report, explanation, QApplication.activeWindow()).exec()


#: A write this close before the error most likely belongs to the action that failed.
SAVED_WINDOW_S = 30


def saved_explanation(last_write: float | None, now: float) -> str:
    """What the user must know first: was the action that failed saved? Each action is saved
    whole or not at all, so the last commit's time says it."""
    if last_write is not None and 0 <= now - last_write <= SAVED_WINDOW_S:
        at = datetime.fromtimestamp(last_write).strftime("%H:%M:%S")
        return tr("crash.saved_before", time=at, seconds=round(now - last_write))
    return tr("crash.nothing_saved")


class CrashHandler:
    """The excepthook: one dialog per error (the same failure again, as a screen repainting
    would raise it, goes to stderr only), the report also on stderr."""

    def __init__(
        self, database: str = "", last_write: Callable[[], float | None] = lambda: None
    ) -> None:
        self.database = database
        self.last_write = last_write
        self._showing = False
        self._seen: set[tuple[object, ...]] = set()

    def __call__(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        explanation = saved_explanation(self.last_write(), time.time())
        signature = (kind, *((f.filename, f.lineno) for f in traceback.extract_tb(tb)))
        if signature in self._seen:
            print(f"{kind.__name__} again (already reported): {exc}", file=sys.stderr)
            return
        self._seen.add(signature)
        report = crash_report((kind, exc, tb), self.database) + f"\n{explanation}\n"
        print(report, file=sys.stderr)
        if self._showing or QApplication.instance() is None:
            return  # an error inside the dialog itself: the console has it
        self._showing = True
        try:
            CrashDialog.present(report, explanation)
        finally:
            self._showing = False


def install_crash_handler(
    database: str = "", last_write: Callable[[], float | None] = lambda: None
) -> CrashHandler:
    handler = CrashHandler(database, last_write)
    sys.excepthook = handler
    return handler
