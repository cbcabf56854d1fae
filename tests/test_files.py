"""Output files are written whole or not at all: whatever fails, the old file stays as it was
and no temporary file is left beside it."""

from __future__ import annotations

import errno
import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from evidence_app import files
from evidence_app.domain.errors import ValidationError

OLD = b"%PDF-1.4 the labels printed yesterday\n" * 100
NEW = b"%PDF-1.7 today's labels\n" * 5000


def full_disk_after(monkeypatch: pytest.MonkeyPatch, written: int) -> None:
    """``os.write`` writes ``written`` bytes of what it is given, then the disk is full."""
    real = os.write

    def write(fd: int, data: bytes) -> int:
        if fd > 2:  # never the test's own output
            real(fd, bytes(data)[:written])
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(fd, data)

    monkeypatch.setattr(os, "write", write)


def _old_file(tmp_path: Path) -> Path:
    target = tmp_path / "nhan.pdf"
    target.write_bytes(OLD)
    return target


def test_a_file_is_replaced_whole_and_nothing_else_is_left(tmp_path: Path) -> None:
    target = _old_file(tmp_path)
    files.atomic_write(target, NEW)
    assert target.read_bytes() == NEW
    assert list(tmp_path.iterdir()) == [target]


def test_a_disk_full_half_way_keeps_the_old_file_and_leaves_no_part(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = _old_file(tmp_path)
    full_disk_after(monkeypatch, 4096)
    with pytest.raises(OSError) as failed:
        files.atomic_write(target, NEW)
    assert failed.value.errno == errno.ENOSPC
    assert target.read_bytes() == OLD
    assert list(tmp_path.iterdir()) == [target]


def test_a_disk_full_on_a_new_path_leaves_no_truncated_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    full_disk_after(monkeypatch, 4096)
    with pytest.raises(OSError):
        files.atomic_write(tmp_path / "moi.pdf", NEW)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_a_failed_flush_or_rename_keeps_the_old_file(
    failing: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = _old_file(tmp_path)

    def refuse(*_args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, failing, refuse)
    with pytest.raises(OSError):
        files.atomic_write(target, NEW)
    assert target.read_bytes() == OLD
    assert list(tmp_path.iterdir()) == [target]


def test_a_folder_at_the_path_or_a_missing_folder_is_refused_and_left_as_it_was(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "nhan.pdf"
    folder.mkdir()
    (folder / "inside.txt").write_bytes(OLD)
    with pytest.raises(OSError):
        files.atomic_write(folder, NEW)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["nhan.pdf"]
    assert (folder / "inside.txt").read_bytes() == OLD
    with pytest.raises(FileNotFoundError):
        files.atomic_write(tmp_path / "khong-co" / "nhan.pdf", NEW)
    assert not (tmp_path / "khong-co").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions and links")
def test_a_file_written_over_keeps_its_permissions_and_a_link_stays_a_link(
    tmp_path: Path,
) -> None:
    target = _old_file(tmp_path)
    target.chmod(0o640)
    link = tmp_path / "link.pdf"
    link.symlink_to(target)
    files.atomic_write(link, NEW)
    assert link.is_symlink() and target.read_bytes() == NEW
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


@pytest.mark.parametrize(
    ("make", "vi", "en"),
    [
        (lambda p: p / "file.txt" / "nhan.pdf", "là tệp, không phải thư mục", "is a file"),
        (lambda p: p / "khong-co" / "nhan.pdf", "thư mục không tồn tại", "does not exist"),
        (lambda p: p / "nhan\0.pdf", "tên tệp không hợp lệ", "file name is not valid"),
    ],
)
def test_write_output_tells_why_in_the_users_language(
    make: Callable[[Path], Path], vi: str, en: str, tmp_path: Path
) -> None:
    (tmp_path / "file.txt").write_bytes(OLD)
    path = make(tmp_path)
    with pytest.raises(ValidationError) as refused:
        files.write_output(path, NEW, "labels.cannot_write")
    assert vi in refused.value.message("vi")
    assert "Chưa ghi nhận in nhãn nào" in refused.value.message("vi")
    assert en in refused.value.message("en")
    assert (tmp_path / "file.txt").read_bytes() == OLD


def test_a_full_disk_reads_as_a_full_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    full_disk_after(monkeypatch, 0)
    with pytest.raises(ValidationError) as refused:
        files.write_output(tmp_path / "bao-cao.pdf", NEW, "report.cannot_write")
    assert "ổ đĩa đã đầy" in refused.value.message("vi")
    assert "the disk is full" in refused.value.message("en")


def test_a_staged_path_replaces_the_target_only_once_written(tmp_path: Path) -> None:
    target = _old_file(tmp_path)
    with pytest.raises(FileNotFoundError), files.staged_path(target):
        pass  # the writer wrote nothing
    with pytest.raises(RuntimeError), files.staged_path(target) as temporary:
        temporary.write_bytes(NEW[:100])
        raise RuntimeError("the printer stopped")
    assert target.read_bytes() == OLD and list(tmp_path.iterdir()) == [target]
    with files.staged_path(target) as temporary:
        temporary.write_bytes(NEW)
    assert target.read_bytes() == NEW and list(tmp_path.iterdir()) == [target]
