"""The Units tab (issue 21): the provincial agency and its regional offices; give a unit its
warehouses; grant a user a role in a unit (a person may hold roles in two)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.enums import Role
from evidence_app.domain.errors import DomainError
from evidence_app.domain.labels import label
from evidence_app.services.core.auth import Actor
from evidence_app.services.facade import Services
from ui.common.errors import message_of
from ui.common.widgets import ErrorLabel
from ui.strings import language, tr


class UnitsTab(QWidget):
    def __init__(self, services: Services, actor: Actor) -> None:
        super().__init__()
        self.services, self.actor = services, actor
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("units_table")
        self.table.setHorizontalHeaderLabels(
            [
                tr(k)
                for k in (
                    "units.col_code",
                    "units.col_name",
                    "units.col_warehouses",
                    "units.col_people",
                )
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.error = ErrorLabel()
        self.done = QLabel()
        self.done.setObjectName("units_done")

        self.code, self.name = QLineEdit(), QLineEdit()
        self.code.setObjectName("unit_code")
        self.name.setObjectName("unit_name")
        self.create_button = QPushButton(tr("units.create"))
        self.create_button.setObjectName("unit_create")
        self.create_button.clicked.connect(self.create_unit)
        new_box = QGroupBox(tr("units.new_box"))
        new_form = QFormLayout(new_box)
        new_form.addRow(tr("units.code"), self.code)
        new_form.addRow(tr("units.name"), self.name)
        new_form.addRow("", self.create_button)

        self.warehouse, self.assign_unit = QComboBox(), QComboBox()
        self.warehouse.setObjectName("assign_warehouse")
        self.assign_unit.setObjectName("assign_unit")
        self.assign_button = QPushButton(tr("units.assign"))
        self.assign_button.setObjectName("assign_button")
        self.assign_button.clicked.connect(self.assign_warehouse)
        assign_box = QGroupBox(tr("units.assign_box"))
        assign_form = QFormLayout(assign_box)
        assign_form.addRow(tr("units.warehouse"), self.warehouse)
        assign_form.addRow(tr("units.unit"), self.assign_unit)
        assign_form.addRow("", self.assign_button)

        self.user, self.role, self.grant_unit = QComboBox(), QComboBox(), QComboBox()
        self.user.setObjectName("grant_user")
        self.role.setObjectName("grant_role")
        self.grant_unit.setObjectName("grant_unit")
        for role in Role:
            self.role.addItem(label(role, language()), role)
        self.grant_button = QPushButton(tr("units.grant"))
        self.grant_button.setObjectName("grant_button")
        self.grant_button.clicked.connect(self.grant_role)
        grant_box = QGroupBox(tr("units.grant_box"))
        grant_form = QFormLayout(grant_box)
        grant_form.addRow(tr("units.user"), self.user)
        grant_form.addRow(tr("units.role"), self.role)
        grant_form.addRow(tr("units.unit"), self.grant_unit)
        grant_form.addRow("", self.grant_button)

        # A long warehouse or unit name never widens the three boxes past a 1366×768
        # laptop's window: each list shows about 16 characters and opens to the whole name.
        for combo in (self.warehouse, self.assign_unit, self.user, self.role, self.grant_unit):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)
        boxes = QHBoxLayout()
        for box in (new_box, assign_box, grant_box):
            boxes.addWidget(box, 1)
        layout = QVBoxLayout(self)
        note = QLabel(tr("units.note"))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(boxes)
        layout.addWidget(self.error)
        layout.addWidget(self.done)
        self.refresh()

    def refresh(self) -> None:
        units = self.services.units.all(self.actor)
        self.table.setRowCount(len(units))
        for row, u in enumerate(units):
            name = f"{u.name} {tr('units.provincial')}" if u.provincial else u.name
            cells = (u.code, name, str(len(u.warehouse_ids)), str(len(u.user_ids)))
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        for combo in (self.assign_unit, self.grant_unit):
            combo.clear()
            for u in units:
                combo.addItem(f"{u.code} – {u.name}", u.id)
        self.warehouse.clear()
        for w in self.services.warehouses.all(self.actor):
            self.warehouse.addItem(f"{w.code} – {w.name}", w.id)
        self.user.clear()
        for person in self.services.users.all(self.actor):
            self.user.addItem(f"{person.username} – {person.full_name}", person.id)

    def _run(self, action: object) -> bool:
        self.error.clear_message()
        self.done.setText("")
        try:
            action()  # type: ignore[operator]
        except DomainError as exc:
            self.error.show_message(message_of(exc))
            return False
        self.done.setText(tr("units.done"))
        self.refresh()
        return True

    def create_unit(self) -> None:
        if self._run(
            lambda: self.services.units.create(self.actor, self.code.text(), self.name.text())
        ):
            self.code.clear()
            self.name.clear()

    def assign_warehouse(self) -> None:
        warehouse_id, unit_id = self.warehouse.currentData(), self.assign_unit.currentData()
        if warehouse_id is None or unit_id is None:
            return
        self._run(lambda: self.services.units.assign_warehouse(self.actor, warehouse_id, unit_id))

    def grant_role(self) -> None:
        user_id, role = self.user.currentData(), Role(self.role.currentData())
        unit_id = self.grant_unit.currentData()
        if user_id is None or role is None or unit_id is None:
            return

        def grant() -> None:
            users = self.services.users
            person = next(u for u in users.all(self.actor) if u.id == user_id)
            held = self.services.units.roles_in(self.actor, user_id, unit_id)
            users.set_roles(self.actor, user_id, held | {role}, person.version, unit_id=unit_id)

        self._run(grant)
