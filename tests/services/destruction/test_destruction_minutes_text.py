"""The destruction minutes as printed (issue 20): the independence check stays on screen and in
the record, never on the official paper; the copies stated are the recipients listed (Decree
152/2026 Art 40.2)."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

from db.models import Document
from tests.documents.pdf_pages import page_images, page_texts
from tests.services.destruction.test_destruction import _all_for, _council, _doomed, _run
from tests.world import World

SHOTS = Path("/tmp/h4-shots")


def test_the_independence_note_stays_off_the_official_minutes(world: World) -> None:
    d = world.services.destruction
    # Trần Thị Lan (a member) handed the knife over: the screen flags her
    knife = _doomed(world, transferring_body="Công an quận Đống Đa - Trần Thị Lan")
    council = _council(world, [knife])
    flagged = {m.full_name: m.flagged_codes for m in council.members}
    assert flagged["Trần Thị Lan"] == (knife.code,)
    d.record_seen(world.officer, council.id, knife.code, "Gỉ sét, cán gãy")
    d.record_vote(world.officer, council.id, _all_for(council))
    done = d.complete(world.officer, council.id, _run())
    minutes = done.documents[0]
    assert {m.full_name: m.flagged_codes for m in done.members}["Trần Thị Lan"] == (knife.code,)
    with world.services.db.session(read_only=True) as s:
        doc = s.get(Document, minutes.id)
        assert doc is not None
        content = json.loads(doc.content)["content"]
    assert content["independence_notes"] == [f"Trần Thị Lan ({knife.code})"]  # in the record
    pdf = world.services.documents.pdf(world.officer, minutes.id)
    text = unicodedata.normalize("NFC", " ".join(page_texts(pdf)))
    assert "Trần Thị Lan" in text and "Gỉ sét, cán gãy" in text
    assert "độc lập:" not in text and "Lưu ý" not in text  # not on the paper
    assert "Độc lập - Tự do - Hạnh phúc" in text  # the motto is not the note
    assert re.findall(r"lập thành (\d+) bản", text) == ["03"]
    holders = re.findall(r"- ([^:]+): 01 bản", text[text.index("Nơi nhận:") :])
    assert holders == [
        "Viện kiểm sát nhân dân cùng cấp",
        "Cơ quan tài chính cùng cấp",
        "Lưu hồ sơ thi hành án",
    ]
    SHOTS.mkdir(exist_ok=True)
    images = page_images(pdf, dpi=100)
    images[0].save(SHOTS / f"destruction-{world.services.db.dialect}-p1.png")
    images[-1].save(SHOTS / f"destruction-{world.services.db.dialect}-last.png")
