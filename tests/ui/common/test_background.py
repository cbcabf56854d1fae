from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from evidence_app.domain.errors import NotFoundError
from ui.common import background
from ui.common.background import Progress, run_in_background
from ui.common.errors import ErrorDialog


def test_work_runs_off_the_gui_thread_and_its_result_arrives_on_it(qtbot: QtBot) -> None:
    gui = threading.get_ident()
    seen: dict[str, object] = {}

    def work(progress: Progress) -> int:
        seen["work_thread"] = threading.get_ident()
        for done in range(1, 4):
            progress.report(done, 3)
        return 42

    def done(result: object) -> None:
        seen["result"], seen["result_thread"] = result, threading.get_ident()

    run_in_background(None, "…", work, done)
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 42
    assert seen["work_thread"] != gui
    assert seen["result_thread"] == gui
    qtbot.waitUntil(lambda: not background._running)


def test_a_domain_error_is_shown_to_the_user(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        ErrorDialog, "present", classmethod(lambda cls, p, t, text: shown.append(text))
    )

    def work(progress: Progress) -> None:
        raise NotFoundError(what="noun.item", ref="VC-2026-000001")

    run_in_background(None, "…", work, lambda _result: None)
    qtbot.waitUntil(lambda: bool(shown))
    assert "VC-2026-000001" in shown[0]


def test_an_unexpected_error_reaches_the_crash_handler(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    caught: list[BaseException] = []
    monkeypatch.setattr("sys.excepthook", lambda kind, exc, tb: caught.append(exc))

    def work(progress: Progress) -> None:
        raise RuntimeError("disk on fire")

    run_in_background(None, "…", work, lambda _result: None)
    qtbot.waitUntil(lambda: bool(caught))
    assert str(caught[0]) == "disk on fire"


def test_cancel_is_seen_by_the_work(qtbot: QtBot) -> None:
    release = threading.Event()
    results: list[object] = []

    def work(progress: Progress) -> bool:
        release.wait(5)
        return progress.cancelled

    task = run_in_background(None, "…", work, results.append)
    task.progress.cancel()
    release.set()
    qtbot.waitUntil(lambda: bool(results))
    assert results == [True]
