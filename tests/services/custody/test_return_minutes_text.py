"""The return minutes as printed (issue 20): as many copies stated as recipients listed, each
named, one copy each (Decree 152/2026 Art 37.2.d, the handover the return mirrors)."""

from __future__ import annotations

import re
import unicodedata

from tests.documents.pdf_pages import page_texts
from tests.world import COURT, World


def test_the_return_minutes_state_four_copies_for_their_four_recipients(world: World) -> None:
    item = world.receive()
    world.checkout([item.id])
    back = world.services.checkouts.return_item(world.keeper, item.id, "Nguyên vẹn", True)
    assert back.return_document_id is not None
    pdf = world.services.documents.pdf(world.keeper, back.return_document_id)
    text = unicodedata.normalize("NFC", " ".join(page_texts(pdf)))
    assert re.findall(r"lập thành (\d+) bản", text) == ["04"]
    holders = re.findall(r"- ([^:]+): 01 bản", text[text.index("Nơi nhận:") :])
    assert holders == [
        f"{COURT} (bên giao trả)",
        "Thi hành án dân sự thành phố Hà Nội (bên nhận lại)",
        "Kế toán nghiệp vụ",
        "Lưu hồ sơ thi hành án",
    ]
