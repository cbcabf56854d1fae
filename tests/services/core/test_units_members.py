"""Units (issue 21): the people a unit names on its papers belong to it or to the provincial
agency. A case's enforcement officer (Law 106/2025 Art 32.2) and a destruction council's
members with an account (Decree 152/2026 Art 40.1) of another office are refused, writing
nothing; the office's own people and the provincial agency's are accepted."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from evidence_app.domain.clock import agency_today
from evidence_app.domain.enums import Disposition
from evidence_app.domain.errors import ValidationError
from evidence_app.services.catalogue import CaseDraft
from evidence_app.services.destruction import CouncilDraft, MemberDraft
from tests.services.core.test_units import _clean_office
from tests.services.core.test_units_sales import MEMBERS, SUPERVISOR, office
from tests.services.rows import snapshot
from tests.world import World


def _refused(world: World, key: str, call: Callable[[], object]) -> ValidationError:
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as caught:
        call()
    assert caught.value.key == key
    assert snapshot(world.services) == before
    return caught.value


def test_a_case_is_not_given_to_an_officer_of_another_office(world: World) -> None:
    s = world.services
    kv3 = office(world)
    kv2 = _clean_office(world)
    draft = CaseDraft(name="Vụ giao nhầm", officer_id=kv2.officer.user_id)
    err = _refused(world, "unit.officer_elsewhere", lambda: s.cases.create(kv3.officer, draft))
    assert "khu vực 3" in err.message("vi") and "provincial agency" in err.message("en")
    # The province's officer may not be given an office's officer either.
    _refused(world, "unit.officer_elsewhere", lambda: s.cases.create(world.officer, draft))
    case = world.case
    moved = CaseDraft(name=case.name, officer_id=kv3.officer.user_id)
    _refused(
        world,
        "unit.officer_elsewhere",
        lambda: s.cases.update(world.officer, case.id, case.version, moved),
    )
    # Its own officer, and the provincial agency's (who may act for any office): accepted.
    own = s.cases.create(kv3.officer, replace(draft, officer_id=kv3.officer.user_id))
    assert own.officer_id == kv3.officer.user_id
    lent = s.cases.create(kv3.officer, replace(draft, officer_id=world.officer.user_id))
    assert lent.officer_id == world.officer.user_id


def test_council_members_belong_to_the_unit_holding_the_items(world: World) -> None:
    s = world.services
    kv3 = office(world)
    kv2 = _clean_office(world)
    stranger = MemberDraft(
        "Người khu vực 2", "Chấp hành viên", "Phòng THADS khu vực 2", user_id=kv2.officer.user_id
    )
    members = (*MEMBERS, stranger)
    draft = CouncilDraft("13/QĐ-THADS", agency_today(), members, SUPERVISOR)
    err = _refused(world, "unit.member_elsewhere", lambda: s.destruction.set_up(kv3.officer, draft))
    assert "Người khu vực 2" in err.message("vi")
    _refused(world, "unit.member_elsewhere", lambda: s.destruction.set_up(world.officer, draft))
    # The office's own officer and the province's officer sit on the office's council.
    ours = MemberDraft("Chấp hành viên khu vực 3", "Chấp hành viên", "Phòng THADS khu vực 3",
                       user_id=kv3.officer.user_id)  # fmt: skip
    lent = MemberDraft("Chấp hành viên tỉnh", "Chấp hành viên", "Cục THADS",
                       user_id=world.officer.user_id)  # fmt: skip
    council = s.destruction.set_up(kv3.officer, replace(draft, members=(*MEMBERS, ours, lent)))
    item = kv3.item(world, "Dao tự chế", Disposition.DESTROY)
    listed = s.destruction.add_items(kv3.officer, council.id, [item.id])
    assert [i.code for i in listed.items] == [item.code]
    # A province's council with an office member cannot list the province's item.
    province = s.destruction.set_up(world.head, replace(draft, members=(*MEMBERS, lent)))
    theirs = world.receive("Mã tấu", disposition=Disposition.DESTROY)
    assert s.destruction.add_items(world.head, province.id, [theirs.id]).items
