"""Every PDF the application prints declares only fonts it embeds (a PDF/A requirement).

reportlab's canvas starts each page with Helvetica, and a platypus table selects Helvetica
for its cells unless styled: both put an unembedded Helvetica in the page's resources.
The fonts are read from the resources with pypdf, not from the text drawn, so a font
declared but never used is found too.
"""

from __future__ import annotations

from datetime import date

import pytest

from evidence_app.documents.label_layout import SIZES
from evidence_app.documents.labels import labels_pdf
from evidence_app.documents.render import render_document
from evidence_app.reports.pdf import render_pdf
from evidence_app.reports.table import Align, Column, ReportTable
from tests.documents import samples
from tests.documents.test_labels import ITEM, SHELF, VEHICLE
from tests.pdf_fonts import declared_fonts


def _only_embedded(pdf: bytes) -> None:
    fonts = declared_fonts(pdf)
    assert fonts, "no font found: the reader missed them"
    assert [name for name, embedded in fonts.items() if not embedded] == []


@pytest.mark.parametrize("make", [samples.minutes, samples.order, samples.slip, samples.card])
def test_documents_declare_only_embedded_fonts(make: object) -> None:
    content = make()  # type: ignore[operator]
    _only_embedded(render_document(content, samples.stamp(content)))


@pytest.mark.parametrize("size", sorted(SIZES))
def test_labels_declare_only_embedded_fonts(size: str) -> None:
    _only_embedded(labels_pdf([ITEM, VEHICLE, SHELF], size))


@pytest.mark.parametrize("landscape", [True, False])
def test_reports_declare_only_embedded_fonts(landscape: bool) -> None:
    table = ReportTable(
        name="stock",
        title="Báo cáo tồn kho vật chứng",
        columns=(Column("Số thứ tự", 0.5, Align.RIGHT), Column("Tên vật chứng", 3)),
        rows=((1, "Xe máy Honda Wave"), (2, "Điện thoại Samsung")),
        subtitle=("Năm 2026",),
        form="Mẫu số 17",
        totals=(None, "Cộng: 2"),
        footer=("Người lập biểu",),
        landscape=landscape,
    )
    _only_embedded(render_pdf(table, "CỤC THADS HÀ NỘI", "PHÒNG THADS KHU VỰC 1", "Hà Nội",
                              date(2026, 3, 5)))  # fmt: skip


def test_the_check_finds_a_declared_but_unembedded_font() -> None:
    """The reader is not blind: a plain reportlab canvas declares Helvetica, unembedded."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.showPage()
    canvas.save()
    assert declared_fonts(out.getvalue()) == {"/Helvetica": False}
