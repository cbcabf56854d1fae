"""Each unit's document numbers as administrators see and set them (issue 21): the provincial
administrator picks any unit and sets its sequences, which number that unit's papers alone;
an office's administrator sees and sets his office's only, refused elsewhere writing nothing."""

from __future__ import annotations

import pytest

from evidence_app.domain.clock import agency_today
from evidence_app.domain.enums import DocumentKind, Role
from evidence_app.domain.errors import OtherUnitError, PermissionDeniedError, ValidationError
from evidence_app.services.core.auth import Actor
from tests.services.custody.test_unit_transfers import Office, office, office_item
from tests.services.rows import snapshot
from tests.world import PASSWORD, World

HANDOVER = DocumentKind.HANDOVER_MINUTES


def office_admin(world: World, unit: Office) -> Actor:
    s, name = world.services, f"{unit.code.lower()}-admin"
    s.users.create(world.admin, name, name, "mat-khau-lan-dau-2026", [Role.ADMIN],
                   unit_id=unit.unit_id)  # fmt: skip
    first = s.users.authenticate(name, "mat-khau-lan-dau-2026")
    s.users.change_own_password(first, "mat-khau-lan-dau-2026", PASSWORD)
    return s.users.authenticate(name, PASSWORD)


def _next(world: World, actor: Actor, unit_id: int | None) -> int:
    rows = world.services.sequences.document_sequences(actor, agency_today().year, unit_id)
    return next(r.next_number for r in rows if r.kind is HANDOVER)


def test_the_provincial_administrator_sets_an_offices_numbering(world: World) -> None:
    s, year = world.services, agency_today().year
    kv2, kv3 = office(world, "KV2", 2), office(world, "KV3", 3)
    units = s.sequences.units(world.admin)
    assert [u.code for u in units][1:] == ["KV2", "KV3"] and units[0].provincial
    province_next = _next(world, world.admin, None)
    assert _next(world, world.admin, units[0].id) == province_next
    sent = s.transfers.send(kv2.keeper, [office_item(world, kv2, "Điện thoại").id],
                            world.shelf_b.id)  # fmt: skip
    assert sent.handover_number == "1/BB-THADS-KV2"
    assert _next(world, world.admin, kv2.unit_id) == 2
    assert _next(world, world.admin, kv3.unit_id) == 1
    view = s.sequences.set_next(world.admin, HANDOVER, year, 40, kv2.unit_id)
    assert (view.used, view.next_number) == (39, 40)
    # The office's next paper takes it; the province's and the other office's do not move.
    again = s.transfers.send(kv2.keeper, [office_item(world, kv2, "Máy tính").id],
                             world.shelf_b.id)  # fmt: skip
    assert again.handover_number == "40/BB-THADS-KV2"
    assert _next(world, world.admin, None) == province_next
    assert _next(world, world.admin, kv3.unit_id) == 1
    # Never at or below a number the office used.
    before = snapshot(s)
    with pytest.raises(ValidationError):
        s.sequences.set_next(world.admin, HANDOVER, year, 40, kv2.unit_id)
    assert snapshot(s) == before


def test_an_offices_administrator_sees_and_sets_his_office_only(world: World) -> None:
    s, year = world.services, agency_today().year
    kv2, kv3 = office(world, "KV2", 2), office(world, "KV3", 3)
    mine = office_admin(world, kv2)
    assert [(u.id, u.code) for u in s.sequences.units(mine)] == [(kv2.unit_id, "KV2")]
    assert _next(world, mine, kv2.unit_id) == 1
    assert s.sequences.set_next(mine, HANDOVER, year, 7, kv2.unit_id).next_number == 7
    before = snapshot(s)
    for unit_id in (None, kv3.unit_id):
        with pytest.raises(OtherUnitError):
            s.sequences.document_sequences(mine, year, unit_id)
        with pytest.raises(OtherUnitError):
            s.sequences.set_next(mine, HANDOVER, year, 50, unit_id)
    # The office's keeper sees nothing to set, and may set nothing.
    with pytest.raises(PermissionDeniedError):
        s.sequences.units(kv2.keeper)
    with pytest.raises(PermissionDeniedError):
        s.sequences.set_next(kv2.keeper, HANDOVER, year, 50, kv2.unit_id)
    assert snapshot(s) == before
    assert _next(world, world.admin, kv2.unit_id) == 7
