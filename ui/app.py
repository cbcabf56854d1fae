"""Start the desktop application: database, first-run setup or login, then the main window."""

from __future__ import annotations

import argparse
import os
import sys

from PySide6.QtWidgets import QApplication

from evidence_app.domain.errors import DomainError
from evidence_app.services.facade import Services
from ui.errors import show_error
from ui.first_run_dialog import FirstRunDialog
from ui.login_dialog import LoginDialog
from ui.main_window import MainWindow
from ui.strings import LANGUAGES, set_language, tr

EXIT_NO_DISPLAY = 2


def parse_args(args: list[str]) -> tuple[argparse.Namespace, list[str]]:
    """Our options, and the rest for Qt (``-platform``, ``-style``…)."""
    parser = argparse.ArgumentParser(prog="main.py", description=tr("app.name"))
    parser.add_argument("--db", metavar="URL", default=None, help=tr("arg.db"))
    parser.add_argument("--lang", choices=LANGUAGES, default="vi", help=tr("arg.lang"))
    return parser.parse_known_args(args)


def has_display(env: dict[str, str] | os._Environ[str] = os.environ) -> bool:
    """False where Qt would abort for want of a screen (Linux without X11 or Wayland)."""
    if not sys.platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return True
    return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


def start(services: Services) -> MainWindow | None:
    """First-run setup on an empty database, else login; the main window, or None if declined."""
    if services.users.has_users():
        actor = LoginDialog.ask(services)
    else:
        actor = FirstRunDialog.ask(services)
    if actor is None:
        return None
    window = MainWindow(services, actor)
    window.show()
    return window


def run_app(args: list[str]) -> int:
    """Open the desktop application; the exit code of the event loop."""
    options, qt_args = parse_args(args)
    set_language(options.lang)
    if not has_display() and "-platform" not in qt_args:
        print(tr("app.no_display"), file=sys.stderr)
        return EXIT_NO_DISPLAY
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    app.setApplicationName(tr("app.name"))
    try:
        # --db wins; without it Services.open falls back to EVIDENCE_DB_URL, then the
        # SQLite file in the user data directory, created and migrated on first start.
        services = Services.open(options.db)
    except DomainError as exc:
        show_error(None, exc)
        return 1
    try:
        window = start(services)
        return app.exec() if window is not None else 0
    finally:
        services.close()
