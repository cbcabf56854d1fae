"""The handover minutes as printed (issue 20): a torn seal or an accepted difference is stated
with the document it was accepted on, never "as in the seizure record"; the copies stated are
the recipients listed (Decree 152/2026 Art 37.2.b–d)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from evidence_app.domain.enums import Category, SealState
from tests.documents.pdf_pages import page_images, page_texts
from tests.services.intake.test_intake import (
    CONFIRMED,
    CONTENTS,
    EXAMINED,
    POLICE,
    SEAL_CONCLUDED,
    _draft,
    _line,
)
from tests.world import World

SHOTS = Path("/tmp/h4-shots")
#: What the minutes say only when every line is as the seizure record states.
ALL_MATCH = "giao nhận đúng với biên bản thu giữ ban đầu về số lượng"

HEROIN = _line("Heroin dạng bánh niêm phong", Category.DRUGS, unit="g", quantity="350",
               recorded_quantity="350", seal_check=SealState.TORN, seal_numbers="NP-0451",
               contents=CONTENTS, seal_conclusion=SEAL_CONCLUDED, examination=EXAMINED,
               conclusion="niêm phong bị rách khi vận chuyển")  # fmt: skip
SHORT = _line("Bộ bàn ghế gỗ", quantity=5, recorded_quantity=6, unit="bộ",
              discrepancy="Thiếu 01 ghế so với biên bản thu giữ",
              confirmation=CONFIRMED)  # fmt: skip
PHONE = _line("Điện thoại Nokia 1280", Category.PHONE, quantity=1, recorded_quantity=1)


def _text(world: World, *lines: object) -> tuple[str, list[str]]:
    """The whole text on one line, and the text of each page, of the handover's minutes."""
    result = world.services.intake.commit(world.keeper, _draft(world, *lines))
    minutes = result.documents[0]
    assert minutes.kind == "handover_minutes"
    pdf = world.services.documents.pdf(world.keeper, minutes.id)
    pages = [unicodedata.normalize("NFC", t) for t in page_texts(pdf)]
    SHOTS.mkdir(exist_ok=True)
    images = page_images(pdf, dpi=100)
    name = f"handover-{len(lines)}-{world.services.db.dialect}"
    images[0].save(SHOTS / f"{name}-p1.png")
    images[-1].save(SHOTS / f"{name}-last.png")
    return " ".join(pages), pages


def test_a_torn_seal_and_a_confirmed_shortfall_are_stated_with_what_they_were_accepted_on(
    world: World,
) -> None:
    text, _pages = _text(world, HEROIN, SHORT, PHONE)
    assert ALL_MATCH not in text
    assert "Có 02 vật chứng, tài sản không đúng với biên bản thu giữ ban đầu" in text
    # the torn seal: its state, the conclusion's body, number and date (Art 37.2.c)
    conclusion = ("Niêm phong bị rách. Căn cứ tiếp nhận: Kết luận về niêm phong số 88/KL-KTHS "
                  "ngày 01/03/2026 của Phòng Kỹ thuật hình sự Công an TP Hà Nội: niêm phong bị "
                  "rách khi vận chuyển")  # fmt: skip
    assert text.count(conclusion) == 2  # in its row, and in the remarks that name the line
    assert re.search(r"- VC-\d{4}-\d{6} \(Heroin dạng bánh niêm phong\): Niêm phong bị rách", text)
    # the shortfall with the custodian head's confirmation (Art 37.2.b)
    confirmation = (
        "Thiếu 01 ghế so với biên bản thu giữ. Theo văn bản xác nhận số 15/XN-CAHK "
        "ngày 05/03/2026 của ông/bà Nguyễn Văn Hùng, Trưởng Công an quận Hoàn Kiếm"
    )
    assert text.count(confirmation) == 2
    # only the phone matches the record, and the minutes say so of the rest only
    assert "Các vật chứng, tài sản còn lại giao nhận đúng với biên bản thu giữ ban đầu." in text
    # the examination stays beside the package's state, not among the differences
    assert "Kết luận giám định số 12/KL-VKHHS ngày 20/02/2026" in text


def test_a_torn_seal_alone_is_never_printed_as_matching_the_record(world: World) -> None:
    text, _pages = _text(world, HEROIN)
    assert ALL_MATCH not in text and "còn lại" not in text
    assert "Có 01 vật chứng, tài sản không đúng với biên bản thu giữ ban đầu" in text
    assert "Kết luận về niêm phong số 88/KL-KTHS" in text


def test_lines_as_recorded_say_so_and_four_copies_go_to_four_recipients(world: World) -> None:
    text, pages = _text(world, PHONE)
    assert ALL_MATCH in text and "không đúng với biên bản" not in text
    stated = re.findall(r"lập thành (\d+) bản", text)
    assert stated == ["04"]
    tail = pages[-1][pages[-1].index("Nơi nhận:") :]
    holders = re.findall(r"- ([^:]+): 01 bản", tail)
    assert len(holders) == 4, tail
    assert holders[0] == f"{POLICE} (bên giao)"
    assert holders[1] == "Thi hành án dân sự thành phố Hà Nội (bên nhận)"
    assert holders[2:] == ["Kế toán bên nhận", "Lưu hồ sơ thi hành án"]
