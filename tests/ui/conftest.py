"""UI fixtures: a private SQLite database per test (the UI is the same on PostgreSQL)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from evidence_app.services.facade import Services
from tests.world import World, build_world
from ui import strings
from ui.shell import apply_qt_language

#: The offscreen platform says this whenever a window with a layout is shown; it is harmless.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test reads and writes its own settings file, never the developer's."""
    folder = tmp_path / "config"
    monkeypatch.setenv("EVIDENCE_CONFIG_DIR", str(folder))
    return folder / "settings.ini"


@pytest.fixture(autouse=True)
def vietnamese() -> Iterator[None]:
    """Every UI test starts in Vietnamese, whatever the one before it switched to."""
    strings.set_language("vi")
    apply_qt_language("vi")
    yield
    strings.set_language("vi")
    apply_qt_language("vi")


@pytest.fixture
def empty_services(sqlite_template: Path, tmp_path: Path) -> Iterator[Services]:
    """A migrated SQLite database with no users and no agency: the first run."""
    target = tmp_path / "t.db"
    with sqlite3.connect(sqlite_template) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
    services = Services.open(f"sqlite:///{target}", migrate=False)
    yield services
    services.close()


@pytest.fixture
def ui_world(empty_services: Services) -> World:
    """An agency with one user per role, a warehouse and a case (tests/world.py)."""
    return build_world(empty_services)
