"""One item's details and its custody timeline, newest event first."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.labels import label
from evidence_app.services.dto import EventView, ItemView
from ui.strings import language, tr

#: Field keys in display order; each names its label in ui.strings.
FIELDS = (
    "col.name",
    "panel.kind",
    "col.category",
    "col.status",
    "panel.quantity",
    "panel.identifiers",
    "panel.seal",
    "panel.condition",
    "panel.value",
    "col.owner",
    "panel.transferring_body",
    "panel.case",
    "panel.place",
    "col.received",
    "panel.disposition",
)
TIMELINE_COLUMNS = ("timeline.time", "timeline.event", "timeline.actor", "timeline.note")


def _number(value: Decimal | int) -> str:
    text = f"{value:,f}" if isinstance(value, Decimal) else f"{value:,}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    # Vietnamese writes 1.234.567,5; English 1,234,567.5.
    return text.translate(str.maketrans(",.", ".,")) if language() == "vi" else text


def item_fields(item: ItemView, case_name: str, place: str) -> dict[str, str]:
    """The text of each field of ``item``, as the panel shows it."""
    lang, none = language(), tr("panel.none")
    seal = label(item.seal_state, lang)
    value = item.estimated_value
    return {
        "col.name": item.name,
        "panel.kind": label(item.kind, lang),
        "col.category": label(item.category, lang),
        "col.status": label(item.status, lang),
        "panel.quantity": f"{_number(item.quantity)} {item.unit}".strip(),
        "panel.identifiers": item.identifiers or none,
        "panel.seal": f"{seal} ({item.seal_numbers})" if item.seal_numbers else seal,
        "panel.condition": item.condition or none,
        "panel.value": tr("panel.vnd", amount=_number(value)) if value is not None else none,
        "col.owner": item.owner_name or none,
        "panel.transferring_body": item.transferring_body or none,
        "panel.case": case_name or none,
        "panel.place": place or none,
        "col.received": item.received_at.astimezone().strftime("%d/%m/%Y %H:%M"),
        "panel.disposition": label(item.disposition, lang),
    }


def event_row(event: EventView) -> tuple[str, str, str, str]:
    """Time (local, dd/mm/yyyy HH:MM), kind, actor and note of one custody event."""
    when = event.occurred_at.astimezone().strftime("%d/%m/%Y %H:%M")
    return (when, label(event.kind, language()), event.actor_name, event.note or "")


class ItemPanel(QWidget):
    """Shows one item; knows nothing of services (the main window loads what it shows)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: ItemView | None = None
        self.stack = QStackedWidget()
        self.empty = QLabel(tr("panel.empty"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(placeholder-text); padding: 24px;")
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self._details())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def _details(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 0, 0, 0)
        self.code = QLabel()
        self.code.setObjectName("code")
        font = self.code.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.code.setFont(font)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.code)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.values: dict[str, QLabel] = {}
        for key in FIELDS:
            value = QLabel()
            value.setObjectName(key)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            form.addRow(f"{tr(key)}:", value)
        layout.addLayout(form)
        title = QLabel(tr("panel.timeline"))
        title.setStyleSheet("font-weight: bold; margin-top: 8px;")
        layout.addWidget(title)
        self.timeline = QTableWidget(0, len(TIMELINE_COLUMNS))
        self.timeline.setObjectName("timeline")
        self.timeline.setHorizontalHeaderLabels([tr(k) for k in TIMELINE_COLUMNS])
        self.timeline.verticalHeader().hide()
        self.timeline.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline.setAlternatingRowColors(True)
        header = self.timeline.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.timeline, 1)
        return page

    def show_item(
        self, item: ItemView, events: list[EventView], *, case_name: str = "", place: str = ""
    ) -> None:
        """Fill the panel; ``events`` come newest first, as the service returns them."""
        self.item = item
        self.code.setText(item.code)
        for key, text in item_fields(item, case_name, place).items():
            self.values[key].setText(text)
        self.timeline.setRowCount(len(events))
        for row, event in enumerate(events):
            for column, text in enumerate(event_row(event)):
                self.timeline.setItem(row, column, QTableWidgetItem(text))
        self.stack.setCurrentIndex(1)

    def clear(self) -> None:
        self.item = None
        self.timeline.setRowCount(0)
        self.stack.setCurrentIndex(0)
