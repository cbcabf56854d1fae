"""The entry form under the handover table: one item as counted, checked and placed."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from evidence_app.domain.enums import (
    EXAMINED_CATEGORIES,
    EXPERTISE_REQUIRED_CATEGORIES,
    MONEY_CATEGORIES,
    VALUABLE_CATEGORIES,
    Category,
    ItemKind,
    SealState,
)
from evidence_app.domain.labels import label
from evidence_app.domain.money import notes_text
from evidence_app.services.catalogue import ItemDraft
from evidence_app.services.intake import BROKEN_SEALS, IntakeLineDraft, LineProblem, changed
from ui.intake.places import PlacePicker
from ui.intake.statements import StatementFields
from ui.strings import language, tr

LABEL_WIDTH = 150
UNITS = ("cái", "chiếc", "bộ", "hộp", "chai", "túi", "gói", "kg", "g", "mét", "tờ", "quyển")
#: The words stored before each identifier (documents are Vietnamese whatever the UI language).
IDENTIFIER_WORDS = {"plate": "Biển số", "frame": "Số khung", "engine": "Số máy", "imei": "IMEI"}
GROUPS = {"plate": "vehicle", "frame": "vehicle", "engine": "vehicle", "imei": "phone"}
#: A field marked beside itself when its line is refused (red border, the message as tooltip).
MARKED = "QLineEdit, QDateEdit, QComboBox { border: 1px solid #a61b1b; background: #fdecec; }"
WEIGHED = (
    (VALUABLE_CATEGORIES - MONEY_CATEGORIES) | EXPERTISE_REQUIRED_CATEGORIES | {Category.JEWELLERY}
)


def compose_identifiers(parts: dict[str, str], other: str) -> str:
    """``Biển số: 29B1-123.45; Số khung: …`` followed by the other features typed."""
    words = [f"{IDENTIFIER_WORDS[k]}: {v.strip()}" for k, v in parts.items() if v.strip()]
    return "; ".join([*words, other.strip()] if other.strip() else words)


def split_identifiers(text: str) -> tuple[dict[str, str], str]:
    """The inverse of ``compose_identifiers``, for a line loaded back into the form."""
    prefixes = {f"{word}: ": key for key, word in IDENTIFIER_WORDS.items()}
    parts: dict[str, str] = {}
    rest: list[str] = []
    for piece in filter(None, (p.strip() for p in text.split("; "))):
        key = next((k for p, k in prefixes.items() if piece.startswith(p)), None)
        if key is None:
            rest.append(piece)
        else:
            parts[key] = piece.split(": ", 1)[1]
    return parts, "; ".join(rest)


def _decimal_text(text: str) -> str:
    """What was typed as a number, with a decimal comma accepted."""
    cleaned = text.strip().replace(" ", "")
    return cleaned.replace(",", ".") if "." not in cleaned else cleaned


class LineForm(QWidget):
    """Fields of one line; Enter in any text field emits ``submitted``."""

    submitted = Signal()

    def __init__(self, places: PlacePicker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.places = places
        self.kind = self._combo([(label(k, language()), k) for k in ItemKind])
        # No category until one is chosen: a default (cash) would bring dual control and the
        # wrong papers to every item the keeper forgets to classify.
        self.category = self._combo(
            [(tr("intake.choose_category"), None)] + [(label(c, language()), c) for c in Category]
        )
        self.seal = self._combo([(tr(f"intake.seal.{s.value}"), s) for s in SealState])
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.addItems(UNITS)
        self.edits: dict[str, QLineEdit] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        # (label, field, row, pair column, pairs spanned); the category fields share row 2
        cells = [
            ("intake.kind", self.kind, 0, 0, 1),
            ("intake.category", self.category, 0, 1, 1),
            ("intake.name", self._edit("name"), 0, 2, 1),
            ("intake.quantity", self._edit("quantity"), 1, 0, 1),
            ("intake.unit", self.unit, 1, 1, 1),
            ("intake.recorded_quantity", self._edit("recorded_quantity"), 1, 2, 1),
            ("intake.plate", self._edit("plate"), 2, 0, 1),
            ("intake.frame", self._edit("frame"), 2, 1, 1),
            ("intake.engine", self._edit("engine"), 2, 2, 1),
            ("intake.imei", self._edit("imei"), 2, 0, 1),
            ("intake.weight", self._edit("weight"), 2, 0, 1),
            ("intake.notes", self._edit("notes"), 2, 0, 2),
            ("intake.country", self._edit("country"), 2, 2, 1),
            ("intake.identifiers", self._edit("identifiers"), 3, 0, 1),
            ("intake.condition", self._edit("condition"), 3, 1, 1),
            ("intake.owner", self._edit("owner"), 3, 2, 1),
            ("intake.seal_check", self.seal, 4, 0, 1),
            ("intake.seal_numbers", self._edit("seal_numbers"), 4, 1, 1),
            ("intake.value", self._edit("value"), 4, 2, 1),
            ("intake.recorded_condition", self._edit("recorded_condition"), 5, 0, 1),
            ("intake.discrepancy", self._edit("discrepancy"), 5, 1, 1),
            ("intake.conclusion", self._edit("conclusion"), 5, 2, 1),
        ]
        # Decree 152/2026 Art 37.2.b–c: the statements the line calls for, from row 6
        self.statements = StatementFields(grid, 6, LABEL_WIDTH, self.submitted.emit)
        cells.append(("intake.location", places, self.statements.end_row, 0, 3))
        self.labels: dict[str, QLabel] = {}
        for key, widget, row, pair, span in cells:
            text = QLabel(tr(key))
            text.setBuddy(widget)
            text.setWordWrap(True)
            text.setMaximumWidth(LABEL_WIDTH)
            self.labels[key] = text
            grid.addWidget(text, row, pair * 2)
            grid.addWidget(widget, row, pair * 2 + 1, 1, span * 2 - 1)
        for col in (0, 2, 4):
            grid.setColumnMinimumWidth(col, LABEL_WIDTH)
        for col in (1, 3, 5):
            grid.setColumnStretch(col, 1)
        self.edits["conclusion"].setPlaceholderText(tr("intake.conclusion_hint"))
        self.edits["notes"].setPlaceholderText(tr("intake.notes_hint"))
        order = [widget for _key, widget, *_place in cells]
        order[-1:-1] = self.statements.order()
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self.category.currentIndexChanged.connect(self._category_changed)
        self.seal.currentIndexChanged.connect(self._show_statements)
        for name in ("quantity", "recorded_quantity", "condition", "recorded_condition",
                     "discrepancy"):  # fmt: skip
            self.edits[name].textChanged.connect(self._show_statements)
        self.reset()

    def _combo(self, entries: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        for text, value in entries:
            combo.addItem(text, value)
        return combo

    def _edit(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(f"intake_{name}")
        edit.returnPressed.connect(self.submitted)
        self.edits[name] = edit
        return edit

    def _category_changed(self) -> None:
        category = self.current_category()
        shown = {"vehicle": category is Category.VEHICLE, "phone": category is Category.PHONE}
        for name, group in GROUPS.items():
            self._show(name, shown[group])
        self._show("weight", category in WEIGHED)
        self._show("notes", category in MONEY_CATEGORIES)  # Decree 152 Art 44.2
        self._show("country", category is Category.FOREIGN_CURRENCY)
        self._show_statements()

    def applies(self) -> dict[str, bool]:
        """Which statements the line as typed calls for (Decree 152/2026 Art 37.2.b–c)."""
        seal = SealState(self.seal.currentData())
        return {
            "confirmation": self._differs(),
            "contents": seal is not SealState.UNSEALED,
            "seal": seal in BROKEN_SEALS,
            "exam": self.current_category() in EXAMINED_CATEGORIES,
        }

    def _differs(self) -> bool:
        """A difference typed, or a quantity or condition other than the record's."""
        e = {name: edit.text() for name, edit in self.edits.items()}
        item = ItemDraft(ItemKind.EVIDENCE, Category.OTHER, "", condition=e["condition"],
                         quantity=_decimal_text(e["quantity"]) or "0")  # fmt: skip
        recorded = _decimal_text(e["recorded_quantity"]) or None
        line = IntakeLineDraft(item, recorded, e["recorded_condition"],
                               discrepancy=e["discrepancy"].strip())  # fmt: skip
        try:
            return changed(line)
        except (ArithmeticError, ValueError):
            return bool(line.discrepancy)

    def _show_statements(self) -> None:
        self.statements.show_groups(self.applies())

    def mark(self, problems: list[LineProblem]) -> None:
        """Each field a problem names, in red with the message as its tooltip; others plain."""
        widgets: dict[str, QWidget] = {**self.edits, "seal_check": self.seal}
        widgets.update({n: self.statements.widget(n) for n in self.statements.labels})
        for widget in widgets.values():
            widget.setStyleSheet("")
            widget.setToolTip("")
        for problem in problems:
            widget = widgets.get(problem.field.removeprefix("field."))
            if widget is not None:
                widget.setStyleSheet(MARKED)
                tip = widget.toolTip()
                widget.setToolTip("\n".join(filter(None, (tip, problem.message(language())))))

    def _show(self, name: str, visible: bool) -> None:
        self.edits[name].setVisible(visible)
        self.labels[f"intake.{name}"].setVisible(visible)

    def current_category(self) -> Category | None:
        data = self.category.currentData()
        return None if data is None else Category(data)

    def set_category(self, category: Category) -> None:
        self.category.setCurrentIndex(self.category.findData(category))

    def line_draft(self) -> IntakeLineDraft:
        """The line as typed; the service checks it (numbers included)."""
        e = {name: edit.text() for name, edit in self.edits.items()}
        category = self.current_category()
        visible = [k for k in IDENTIFIER_WORDS if self.edits[k].isVisibleTo(self)]
        identifiers = compose_identifiers({k: e[k] for k in visible}, e["identifiers"])
        value = e["value"].replace(".", "").replace(",", "").replace(" ", "").strip()
        item = ItemDraft(
            kind=ItemKind(self.kind.currentData()),
            category=category,  # type: ignore[arg-type]  # None: the service says it is missing
            name=e["name"],
            quantity=_decimal_text(e["quantity"]) or "0",
            unit=self.unit.currentText(),
            weight_grams=_decimal_text(e["weight"]) if category in WEIGHED else None,
            identifiers=identifiers,
            seal_numbers=e["seal_numbers"],
            condition=e["condition"],
            estimated_value=int(value) if value.isdigit() else (value or None),  # type: ignore[arg-type]
            owner_name=e["owner"],
        )
        return IntakeLineDraft(
            item=item,
            recorded_quantity=_decimal_text(e["recorded_quantity"]) or None,
            recorded_condition=e["recorded_condition"],
            seal_check=SealState(self.seal.currentData()),
            discrepancy=e["discrepancy"],
            conclusion=e["conclusion"],
            location_id=self.places.location_id(),
            # Read by the service, which names what it cannot read as the line's problem.
            notes=e["notes"] if category in MONEY_CATEGORIES else (),
            country=e["country"] if category is Category.FOREIGN_CURRENCY else "",
            **self.statements.statements(self.applies()),  # type: ignore[arg-type]
        )

    def load(self, line: IntakeLineDraft) -> None:
        """Fill the form with a line (to edit it, or to copy it into a new one)."""
        item = line.item
        self.kind.setCurrentIndex(self.kind.findData(item.kind))
        self.set_category(item.category)
        self.unit.setCurrentText(item.unit)
        self.seal.setCurrentIndex(self.seal.findData(line.seal_check))
        parts, other = split_identifiers(item.identifiers)
        values = {
            "name": item.name,
            "quantity": str(item.quantity),
            "recorded_quantity": _text_of(line.recorded_quantity),
            "weight": _text_of(item.weight_grams),
            "identifiers": other,
            "condition": item.condition,
            "recorded_condition": line.recorded_condition,
            "seal_numbers": item.seal_numbers,
            "discrepancy": line.discrepancy,
            "conclusion": line.conclusion,
            "notes": line.notes if isinstance(line.notes, str) else notes_text(line.notes),
            "country": line.country,
            "value": "" if item.estimated_value is None else str(item.estimated_value),
            "owner": item.owner_name,
            **{k: parts.get(k, "") for k in IDENTIFIER_WORDS},
        }
        for name, text in values.items():
            self.edits[name].setText(text)
        self.statements.load(line)
        self._show_statements()
        self.places.select(line.location_id)

    def reset(self) -> None:
        """Empty fields for the next item; kind, category, unit and location stay."""
        for edit in self.edits.values():
            edit.clear()
        self.statements.clear()
        self.mark([])
        self.edits["quantity"].setText("1")
        self.seal.setCurrentIndex(0)
        self._category_changed()

    def focus_name(self) -> None:
        self.edits["name"].setFocus()
        self.edits["name"].selectAll()


def _text_of(value: object) -> str:
    return "" if value is None else str(value)
