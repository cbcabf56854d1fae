"""Label rendering speed: 1,000 labels to PDF and 10,000 to ZPL, from the database's items."""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select

from db.models import Item
from evidence_app.documents.label_layout import LabelData
from evidence_app.documents.labels import SANS, labels_pdf
from evidence_app.documents.zpl import labels_zpl
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.documents import item_label_data
from evidence_app.services.facade import Services

SYNTHETIC = LabelData(
    code="VC-2026-000001",
    name="Điện thoại di động Samsung Galaxy A54 màu đen",
    case_name="Trộm cắp tài sản – Nguyễn Văn Hùng",
    owner="Trần Thị Mai",
    transferring_body="Công an quận Đống Đa, thành phố Hà Nội",
    received_on=date(2026, 3, 5),
    location="Kho vật chứng số 1 › Khu A › Kệ 3 › Ô 12",
)


def sample_labels(services: Services, count: int = 1000) -> list[LabelData]:
    """Labels of up to ``count`` real items (rendering only: nothing is recorded)."""
    with unit_of_work(services.db, read_only=True) as session:
        codes = list(session.scalars(select(Item.code).order_by(Item.id.desc()).limit(count)))
        labels = list(item_label_data(session, codes).values()) if codes else []
    if len(labels) < count:  # a small database: made-up items fill the rest
        labels += [
            replace(SYNTHETIC, code=f"VC-2026-{900_000 + i:06d}")
            for i in range(count - len(labels))
        ]
    return labels


def bench_labels(
    services: Services, pdf_count: int = 1000, zpl_count: int = 10_000
) -> dict[str, float]:
    """Seconds to render 1,000 labels to PDF (50×30) and 10,000 to ZPL (203 dpi); fewer
    with ``bench --quick`` (the figures keep their names; ``labels_*_count`` says how many).

    Baselines in the same run: the bare minimum of each format (a page with the code as
    text; ``^XA^BC…^XZ``), so a reader sees what the layout, bars and fitting cost.
    """
    sample = sample_labels(services, pdf_count)
    labels_pdf(sample[:10], "50x30")  # fonts registered, modules imported
    many = [sample[i % len(sample)] for i in range(zpl_count)]
    pdf = _seconds(lambda: labels_pdf(sample, "50x30"))
    zpl = _seconds(lambda: labels_zpl(many, "50x30"))
    return {
        "labels_pdf_1000_s": pdf,
        "labels_pdf_1000_baseline_s": _seconds(lambda: _bare_pdf(sample)),
        "labels_zpl_10000_s": zpl,
        "labels_zpl_10000_baseline_s": _seconds(lambda: _bare_zpl(many)),
        "labels_pdf_count": len(sample),
        "labels_zpl_count": len(many),
    }


def _seconds(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return round(time.perf_counter() - started, 3)


def _bare_pdf(labels: list[LabelData]) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(50 * mm, 30 * mm), pageCompression=1)
    for label in labels:
        canvas.setFont(SANS, 8)
        canvas.drawString(2 * mm, 15 * mm, label.code)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _bare_zpl(labels: list[LabelData]) -> str:
    return "".join(f"^XA^FO20,20^BY2^BCN,80,Y,N,N,A^FD{x.code}^FS^XZ\n" for x in labels)
