"""The keeping minutes n/BBGBQ-THADS and the monthly check's minutes read back from their PDF
pages (issue 19; Decree 152/2026 Art 24.1, 24.4, 24.5; Circular 01/2017/TT-BTP Art 12.2),
and a refusal to sign recorded as Art 24.4 asks: only the party or the witness, with the
reason; the keeper and the officer always sign."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.models import Item
from evidence_app.domain.clock import agency_today
from evidence_app.domain.enums import CustodianKind
from evidence_app.domain.errors import PermissionDeniedError, ValidationError
from evidence_app.services.custody import BodyKeeper
from evidence_app.services.stocktakes import ServiceContract, Signers
from evidence_app.services.stocktakes.keeping import Handover, HandoverResult, KeeperView
from tests.documents.pdf_pages import page_images, page_texts
from tests.services.rows import snapshot
from tests.services.stocktakes.keeping_people import OFFICER, handover, officer_id
from tests.world import World

OWNER = "Nguyễn Văn Chủ"
ADDRESS = "Thôn Đông, xã Đông Anh, Hà Nội"
PARTY, WITNESS = "Phạm Thị Dung", "Lê Văn Chứng"
#: The service contract the officer signed with a paid keeper (Decree 152/2026 Art 24.3).
CONTRACT = ServiceContract("12/2026/HĐDV", agency_today(), 1_500_000)
REASON = "Không đồng ý giao tài sản cho người phải thi hành án giữ"


def _owner(world: World) -> KeeperView:
    return world.services.keeping.add_keeper(world.keeper, CustodianKind.OWNER, OWNER, ADDRESS)


def _by_owner(world: World) -> Handover:
    return handover(world, BodyKeeper(OWNER), PARTY, WITNESS)


def _text(world: World, document_id: int) -> list[str]:
    return page_texts(world.services.documents.pdf(world.keeper, document_id))


def _leave(world: World, keeper: KeeperView, item_id: int, h: Handover) -> HandoverResult:
    return world.services.keeping.leave(world.keeper, keeper.id, [item_id], h)


def test_the_owners_minutes_name_each_side_once_and_his_own_undertaking(world: World) -> None:
    item = world.receive("Ô tô con Toyota Vios 29A-123.45", condition="Trầy xước cửa trái")
    done = _leave(world, _owner(world), item.id, _by_owner(world))
    pages = _text(world, done.minutes_document_id)
    text = " ".join(pages)
    # The giving side, the keeping side, then the party and witness, who are neither.
    assert (
        f"I. BÊN GIAO Cơ quan: Thi hành án dân sự thành phố Hà Nội Ông/bà {OFFICER}, Chấp hành "
        f"viên II. BÊN NHẬN BẢO QUẢN Người được giao bảo quản: Chủ sở hữu, người đang quản lý, "
        f"sử dụng Ông/bà {OWNER} Địa chỉ: {ADDRESS} III. ĐƯƠNG SỰ, NGƯỜI CHỨNG KIẾN Đương sự: "
        f"{PARTY} Người chứng kiến: {WITNESS}"
    ) in text
    assert f"{OWNER}, Người được giao bảo quản" not in text
    # Decree 152/2026 Art 24.1: the owner undertakes, in his own words, beside his signature.
    assert (
        f"Cam kết của người được giao bảo quản: Tôi, {OWNER}, cam kết thực hiện đúng các yêu "
        "cầu của Chấp hành viên trong quá trình tổ chức thi hành án (khoản 1 Điều 24 Nghị "
        "định số 152/2026/NĐ-CP)."
    ) in text
    last = pages[-1]
    assert "Cam kết của người được giao bảo quản" in last and "NGƯỜI ĐƯỢC GIAO BẢO QUẢN" in last
    assert "đã đọc lại cho các bên cùng nghe, nhất trí và ký tên dưới đây" in text
    assert "từ chối ký" not in text.lower()
    # Each who signs keeps a copy (Art 24.5).
    assert (
        f"Nơi nhận: - {PARTY} (đương sự): 01 bản; - {OWNER} (người được giao bảo quản): 01 bản; "
        "- Kế toán nghiệp vụ: 01 bản; - Lưu hồ sơ thi hành án: 01 bản."
    ) in text
    # The duties' heading is never left alone at the foot of a page.
    for page in pages:
        if "Quyền, nghĩa vụ của người được giao bảo quản:" in page:
            assert "1. Bảo đảm điều kiện bảo quản tài sản" in page


def test_a_body_signs_by_its_representative_and_a_paid_keeper_is_told_so(world: World) -> None:
    s = world.services.keeping
    third = s.add_keeper(world.keeper, CustodianKind.THIRD_PARTY, "Công ty TNHH Minh Phát", "Số 5")
    item = world.receive("Xe máy Honda Wave 29B1-678.90")
    paid = handover(world, BodyKeeper("Đỗ Minh Phát", "Giám đốc"), contract=CONTRACT)
    done = _leave(world, third, item.id, paid)
    text = " ".join(_text(world, done.minutes_document_id))
    assert "Cơ quan, tổ chức: Công ty TNHH Minh Phát Ông/bà Đỗ Minh Phát, Giám đốc" in text
    assert "III. " not in text  # no party, no witness: no section for them
    assert (
        "5. Người được giao bảo quản được trả thù lao, được thanh toán chi phí bảo quản tài sản"
    ) in text
    assert "ĐẠI DIỆN BÊN NHẬN BẢO QUẢN" in text and "Cam kết của" not in text


def test_the_monthly_checks_minutes_say_where_and_what_was_checked(world: World) -> None:
    keeper = _owner(world)
    item = world.receive("Ô tô con Toyota Vios 29A-123.45")
    _leave(world, keeper, item.id, _by_owner(world))
    take = world.services.keeping.check(
        world.keeper, keeper.id, [item.code],
        Signers("Lê Thị Kho", "Trần Văn Toán", "Nguyễn Văn Trưởng", OWNER),
    )  # fmt: skip
    text = " ".join(_text(world, take.minutes_document_id or 0))
    assert f"tại {ADDRESS} (nơi bảo quản GBQ0001), chúng tôi gồm:" in text
    assert f"Phạm vi kiểm tra: Toàn bộ vật chứng, tài sản đã giao {OWNER} bảo quản" in text
    assert f"tại {OWNER}," not in text and f"Toàn bộ {OWNER}" not in text


def test_the_checks_checkpoint_counts_what_the_keeper_holds_not_the_whole_system(
    world: World, tmp_path: Path
) -> None:
    """Items kept elsewhere (on our shelf, with another keeper) are in the system's checkpoint
    but not in this keeper's check: the minutes vouch for his two, within the whole root."""
    s = world.services.keeping
    keeper = _owner(world)
    other = s.add_keeper(world.keeper, CustodianKind.THIRD_PARTY, "Bãi xe Minh Phát", "Số 5")
    car, bike = world.receive("Ô tô con Toyota Vios"), world.receive("Xe máy Honda Wave")
    elsewhere = [world.receive(f"Điện thoại {n}") for n in range(3)]
    s.leave(world.keeper, keeper.id, [car.id, bike.id], _by_owner(world))
    paid = handover(world, BodyKeeper("Đỗ Phát"), contract=CONTRACT)
    s.leave(world.keeper, other.id, [elsewhere[0].id], paid)
    take = s.check(
        world.keeper, keeper.id, [car.code],
        Signers("Lê Thị Kho", "Trần Văn Toán", "Nguyễn Văn Trưởng", OWNER),
    )  # fmt: skip
    with world.services.db.engine.connect() as conn:
        total = conn.scalar(select(func.count()).select_from(Item))
    assert total == 5
    pdf = world.services.documents.pdf(world.keeper, take.minutes_document_id or 0)
    text = " ".join(page_texts(pdf))
    assert (
        "Khi kết thúc kiểm tra, hệ thống đã chốt chuỗi bảo quản của 2 vật chứng, tài sản được "
        "kiểm tra (trong điểm chốt chung của 5 vật chứng, tài sản trong hệ thống): điểm chốt số"
    ) in text
    assert "Số vật chứng, tài sản theo sổ sách: 2;" in text and "Không thấy: 1;" in text
    for image_no, image in enumerate(page_images(pdf, dpi=110)):
        image.save(tmp_path / f"check-{image_no}.png")


