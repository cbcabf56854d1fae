"""The stocktake minutes list every item counted — code, name, unit, quantity, condition,
location, finding — before the differences (Circular 01/2016/TT-BTP Art 12.4 as amended by
Circular 04/2023/TT-BTP; Decree 152/2026 Art 38), issue 20."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from evidence_app.domain.enums import Category, StocktakeKind
from evidence_app.services.stocktakes import Signers
from tests.documents.pdf_pages import page_images, page_texts
from tests.world import World

SIGNERS = Signers("Lê Thị Kho", "Trần Văn Toán", "Nguyễn Văn Trưởng")
SHOTS = Path("/tmp/h4-shots")
CONDITIONS = ("Còn mới", "Trầy xước nhẹ", "Vỡ màn hình", "Đã qua sử dụng")


def test_the_minutes_list_every_item_counted_and_still_show_the_differences(
    world: World,
) -> None:
    s = world.services
    phone = Category.PHONE
    items = [
        world.receive(f"Điện thoại Nokia {n}", category=phone, unit="chiếc", quantity=n + 1,
                      condition=CONDITIONS[n])
        for n in range(4)
    ]  # fmt: skip
    take = s.stocktakes.start(world.keeper, world.warehouse.id, StocktakeKind.HALF_YEARLY)
    a, b = world.shelf_a, world.shelf_b
    s.stocktakes.scan(world.keeper, take.id, items[0].code, a.id)
    s.stocktakes.scan(world.keeper, take.id, items[1].code, a.id)
    s.stocktakes.scan(world.keeper, take.id, items[2].code, b.id)  # misplaced; [3] missing
    done = s.stocktakes.finish(world.keeper, take.id, SIGNERS)
    pdf = s.documents.pdf(world.keeper, done.minutes_document_id or 0)
    text = unicodedata.normalize("NFC", " ".join(page_texts(pdf)))
    listed = text[text.index("DANH SÁCH VẬT CHỨNG, TÀI SẢN ĐƯỢC KIỂM KÊ") :]
    listed = listed[: listed.index("CHÊNH LỆCH GIỮA SỔ SÁCH VÀ THỰC TẾ")]
    shelf_a, shelf_b = f"{a.code} ({a.name})", f"{b.code} ({b.name})"
    expected = [
        (items[0], "1", shelf_a, "Đúng vị trí"),
        (items[1], "2", shelf_a, "Đúng vị trí"),
        (items[2], "3", shelf_b, "Sai vị trí"),
        (items[3], "4", shelf_a, "Không thấy"),
    ]
    for n, (item, quantity, place, finding) in enumerate(expected):
        row = (f"{n + 1} {item.code} {item.name} chiếc {quantity} {CONDITIONS[n]} "
               f"{place} {finding}")  # fmt: skip
        assert row in listed, (row, listed)
    assert len(re.findall(r"VC-\d{4}-\d{6}", listed)) == 4
    # the differences keep their own section with both locations
    differences = text[text.index("CHÊNH LỆCH GIỮA SỔ SÁCH VÀ THỰC TẾ") :]
    assert items[3].code in differences and items[2].code in differences
    assert items[0].code not in differences
    assert re.findall(r"lập thành (\d+) bản", text) == ["04"]
    assert len(re.findall(r": 01 bản", text[text.index("Nơi nhận:") :])) == 4
    SHOTS.mkdir(exist_ok=True)
    images = page_images(pdf, dpi=100)
    images[0].save(SHOTS / f"stocktake-{s.db.dialect}-p1.png")
    images[-1].save(SHOTS / f"stocktake-{s.db.dialect}-last.png")
