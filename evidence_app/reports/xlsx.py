"""Any ReportTable as an XLSX workbook: real numbers and dates in the cells, not text; text
always text.

openpyxl turns a string starting with "=" into a formula (and "#N/A" into an error): an item a
user named "=1+2" would compute in the clerk's spreadsheet. Every string here is written as a
string cell (``text_cell``), and one starting with = + - @ or a tab or carriage return (what
spreadsheet programs read as a formula when the cell is edited or the file saved as CSV) also
carries Excel's quote prefix, so it stays text when edited."""

from __future__ import annotations

import io
from datetime import date, datetime
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from evidence_app.documents.parts import vietnam_time
from evidence_app.domain.display import PERCENT_PLACES, Percent
from evidence_app.reports.table import Cell, ReportTable

DATE_FORMAT = "DD/MM/YYYY"
DATETIME_FORMAT = "DD/MM/YYYY HH:MM"
INT_FORMAT = "#,##0"
#: A percentage with the same decimals as on paper and screen (76,10 beside 10,45).
PERCENT_FORMAT = "0." + "0" * PERCENT_PLACES
#: What a spreadsheet program reads as the start of a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
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
        sheet.append([text_cell(sheet, line)])
    if not agency:
        sheet.append([])
    sheet.append([_text(sheet, c.header, bold=True, wrap=True) for c in table.columns])
    for row in table.rows:
        sheet.append([_cell(sheet, v) for v in row])
    if table.totals is not None:
        sheet.append([_cell(sheet, v, bold=True) for v in table.totals])
    for line in table.footer:
        sheet.append([text_cell(sheet, line)])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def text_cell(sheet: Worksheet, value: str) -> WriteOnlyCell:
    """``value`` as a string cell, never a formula or an error code (see the module's note)."""
    cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", value))
    cell.data_type = "s"
    if value.startswith(FORMULA_START):
        cell.quotePrefix = True
    return cell


def _text(sheet: Worksheet, value: str, *, bold: bool = False, wrap: bool = False) -> WriteOnlyCell:
    cell = text_cell(sheet, value)
    if bold:
        cell.font = _BOLD
    if wrap:
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    return cell


def _cell(sheet: Worksheet, value: Cell, *, bold: bool = False) -> WriteOnlyCell | object:
    if value is None:
        return None
    if isinstance(value, str):
        cell = text_cell(sheet, value)
    else:
        cell = WriteOnlyCell(sheet, value=_plain(value))
    if isinstance(value, datetime):
        cell.number_format = DATETIME_FORMAT
    elif isinstance(value, date):
        cell.number_format = DATE_FORMAT
    elif isinstance(value, Percent):
        cell.number_format = PERCENT_FORMAT
    elif isinstance(value, (int, float, Decimal)):
        cell.number_format = number_format(value)
    if bold:
        cell.font = _BOLD
    return cell


def number_format(value: int | float | Decimal) -> str:
    """#,##0 for a whole number (a quantity of 2 reads "2", not "2,00"); as many decimals as
    the value has otherwise ("2,5", "0,125")."""
    exponent = Decimal(repr(round(value, 6)) if isinstance(value, float) else value)
    places = -min(0, int(exponent.normalize().as_tuple().exponent))
    return INT_FORMAT + ("." + "0" * places if places else "")


def _plain(value: Cell) -> object:
    """openpyxl has no time zones: a moment is written as Vietnam wall-clock time."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        return vietnam_time(value).replace(tzinfo=None)
    return value
