"""What users install: the entry point, the Linux desktop entry and icon, the PyInstaller spec."""

from __future__ import annotations

import ast
import configparser
import tomllib
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "resources" / "packaging"


def test_the_entry_point_is_main_main() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert project["project"]["scripts"]["evidence-app"] == "main:main"
    import main

    assert callable(main.main)


def test_the_desktop_entry_names_the_command_and_the_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(PACKAGING / "evidence-app.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Name"] == "Kho vật chứng"
    assert desktop["Name[en]"] and desktop["Exec"].split()[0] == "evidence-app"
    assert desktop["Icon"] == "evidence-app" and desktop["Terminal"] == "false"
    assert (ROOT / "resources" / "icons" / "evidence-app.svg").is_file()


def test_the_icons_are_real_images() -> None:
    icons = ROOT / "resources" / "icons"
    for name, size in (("evidence-app-256.png", 256), ("evidence-app-48.png", 48)):
        with Image.open(icons / name) as image:
            assert image.size == (size, size)
    with Image.open(icons / "evidence-app.ico") as ico:
        assert ico.format == "ICO"
    assert "<svg" in (icons / "evidence-app.svg").read_text("utf-8")


def test_the_pyinstaller_spec_is_python_and_bundles_files_that_exist() -> None:
    spec = (PACKAGING / "evidence-app.spec").read_text("utf-8")
    tree = ast.parse(spec)
    assert "evidence-app" in spec and "evidence-cli" in spec
    paths = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "str"
    ]
    assert paths
    for relative in ("resources/fonts", "resources/icons", "db/alembic.ini", "db/migrations"):
        assert (ROOT / relative).exists(), relative
    assert (ROOT / "resources" / "icons" / "evidence-app.ico").is_file()
