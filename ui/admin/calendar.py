"""Administration tab "Holidays and legal values": the agency's holidays (added, deactivated,
never deleted) and the configurable rules of the rules table with the agency's own values."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.clock import agency_today
from evidence_app.domain.errors import DomainError
from evidence_app.domain.rules import Rule, Unit
from evidence_app.services.admin import HolidayView, RuleValue
from evidence_app.services.core.auth import Actor
from evidence_app.services.facade import Services
from ui.common import formats
from ui.common.errors import message_of
from ui.common.widgets import ErrorLabel
from ui.strings import language, tr

#: Units whose values are whole numbers (the service refuses fractions for them).
_WHOLE = frozenset(
    {Unit.VND, Unit.COUNT, Unit.REGION, Unit.DAYS, Unit.WORKING_DAYS, Unit.MONTHS, Unit.YEARS}
)


def _table(headers: list[str], name: str) -> QTableWidget:
    """Read only, one row selected at a time, long texts wrapped."""
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def _cell(text: str, *, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _note(text: str) -> QLabel:
    note = QLabel(text)
    note.setWordWrap(True)
    note.setStyleSheet("color: palette(placeholder-text);")
    return note


def parse_day(text: str) -> date:
    """ "01/01/2027" (or 1/1/2027) → date; ValueError with the user's message otherwise."""
    try:
        return datetime.strptime(text.strip(), "%d/%m/%Y").date()
    except ValueError:
        raise ValueError(tr("calendar.bad_day", text=text.strip())) from None


def rule_name(entry: Rule) -> str:
    return entry.text_en if language() == "en" else entry.text_vi


def show_value(entry: Rule, value: float) -> str:
    """5.310.000 / 81,5 in Vietnamese; 5,310,000 / 81.5 in English."""
    if entry.unit in _WHOLE or float(value).is_integer():
        return formats.number(int(value))
    return formats.number(Decimal(str(value)))


#: How the rules table's legal bases read in English (the Vietnamese citation otherwise).
_ARTICLE_EN = (
    ("Luật Thi hành án dân sự 2008 (sửa đổi 2014)", "Law on Civil Judgment Enforcement 2008 "
     "(amended 2014)"),
    ("Chỉ tiêu giao hằng năm (năm công tác 01/10 – 30/9)", "Annual targets (working year "
     "1 October – 30 September)"),
    ("Quy chế kiểm kê chọn mẫu của cơ quan", "The agency's sample stocktake rules"),
    ("Nghị định", "Decree"), ("NĐ-CP", "ND-CP"), ("Điều", "Art."), ("vùng I", "region I"),
)  # fmt: skip


def article(entry: Rule) -> str:
    if language() != "en":
        return entry.article
    text = entry.article
    for vi, en in _ARTICLE_EN:
        text = text.replace(vi, en)
    return text


def unit_text(entry: Rule) -> str:
    return tr(f"calendar.unit_{entry.unit.value}")


def parse_value(entry: Rule, text: str) -> int | float:
    """What the administrator typed, as the user's language writes numbers: whole units take
    "5.500.000" (vi) or "5,500,000" (en); percents and multiples take "7,5" or "7.5"."""
    raw = text.strip().replace(" ", "").replace("\u00a0", "")
    for suffix in ("đồng", "đ", "VND", "%"):
        raw = raw.removesuffix(suffix)
    if entry.unit in _WHOLE:
        digits = raw.replace(".", "") if language() == "vi" else raw.replace(",", "")
        if not digits.isdigit() or int(digits) <= 0:
            example = formats.number(int(entry.value))
            raise ValueError(tr("calendar.bad_whole", rule=rule_name(entry), example=example))
        return int(digits)
    if raw.count(",") + raw.count(".") > 1 or not raw.replace(",", "").replace(".", "").isdigit():
        example = formats.number(Decimal("7.5"))
        raise ValueError(tr("calendar.bad_number", rule=rule_name(entry), example=example))
    number = float(raw.replace(",", "."))
    if number <= 0:
        example = formats.number(Decimal("7.5"))
        raise ValueError(tr("calendar.bad_number", rule=rule_name(entry), example=example))
    return int(number) if number.is_integer() else number


