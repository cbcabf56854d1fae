"""Items left with a keeper (issue 19; Law 106/2025 Art 40.1.a, c, đ; Decree 152/2026 Art 24):
the owner or user, a third party or the commune keeps them at its keeping place GBQnnnn, on
the minutes n/BBGBQ-THADS; taking them back is a move naming the keeper; the monthly check
falls due a month after the handover or the last check (Circular 01/2017/TT-BTP Art 12.2),
on the dashboard and in the deadlines report."""

from __future__ import annotations

from dataclasses import replace

import pytest

from evidence_app.domain.calendar import add_months
from evidence_app.domain.clock import agency_today
from evidence_app.domain.enums import Category, CustodianKind, DocumentKind, EventKind
from evidence_app.domain.errors import DomainError, PermissionDeniedError, ValidationError
from evidence_app.services.custody import BodyKeeper
from evidence_app.services.stocktakes.keeping import Handover, KeeperView
from tests.documents.pdf_pages import page_texts
from tests.services.rows import refused_by_database, snapshot
from tests.services.stocktakes.keeping_people import handover
from tests.world import World

TODAY = agency_today()
OWNER = "Nguyễn Văn Chủ"


def _handover(world: World) -> Handover:
    return handover(world, BodyKeeper(OWNER), "Phạm Thị Dung", "Lê Văn Chứng")


def _owner(world: World, name: str = OWNER) -> KeeperView:
    return world.services.keeping.add_keeper(
        world.keeper, CustodianKind.OWNER, name, "Thôn Đông, xã Đông Anh, Hà Nội"
    )


def _left(world: World) -> tuple[KeeperView, int]:
    """A car left with its owner today; the keeper and the item's id."""
    item = world.receive("Ô tô con Toyota Vios 29A-123.45")
    keeper = _owner(world)
    world.services.keeping.leave(world.keeper, keeper.id, [item.id], _handover(world))
    return keeper, item.id


def test_each_kind_of_keeper_has_its_keeping_place_coded_gbq(world: World) -> None:
    s = world.services.keeping
    owner = _owner(world)
    third = s.add_keeper(world.keeper, CustodianKind.THIRD_PARTY, "Bãi giữ xe Minh Phát", "Số 5")
    commune = s.add_keeper(world.keeper, CustodianKind.COMMUNE, "UBND xã Đông Anh", "Trụ sở xã")
    assert [k.code for k in (owner, third, commune)] == ["GBQ0001", "GBQ0002", "GBQ0003"]
    assert [k.kind for k in s.keepers(world.keeper)] == [
        CustodianKind.OWNER, CustodianKind.THIRD_PARTY, CustodianKind.COMMUNE,
    ]  # fmt: skip
    assert all(k.location_id and k.held == 0 and k.check_due is None for k in (owner, commune))


@pytest.mark.parametrize("kind", [CustodianKind.AGENCY, CustodianKind.POLICE, "treasury"])
def test_a_warehouse_of_ours_or_the_police_is_no_keeper(world: World, kind: str) -> None:
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as err:
        world.services.keeping.add_keeper(world.keeper, CustodianKind(kind), "Kho", "Số 1")
    assert err.value.key == "keeping.not_a_keeper"
    assert "Điều 40.1" in err.value.message("vi") and "Art 40.1" in err.value.message("en")
    assert snapshot(world.services) == before


def test_a_keeper_needs_a_name_and_an_address_and_the_right_role(world: World) -> None:
    s = world.services.keeping
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as err:
        s.add_keeper(world.keeper, CustodianKind.OWNER, OWNER, "  ")
    assert "địa chỉ" in err.value.message("vi").lower()
    # The officer may register one (Decree 152/2026 Art 24.3); the accountant may not.
    with pytest.raises(PermissionDeniedError):
        s.add_keeper(world.accountant, CustodianKind.OWNER, OWNER, "Số 1")
    assert snapshot(world.services) == before


def test_leaving_items_is_a_custody_event_citing_the_keeping_minutes(world: World) -> None:
    one = world.receive("Ô tô con Toyota Vios 29A-123.45", condition="Trầy xước cửa trái")
    two = world.receive("Xe máy Honda Wave 29B1-678.90")
    keeper = _owner(world)
    done = world.services.keeping.leave(world.keeper, keeper.id, [one.id, two.id], _handover(world))
    assert done.minutes_number == "1/BBGBQ-THADS" and done.count == 2
    for item in (one, two):
        details = world.services.items.get(world.keeper, item.id)
        assert details.location_id == keeper.location_id
        last = world.services.items.history(world.keeper, item.id)[0]
        assert last.kind is EventKind.LEFT_WITH_KEEPER
        assert last.document_id == done.minutes_document_id
        assert last.from_location_id == world.shelf_a.id
        assert last.to_location_id == keeper.location_id
        assert OWNER in last.body_keeper and "1/BBGBQ-THADS" in (last.note or "")
    now = world.services.keeping.keepers(world.keeper)[0]
    assert now.held == 2 and now.handed_over == TODAY and now.check_due == add_months(TODAY, 1)
    doc = world.services.documents.get(world.keeper, done.minutes_document_id)
    assert doc.kind is DocumentKind.KEEPING_MINUTES


