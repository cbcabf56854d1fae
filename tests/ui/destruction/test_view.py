"""The destruction screen as a council's secretary (an officer) uses it: set the council up
from its decision, scan items onto the list, scan each again at the destruction with its
condition, record the contracted body and the vote, complete and print the minutes."""

from __future__ import annotations

import os
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from evidence_app.domain.clock import agency_today, day_start
from evidence_app.domain.enums import (
    Category,
    CouncilStatus,
    DestructionMethod,
    Disposition,
    ItemStatus,
    ReleaseRequestPurpose,
    Vote,
)
from evidence_app.services.core.auth import Actor
from evidence_app.services.destruction import CouncilDraft, Execution, MemberDraft, Supervisor
from tests.documents.pdf_pages import page_images, page_texts
from tests.records import jpeg
from tests.ui.keys import type_text
from tests.ui.test_screenshots import VIETNAMESE, clipped, interface_texts
from tests.world import World
from ui.common import errors, printing
from ui.destruction import DestructionView
from ui.destruction import view as destruction_view
from ui.destruction.dialogs import CompleteDialog, SetUpDialog, VoteDialog
from ui.shell import MainWindow, Settings, apply_qt_language
from ui.strings import set_language

MEMBERS = (
    MemberDraft("Nguyễn Văn Hùng", "Chấp hành viên", "Phòng THADS khu vực 1", is_chair=True),
    MemberDraft("Trần Thị Lan", "Kế toán nghiệp vụ", "Phòng THADS khu vực 1"),
    MemberDraft("Lê Minh Tuấn", "Chuyên viên", "Sở Tài chính thành phố Hà Nội"),
)
SUPERVISOR = Supervisor("Phạm Quốc Bảo", "Kiểm sát viên", "Viện kiểm sát nhân dân khu vực 1")


def _view(qtbot: QtBot, world: World, actor: Actor) -> DestructionView:
    view = DestructionView(world.services, actor)
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    return view


