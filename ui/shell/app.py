"""Start the desktop application: database, first-run setup or login, then the main window."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from evidence_app.domain.errors import DomainError
from evidence_app.services.core.auth import Actor
from evidence_app.services.facade import Services
from ui.access import FirstRunDialog, LoginDialog
from ui.common.errors import show_error
from ui.shell.checkpoint_actions import start_daily_checkpoint
from ui.shell.crash_dialog import install_crash_handler
from ui.shell.main_window import MainWindow
from ui.shell.qt_translations import apply_qt_language
from ui.shell.scanner import ScanDetector
from ui.shell.settings import Settings
from ui.shell.system_check import missing_packages
from ui.strings import LANGUAGES, language, set_language, tr

EXIT_NO_DISPLAY = 2
#: The application's icon (windows, task bar); the same file the .desktop entry names.
ICON = Path(__file__).resolve().parents[2] / "resources" / "icons" / "evidence-app.svg"


def parse_args(args: list[str]) -> tuple[argparse.Namespace, list[str]]:
    """Our options, and the rest for Qt (``-platform``, ``-style``…)."""
    parser = argparse.ArgumentParser(prog="main.py", description=tr("app.name"))
    parser.add_argument("--db", metavar="URL", default=None, help=tr("arg.db"))
    parser.add_argument("--lang", choices=LANGUAGES, default=None, help=tr("arg.lang"))
    return parser.parse_known_args(args)


def has_display(env: dict[str, str] | os._Environ[str] = os.environ) -> bool:
    """False where Qt would abort for want of a screen (Linux without X11 or Wayland)."""
    if not sys.platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return True
    return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


class Shell:
    """Owns the main window; rebuilds it when the user switches the language."""

    def __init__(self, services: Services, actor: Actor, settings: Settings) -> None:
        self.services, self.actor, self.settings = services, actor, settings
        self.detector = ScanDetector()
        self.detector.enabled = bool(settings.get("scanner/enabled"))
        QApplication.instance().installEventFilter(self.detector)  # type: ignore[union-attr]
        self.window = self._open()
        start_daily_checkpoint(self.window)

    def _open(self) -> MainWindow:
        window = MainWindow(self.services, self.actor, self.settings, self.detector)
        window.languageChosen.connect(self.switch_language)
        window.logOutRequested.connect(self.log_out)
        window.show()
        return window

    def log_out(self) -> None:
        """The window closes (its state kept for this user) and the login asks who is next;
        no one logging in closes the application, as at the start."""
        old = self.window
        old.save_state()
        app = QApplication.instance()
        # No window shows while the login asks: that must not end the application.
        app.setQuitOnLastWindowClosed(False)  # type: ignore[union-attr]
        try:
            old.hide()
            actor = LoginDialog.ask(self.services)
        finally:
            app.setQuitOnLastWindowClosed(True)  # type: ignore[union-attr]
        if actor is None:
            self.close()  # stop listening for scans: no one is here to receive them
            QApplication.instance().quit()  # type: ignore[union-attr]
            return
        self.actor = actor
        self.window = self._open()
        start_daily_checkpoint(self.window)
        old.languageChosen.disconnect(self.switch_language)
        old.logOutRequested.disconnect(self.log_out)
        old.deleteLater()

    def close(self) -> None:
        """Stop listening for scans (the window itself closes with the application)."""
        QApplication.instance().removeEventFilter(self.detector)  # type: ignore[union-attr]
        self.window.close()

    def switch_language(self, lang: str) -> None:
        """Every text, Qt's own included, in ``lang``; the window keeps its place and size."""
        set_language(lang)
        apply_qt_language(lang)
        old = self.window
        old.save_state()
        self.window = self._open()
        old.languageChosen.disconnect(self.switch_language)
        old.logOutRequested.disconnect(self.log_out)
        old.hide()
        old.deleteLater()


def start(services: Services, settings: Settings) -> Shell | None:
    """First-run setup on an empty database, else login; the shell, or None if declined."""
    if services.users.has_users():
        actor = LoginDialog.ask(services)
    else:
        actor = FirstRunDialog.ask(services)
    if actor is None:
        return None
    return Shell(services, actor, settings)


def run_app(args: list[str]) -> int:
    """Open the desktop application; the exit code of the event loop."""
    options, qt_args = parse_args(args)
    settings_language = Settings().language
    set_language(options.lang or settings_language)
    if not has_display() and "-platform" not in qt_args:
        print(tr("app.no_display"), file=sys.stderr)
        return EXIT_NO_DISPLAY
    missing = missing_packages()
    if missing:
        print(tr("app.missing_libraries", packages=" ".join(missing)), file=sys.stderr)
        return EXIT_NO_DISPLAY
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    app.setApplicationName(tr("app.name"))
    if isinstance(app, QApplication) and ICON.is_file():
        app.setWindowIcon(QIcon(str(ICON)))
    apply_qt_language(language())
    settings = Settings()
    try:
        # --db wins; without it Services.open falls back to EVIDENCE_DB_URL, then the
        # SQLite file in the user data directory, created and migrated on first start.
        services = Services.open(options.db)
    except DomainError as exc:
        show_error(None, exc)
        return 1
    install_crash_handler(services.db.display_url, lambda: services.db.last_write)
    try:
        shell = start(services, settings)
        return app.exec() if shell is not None else 0
    finally:
        services.close()
