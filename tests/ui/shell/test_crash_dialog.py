from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ui.shell.crash_dialog import CrashDialog, CrashHandler, crash_report


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
    shown: list[str] = []
    monkeypatch.setattr(
        CrashDialog, "present", classmethod(lambda cls, report: shown.append(report))
    )
    handler = CrashHandler("sqlite:///kho.db")
    handler(*_exc_info())  # type: ignore[arg-type]
    assert len(shown) == 1 and "KeyError" in shown[0]
    assert "KeyError" in capsys.readouterr().err


def test_the_user_saves_the_report_to_a_file(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "báo cáo lỗi.txt"
    monkeypatch.setattr(CrashDialog, "ask_path", classmethod(lambda cls, parent: target))
    dialog = CrashDialog(crash_report(_exc_info()))  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.findChild(object, "continue").text() == "Tiếp tục làm việc"
    qtbot.mouseClick(
        dialog.save_button, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton
    )
    assert "KeyError: 'missing'" in target.read_text(encoding="utf-8")
    assert dialog.save_button.text() == "Đã lưu báo cáo"
    assert not dialog.save_button.isEnabled()
    dialog.grab().save("/tmp/shots/crash_dialog.png")
