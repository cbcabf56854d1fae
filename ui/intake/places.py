"""Where the items of a handover go: a warehouse and one of its locations (or none yet)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from evidence_app.domain.errors import DomainError
from evidence_app.services.core.auth import Actor
from evidence_app.services.facade import Services
from ui.strings import tr


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
        warehouse_id = self.warehouse.currentData()
        if warehouse_id is not None:
            for loc in self.services.warehouses.locations(self.actor, warehouse_id):
                text = f"{loc.code} – {loc.full_name}"
                self.names[loc.id] = text
                self.location.addItem(text, loc.id)
        self.location.blockSignals(False)
        self.changed.emit()

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
