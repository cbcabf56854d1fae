"""The release minutes as printed (issue 20): never before the hour the head fixed in the
order (Decree 152/2026 Art 37.3), the second person of dual control signing, as many copies
stated as recipients listed."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from evidence_app.domain.clock import agency_time
from evidence_app.domain.enums import Category, DocumentKind, ReleaseRequestPurpose
from evidence_app.domain.errors import ValidationError
from evidence_app.services.custody import Recipient, ReleaseRequestView
from tests.documents.pdf_pages import page_images, page_texts
from tests.services.rows import snapshot
from tests.world import World

SHOTS = Path("/tmp/h4-shots")
OWNER = Recipient("Phạm Thị Dung", "")


def _requested(world: World, *names: str, category: Category = Category.OTHER) -> list[int]:
    items = [world.receive(n, category=category) for n in names]
    world.order_for(items, ReleaseRequestPurpose.RETURN_TO_OWNER)
    return [i.id for i in items]


def _request(world: World, ids: list[int]) -> ReleaseRequestView:
    return world.services.release_requests.request(
        world.officer, world.case.id, ids, ReleaseRequestPurpose.RETURN_TO_OWNER, OWNER
    )


def _pages(world: World, view_id: int) -> list[str]:
    pdf = world.services.documents.pdf(world.keeper, view_id)
    return [unicodedata.normalize("NFC", t) for t in page_texts(pdf)]


def _save(world: World, view_id: int, name: str) -> None:
    """Page 1 and the last page as PNG, to look at."""
    SHOTS.mkdir(exist_ok=True)
    images = page_images(world.services.documents.pdf(world.keeper, view_id), dpi=100)
    dialect = world.services.db.dialect
    images[0].save(SHOTS / f"{name}-{dialect}-p1.png")
    images[-1].save(SHOTS / f"{name}-{dialect}-last.png")


def test_no_item_is_issued_before_the_hour_the_head_fixed(world: World) -> None:
    rr = world.services.release_requests
    (bike,) = _requested(world, "Xe đạp Thống Nhất")
    r = _request(world, [bike])
    fixed = datetime.now(UTC).replace(microsecond=0) + timedelta(hours=2)
    r = rr.approve(world.head, r.id, fixed, r.version)
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as refused:
        rr.issue(world.keeper, r.id, bike)
    assert refused.value.key == "release.before_release_at"
    shown = f"{agency_time(fixed):%H:%M %d/%m/%Y}"
    assert f"ấn định xuất kho lúc {shown}" in refused.value.message("vi")
    assert "Điều 37 khoản 3 Nghị định số 152/2026/NĐ-CP" in refused.value.message("vi")
    assert f"fixes the release for {shown}" in refused.value.message("en")
    assert "Decree 152/2026 Art 37.3" in refused.value.message("en")
    assert snapshot(world.services) == before  # nothing issued, no event, no paper


def test_an_hour_already_gone_is_refused_at_approval(world: World) -> None:
    rr = world.services.release_requests
    r = _request(world, _requested(world, "Xe đạp Phượng Hoàng"))
    with pytest.raises(ValidationError) as refused:
        rr.approve(world.head, r.id, datetime.now(UTC) - timedelta(minutes=3), r.version)
    assert refused.value.key == "release.release_at_past"


def _hour(text: str, pattern: str) -> datetime:
    found = re.search(pattern + r"(\d\d) giờ (\d\d) phút,? ngày (\d\d)[ /](?:tháng )?(\d+)"
                      r"[ /](?:năm )?(\d{4})", text)  # fmt: skip
    assert found, pattern
    hour, minute, day, month, year = (int(g) for g in found.groups())
    return datetime(year, month, day, hour, minute)


def test_the_minutes_are_timed_at_or_after_the_hour_of_the_order_they_execute(
    world: World,
) -> None:
    rr = world.services.release_requests
    (bike,) = _requested(world, "Xe máy Honda Dream")
    r = _request(world, [bike])
    r = rr.approve(world.head, r.id, datetime.now(UTC), r.version)
    rr.issue(world.keeper, r.id, bike)
    done = rr.finish(world.keeper, r.id)
    order, _slip, minutes = done.documents
    assert minutes.kind is DocumentKind.RELEASE_MINUTES
    ordered = _hour(" ".join(_pages(world, order.id)), r"vào hồi ")
    text = " ".join(_pages(world, minutes.id))
    released = _hour(text, r"Hồi ")
    assert released >= ordered
    assert _hour(text, r"thời điểm xuất kho ấn định: ") == ordered
    assert f"Lệnh xuất kho số {order.number}" in text


def test_the_second_person_of_dual_control_signs_the_minutes(world: World) -> None:
    rr = world.services.release_requests
    ids = _requested(world, "Tiền mặt 5.000.000 đồng", "Tiền mặt 2.000.000 đồng",
                     category=Category.CASH)  # fmt: skip
    r = _request(world, ids)
    r = rr.approve(world.head, r.id, datetime.now(UTC), r.version)
    for item_id in ids:
        rr.issue(world.keeper, r.id, item_id, world.witness(world.accountant))
    minutes = rr.finish(world.keeper, r.id).documents[-1]
    pages = _pages(world, minutes.id)
    last = pages[-1]
    name = world.accountant.full_name
    # the block: position, the hint, then the name under the space for the signature
    block = re.search(r"NGƯỜI KIỂM SOÁT THỨ HAI \(Ký, ghi rõ họ tên\) (.+?) Nơi nhận:", last)
    assert block is not None, last
    assert block.group(1).strip() == name
    assert " ".join(pages).count("NGƯỜI KIỂM SOÁT THỨ HAI") == 1  # one person, one block
    assert f"{name}." in " ".join(pages) or f"{name};" in " ".join(pages)  # named per item
    _save(world, minutes.id, "release-minutes-dual")


def test_the_copies_stated_are_the_recipients_listed(world: World) -> None:
    rr = world.services.release_requests
    (bike,) = _requested(world, "Xe máy Yamaha Sirius")
    r = _request(world, [bike])
    r = rr.approve(world.head, r.id, datetime.now(UTC), r.version)
    rr.issue(world.keeper, r.id, bike)
    pages = _pages(world, rr.finish(world.keeper, r.id).documents[-1].id)
    text = " ".join(pages)
    assert re.findall(r"lập thành (\d+) bản", text) == ["04"]
    tail = text[text.index("Nơi nhận:") :]
    holders = re.findall(r"- ([^:]+): 01 bản", tail)
    assert holders == [
        "Phạm Thị Dung (bên nhận)",
        "Thi hành án dân sự thành phố Hà Nội (bên giao)",
        "Kế toán nghiệp vụ",
        "Lưu hồ sơ thi hành án",
    ]
