"""The warehouse set-up tab: warehouses with who keeps them, each one's location tree, a
location or a whole row of them ("Kệ A1–A20, 5 tầng") added, their labels printed."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QSplitter,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.enums import CustodianKind, LocationKind
from evidence_app.domain.errors import DomainError
from evidence_app.domain.labels import label
from evidence_app.services.catalogue import MAX_RANGE, LocationRange, range_names
from evidence_app.services.core.auth import Actor
from evidence_app.services.core.dto import LocationView, WarehouseView
from evidence_app.services.facade import Services
from ui.common.errors import message_of, show_error
from ui.common.formats import number
from ui.common.view_parts import keyed_table
from ui.common.widgets import ErrorLabel, action_row, heading, ok_cancel
from ui.documents import LabelPrintDialog
from ui.strings import language, tr

#: What a row of each kind is divided into, as the range dialog offers it.
LEVELS_OF = {
    LocationKind.ZONE: LocationKind.ROOM,
    LocationKind.ROOM: LocationKind.SHELF,
    LocationKind.SHELF: LocationKind.BIN,
}


@dataclass(frozen=True)
class WarehouseDraft:
    code: str
    name: str
    custodian_kind: CustodianKind
    custodian_name: str
    address: str


def _kind_combo(kinds: list[LocationKind] | list[CustodianKind], name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for kind in kinds:
        combo.addItem(label(kind, language()), kind)
    return combo


def _edit(name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    return edit


class WarehouseDialog(QDialog):
    """A new warehouse: code, name, who keeps it (the agency, the police…), address."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("setup.warehouse_dialog"))
        self.setMinimumWidth(460)
        self.code = _edit("code", "K01")
        self.name = _edit("name", tr("setup.name_example"))
        self.custodian_kind = _kind_combo(list(CustodianKind), "custodian_kind")
        self.custodian_name = _edit("custodian_name")
        self.address = _edit("address")
        form = QFormLayout()
        form.addRow(tr("setup.code"), self.code)
        form.addRow(tr("setup.name"), self.name)
        form.addRow(tr("setup.custodian_kind"), self.custodian_kind)
        form.addRow(tr("setup.custodian_name"), self.custodian_name)
        form.addRow(tr("setup.address"), self.address)
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("setup.warehouse_dialog"), tr("setup.warehouse_note")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self))

    def values(self) -> WarehouseDraft:
        return WarehouseDraft(
            self.code.text(),
            self.name.text(),
            self.custodian_kind.currentData(),
            self.custodian_name.text(),
            self.address.text(),
        )


class LocationDialog(QDialog):
    """One location under the chosen one (or at the top of the warehouse)."""

    def __init__(self, under: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("setup.location_dialog"))
        self.setMinimumWidth(420)
        self.name = _edit("name", tr("setup.location_example"))
        self.kind = _kind_combo(list(LocationKind), "kind")
        form = QFormLayout()
        form.addRow(tr("setup.under"), QLabel(under))
        form.addRow(tr("setup.name"), self.name)
        form.addRow(tr("setup.kind"), self.kind)
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("setup.location_dialog")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self))

    def values(self) -> tuple[str, LocationKind]:
        return self.name.text(), self.kind.currentData()


