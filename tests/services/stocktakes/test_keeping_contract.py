"""A paid keeper keeps on a service contract (Decree 152/2026 Art 24.3): leaving items with a
body or person that keeps them as a service (Law 106/2025 Art 40.1.c) is refused without the
contract's number, day and fee, and the minutes print them; no other keeper has one."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from evidence_app.domain.clock import agency_today
from evidence_app.domain.enums import CustodianKind
from evidence_app.domain.errors import PermissionDeniedError, ValidationError
from evidence_app.services.custody import BodyKeeper
from evidence_app.services.stocktakes import ServiceContract
from tests.documents.pdf_pages import page_images, page_texts
from tests.services.rows import snapshot
from tests.services.stocktakes.keeping_people import handover, officer_id
from tests.world import World

TODAY = agency_today()
FIRM = "Công ty TNHH Minh Phát"
CONTRACT = ServiceContract("12/2026/HĐDV", TODAY - timedelta(days=3), 1_500_000)


def test_a_paid_keeper_is_refused_without_the_contract_and_nothing_is_written(
    world: World,
) -> None:
    s = world.services
    item = world.receive("Xe máy Honda Wave 29B1-678.90")
    firm = s.keeping.add_keeper(world.keeper, CustodianKind.THIRD_PARTY, FIRM, "Số 5")
    owner = s.keeping.add_keeper(world.keeper, CustodianKind.OWNER, "Nguyễn Văn Chủ", "Số 1")
    officer_id(world)  # hired before the snapshot
    rep = BodyKeeper("Đỗ Minh Phát", "Giám đốc")
    before = snapshot(s)
    refused = [
        (firm.id, None, "keeping.contract_required", "khoản 3 Điều 24", "Art 24.3"),
        (firm.id, ServiceContract("", None, None), "keeping.contract_required", FIRM, FIRM),
        (firm.id, ServiceContract("  ", TODAY, 1), "validation.required", "số hợp đồng",
         "number"),
        (firm.id, ServiceContract("1/HĐ", None, 1), "validation.required", "ngày ký", "signed"),
        (firm.id, ServiceContract("1/HĐ", TODAY, None), "validation.required", "chi phí",
         "fee"),
        (firm.id, ServiceContract("1/HĐ", TODAY, -5), "validation.negative", "chi phí", "fee"),
        (firm.id, ServiceContract("1/HĐ", TODAY + timedelta(days=1), 1), "keeping.contract_later",
         f"{TODAY + timedelta(days=1):%d/%m/%Y}", "before the items are left"),
        (owner.id, CONTRACT, "keeping.contract_not_paid", "điểm c khoản 1 Điều 40", "40.1.c"),
    ]  # fmt: skip
    for keeper_id, contract, key, vi, en in refused:
        who = rep if keeper_id == firm.id else BodyKeeper("Nguyễn Văn Chủ")
        with pytest.raises(ValidationError) as err:
            s.keeping.leave(world.keeper, keeper_id, [item.id],
                            handover(world, who, contract=contract))  # fmt: skip
        assert err.value.key == key, contract
        assert vi in err.value.message("vi") and en in err.value.message("en"), contract
    with pytest.raises(PermissionDeniedError):  # another role, contract or not
        s.keeping.leave(world.accountant, firm.id, [item.id],
                        handover(world, rep, contract=CONTRACT))  # fmt: skip
    # Read behind the services' back: no minutes, no event, no number taken.
    assert snapshot(s) == before


def test_the_minutes_print_the_contract_with_a_paid_keeper(world: World, tmp_path: Path) -> None:
    s = world.services
    item = world.receive("Xe máy Honda Wave 29B1-678.90")
    firm = s.keeping.add_keeper(world.keeper, CustodianKind.THIRD_PARTY, FIRM, "Số 5")
    done = s.keeping.leave(
        world.keeper, firm.id, [item.id],
        handover(world, BodyKeeper("Đỗ Minh Phát", "Giám đốc"), contract=CONTRACT),
    )  # fmt: skip
    pdf = s.documents.pdf(world.keeper, done.minutes_document_id)
    page_images(pdf, dpi=90)[0].save(tmp_path / "paid_keeper.png")
    text = " ".join(page_texts(pdf))
    assert (
        f"Hợp đồng dịch vụ bảo quản: số 12/2026/HĐDV ký ngày {CONTRACT.signed_on:%d/%m/%Y}; "
        "chi phí bảo quản: 1.500.000 đồng (khoản 3 Điều 24 Nghị định số 152/2026/NĐ-CP)"
    ) in text
    assert "được trả thù lao" in text


def test_an_owner_keeps_without_a_contract_and_none_is_printed(world: World) -> None:
    s = world.services
    item = world.receive()
    owner = s.keeping.add_keeper(world.keeper, CustodianKind.OWNER, "Nguyễn Văn Chủ", "Số 1")
    empty = ServiceContract("", None, None)  # the screen's blank fields: no contract
    done = s.keeping.leave(
        world.keeper, owner.id, [item.id],
        handover(world, BodyKeeper("Nguyễn Văn Chủ"), contract=empty),
    )  # fmt: skip
    text = " ".join(page_texts(s.documents.pdf(world.keeper, done.minutes_document_id)))
    assert "Hợp đồng dịch vụ" not in text
