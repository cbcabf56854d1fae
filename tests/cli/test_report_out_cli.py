"""``main.py report --out``: the report file is written whole or the file there is kept."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from evidence_app.cli import run_cli
from tests.test_files import OLD, full_disk_after
from tests.world import World


def _report(db_url: str, out: Path, lang: str = "vi") -> int:
    return run_cli(["report", "stock", "--db", db_url, "--out", str(out), "--lang", lang])


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Where the report goes: a folder of its own (the SQLite database is in ``tmp_path``)."""
    path = tmp_path / "bao-cao"
    path.mkdir()
    return path


def test_a_full_disk_keeps_the_old_report_and_leaves_no_part(
    world: World,
    db_url: str,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    world.receive()
    out = folder / "ton-kho.pdf"
    out.write_bytes(OLD)
    with monkeypatch.context() as patched:
        full_disk_after(patched, 1000)
        assert _report(db_url, out) == 1
    assert capsys.readouterr().err.strip() == (f"Không ghi được tệp báo cáo {out}: ổ đĩa đã đầy.")
    assert out.read_bytes() == OLD and list(folder.iterdir()) == [out]


def test_a_failed_rename_keeps_the_old_report(
    world: World,
    db_url: str,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = folder / "ton-kho.xlsx"
    out.write_bytes(OLD)

    def refuse(*_args: object) -> None:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    with monkeypatch.context() as patched:
        patched.setattr(os, "replace", refuse)
        assert _report(db_url, out, "en") == 1
    assert "the disk is read-only" in capsys.readouterr().err
    assert out.read_bytes() == OLD and list(folder.iterdir()) == [out]


def test_a_report_replaces_the_file_there_whole(
    world: World, db_url: str, folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    world.receive()
    out = folder / "ton-kho.pdf"
    out.write_bytes(OLD)
    assert _report(db_url, out) == 0, capsys.readouterr().err
    assert out.read_bytes()[:5] == b"%PDF-" and out.read_bytes() != OLD
    assert list(folder.iterdir()) == [out]