class RangeDialog(QDialog):
    """A row of locations: "Kệ A" 1 to 20, each with 5 levels; what it makes shows as typed."""

    def __init__(self, under: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("setup.range_dialog"))
        self.setMinimumWidth(460)
        self.kind = _kind_combo(list(LocationKind), "kind")
        self.kind.setCurrentIndex(list(LocationKind).index(LocationKind.SHELF))
        self.prefix = _edit("prefix", "Kệ A")
        self.first, self.last = QSpinBox(), QSpinBox()
        self.levels = QSpinBox()
        for box, name, value in ((self.first, "first", 1), (self.last, "last", 10)):
            box.setObjectName(name)
            box.setRange(0, 9999)
            box.setValue(value)
        self.levels.setObjectName("levels")
        self.levels.setRange(0, 50)
        self.level_name = _edit("level_name")
        self.level_name.setText(tr("setup.level_default"))
        self.preview = QLabel()
        self.preview.setObjectName("preview")
        self.preview.setWordWrap(True)
        # Room for two lines from the start: the dialog does not jump while the user types.
        self.preview.setMinimumHeight(self.preview.fontMetrics().lineSpacing() * 2 + 6)
        numbers = QHBoxLayout()
        numbers.addWidget(self.first)
        numbers.addWidget(QLabel("–"))
        numbers.addWidget(self.last)
        form = QFormLayout()
        form.addRow(tr("setup.under"), QLabel(under))
        form.addRow(tr("setup.kind"), self.kind)
        form.addRow(tr("setup.prefix"), self.prefix)
        form.addRow(tr("setup.numbers"), numbers)
        form.addRow(tr("setup.levels"), self.levels)
        form.addRow(tr("setup.level_name"), self.level_name)
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(
            heading(tr("setup.range_dialog"), tr("setup.range_note", limit=number(MAX_RANGE)))
        )
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self))
        for signal in (self.first.valueChanged, self.last.valueChanged, self.levels.valueChanged):
            signal.connect(self._show_preview)
        self.prefix.textChanged.connect(self._show_preview)
        self.level_name.textChanged.connect(self._show_preview)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def values(self) -> LocationRange:
        return LocationRange(
            self.kind.currentData(),
            self.prefix.text(),
            self.first.value(),
            self.last.value(),
            self.levels.value(),
            self.level_name.text().strip(),
        )

    def _kind_changed(self) -> None:
        can_divide = self.kind.currentData() in LEVELS_OF
        self.levels.setEnabled(can_divide)
        self.level_name.setEnabled(can_divide)
        if not can_divide:
            self.levels.setValue(0)
        self._show_preview()

    def _show_preview(self) -> None:
        draft = self.values()
        if draft.first > draft.last or not draft.prefix.strip():
            self.preview.setText("")
            return
        names = range_names(draft)
        count = len(names) * (1 + draft.levels)
        shown = names[0][0] if len(names) == 1 else f"{names[0][0]} … {names[-1][0]}"
        text = tr("setup.preview", names=shown, count=number(count))
        if draft.levels:
            text += " " + tr("setup.preview_levels", levels=draft.levels, first=names[0][1][0])
        self.preview.setText(text)