def test_the_keeping_minutes_read_as_decree_152_article_24_asks(world: World) -> None:
    item = world.receive("Ô tô con Toyota Vios 29A-123.45", condition="Trầy xước cửa trái")
    keeper = _owner(world)
    done = world.services.keeping.leave(world.keeper, keeper.id, [item.id], _handover(world))
    pdf = world.services.documents.pdf(world.keeper, done.minutes_document_id)
    text = " ".join(" ".join(page_texts(pdf)).split())
    assert "BIÊN BẢN GIAO BẢO QUẢN" in text and "Số: 1/BBGBQ-THADS" in text
    assert "Căn cứ Điều 40 Luật Thi hành án dân sự" in text
    assert "điểm a khoản 1 Điều 40 Luật Thi hành án dân sự" in text
    assert "Chủ sở hữu, người đang quản lý, sử dụng" in text
    assert item.code in text and "Trầy xước cửa trái" in text
    assert "Thôn Đông, xã Đông Anh, Hà Nội" in text and "GBQ0001" in text
    # The keeper's duties and the owner's undertaking (Law Art 40.4; Decree Art 24.1, 24.6)
    assert "Không được chuyển quyền sở hữu" in text and "cam kết thực hiện đúng" in text
    assert "kiểm tra việc bảo quản định kỳ hằng tháng" in text
    for title in ("NGƯỜI ĐƯỢC GIAO BẢO QUẢN", "ĐƯƠNG SỰ", "NGƯỜI CHỨNG KIẾN", "CHẤP HÀNH VIÊN"):
        assert title in text, title
    for name in (OWNER, "Phạm Thị Dung", "Lê Văn Chứng", "Trần Văn Chấp"):
        assert text.count(name) >= 2, name
    assert "lập thành 04 bản" in text and "Lưu hồ sơ thi hành án: 01 bản" in text


def test_the_commune_keeps_under_point_d_and_signs_by_its_representative(world: World) -> None:
    item = world.receive("Máy xúc Komatsu")
    s = world.services.keeping
    commune = s.add_keeper(world.keeper, CustodianKind.COMMUNE, "UBND xã Đông Anh", "Trụ sở xã")
    by_commune = handover(world, BodyKeeper("Hoàng Văn Xã", "Phó Chủ tịch UBND xã"))
    done = s.leave(world.keeper, commune.id, [item.id], by_commune)
    text = " ".join(" ".join(page_texts(world.services.documents.pdf(
        world.keeper, done.minutes_document_id))).split())  # fmt: skip
    assert "điểm đ khoản 1 Điều 40" in text and "UBND xã Đông Anh" in text
    assert "Hoàng Văn Xã" in text and "cam kết thực hiện đúng" not in text


def test_leaving_is_refused_without_writing_anything(world: World) -> None:
    item = world.receive()
    cash = world.receive("Tiền mặt", category=Category.CASH, quantity=1)
    keeper = _owner(world)
    s = world.services.keeping
    h = _handover(world)  # the officer hired before the snapshot
    before = snapshot(world.services)
    cases: list[tuple[object, str]] = [
        (lambda: s.leave(world.keeper, keeper.id, [item.id], Handover(None, BodyKeeper(OWNER))),
         "Chấp hành viên"),
        (lambda: s.leave(world.keeper, keeper.id, [item.id], replace(h,
                                                                     keeper=BodyKeeper(""))), ""),
        (lambda: s.leave(world.keeper, keeper.id, [cash.id], h), "Kho bạc"),
        (lambda: s.leave(world.keeper, keeper.id, [], h), ""),
        (lambda: s.leave(world.keeper, world.warehouse.id, [item.id], h), ""),
    ]  # fmt: skip
    for call, words in cases:
        with pytest.raises(DomainError) as err:
            call()  # type: ignore[operator]
        assert words in err.value.message("vi") and err.value.message("en")
    with pytest.raises(PermissionDeniedError):  # the accountant leaves nothing with anyone
        s.leave(world.accountant, keeper.id, [item.id], h)
    assert snapshot(world.services) == before
    s.leave(world.keeper, keeper.id, [item.id], h)
    again = snapshot(world.services)
    with pytest.raises(ValidationError) as err:
        s.leave(world.keeper, keeper.id, [item.id], h)
    assert err.value.key == "keeping.already_there" and OWNER in err.value.message("en")
    assert snapshot(world.services) == again


def test_the_event_citing_the_minutes_cannot_be_rewritten_in_plain_sql(world: World) -> None:
    _left(world)
    refused_by_database(
        world.services,
        "UPDATE custody_event SET document_id = NULL WHERE kind = 'left_with_keeper'",
        "DELETE FROM custody_event WHERE kind = 'left_with_keeper'",
    )


def test_taking_items_back_is_a_move_naming_the_keeper(world: World) -> None:
    keeper, item_id = _left(world)
    moves = world.services.moves
    version = world.services.items.get(world.keeper, item_id).version
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as err:
        moves.move_batch(world.keeper, [(item_id, version)], world.shelf_a.id)
    assert err.value.key == "custody.body_keeper_required" and OWNER in err.value.message("vi")
    assert snapshot(world.services) == before
    moves.move_batch(world.keeper, [(item_id, version)], world.shelf_a.id,
                     keeper=BodyKeeper(OWNER, "Chủ sở hữu"))  # fmt: skip
    last = world.services.items.history(world.keeper, item_id)[0]
    assert last.kind is EventKind.MOVED and OWNER in last.body_keeper
    after = world.services.keeping.keepers(world.keeper)[0]
    assert after.id == keeper.id and after.held == 0 and after.check_due is None
