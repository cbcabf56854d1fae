"""The document list: a case's or an item's papers; open, save, print, check the stored bytes."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.models import Item
from evidence_app.domain.enums import DocumentKind
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.documents import (
    DocumentCheck,
    DocumentView,
    document_view,
    issue_document,
)
from tests.documents import samples
from tests.services.rows import tamper
from tests.test_files import OLD, full_disk_after
from tests.world import World
from ui.common import printing
from ui.documents import DocumentList, listing
from ui.documents.check_dialog import DocumentCheckDialog, check_lines


def _issue(world: World, item_ids: list[int]) -> list[DocumentView]:
    views = []
    with unit_of_work(world.services.db) as session:
        items = session.scalars(select(Item).where(Item.id.in_(item_ids))).all()
        for kind, content in (
            (DocumentKind.HANDOVER_MINUTES, samples.minutes()),
            (DocumentKind.ENTRY_ORDER, samples.order()),
        ):
            doc = issue_document(
                session, world.keeper.user_id, kind, content, case_id=world.case.id, items=items
            )
            views.append(document_view(doc))
    return views


@pytest.fixture
def listed(qtbot: QtBot, ui_world: World) -> tuple[World, DocumentList, list[DocumentView]]:
    item = ui_world.receive("Điện thoại Samsung").id
    views = _issue(ui_world, [item])
    widget = DocumentList(ui_world.services, ui_world.officer)
    qtbot.addWidget(widget)
    widget.show_case(ui_world.case.id)
    return ui_world, widget, views


def _select(widget: DocumentList, row: int) -> None:
    widget.table.selectRow(row)


def test_case_documents_are_listed_newest_first_with_kind_names(listed, qtbot: QtBot) -> None:
    _, widget, views = listed
    ModelTester(qtbot).check(widget.model)  # type: ignore[attr-defined]
    numbers = [widget.model.row(r).number for r in range(widget.model.rowCount())]
    assert numbers == [views[1].number, views[0].number]
    assert widget.model.index(0, 1).data() == "Lệnh nhập kho (D65)"
    assert widget.status.text() == "2 văn bản"


def test_buttons_wait_for_a_selection(listed) -> None:
    _, widget, _ = listed
    assert not any(b.isEnabled() for b in widget.buttons.values())
    _select(widget, 0)
    assert all(b.isEnabled() for b in widget.buttons.values())


def test_item_documents_and_empty_list(listed) -> None:
    world, widget, _ = listed
    other = world.receive("Dao găm").id
    widget.show_item(other)
    assert widget.model.rowCount() == 0 and widget.status.text() == "Chưa có văn bản nào."


def test_save_writes_the_stored_bytes(listed, tmp_path: Path, monkeypatch) -> None:
    world, widget, views = listed
    target = tmp_path / "bb.pdf"
    monkeypatch.setattr(DocumentList, "ask_save_path", classmethod(lambda cls, p, s: str(target)))
    _select(widget, 1)
    widget.export_selected()
    assert target.read_bytes() == world.services.documents.pdf(world.officer, views[0].id)
    assert str(target) in widget.status.text()


def test_a_full_disk_is_told_and_the_old_file_kept(listed, tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "ra"  # the test's database lives in tmp_path
    folder.mkdir()
    _, widget, _ = listed
    target = folder / "bb.pdf"
    target.write_bytes(OLD)
    monkeypatch.setattr(DocumentList, "ask_save_path", classmethod(lambda cls, p, s: str(target)))
    _select(widget, 1)
    with monkeypatch.context() as patched:
        full_disk_after(patched, 100)
        widget.export_selected()
    assert widget.status.text() == f"Không lưu được tệp {target}: ổ đĩa đã đầy"
    assert target.read_bytes() == OLD and list(folder.iterdir()) == [target]


def test_open_hands_a_copy_to_the_viewer(listed, monkeypatch) -> None:
    _, widget, views = listed
    opened: list[Path] = []
    monkeypatch.setattr(
        DocumentList, "open_file", classmethod(lambda cls, p: opened.append(p) or True)
    )
    _select(widget, 0)
    widget.open_selected()
    assert opened[0].name == views[1].file_name and opened[0].read_bytes().startswith(b"%PDF")


def test_without_a_pdf_viewer_open_shows_the_paper_in_the_print_preview(
    listed, monkeypatch
) -> None:
    world, widget, views = listed
    monkeypatch.setattr(listing, "has_pdf_viewer", lambda: False)
    previewed: list[tuple[bytes, str]] = []
    monkeypatch.setattr(
        printing, "print_pdf", lambda parent, pdf, title: previewed.append((pdf, title)) or True
    )
    _select(widget, 0)
    widget.open_selected()
    assert previewed == [
        (world.services.documents.pdf(world.officer, views[1].id), views[1].number)
    ]
    assert "xem PDF" in widget.status.text()


def test_print_goes_through_print_pdf_with_the_stored_bytes(listed, monkeypatch) -> None:
    world, widget, views = listed
    printed: list[tuple[bytes, str]] = []
    monkeypatch.setattr(
        printing, "print_pdf", lambda parent, pdf, title: printed.append((pdf, title))
    )
    _select(widget, 0)
    widget.print_selected()
    assert printed == [
        (
            world.services.documents.pdf(world.officer, views[1].id),
            f"Lệnh nhập kho {views[1].number}",
        )
    ]


def _captured_checks(monkeypatch) -> list[DocumentCheck]:
    shown: list[DocumentCheck] = []
    monkeypatch.setattr(
        DocumentCheckDialog, "present", classmethod(lambda cls, parent, check: shown.append(check))
    )
    return shown


def test_check_of_an_intact_document_is_green(listed, monkeypatch) -> None:
    _, widget, _ = listed
    shown = _captured_checks(monkeypatch)
    _select(widget, 0)
    widget.check_selected()
    assert shown[0].ok
    assert check_lines(shown[0])[0] == "Văn bản khớp với cơ sở dữ liệu"


def test_check_of_a_tampered_document_says_what_differs(listed, monkeypatch) -> None:
    world, widget, _ = listed
    tamper(world.services, "UPDATE document SET content = content || ' '")
    shown = _captured_checks(monkeypatch)
    _select(widget, 1)
    widget.check_selected()
    lines = check_lines(shown[0])
    assert lines[0] == "Văn bản KHÔNG khớp với cơ sở dữ liệu"
    assert any("nội dung đã ghi của văn bản bị sửa" in line for line in lines)


def test_dialog_shows_red_verdict_and_details(listed, qtbot: QtBot) -> None:
    world, _, views = listed
    tamper(world.services, "UPDATE document SET pdf_sha256 = 'x'")
    check = world.services.documents.check(world.officer, views[0].number)
    dialog = DocumentCheckDialog(check)
    qtbot.addWidget(dialog)
    assert "KHÔNG khớp" in dialog.verdict.text() and "b3261e" in dialog.verdict.styleSheet()
    assert "tệp PDF lưu trữ bị thay đổi" in dialog.details.text()
    assert views[0].number in dialog.details.text()
