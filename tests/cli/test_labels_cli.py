"""``main.py labels``: labels to a file from the command line, recorded like any print."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from evidence_app.cli import run_cli
from evidence_app.domain.enums import EventKind
from tests.cli.test_cli import run
from tests.label_pdf import all_codes
from tests.services.rows import snapshot
from tests.test_files import OLD, full_disk_after
from tests.world import World


def _printed(world: World, item_id: int) -> int:
    history = world.services.items.history(world.keeper, item_id)
    return sum(e.kind is EventKind.LABEL_PRINTED for e in history)


def test_labels_to_pdf_decode_and_are_recorded(world: World, db_url: str, tmp_path: Path) -> None:
    first, second = world.receive(), world.receive("Điện thoại Samsung")
    out = tmp_path / "nhan.pdf"
    codes = f"{first.code},{second.code.lower()}"
    result = run(
        "labels",
        "--db",
        db_url,
        "--codes",
        codes,
        "--format",
        "pdf",
        "--size",
        "a4",
        "--out",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    assert "2 nhãn" in result.stdout
    assert all_codes(out.read_bytes()) == [first.code, second.code]
    assert _printed(world, first.id) == _printed(world, second.id) == 1


def test_labels_to_zpl_at_300_dpi(world: World, db_url: str, tmp_path: Path) -> None:
    item = world.receive()
    out = tmp_path / "nhan.zpl"
    result = run(
        "labels",
        "--db",
        db_url,
        "--codes",
        item.code,
        "--format",
        "zpl",
        "--size",
        "100x50",
        "--dpi",
        "300",
        "--out",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    zpl = out.read_text(encoding="utf-8")
    assert zpl.count("^XA") == 1 and "^PW1181" in zpl and f"^FD{item.code}^FS" in zpl


def test_location_labels(world: World, db_url: str, tmp_path: Path) -> None:
    out = tmp_path / "vitri.pdf"
    result = run(
        "labels",
        "--db",
        db_url,
        "--locations",
        "--codes",
        world.shelf_a.code,
        "--size",
        "100x50",
        "--out",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    assert all_codes(out.read_bytes()) == [world.shelf_a.code]


def test_an_unknown_code_is_one_line_no_file_and_nothing_recorded(
    world: World, db_url: str, tmp_path: Path
) -> None:
    item = world.receive()
    out = tmp_path / "nhan.pdf"
    result = run(
        "labels",
        "--db",
        db_url,
        "--codes",
        f"{item.code},VC-2026-999999",
        "--out",
        str(out),
        "--lang",
        "en",
    )
    assert result.returncode == 1
    assert result.stderr.strip() == "Item not found: VC-2026-999999."
    assert not out.exists()
    assert _printed(world, item.id) == 0


def test_a_sheet_size_in_zpl_is_refused_in_one_line(
    world: World, db_url: str, tmp_path: Path
) -> None:
    item = world.receive()
    result = run(
        "labels",
        "--db",
        db_url,
        "--codes",
        item.code,
        "--format",
        "zpl",
        "--size",
        "a4",
        "--out",
        str(tmp_path / "x.zpl"),
    )
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "khổ nhãn" in result.stderr


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Where the labels go: a folder of their own (the SQLite database is in ``tmp_path``)."""
    path = tmp_path / "nhan"
    path.mkdir()
    return path


def test_an_unknown_code_keeps_the_file_already_at_the_path(
    world: World, db_url: str, folder: Path
) -> None:
    """The file at --out was emptied and deleted when a code was unknown."""
    item = world.receive()
    out = folder / "nhan.pdf"
    out.write_bytes(OLD)
    result = run(
        "labels", "--db", db_url, "--codes", f"{item.code},VC-2026-999999", "--out", str(out)
    )
    assert result.returncode == 1
    assert out.read_bytes() == OLD and list(folder.iterdir()) == [out]
    assert _printed(world, item.id) == 0


def test_a_path_under_a_file_is_one_line_and_records_nothing(
    world: World, db_url: str, folder: Path
) -> None:
    item = world.receive()
    existing = folder / "nhan.pdf"
    existing.write_bytes(OLD)
    before = snapshot(world.services)
    out = existing / "nhan.pdf"
    result = run("labels", "--db", db_url, "--codes", item.code, "--out", str(out))
    assert result.returncode == 1, result.stdout
    assert result.stderr.strip() == (
        f"Không ghi được tệp nhãn {out}: một phần của đường dẫn là tệp, không phải thư mục. "
        "Chưa ghi nhận in nhãn nào; tệp đã có ở đường dẫn này (nếu có) được giữ nguyên."
    )
    assert existing.read_bytes() == OLD and list(folder.iterdir()) == [existing]
    assert snapshot(world.services) == before


def _labels_in_process(db_url: str, out: Path, *codes: str, lang: str = "vi") -> int:
    """The command in this process, so a test can fill the disk under it."""
    return run_cli(["labels", "--db", db_url, "--codes", ",".join(codes), "--out", str(out),
                    "--lang", lang])  # fmt: skip


def test_a_full_disk_keeps_the_old_file_leaves_no_part_and_records_nothing(
    world: World,
    db_url: str,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    first, second = world.receive(), world.receive("Điện thoại Samsung")
    out = folder / "nhan.pdf"
    out.write_bytes(OLD)
    before = snapshot(world.services)
    with monkeypatch.context() as patched:
        full_disk_after(patched, 1000)
        code = _labels_in_process(db_url, out, first.code, second.code)
    assert code == 1
    assert "ổ đĩa đã đầy" in capsys.readouterr().err
    assert out.read_bytes() == OLD and list(folder.iterdir()) == [out]
    assert snapshot(world.services) == before
    assert _printed(world, first.id) == _printed(world, second.id) == 0


def test_a_failed_rename_keeps_the_old_file_and_records_nothing(
    world: World,
    db_url: str,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    item = world.receive()
    out = folder / "nhan.zpl"
    out.write_bytes(OLD)
    before = snapshot(world.services)

    def refuse(*_args: object) -> None:
        raise OSError(errno.EACCES, os.strerror(errno.EACCES))

    with monkeypatch.context() as patched:
        patched.setattr(os, "replace", refuse)
        code = _labels_in_process(db_url, out, item.code, lang="en")
    assert code == 1
    assert capsys.readouterr().err.strip() == (
        f"Cannot write the label file {out}: permission denied. No label was recorded as "
        "printed; any file already at that path is left as it was."
    )
    assert out.read_bytes() == OLD and list(folder.iterdir()) == [out]
    assert snapshot(world.services) == before


def test_labels_replace_a_file_already_there_whole_and_are_recorded(
    world: World, db_url: str, folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    item = world.receive()
    out = folder / "nhan.pdf"
    out.write_bytes(OLD)
    assert _labels_in_process(db_url, out, item.code) == 0, capsys.readouterr().err
    assert all_codes(out.read_bytes()) == [item.code]
    assert list(folder.iterdir()) == [out]
    assert _printed(world, item.id) == 1
