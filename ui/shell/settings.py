"""This workstation's settings (language, window layout, scanner), in an INI file.

Settings shared by every workstation (agency details, rules) live in the database; these
belong to one user on one PC. The file is ``settings.ini`` in the user configuration
directory, or in ``EVIDENCE_CONFIG_DIR`` when that is set (tests and portable installs).
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_config_dir
from PySide6.QtCore import QByteArray, QSettings

from ui.strings import LANGUAGES

APP_DIR_NAME = "evidence-app"

#: Every option, with its default; reading an unknown key is a programming mistake.
DEFAULTS: dict[str, object] = {
    "language": "vi",
    "window/geometry": QByteArray(),
    "window/state": QByteArray(),
    "window/splitter": QByteArray(),
    "scanner/enabled": True,
}


def settings_path() -> Path:
    base = os.environ.get("EVIDENCE_CONFIG_DIR") or user_config_dir(APP_DIR_NAME, appauthor=False)
    return Path(base) / "settings.ini"


class Settings:
    """Typed access to the options in ``DEFAULTS``."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._store = QSettings(str(self.path), QSettings.Format.IniFormat)

    def get(self, key: str) -> object:
        default = DEFAULTS[key]
        value = self._store.value(key, default)
        if isinstance(default, bool):
            return value in (True, "true", "1", 1)
        if isinstance(default, int):
            try:
                return int(value)  # type: ignore[call-overload]
            except (TypeError, ValueError):
                return default
        if isinstance(default, QByteArray):
            return value if isinstance(value, QByteArray) else default
        return value

    def set(self, key: str, value: object) -> None:
        if key not in DEFAULTS:
            raise KeyError(key)
        self._store.setValue(key, value)
        self._store.sync()

    def start_area(self, username: str) -> str:
        """The area ``username`` last worked in here ("" before the first time): each user
        opens on their own screen, never on the one the previous user left."""
        return str(self._store.value(f"start_area/{username}", "") or "")

    def set_start_area(self, username: str, area: str) -> None:
        self._store.setValue(f"start_area/{username}", area)
        self._store.sync()

    @property
    def language(self) -> str:
        value = str(self.get("language"))
        return value if value in LANGUAGES else "vi"

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(value)
        self.set("language", value)
