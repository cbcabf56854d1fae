"""The officer records what a judgment orders for items of a case (Law Art 56–60), and the
notices that start the deadlines of Art 57 and 59."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.disposition import DispositionSource
from evidence_app.domain.enums import Disposition, NoticeKind
from evidence_app.domain.errors import DomainError, ValidationError
from evidence_app.domain.labels import label
from evidence_app.services.core.auth import Actor
from evidence_app.services.core.dto import CaseView, ItemRow, ItemView
from evidence_app.services.core.login import Witness
from evidence_app.services.custody import DispositionOrder, NoticeDraft
from evidence_app.services.facade import Services
from ui.access import WitnessDialog
from ui.common.errors import message_of
from ui.common.formats import qdate, today_qdate
from ui.common.widgets import ErrorLabel, heading, ok_cancel
from ui.strings import language, tr


class DispositionDialog(QDialog):
    """Disposition, and the judgment or decision ordering it (the case's judgment offered)."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        case: CaseView,
        items: Sequence[ItemRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.actor, self.items = services, actor, tuple(items)
        self.setWindowTitle(tr("disposition.title"))
        self.setMinimumWidth(520)
        self.disposition = QComboBox()
        for value in Disposition:
            if value is not Disposition.UNDECIDED:
                self.disposition.addItem(label(value, language()), value)
        self.number, self.body = QLineEdit(case.judgment_number), QLineEdit(case.court)
        self.issued_on = QDateEdit(
            qdate(case.judgment_date) if case.judgment_date else today_qdate()
        )
        self.issued_on.setDisplayFormat("dd/MM/yyyy")
        self.issued_on.setCalendarPopup(True)
        codes = ", ".join(i.code for i in self.items[:6]) + (" …" if len(self.items) > 6 else "")
        listed = QLabel(tr("disposition.items", count=len(self.items), codes=codes))
        listed.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("disposition.ordered"), self.disposition)
        form.addRow(tr("disposition.number"), self.number)
        form.addRow(tr("disposition.date"), self.issued_on)
        form.addRow(tr("disposition.body"), self.body)
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("disposition.title"), tr("disposition.hint")))
        layout.addWidget(listed)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self, self.record))

    def order(self) -> DispositionOrder:
        source = DispositionSource(
            self.number.text(),
            self.issued_on.date().toPython(),
            self.body.text(),  # type: ignore[arg-type]
        )
        return DispositionOrder(Disposition(self.disposition.currentData()), source)

    def record(self) -> None:
        """One transaction for every item; a refusal stays in the dialog, nothing written.
        Changing what was ordered for cash, gold, drugs or weapons asks a second person for
        their own password (issue 17); cancelling it leaves everything as it was."""
        ids, order = [i.id for i in self.items], self.order()

        def record(witness: Witness | None) -> list[ItemView]:
            return self.services.dispositions.record(self.actor, ids, order, witness)

        try:
            try:
                record(None)
            except ValidationError as exc:
                if exc.key != "disposition.second_user_required":
                    raise
                self.error.show_message(message_of(exc))
                title, subtitle = tr("disposition.second_title"), tr("disposition.second_subtitle")
                if WitnessDialog.run(self.services, record, title, subtitle, self) is None:
                    return
        except DomainError as exc:
            self.error.show_message(message_of(exc))
            return
        self.accept()


class NoticeDialog(QDialog):
    """The notice to the parties to collect (Art 59.1) or to the receiving body (Art 57.1)."""

    def __init__(
        self, services: Services, actor: Actor, case: CaseView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services, self.actor, self.case = services, actor, case
        self.setWindowTitle(tr("notice.title"))
        self.setMinimumWidth(480)
        self.kind = QComboBox()
        for kind in NoticeKind:
            self.kind.addItem(label(kind, language()), kind)
        self.number, self.recipient = QLineEdit(), QLineEdit()
        self.notified_on = QDateEdit(today_qdate())
        self.notified_on.setDisplayFormat("dd/MM/yyyy")
        self.notified_on.setCalendarPopup(True)
        form = QFormLayout()
        form.addRow(tr("notice.kind"), self.kind)
        form.addRow(tr("notice.number"), self.number)
        form.addRow(tr("notice.date"), self.notified_on)
        form.addRow(tr("notice.recipient"), self.recipient)
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("notice.title"), tr("notice.hint")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self, self.record))

    def record(self) -> None:
        draft = NoticeDraft(
            NoticeKind(self.kind.currentData()), self.number.text(),
            self.notified_on.date().toPython(), self.recipient.text(),  # type: ignore[arg-type]
        )  # fmt: skip
        try:
            self.services.dispositions.record_notice(self.actor, self.case.id, draft)
        except DomainError as exc:
            self.error.show_message(message_of(exc))
            return
        self.accept()