class WarehousesTab(QWidget):
    """Warehouses on the left, the chosen one's locations on the right, the actions below."""

    WAREHOUSE_COLUMNS = ("code", "name", "custodian_kind", "custodian_name")

    def __init__(self, services: Services, actor: Actor) -> None:
        super().__init__()
        self.services, self.actor = services, actor
        self.warehouses: list[WarehouseView] = []
        self.locations: dict[int, LocationView] = {}
        self.table = keyed_table(tuple(f"setup.col_{c}" for c in self.WAREHOUSE_COLUMNS), 1)
        self.table.setObjectName("warehouses")
        self.tree = QTreeWidget()
        self.tree.setObjectName("locations")
        self.tree.setHeaderLabels([tr("setup.col_location"), tr("setup.col_location_code")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(self.tree)
        split.setChildrenCollapsible(False)
        split.setSizes([420, 520])
        row, self.buttons = action_row(
            "setup",
            (
                ("new_warehouse", self.new_warehouse),
                ("new_location", self.new_location),
                ("new_range", self.new_range),
                ("import_file", self.import_file),
                ("print_labels", self.print_labels),
            ),
        )
        self.result = QLabel()
        self.result.setObjectName("result")
        self.result.setWordWrap(True)
        note = QLabel(tr("setup.note"))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(split, 1)
        layout.addLayout(row)
        layout.addWidget(self.result)
        self.table.itemSelectionChanged.connect(self._warehouse_changed)
        self.tree.itemSelectionChanged.connect(self._enable)
        self.reload()

    # Reading --------------------------------------------------------------------------------

    def reload(self, select_code: str | None = None) -> None:
        current = self.warehouse()
        keep = select_code or (current.code if current else None)
        try:
            self.warehouses = self.services.warehouses.all(self.actor)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.table.setRowCount(len(self.warehouses))
        for r, w in enumerate(self.warehouses):
            texts = (w.code, w.name, label(w.custodian_kind, language()), w.custodian_name)
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(w.address or text)
                self.table.setItem(r, c, item)
        codes = [w.code for w in self.warehouses]
        if self.warehouses:
            self.table.selectRow(codes.index(keep) if keep in codes else 0)
        self._warehouse_changed()

    def warehouse(self) -> WarehouseView | None:
        row = self.table.currentRow()
        return self.warehouses[row] if 0 <= row < len(self.warehouses) else None

    def selected_location(self) -> LocationView | None:
        items = self.tree.selectedItems()
        return self.locations.get(items[0].data(0, 256)) if items else None

    def _warehouse_changed(self) -> None:
        self.tree.clear()
        self.locations = {}
        warehouse = self.warehouse()
        if warehouse is not None:
            try:
                tree = self.services.warehouses.tree(self.actor, warehouse.id)
            except DomainError as exc:
                show_error(self, exc)
                return
            items: dict[int, QTreeWidgetItem] = {}
            for node in tree.nodes:
                loc = node.location
                self.locations[loc.id] = loc
                text = f"{loc.name} ({label(loc.kind, language())})"
                parent = items.get(loc.parent_id) if loc.parent_id else None
                item = QTreeWidgetItem(parent or self.tree, [text, loc.code])
                item.setData(0, 256, loc.id)
                items[loc.id] = item
            self.tree.expandToDepth(1)
        self._enable()

    def _enable(self) -> None:
        has_warehouse = self.warehouse() is not None
        for name in ("new_location", "new_range", "import_file", "print_labels"):
            self.buttons[name].setEnabled(has_warehouse)

    def _under(self) -> str:
        chosen = self.selected_location()
        warehouse = self.warehouse()
        if chosen is not None:
            return chosen.full_name
        return tr("setup.top_of", warehouse=warehouse.name if warehouse else "")

    def _select_location(self, location_id: int) -> None:
        for item in self._all_items():
            if item.data(0, 256) == location_id:
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)
                return

    def _all_items(self) -> list[QTreeWidgetItem]:
        found, stack = [], [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            found.append(item)
            stack.extend(item.child(i) for i in range(item.childCount()))
        return found

    # Actions: the dialogs collect values; these methods are what tests call -------------------

    def create_warehouse(self, draft: WarehouseDraft) -> str | None:
        """The error to show in the dialog, or None once saved."""
        try:
            made = self.services.warehouses.create(
                self.actor, draft.code, draft.name, draft.custodian_kind, draft.custodian_name,
                draft.address,
            )  # fmt: skip
        except DomainError as exc:
            return message_of(exc)
        self.reload(select_code=made.code)
        self.result.setText(tr("setup.warehouse_saved", code=made.code, name=made.name))
        return None

    def add_location(self, name: str, kind: LocationKind) -> str | None:
        warehouse, parent = self.warehouse(), self.selected_location()
        if warehouse is None:
            return tr("setup.choose_warehouse")
        try:
            made = self.services.warehouses.add_location(
                self.actor, warehouse.id, name, kind, parent.id if parent else None
            )
        except DomainError as exc:
            return message_of(exc)
        self._warehouse_changed()
        self._select_location(made.id)
        self.result.setText(tr("setup.location_saved", name=made.full_name, code=made.code))
        return None

    def add_range(self, draft: LocationRange) -> str | None:
        warehouse, parent = self.warehouse(), self.selected_location()
        if warehouse is None:
            return tr("setup.choose_warehouse")
        try:
            made = self.services.warehouses.add_location_range(
                self.actor, warehouse.id, draft, parent.id if parent else None
            )
        except DomainError as exc:
            return message_of(exc)
        self._warehouse_changed()
        if parent is not None:
            self._select_location(parent.id)
        self.result.setText(tr("setup.range_saved", count=number(len(made)), under=self._under()))
        return None

    def import_locations(self, path: str) -> str | None:
        """The chosen warehouse's locations from a spreadsheet: the problems, or None."""
        warehouse = self.warehouse()
        if warehouse is None:
            return tr("setup.choose_warehouse")
        try:
            done = self.services.location_import.import_file(self.actor, warehouse.id, path)
        except DomainError as exc:
            lines = [p.message(language()) for p in getattr(exc, "problems", ())]
            return "\n".join(lines[:12]) or message_of(exc)
        self._warehouse_changed()
        self.result.setText(
            tr("setup.imported", count=number(len(done.codes)), file=done.file_name)
        )
        return None

    @classmethod
    def ask_path(cls, parent: QWidget) -> str:
        """The spreadsheet to import; tests replace this."""
        chosen, _ = QFileDialog.getOpenFileName(
            parent, tr("setup.import_file"), "", tr("setup.import_filter")
        )
        return chosen

    def import_file(self) -> None:
        path = self.ask_path(self)
        if not path:
            return
        problems = self.import_locations(path)
        if problems is not None:
            self.result.setText(problems)

    def label_codes(self) -> list[str]:
        """The chosen location and everything below it; with none chosen, the whole warehouse."""
        chosen = self.selected_location()
        locations = list(self.locations.values())
        if chosen is not None:
            locations = [loc for loc in locations if loc.path.startswith(chosen.path)]
        return [loc.code for loc in locations]

    def new_warehouse(self) -> None:
        dialog = WarehouseDialog(self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            error = self.create_warehouse(dialog.values())
            if error is None:
                return
            dialog.error.show_message(error)

    def new_location(self) -> None:
        dialog = LocationDialog(self._under(), self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            error = self.add_location(*dialog.values())
            if error is None:
                return
            dialog.error.show_message(error)

    def new_range(self) -> None:
        dialog = RangeDialog(self._under(), self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            error = self.add_range(dialog.values())
            if error is None:
                return
            dialog.error.show_message(error)

    def print_labels(self) -> bool:
        codes = self.label_codes()
        if not codes:
            self.result.setText(tr("setup.no_locations"))
            return False
        return LabelPrintDialog.ask(self, self.services, self.actor, codes, locations=True)
