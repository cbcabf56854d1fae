"""Scan routing: a code leads to its item or location, whatever the scanner sent around it."""

from __future__ import annotations

import unicodedata

import pytest

from evidence_app.domain.codes import CodeKind
from evidence_app.domain.errors import (
    AccountInactiveError,
    InvalidCodeError,
    NotFoundError,
    UnknownCodeError,
)
from evidence_app.services.catalogue.scan import ScanTarget, clean_scan
from evidence_app.services.core.auth import Actor
from tests.world import World


def test_an_item_code_leads_to_the_item(world: World) -> None:
    item = world.receive()
    target = world.services.scan.route(world.officer, item.code)
    assert target == ScanTarget(CodeKind.ITEM, item.id, item.code)


def test_a_location_code_leads_to_the_location_and_its_warehouse(world: World) -> None:
    target = world.services.scan.route(world.keeper, world.shelf_b.code)
    assert target == ScanTarget(
        CodeKind.LOCATION, world.shelf_b.id, world.shelf_b.code, world.warehouse.id
    )


@pytest.mark.parametrize(
    "dress",
    [
        str.lower,
        lambda code: f"  {code}\r",
        lambda code: f"\t{code[:3]} {code[3:]}\r\n",
        lambda code: unicodedata.normalize("NFD", code.lower()),
        lambda code: code.replace("-", "\u2013"),
        lambda code: "".join(chr(ord(c) + 0xFEE0) for c in code),  # full-width forms
    ],
    ids=["lower", "spaces-cr", "inner-space", "nfd", "en-dash", "full-width"],
)
def test_what_a_scanner_or_a_person_may_send_still_finds_the_item(world: World, dress) -> None:
    item = world.receive()
    target = world.services.scan.route(world.officer, dress(item.code))
    assert (target.kind, target.id, target.code) == (CodeKind.ITEM, item.id, item.code)


def test_a_lower_case_location_code_with_a_trailing_cr_finds_the_location(world: World) -> None:
    target = world.services.scan.route(world.keeper, f" {world.shelf_a.code.lower()}\r")
    assert (target.kind, target.id) == (CodeKind.LOCATION, world.shelf_a.id)


@pytest.mark.parametrize(
    "text", ["", "   \r", "hello world", "VC-2026-12", "XX-2026-000001", "VC-1200-000001"]
)
def test_malformed_input_is_refused_with_a_reason_in_both_languages(
    world: World, text: str
) -> None:
    with pytest.raises(InvalidCodeError) as caught:
        world.services.scan.route(world.keeper, text)
    assert caught.value.message("vi").startswith("Mã «")
    assert "không hợp lệ" in caught.value.message("vi")
    assert "not valid" in caught.value.message("en")


def test_a_vietnamese_word_is_refused_and_shown_composed(world: World) -> None:
    with pytest.raises(InvalidCodeError) as caught:
        world.services.scan.route(world.keeper, unicodedata.normalize("NFD", "Kệ một"))
    assert "KỆMỘT" in caught.value.message("vi")


def test_an_unknown_item_code_says_no_item_has_it(world: World) -> None:
    world.receive()
    with pytest.raises(UnknownCodeError) as caught:
        world.services.scan.route(world.keeper, "vc-2026-999999")
    assert isinstance(caught.value, NotFoundError)
    assert caught.value.message("vi") == "Không tìm thấy vật chứng có mã VC-2026-999999."
    assert caught.value.message("en") == "No item has the code VC-2026-999999."


def test_an_unknown_location_code_says_no_location_has_it(world: World) -> None:
    with pytest.raises(UnknownCodeError) as caught:
        world.services.scan.route(world.keeper, "VT-K99-Z")
    assert caught.value.message("vi") == "Không tìm thấy vị trí kho có mã VT-K99-Z."
    assert caught.value.message("en") == "No warehouse location has the code VT-K99-Z."


def test_a_deactivated_user_may_not_scan(world: World) -> None:
    item = world.receive()
    keeper = world.keeper
    view = next(u for u in world.services.users.all(world.admin) if u.id == keeper.user_id)
    world.services.users.deactivate(world.admin, keeper.user_id or 0, view.version)
    with pytest.raises(AccountInactiveError):
        world.services.scan.route(keeper, item.code)
    with pytest.raises(AccountInactiveError):
        world.services.scan.route(keeper, "VC-2026-999999")


def test_an_actor_unknown_to_the_database_may_not_scan(world: World) -> None:
    item = world.receive()
    ghost = Actor(987654, "ghost", "Không tồn tại", world.keeper.roles)
    with pytest.raises(AccountInactiveError):
        world.services.scan.route(ghost, item.code)


def test_every_role_may_scan(world: World) -> None:
    item = world.receive()
    for actor in world.actors.values():
        assert world.services.scan.route(actor, item.code).id == item.id


def test_clean_scan_composes_and_replaces_dashes() -> None:
    assert clean_scan("ＶＣ\u2212２０２６") == "VC-2026"
    assert clean_scan(unicodedata.normalize("NFD", "Kệ")) == "Kệ"