def test_the_secretary_runs_a_council_from_decision_to_printed_minutes(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    w = ui_world
    knife = w.receive("Dao găm tự chế", disposition=Disposition.DESTROY, condition="Gỉ sét")
    drugs = w.receive("Hồng phiến 120 viên", category=Category.DRUGS,
                      disposition=Disposition.DESTROY)  # fmt: skip
    kept = w.receive("Xe máy Honda Wave", disposition=Disposition.RETURN_TO_OWNER)
    # Out of the warehouse to the council on the head's order (Decree 152 Art 37.3).
    w.exit_on_order([knife.id, drugs.id], ReleaseRequestPurpose.TO_DESTRUCTION)
    shown: list[str] = []
    monkeypatch.setattr(errors.ErrorDialog, "present", lambda _p, _t, text: shown.append(text))
    view = _view(qtbot, w, w.officer)
    assert view.handle_scan(knife.code) is False  # no council selected yet

    draft = CouncilDraft("07/QĐ-THADS", agency_today(), MEMBERS, SUPERVISOR)
    monkeypatch.setattr(destruction_view.SetUpDialog, "ask", lambda *_a: draft)
    view.new_button.click()
    council = view.current_council()
    assert council is not None and view.members.rowCount() == 3
    due = view.table.item(0, 2).text()
    assert (agency_today() + timedelta(days=20)).strftime("%d/%m/%Y") in due and "còn 20" in due
    assert SUPERVISOR.full_name in view.supervisor.text()

    for item in (knife, drugs, kept):
        assert view.handle_scan(item.code) is True
    assert shown and kept.code in shown[-1]  # not ordered destroyed: refused, told
    assert view.items.rowCount() == 2
    assert w.services.items.get(w.officer, knife.id).status is ItemStatus.AWAITING_DESTRUCTION
    assert "Ma túy" in view.items.item(1, 2).text() and view.contractor.isVisible()
    assert not view.complete_button.isEnabled()

    view.executing.setChecked(True)
    view.condition.setText("Gỉ sét, cán gãy")
    assert view.handle_scan(knife.code) is True
    assert view.condition.text() == ""  # ready for the next item
    assert view.handle_scan(drugs.code) is True
    current = view.current_council()
    assert current is not None and not current.unseen
    assert current.item(knife.code).condition == "Gỉ sét, cán gãy"  # type: ignore[union-attr]

    answer = ("Công ty TNHH Môi trường Xanh", "12/2026/HĐ-XLCT")
    monkeypatch.setattr(destruction_view.TextDialog, "ask_contractor", lambda *_a: answer)
    view.contractor_button.click()
    votes = {m.id: Vote.FOR for m in current.members}
    monkeypatch.setattr(destruction_view.VoteDialog, "ask", lambda *_a: votes)
    view.vote_button.click()
    assert view.complete_button.isEnabled()
    photo = tmp_path / "hien-truong.jpg"
    photo.write_bytes(jpeg())
    monkeypatch.setattr(DestructionView, "ask_photo_path", classmethod(lambda *_a: str(photo)))
    view.photo_button.click()
    assert "1 ảnh" in view.progress.text()

    now = datetime.now(UTC)  # a run on the council's day, over before now
    start = max(now - timedelta(hours=2), day_start(agency_today()))
    end = min(start + timedelta(hours=1), now)
    run = Execution(DestructionMethod.BURN, "Lò đốt Nam Sơn", start, end)
    monkeypatch.setattr(destruction_view.CompleteDialog, "ask", lambda *_a: run)
    printed: list[Path] = []

    def to_file(_parent: object, pdf: bytes, title: str) -> bool:
        target = tmp_path / "minutes.pdf"
        printing.print_pdf_to_file(pdf, target, dpi=100)
        printed.append(target)
        return "Biên bản tiêu hủy" in title

    monkeypatch.setattr(printing, "print_pdf", to_file)
    view.complete_button.click()
    done = view.current_council()
    assert done is not None and done.status is CouncilStatus.COMPLETED
    assert w.services.items.get(w.officer, drugs.id).status is ItemStatus.DESTROYED
    assert len(shown) == 1 and printed and view.print_button.isEnabled()
    pdf = printed[0].read_bytes()
    original = w.services.documents.pdf(w.officer, done.documents[0].id)
    text = unicodedata.normalize("NFC", " ".join(page_texts(original)))
    for name in [m.full_name for m in MEMBERS] + [knife.code, drugs.code, "Gỉ sét, cán gãy"]:
        assert name in text
    assert len(page_images(pdf, dpi=30)) == len(page_texts(original))  # every page printed
    assert view.handle_scan(knife.code) is False  # a completed council takes no scans


def test_the_dialogs_give_what_was_typed(qtbot: QtBot, ui_world: World) -> None:
    setup = SetUpDialog()
    qtbot.addWidget(setup)
    setup.accept()
    assert setup.draft is None and setup.error.text()
    setup.number.setText("08/QĐ-THADS")
    for row, member in enumerate(MEMBERS):
        for col, text in enumerate((member.full_name, member.position, member.agency)):
            setup.members.item(row, col).setText(text)
    setup.members.item(0, 3).setCheckState(Qt.CheckState.Checked)
    setup.supervisor_name.setText(SUPERVISOR.full_name)
    setup.supervisor_agency.setText(SUPERVISOR.agency)
    setup.accept()
    assert setup.draft == CouncilDraft("08/QĐ-THADS", agency_today(), MEMBERS, SUPERVISOR)
    council = ui_world.services.destruction.set_up(ui_world.officer, setup.draft)
    vote = VoteDialog(council)
    qtbot.addWidget(vote)
    assert len(vote.combos) == 3
    complete = CompleteDialog()
    qtbot.addWidget(complete)
    complete.place.setText("Kho vật chứng")
    run = complete.execution()
    assert run.method is DestructionMethod.BURN and run.ended_at > run.started_at
    assert run.override_reason == ""
    type_text(qtbot, complete.override, "Kho chỉ có một thủ kho")
    assert complete.execution().override_reason == "Kho chỉ có một thủ kho"


def test_only_roles_that_destroy_see_the_area(qtbot: QtBot, ui_world: World) -> None:
    keeper = MainWindow(ui_world.services, ui_world.keeper, Settings())
    qtbot.addWidget(keeper)
    assert not keeper.has_area("destruction") and keeper.destruction is None
    head = MainWindow(ui_world.services, ui_world.head, Settings())
    qtbot.addWidget(head)
    assert head.has_area("destruction")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_destruction_area_at_1366_by_768(
    qtbot: QtBot, ui_world: World, lang: str, tmp_path: Path
) -> None:
    set_language(lang)
    apply_qt_language(lang)
    w = ui_world
    d = w.services.destruction
    council = d.set_up(w.officer, CouncilDraft("07/QĐ-THADS", agency_today() - timedelta(days=3),
                                               MEMBERS, SUPERVISOR))  # fmt: skip
    for name, category in (("Dao găm tự chế", Category.WEAPON), ("Ma túy đá 5 g", Category.DRUGS)):
        item = w.receive(name, category=category, disposition=Disposition.DESTROY)
        d.add_by_code(w.officer, council.id, item.code)
    d.record_seen(w.officer, council.id, item.code, "Niêm phong nguyên vẹn")
    window = MainWindow(w.services, w.officer, Settings())
    qtbot.addWidget(window)
    window.setFixedSize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_area("destruction")
    assert window.destruction is not None
    window.destruction.select_council(council.id)
    qtbot.wait(20)
    folder = Path(os.environ.get("EVIDENCE_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(folder / f"main_window_destruction_{lang}.png"))
    assert clipped(window) == []
    if lang == "en":
        untranslated = [t for _w, t in interface_texts(window) if VIETNAMESE.search(t)]
        assert untranslated == []
