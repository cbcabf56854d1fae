"""One item's fields, photos, place and custody timeline (newest first), and its chain state."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.messages import render
from evidence_app.services.catalogue import ItemService
from evidence_app.services.core.auth import Actor
from evidence_app.services.core.dto import EventView, ItemDetails, ItemView
from evidence_app.services.facade import Services
from ui.catalogue.checkout_notice import show_notice
from ui.catalogue.item_texts import (
    FIELDS,
    TIMELINE_COLUMNS,
    chain_text,
    event_row,
    item_fields,
    movement,
    timeline_row,
    with_notes,
)
from ui.catalogue.photo_strip import PhotoSource, PhotoStrip
from ui.common.view_parts import section_title
from ui.documents import DocumentList
from ui.strings import language, tr

#: Document and note: hidden while no event has one.
OPTIONAL_COLUMNS = (4, 5)
INTACT_STYLE = "color: #1b5e20; background: #e8f5e9; border: 1px solid #a5d6a7;"
BROKEN_STYLE = "color: #a61b1b; background: #fdecec; border: 1px solid #f3b9b9;"
BROKEN_ROW = QColor("#fdecec")


class ItemPanel(QWidget):
    """Shows what its owner loaded (``show_details``); with services it reads photos itself.

    Photo bytes come from ``photos`` (an attachment id → bytes callable) or, given
    ``services`` and ``actor``, from ``ItemService.photo``; without either no thumbnails.
    """

    def __init__(
        self,
        services: Services | None = None,
        actor: Actor | None = None,
        parent: QWidget | None = None,
        *,
        photos: PhotoSource | None = None,
    ) -> None:
        super().__init__(parent)
        if photos is None and services is not None and actor is not None:
            items = services.items
            photos = partial(_photo, items, actor)
        self.item: ItemView | None = None
        self.details: ItemDetails | None = None
        self.documents = DocumentList(services, actor) if services and actor else None
        self.stack = QStackedWidget()
        self.empty = QLabel(tr("panel.empty"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(placeholder-text); padding: 24px;")
        self.stack.addWidget(self.empty)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # The fields wrap to the panel's width; only the page scrolls, and only downwards.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self._page())
        self.stack.addWidget(scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.photos.source = photos

    def current_code(self) -> str | None:
        """The code of the item shown, or None while the panel is empty."""
        return self.item.code if self.item is not None else None

    def set_photo_source(self, source: PhotoSource | None) -> None:
        self.photos.source = source

    def _page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 0, 8, 8)
        top = QHBoxLayout()
        self.code = QLabel()
        self.code.setObjectName("code")
        self.code.setProperty("data", True)
        font = self.code.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.code.setFont(font)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.code)
        self.chain = QLabel()
        self.chain.setObjectName("chain")
        top.addWidget(self.chain)
        top.addStretch(1)
        layout.addLayout(top)
        self.checkout = QLabel()
        self.checkout.setObjectName("checkout")
        self.checkout.setWordWrap(True)
        self.checkout.hide()
        layout.addWidget(self.checkout)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.values: dict[str, QLabel] = {}
        for key in FIELDS:
            value = QLabel()
            value.setObjectName(key)
            value.setProperty("data", True)  # what was recorded, shown as typed
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            form.addRow(f"{tr(key)}:", value)
        layout.addLayout(form)
        layout.addWidget(section_title(tr("panel.photos")))
        self.photos = PhotoStrip()
        layout.addWidget(self.photos)
        self.timeline_title = section_title(tr("panel.timeline"))
        layout.addWidget(self.timeline_title)
        self.timeline = _timeline_table(self.fontMetrics().height() + 10)
        layout.addWidget(self.timeline)
        if self.documents is not None:
            layout.addWidget(section_title(tr("docs.title")))
            self.documents.setSizePolicy(
                QSizePolicy.Policy.Ignored, self.documents.sizePolicy().verticalPolicy()
            )
            layout.addWidget(self.documents)
        layout.addStretch(1)
        return page

    def show_details(self, details: ItemDetails) -> None:
        """Fill the panel from one ``ItemService.details`` read."""
        self.details = details
        if self.documents is not None:
            self.documents.show_item(details.item.id)
        rows = [timeline_row(e) for e in details.events]
        self._fill(
            details.item,
            with_notes(
                item_fields(
                    details.item,
                    details.case_name,
                    details.location_path,
                    details.judgment_number,
                    details.decision_number,
                ),
                details,
            ),
            rows,
            [
                (*row[:3], movement(e), *row[4:])
                for row, e in zip(rows, details.events, strict=True)
            ],
        )
        broken = details.chain.first_break
        self.chain.setText(chain_text(details.chain))
        self.chain.setStyleSheet(
            f"QLabel {{ {INTACT_STYLE if broken is None else BROKEN_STYLE}"
            " border-radius: 4px; padding: 3px 8px; font-weight: bold; }"
        )
        reason = "" if broken is None else render(broken.reason, language()) + "\n"
        self.chain.setToolTip(
            reason + tr("panel.chain_checked", count=details.chain.events_checked)
        )
        self.chain.show()
        if broken is not None and broken.seq is not None:
            self._mark_row(
                next((r for r, e in enumerate(details.events) if e.seq == broken.seq), -1)
            )
        self.photos.show_photos(details.photos, tr("panel.photo_title", code=details.item.code))
        show_notice(self.checkout, details.checkout)

    def show_item(
        self, item: ItemView, events: list[EventView], *, case_name: str = "", place: str = ""
    ) -> None:
        """Fill the panel from bare views (no photos, no chain state); ``events`` newest first."""
        self.details = None
        self._fill(item, item_fields(item, case_name, place), [event_row(e) for e in events])
        self.chain.hide()
        self.photos.show_photos((), "")

    def _fill(
        self,
        item: ItemView,
        fields: dict[str, str],
        rows: Sequence[tuple[str, ...]],
        tips: Sequence[tuple[str, ...]] = (),
    ) -> None:
        self.item = item
        self.code.setText(item.code)
        self.checkout.hide()
        for key, text in fields.items():
            self.values[key].setText(text)
        self.timeline_title.setText(
            f"{tr('panel.timeline')} ({tr('panel.events', count=len(rows))})"
        )
        self.timeline.setRowCount(len(rows))
        for row, texts in enumerate(rows):
            for column, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                cell.setToolTip(tips[row][column] if tips else text)
                self.timeline.setItem(row, column, cell)
        for column in OPTIONAL_COLUMNS:  # room for the rest in a narrow pane
            self.timeline.setColumnHidden(column, not any(texts[column] for texts in rows))
        _fit_rows(self.timeline)
        self.stack.setCurrentIndex(1)

    def _mark_row(self, row: int) -> None:
        for column in range(self.timeline.columnCount() if row >= 0 else 0):
            cell = self.timeline.item(row, column)
            if cell is not None:
                cell.setBackground(BROKEN_ROW)

    def clear(self) -> None:
        self.item = None
        self.details = None
        self.timeline.setRowCount(0)
        self.photos.show_photos((), "")
        self.stack.setCurrentIndex(0)


def _fit_rows(table: QTableWidget) -> None:
    """Rows as tall as their wrapped text, and the table as tall as its rows."""
    table.resizeRowsToContents()
    table.updateGeometry()


def _photo(items: ItemService, actor: Actor, attachment_id: int) -> bytes:
    return items.photo(actor, attachment_id)


def _timeline_table(row_height: int) -> QTableWidget:
    """A table as tall as its rows: the panel scrolls, not the table."""
    table = QTableWidget(0, len(TIMELINE_COLUMNS))
    table.setObjectName("timeline")
    table.setHorizontalHeaderLabels([tr(k) for k in TIMELINE_COLUMNS])
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(row_height)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in (1, 3, 5):  # event, from → to, note: wrapped to the pane's width
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    header.sectionResized.connect(lambda *_: _fit_rows(table))
    # As wide as the panel, whatever its columns would like: the panel never scrolls sideways.
    table.setSizePolicy(QSizePolicy.Policy.Ignored, table.sizePolicy().verticalPolicy())
    return table
