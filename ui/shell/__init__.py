"""The application's shell: start-up (``run_app``), the main window and its menus, the scanner,
the workstation's settings, Qt's Vietnamese texts, the crash dialog.
"""

from ui.shell.app import Shell, run_app
from ui.shell.crash_dialog import install_crash_handler
from ui.shell.main_window import MainWindow
from ui.shell.qt_translations import apply_qt_language
from ui.shell.settings import Settings

__all__ = [
    "MainWindow",
    "Settings",
    "Shell",
    "apply_qt_language",
    "install_crash_handler",
    "run_app",
]
