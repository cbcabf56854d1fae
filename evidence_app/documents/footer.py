"""The footer every page carries: verification code, chain-heads digest, and both as a QR.

The QR is drawn once per document as a PDF form and placed on each page, so a long
document stays small and fast to render. It sits in the bottom margin at the right edge of
the text column, ``QR_EDGE`` (10 mm) above the paper's edge, inside what any office
printer prints (about 5 mm is unprintable), beside the footer's text, never over it.
"""

from __future__ import annotations

from dataclasses import dataclass

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from evidence_app.documents.fonts import SERIF

#: 49 modules (version 8) of 0.29 mm: a phone reads them from a 300 dpi print.
QR_SIZE = 14 * mm
#: The QR's bottom edge above the paper's bottom edge.
QR_EDGE = 10 * mm
_QR_FORM = "verification-qr"


@dataclass(frozen=True, slots=True)
class Stamp:
    """What the footer prints: the verification code, the heads digest, the QR payload."""

    code: str
    heads_digest: str
    payload: str

    def code_text(self) -> str:
        """The first 16 hex of the code in groups of four, upper case, as typed from paper."""
        short = self.code[:16].upper()
        return "-".join(short[i : i + 4] for i in range(0, 16, 4))


def draw_footer(canvas: Canvas, number: str, stamp: Stamp, left: float, right: float,
                bottom: float) -> None:  # fmt: skip
    """Text at the bottom left of the text column, the QR at its right, under a thin rule."""
    canvas.saveState()
    x_right = A4[0] - right
    canvas.setLineWidth(0.3)
    # The rule stops short of the QR: a scanner needs a quiet zone around the code.
    canvas.line(left, bottom - 2 * mm, x_right - QR_SIZE - 4 * mm, bottom - 2 * mm)
    canvas.setFont(SERIF, 8)
    lines = (
        f"Văn bản số {number} – trang {canvas.getPageNumber()}",
        f"Mã xác thực: {stamp.code_text()}",
        f"Đầu chuỗi giám sát: {stamp.heads_digest}",
        "Quét mã QR hoặc chạy lệnh verify để đối chiếu với cơ sở dữ liệu.",
    )
    for index, line in enumerate(lines):
        canvas.drawString(left, bottom - 5.5 * mm - index * 3.2 * mm, line)
    if canvas.getPageNumber() == 1:
        _define_qr(canvas, stamp.payload)
    canvas.translate(x_right - QR_SIZE, QR_EDGE)
    canvas.doForm(_QR_FORM)
    canvas.restoreState()


def _define_qr(canvas: Canvas, payload: str) -> None:
    """The QR of ``payload`` as a form of QR_SIZE square; dark runs of a row as one rectangle."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(payload)
    code.make(fit=True)
    matrix = code.get_matrix()
    module = QR_SIZE / len(matrix)
    canvas.beginForm(_QR_FORM, lowerx=0, lowery=0, upperx=QR_SIZE, uppery=QR_SIZE)
    path = canvas.beginPath()
    for row_index, row in enumerate(matrix):
        y = QR_SIZE - (row_index + 1) * module
        start = None
        for col, dark in enumerate([*row, False]):
            if dark and start is None:
                start = col
            elif not dark and start is not None:
                path.rect(start * module, y, (col - start) * module, module)
                start = None
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.endForm()
