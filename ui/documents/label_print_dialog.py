"""Printing labels: the size, a print preview (PDF) or a ZPL file for a Zebra printer.

Item labels are recorded as printed (a custody event per item) only once they were printed
or saved, never when the preview is cancelled; location labels are not recorded.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.errors import DomainError
from evidence_app.files import atomic_write, reason_text
from evidence_app.services.core.auth import Actor
from evidence_app.services.facade import Services
from ui.common.errors import message_of
from ui.common.printing import print_pdf
from ui.common.widgets import ErrorLabel, heading
from ui.strings import language, tr

SIZES = ("50x30", "100x50", "a4")
DPIS = (203, 300)


class LabelPrintDialog(QDialog):
    def __init__(
        self,
        services: Services,
        actor: Actor,
        codes: Sequence[str],
        parent: QWidget | None = None,
        *,
        locations: bool = False,
    ) -> None:
        super().__init__(parent)
        self.services, self.actor, self.codes = services, actor, list(codes)
        self.locations = locations
        self.setWindowTitle(tr("labels.title"))
        self.size_box = QComboBox()
        self.size_box.setObjectName("size")
        for size in SIZES:
            self.size_box.addItem(tr(f"labels.size.{size}"), size)
        self.pdf = QRadioButton(tr("labels.output.pdf"))
        self.pdf.setObjectName("pdf")
        self.zpl = QRadioButton(tr("labels.output.zpl"))
        self.zpl.setObjectName("zpl")
        self.pdf.setChecked(True)
        outputs = QButtonGroup(self)
        outputs.addButton(self.pdf)
        outputs.addButton(self.zpl)
        self.dpi_box = QComboBox()
        self.dpi_box.setObjectName("dpi")
        for dpi in DPIS:
            self.dpi_box.addItem(tr("labels.dpi.value", dpi=dpi), dpi)
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(tr("labels.size"), self.size_box)
        form.addRow(tr("labels.output"), self.pdf)
        form.addRow("", self.zpl)
        form.addRow(tr("labels.dpi"), self.dpi_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("button.cancel"))
        self.print_button = buttons.addButton(
            tr("labels.print"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.print_button.setObjectName("print")
        buttons.accepted.connect(self.print_labels)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        count = "labels.count_locations" if locations else "labels.count"
        layout.addWidget(heading(tr("labels.title"), tr(count, count=len(self.codes))))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.size_box.currentIndexChanged.connect(self._update)
        self.zpl.toggled.connect(self._update)
        self._update()

    def choose(self, size: str, zpl: bool, dpi: int = 203) -> None:
        """Set the choices as the user would (tests and callers with a preference)."""
        self.size_box.setCurrentIndex(SIZES.index(size))
        (self.zpl if zpl else self.pdf).setChecked(True)
        self.dpi_box.setCurrentIndex(DPIS.index(dpi))

    def _update(self) -> None:
        zpl = self.zpl.isChecked()
        sheet = self.size_box.currentData() == "a4"
        self.dpi_box.setEnabled(zpl)
        self.print_button.setEnabled(not (zpl and sheet))
        self.error.show_message(tr("labels.zpl_no_sheet") if zpl and sheet else "")

    def print_labels(self) -> None:
        """Render, print or save, then record the print; errors stay inside the dialog."""
        size, dpi = str(self.size_box.currentData()), int(self.dpi_box.currentData())
        fmt = "zpl" if self.zpl.isChecked() else "pdf"
        labels = self.services.labels
        try:
            if self.locations:
                data = labels.location_labels(self.actor, self.codes, fmt, size, dpi)
            else:
                data = labels.preview_items(self.actor, self.codes, fmt, size, dpi)
            done = self._save_zpl(data) if fmt == "zpl" else self._preview(data)
            if done and not self.locations:
                labels.record_printed(self.actor, self.codes, fmt, size)
        except DomainError as exc:
            self.error.show_message(message_of(exc))
            return
        if done:
            self.accept()

    def _preview(self, data: bytes) -> bool:
        title = tr("labels.preview_title", count=len(self.codes))
        return self.print_preview(self, data, title)

    def _save_zpl(self, data: bytes) -> bool:
        path = self.ask_zpl_path(self)
        if path is None:
            return False
        try:
            atomic_write(path, data)  # whole or not at all: the print is recorded after
        except (OSError, ValueError) as exc:
            reason = reason_text(exc, language())
            self.error.show_message(tr("labels.save_failed", path=path, reason=reason))
            return False
        return True

    @classmethod
    def print_preview(cls, parent: QWidget, data: bytes, title: str) -> bool:
        """Qt's print preview; True if printed. Tests replace this."""
        return print_pdf(parent, data, title)

    @classmethod
    def ask_zpl_path(cls, parent: QWidget | None) -> Path | None:
        """Where to save the ZPL file; tests replace this."""
        chosen, _ = QFileDialog.getSaveFileName(
            parent, tr("labels.save_zpl"), str(Path.home() / "nhan.zpl"), tr("labels.zpl_filter")
        )
        return Path(chosen) if chosen else None

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        services: Services,
        actor: Actor,
        codes: Sequence[str],
        *,
        locations: bool = False,
    ) -> bool:
        """Choose and print; True if the labels were printed or saved. Tests replace this.

        ``codes`` are item codes, or location codes with ``locations=True``.
        """
        dialog = cls(services, actor, codes, parent, locations=locations)
        return dialog.exec() == QDialog.DialogCode.Accepted
