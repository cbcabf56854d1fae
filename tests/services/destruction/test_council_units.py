"""A destruction council is its unit's (issue 21): the office's council is listed to the
office and the province's head, not to another office or the province's officer; it lists
its own unit's items only (Decree 152/2026 Art 40.1), refusals writing nothing."""

from __future__ import annotations

import pytest

from evidence_app.domain.clock import agency_today
from evidence_app.domain.enums import Disposition
from evidence_app.domain.errors import OtherUnitError, ValidationError
from evidence_app.services.destruction import CouncilDraft
from tests.services.core.test_units import _clean_office
from tests.services.core.test_units_sales import MEMBERS, SUPERVISOR, office
from tests.services.rows import snapshot
from tests.world import World


def test_an_offices_council_is_listed_to_its_unit_and_takes_its_items_only(
    world: World,
) -> None:
    s = world.services
    kv3 = office(world)
    kv2 = _clean_office(world)
    draft = CouncilDraft("21/QĐ-THADS", agency_today(), MEMBERS, SUPERVISOR)
    theirs = s.destruction.set_up(kv3.officer, draft)
    ours = s.destruction.set_up(world.officer, draft)
    assert [c.id for c in s.destruction.list(kv3.officer)] == [theirs.id]
    assert theirs.id not in [c.id for c in s.destruction.list(world.officer)]
    assert s.destruction.list(kv2.officer) == []
    assert {c.id for c in s.destruction.list(world.head)} >= {theirs.id, ours.id}
    with pytest.raises(OtherUnitError):
        s.destruction.get(kv2.officer, theirs.id)
    # The province's item on the office's council: refused, nothing written, even for the
    # provincial head (who reaches both units).
    item = world.receive("Mã tấu", disposition=Disposition.DESTROY)
    before = snapshot(s)
    with pytest.raises(ValidationError) as caught:
        s.destruction.add_items(world.head, theirs.id, [item.id])
    assert caught.value.key == "unit.council_item_elsewhere"
    assert snapshot(s) == before
    # Its own item: listed.
    mine = kv3.item(world, "Dao tự chế", Disposition.DESTROY)
    assert [i.code for i in s.destruction.add_items(kv3.officer, theirs.id, [mine.id]).items] == [
        mine.code
    ]
