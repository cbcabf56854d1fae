"""What the last recorded handover created: the item codes and the documents issued, which
open, print and check from the document list right here."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from evidence_app.services.core.auth import Actor
from evidence_app.services.facade import Services
from evidence_app.services.intake import IntakeResult
from ui.documents import DocumentList
from ui.strings import tr


def summary_text(result: IntakeResult) -> str:
    codes = ", ".join(item.code for item in result.items)
    text = tr("intake.done", count=len(result.items), codes=codes)
    if result.documents:
        numbers = ", ".join(f"{d.title} {d.number}" for d in result.documents)
        return f"{text}\n{tr('intake.documents', documents=numbers)}"
    return f"{text}\n{tr('intake.no_documents')}"


class IntakeSummary(QGroupBox):
    """Hidden until a handover is recorded; then its codes and documents."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(tr("intake.done_title"), parent)
        self.services, self.actor = services, actor
        self.result: IntakeResult | None = None
        self.text = QLabel()
        self.text.setObjectName("intake_summary")
        self.text.setWordWrap(True)
        self.text.setStyleSheet("color: #1b5e20;")
        self.documents = DocumentList(services, actor)
        self.documents.table.setMaximumHeight(150)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.documents)
        self.hide()

    def show_result(self, result: IntakeResult) -> None:
        self.result = result
        self.text.setText(summary_text(result))
        self.documents.model.set_rows(list(result.documents))
        if result.documents:
            self.documents.table.selectRow(0)  # the handover minutes, ready to print
        self.show()
