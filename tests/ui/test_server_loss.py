"""The database server stopped and started under a keeper at work (issue 21): the status bar
says the connection is lost and retries; a stocktake's scans made meanwhile are kept and
written in order once the server is back; an intake form keeps every line typed, and records
them on the next try. The server is a cluster of the test's own (tests/pg_cluster.py)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from db.models import Item, StocktakeScan
from evidence_app.domain.enums import Category, StocktakeKind
from evidence_app.services.facade import Services
from tests import pg_cluster
from tests.ui.intake.test_view import _choose, _enter, _field, _fill_header, _type, _view
from tests.world import World, build_world
from ui.common.errors import ErrorDialog
from ui.shell import MainWindow, Settings

pytestmark = pytest.mark.skipif(
    not pg_cluster.available() and os.environ.get("EVIDENCE_REQUIRE_PG") != "1",
    reason="no PostgreSQL server binaries to run a cluster of the test's own",
)


@pytest.fixture
def site() -> Iterator[tuple[pg_cluster.Cluster, World]]:
    with pg_cluster.cluster() as cluster:
        services = Services.open(cluster.url)
        try:
            yield cluster, build_world(services)
        finally:
            services.close()


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(
        ErrorDialog, "present", classmethod(lambda c, p, t, text: said.append(text))
    )
    return said


def _scans(world: World) -> list[str]:
    with world.services.db.session(read_only=True) as session:
        return list(session.scalars(select(StocktakeScan.code).order_by(StocktakeScan.id)))


def test_a_stocktake_goes_on_while_the_server_is_away(
    qtbot: QtBot, site: tuple[pg_cluster.Cluster, World], told: list[str]
) -> None:
    cluster, w = site
    phones = [w.receive(f"Điện thoại {n}", category=Category.PHONE) for n in range(3)]
    take = w.services.stocktakes.start(w.keeper, w.warehouse.id, StocktakeKind.AD_HOC)
    window = MainWindow(w.services, w.keeper, Settings())
    qtbot.addWidget(window)
    window.show()
    window.show_area("stocktake")
    view = window.stocktake
    assert view is not None
    view.reload()
    view.select(take.id)
    window.handle_scan(w.shelf_a.code)
    window.handle_scan(phones[0].code)
    assert _scans(w) == [phones[0].code]

    cluster.stop()
    window.handle_scan(phones[1].code)
    window.handle_scan(w.shelf_b.code)
    window.handle_scan(phones[2].code)  # misplaced: seen on shelf B
    assert view.pending == [(take.id, phones[1].code), (take.id, w.shelf_b.code),
                            (take.id, phones[2].code)]  # fmt: skip
    assert "3 mã quét" in view.last.text()
    assert window.connection_label.isVisible()
    assert "Mất kết nối máy chủ" in window.connection_label.text()
    assert not window.connection.retry()  # still away
    assert told == []  # a scan is never stopped by a dialog

    cluster.start()
    qtbot.waitUntil(lambda: not window.connection.is_lost, timeout=15_000)
    assert not window.connection_label.isVisible()
    assert view.pending == []
    assert _scans(w) == [phones[0].code, phones[1].code, phones[2].code]
    lists = w.services.stocktakes.reconcile(w.keeper, take.id)
    assert [f.code for f in lists.misplaced] == [phones[2].code]  # the context came along
    window.grab().save("/tmp/server_back.png")


def test_an_intake_form_keeps_its_lines_while_the_server_is_away(
    qtbot: QtBot, site: tuple[pg_cluster.Cluster, World], told: list[str]
) -> None:
    cluster, w = site
    view = _view(qtbot, w)
    _fill_header(qtbot, view)
    assert view.handle_scan(w.shelf_a.code)
    _choose(view.form.category, Category.PHONE)
    _type(qtbot, _field(view, "name"), "Điện thoại Nokia 105")
    _type(qtbot, _field(view, "recorded_quantity"), "1")
    _enter(qtbot, view)
    assert view.model.rowCount() == 1

    cluster.stop()
    view.commit()
    assert len(told) == 1 and "Mất kết nối tới máy chủ" in told[0]
    assert view.model.rowCount() == 1  # the line typed is still there
    assert view.model.index(0, 1).data() is not None

    cluster.start()
    assert w.services.reachable()
    with qtbot.waitSignal(view.intakeCommitted):
        view.commit()
    with w.services.db.session(read_only=True) as session:
        assert session.scalar(select(func.count(Item.id))) == 1
