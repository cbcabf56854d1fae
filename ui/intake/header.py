"""The head of a handover: the delivering side, the case (found or new), the seizure record."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from evidence_app.domain.enums import PartyRole, Role
from evidence_app.domain.errors import DomainError
from evidence_app.services.catalogue import CaseDraft
from evidence_app.services.core.auth import Actor
from evidence_app.services.facade import Services
from evidence_app.services.intake import IntakeDraft, PartyDraft
from ui.common.formats import today_qdate
from ui.strings import tr

SEARCH_DELAY_MS = 200
PARTIES = (
    ("owner", PartyRole.OWNER),
    ("liable", PartyRole.LIABLE),
    ("creditor", PartyRole.CREDITOR),
)


def date_edit(optional: bool = False) -> QDateEdit:
    """A dd/MM/yyyy date with a calendar; ``optional`` ones start blank (the minimum date)."""
    edit = QDateEdit()
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    if optional:
        edit.setMinimumDate(QDate(1900, 1, 1))
        edit.setSpecialValueText(" ")
        edit.setDate(edit.minimumDate())
    else:
        edit.setDate(today_qdate())
    return edit


def date_of(edit: QDateEdit) -> date | None:
    if edit.specialValueText() and edit.date() == edit.minimumDate():
        return None
    return edit.date().toPython()  # type: ignore[no-any-return]


class IntakeHeader(QWidget):
    """Fields of the handover's head; ``draft(lines)`` gives the IntakeDraft they describe."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.edits: dict[str, QLineEdit] = {}
        giver = QGroupBox(tr("intake.giver"))
        form = QFormLayout(giver)
        for key in ("delivering_body", "representative", "position", "seizure_number"):
            form.addRow(tr(f"intake.{key}"), self._edit(key))
        self.edits["delivering_body"].setPlaceholderText(tr("intake.delivering_body_hint"))
        self.seizure_date = date_edit()
        form.addRow(tr("intake.seizure_date"), self.seizure_date)
        form.addRow(tr("intake.note"), self._edit("note"))
        case_box = QGroupBox(tr("intake.case"))
        case_form = QFormLayout(case_box)
        self.case_search = QLineEdit()
        self.case_search.setPlaceholderText(tr("intake.case_search"))
        self.case_search.setClearButtonEnabled(True)
        self.case_pick = QComboBox()
        self.case_pick.setAccessibleName(tr("intake.case_pick"))
        self.new_case = QCheckBox(tr("intake.new_case"))
        # The enforcement officer attends and signs the minutes (Decree 152 Art 37.2).
        self.officer = QComboBox()
        self.officer.setObjectName("intake_officer")
        self.officer.setAccessibleName(tr("intake.officer"))
        case_form.addRow(self.case_search)
        case_form.addRow(tr("intake.case_pick"), self.case_pick)
        case_form.addRow(tr("intake.officer"), self.officer)
        case_form.addRow(self.new_case)
        self.new_case_box = QWidget()
        new_form = QFormLayout(self.new_case_box)
        new_form.setContentsMargins(0, 0, 0, 0)
        for key in ("case_name", "judgment_number", "court", "decision_number"):
            new_form.addRow(tr(f"intake.{key}"), self._edit(key))
        self.judgment_date, self.decision_date = date_edit(True), date_edit(True)
        new_form.insertRow(2, tr("intake.judgment_date"), self.judgment_date)
        # Ex officio (Law 106/2025 Art 33.2) or on a party's request (Art 34), beside the
        # decision's date so the form is no taller (the statistics split by it).
        self.case_kind = QComboBox()
        self.case_kind.setObjectName("intake_case_kind")
        self.case_kind.setAccessibleName(tr("intake.case_kind"))
        self.case_kind.setToolTip(tr("intake.case_kind_tip"))
        self.case_kind.addItem(tr("intake.ex_officio"), True)
        self.case_kind.addItem(tr("intake.on_request"), False)
        decided = QWidget()
        decided_row = QHBoxLayout(decided)
        decided_row.setContentsMargins(0, 0, 0, 0)
        decided_row.addWidget(self.decision_date, 1)
        decided_row.addWidget(self.case_kind, 1)
        new_form.addRow(tr("intake.decision_date"), decided)
        for key, _role in PARTIES:
            new_form.addRow(tr(f"intake.{key}_party"), self._edit(f"party_{key}"))
        case_form.addRow(self.new_case_box)
        self.new_case.toggled.connect(self._new_case_toggled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(giver, 1)
        layout.addWidget(case_box, 1)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_case_search)
        self.case_search.textChanged.connect(lambda _t: self._timer.start())
        self.reset()

    def _edit(self, key: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(f"intake_{key}")
        self.edits[key] = edit
        return edit

    def _new_case_toggled(self, on: bool) -> None:
        self.new_case_box.setVisible(on)
        self.case_pick.setEnabled(not on)
        self.case_search.setEnabled(not on)

    def run_case_search(self) -> None:
        """Cases whose name or numbers hold every typed word, newest first."""
        try:
            cases = self.services.cases.search(self.actor, self.case_search.text(), limit=50)
        except DomainError:
            cases = []
        self.case_pick.clear()
        self.case_pick.addItem(tr("intake.case_none"), None)
        for case in cases:
            number = f" ({case.judgment_number})" if case.judgment_number else ""
            self.case_pick.addItem(f"{case.name}{number}", case.id)
        if cases and self.case_search.text().strip():
            self.case_pick.setCurrentIndex(1)

    def _fill_officers(self) -> None:
        """The case's own officer by default; or any active enforcement officer."""
        self.officer.clear()
        self.officer.addItem(tr("intake.officer_of_case"), None)
        try:
            users = self.services.users.all(self.actor)
        except DomainError:
            users = []
        for user in users:
            if user.active and Role.OFFICER in user.roles:
                self.officer.addItem(user.full_name, user.id)

    def case_id(self) -> int | None:
        data = self.case_pick.currentData()
        return None if self.new_case.isChecked() or data is None else int(data)

    def draft(self, lines: tuple = ()) -> IntakeDraft:  # type: ignore[type-arg]
        e = {key: edit.text() for key, edit in self.edits.items()}
        new_case = parties = None
        if self.new_case.isChecked():
            new_case = CaseDraft(
                name=e["case_name"],
                judgment_number=e["judgment_number"],
                judgment_date=date_of(self.judgment_date),
                court=e["court"],
                decision_number=e["decision_number"],
                decision_date=date_of(self.decision_date),
                officer_id=self.officer.currentData(),
                ex_officio=bool(self.case_kind.currentData()),
            )
            parties = tuple(
                PartyDraft(role, e[f"party_{key}"])
                for key, role in PARTIES
                if e[f"party_{key}"].strip()
            )
        return IntakeDraft(
            delivering_body=e["delivering_body"],
            representative=e["representative"],
            representative_position=e["position"],
            case_id=self.case_id(),
            new_case=new_case,
            parties=parties or (),
            seizure_record_number=e["seizure_number"],
            seizure_record_date=date_of(self.seizure_date),
            note=e["note"],
            lines=lines,
            officer_id=self.officer.currentData(),
        )

    def reset(self) -> None:
        for edit in self.edits.values():
            edit.clear()
        self.new_case.setChecked(False)
        self._new_case_toggled(False)
        self.seizure_date.setDate(today_qdate())
        for edit in (self.judgment_date, self.decision_date):
            edit.setDate(edit.minimumDate())
        self.case_kind.setCurrentIndex(0)
        self.case_search.clear()
        self.run_case_search()
        self._fill_officers()
