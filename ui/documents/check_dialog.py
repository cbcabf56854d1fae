"""The answer to "does this paper still match the database?": green, or red with what differs."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from evidence_app.domain.enums import DocumentKind
from evidence_app.domain.labels import label
from evidence_app.services.documents import DocumentCheck
from ui.common.formats import day
from ui.strings import language, tr

OK_STYLE = "background: #1b7f3b; color: white; font-weight: bold; padding: 10px;"
BAD_STYLE = "background: #b3261e; color: white; font-weight: bold; padding: 10px;"


def check_lines(check: DocumentCheck) -> list[str]:
    """The result in words: verdict, which document, how it was checked, what differs."""
    doc = check.document
    lines = [
        tr("docs.check.ok") if check.ok else tr("docs.check.bad"),
        tr(
            "docs.check.document",
            number=doc.number,
            date=day(doc.issued_on),
            kind=label(DocumentKind(doc.kind), language()),
        ),
        tr("docs.check.code", code=_grouped(doc.verification_code)),
        tr("docs.check.paper") if check.paper_checked else tr("docs.check.record_only"),
    ]
    if check.ok:
        lines.append(tr("docs.check.items", count=len(doc.chain_heads)))
    else:
        lines.append(tr("docs.check.differs"))
        lines += [f"• {problem.message(language())}" for problem in check.problems]
    return lines


def _grouped(code: str) -> str:
    short = code[:16].upper()
    return "-".join(short[i : i + 4] for i in range(0, len(short), 4))


class DocumentCheckDialog(QDialog):
    """Modal result of a document check; tests replace ``present``."""

    def __init__(self, check: DocumentCheck, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("docs.check.title"))
        self.setMinimumWidth(480)
        lines = check_lines(check)
        layout = QVBoxLayout(self)
        self.verdict = QLabel(lines[0])
        self.verdict.setObjectName("verdict")
        self.verdict.setStyleSheet(OK_STYLE if check.ok else BAD_STYLE)
        layout.addWidget(self.verdict)
        self.details = QLabel("\n".join(lines[1:]))
        self.details.setWordWrap(True)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("docs.close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def present(cls, parent: QWidget | None, check: DocumentCheck) -> None:
        cls(check, parent).exec()
