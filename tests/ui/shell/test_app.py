from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from evidence_app.domain.errors import DatabaseUnavailableError
from evidence_app.services.core.auth import Actor
from evidence_app.services.facade import Services
from tests.world import PASSWORD, World
from ui.access import FirstRunDialog, LoginDialog
from ui.common.errors import ErrorDialog
from ui.shell import Settings, app, system_check
from ui.shell.settings_dialog import Choices, SettingsDialog


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The messages the user would read in error dialogs, instead of showing them."""
    shown: list[str] = []
    monkeypatch.setattr(
        ErrorDialog, "present", classmethod(lambda cls, parent, title, text: shown.append(text))
    )
    return shown


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="only Linux can lack a display")
def test_without_a_display_the_app_says_how_to_run_it_and_exits_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert app.run_app([]) == app.EXIT_NO_DISPLAY
    err = capsys.readouterr().err
    assert "QT_QPA_PLATFORM=offscreen" in err and err.count("\n") == 1


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, False),
        ({"DISPLAY": ":0"}, True),
        ({"WAYLAND_DISPLAY": "wayland-0"}, True),
        ({"QT_QPA_PLATFORM": "offscreen"}, True),
    ],
)
def test_has_display_on_linux(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: bool
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    assert app.has_display(env) is expected


def test_qt_system_libraries_are_named_as_the_packages_to_install() -> None:
    present = {"xkbcommon", "EGL", "GL", "fontconfig", "dbus-1", "xcb-icccm", "xcb-image"}

    def find(name: str) -> str | None:
        return f"lib{name}.so" if name in present else None

    on_x11 = system_check.missing_packages({"DISPLAY": ":0"}, find, "linux")
    assert "libxcb-cursor0" in on_x11 and "libxkbcommon-x11-0" in on_x11
    assert "libxcb-icccm4" not in on_x11 and "libegl1" not in on_x11
    offscreen = {"QT_QPA_PLATFORM": "offscreen"}
    assert system_check.missing_packages(offscreen, find, "linux") == []
    assert system_check.missing_packages({"DISPLAY": ":0"}, find, "win32") == []
    # On this machine the offscreen platform the tests use has what it needs.
    assert system_check.missing_packages(offscreen) == []


def test_missing_qt_libraries_stop_the_start_with_one_line_saying_what_to_install(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(app, "missing_packages", lambda: ["libxcb-cursor0", "libxcb-shape0"])
    assert app.run_app([]) == app.EXIT_NO_DISPLAY
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "sudo apt-get install libxcb-cursor0 libxcb-shape0" in err


def test_an_unusable_database_is_shown_in_vietnamese_and_exits_1(
    qtbot: QtBot, shown_errors: list[str]
) -> None:
    assert app.run_app(["--db", "mysql://nobody@localhost/kho"]) == 1
    assert len(shown_errors) == 1
    assert shown_errors[0] == DatabaseUnavailableError(
        url="mysql://nobody@localhost/kho", reason="sqlite:///FILE | postgresql://…"
    ).message("vi")


def test_first_run_asks_for_setup_then_opens_the_main_window(
    qtbot: QtBot, empty_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    def set_up(cls: type[FirstRunDialog], services: Services, parent: object = None) -> Actor:
        services.users.create_first_admin("quantri", "Trần Văn Bình", PASSWORD)
        return services.users.authenticate("quantri", PASSWORD)

    monkeypatch.setattr(FirstRunDialog, "ask", classmethod(set_up))
    monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda *a: pytest.fail("no login")))
    shell = app.start(empty_services, Settings())
    assert shell is not None
    qtbot.addWidget(shell.window)
    assert shell.window.isVisible() and shell.window.actor.full_name == "Trần Văn Bình"
    shell.close()


def test_later_runs_ask_for_login_and_a_declined_login_opens_nothing(
    ui_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[Services] = []
    monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda cls, s, p=None: asked.append(s)))
    monkeypatch.setattr(FirstRunDialog, "ask", classmethod(lambda *a: pytest.fail("no setup")))
    assert app.start(ui_world.services, Settings()) is None
    assert asked == [ui_world.services]


def test_show_error_presents_the_domain_message(shown_errors: list[str]) -> None:
    from ui.common.errors import show_error

    show_error(None, DatabaseUnavailableError(url="x", reason="y"))
    assert shown_errors == [DatabaseUnavailableError(url="x", reason="y").message("vi")]


def test_switching_to_english_in_settings_rebuilds_the_window_in_english(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda cls, s, p=None: ui_world.keeper))
    shell = app.start(ui_world.services, Settings())
    assert shell is not None
    first = shell.window
    qtbot.addWidget(first)
    assert first.nav.item(0).text() == "Tổng quan"
    first.show_area("warehouses")
    choices = Choices(language="en", scanner_enabled=False)
    monkeypatch.setattr(SettingsDialog, "ask", classmethod(lambda cls, s, p: choices))
    first.findChild(QAction, "action_settings").trigger()
    window = shell.window
    qtbot.addWidget(window)
    assert window is not first and not first.isVisible() and window.isVisible()
    assert window.nav.item(0).text() == "Overview"
    assert window.current_area() == "warehouses"  # the new window keeps the user's place
    assert window.scan_label.text() == "Scanner: off"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
    assert Settings().language == "en" and Settings().get("scanner/enabled") is False
    shell.close()


def test_log_out_hands_the_workstation_to_the_next_user_on_their_own_screen(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = ui_world
    monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda cls, s, p=None: w.keeper))
    shell = app.start(w.services, Settings())
    assert shell is not None
    keeper_window = shell.window
    qtbot.addWidget(keeper_window)
    assert keeper_window.current_area() == "dashboard"  # a first start: the home screen
    keeper_window.show_area("moves")
    monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda cls, s, p=None: w.head))
    log_out = keeper_window.findChild(QAction, "action_log_out")
    assert log_out is not None and log_out.shortcut().toString() == "Ctrl+Shift+L"
    log_out.trigger()
    head_window = shell.window
    qtbot.addWidget(head_window)
    assert head_window is not keeper_window and not keeper_window.isVisible()
    assert head_window.actor.username == w.head.username
    assert head_window.current_area() == "dashboard"  # not the keeper's last screen
    head_window.show_area("releases")
    # The keeper comes back to his own last screen.
    monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda cls, s, p=None: w.keeper))
    head_window.findChild(QAction, "action_log_out").trigger()
    qtbot.addWidget(shell.window)
    assert shell.window.actor.username == w.keeper.username
    assert shell.window.current_area() == "moves"
    # No one logs in: the application closes.
    quits: list[bool] = []
    monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda cls, s, p=None: None))
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(True)))
    shell.window.findChild(QAction, "action_log_out").trigger()
    assert quits == [True]
    # The shell no longer listens for scans: fast typing anywhere reaches its field at once.
    field = QLineEdit()
    qtbot.addWidget(field)
    qtbot.keyClicks(field, "xe may")
    assert field.text() == "xe may"
