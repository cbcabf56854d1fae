"""Any ReportTable as an XLSX workbook: real numbers and dates in the cells, not text."""

from __future__ import annotations

import io
from datetime import date, datetime
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from evidence_app.documents.parts import vietnam_time
from evidence_app.reports.table import Cell, ReportTable

DATE_FORMAT = "DD/MM/YYYY"
DATETIME_FORMAT = "DD/MM/YYYY HH:MM"
INT_FORMAT = "#,##0"
DECIMAL_FORMAT = "#,##0.00"
_BOLD = Font(bold=True)


def render_xlsx(table: ReportTable, agency: str = "") -> bytes:
    """One sheet: agency, title and subtitles, the header row, the rows, the totals."""
    book = Workbook(write_only=True)
    sheet: Worksheet = book.create_sheet(table.name[:31])
    for i, column in enumerate(table.columns, 1):
        sheet.column_dimensions[get_column_letter(i)].width = max(8, column.width * 12)
    sheet.freeze_panes = f"A{len(table.subtitle) + 4}"
    if agency:
        sheet.append([_text(sheet, agency.upper(), bold=True)])
    sheet.append([_text(sheet, table.title.upper(), bold=True)])
    for line in table.subtitle:
        sheet.append([line])
    if not agency:
        sheet.append([])
    sheet.append([_text(sheet, c.header, bold=True, wrap=True) for c in table.columns])
    for row in table.rows:
        sheet.append([_cell(sheet, v) for v in row])
    if table.totals is not None:
        sheet.append([_cell(sheet, v, bold=True) for v in table.totals])
    for line in table.footer:
        sheet.append([line])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _text(sheet: Worksheet, value: str, *, bold: bool = False, wrap: bool = False) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=value)
    if bold:
        cell.font = _BOLD
    if wrap:
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    return cell


def _cell(sheet: Worksheet, value: Cell, *, bold: bool = False) -> WriteOnlyCell | object:
    if value is None:
        return None
    cell = WriteOnlyCell(sheet, value=_plain(value))
    if isinstance(value, datetime):
        cell.number_format = DATETIME_FORMAT
    elif isinstance(value, date):
        cell.number_format = DATE_FORMAT
    elif isinstance(value, int):
        cell.number_format = INT_FORMAT
    elif isinstance(value, (float, Decimal)):
        cell.number_format = DECIMAL_FORMAT
    if bold:
        cell.font = _BOLD
    return cell


def _plain(value: Cell) -> object:
    """openpyxl has no time zones: a moment is written as Vietnam wall-clock time."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        return vietnam_time(value).replace(tzinfo=None)
    return value
