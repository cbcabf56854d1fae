"""Every role, in both languages, on a demo database: each area visited, a row selected in each
table and each tab opened, as a new user finds their way. No exception, no error dialog, no
message key on screen (issue 14's first day)."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QLabel,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from evidence_app.domain.enums import Role
from evidence_app.services.demo import build_demo
from evidence_app.services.facade import Services
from ui.common import errors
from ui.shell import MainWindow, Settings, apply_qt_language
from ui.strings import set_language

PASSWORD = "demo12345"
USERS = {
    Role.ADMIN: "admin",
    Role.HEAD: "thutruong",
    Role.OFFICER: "chv.tran",
    Role.KEEPER: "thukho",
    Role.ACCOUNTANT: "ketoan",
    Role.CASHIER: "thuquy",
    Role.COUNCIL_MEMBER: "hoidong",
    Role.INSPECTOR: "kiemsat",
}
#: A message key instead of words: "deadline.buyer_handover", "docs.kind.release_order".
KEY = re.compile(r"\b[a-z]+(?:_[a-z]+)*\.[a-z]+(?:_[a-z]+)*(?:\.[a-z_]+)*\b")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 2,000-item demo database with every workflow, built once for the module."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    services = Services.open(f"sqlite:///{path}")
    try:
        build_demo(services, 2000, seed=3, password=PASSWORD)
    finally:
        services.close()
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Services]:
    copy = tmp_path / "demo.db"
    shutil.copy(demo_file, copy)
    services = Services.open(f"sqlite:///{copy}", migrate=False)
    yield services
    services.close()


def _keys_on_screen(root: QWidget) -> list[str]:
    found = []
    texts = [w.text() for w in root.findChildren(QLabel) if w.isVisible()]
    texts += [w.text() for w in root.findChildren(QAbstractButton) if w.isVisible()]
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if not view.isVisible() or model is None:
            continue
        root_index = view.rootIndex()
        try:
            columns = model.columnCount(root_index)
        except TypeError:  # a Qt-internal model (a completer's popup): not ours
            continue
        for column in range(columns):
            texts.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
            for row in range(min(model.rowCount(root_index), 20)):
                texts.append(str(model.index(row, column, root_index).data() or ""))
    for text in texts:
        for match in KEY.finditer(text):
            word = match.group(0)
            if not _is_data(word):
                found.append(word)
    return found


def view_orientation():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def _is_data(word: str) -> bool:
    """File names, addresses and codes that look like keys but are what was recorded."""
    return word.endswith((".pdf", ".db", ".png", ".xlsx", ".vn", ".com")) or word[0].isdigit()


def _visit(qtbot: QtBot, widget: QWidget) -> int:
    """Open every tab and select the first row of every table inside ``widget``: how many
    rows were selected."""
    selected = 0
    for tabs in widget.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            qtbot.wait(5)
            selected += _select_rows(tabs.widget(index))
    return selected + _select_rows(widget)


def _select_rows(widget: QWidget) -> int:
    selected = 0
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if not view.isVisible() or model is None:
            continue
        try:
            rows = model.rowCount(view.rootIndex())
        except TypeError:  # a Qt-internal model: not ours
            continue
        if rows > 0:
            selection = view.selectionModel()
            if selection is not None:
                selection.setCurrentIndex(
                    model.index(0, 0, view.rootIndex()),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                selected += 1
    return selected


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("role", list(USERS))
def test_every_role_visits_every_area(
    qtbot: QtBot, demo: Services, role: Role, lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_language(lang)
    apply_qt_language(lang)
    shown: list[str] = []
    monkeypatch.setattr(errors.ErrorDialog, "present", lambda _p, _t, text: shown.append(text))
    actor = demo.users.authenticate(USERS[role], PASSWORD)
    window = MainWindow(demo, actor, Settings())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    if window.dashboard.data is None:
        qtbot.waitSignal(window.dashboard.loaded, timeout=20_000).wait()
    keys: dict[str, list[str]] = {}
    selected = 0
    for _key, area in window.areas:
        window.show_area(area)
        qtbot.wait(10)
        view = window.stack.currentWidget()
        selected += _visit(qtbot, view)
        qtbot.wait(10)
        found = _keys_on_screen(window)
        if found:
            keys[area] = sorted(set(found))
    assert selected >= len(window.areas)  # the demo fills a table in (nearly) every area
    assert shown == []
    assert keys == {}
