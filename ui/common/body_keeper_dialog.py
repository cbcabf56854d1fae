"""Who of another body did it: the keeper of a police or third-party warehouse moves and
issues the items kept there himself (Decree 152/2026 Art 37.2.đ, 37.3)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from evidence_app.domain.keeping import keeping_body
from evidence_app.services.core.auth import Actor
from evidence_app.services.custody import BodyKeeper
from evidence_app.services.facade import Services
from ui.common.widgets import ErrorLabel, ok_cancel
from ui.strings import tr


def other_body(services: Services, actor: Actor, warehouse_ids: Iterable[int | None]) -> str:
    """The body keeping one of these warehouses if it is not ours nor the Treasury, else ""."""
    wanted = {w for w in warehouse_ids if w is not None}
    for w in services.warehouses.all(actor):
        body = keeping_body(w.custodian_kind, w.custodian_name, w.name)
        if w.id in wanted and body:
            return body
    return ""


class BodyKeeperDialog(QDialog):
    """The other body's keeper's name (required) and position."""

    def __init__(self, body: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("body_keeper.title"))
        self.name, self.position = QLineEdit(), QLineEdit()
        self.name.setAccessibleName(tr("body_keeper.name"))
        self.position.setAccessibleName(tr("body_keeper.position"))
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(tr("body_keeper.name"), self.name)
        form.addRow(tr("body_keeper.position"), self.position)
        layout = QVBoxLayout(self)
        self.setMinimumWidth(480)
        intro = QLabel(tr("body_keeper.intro", body=body))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self, self._accept))

    def _accept(self) -> None:
        if not self.name.text().strip():
            self.error.show_message(tr("body_keeper.name_required"))
            return
        self.accept()

    def keeper(self) -> BodyKeeper:
        return BodyKeeper(self.name.text().strip(), self.position.text().strip())

    @classmethod
    def ask(cls, parent: QWidget | None, body: str) -> BodyKeeper | None:
        """The keeper typed, or None when cancelled (tests replace this)."""
        dialog = cls(body, parent)
        return dialog.keeper() if dialog.exec() == QDialog.DialogCode.Accepted else None
