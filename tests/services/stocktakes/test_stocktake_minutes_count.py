"""The stocktake minutes vouch for what was counted (Decree 152/2026 Art 38): the checkpoint
section states the items of the warehouse or location counted, with the whole system's
checkpoint count beside them, as the monthly check's minutes do (its count is the keeper's).
Read from the PDF on both databases."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from db.models import Item
from evidence_app.domain.enums import StocktakeKind
from evidence_app.services.stocktakes import Signers
from tests.documents.pdf_pages import page_images, page_texts
from tests.world import World

SIGNERS = Signers("Lê Thị Kho", "Trần Văn Toán", "Nguyễn Văn Trưởng")


def _minutes_text(world: World, kind: StocktakeKind, location_id: int | None,
                  png: Path | None = None) -> str:  # fmt: skip
    s = world.services.stocktakes
    take = s.start(world.keeper, world.warehouse.id, kind, location_id, seed=3)
    done = s.finish(world.keeper, take.id, SIGNERS)
    pdf = world.services.documents.pdf(world.keeper, done.minutes_document_id or 0)
    if png is not None:
        for number, image in enumerate(page_images(pdf, dpi=110)):
            image.save(png.with_name(f"{png.stem}-{number}.png"))
    return " ".join(page_texts(pdf))


def test_the_minutes_count_the_warehouse_or_location_counted_beside_the_system(
    world: World, tmp_path: Path
) -> None:
    on_a = [world.receive(f"Điện thoại {n}") for n in range(3)]
    on_b = [world.receive(f"Xe máy {n}") for n in range(2)]
    world.services.moves.move_batch(
        world.keeper, [(i.id, i.version) for i in on_b], world.shelf_b.id
    )
    world.receive("Xe đạp chưa nhập kho", stored=False)  # in the system, in no warehouse
    with world.services.db.engine.connect() as conn:
        total = conn.scalar(select(func.count()).select_from(Item))
    assert total == len(on_a) + len(on_b) + 1
    whole = _minutes_text(world, StocktakeKind.HALF_YEARLY, None, tmp_path / "whole.png")
    assert (
        "Khi kết thúc kiểm kê, hệ thống đã chốt chuỗi bảo quản của 5 vật chứng, tài sản được "
        "kiểm kê (trong điểm chốt chung của 6 vật chứng, tài sản trong hệ thống): điểm chốt số"
    ) in whole
    assert "Số vật chứng, tài sản theo sổ sách: 5;" in whole
    shelf = _minutes_text(world, StocktakeKind.AD_HOC, world.shelf_a.id)
    assert (
        "chốt chuỗi bảo quản của 3 vật chứng, tài sản được kiểm kê (trong điểm chốt chung của "
        "6 vật chứng, tài sản trong hệ thống)"
    ) in shelf
    assert "Số vật chứng, tài sản theo sổ sách: 3;" in shelf
