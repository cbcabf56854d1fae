"""Printing labels through the service: what is printed, what is recorded, who may print."""

from __future__ import annotations

import errno

import pytest
import zxingcpp

from evidence_app.domain.clock import agency_time
from evidence_app.domain.enums import Category, EventKind, Role
from evidence_app.domain.errors import (
    InvalidCodeError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from evidence_app.services.core.verify import verify_chains
from tests.label_pdf import all_codes, pages
from tests.pdf_fonts import declared_fonts
from tests.services.rows import snapshot
from tests.world import World
from tests.zpl_render import render


def _label_events(world: World, item_id: int) -> list[str]:
    return [
        e.note or ""
        for e in world.services.items.history(world.keeper, item_id)
        if e.kind is EventKind.LABEL_PRINTED
    ]


def test_each_print_and_reprint_is_a_custody_event_and_the_chain_still_verifies(
    world: World,
) -> None:
    first = world.receive("Xe máy Honda Wave", owner_name="Phạm Thị Dung")
    second = world.receive("Điện thoại Samsung", stored=False)
    labels = world.services.labels

    pdf = labels.item_labels(world.keeper, [second.code, first.code], "pdf", "50x30", deliver=len)
    assert all_codes(pdf) == [second.code, first.code]
    zpl = labels.item_labels(
        world.keeper, [first.code.lower()], "zpl", "100x50", dpi=300, deliver=len
    )

    assert zpl.decode().count("^XA") == 1 and f"^FD{first.code}^FS" in zpl.decode()
    assert _label_events(world, first.id) == ["nhãn 100x50 (ZPL)", "nhãn 50x30 (PDF)"]
    assert _label_events(world, second.id) == ["nhãn 50x30 (PDF)"]
    events = world.services.items.history(world.keeper, first.id)
    assert events[0].actor_id == world.keeper.user_id
    assert verify_chains(world.services.db, world.head).intact


def test_the_label_reads_the_case_owner_transferring_body_date_and_place(world: World) -> None:
    item = world.receive(
        "Nhẫn vàng 18K", owner_name="Phạm Thị Dung", transferring_body="Công an quận Ba Đình"
    )
    pdf = world.services.labels.item_labels(world.keeper, [item.code], "pdf", "100x50", deliver=len)
    (page,) = pages(pdf)
    day = agency_time(item.received_at).strftime("%d/%m/%Y")
    for expected in (
        "Nhẫn vàng 18K",
        "Trộm cắp tài sản – Lê Văn Cường",
        "Phạm Thị Dung",
        "Công an quận Ba Đình",
        day,
        "Kho vật chứng số 1 › Khu A › Kệ 1",
    ):
        assert expected in page.text


def test_identifiers_typed_at_intake_are_printed_on_the_label_and_in_zpl(world: World) -> None:
    vehicle = world.receive(
        "Xe máy Honda Wave",
        identifiers="Biển số 29A-123.45; số khung RLHJC4512KY123456; số máy JC45E-1234567",
    )
    phone = world.receive(
        "Điện thoại Samsung", category=Category.PHONE, identifiers="IMEI 356789012345678"
    )
    plain = world.receive("Nhẫn vàng 18K", category=Category.JEWELLERY)
    codes = [vehicle.code, phone.code, plain.code]
    labels = world.services.labels
    pdf = labels.item_labels(world.keeper, codes, "pdf", "100x50", deliver=len)
    printed = pages(pdf)
    assert [code for page in printed for code in page.codes()] == codes
    texts = [" ".join(page.text.split()) for page in printed]
    vehicle_ids = "Biển số 29A-123.45; số khung RLHJC4512KY123456; số máy JC45E-1234567"
    assert f"Nhận dạng: {vehicle_ids}" in texts[0]
    assert "Nhận dạng: IMEI 356789012345678" in texts[1]
    assert "Nhận dạng" not in texts[2]
    zpl = labels.item_labels(world.keeper, codes, "zpl", "50x30", deliver=len).decode()
    assert "Nhận dạng: Biển số 29A-123.45" in zpl and "IMEI 356789012345678" in zpl
    assert zpl.count("Nhận dạng") == 2


def test_an_unknown_code_is_named_and_nothing_is_recorded(world: World) -> None:
    item = world.receive()
    before = snapshot(world.services)
    with pytest.raises(NotFoundError) as refused:
        world.services.labels.item_labels(
            world.keeper, [item.code, "VC-2026-999999", "VC-2026-888888"], "pdf", "a4", deliver=len
        )
    assert "VC-2026-999999, VC-2026-888888" in refused.value.message("vi")
    with pytest.raises(InvalidCodeError):
        world.services.labels.item_labels(
            world.keeper, [item.code, "không phải mã"], "pdf", "a4", deliver=len
        )
    with pytest.raises(ValidationError):
        world.services.labels.item_labels(world.keeper, [item.code], "zpl", "a4", deliver=len)
    with pytest.raises(ValidationError):
        world.services.labels.item_labels(world.keeper, [item.code], "png", "50x30", deliver=len)
    assert snapshot(world.services) == before


@pytest.mark.parametrize("role", [Role.OFFICER, Role.ACCOUNTANT, Role.CASHIER, Role.ADMIN])
def test_only_roles_that_record_custody_may_print_item_labels(world: World, role: Role) -> None:
    item = world.receive()
    before = snapshot(world.services)
    with pytest.raises(PermissionDeniedError):
        world.services.labels.item_labels(
            world.actors[role], [item.code], "pdf", "50x30", deliver=len
        )
    assert snapshot(world.services) == before


def test_location_labels_by_id_and_code_record_nothing(world: World) -> None:
    before = snapshot(world.services)
    pdf = world.services.labels.location_labels(
        world.keeper, [world.shelf_b.code, world.zone.id], "pdf", "a4"
    )
    assert snapshot(world.services) == before
    assert all_codes(pdf) == [world.shelf_b.code, world.zone.code]
    (page,) = pages(pdf)
    assert "Khu A › Kệ 2" in page.text and "Kho vật chứng số 1" in page.text
    with pytest.raises(NotFoundError) as refused:
        world.services.labels.location_labels(world.keeper, [987654], "zpl", "50x30")
    assert "987654" in refused.value.message("en")
    with pytest.raises(PermissionDeniedError):
        world.services.labels.location_labels(world.officer, [world.zone.id], "pdf", "a4")


def test_a_delivery_that_fails_records_nothing(world: World) -> None:
    """A full disk while the label file is written: no LABEL_PRINTED event, nothing at all."""
    item = world.receive()
    before = snapshot(world.services)

    def disk_full(_data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OSError):
        world.services.labels.item_labels(
            world.keeper, [item.code], "pdf", "50x30", deliver=disk_full
        )
    assert snapshot(world.services) == before
    assert _label_events(world, item.id) == []


def test_the_prints_are_committed_only_after_the_delivery(world: World) -> None:
    item = world.receive()
    seen_while_delivering: list[list[str]] = []

    def deliver(data: bytes) -> None:
        assert all_codes(data) == [item.code]
        seen_while_delivering.append(_label_events(world, item.id))  # another transaction

    world.services.labels.item_labels(world.keeper, [item.code], "pdf", "50x30", deliver=deliver)
    assert seen_while_delivering == [[]]
    assert _label_events(world, item.id) == ["nhãn 50x30 (PDF)"]


@pytest.mark.parametrize("size", ["50x30", "100x50", "a4"])
def test_every_size_from_the_database_decodes_at_203_and_300_dpi_pdf_and_zpl(
    world: World, size: str
) -> None:
    """Issue 20: labels of items as stored (a vehicle with its identifiers, a phone, a
    location) scan from the PDF and from a render of the ZPL at both resolutions, and the
    ZPL's Vietnamese text arrives as graphics with its text in the comments."""
    vehicle = world.receive(
        "Xe máy Honda Wave",
        owner_name="Phạm Thị Dung",
        identifiers="Biển số 29A-123.45; số khung RLHJC4512KY123456",
    )
    phone = world.receive("Điện thoại Samsung", category=Category.PHONE)
    codes = [vehicle.code, phone.code]
    labels = world.services.labels
    pdf = labels.item_labels(world.keeper, codes, "pdf", size, deliver=len)
    for dpi in (203, 300):
        assert all_codes(pdf, dpi) == codes
    assert [name for name, embedded in declared_fonts(pdf).items() if not embedded] == []
    if size == "a4":
        return
    for dpi in (203, 300):
        zpl = labels.item_labels(world.keeper, codes, "zpl", size, dpi=dpi, deliver=len)
        printed = render(zpl.decode())
        assert [[r.text for r in zxingcpp.read_barcodes(p.image)] for p in printed] == [
            [vehicle.code],
            [phone.code],
        ]
        texts = [g.comment for g in printed[0].graphics]
        assert "Chủ sở hữu: Phạm Thị Dung" in texts and "Xe máy Honda Wave" in texts
        assert "^A0" not in zpl.decode()  # no built-in font: it has no Vietnamese letters