class HolidaysTab(QWidget):
    """Holidays on the left, the configurable legal values on the right."""

    def __init__(self, services: Services, actor: Actor) -> None:
        super().__init__()
        self.services, self.actor = services, actor
        self.holidays: list[HolidayView] = []
        self.rules: list[RuleValue] = []
        layout = QHBoxLayout(self)
        layout.addWidget(self._holiday_box(), 2)
        layout.addWidget(self._rule_box(), 3)
        self.reload_holidays()
        self.reload_rules()

    # -- holidays ---------------------------------------------------------------------------
    def _holiday_box(self) -> QGroupBox:
        box = QGroupBox(tr("calendar.holidays"))
        self.year = QSpinBox()
        self.year.setObjectName("holiday_year")
        self.year.setRange(2000, 2200)
        self.year.setValue(agency_today().year)
        self.year.valueChanged.connect(self.reload_holidays)
        self.show_inactive = QCheckBox(tr("calendar.show_inactive"))
        self.show_inactive.setObjectName("holiday_show_inactive")
        self.show_inactive.toggled.connect(self.reload_holidays)
        self.holiday_table = _table(
            [tr("calendar.col_day"), tr("calendar.col_name"), tr("calendar.col_state")],
            "holidays",
        )
        header = self.holiday_table.horizontalHeader()
        metrics = header.fontMetrics()
        states = (tr("calendar.state_active"), tr("calendar.state_inactive"))
        widths = {
            0: max(metrics.horizontalAdvance(t) for t in ("00/00/0000", tr("calendar.col_day"))),
            2: max(metrics.horizontalAdvance(t) for t in (*states, tr("calendar.col_state"))),
        }
        for column, width in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.holiday_table.setColumnWidth(column, width + 24)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.day_edit = QLineEdit()
        self.day_edit.setObjectName("holiday_day")
        self.day_edit.setPlaceholderText("dd/mm/yyyy")
        self.day_edit.setMaximumWidth(110)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("holiday_name")
        self.name_edit.setPlaceholderText(tr("calendar.name_hint"))
        self.add_button = QPushButton(tr("calendar.add"))
        self.add_button.setObjectName("holiday_add")
        self.add_button.clicked.connect(self.add_holiday)
        self.name_edit.returnPressed.connect(self.add_holiday)
        self.deactivate_button = QPushButton(tr("calendar.deactivate"))
        self.deactivate_button.setObjectName("holiday_deactivate")
        self.deactivate_button.clicked.connect(self.deactivate_holiday)
        self.holiday_error = ErrorLabel()
        self.holiday_error.setObjectName("holiday_error")
        self.holiday_result = QLabel()
        self.holiday_result.setObjectName("holiday_result")
        self.holiday_result.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("calendar.year")))
        top.addWidget(self.year)
        top.addWidget(self.show_inactive)
        top.addStretch(1)
        entry = QHBoxLayout()
        entry.addWidget(QLabel(tr("calendar.day")))
        entry.addWidget(self.day_edit)
        entry.addWidget(QLabel(tr("calendar.name")))
        entry.addWidget(self.name_edit, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.deactivate_button)
        layout = QVBoxLayout(box)
        layout.addWidget(_note(tr("calendar.holidays_note")))
        layout.addLayout(top)
        layout.addWidget(self.holiday_table, 1)
        layout.addLayout(entry)
        layout.addLayout(buttons)
        layout.addWidget(self.holiday_error)
        layout.addWidget(self.holiday_result)
        return box

    def reload_holidays(self) -> None:
        try:
            self.holidays = self.services.calendar.list(
                self.actor, self.year.value(), all_=self.show_inactive.isChecked()
            )
        except DomainError as exc:
            self.holiday_error.show_message(message_of(exc))
            return
        table = self.holiday_table
        table.setRowCount(len(self.holidays))
        for row, h in enumerate(self.holidays):
            state = "calendar.state_active" if h.active else "calendar.state_inactive"
            table.setItem(row, 0, _cell(formats.day(h.day)))
            table.setItem(row, 1, _cell(h.name))
            table.setItem(row, 2, _cell(tr(state)))
        table.resizeRowsToContents()

    def add_holiday(self) -> bool:
        self.holiday_error.clear_message()
        self.holiday_result.clear()
        try:
            day = parse_day(self.day_edit.text())
            added = self.services.calendar.add(self.actor, day, self.name_edit.text())
        except ValueError as exc:
            self.holiday_error.show_message(str(exc))
            return False
        except DomainError as exc:
            self.holiday_error.show_message(message_of(exc))
            return False
        self.day_edit.clear()
        self.name_edit.clear()
        if self.year.value() != added.day.year:
            self.year.setValue(added.day.year)  # reloads
        else:
            self.reload_holidays()
        self._select_holiday(added.id)
        self.holiday_result.setText(
            tr("calendar.added", day=formats.day(added.day), name=added.name)
        )
        return True

    def _select_holiday(self, holiday_id: int) -> None:
        for row, h in enumerate(self.holidays):
            if h.id == holiday_id:
                self.holiday_table.selectRow(row)

    def selected_holiday(self) -> HolidayView | None:
        row = self.holiday_table.currentRow()
        if not self.holiday_table.selectionModel().hasSelection():
            return None
        return self.holidays[row] if 0 <= row < len(self.holidays) else None

    def deactivate_holiday(self) -> bool:
        self.holiday_error.clear_message()
        self.holiday_result.clear()
        chosen = self.selected_holiday()
        if chosen is None or not chosen.active:
            self.holiday_error.show_message(tr("calendar.choose_holiday"))
            return False
        try:
            done = self.services.calendar.deactivate(self.actor, chosen.id)
        except DomainError as exc:
            self.holiday_error.show_message(message_of(exc))
            self.reload_holidays()
            return False
        self.reload_holidays()
        self.holiday_result.setText(tr("calendar.deactivated", day=formats.day(done.day)))
        return True

    # -- configurable rules ----------------------------------------------------------------
    def _rule_box(self) -> QGroupBox:
        box = QGroupBox(tr("calendar.rules"))
        self.rule_table = _table(
            [tr("calendar.col_rule"), tr("calendar.col_article"), tr("calendar.col_default"),
             tr("calendar.col_unit"), tr("calendar.col_value")],
            "rules",
        )  # fmt: skip
        header = self.rule_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.rule_table.setColumnWidth(1, 170)
        self.rule_table.itemSelectionChanged.connect(self._rule_selected)
        self.chosen_rule = QLabel()
        self.chosen_rule.setObjectName("rule_chosen")
        self.chosen_rule.setProperty("data", True)
        self.chosen_rule.setWordWrap(True)
        self.value_edit = QLineEdit()
        self.value_edit.setObjectName("rule_value")
        self.value_edit.setMaximumWidth(160)
        self.value_edit.returnPressed.connect(self.save_value)
        self.unit_label = QLabel()
        self.unit_label.setProperty("data", True)
        self.save_button = QPushButton(tr("calendar.save_value"))
        self.save_button.setObjectName("rule_save")
        self.save_button.clicked.connect(self.save_value)
        self.reset_button = QPushButton(tr("calendar.reset"))
        self.reset_button.setObjectName("rule_reset")
        self.reset_button.clicked.connect(self.reset_value)
        self.rule_error = ErrorLabel()
        self.rule_error.setObjectName("rule_error")
        self.rule_result = QLabel()
        self.rule_result.setObjectName("rule_result")
        self.rule_result.setWordWrap(True)
        edit = QHBoxLayout()
        edit.addWidget(QLabel(tr("calendar.new_value")))
        edit.addWidget(self.value_edit)
        edit.addWidget(self.unit_label)
        edit.addWidget(self.save_button)
        edit.addWidget(self.reset_button)
        edit.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(_note(tr("calendar.rules_note")))
        layout.addWidget(self.rule_table, 1)
        layout.addWidget(self.chosen_rule)
        layout.addLayout(edit)
        layout.addWidget(self.rule_error)
        layout.addWidget(self.rule_result)
        return box

    def reload_rules(self) -> None:
        try:
            self.rules = self.services.rules.configurable(self.actor)
        except DomainError as exc:
            self.rule_error.show_message(message_of(exc))
            return
        table = self.rule_table
        table.setRowCount(len(self.rules))
        for row, r in enumerate(self.rules):
            entry = r.rule
            own = show_value(entry, r.value) if r.overridden else tr("calendar.same_as_default")
            table.setItem(row, 0, _cell(rule_name(entry)))
            table.setItem(row, 1, _cell(article(entry)))
            default = entry.value if r.default is None else r.default
            table.setItem(row, 2, _cell(show_value(entry, default), right=True))
            table.setItem(row, 3, _cell(unit_text(entry)))
            table.setItem(row, 4, _cell(own, right=r.overridden))
        table.resizeRowsToContents()

    def select_rule(self, key: str) -> None:
        for row, r in enumerate(self.rules):
            if r.rule.key == key:
                self.rule_table.selectRow(row)

    def selected_rule(self) -> RuleValue | None:
        row = self.rule_table.currentRow()
        if not self.rule_table.selectionModel().hasSelection():
            return None
        return self.rules[row] if 0 <= row < len(self.rules) else None

    def _rule_selected(self) -> None:
        chosen = self.selected_rule()
        if chosen is None:
            return
        self.chosen_rule.setText(f"{rule_name(chosen.rule)} — {article(chosen.rule)}")
        self.value_edit.setText(show_value(chosen.rule, chosen.value))
        self.unit_label.setText(unit_text(chosen.rule))

    def save_value(self) -> bool:
        return self._set(keep_default=False)

    def reset_value(self) -> bool:
        return self._set(keep_default=True)

    def _set(self, *, keep_default: bool) -> bool:
        self.rule_error.clear_message()
        self.rule_result.clear()
        chosen = self.selected_rule()
        if chosen is None:
            self.rule_error.show_message(tr("calendar.choose_rule"))
            return False
        entry = chosen.rule
        try:
            value = None if keep_default else parse_value(entry, self.value_edit.text())
            saved = self.services.rules.set(self.actor, entry.key, value)
        except ValueError as exc:
            self.rule_error.show_message(str(exc))
            return False
        except DomainError as exc:
            self.rule_error.show_message(message_of(exc))
            return False
        self.reload_rules()
        self.select_rule(entry.key)
        shown = f"{show_value(entry, saved.value)} {unit_text(entry)}".strip()
        key = "calendar.value_reset" if keep_default else "calendar.value_saved"
        self.rule_result.setText(tr(key, rule=rule_name(entry), value=shown))
        return True
