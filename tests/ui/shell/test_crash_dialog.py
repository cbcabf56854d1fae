from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.world import World
from ui.shell.crash_dialog import CrashDialog, CrashHandler, crash_report, saved_explanation


def _exc_info() -> tuple[type[BaseException], BaseException, object]:
    try:
        {}["missing"]
    except KeyError:
        kind, exc, tb = sys.exc_info()
        assert kind is not None and exc is not None
        return kind, exc, tb
    raise AssertionError("unreachable")


def test_the_report_names_versions_database_and_the_failing_line() -> None:
    report = crash_report(_exc_info(), "sqlite:///kho.db")  # type: ignore[arg-type]
    assert "Python " in report and "Qt " in report
    assert "Cơ sở dữ liệu: sqlite:///kho.db" in report
    assert "KeyError: 'missing'" in report
    assert 'missing"]' in report  # the source line of the failure


def test_an_uncaught_error_shows_the_dialog_once(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        CrashDialog, "present", classmethod(lambda cls, report, why: shown.append((report, why)))
    )
    handler = CrashHandler("sqlite:///kho.db")
    handler(*_exc_info())  # type: ignore[arg-type]
    assert len(shown) == 1 and "KeyError" in shown[0][0]
    assert "chưa được lưu" in shown[0][1]
    assert "KeyError" in capsys.readouterr().err
    # The same failure again (a model raising on every repaint): no second dialog, no loop.
    for _ in range(50):
        handler(*_exc_info())  # type: ignore[arg-type]
    assert len(shown) == 1
    assert "again (already reported)" in capsys.readouterr().err
    # Another failure is another dialog.
    try:
        [][1]
    except IndexError:
        handler(*sys.exc_info())  # type: ignore[arg-type]
    assert len(shown) == 2 and "IndexError" in shown[1][0]


def test_the_dialog_says_the_action_was_saved_when_it_was(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, ui_world: World
) -> None:
    """The head's approval is committed, then the screen fails to show it: the dialog must not
    say nothing was saved."""
    shown: list[str] = []
    monkeypatch.setattr(
        CrashDialog, "present", classmethod(lambda cls, report, why: shown.append(why))
    )
    db = ui_world.services.db
    handler = CrashHandler(db.display_url, lambda: db.last_write)
    ui_world.receive("Điện thoại Nokia")
    assert db.last_write is not None and time.time() - db.last_write < 5
    handler(*_exc_info())  # type: ignore[arg-type]
    assert "đã được lưu lúc" in shown[0] and "F5" in shown[0]
    assert saved_explanation(db.last_write, db.last_write + 600).startswith(
        "Thao tác vừa rồi chưa được lưu"
    )


def test_reads_alone_do_not_count_as_saved(ui_world: World) -> None:
    item = ui_world.receive("Điện thoại Nokia")
    db = ui_world.services.db
    db.last_write = None
    ui_world.services.items.details(ui_world.keeper, item.id)
    ui_world.services.agency.current()
    ui_world.services.search.search(ui_world.keeper, "nokia")
    assert db.last_write is None
    ui_world.services.items.move(ui_world.keeper, item.id, ui_world.shelf_b.id)
    assert db.last_write is not None


def test_the_user_saves_the_report_to_a_file(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "báo cáo lỗi.txt"
    monkeypatch.setattr(CrashDialog, "ask_path", classmethod(lambda cls, parent: target))
    dialog = CrashDialog(crash_report(_exc_info()), saved_explanation(None, time.time()))  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.findChild(object, "continue").text() == "Tiếp tục làm việc"
    qtbot.mouseClick(
        dialog.save_button, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton
    )
    assert "KeyError: 'missing'" in target.read_text(encoding="utf-8")
    assert dialog.save_button.text() == "Đã lưu báo cáo"
    assert not dialog.save_button.isEnabled()
    assert "chưa được lưu" in dialog.findChild(QLabel, "explanation").text()
    dialog.grab().save(str(tmp_path / "crash_dialog.png"))
