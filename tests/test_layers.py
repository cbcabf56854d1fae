"""The layer rules of DESIGN.md hold: the contracts pass and the core loads without Qt."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_linter_contracts_are_kept() -> None:
    linter = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(linter)], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def test_core_and_cli_import_without_loading_qt() -> None:
    code = (
        "import sys, evidence_app.cli, evidence_app.services.facade, db.models;"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt loaded'"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr


def test_core_is_typed_strictly() -> None:
    """mypy --strict on evidence_app and db, as configured in pyproject.toml."""
    result = subprocess.run(
        [sys.executable, "-m", "mypy"], capture_output=True, text=True, cwd=ROOT, timeout=600
    )
    assert result.returncode == 0, result.stdout[-3000:]


def test_code_passes_ruff() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "evidence_app", "db", "main.py"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:]


def _capability_packages() -> list[str]:
    """Every package whose modules are private to it: the service capabilities, the benchmarks
    and the ui packages (``core``, ``common`` and ``strings`` are toolkits, all public)."""
    found = ["evidence_app.bench"]
    for parent, toolkits in (("evidence_app.services", {"core"}), ("ui", {"common", "strings"})):
        folder = ROOT / parent.replace(".", "/")
        found += [
            f"{parent}.{child.name}"
            for child in sorted(folder.iterdir())
            if (child / "__init__.py").exists() and child.name not in toolkits
        ]
    return found


def test_every_capability_is_used_only_through_its_init() -> None:
    """A new package gets its protected contract: its modules are imported only from inside it."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    protected = {
        tuple(c["protected_modules"]): c["allowed_importers"]
        for c in config["tool"]["importlinter"]["contracts"]
        if c["type"] == "protected"
    }
    missing = [
        package
        for package in _capability_packages()
        if protected.get((f"{package}.*",)) != [package]
    ]
    assert not missing, f"no protected contract for {missing}"


def test_a_private_import_across_capabilities_breaks_the_contracts(tmp_path: Path) -> None:
    """The contracts fail on a copy whose move screen reaches into the auctions' internals."""
    for name in ("evidence_app", "db", "ui"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    view = tmp_path / "ui" / "moves" / "view.py"
    view.write_text(
        view.read_text() + "\nfrom evidence_app.services.auctions.views import LotView  # noqa\n"
    )
    linter = Path(sys.executable).with_name("lint-imports")
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    result = subprocess.run(
        [str(linter)], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=300
    )
    assert result.returncode != 0
    assert "ui.moves.view -> evidence_app.services.auctions.views" in result.stdout
