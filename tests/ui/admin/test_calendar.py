"""Administration → Holidays and legal values, driven as an administrator would: typing dates,
names and values, clicking rows and buttons; bad input is refused with a message and changes
nothing."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from evidence_app.domain.clock import agency_today
from tests.ui.keys import type_text
from tests.ui.test_screenshots import VIETNAMESE, clipped, interface_texts
from tests.world import World
from ui.admin.calendar import HolidaysTab
from ui.shell import MainWindow, Settings, apply_qt_language
from ui.strings import set_language

WAGE = "region.minimum_wage_vnd"
REDUCTION = "auction.max_reduction_percent"


def _tab(qtbot: QtBot, world: World) -> HolidaysTab:
    tab = HolidaysTab(world.services, world.admin)
    qtbot.addWidget(tab)
    tab.resize(1200, 640)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def _click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _type(qtbot: QtBot, edit: QWidget, text: str) -> None:
    edit.clear()  # type: ignore[attr-defined]
    type_text(qtbot, edit, text)


def _click_row(qtbot: QtBot, table: QTableWidget, row: int) -> None:
    rect = table.visualItemRect(table.item(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center()))


def _row_of(table: QTableWidget, text: str) -> int:
    for row in range(table.rowCount()):
        if any(text in (table.item(row, c).text()) for c in range(table.columnCount())):
            return row
    raise AssertionError(f"{text!r} not in the table")


def test_a_holiday_is_added_refused_when_wrong_and_deactivated(
    qtbot: QtBot, ui_world: World
) -> None:
    tab = _tab(qtbot, ui_world)
    calendar = ui_world.services.calendar
    _type(qtbot, tab.day_edit, "31/02/2027")
    _type(qtbot, tab.name_edit, "Ngày không có")
    _click(qtbot, tab.add_button)
    assert "31/02/2027" in tab.holiday_error.text() and "không hợp lệ" in tab.holiday_error.text()
    assert calendar.list(ui_world.admin, 2027, all_=True) == []  # nothing changed
    _type(qtbot, tab.day_edit, "01/01/2027")
    _type(qtbot, tab.name_edit, "")
    _click(qtbot, tab.add_button)
    assert "tên ngày nghỉ" in tab.holiday_error.text()
    assert calendar.list(ui_world.admin, 2027, all_=True) == []
    _type(qtbot, tab.name_edit, "Tết Dương lịch")
    _click(qtbot, tab.add_button)
    assert tab.holiday_error.isHidden()
    assert tab.holiday_result.text() == "Đã thêm ngày nghỉ 01/01/2027: Tết Dương lịch."
    assert tab.year.value() == 2027
    assert [(h.day, h.name) for h in calendar.list(ui_world.admin, 2027)] == [
        (date(2027, 1, 1), "Tết Dương lịch")
    ]
    row = _row_of(tab.holiday_table, "01/01/2027")
    assert tab.holiday_table.item(row, 2).text() == "Đang áp dụng"
    _type(qtbot, tab.day_edit, "01/01/2027")
    _type(qtbot, tab.name_edit, "Tết")
    _click(qtbot, tab.add_button)  # the same day twice: refused
    assert "01/01/2027" in tab.holiday_error.text()
    _click_row(qtbot, tab.holiday_table, row)
    _click(qtbot, tab.deactivate_button)
    assert "ngừng áp dụng" in tab.holiday_result.text()
    assert calendar.list(ui_world.admin, 2027) == []
    assert tab.holiday_table.rowCount() == 0
    _click(qtbot, tab.show_inactive)  # never deleted: still there, deactivated
    assert tab.holiday_table.item(0, 2).text() == "Đã ngừng áp dụng"
    _click_row(qtbot, tab.holiday_table, 0)
    _click(qtbot, tab.deactivate_button)
    assert "đang áp dụng" in tab.holiday_error.text()
    assert calendar.list(ui_world.admin, 2027, all_=True)[0].active is False


def test_the_minimum_wage_is_changed_a_bad_value_refused_and_reset(
    qtbot: QtBot, ui_world: World
) -> None:
    tab = _tab(qtbot, ui_world)
    rules = ui_world.services.rules
    row = _row_of(tab.rule_table, "Mức lương tối thiểu tháng theo vùng")
    table = tab.rule_table
    assert table.item(row, 1).text() == (
        "Nghị định 293/2025/NĐ-CP, Điều 3.1 (theo vùng của cơ quan, từ 01/01/2026)"
    )
    assert table.item(row, 2).text() == "5.310.000" and table.item(row, 3).text() == "đồng"
    assert table.item(row, 4).text() == "(theo mặc định)"
    _click(qtbot, tab.save_button)  # nothing chosen
    assert "chọn" in tab.rule_error.text()
    _click_row(qtbot, table, row)
    assert tab.value_edit.text() == "5.310.000"
    _type(qtbot, tab.value_edit, "4.730.000")
    _click(qtbot, tab.save_button)
    assert rules.value(ui_world.admin, WAGE) == 4_730_000
    assert table.item(row, 4).text() == "4.730.000"
    assert tab.rule_result.text() == "Đã lưu «Mức lương tối thiểu tháng theo vùng»: 4.730.000 đồng."
    for bad in ("4.730.000,5", "năm triệu", "0", "-1"):
        _type(qtbot, tab.value_edit, bad)
        _click(qtbot, tab.save_button)
        assert "số nguyên dương" in tab.rule_error.text(), bad
        assert rules.value(ui_world.admin, WAGE) == 4_730_000  # nothing changed
    _type(qtbot, tab.value_edit, "2.000.000.000.000")  # above the service's limit
    _click(qtbot, tab.save_button)
    assert "không quá 1.000.000.000.000" in tab.rule_error.text()
    assert "Mức lương tối thiểu tháng theo vùng" in tab.rule_error.text()
    assert rules.value(ui_world.admin, WAGE) == 4_730_000
    _click(qtbot, tab.reset_button)
    assert rules.value(ui_world.admin, WAGE) == 5_310_000
    assert table.item(row, 4).text() == "(theo mặc định)"
    assert "5.310.000 đồng" in tab.rule_result.text() and tab.rule_error.isHidden()


def test_the_agency_region_is_chosen_and_the_wage_follows_the_table(
    qtbot: QtBot, ui_world: World
) -> None:
    """Decree 293/2025 Art 3.1: region III's 4.140.000 đồng once the agency chooses it."""
    tab = _tab(qtbot, ui_world)
    table = tab.rule_table
    zone = _row_of(table, "Vùng lương tối thiểu nơi cơ quan có trụ sở")
    _click_row(qtbot, table, zone)
    _type(qtbot, tab.value_edit, "5")
    _click(qtbot, tab.save_button)
    assert "không quá 4" in tab.rule_error.text()
    _type(qtbot, tab.value_edit, "3")
    _click(qtbot, tab.save_button)
    assert ui_world.services.rules.value(ui_world.admin, WAGE) == 4_140_000
    wage = _row_of(table, "Mức lương tối thiểu tháng theo vùng")
    assert table.item(wage, 2).text() == "4.140.000"
    assert table.item(wage, 4).text() == "(theo mặc định)"
    tab.grab().save("/tmp/hB_region.png")


