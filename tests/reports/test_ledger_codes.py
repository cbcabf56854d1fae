"""The evidence ledger (Mẫu số 13) prints every item code whole on one line (issue 20: codes
split over two lines in every row)."""

from __future__ import annotations

import unicodedata

import pypdfium2 as pdfium

from evidence_app.domain.clock import agency_today
from evidence_app.domain.enums import Category, Disposition, ReleaseRequestPurpose
from evidence_app.reports.params import ReportParams
from tests.world import World


def test_every_code_of_the_ledger_is_whole_on_one_line(world: World) -> None:
    s = world.services
    items = [
        world.receive("Xe ô tô Toyota Vios màu bạc", estimated_value=270_563_000),
        world.receive("Điện thoại di động Samsung Galaxy A54 màu xám", category=Category.PHONE),
        world.receive("Tiền mặt (đồng Việt Nam)", category=Category.CASH, quantity=177_221_000),
    ]
    # A closed row fills the last column with its date and time, as most rows of a year do.
    world.order(items[:1], Disposition.RETURN_TO_OWNER)
    world.exit_on_order([items[0].id], ReleaseRequestPurpose.RETURN_TO_OWNER)
    table = s.reports.build(world.keeper, "evidence_ledger", ReportParams(today=agency_today()))
    pdf = s.reports.render(table, "pdf", agency_today())
    lines = [
        " ".join(line.split())
        for page in pdfium.PdfDocument(pdf)
        for line in unicodedata.normalize("NFC", page.get_textpage().get_text_range()).splitlines()
    ]
    for item in items:
        assert any(item.code in line for line in lines), item.code
