"""The catalogue's filter bar: warehouse, location subtree, status, category, case, dates."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from evidence_app.domain import rules
from evidence_app.domain.enums import Category, ItemStatus
from evidence_app.domain.errors import DomainError
from evidence_app.domain.labels import label
from evidence_app.services.catalogue import CatalogueFilter
from evidence_app.services.core.auth import Actor
from evidence_app.services.facade import Services
from ui.strings import language, tr

#: Cases offered in the case filter: the most recent ones.
RECENT_CASES = 200
TIP = Qt.ItemDataRole.ToolTipRole
#: Characters a filter list shows at its narrowest.
COMBO_MIN_CHARS = 9
#: The date a date filter shows as "any" (its minimum).
NO_DATE = QDate(2000, 1, 1)


def _combo(name: str, any_key: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.addItem(tr(any_key), None)
    # Narrow when the window is, the whole text in the list and the tooltip.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(COMBO_MIN_CHARS)
    combo.currentTextChanged.connect(combo.setToolTip)
    return combo


def _date(name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(tr("catalogue.any_date"))
    edit.setDate(NO_DATE)
    return edit


class FilterBar(QWidget):
    """Emits ``changed`` whenever a filter changes; ``value`` reads them all."""

    changed = Signal()

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self.warehouse = _combo("catalogue_warehouse", "catalogue.any_warehouse")
        self.location = _combo("catalogue_location", "catalogue.any_location")
        self.status = _combo("catalogue_status", "catalogue.any_status")
        self.category = _combo("catalogue_category", "catalogue.any_category")
        self.case = _combo("catalogue_case", "catalogue.any_case")
        self.date_from = _date("catalogue_from")
        self.date_to = _date("catalogue_to")
        self.overdue = QCheckBox(tr("catalogue.filter.overdue"))
        self.overdue.setObjectName("catalogue_overdue")
        years = rules.value("backlog.no_judgment_years")
        self.overdue.setToolTip(tr("catalogue.filter.overdue_tip", years=years))
        self.clear_button = QPushButton(tr("catalogue.clear"))
        self.clear_button.setObjectName("catalogue_clear")
        self._fill()
        self._layout()
        self._connect()

    def _fill(self) -> None:
        for status in ItemStatus:
            self.status.addItem(label(status, language()), status)
        for category in Category:
            self.category.addItem(label(category, language()), category)
        try:
            for warehouse in self._services.warehouses.all(self._actor):
                self.warehouse.addItem(f"{warehouse.code} – {warehouse.name}", warehouse.id)
            for case in self._services.cases.recent(self._actor, RECENT_CASES):
                self.case.addItem(case.name, case.id)
                self.case.setItemData(
                    self.case.count() - 1, case.judgment_number or None, Qt.ItemDataRole.ToolTipRole
                )
        except DomainError:
            pass  # the table shows the same refusal when it asks for items
        self.location.setEnabled(False)

    def _layout(self) -> None:
        """Three pairs a row, so the catalogue leaves room for the item panel at 1366 px."""
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        cells: tuple[tuple[str | None, QWidget], ...] = (
            ("catalogue.filter.warehouse", self.warehouse),
            ("catalogue.filter.location", self.location),
            ("catalogue.filter.case", self.case),
            ("catalogue.filter.status", self.status),
            ("catalogue.filter.category", self.category),
            (None, self.overdue),
            ("catalogue.filter.from", self.date_from),
            ("catalogue.filter.to", self.date_to),
            (None, self.clear_button),
        )
        for n, (key, widget) in enumerate(cells):
            row, column = divmod(n, 3)
            if key is not None:
                caption = QLabel(tr(key))
                caption.setBuddy(widget)
                grid.addWidget(caption, row, column * 2)
            grid.addWidget(widget, row, column * 2 + 1)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)

    def _connect(self) -> None:
        self.warehouse.currentIndexChanged.connect(self._warehouse_changed)
        for combo in (self.location, self.status, self.category, self.case):
            combo.currentIndexChanged.connect(self.changed)
        self.date_from.dateChanged.connect(self.changed)
        self.date_to.dateChanged.connect(self.changed)
        self.overdue.toggled.connect(self.changed)
        self.clear_button.clicked.connect(self.clear)

    def _warehouse_changed(self) -> None:
        """Offer the chosen warehouse's locations, indented by depth, then query once."""
        self.location.blockSignals(True)
        while self.location.count() > 1:
            self.location.removeItem(1)
        warehouse_id = self.warehouse.currentData()
        if warehouse_id is not None:
            try:
                for loc in self._services.warehouses.locations(self._actor, warehouse_id):
                    depth = loc.path.strip("/").count("/")
                    self.location.addItem("    " * depth + loc.name, loc.id)
                    self.location.setItemData(
                        self.location.count() - 1, loc.full_name, Qt.ItemDataRole.ToolTipRole
                    )
            except DomainError:
                pass
        self.location.setCurrentIndex(0)
        self.location.setEnabled(warehouse_id is not None)
        self.location.blockSignals(False)
        self.changed.emit()

    def value(self, text: str = "") -> CatalogueFilter:
        status = self.status.currentData()
        category = self.category.currentData()
        return CatalogueFilter(
            warehouse_id=self.warehouse.currentData(),
            location_id=self.location.currentData(),
            statuses=frozenset({status}) if status else frozenset(),
            categories=frozenset({category}) if category else frozenset(),
            case_id=self.case.currentData(),
            received_from=_day(self.date_from),
            received_to=_day(self.date_to),
            overdue=self.overdue.isChecked(),
            text=text,
        )

    def clear(self) -> None:
        """Every filter back to "any", with one query at the end."""
        widgets = (self.warehouse, self.status, self.category, self.case, self.overdue)
        for widget in (*widgets, self.date_from, self.date_to):
            widget.blockSignals(True)
        for combo in (self.warehouse, self.status, self.category, self.case):
            combo.setCurrentIndex(0)
        self.date_from.setDate(NO_DATE)
        self.date_to.setDate(NO_DATE)
        self.overdue.setChecked(False)
        for widget in (*widgets, self.date_from, self.date_to):
            widget.blockSignals(False)
        self._warehouse_changed()


def _day(edit: QDateEdit) -> date | None:
    chosen = edit.date()
    if chosen == NO_DATE:
        return None
    return date(chosen.year(), chosen.month(), chosen.day())
