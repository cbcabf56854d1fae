"""Signed checkpoints on the desktop (issue 16): the head saves the latest as a file and checks
the database against a file kept; the daily one is taken at log-in without blocking anyone."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from db.models import ChainCheckpoint
from evidence_app.domain.errors import ValidationError
from evidence_app.services.core.checkpoint import latest_checkpoint
from evidence_app.services.core.checkpoint_daily import take_daily_checkpoint
from evidence_app.services.core.checkpoint_dto import CheckpointFile
from tests.services.rows import tamper
from tests.world import World
from ui.common.background import running
from ui.common.errors import ErrorDialog
from ui.shell import MainWindow, Settings
from ui.shell.app import Shell
from ui.shell.checkpoint_actions import CheckpointFiles, start_daily_checkpoint
from ui.strings import set_language

KEY = Ed25519PrivateKey.generate()


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    told: list[str] = []
    monkeypatch.setattr(
        ErrorDialog, "present", classmethod(lambda c, p, t, text: told.append(text))
    )
    return told


def _dailies(world: World) -> int:
    with world.services.db.engine.connect() as conn:
        query = select(func.count()).where(ChainCheckpoint.reason == "daily")
        return int(conn.execute(query).scalar_one())


def _head_window(qtbot: QtBot, world: World) -> MainWindow:
    window = MainWindow(world.services, world.head, Settings())
    qtbot.addWidget(window)
    return window


def test_the_head_saves_the_latest_checkpoint_and_checks_the_database_against_it(
    qtbot: QtBot, ui_world: World, shown: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bike = ui_world.receive("Xe máy Honda Wave")
    window = _head_window(qtbot, ui_world)
    save = window.findChild(QAction, "action_save_checkpoint")
    check = window.findChild(QAction, "action_check_checkpoint")
    assert save.isVisible() and check.isVisible()
    tools = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "&Công cụ")
    tools.adjustSize()  # rendered without popping up (offscreen cannot grab the keyboard)
    tools.grab().save(str(tmp_path / "tools-menu.png"))
    save.trigger()  # before any checkpoint: said so, no file asked for
    assert shown.pop().startswith("Chưa có điểm chốt chuỗi nào để lưu")

    taken = take_daily_checkpoint(ui_world.services.db, ui_world.keeper, KEY)
    assert taken is not None
    kept = tmp_path / "usb" / "diem-chot.json"
    kept.parent.mkdir()
    monkeypatch.setattr(CheckpointFiles, "ask_save_path", classmethod(lambda c, p, n: str(kept)))
    save.trigger()
    assert CheckpointFile.read(kept) == taken.file
    assert shown.pop().startswith(f"Đã lưu điểm chốt số {taken.file.id} (")
    assert kept.read_text(encoding="utf-8") == taken.file.to_json()  # as `checkpoint --out`

    monkeypatch.setattr(CheckpointFiles, "ask_open_path", classmethod(lambda c, p: str(kept)))
    check.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "chữ ký hợp lệ; cả 1 chuỗi vật chứng" in shown.pop()

    # Someone with the database password rewrites the bike's head event.
    head_event = "item_id = :i AND seq = (SELECT event_count FROM item WHERE id = :i)"
    tamper(ui_world.services, f"UPDATE custody_event SET hash = :h WHERE {head_event}",
           h="ab" * 32, i=bike.id)  # fmt: skip
    set_language("en")
    check.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    told = shown.pop()
    assert told.startswith("TAMPERING FOUND: 1 item chains were rewritten after checkpoint")
    assert bike.code in told


def test_a_file_that_is_not_a_checkpoint_is_refused_in_the_user_s_words(
    qtbot: QtBot, ui_world: World, shown: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "notes.json"
    bad.write_text('{"format": "something else"}', encoding="utf-8")
    monkeypatch.setattr(CheckpointFiles, "ask_open_path", classmethod(lambda c, p: str(bad)))
    _head_window(qtbot, ui_world).findChild(QAction, "action_check_checkpoint").trigger()
    assert shown == [f"Tệp {bad} không phải tệp điểm chốt chuỗi hợp lệ."]


def test_a_keeper_is_not_offered_the_checkpoint_actions(qtbot: QtBot, ui_world: World) -> None:
    window = MainWindow(ui_world.services, ui_world.keeper, Settings())
    qtbot.addWidget(window)
    for name in ("action_save_checkpoint", "action_check_checkpoint"):
        assert not window.findChild(QAction, name).isVisible()


def test_a_keeper_logging_in_first_takes_the_day_s_checkpoint_in_the_background(
    qtbot: QtBot, ui_world: World, tmp_path: Path
) -> None:
    shell = Shell(ui_world.services, ui_world.keeper, Settings())
    qtbot.addWidget(shell.window)
    status = shell.window.statusBar()
    qtbot.waitUntil(lambda: status.currentMessage().startswith("Đã chốt chuỗi hằng ngày số"))
    assert _dailies(ui_world) == 1
    shell.window.grab().save(str(tmp_path / "daily-status.png"))
    task = start_daily_checkpoint(shell.window)  # a second log-in the same day
    qtbot.waitUntil(lambda: not running(task), timeout=10_000)
    assert _dailies(ui_world) == 1
    shell.close()


def test_a_daily_checkpoint_that_fails_says_why_in_the_status_bar(
    qtbot: QtBot, ui_world: World
) -> None:
    def unusable() -> Ed25519PrivateKey:
        raise ValidationError("checkpoint.key_invalid", path="/media/usb/khoa.pem")

    ui_world.services.signing_key = unusable
    window = MainWindow(ui_world.services, ui_world.keeper, Settings())
    qtbot.addWidget(window)
    task = start_daily_checkpoint(window)
    qtbot.waitUntil(lambda: not running(task), timeout=10_000)
    assert window.statusBar().currentMessage() == (
        "Không chốt được chuỗi hằng ngày: Tệp /media/usb/khoa.pem không phải khóa ký Ed25519 "
        "hợp lệ."
    )
    assert _dailies(ui_world) == 0
    assert latest_checkpoint(ui_world.services.db, ui_world.head) is None
    assert os.environ.get("QT_QPA_PLATFORM") == "offscreen"
