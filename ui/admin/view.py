"""The administration area: one tab per concern, shown to the roles that may use it.

``TABS`` is the list of tabs: (text key, permission any of which shows it, factory); the
holidays and legal values tab lives in ``ui.admin.calendar``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.clock import agency_today
from evidence_app.domain.errors import DomainError
from evidence_app.domain.labels import label
from evidence_app.domain.permissions import Permission, is_allowed
from evidence_app.services.admin import SequenceView
from evidence_app.services.core.auth import Actor
from evidence_app.services.facade import Services
from ui.admin.backup import BackupTab
from ui.admin.calendar import HolidaysTab
from ui.admin.start import StartTab
from ui.admin.units import UnitsTab
from ui.admin.users import UsersTab
from ui.admin.warehouses import WarehousesTab
from ui.common.errors import show_error
from ui.common.widgets import heading, unit_choice
from ui.strings import language, tr

P = Permission


def note_label(text: str) -> QLabel:
    note = QLabel(text)
    note.setWordWrap(True)
    note.setStyleSheet("color: palette(placeholder-text);")
    return note


def read_only_table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    return item


class AgencyTab(QWidget):
    """The agency's details, printed at the head of every document."""

    def __init__(self, services: Services, actor: Actor) -> None:
        super().__init__()
        self.services, self.actor = services, actor
        self.fields = {
            name: QLineEdit()
            for name in ("name", "managing_agency", "place_name", "seal_text", "address")
        }
        form = QFormLayout()
        keys = ("agency_name", "managing_agency", "place_name", "seal_text", "address")
        for (name, edit), key in zip(self.fields.items(), keys, strict=True):
            edit.setObjectName(f"agency_{name}")
            form.addRow(tr(f"admin.{key}"), edit)
        self.save_button = QPushButton(tr("admin.save"))
        self.save_button.setObjectName("agency_save")
        self.save_button.clicked.connect(self.save)
        self.result = QLabel()
        self.result.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note_label(tr("admin.agency_note")))
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.reload()

    def reload(self) -> None:
        agency = self.services.agency.current()
        if agency is not None:
            for name, edit in self.fields.items():
                edit.setText(str(getattr(agency, name)))

    def save(self) -> bool:
        values = {name: edit.text() for name, edit in self.fields.items()}
        try:
            self.services.agency.save(self.actor, **values)
        except DomainError as exc:
            show_error(self, exc)
            return False
        self.result.setText(tr("admin.agency_saved"))
        self.reload()
        return True


class SequencesTab(QWidget):
    """Each document kind's numbers in a year for one unit (each unit numbers its own papers,
    issue 21); the next one set, never at or below a used one. The provincial administrator
    picks the unit; an office's administrator has his office alone."""

    def __init__(self, services: Services, actor: Actor) -> None:
        super().__init__()
        self.services, self.actor = services, actor
        self.rows: list[SequenceView] = []
        try:
            units = services.sequences.units(actor)
        except DomainError:
            units = []
        self.unit = unit_choice("sequence_unit", units)
        self.unit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.unit.setEnabled(len(units) > 1)
        self.unit.currentIndexChanged.connect(self.reload)
        self.year = QSpinBox()
        self.year.setObjectName("sequence_year")
        self.year.setRange(2000, 2200)
        self.year.setValue(agency_today().year)
        self.year.valueChanged.connect(self.reload)
        self.table = read_only_table(
            [tr("admin.col_kind"), tr("admin.col_used"), tr("admin.col_next")]
        )
        self.table.setObjectName("sequences")
        self.next_value = QSpinBox()
        self.next_value.setObjectName("next_value")
        self.next_value.setRange(1, 999_999_999)
        self.set_button = QPushButton(tr("admin.set_next"))
        self.set_button.setObjectName("set_next")
        self.set_button.clicked.connect(self.set_next)
        self.result = QLabel()
        self.result.setWordWrap(True)
        top = QHBoxLayout()
        if units:  # none made yet: the agency's numbering alone
            top.addWidget(QLabel(tr("admin.sequence_unit")))
            top.addWidget(self.unit)
            top.addSpacing(24)
        top.addWidget(QLabel(tr("admin.year")))
        top.addWidget(self.year)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(tr("admin.next_value")))
        bottom.addWidget(self.next_value)
        bottom.addWidget(self.set_button)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(note_label(tr("admin.sequences_note")))
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.result)
        self.table.itemSelectionChanged.connect(self._selected)
        self.reload()

    def reload(self) -> None:
        try:
            self.rows = self.services.sequences.document_sequences(
                self.actor, self.year.value(), self.unit_id()
            )
        except DomainError as exc:
            show_error(self, exc)
            return
        self.table.setRowCount(len(self.rows))
        for row, seq in enumerate(self.rows):
            self.table.setItem(row, 0, cell(label(seq.kind, language())))
            self.table.setItem(row, 1, cell(str(seq.used)))
            self.table.setItem(row, 2, cell(str(seq.next_number)))

    def unit_id(self) -> int | None:
        """The chosen unit; None: the agency's own numbering (no unit made yet)."""
        data = self.unit.currentData()
        return int(data) if data is not None else None

    def _selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            self.next_value.setValue(self.rows[row].next_number)

    def set_next(self) -> bool:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            self.result.setText(tr("admin.choose_kind"))
            return False
        kind = self.rows[row].kind
        try:
            view = self.services.sequences.set_next(
                self.actor, kind, self.year.value(), self.next_value.value(), self.unit_id()
            )
        except DomainError as exc:
            show_error(self, exc)
            return False
        self.reload()
        self.table.selectRow(row)
        self.result.setText(
            tr("admin.sequence_set", kind=label(kind, language()), year=view.year,
               number=view.next_number, unit=self.unit.currentText() or "—")
        )  # fmt: skip
        return True


