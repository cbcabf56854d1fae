"""The officer on the keeping minutes is a user of ours (Decree 152/2026 Art 24.4: the
enforcement officer draws them up and signs): active, holding the officer's role in the
keeping place's unit or in the provincial agency; anyone else is refused in words and
nothing is written; the minutes print his name as the users' list has it."""

from __future__ import annotations

import pytest

from evidence_app.domain.enums import CustodianKind, Role
from evidence_app.domain.errors import OtherUnitError, PermissionDeniedError, ValidationError
from evidence_app.services.custody import BodyKeeper
from evidence_app.services.stocktakes import Signers
from evidence_app.services.stocktakes.keeping import Handover, KeeperView
from tests.documents.pdf_pages import page_texts
from tests.services.rows import snapshot
from tests.services.stocktakes.keeping_people import OFFICER, officer_id
from tests.world import World

OWNER = "Nguyễn Văn Chủ"


def _owner(world: World) -> KeeperView:
    return world.services.keeping.add_keeper(world.keeper, CustodianKind.OWNER, OWNER, "Số 1")


def _user(world: World, username: str, name: str, unit_id: int | None = None) -> int:
    view = world.services.users.create(
        world.admin, username, name, "mat-khau-lan-dau-2026", [Role.OFFICER], unit_id=unit_id
    )
    return view.id


def test_the_keeping_place_lists_the_active_officers_of_its_unit_and_the_province(
    world: World,
) -> None:
    s = world.services
    keeper = _owner(world)
    chap = officer_id(world)
    office = s.units.create(world.admin, "KV2", "Phòng Thi hành án dân sự khu vực 2")
    _user(world, "kv2-chv", "Lê Văn Khu Vực", office.id)
    gone = _user(world, "chv-nghi", "Đặng Văn Nghỉ")
    version = next(u.version for u in s.users.all(world.admin) if u.id == gone)
    s.users.deactivate(world.admin, gone, version)
    listed = s.keeping.officers(world.keeper, keeper.id)
    assert [(o.id, o.name) for o in listed] == [  # by given name: Chấp, officer
        (chap, OFFICER), (world.officer.user_id, "Người dùng officer"),
    ]  # fmt: skip


def test_the_officers_are_listed_in_vietnamese_alphabetical_order(world: World) -> None:
    """As Vietnamese lists of people are ordered: by given name (the last word), then family
    and middle names; Đ after D, Â after A, as a Vietnamese reader looks a name up (code
    point order put "Ân" and "Đào" after "Hà")."""
    s = world.services
    keeper = _owner(world)
    officer_id(world)
    for username, name in (("chv-ha", "Hà Văn Hải"), ("chv-dao", "Đào Văn Đức"),
                           ("chv-duong", "Dương Văn Dũng"), ("chv-an2", "Ân Văn Ái"),
                           ("chv-an", "An Văn Bình")):  # fmt: skip
        _user(world, username, name)
    listed = [o.name for o in s.keeping.officers(world.keeper, keeper.id)]
    assert listed == [  # Ái, Bình, Chấp, Dũng, Đức, Hải, officer
        "Ân Văn Ái", "An Văn Bình", OFFICER, "Dương Văn Dũng", "Đào Văn Đức", "Hà Văn Hải",
        "Người dùng officer",
    ]  # fmt: skip


