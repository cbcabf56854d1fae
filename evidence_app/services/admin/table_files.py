"""Spreadsheets given to an import (.xlsx or .csv), read row by row within fixed bounds.

A 5 KB .xlsx may declare a million rows by 16,384 columns, or unpack to gigabytes: the
archive's unpacked size and the sheet's declared size are checked before openpyxl parses
anything, and rows are then read one at a time (read-only mode), never more than
``MAX_SHEET_ROWS`` rows of ``MAX_SHEET_COLUMNS`` cells. Every refusal names the limit.
"""

from __future__ import annotations

import csv
import errno
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from evidence_app.domain.display import number
from evidence_app.domain.errors import ValidationError

MAX_FILE_BYTES = 50 * 1024 * 1024
#: What the archive may unpack to, all parts together (the zipfile module stops reading a part
#: at its declared size, so the declared sizes bound the work).
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
#: Rows read from the sheet, blank ones included, and columns read in each row.
MAX_SHEET_ROWS = 100_000
MAX_SHEET_COLUMNS = 50
_MB = 1024 * 1024


def read_table(path: str | Path) -> tuple[str, Iterator[list[Any]]]:
    """The file's name and its rows of cells (.xlsx: the first sheet; .csv: UTF-8 or the
    Vietnamese Windows code page, ``;``, ``,`` or tab); file-level problems raise."""
    source = Path(path)
    if source.suffix.lower() not in (".xlsx", ".csv"):
        raise ValidationError("import.format", path=source.name)
    if not source.is_file():
        raise ValidationError("import.no_file", path=str(source))
    try:
        size = source.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ValidationError(
                "import.file_too_big", path=source.name, size=_mb(size), limit=_mb(MAX_FILE_BYTES)
            )
        if source.suffix.lower() == ".csv":
            return source.name, _csv_rows(source.read_bytes(), source.name)
        return source.name, _xlsx_rows(source)
    except OSError as exc:
        raise _unreadable(source.name, exc) from exc


def _unreadable(name: str, exc: OSError) -> ValidationError:
    """The usual reasons a file cannot be read, in the user's words."""
    if exc.errno in (errno.EACCES, errno.EPERM):
        return ValidationError("import.denied", path=name)
    if exc.errno == errno.ENOENT:
        return ValidationError("import.no_file", path=name)
    return ValidationError("import.unreadable", path=name, reason=exc.strerror or str(exc))


def _csv_rows(raw: bytes, name: str) -> Iterator[list[Any]]:
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            content = raw.decode("cp1258")
        except UnicodeDecodeError as exc:
            raise ValidationError("import.unreadable", path=name, reason="UTF-8") from exc
    first = content.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first.count)
    try:
        return iter(list(csv.reader(io.StringIO(content, newline=""), delimiter=delimiter)))
    except csv.Error as exc:
        raise ValidationError("import.unreadable", path=name, reason=str(exc)[:100]) from exc


def _check_archive(source: Path) -> None:
    """Refuse what is not a zip archive, and one that would unpack past the limit."""
    try:
        with zipfile.ZipFile(source) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError):
        raise ValidationError("import.not_xlsx", path=source.name) from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise ValidationError(
            "import.unpacks_too_big",
            path=source.name,
            size=_mb(unpacked),
            limit=_mb(MAX_UNPACKED_BYTES),
        )


def _xlsx_rows(source: Path) -> Iterator[list[Any]]:
    """Opened and checked now (errors raise here); rows read later, one at a time."""
    from openpyxl import load_workbook

    _check_archive(source)
    try:
        book = load_workbook(source, read_only=True, data_only=True)
        sheet = book.worksheets[0]
        declared = (sheet.max_row or 0, sheet.max_column or 0)
    except OSError:
        raise
    except Exception as exc:
        raise _corrupt(source.name, exc) from exc
    if declared[0] > MAX_SHEET_ROWS or declared[1] > MAX_SHEET_COLUMNS:
        book.close()
        raise _too_large(source.name, *declared)
    return _sheet_rows(book, sheet, source.name)


def _sheet_rows(book: Any, sheet: Any, name: str) -> Iterator[list[Any]]:
    # A sheet may declare no size or a false one: the bounds hold while reading too.
    rows = sheet.iter_rows(max_row=MAX_SHEET_ROWS + 1, max_col=MAX_SHEET_COLUMNS, values_only=True)
    try:
        for number, row in enumerate(rows, start=1):
            if number > MAX_SHEET_ROWS:
                raise ValidationError(
                    "import.sheet_too_many_rows", path=name, row_limit=_count(MAX_SHEET_ROWS)
                )
            yield list(row)
    except ValidationError:
        raise
    except Exception as exc:
        raise _corrupt(name, exc) from exc
    finally:
        book.close()


def _corrupt(name: str, exc: Exception) -> ValidationError:
    reason = " ".join(str(exc).split())[:100] or type(exc).__name__
    return ValidationError("import.corrupt", path=name, reason=reason)


def _too_large(name: str, rows: int, columns: int) -> ValidationError:
    return ValidationError(
        "import.sheet_too_large",
        path=name,
        rows=_count(rows),
        columns=_count(columns),
        row_limit=_count(MAX_SHEET_ROWS),
        column_limit=MAX_SHEET_COLUMNS,
    )


def _count(value: int) -> str:
    """Thousands separated by dots (``domain.display``; the message is in both languages)."""
    return number(value)


def _mb(size: int) -> str:
    return f"{size / _MB:.1f}"
