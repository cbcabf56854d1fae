"""Printing through Qt: a PDF printed to a file still scans, and the label dialog records."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from evidence_app.documents.label_layout import SIZES
from evidence_app.domain.enums import EventKind
from evidence_app.services.core.auth import SYSTEM
from evidence_app.services.facade import Services
from tests.label_pdf import pages
from tests.test_files import OLD, full_disk_after
from tests.world import World
from ui.common.printing import print_pdf, print_pdf_to_file
from ui.documents import LabelPrintDialog

MM = 72 / 25.4


def _printed(world: World, item_id: int) -> list[str]:
    history = world.services.items.history(world.keeper, item_id)
    return [e.note or "" for e in history if e.kind is EventKind.LABEL_PRINTED]


@pytest.mark.parametrize("size", ["50x30", "a4"])
def test_printing_to_pdf_through_qt_keeps_the_paper_size_and_the_barcode_decodes(
    ui_world: World, qapp: object, tmp_path: Path, size: str
) -> None:
    item = ui_world.receive()
    pdf = ui_world.services.labels.preview_items(ui_world.keeper, [item.code], "pdf", size)
    out = tmp_path / "printed.pdf"
    print_pdf_to_file(pdf, out)
    (page,) = pages(out.read_bytes())
    spec = SIZES[size]
    width, height = spec.page or (spec.width, spec.height)
    assert page.size == pytest.approx((width * MM, height * MM), abs=1.5)
    assert page.codes() == [item.code]


def test_the_dialog_saves_zpl_at_50x30_and_records_the_print(
    ui_world: World, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = ui_world.receive(), ui_world.receive("Điện thoại Samsung")
    target = tmp_path / "nhan.zpl"
    monkeypatch.setattr(LabelPrintDialog, "ask_zpl_path", classmethod(lambda cls, p: target))
    dialog = LabelPrintDialog(ui_world.services, ui_world.keeper, [first.code, second.code])
    qtbot.addWidget(dialog)
    assert "2 nhãn" in dialog.findChild(object, "subheading").text()
    dialog.choose("50x30", zpl=True, dpi=203)
    dialog.print_button.click()

    assert dialog.result() == dialog.DialogCode.Accepted
    zpl = target.read_text(encoding="utf-8")
    assert zpl.count("^XA") == 2 and "^PW400" in zpl and "^LL240" in zpl
    assert f"^FD{first.code}^FS" in zpl and f"^FD{second.code}^FS" in zpl
    assert _printed(ui_world, first.id) == _printed(ui_world, second.id) == ["nhãn 50x30 (ZPL)"]


def test_a_cancelled_preview_records_nothing_and_a_printed_one_records(
    ui_world: World, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    item = ui_world.receive()
    shown: list[bytes] = []
    answer = [False]

    def preview(cls: type, parent: object, data: bytes, title: str) -> bool:
        shown.append(data)
        return answer[0]

    monkeypatch.setattr(LabelPrintDialog, "print_preview", classmethod(preview))
    dialog = LabelPrintDialog(ui_world.services, ui_world.keeper, [item.code])
    qtbot.addWidget(dialog)
    dialog.choose("100x50", zpl=False)
    dialog.print_button.click()
    assert len(shown) == 1 and _printed(ui_world, item.id) == []
    answer[0] = True
    dialog.print_button.click()
    assert [p.codes() for p in pages(shown[1])] == [[item.code]]
    assert _printed(ui_world, item.id) == ["nhãn 100x50 (PDF)"]


def test_a_role_without_custody_rights_reads_the_refusal_in_the_dialog(
    ui_world: World, qtbot: QtBot
) -> None:
    item = ui_world.receive()
    dialog = LabelPrintDialog(ui_world.services, ui_world.officer, [item.code])
    qtbot.addWidget(dialog)
    dialog.print_button.click()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert ui_world.officer.username in dialog.error.text()
    assert _printed(ui_world, item.id) == []


def test_zpl_cannot_be_chosen_for_an_a4_sheet(empty_services: Services, qtbot: QtBot) -> None:
    dialog = LabelPrintDialog(empty_services, SYSTEM, ["VC-2026-000001"])
    qtbot.addWidget(dialog)
    dialog.choose("a4", zpl=True)
    assert not dialog.print_button.isEnabled() and "A4" in dialog.error.text()
    dialog.choose("a4", zpl=False)
    assert dialog.print_button.isEnabled() and not dialog.dpi_box.isEnabled()


def test_location_labels_are_saved_and_record_nothing(
    ui_world: World, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "vitri.zpl"
    monkeypatch.setattr(LabelPrintDialog, "ask_zpl_path", classmethod(lambda cls, p: target))
    codes = [ui_world.shelf_a.code, ui_world.shelf_b.code]
    dialog = LabelPrintDialog(ui_world.services, ui_world.keeper, codes, locations=True)
    qtbot.addWidget(dialog)
    assert "2 nhãn vị trí" in dialog.findChild(object, "subheading").text()
    dialog.choose("100x50", zpl=True, dpi=300)
    dialog.print_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    zpl = target.read_text(encoding="utf-8")
    assert zpl.count("^XA") == 2 and "^PW1181" in zpl and "Khu A › Kệ 2" in zpl


def test_the_print_preview_prints_on_paper_of_the_label_size(
    ui_world: World, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the preview's print button does, with Qt's PDF output as the printer."""
    item = ui_world.receive()
    pdf = ui_world.services.labels.preview_items(ui_world.keeper, [item.code], "pdf", "100x50")
    out = tmp_path / "preview.pdf"

    def print_from_preview(dialog: QPrintPreviewDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        dialog.paintRequested.emit(printer)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintPreviewDialog, "exec", print_from_preview)
    assert print_pdf(None, pdf, "Nhãn")
    (page,) = pages(out.read_bytes())
    assert page.size == pytest.approx((100 * MM, 50 * MM), abs=1.5)
    assert page.codes() == [item.code]


def test_a_full_disk_while_saving_zpl_keeps_the_old_file_and_records_nothing(
    ui_world: World, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "ra"  # the test's database lives in tmp_path
    folder.mkdir()
    item = ui_world.receive()
    target = folder / "nhan.zpl"
    target.write_bytes(OLD)
    monkeypatch.setattr(LabelPrintDialog, "ask_zpl_path", classmethod(lambda cls, p: target))
    dialog = LabelPrintDialog(ui_world.services, ui_world.keeper, [item.code])
    qtbot.addWidget(dialog)
    dialog.choose("50x30", zpl=True)
    with monkeypatch.context() as patched:
        full_disk_after(patched, 10)
        dialog.print_button.click()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "ổ đĩa đã đầy" in dialog.error.text()
    assert target.read_bytes() == OLD and list(folder.iterdir()) == [target]
    assert _printed(ui_world, item.id) == []


def test_printing_to_a_file_replaces_it_whole_or_keeps_it(
    ui_world: World, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "ra"  # the test's database lives in tmp_path
    folder.mkdir()
    item = ui_world.receive()
    pdf = ui_world.services.labels.preview_items(ui_world.keeper, [item.code], "pdf", "50x30")
    out = folder / "in.pdf"
    out.write_bytes(OLD)

    def refuse(*_args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with monkeypatch.context() as patched:
        patched.setattr(os, "replace", refuse)
        with pytest.raises(OSError):
            print_pdf_to_file(pdf, out, dpi=300)
    assert out.read_bytes() == OLD and list(folder.iterdir()) == [out]
    print_pdf_to_file(pdf, out, dpi=300)
    assert [p.codes() for p in pages(out.read_bytes())] == [[item.code]]
    assert list(folder.iterdir()) == [out]