def test_only_an_active_officer_of_the_unit_draws_up_the_minutes(world: World) -> None:
    s = world.services
    item = world.receive("Ô tô con Toyota Vios 29A-123.45")
    keeper = _owner(world)
    office = s.units.create(world.admin, "KV2", "Phòng Thi hành án dân sự khu vực 2")
    elsewhere = _user(world, "kv2-chv", "Lê Văn Khu Vực", office.id)
    gone = _user(world, "chv-nghi", "Đặng Văn Nghỉ")
    version = next(u.version for u in s.users.all(world.admin) if u.id == gone)
    s.users.deactivate(world.admin, gone, version)
    chap = officer_id(world)
    before = snapshot(s)
    refused = [
        (None, "validation.required", "Chấp hành viên lập biên bản", "enforcement officer"),
        (world.keeper.user_id, "keeping.not_an_officer", "Người dùng keeper", "not an active"),
        (world.head.user_id, "keeping.not_an_officer", "khoản 4 Điều 24", "Art 24.4"),
        (elsewhere, "keeping.not_an_officer", "Lê Văn Khu Vực", "Lê Văn Khu Vực"),
        (gone, "keeping.not_an_officer", "Đặng Văn Nghỉ", "Đặng Văn Nghỉ"),
        (999_999, "keeping.not_an_officer", "999999", "999999"),
    ]
    for who, key, vi, en in refused:
        with pytest.raises(ValidationError) as err:
            s.keeping.leave(world.keeper, keeper.id, [item.id], Handover(who, BodyKeeper(OWNER)))
        assert err.value.key == key, who
        assert vi in err.value.message("vi") and en in err.value.message("en"), who
    # Another role is refused before any officer is looked at.
    with pytest.raises(PermissionDeniedError):
        s.keeping.leave(world.accountant, keeper.id, [item.id], Handover(chap, BodyKeeper(OWNER)))
    # Read behind the services' back: no minutes, no event, no number taken.
    assert snapshot(s) == before
    done = s.keeping.leave(world.keeper, keeper.id, [item.id], Handover(chap, BodyKeeper(OWNER)))
    text = " ".join(page_texts(s.documents.pdf(world.keeper, done.minutes_document_id)))
    assert f"Ông/bà {OFFICER}, Chấp hành viên" in text
    assert text.count(OFFICER) >= 2  # in the giving side and under his signature


def test_an_officer_leaves_items_himself_on_minutes_he_signs(world: World) -> None:
    """Art 24.4: the officer draws the minutes up; he may leave items with a keeper himself,
    named on them as the officer; he cannot put another officer's name to them. The monthly
    check stays with the accountant, the store keeper and the head (Circular 01/2017/TT-BTP
    Art 12.2), and an officer of another office leaves nothing with our keeper."""
    s = world.services
    item = world.receive("Ô tô con Toyota Vios 29A-123.45")
    keeper = _owner(world)
    chap = officer_id(world)
    office = s.units.create(world.admin, "KV2", "Phòng Thi hành án dân sự khu vực 2")
    _user(world, "kv2-chv", "Lê Văn Khu Vực", office.id)
    first = s.users.authenticate("kv2-chv", "mat-khau-lan-dau-2026")
    s.users.change_own_password(first, "mat-khau-lan-dau-2026", "kv2-mat-khau-2026")
    stranger = s.users.authenticate("kv2-chv", "kv2-mat-khau-2026")
    before = snapshot(s)
    with pytest.raises(ValidationError) as err:
        s.keeping.leave(world.officer, keeper.id, [item.id], Handover(chap, BodyKeeper(OWNER)))
    assert err.value.key == "keeping.officer_not_self"
    assert "Người dùng officer" in err.value.message("vi") and "Art 24.4" in err.value.message("en")
    mine = Handover(stranger.user_id, BodyKeeper(OWNER))
    with pytest.raises(OtherUnitError) as other:  # each office leaves its own items
        s.keeping.leave(stranger, keeper.id, [item.id], mine)
    assert "giao vật chứng, tài sản cho người khác bảo quản" in other.value.message("vi")
    assert snapshot(s) == before
    done = s.keeping.leave(
        world.officer, keeper.id, [item.id], Handover(world.officer.user_id, BodyKeeper(OWNER))
    )
    assert done.count == 1 and done.minutes_number == "1/BBGBQ-THADS"
    assert s.items.get(world.officer, item.id).location_id == keeper.location_id
    text = " ".join(page_texts(s.documents.pdf(world.officer, done.minutes_document_id)))
    assert "Ông/bà Người dùng officer, Chấp hành viên" in text
    # The check's minutes are signed by the accountant, the keeper and the head, not him.
    signers = Signers("Lê Thị Kho", "Trần Văn Toán", "Nguyễn Văn Trưởng", OWNER)
    after = snapshot(s)
    with pytest.raises(PermissionDeniedError):
        s.keeping.check(world.officer, keeper.id, [item.code], signers)
    assert snapshot(s) == after