def test_a_percent_takes_a_fraction_and_refuses_more_than_100(
    qtbot: QtBot, ui_world: World
) -> None:
    tab = _tab(qtbot, ui_world)
    rules = ui_world.services.rules
    _click_row(qtbot, tab.rule_table, _row_of(tab.rule_table, "Mỗi lần giảm giá"))
    assert tab.value_edit.text() == "10" and tab.unit_label.text() == "%"
    _type(qtbot, tab.value_edit, "7,5")
    qtbot.keyClick(tab.value_edit, Qt.Key.Key_Return)
    assert rules.value(ui_world.admin, REDUCTION) == 7.5
    assert tab.rule_table.item(tab.rule_table.currentRow(), 4).text() == "7,5"
    _type(qtbot, tab.value_edit, "101")
    _click(qtbot, tab.save_button)
    assert "Mỗi lần giảm giá" in tab.rule_error.text() and "không quá 100" in tab.rule_error.text()
    _type(qtbot, tab.value_edit, "7,5,1")
    _click(qtbot, tab.save_button)
    assert "hãy nhập một số dương" in tab.rule_error.text()
    assert rules.value(ui_world.admin, REDUCTION) == 7.5


def test_english_numbers_and_messages(qtbot: QtBot, ui_world: World) -> None:
    set_language("en")
    tab = _tab(qtbot, ui_world)
    row = _row_of(tab.rule_table, "Regional monthly minimum wage")
    assert tab.rule_table.item(row, 2).text() == "5,310,000"
    assert tab.rule_table.item(row, 3).text() == "VND"
    _click_row(qtbot, tab.rule_table, row)
    _type(qtbot, tab.value_edit, "4,730,000")
    _click(qtbot, tab.save_button)
    assert ui_world.services.rules.value(ui_world.admin, WAGE) == 4_730_000
    assert tab.rule_result.text() == "Saved “Regional monthly minimum wage”: 4,730,000 VND."
    _type(qtbot, tab.day_edit, "2027-01-01")
    _click(qtbot, tab.add_button)
    assert tab.holiday_error.text().startswith("The date “2027-01-01” is not valid")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_tab_with_holidays_and_an_override_at_1366_by_768(
    qtbot: QtBot, ui_world: World, lang: str, tmp_path: Path
) -> None:
    s, admin = ui_world.services, ui_world.admin
    year = agency_today().year
    for day, name in (
        (date(year, 1, 1), "Tết Dương lịch"),
        (date(year, 4, 30), "Ngày Giải phóng"),
        (date(year, 5, 1), "Ngày Quốc tế Lao động"),
        (date(year, 9, 2), "Quốc khánh"),
    ):
        s.calendar.add(admin, day, name)  # fmt: skip
    s.calendar.deactivate(admin, s.calendar.list(admin, year)[1].id)
    s.rules.set(admin, WAGE, 4_730_000)
    s.rules.set(admin, REDUCTION, 7.5)
    set_language(lang)
    apply_qt_language(lang)
    window = MainWindow(s, admin, Settings())
    qtbot.addWidget(window)
    window.setFixedSize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_area("admin")
    assert window.admin is not None
    window.admin.show_tab("calendar")
    tab = window.admin.pages["calendar"]
    assert isinstance(tab, HolidaysTab)
    _click(qtbot, tab.show_inactive)
    _click_row(qtbot, tab.rule_table, _row_of(tab.rule_table, "4.730.000" if lang == "vi"
                                                else "5,310,000"))  # fmt: skip
    qtbot.wait(20)
    folder = Path(os.environ.get("EVIDENCE_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(folder / f"admin_calendar_data_{lang}.png"))
    assert clipped(window) == []
    assert tab.holiday_table.rowCount() == 4
    if lang == "en":
        assert [t for _w, t in interface_texts(window) if VIETNAMESE.search(t)] == []
