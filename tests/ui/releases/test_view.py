"""The release screen as users use it: the officer requests, the head approves with the hour
and date, the keeper scans each item out (a second user logs in for cash) and finishes."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from evidence_app.domain.clock import agency_now, agency_today
from evidence_app.domain.enums import (
    Category,
    Disposition,
    DocumentKind,
    ItemStatus,
    ReleasePurpose,
    ReleaseRequestPurpose,
    ReleaseRequestStatus,
    Role,
)
from evidence_app.services.core.auth import Actor
from evidence_app.services.custody import Recipient
from evidence_app.services.destruction import CouncilDraft, MemberDraft, Supervisor
from tests.documents.pdf_pages import page_texts
from tests.people import hire
from tests.ui.keys import type_text
from tests.world import PASSWORD, World
from ui.common import errors, printing
from ui.releases import ReleaseView
from ui.releases import view as release_view
from ui.releases.dialogs import ApproveDialog, NewRequestDialog, RequestDraft


def _view(qtbot: QtBot, world: World, actor: Actor) -> ReleaseView:
    view = ReleaseView(world.services, actor)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    return view


def test_request_approve_issue_finish_through_the_screen(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    w = ui_world
    ret = Disposition.RETURN_TO_OWNER
    bike = w.receive("Xe máy Honda Wave", disposition=ret)
    cash = w.receive("Tiền mặt", category=Category.CASH, disposition=ret)
    shown: list[str] = []
    monkeypatch.setattr(errors.ErrorDialog, "present", lambda _p, _t, text: shown.append(text))

    officer = _view(qtbot, w, w.officer)
    assert officer.new_button.isVisibleTo(officer)
    assert not officer.approve_button.isVisibleTo(officer)
    draft = RequestDraft(w.case.id, (bike.id, cash.id), ReleaseRequestPurpose.RETURN_TO_OWNER,
                         Recipient("Phạm Thị Dung"))  # fmt: skip
    monkeypatch.setattr(release_view.NewRequestDialog, "ask", lambda *_a: draft)
    officer.new_button.click()
    request = officer.current_request()
    assert request is not None and request.status is ReleaseRequestStatus.REQUESTED

    head = _view(qtbot, w, w.head)
    assert not head.new_button.isVisibleTo(head) and head.approve_button.isVisibleTo(head)
    head.select_request(request.id)
    when = agency_now()  # this minute: nothing is issued before the hour (Decree 152 Art 37.3)
    monkeypatch.setattr(release_view.ApproveDialog, "ask", lambda *_a: when)
    head.approve_button.click()
    approved = head.current_request()
    assert approved is not None and approved.status is ReleaseRequestStatus.APPROVED
    assert [d.kind for d in approved.documents] == [
        DocumentKind.RELEASE_ORDER,
        DocumentKind.RELEASE_SLIP,
    ]

    keeper = _view(qtbot, w, w.keeper)
    keeper.select_request(request.id)
    assert not keeper.finish_button.isEnabled()
    other = w.receive("Máy tính không có trong lệnh")
    assert keeper.handle_scan(other.code) is True
    assert shown and other.code in shown[-1]
    assert keeper.handle_scan(bike.code) is True
    second = hire(w.services, w.admin, "thu-kho-2", "Trần Văn Đức", PASSWORD, [Role.KEEPER])
    refusals: list[str] = []

    def second_keeper_types_his_password() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, release_view.SecondUserDialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        type_text(qtbot, dialog.username, "thu-kho-2")
        type_text(qtbot, dialog.password, "nham-mat-khau")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        refusals.append(dialog.error.text())  # told here; the dialog stays for another try
        type_text(qtbot, dialog.password, PASSWORD)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, second_keeper_types_his_password)
    assert keeper.handle_scan(cash.code) is True
    assert refusals == ["Tên đăng nhập hoặc mật khẩu không đúng."]
    current = keeper.current_request()
    assert current is not None and all(line.issued_at for line in current.lines)
    line = current.line(cash.code)
    assert line is not None and line.second_user_id == second.user_id
    assert keeper.finish_button.isEnabled()
    keeper.finish_button.click()
    finished = keeper.current_request()
    assert finished is not None and finished.status is ReleaseRequestStatus.ISSUED
    assert w.services.items.get(w.keeper, cash.id).status is ItemStatus.RELEASED
    assert len(shown) == 1

    # The keeper prints the release handover minutes from the request's papers.
    papers = keeper.documents
    assert papers.model.rowCount() == 3
    row = next(n for n in range(3) if papers.model.row(n).kind is DocumentKind.RELEASE_MINUTES)
    papers.table.selectRow(row)
    printed: list[bytes] = []
    monkeypatch.setattr(printing, "print_pdf", lambda _p, pdf, _t: printed.append(pdf) or True)
    qtbot.mouseClick(papers.buttons["docs.print"], Qt.MouseButton.LeftButton)
    assert len(printed) == 1
    out = tmp_path / "minutes.pdf"
    printing.print_pdf_to_file(printed[0], out, dpi=150)  # through Qt's print system
    text = " ".join(page_texts(printed[0]))
    assert "BIÊN BẢN GIAO NHẬN" in text.upper() and "Phạm Thị Dung" in text
    assert "Trần Văn Đức" in text  # the second user for the cash is on the minutes
    assert out.stat().st_size > 10_000


def test_the_head_rejects_with_a_reason(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = ui_world
    item = w.receive(disposition=Disposition.RETURN_TO_OWNER)
    r = w.services.release_requests.request(
        w.officer, w.case.id, [item.id], ReleaseRequestPurpose.OTHER, Recipient("Lê Văn A"),
        "Chuyển cơ quan thi hành án khác theo quyết định ủy thác",
    )  # fmt: skip
    head = _view(qtbot, w, w.head)
    head.select_request(r.id)
    monkeypatch.setattr(release_view.RejectDialog, "ask", lambda *_a: "Thiếu quyết định")
    head.reject_button.click()
    rejected = head.current_request()
    assert rejected is not None and rejected.status is ReleaseRequestStatus.REJECTED
    assert rejected.reject_reason == "Thiếu quyết định"
    assert head.handle_scan(item.code) is False  # nothing to issue on a rejected request


def test_the_new_request_dialog_offers_stored_items_and_needs_a_recipient(
    qtbot: QtBot, ui_world: World
) -> None:
    w = ui_world
    stored = w.receive("Xe máy Honda Wave", disposition=Disposition.RETURN_TO_OWNER)
    w.receive("Chưa xếp kho", stored=False)
    dialog = NewRequestDialog(w.services, w.officer)
    qtbot.addWidget(dialog)
    assert dialog.items.count() == 1 and stored.code in dialog.items.item(0).text()
    dialog.accept()
    assert dialog.draft is None and dialog.error.text()
    dialog.items.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.recipient.setText("Phạm Thị Dung")
    dialog.accept()
    assert dialog.draft == RequestDraft(
        w.case.id, (stored.id,), ReleaseRequestPurpose.RETURN_TO_OWNER, Recipient("Phạm Thị Dung")
    )
    approve = ApproveDialog()
    qtbot.addWidget(approve)
    assert approve.when.dateTime().toPython() > agency_now().replace(tzinfo=None)


def test_in_the_main_window_the_head_approves_and_the_keeper_issues(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The first day's crash: the approved request's papers (release order D66, slip C05) in
    the tables, painted, in both roles' windows, without an error."""
    from ui.shell import MainWindow, Settings

    w = ui_world
    bike = w.receive("Xe máy Honda Wave", disposition=Disposition.RETURN_TO_OWNER)
    request = w.services.release_requests.request(
        w.officer, w.case.id, [bike.id], ReleaseRequestPurpose.RETURN_TO_OWNER,
        Recipient("Phạm Thị Dung"),
    )  # fmt: skip
    shown: list[str] = []
    monkeypatch.setattr(errors.ErrorDialog, "present", lambda _p, _t, text: shown.append(text))
    when = agency_now()
    monkeypatch.setattr(release_view.ApproveDialog, "ask", lambda *_a: when)
    windows = {}
    for role, actor in (("head", w.head), ("keeper", w.keeper)):
        window = MainWindow(w.services, actor, Settings())
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        window.show_area("releases")
        windows[role] = window
    head = windows["head"].releases
    head.select_request(request.id)
    qtbot.mouseClick(head.approve_button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)  # the request's papers are painted
    approved = head.current_request()
    assert approved is not None and approved.status is ReleaseRequestStatus.APPROVED
    kinds = {head.documents.model.index(r, 1).data() for r in range(2)}
    assert kinds == {"Lệnh xuất kho (D66)", "Phiếu xuất kho (C05)"}
    windows["head"].grab().save(str(tmp_path / "head_approved.png"))

    keeper_window = windows["keeper"]
    keeper_window.releases.reload()
    keeper_window.releases.select_request(request.id)
    qtbot.wait(50)
    keeper_window.handle_scan(bike.code)  # the scanner, on the release screen
    qtbot.mouseClick(keeper_window.releases.finish_button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    done = keeper_window.releases.current_request()
    assert done is not None and done.status is ReleaseRequestStatus.ISSUED
    assert w.services.items.get(w.keeper, bike.id).status is ItemStatus.RELEASED
    assert shown == []


def test_items_on_their_way_to_the_council_are_offered_for_a_release_to_it(
    qtbot: QtBot, ui_world: World
) -> None:
    """Listed for destruction, the knife still leaves the warehouse on the head's order: the
    request form offers it for the council, not for a return."""
    w = ui_world
    knife = w.receive("Dao găm tự chế", disposition=Disposition.DESTROY)
    council = w.services.destruction.set_up(w.officer, CouncilDraft(
        "07/QĐ-THADS", agency_now().date(), (
            MemberDraft("Nguyễn Văn Hùng", "Chấp hành viên", "THADS", is_chair=True),
            MemberDraft("Trần Thị Lan", "Kế toán", "THADS"),
            MemberDraft("Lê Minh Tuấn", "Cán bộ", "UBND phường"),
        ), Supervisor("Phạm Quốc Bảo", "Kiểm sát viên", "Viện kiểm sát nhân dân"),
    ))  # fmt: skip
    w.services.destruction.add_by_code(w.officer, council.id, knife.code)
    dialog = NewRequestDialog(w.services, w.officer)
    qtbot.addWidget(dialog)
    assert dialog.case.select(w.case.id)

    def offered() -> list[str]:
        return [dialog.items.item(i).text() for i in range(dialog.items.count())]

    dialog.purpose.setCurrentIndex(dialog.purpose.findData(ReleaseRequestPurpose.RETURN_TO_OWNER))
    assert not any(knife.code in text for text in offered())
    dialog.purpose.setCurrentIndex(dialog.purpose.findData(ReleaseRequestPurpose.TO_DESTRUCTION))
    assert [t for t in offered() if knife.code in t] == [
        f"{knife.code} – Dao găm tự chế (Tiêu hủy)"
    ]


def test_a_temporary_release_is_requested_approved_and_issued_through_the_screens(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Trích xuất for a trial, on an item of a case not yet judged: the officer fills the
    court's written request in the dialog (its fields appear only for that purpose), the head
    fixes the hour, the keeper scans it out and prints the minutes; the item is out."""
    w = ui_world
    bike = w.receive("Xe máy Honda Wave")
    dialog = NewRequestDialog(w.services, w.officer)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.reference.isVisibleTo(dialog) and not dialog.due.isVisibleTo(dialog)
    dialog.purpose.setCurrentIndex(dialog.purpose.findData(ReleaseRequestPurpose.TEMPORARY_RELEASE))
    assert dialog.reference.isVisibleTo(dialog) and dialog.due.isVisibleTo(dialog)
    assert dialog.items.count() == 1  # undecided, yet offered: the trial needs no judgment
    dialog.items.item(0).setCheckState(Qt.CheckState.Checked)
    type_text(qtbot, dialog.recipient, "Trần Văn Bình")
    type_text(qtbot, dialog.body, "Tòa án nhân dân quận Hoàn Kiếm")
    type_text(qtbot, dialog.reference, "45/TA ngày 01/12/2026")
    dialog.why.setCurrentIndex(dialog.why.findData(ReleasePurpose.TRIAL))
    dialog.accept()
    draft = dialog.draft
    assert draft is not None and draft.checkout is not None
    assert draft.checkout.due_on == agency_today() + timedelta(days=7)

    officer = _view(qtbot, w, w.officer)
    monkeypatch.setattr(release_view.NewRequestDialog, "ask", lambda *_a: draft)
    officer.new_button.click()
    request = officer.current_request()
    assert request is not None and request.checkout == draft.checkout
    head = _view(qtbot, w, w.head)
    head.select_request(request.id)
    monkeypatch.setattr(release_view.ApproveDialog, "ask", lambda *_a: agency_now())
    head.approve_button.click()
    keeper = _view(qtbot, w, w.keeper)
    keeper.select_request(request.id)
    assert keeper.handle_scan(bike.code) is True
    keeper.finish_button.click()
    out = w.services.checkouts.open_for(w.keeper, bike.id)
    assert out is not None and out.request_reference == "45/TA ngày 01/12/2026"
    assert w.services.items.get(w.keeper, bike.id).status is ItemStatus.CHECKED_OUT
    finished = keeper.current_request()
    assert finished is not None and len(finished.documents) == 3
    text = " ".join(page_texts(w.services.documents.pdf(w.keeper, finished.documents[2].id)))
    assert "chậm nhất ngày" in text and "45/TA ngày 01/12/2026" in text
