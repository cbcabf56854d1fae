"""The written statements of a handover line (Decree 152/2026 Art 37.2.b–c), each group shown
only when the line calls for it: the custodian head's confirmation when the item differs from
the seizure record, the contents when it comes sealed, the competent body's conclusion when the
seal is torn or suspicious, the examination conclusion when the category needs one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QGridLayout, QLabel, QLineEdit, QWidget

from evidence_app.services.intake import Conclusion, Confirmation, Contents, IntakeLineDraft
from ui.intake.header import date_edit, date_of
from ui.strings import tr

#: The groups and their fields, in the order they are typed; dates are typed dd/mm/yyyy.
GROUPS: dict[str, tuple[str, ...]] = {
    "confirmation": ("confirmation_number", "confirmation_date", "confirmation_signer",
                     "confirmation_position"),
    "contents": ("contents_quantity", "contents_type", "contents_quality"),
    "seal": ("seal_body", "seal_number", "seal_date"),
    "exam": ("exam_body", "exam_number", "exam_date"),
}  # fmt: skip
DATES = frozenset({"confirmation_date", "seal_date", "exam_date"})


class StatementFields:
    """The four groups laid on the form's own grid from ``first_row`` (so labels wrap as the
    form's do), three label-field pairs a row; Enter in a text field calls ``on_enter``."""

    def __init__(
        self, grid: QGridLayout, first_row: int, label_width: int, on_enter: Callable[[], None]
    ) -> None:
        self.on_enter = on_enter
        self.edits: dict[str, QLineEdit] = {}
        self.dates: dict[str, QDateEdit] = {}
        self.labels: dict[str, QLabel] = {}
        row = first_row
        for names in GROUPS.values():
            for n, name in enumerate(names):
                widget = self._widget(name)
                text = QLabel(tr(f"intake.{name}"))
                text.setBuddy(widget)
                text.setWordWrap(True)
                text.setMaximumWidth(label_width)
                self.labels[name] = text
                grid.addWidget(text, row + n // 3, (n % 3) * 2)
                grid.addWidget(widget, row + n // 3, (n % 3) * 2 + 1)
            row += (len(names) + 2) // 3
        #: The first row after the statements.
        self.end_row = row

    def _widget(self, name: str) -> QWidget:
        if name in DATES:
            edit = date_edit(optional=True)
            edit.setObjectName(f"intake_{name}")
            self.dates[name] = edit
            return edit
        line = QLineEdit()
        line.setObjectName(f"intake_{name}")
        line.returnPressed.connect(self.on_enter)
        self.edits[name] = line
        return line

    def widget(self, name: str) -> QWidget:
        return self.dates.get(name) or self.edits[name]

    def order(self) -> list[QWidget]:
        return [self.widget(name) for names in GROUPS.values() for name in names]

    def show_groups(self, applies: dict[str, bool]) -> None:
        for group, names in GROUPS.items():
            for name in names:
                self.widget(name).setVisible(applies[group])
                self.labels[name].setVisible(applies[group])

    def statements(self, applies: dict[str, bool]) -> dict[str, object]:
        """The draft's statements; a group the line does not call for is left empty."""
        t = {name: edit.text() for name, edit in self.edits.items()}
        d = {name: date_of(edit) for name, edit in self.dates.items()}
        confirmation = Confirmation(
            t["confirmation_number"], d["confirmation_date"],
            t["confirmation_signer"], t["confirmation_position"],
        )  # fmt: skip
        contents = Contents(t["contents_quantity"], t["contents_type"], t["contents_quality"])
        seal = Conclusion(t["seal_body"], t["seal_number"], d["seal_date"])
        exam = Conclusion(t["exam_body"], t["exam_number"], d["exam_date"])
        return {
            "confirmation": confirmation if applies["confirmation"] else Confirmation(),
            "contents": contents if applies["contents"] else Contents(),
            "seal_conclusion": seal if applies["seal"] else Conclusion(),
            "examination": exam if applies["exam"] else Conclusion(),
        }

    def load(self, line: IntakeLineDraft) -> None:
        c, k = line.confirmation, line.contents
        s, e = line.seal_conclusion, line.examination
        texts = {
            "confirmation_number": c.number, "confirmation_signer": c.signer,
            "confirmation_position": c.position, "contents_quantity": k.quantity,
            "contents_type": k.kind, "contents_quality": k.quality, "seal_body": s.body,
            "seal_number": s.number, "exam_body": e.body, "exam_number": e.number,
        }  # fmt: skip
        for name, text in texts.items():
            self.edits[name].setText(text)
        for name, on in (("confirmation_date", c.on), ("seal_date", s.on), ("exam_date", e.on)):
            _set_date(self.dates[name], on)

    def clear(self) -> None:
        for edit in self.edits.values():
            edit.clear()
        for name in DATES:
            _set_date(self.dates[name], None)


def _set_date(edit: QDateEdit, on: date | None) -> None:
    edit.setDate(edit.minimumDate() if on is None else QDate(on.year, on.month, on.day))
