"""The auction area at 1366×768 in both languages, for the officer and the accountant:
rendered, nothing clipped, nothing untranslated (the checks of test_screenshots)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from evidence_app.domain.enums import Role
from tests.services.auctions.steps import AUCTION_1, POSTED_1, contracted_lot, notices, valued_lot
from tests.ui.test_screenshots import VIETNAMESE, clipped, interface_texts, lang  # noqa: F401
from tests.world import World
from ui.shell import MainWindow, Settings


def test_the_auction_area_at_1366_by_768(
    qtbot: QtBot,
    ui_world: World,
    lang: str,  # noqa: F811
    tmp_path: Path,
) -> None:
    w = ui_world
    valued_lot(w)
    lot = contracted_lot(w)
    auctions = w.services.auctions
    auctions.today.day = POSTED_1  # type: ignore[attr-defined]
    auctions.schedule_round(
        w.officer, lot.id, AUCTION_1, posted_on=POSTED_1, notices=notices(POSTED_1)
    )
    auctions.today.day = date(2026, 12, 3)  # type: ignore[attr-defined]
    folder = Path(os.environ.get("EVIDENCE_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    for role in (Role.OFFICER, Role.ACCOUNTANT):
        window = MainWindow(w.services, w.actors[role], Settings())
        qtbot.addWidget(window)
        window.setFixedSize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        window.show_area("auctions")
        assert window.auctions is not None
        window.auctions.select_lot(lot.id)
        qtbot.wait(20)
        assert window.grab().save(str(folder / f"main_window_auctions_{role}_{lang}.png"))
        assert clipped(window) == [], role
        if lang == "en":
            untranslated = [t for _w, t in interface_texts(window) if VIETNAMESE.search(t)]
            assert untranslated == [], role
        window.close()