class LanguageTab(QWidget):
    """The language lives in the workstation's settings dialog; this tab opens it."""

    settingsRequested = Signal()

    def __init__(self, _services: Services, _actor: Actor) -> None:
        super().__init__()
        button = QPushButton(tr("admin.open_settings"))
        button.setObjectName("open_settings")
        button.clicked.connect(self.settingsRequested.emit)
        layout = QVBoxLayout(self)
        layout.addWidget(note_label(tr("admin.language_note")))
        row = QHBoxLayout()
        row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)


TabFactory = Callable[[Services, Actor], QWidget]
#: The tabs in order: (text key, attribute, permissions any of which shows it, factory).
TABS: tuple[tuple[str, str, tuple[Permission, ...], TabFactory], ...] = (
    ("admin.tab_start", "start", (P.MANAGE_USERS, P.MANAGE_SETTINGS), StartTab),
    ("admin.tab_users", "users", (P.MANAGE_USERS,), UsersTab),
    ("admin.tab_agency", "agency", (P.MANAGE_SETTINGS,), AgencyTab),
    ("admin.tab_warehouses", "warehouses", (P.MANAGE_WAREHOUSES,), WarehousesTab),
    ("admin.tab_units", "units", (P.MANAGE_USERS,), UnitsTab),
    ("admin.tab_sequences", "sequences", (P.MANAGE_SETTINGS,), SequencesTab),
    ("admin.tab_backup", "backup", (P.MANAGE_SETTINGS,), BackupTab),
    ("admin.tab_calendar", "calendar", (P.MANAGE_SETTINGS,), HolidaysTab),
    ("admin.tab_language", "language", (P.MANAGE_USERS, P.MANAGE_SETTINGS), LanguageTab),
)


class AdminView(QWidget):
    """The administration area of the main window."""

    #: The user asked for the workstation settings (language, scanner).
    settingsRequested = Signal()
    #: The database was restored: the window must close (its data is gone).
    restored = Signal()

    def __init__(self, services: Services, actor: Actor) -> None:
        super().__init__()
        self.services, self.actor = services, actor
        self.tabs = QTabWidget()
        self.tabs.setObjectName("admin_tabs")
        self.pages: dict[str, QWidget] = {}
        for key, name, permissions, factory in TABS:
            if any(is_allowed(actor.roles, p) for p in permissions):
                page = factory(services, actor)
                self.pages[name] = page
                self.tabs.addTab(page, tr(key))
        start = self.pages.get("start")
        if isinstance(start, StartTab):
            start.openTab.connect(self.open_tab)
            if start.checklist is not None and start.checklist.complete:
                # Set up already: the daily tabs come first.
                self.tabs.setCurrentIndex(1 if self.tabs.count() > 1 else 0)
        language_tab = self.pages.get("language")
        if isinstance(language_tab, LanguageTab):
            language_tab.settingsRequested.connect(self.settingsRequested.emit)
        backup_tab = self.pages.get("backup")
        if isinstance(backup_tab, BackupTab):
            backup_tab.restored.connect(self.restored.emit)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("admin.title"), tr("admin.subtitle")))
        layout.addWidget(self.tabs, 1)

    def show_tab(self, name: str) -> None:
        self.tabs.setCurrentWidget(self.pages[name])

    def open_tab(self, name: str) -> None:
        """Bring the tab ``name`` forward (the checklist's buttons), if this role has it."""
        page = self.pages.get(name)
        if page is not None:
            self.tabs.setCurrentWidget(page)
