"""The first-start checklist ("Bắt đầu"): what a new agency still has to set up, each line
with the tab that does it; it reads the database again each time it is shown."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from evidence_app.domain.errors import DomainError
from evidence_app.domain.labels import label
from evidence_app.services.admin import SetupChecklist
from evidence_app.services.core.auth import Actor
from evidence_app.services.facade import Services
from ui.common.errors import show_error
from ui.common.formats import number
from ui.strings import language, tr

DONE, TO_DO = "✔", "✘"


class StartTab(QWidget):
    """One line per step: done or not, what it means, and a button to the tab that does it."""

    #: The user wants the tab (by its name in ``TABS``) that sets this up.
    openTab = Signal(str)

    def __init__(self, services: Services, actor: Actor) -> None:
        super().__init__()
        self.services, self.actor = services, actor
        self.checklist: SetupChecklist | None = None
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self.lines: dict[str, tuple[QLabel, QLabel]] = {}
        for row, (key, tab) in enumerate(
            (("agency", "agency"), ("warehouses", "warehouses"), ("locations", "warehouses"),
             ("people", "users"), ("printer", ""))
        ):  # fmt: skip
            mark, text = QLabel(), QLabel()
            mark.setObjectName(f"mark_{key}")
            text.setObjectName(f"text_{key}")
            text.setWordWrap(True)
            self.grid.addWidget(mark, row, 0)
            self.grid.addWidget(text, row, 1)
            if tab:
                button = QPushButton(tr("start.open"))
                button.setObjectName(f"open_{key}")
                button.clicked.connect(lambda _c=False, t=tab: self.openTab.emit(t))
                self.grid.addWidget(button, row, 2)
            self.lines[key] = (mark, text)
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        self.reload()  # what the other tabs just set up
        super().showEvent(event)

    def reload(self) -> None:
        try:
            c = self.services.setup.checklist(self.actor)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.checklist = c
        missing = ", ".join(label(r, language()) for r in c.missing_roles)
        printers = QPrinterInfo.availablePrinterNames()
        self._line("agency", c.agency_address, tr("start.agency"))
        self._line("warehouses", c.warehouses > 0,
                   tr("start.warehouses", count=number(c.warehouses)))  # fmt: skip
        self._line("locations", c.locations > 0, tr("start.locations", count=number(c.locations)))
        self._line(
            "people",
            not c.missing_roles,
            tr("start.people_missing", roles=missing) if missing else tr("start.people"),
        )
        self._line("printer", bool(printers),
                   tr("start.printers", names=", ".join(printers)) if printers
                   else tr("start.no_printer"))  # fmt: skip
        self.summary.setText(tr("start.ready") if c.complete else tr("start.not_ready"))

    def _line(self, key: str, done: bool, text: str) -> None:
        mark, label_ = self.lines[key]
        mark.setText(DONE if done else TO_DO)
        mark.setStyleSheet(f"color: {'#1b7a2e' if done else '#a61b1b'}; font-weight: bold;")
        label_.setText(text)
