"""A case's or an item's official documents, with open, save, print and check.

The PDF shown, saved or printed is always the stored bytes: a reprint is identical to the
first print. Printing goes through ``ui.common.printing.print_pdf``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from evidence_app.domain.enums import DocumentKind
from evidence_app.domain.errors import DomainError
from evidence_app.domain.labels import label
from evidence_app.files import atomic_write, reason_text
from evidence_app.services.core.auth import Actor
from evidence_app.services.documents import DocumentView
from evidence_app.services.facade import Services
from ui.common import printing
from ui.common.errors import show_error
from ui.common.formats import day
from ui.common.view_models import RowsModel
from ui.common.view_parts import rows_table
from ui.documents.check_dialog import DocumentCheckDialog
from ui.strings import language, tr

COLUMNS = (
    ("docs.col_number", lambda d: d.number),
    ("docs.col_kind", lambda d: label(DocumentKind(d.kind), language())),
    ("docs.col_date", lambda d: day(d.issued_on)),
    ("docs.col_items", lambda d: str(len(d.chain_heads))),
)


class DocumentList(QWidget):
    """Documents of one case or one item, newest first; buttons act on the selected one."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.model: RowsModel = RowsModel(COLUMNS, self)  # type: ignore[arg-type]
        self.table = rows_table(self.model)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.status = QLabel(tr("docs.empty"))
        self.buttons: dict[str, QPushButton] = {}
        self.status.setWordWrap(True)
        bar = QHBoxLayout()
        for key, action in (
            ("docs.open", self.open_selected),
            ("docs.export", self.export_selected),
            ("docs.print", self.print_selected),
            ("docs.check", self.check_selected),
        ):
            button = QPushButton(tr(key))
            button.clicked.connect(action)
            bar.addWidget(button)
            self.buttons[key] = button
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        # The count on its own line: the buttons keep their width in the narrow item panel.
        layout.addWidget(self.status)
        layout.addLayout(bar)
        self._enable()

    def show_case(self, case_id: int) -> None:
        self._show(lambda: self.services.documents.for_case(self.actor, case_id))

    def show_item(self, item_id: int) -> None:
        self._show(lambda: self.services.documents.for_item(self.actor, item_id))

    def show_documents(self, documents: Sequence[DocumentView]) -> None:
        """Documents the caller already has (e.g. a release request's order, slip, minutes)."""
        self._show(lambda: list(documents))

    def clear(self) -> None:
        self.model.set_rows([])
        self._enable()

    def selected(self) -> DocumentView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def open_selected(self) -> None:
        """The stored PDF in the system's viewer (from a temporary copy)."""
        doc = self.selected()
        if doc is None or (pdf := self._pdf(doc)) is None:
            return
        folder = Path(tempfile.mkdtemp(prefix="thads-"))
        path = folder / doc.file_name
        path.write_bytes(pdf)
        if not self.open_file(path):
            # No PDF viewer on this workstation: the paper opens in our own print preview,
            # where it can be read and printed.
            self.status.setText(tr("docs.no_viewer"))
            printing.print_pdf(self, pdf, doc.number)

    def export_selected(self) -> None:
        doc = self.selected()
        if doc is None or (pdf := self._pdf(doc)) is None:
            return
        target = self.ask_save_path(self, doc.file_name)
        if not target:
            return
        try:
            atomic_write(target, pdf)
        except (OSError, ValueError) as exc:
            reason = reason_text(exc, language())
            self.status.setText(tr("docs.save_failed", path=target, reason=reason))
            return
        self.status.setText(tr("docs.saved", path=target))

    def print_selected(self) -> None:
        doc = self.selected()
        if doc is not None and (pdf := self._pdf(doc)) is not None:
            printing.print_pdf(self, pdf, f"{doc.title} {doc.number}")

    def check_selected(self) -> None:
        doc = self.selected()
        if doc is None:
            return
        try:
            check = self.services.documents.check(self.actor, doc.number)
        except DomainError as exc:
            show_error(self, exc)
            return
        DocumentCheckDialog.present(self, check)

    @classmethod
    def ask_save_path(cls, parent: QWidget, suggested: str) -> str:
        """Where to save; "" when cancelled. Tests replace it."""
        path, _ = QFileDialog.getSaveFileName(
            parent, tr("docs.export_title"), suggested, tr("docs.pdf_filter")
        )
        return path

    @classmethod
    def open_file(cls, path: Path) -> bool:
        """Hand the file to the desktop's PDF viewer; False when there is none. Tests replace
        it."""
        if not has_pdf_viewer():
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _show(self, load: Callable[[], list[DocumentView]]) -> None:
        try:
            rows = load()
        except DomainError as exc:
            show_error(self, exc)
            rows = []
        self.model.set_rows(rows)
        self._enable()

    def _pdf(self, doc: DocumentView) -> bytes | None:
        try:
            return self.services.documents.pdf(self.actor, doc.id)
        except DomainError as exc:
            show_error(self, exc)
            return None

    def _enable(self) -> None:
        count = self.model.rowCount()
        self.status.setText(tr("docs.count", count=count) if count else tr("docs.empty"))
        chosen = self.selected() is not None
        for button in self.buttons.values():
            button.setEnabled(chosen)


def has_pdf_viewer() -> bool:
    """On Linux the desktop's default for PDF (``xdg-mime``); elsewhere the system says so
    when asked to open the file."""
    if not sys.platform.startswith("linux"):
        return True
    if shutil.which("xdg-mime") is None:
        return False
    try:
        found = subprocess.run(
            ["xdg-mime", "query", "default", "application/pdf"],
            capture_output=True, text=True, timeout=5, check=False,
        )  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return False
    return bool(found.stdout.strip())
