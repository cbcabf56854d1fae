"""The provincial head picks whose ledger to close (issue 21): each unit closes its own, so
closing the office's period leaves the province's open; a keeper reaching one unit sees no
picker."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from evidence_app.domain.enums import Role
from tests.services.custody.test_unit_transfers import office
from tests.world import World
from ui.reports.closing_dialog import LedgerClosingDialog


def test_the_head_closes_the_offices_ledger_picked_in_the_dialog(
    qtbot: QtBot, ui_world: World
) -> None:
    w = ui_world
    kv2 = office(w, "KV2", 2)
    dialog = LedgerClosingDialog(w.services, w.head, "evidence_ledger")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.unit.isVisible() and dialog.unit.count() == 2
    dialog.year.setValue(2026)
    dialog.unit.setCurrentIndex(dialog.unit.findData(kv2.unit_id))
    assert "KV2" in dialog.unit.currentText()
    dialog.periods.selectRow(0)
    assert dialog.close_selected()
    assert dialog.periods.item(0, 1).text().startswith("Đã kết sổ ngày")
    dialog.grab().save("/tmp/hD/closing_unit.png")
    office_states = w.services.ledger_closing.periods(w.head, "evidence_ledger", 2026, kv2.unit_id)
    assert office_states[0].closed
    province = w.services.units.all(w.head)[0].id
    assert not w.services.ledger_closing.periods(w.head, "evidence_ledger", 2026, province)[
        0
    ].closed
    # Back on the province: its first period still waits.
    dialog.unit.setCurrentIndex(dialog.unit.findData(province))
    assert not dialog.periods.item(0, 1).text().startswith("Đã kết sổ")
    keeper = LedgerClosingDialog(w.services, w.actors[Role.KEEPER], "evidence_ledger")
    qtbot.addWidget(keeper)
    keeper.show()
    assert not keeper.unit.isVisible() and keeper.unit_id() is None
