"""The return minutes as printed (issue 20): as many copies stated as recipients listed, each
named, one copy each (Decree 152/2026 Art 37.2.d, the handover the return mirrors)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from tests.documents.pdf_pages import page_images, page_texts
from tests.world import COURT, World


def test_the_return_minutes_state_four_copies_for_their_four_recipients(world: World) -> None:
    item = world.receive()
    world.checkout([item.id])
    back = world.services.checkouts.return_item(world.keeper, item.id, "Nguyên vẹn", True)
    assert back.return_document_id is not None
    pdf = world.services.documents.pdf(world.keeper, back.return_document_id)
    pages = [unicodedata.normalize("NFC", t) for t in page_texts(pdf)]
    text = " ".join(pages)
    # "Nơi nhận:" never alone on the last page: the signatures come with it
    assert "Nơi nhận:" in pages[-1] and "THỦ KHO" in pages[-1]
    assert re.findall(r"lập thành (\d+) bản", text) == ["04"]
    holders = re.findall(r"- ([^:]+): 01 bản", text[text.index("Nơi nhận:") :])
    assert holders == [
        f"{COURT} (bên giao trả)",
        "Thi hành án dân sự thành phố Hà Nội (bên nhận lại)",
        "Kế toán nghiệp vụ",
        "Lưu hồ sơ thi hành án",
    ]
    shots = Path("/tmp/h4-shots")
    shots.mkdir(exist_ok=True)
    images = page_images(pdf, dpi=100)
    images[0].save(shots / f"return-{world.services.db.dialect}-p1.png")
    images[-1].save(shots / f"return-{world.services.db.dialect}-last.png")
