"""The main window at 1366×768 in both languages: rendered, nothing clipped, nothing untranslated.

The PNGs land in ``$EVIDENCE_SHOTS`` (default: the test's temporary folder) to be looked at.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QMainWindow,
    QWidget,
)
from pytestqt.qtbot import QtBot

from evidence_app.domain.enums import Category
from tests.world import World
from ui.shell import MainWindow, Settings, apply_qt_language
from ui.strings import set_language

#: Letters only Vietnamese uses; none may appear in the English interface's own texts.
VIETNAMESE = re.compile(
    r"[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]"
)


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0


def interface_texts(window: QMainWindow) -> list[tuple[QWidget | None, str]]:
    """Texts the application writes itself: labels, buttons, menus, headers, navigation."""
    texts: list[tuple[QWidget | None, str]] = []
    for label in window.findChildren(QLabel):
        if _shown(label) and label.text() and not label.property("data"):
            texts.append((label, label.text()))
    for button in window.findChildren(QAbstractButton):
        if _shown(button) and button.text():
            texts.append((button, button.text()))
    for header in window.findChildren(QHeaderView):
        model = header.model()
        if _shown(header) and model is not None:
            for section in range(header.count()):
                if not header.isSectionHidden(section):
                    title = str(model.headerData(section, header.orientation()) or "")
                    texts.append((None, title))
    for nav in window.findChildren(QListWidget):
        texts.extend((None, nav.item(row).text()) for row in range(nav.count()))
    for action in window.menuBar().actions():
        texts.append((None, action.text()))
        menu = action.menu()
        if menu is not None:
            texts.extend((None, a.text()) for a in menu.actions() if a.text())
    return texts


def clipped(window: QMainWindow) -> list[str]:
    """Single-line labels and buttons whose text is wider than the widget shows."""
    found = []
    for widget, text in interface_texts(window):
        if widget is None or "\n" in text or "<" in text:
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or not widget.textFormat()):
            continue
        needed = widget.fontMetrics().horizontalAdvance(text.replace("&", ""))
        if isinstance(widget, QLabel) and needed > widget.contentsRect().width() + 1:
            found.append(text)
        if isinstance(widget, QAbstractButton) and needed > widget.width():
            found.append(text)
    for header in window.findChildren(QHeaderView):
        model = header.model()
        if not _shown(header) or model is None or header.orientation().value != 1:
            continue
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            title = str(model.headerData(section, header.orientation()) or "")
            if header.sectionSize(section) < header.fontMetrics().horizontalAdvance(title) + 8:
                found.append(title)
    for nav in window.findChildren(QListWidget):
        for row in range(nav.count() if _shown(nav) else 0):
            item = nav.item(row)
            if nav.visualItemRect(item).width() > nav.viewport().width() or (
                nav.fontMetrics().horizontalAdvance(item.text()) + 12 > nav.viewport().width()
            ):
                found.append(item.text())
    for combo in window.findChildren(QComboBox):
        if _shown(combo) and combo.currentText():
            needed = combo.fontMetrics().horizontalAdvance(combo.currentText())
            if needed > combo.width() - 20:
                found.append(combo.currentText())
    return found


@pytest.fixture(params=["vi", "en"])
def lang(request: pytest.FixtureRequest) -> str:
    set_language(request.param)
    apply_qt_language(request.param)
    return str(request.param)


def test_main_window_at_1366_by_768(
    qtbot: QtBot, ui_world: World, lang: str, tmp_path: Path
) -> None:
    ui_world.receive("Xe máy Honda Wave màu đỏ", identifiers="Biển số 29-B1 123.45")
    ui_world.receive("Điện thoại Samsung Galaxy A54", category=Category.ELECTRONICS)
    item = ui_world.receive("Dây chuyền vàng 18K", category=Category.PRECIOUS_METAL)
    window = MainWindow(ui_world.services, ui_world.keeper, Settings())
    qtbot.addWidget(window)
    window.setFixedSize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_item(item.id)
    qtbot.wait(50)
    folder = Path(os.environ.get("EVIDENCE_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    window.cases.open_case(ui_world.case.id)
    window.warehouses.open_location(ui_world.shelf_a.id)
    if window.dashboard.data is None:
        qtbot.waitSignal(window.dashboard.loaded, timeout=10_000).wait()
    window.reports.show_report()
    assert len(window.areas) >= 9  # every area a keeper has, including the work screens
    for _key, area in window.areas:
        window.show_area(area)
        qtbot.wait(20)
        assert window.grab().save(str(folder / f"main_window_{area}_{lang}.png"))
        assert clipped(window) == [], area
        if lang == "en":
            untranslated = [t for _w, t in interface_texts(window) if VIETNAMESE.search(t)]
            assert untranslated == [], area
