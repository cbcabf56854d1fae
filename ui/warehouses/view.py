"""Warehouses: the location tree with item counts, and the items held at a location."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.errors import DomainError
from evidence_app.services.core.auth import Actor
from evidence_app.services.core.dto import LocationNode, WarehouseTree
from evidence_app.services.facade import Services
from ui.common.errors import show_error
from ui.common.formats import number
from ui.common.view_models import RowIdRole, item_rows_model
from ui.common.view_parts import rows_table, section_title
from ui.common.widgets import ErrorLabel
from ui.strings import tr
from ui.warehouses.tree_model import COUNT_COLUMN, LocationTreeModel

ITEM_LIMIT = 500
#: Mixed locations named one by one; the rest are counted.
MIXED_SHOWN = 10


class WarehouseView(QWidget):
    """Pick a warehouse, walk its locations, pick an item (``itemSelected`` gives its id)."""

    itemSelected = Signal(int)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.current: WarehouseTree | None = None
        self.warehouses = QComboBox()
        self.warehouses.setAccessibleName(tr("warehouse.label"))
        self.warehouses.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.warehouses.setMinimumContentsLength(12)
        self.total = QLabel()
        self.total.setWordWrap(True)
        self.mixed = ErrorLabel()
        self.mixed.setTextFormat(Qt.TextFormat.RichText)
        self.mixed.linkActivated.connect(lambda ref: self.open_location(int(ref)))
        self.model = LocationTreeModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, COUNT_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.selectionModel().selectionChanged.connect(self._location_selected)
        self.items = item_rows_model(self)
        self.item_table = rows_table(self.items)
        self.item_table.selectionModel().selectionChanged.connect(self._item_selected)
        self.items_title = section_title(tr("warehouse.empty"))
        self.items_title.setWordWrap(True)
        self.items_title.setProperty("data", True)  # names a location as recorded
        self.warehouses.currentIndexChanged.connect(self._warehouse_changed)
        self._build_layout()
        self.reload()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(f"{tr('warehouse.label')}:"))
        top.addWidget(self.warehouses, 1)
        top.addWidget(self.total)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.items_title)
        column.addWidget(self.item_table, 1)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.mixed)
        layout.addWidget(splitter, 1)

    def reload(self) -> None:
        """Read the warehouses again and show the first (or the one shown before)."""
        try:
            warehouses = self.services.warehouses.all(self.actor)
        except DomainError as exc:
            show_error(self, exc)
            return
        keep = self.current.warehouse.id if self.current else None
        self.warehouses.blockSignals(True)
        self.warehouses.clear()
        for w in warehouses:
            self.warehouses.addItem(f"{w.code} – {w.name}", w.id)
        self.warehouses.blockSignals(False)
        if not warehouses:
            self.total.setText(tr("warehouse.none"))
            return
        index = max(0, self.warehouses.findData(keep)) if keep is not None else 0
        self.warehouses.setCurrentIndex(index)
        self.show_warehouse(int(self.warehouses.itemData(index)))

    def show_warehouse(self, warehouse_id: int) -> None:
        """Show a warehouse's tree, its top level expanded."""
        try:
            tree = self.services.warehouses.tree(self.actor, warehouse_id)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.current = tree
        self.model.set_nodes(tree.nodes)
        self.tree.expandToDepth(0)
        self.total.setText(tr("warehouse.total", count=number(tree.total)))
        self.mixed.show_message(_mixed_text(tree))
        self.items.set_rows([])
        self.items_title.setText(tr("warehouse.empty"))
        combo = self.warehouses.findData(warehouse_id)
        if combo >= 0 and combo != self.warehouses.currentIndex():
            self.warehouses.blockSignals(True)
            self.warehouses.setCurrentIndex(combo)
            self.warehouses.blockSignals(False)

    def open_location(self, location_id: int) -> None:
        """Select a location (switching warehouse if need be), expand to it, list its items."""
        try:
            location = self.services.warehouses.location(self.actor, location_id)
        except DomainError as exc:
            show_error(self, exc)
            return
        if self.current is None or self.current.warehouse.id != location.warehouse_id:
            self.show_warehouse(location.warehouse_id)
        index = self.model.index_of(location_id)
        if not index.isValid():  # added since the tree was read
            self.show_warehouse(location.warehouse_id)
            index = self.model.index_of(location_id)
        parent = index.parent()
        while parent.isValid():
            self.tree.expand(parent)
            parent = parent.parent()
        self.tree.expand(index)
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)

    def current_location_id(self) -> int | None:
        """The selected location's id, or None when none is selected."""
        index = self.tree.currentIndex()
        return self.model.node(index).location.id if index.isValid() else None

    def _warehouse_changed(self, index: int) -> None:
        if index >= 0:
            self.show_warehouse(int(self.warehouses.itemData(index)))

    def _location_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = [i for i in selected.indexes() if i.column() == 0]
        if indexes:
            self._show_items(self.model.node(indexes[0]))

    def _show_items(self, node: LocationNode) -> None:
        try:
            rows = self.services.warehouses.location_items(self.actor, node.location.id, ITEM_LIMIT)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.items.set_rows(rows)
        name, count = node.location.full_name, number(node.count)
        self.items_title.setText(
            tr("warehouse.items_capped", name=name, count=count, shown=len(rows))
            if len(rows) < node.count
            else tr("warehouse.items_at", name=name, count=count)
        )

    def _item_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self.itemSelected.emit(int(indexes[0].data(RowIdRole)))


def _mixed_text(tree: WarehouseTree) -> str:
    """The mixed locations as links (a click opens the location), or "" when there are none."""
    if not tree.mixed:
        return ""
    names = {node.location.id: node.location.full_name for node in tree.nodes}
    links = [
        f'<a href="{loc}">{escape(names.get(loc, str(loc)))}</a>'
        for loc in tree.mixed[:MIXED_SHOWN]
    ]
    if len(tree.mixed) > MIXED_SHOWN:
        links.append(escape(tr("warehouse.mixed_more", count=len(tree.mixed) - MIXED_SHOWN)))
    return tr("warehouse.mixed", places="; ".join(links))
