"""The PostgreSQL server going away under a workstation (issue 21): the action in flight says
so in the user's language and writes nothing; once the server is back the same services work
again, without reopening the application. The test runs a cluster of its own and stops it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import func, select

from db.models import CustodyEvent, Item
from evidence_app.domain.enums import Category, ItemKind
from evidence_app.domain.errors import ConnectionLostError
from evidence_app.services.catalogue import ItemDraft
from evidence_app.services.catalogue import items as items_module
from evidence_app.services.facade import Services
from tests import pg_cluster
from tests.world import World, build_world

pytestmark = pytest.mark.skipif(
    not pg_cluster.available() and os.environ.get("EVIDENCE_REQUIRE_PG") != "1",
    reason="no PostgreSQL server binaries to run a cluster of the test's own",
)


@pytest.fixture
def lost() -> Iterator[tuple[pg_cluster.Cluster, Services, World]]:
    with pg_cluster.cluster() as cluster:
        services = Services.open(cluster.url)
        try:
            yield cluster, services, build_world(services)
        finally:
            services.close()


def _draft(world: World, name: str) -> ItemDraft:
    return ItemDraft(kind=ItemKind.EVIDENCE, category=Category.OTHER, name=name,
                     case_id=world.case.id, location_id=world.shelf_a.id)  # fmt: skip


def _counts(services: Services) -> tuple[int, int]:
    with services.db.session(read_only=True) as session:
        items = session.scalar(select(func.count(Item.id))) or 0
        events = session.scalar(select(func.count(CustodyEvent.id))) or 0
    return items, events


def test_an_action_while_the_server_is_down_says_so_and_writes_nothing(
    lost: tuple[pg_cluster.Cluster, Services, World],
) -> None:
    cluster, services, world = lost
    services.items.receive(world.keeper, _draft(world, "Dao găm"))
    before = _counts(services)
    cluster.stop()
    assert not services.reachable()
    for attempt in range(2):  # the pooled connection, then a new one refused
        with pytest.raises(ConnectionLostError) as err:
            services.items.receive(world.keeper, _draft(world, f"Điện thoại {attempt}"))
        assert "Mất kết nối tới máy chủ" in err.value.message("vi")
        assert "connection to the database server" in err.value.message("en")
        with pytest.raises(ConnectionLostError):
            services.search.search(world.keeper, "Dao")
    cluster.start()
    assert services.reachable()
    assert _counts(services) == before  # nothing of the refused actions landed
    services.items.receive(world.keeper, _draft(world, "Điện thoại sau khi có mạng"))
    assert _counts(services)[0] == before[0] + 1


def test_a_server_lost_in_the_middle_of_an_action_leaves_nothing_half_written(
    lost: tuple[pg_cluster.Cluster, Services, World], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server stops after the item row is written and before its event: the transaction
    never commits, so neither lands; the next action, once it is back, does."""
    cluster, services, world = lost
    before = _counts(services)
    real = items_module.append_event

    def stop_first(*args: Any, **kwargs: Any) -> Any:
        cluster.stop()
        return real(*args, **kwargs)

    monkeypatch.setattr(items_module, "append_event", stop_first)
    with pytest.raises(ConnectionLostError):
        services.items.receive(world.keeper, _draft(world, "Xe máy"))
    monkeypatch.setattr(items_module, "append_event", real)
    cluster.start()
    assert services.reachable()
    assert _counts(services) == before
    services.items.receive(world.keeper, _draft(world, "Xe máy"))
    assert _counts(services)[0] == before[0] + 1
