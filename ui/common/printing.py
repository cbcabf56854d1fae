"""Printing a PDF the core produced: Qt's print preview to any printer, or to a PDF file.

Each PDF page is rendered with pdfium at the printer's resolution (capped, so an A4 page
stays a few tens of megabytes) and painted full-page; the paper size is taken from the
PDF page, so a 50×30 mm label goes to 50×30 mm media and an A4 sheet to A4.
"""

from __future__ import annotations

import errno
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from evidence_app.files import staged_path

#: Above this a page is rendered at this resolution and scaled by the printer (A4 at 600
#: dpi is 35 megapixels); thermal printers (203/300 dpi) get their exact resolution.
MAX_RENDER_DPI = 600


def print_pdf(parent: QWidget | None, pdf_bytes: bytes, title: str) -> bool:
    """Qt's print preview of the PDF; True if the user printed it (to a printer or a file)."""
    document = pdfium.PdfDocument(pdf_bytes)
    try:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        _prepare(printer, document)
        dialog = QPrintPreviewDialog(printer, parent)
        dialog.setWindowTitle(title)
        dialog.paintRequested.connect(lambda target: render_pdf(target, document))
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        document.close()


def print_pdf_to_file(pdf_bytes: bytes, path: str | Path, dpi: int = MAX_RENDER_DPI) -> None:
    """Print the PDF through Qt's print system into a PDF file (what "print to PDF" does).

    Qt prints to a temporary file beside ``path``, which replaces it only once written whole:
    a failure (OSError) leaves what was at ``path`` as it was.
    """
    document = pdfium.PdfDocument(pdf_bytes)
    try:
        with staged_path(path) as temporary:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(temporary))
            printer.setResolution(dpi)
            _prepare(printer, document)
            if not render_pdf(printer, document):
                raise OSError(errno.EIO, "Qt could not write the PDF", str(path))
    finally:
        document.close()


def render_pdf(printer: QPrinter, document: pdfium.PdfDocument) -> bool:
    """Paint every page of ``document`` on ``printer``, each on paper of its own size; False
    if the printer could not be started (a file that cannot be written)."""
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        dpi = min(printer.resolution(), MAX_RENDER_DPI)
        for index in range(len(document)):
            page = document[index]
            if index:
                _set_page_size(printer, page.get_size())
                printer.newPage()
            image = _page_image(page, dpi)
            target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            painter.drawImage(target, image)
            page.close()
    finally:
        painter.end()
    return True


def _prepare(printer: QPrinter, document: pdfium.PdfDocument) -> None:
    printer.setFullPage(True)
    if len(document):
        page = document[0]
        _set_page_size(printer, page.get_size())
        page.close()


def _set_page_size(printer: QPrinter, size_pt: tuple[float, float]) -> None:
    width, height = size_pt
    exact = QPageSize.SizeMatchPolicy.ExactMatch
    page_size = QPageSize(QSizeF(width, height), QPageSize.Unit.Point, "", exact)
    layout = QPageLayout(page_size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    printer.setPageLayout(layout)


def _page_image(page: pdfium.PdfPage, dpi: int) -> QImage:
    bitmap = page.render(scale=dpi / 72, grayscale=False)
    pil = bitmap.to_pil().convert("RGB")
    data = pil.tobytes()
    image = QImage(data, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888)
    return image.copy()  # detach from ``data``, which Python may free