def test_a_party_who_refuses_to_sign_is_named_with_the_reason(world: World) -> None:
    item = world.receive()
    refused = handover(world, BodyKeeper(OWNER), PARTY, WITNESS, refused=f" {PARTY} ",
                       refusal_reason=REASON)  # fmt: skip
    done = _leave(world, _owner(world), item.id, refused)
    text = " ".join(_text(world, done.minutes_document_id))
    assert f"Ông/bà {PARTY} từ chối ký biên bản. Lý do: {REASON}." in text
    assert "ĐƯƠNG SỰ (Từ chối ký)" in text
    assert "đã đọc lại cho các bên cùng nghe và ký tên dưới đây" in text


def _refusal(world: World, refused: str, reason: str = REASON) -> Handover:
    return handover(world, BodyKeeper(OWNER), PARTY, WITNESS, refused=refused,
                    refusal_reason=reason)  # fmt: skip


def test_only_the_party_or_the_witness_may_refuse_and_never_without_reason(
    world: World,
) -> None:
    """Decree 152/2026 Art 24.4: signed by every side; a refusal is written with its reason.
    The keeper's signature is his acceptance and undertaking (Art 24.1) and the officer draws
    the minutes up: neither can be recorded as refusing; nor can someone absent."""
    item = world.receive()
    keeper = _owner(world)
    leave = world.services.keeping.leave
    officer_id(world)  # hired before the snapshot
    before = snapshot(world.services)
    cases: list[tuple[Handover, str, str]] = [
        (_refusal(world, OWNER), "keeping.must_sign", "Điều 24"),
        (_refusal(world, OFFICER.upper()), "keeping.must_sign", "Chấp hành viên"),
        (_refusal(world, "Ngô Văn Khác"), "keeping.refuser_absent", "Ngô Văn Khác"),
        (_refusal(world, PARTY, "  "), "validation.required", "lý do từ chối ký"),
        (_refusal(world, "", REASON), "validation.required", "người từ chối ký"),
    ]
    for h, key, words in cases:
        with pytest.raises(ValidationError) as err:
            leave(world.keeper, keeper.id, [item.id], h)
        assert err.value.key == key, key
        assert words in err.value.message("vi") and err.value.message("en")
    # Another role cannot leave items at all, refusal or not.
    calls: list[Callable[[], object]] = [
        lambda: leave(world.head, keeper.id, [item.id], _refusal(world, WITNESS)),
        lambda: leave(world.accountant, keeper.id, [item.id], _refusal(world, WITNESS)),
    ]
    for call in calls:
        with pytest.raises(PermissionDeniedError):
            call()
    # Read behind the services' back: no minutes, no event, no number taken.
    assert snapshot(world.services) == before
    done = leave(world.keeper, keeper.id, [item.id], _refusal(world, WITNESS))
    text = " ".join(_text(world, done.minutes_document_id))
    assert done.minutes_number == "1/BBGBQ-THADS"
    assert f"Ông/bà {WITNESS} từ chối ký biên bản" in text and "NGƯỜI CHỨNG KIẾN" in text
