"""The case pickers of the release, destruction and auction dialogs reach every case."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from evidence_app.services.catalogue.cases import CaseDraft
from tests.ui.keys import type_text
from tests.world import World
from ui.common.case_picker import SHOWN, CasePicker
from ui.destruction.dialogs import FilterDialog
from ui.releases.dialogs import NewRequestDialog
from ui.strings import tr


def _many_cases(w: World, count: int) -> None:
    for n in range(count):
        w.services.cases.create(w.officer, CaseDraft(f"Vụ số {n:03d}", f"{n}/2026/HS-ST"))


def test_the_list_says_it_is_capped_and_typing_finds_an_older_case(
    qtbot: QtBot, ui_world: World
) -> None:
    w = ui_world
    old = w.case  # created first: past the newest SHOWN once the others exist
    _many_cases(w, SHOWN + 10)
    dialog = NewRequestDialog(w.services, w.officer)
    qtbot.addWidget(dialog)
    picker = dialog.case
    assert picker.combo.count() == SHOWN
    assert picker.combo.findData(old.id) < 0
    assert picker.status.text() == tr("case_picker.newest", count=SHOWN)

    type_text(qtbot, picker.field, old.name.split()[0].lower())
    qtbot.waitUntil(lambda: picker.combo.findData(old.id) >= 0)
    assert picker.select(old.id)
    assert dialog.case.currentData() == old.id
    assert picker.status.text()  # "n matching cases" or "the first n", never silent

    picker.field.setText("không có vụ nào như thế")
    qtbot.waitUntil(lambda: picker.status.text() == tr("case_picker.none_found"))
    assert picker.combo.count() == 0 and dialog.items.count() == 0


def test_a_filter_picker_keeps_its_any_case_entry(qtbot: QtBot, ui_world: World) -> None:
    w = ui_world
    dialog = FilterDialog(w.services, w.officer)
    qtbot.addWidget(dialog)
    assert dialog.case.combo.itemData(0) is None
    assert dialog.case.combo.itemText(0) == tr("destruction.any")
    assert dialog.case.currentData() is None
    assert dialog.case.select(w.case.id) and dialog.case.currentData() == w.case.id
    assert dialog.case.status.text() == ""  # one case: nothing held back, nothing to say


def test_picker_refreshes_on_every_search(qtbot: QtBot) -> None:
    calls: list[tuple[str, int]] = []

    def search(text: str, limit: int) -> list:  # type: ignore[type-arg]
        calls.append((text, limit))
        return []

    picker = CasePicker(search)
    qtbot.addWidget(picker)
    picker.field.setText("abc")
    qtbot.waitUntil(lambda: len(calls) == 2)
    assert calls == [("", SHOWN + 1), ("abc", SHOWN + 1)]
