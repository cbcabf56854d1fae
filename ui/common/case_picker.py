"""Choosing a case among a province's thousands: the newest listed, any other found by typing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from evidence_app.domain.errors import DomainError
from evidence_app.services.core.dto import CaseView
from ui.strings import tr

#: How many cases the list holds at once; past it the user types to narrow.
SHOWN = 50

Search = Callable[[str, int], list[CaseView]]


class CasePicker(QWidget):
    """A search field over a list of cases; the list says when it holds only the first ones.

    ``search(text, limit)`` gives the newest cases for an empty text. With ``any_text`` the list
    starts with a "no case" entry whose data is None (a filter on any case).
    """

    currentIndexChanged = Signal(int)

    def __init__(self, search: Search, any_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search, self._any_text = search, any_text
        self.field = QLineEdit()
        self.field.setPlaceholderText(tr("case_picker.search"))
        self.field.setClearButtonEnabled(True)
        self.combo = QComboBox()
        self.combo.setAccessibleName(tr("case_picker.search"))
        self.status = QLabel()
        self.status.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for widget in (self.field, self.combo, self.status):
            layout.addWidget(widget)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.refresh)
        self.field.textChanged.connect(lambda _t: self._timer.start())
        self.combo.currentIndexChanged.connect(self.currentIndexChanged)
        self.refresh()

    def refresh(self) -> None:
        """List the cases matching the typed text (the newest when none is typed)."""
        text = self.field.text()
        try:
            cases = self._search(text, SHOWN + 1)
        except DomainError:
            cases = []
        capped = len(cases) > SHOWN
        cases = cases[:SHOWN]
        self.combo.blockSignals(True)
        self.combo.clear()
        if self._any_text:
            self.combo.addItem(self._any_text, None)
        for case in cases:
            number = f" ({case.judgment_number})" if case.judgment_number else ""
            self.combo.addItem(f"{case.name}{number}", case.id)
        self.combo.blockSignals(False)
        self.status.setText(self._status(text.strip(), len(cases), capped))
        self.status.setHidden(not self.status.text())
        self.currentIndexChanged.emit(self.combo.currentIndex())

    @staticmethod
    def _status(text: str, count: int, capped: bool) -> str:
        if not count:
            return tr("case_picker.none_found")
        if not text:
            return tr("case_picker.newest", count=count) if capped else ""
        return tr("case_picker.capped" if capped else "case_picker.found", count=count)

    def currentData(self) -> int | None:
        data = self.combo.currentData()
        return None if data is None else int(data)

    def select(self, case_id: int) -> bool:
        """Make ``case_id`` current if it is listed."""
        index = self.combo.findData(case_id)
        if index >= 0:
            self.combo.setCurrentIndex(index)
        return index >= 0
