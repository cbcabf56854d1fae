from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray

from ui.shell import Settings


def test_settings_live_in_the_configured_file_and_survive_a_restart(private_settings: Path) -> None:
    settings = Settings()
    assert settings.path == private_settings
    assert settings.language == "vi" and settings.get("scanner/enabled") is True
    settings.language = "en"
    settings.set("scanner/enabled", False)
    settings.set("window/geometry", QByteArray(b"\x01\x02"))
    again = Settings()
    assert again.language == "en"
    assert again.get("scanner/enabled") is False
    assert again.get("window/geometry") == QByteArray(b"\x01\x02")


def test_a_garbled_file_falls_back_to_defaults(private_settings: Path) -> None:
    private_settings.parent.mkdir(parents=True)
    private_settings.write_text("[General]\nlanguage=klingon\n[start_area]\nthukho=\n")
    settings = Settings()
    assert settings.language == "vi"
    assert settings.start_area("thukho") == "" and settings.start_area("ketoan") == ""


def test_unknown_options_and_languages_are_refused(private_settings: Path) -> None:
    settings = Settings()
    with pytest.raises(KeyError):
        settings.set("colour", "red")
    with pytest.raises(ValueError):
        settings.language = "fr"
