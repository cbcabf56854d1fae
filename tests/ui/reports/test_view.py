"""The reports screen and the dashboard as users see them."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from evidence_app.domain.enums import Role
from tests.test_files import OLD, full_disk_after
from tests.world import World
from ui.common.errors import ErrorDialog
from ui.dashboard import DashboardView
from ui.reports import ReportsView


def test_any_report_shows_on_screen_and_exports_to_xlsx(
    qtbot: QtBot, ui_world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ui_world.receive("Xe máy Honda Wave")
    view = ReportsView(ui_world.services, ui_world.keeper)
    qtbot.addWidget(view)
    for row in range(view.list.count()):
        view.list.setCurrentRow(row)
        assert view.show_report() is not None
        ModelTester(None).check(view.model)  # type: ignore[arg-type]
    view.list.setCurrentRow(1)  # stock
    table = view.show_report()
    assert table is not None and table.name == "stock"
    assert view.model.index(0, 4).data() == "1"
    target = tmp_path / "stock.xlsx"
    monkeypatch.setattr(ReportsView, "ask_save_path", classmethod(lambda c, p, n, f: str(target)))
    assert view.export("xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(target.read_bytes())).active
    assert any(row[4].value == 1 for row in sheet.iter_rows() if len(row) > 4)


def test_the_dashboard_tells_the_officer_of_an_item_due_back(qtbot: QtBot, ui_world: World) -> None:
    item = ui_world.receive("Máy tính xách tay")
    ui_world.checkout([item.id], 0)
    view = DashboardView(ui_world.services, ui_world.officer)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        pass
    assert view.cards["checked_out"].text() == "1"
    assert any(item.code in line for line in view.todo_lines())
    assert view.flow_chart.chart() is not None and view.status_chart.chart() is not None


def test_a_report_that_cannot_be_saved_is_told_and_the_old_file_kept(
    qtbot: QtBot, ui_world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failed save used to be swallowed without a word."""
    folder = tmp_path / "ra"  # the test's database lives in tmp_path
    folder.mkdir()
    view = ReportsView(ui_world.services, ui_world.keeper)
    qtbot.addWidget(view)
    view.list.setCurrentRow(1)
    target = folder / "stock.pdf"
    target.write_bytes(OLD)
    shown: list[str] = []
    monkeypatch.setattr(ErrorDialog, "present", classmethod(lambda c, p, t, m: shown.append(m)))
    monkeypatch.setattr(ReportsView, "ask_save_path", classmethod(lambda c, p, n, f: str(target)))
    with monkeypatch.context() as patched:
        full_disk_after(patched, 100)
        assert not view.export("pdf")
    assert shown == [f"Không ghi được tệp báo cáo {target}: ổ đĩa đã đầy."]
    assert target.read_bytes() == OLD and list(folder.iterdir()) == [target]


def test_the_keeper_closes_the_evidence_ledgers_first_quarter(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Kết sổ as the keeper does it: the ledger chosen, «Kết sổ…», the working year, the first
    quarter selected, the names already filled from the roles; closed, it prints as closed
    (Circular 04/2023/TT-BTP Art 30.4.c). A cashier sees no such button."""
    from datetime import date

    from evidence_app.reports.params import ReportParams
    from ui.reports.closing_dialog import LedgerClosingDialog

    w = ui_world
    shown: list[LedgerClosingDialog] = []

    def drive(dialog: LedgerClosingDialog) -> None:
        qtbot.addWidget(dialog)
        dialog.show()
        shown.append(dialog)
        dialog.year.setValue(2026)
        assert dialog.periods.rowCount() == 6
        assert dialog.periods.item(0, 0).text().startswith("Quý I năm công tác 2026")
        assert dialog.names["head"].text() == w.head.full_name
        assert dialog.names["cashier"].isVisible()
        dialog.periods.selectRow(0)
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
        assert dialog.periods.item(0, 1).text().startswith("Đã kết sổ ngày")
        assert dialog.periods.item(0, 3).text() == w.keeper.full_name
        assert dialog.periods.currentRow() == 1  # the next period waits
        dialog.grab().save("/tmp/ledger_closing_dialog.png")

    monkeypatch.setattr(ReportsView, "open_closing", classmethod(lambda cls, d: drive(d)))
    view = ReportsView(w.services, w.keeper)
    qtbot.addWidget(view)
    view.show()
    names = [view.list.item(r).data(Qt.ItemDataRole.UserRole).name
             for r in range(view.list.count())]  # fmt: skip
    view.list.setCurrentRow(names.index("evidence_ledger"))
    assert view.buttons["close_ledger"].isVisible()
    view.buttons["close_ledger"].click()
    assert shown
    closed = w.services.reports.build(w.keeper, "evidence_ledger", ReportParams(
        date_from=date(2025, 10, 1), date_to=date(2025, 12, 31)))  # fmt: skip
    assert any("Kết sổ" in line for line in closed.subtitle)
    cashier = ReportsView(w.services, w.actors[Role.CASHIER])
    qtbot.addWidget(cashier)
    cashier.show()
    cashier.list.setCurrentRow(names.index("evidence_ledger"))
    assert not cashier.buttons["close_ledger"].isVisible()
