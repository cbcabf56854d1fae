"""The read-only inspector (kiểm sát) follows every workflow he supervises and acts on none."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from evidence_app.domain.enums import Disposition, ReleaseRequestPurpose, Role, StocktakeKind
from evidence_app.services.custody import Recipient
from tests.services.destruction.test_destruction import _council, _doomed
from tests.services.rows import snapshot
from tests.world import World
from ui.shell import MainWindow, Settings

WATCHED = ("releases", "destruction", "auctions", "stocktake")


def test_the_inspector_sees_the_workflows_read_only(qtbot: QtBot, ui_world: World) -> None:
    w = ui_world
    request = w.services.release_requests.request(
        w.officer, w.case.id, [w.receive("Máy ảnh", disposition=Disposition.RETURN_TO_OWNER).id],
        ReleaseRequestPurpose.OTHER, Recipient("Lê Văn A"), "Ủy thác cho cơ quan khác",
    )  # fmt: skip
    council = _council(w, [_doomed(w)])
    take = w.services.stocktakes.start(w.keeper, w.warehouse.id, StocktakeKind.AD_HOC)
    window = MainWindow(w.services, w.actors[Role.INSPECTOR], Settings())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    for area in WATCHED:
        assert window.has_area(area), area
    window.show_area("releases")
    window.releases.select_request(request.id)
    assert window.releases.current_request().id == request.id
    window.show_area("destruction")
    window.destruction.select_council(council.id)
    assert window.destruction.current_council().id == council.id
    window.show_area("stocktake")
    # Nothing to act with: only printing and reading are offered.
    acting = {
        area: [
            b.text()
            for b in getattr(window, area).findChildren(QAbstractButton)
            if b.isVisibleTo(window) and b.text() and not _reads_only(b.text())
        ]
        for area in WATCHED
    }
    assert acting == {area: [] for area in WATCHED}, acting
    offered = [
        b.text()
        for area in WATCHED
        for b in getattr(window, area).findChildren(QAbstractButton)
        if b.isVisibleTo(window) and b.text()
    ]
    assert any(t.startswith("In") for t in offered), offered  # the minutes can be printed
    # A scan in these areas writes nothing.
    bike = w.receive("Xe máy")  # as the keeper, outside the window
    before = snapshot(w.services)
    for area in ("destruction", "stocktake"):
        window.show_area(area)
        window.handle_scan(bike.code)
    assert snapshot(w.services) == before
    assert take.id


def _reads_only(text: str) -> bool:
    """Buttons that read, filter, print or export; none of them writes."""
    words = ("In", "Xem", "Đối chiếu", "Lưu thành tệp", "Mở", "Tiếp tục", "Làm mới")
    return text.startswith(words) or "Tất cả" in text
