"""Where the items of a handover go: a warehouse and one of its locations (or none yet)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QWidget

from evidence_app.domain.errors import DomainError
from evidence_app.domain.text import fold
from evidence_app.services.core.auth import Actor
from evidence_app.services.facade import Services
from ui.strings import tr

#: What the completer matches (the name and its folded form) and the location's id.
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class PlacePicker(QWidget):
    """Warehouse and location combos; ``location_id()`` is None while no location is chosen."""

    changed = Signal()

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.names: dict[int, str] = {}
        self.warehouse = QComboBox()
        self.warehouse.setAccessibleName(tr("intake.warehouse"))
        self.warehouse.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.location = QComboBox()
        self.location.setAccessibleName(tr("intake.location"))
        self.location.setMinimumContentsLength(24)
        # Hundreds of shelves and bins: typing part of a name or code ("ke a2", "A2 › Tầng 3",
        # "VT-K01-57") narrows the list, with or without diacritics.
        self.location.setEditable(True)
        self.location.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.choices = QStandardItemModel(self)
        self.completer = QCompleter(self.choices, self)
        self.completer.setCompletionRole(SEARCH_ROLE)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.location.setCompleter(self.completer)
        self.completer.activated[QModelIndex].connect(self._completed)
        self.location.lineEdit().editingFinished.connect(self._show_chosen)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.warehouse)
        layout.addWidget(self.location, 1)
        try:
            warehouses = services.warehouses.all(actor)
        except DomainError:
            warehouses = []
        for w in warehouses:
            if w.active:
                self.warehouse.addItem(f"{w.code} – {w.name}", w.id)
        self.warehouse.currentIndexChanged.connect(self._load_locations)
        self.location.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self._load_locations()

    def _load_locations(self) -> None:
        self.location.blockSignals(True)
        self.location.clear()
        self.location.addItem(tr("intake.no_location"), None)
        self.choices.clear()
        warehouse_id = self.warehouse.currentData()
        if warehouse_id is not None:
            for loc in self.services.warehouses.locations(self.actor, warehouse_id):
                text = f"{loc.code} – {loc.full_name}"
                self.names[loc.id] = text
                self.location.addItem(text, loc.id)
                choice = QStandardItem(text)
                choice.setData(f"{text} {fold(text)}", SEARCH_ROLE)
                choice.setData(loc.id, ID_ROLE)
                self.choices.appendRow(choice)
        self.location.setCompleter(self.completer)  # clear() drops the model's link
        self.location.blockSignals(False)
        self.changed.emit()

    def _completed(self, index: QModelIndex) -> None:
        """A location picked from the narrowed list."""
        self.select(int(index.data(ID_ROLE)))

    def _show_chosen(self) -> None:
        """Typed text that picked nothing gives way to the location still chosen."""
        self.location.setEditText(self.location.itemText(self.location.currentIndex()))

    def location_id(self) -> int | None:
        data = self.location.currentData()
        return int(data) if data is not None else None

    def select(self, location_id: int | None, warehouse_id: int | None = None) -> bool:
        """Choose a location (switching warehouse if given); False if it is not listed."""
        if warehouse_id is not None and warehouse_id != self.warehouse.currentData():
            index = self.warehouse.findData(warehouse_id)
            if index < 0:
                return False
            self.warehouse.setCurrentIndex(index)
        index = 0 if location_id is None else self.location.findData(location_id)
        if index < 0:
            return False
        self.location.setCurrentIndex(index)
        return True

    def current_text(self) -> str:
        return self.names.get(self.location_id() or 0, tr("intake.no_location"))
