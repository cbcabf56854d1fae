"""A report table as JSON and back, exactly: what a closed ledger period keeps.

Cells keep their type (an int stays an int, a Decimal its digits, a date a date), so a frozen
period renders byte for byte as it did when it was closed.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import fields, is_dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from evidence_app.reports import table as table_module
from evidence_app.reports.table import ReportTable

#: The dataclasses a table is made of, by name (ReportTable, Column, its signature blocks…).
_CLASSES: dict[str, type] = {
    name: cls
    for name, cls in vars(table_module).items()
    if isinstance(cls, type) and is_dataclass(cls) and cls.__module__ == table_module.__name__
}


def _encode(value: Any) -> Any:
    if isinstance(value, Enum):
        return {"$e": type(value).__name__, "v": value.value}
    if isinstance(value, bool) or value is None or isinstance(value, str | int | float):
        return value
    if isinstance(value, Decimal):
        return {"$n": str(value)}
    if isinstance(value, datetime):
        return {"$t": value.isoformat()}
    if isinstance(value, date):
        return {"$d": value.isoformat()}
    if isinstance(value, tuple | list):
        return [_encode(v) for v in value]
    if is_dataclass(value) and not isinstance(value, type):
        body = {
            f.name: _encode(getattr(value, f.name))
            for f in fields(value)
            if not (f.metadata.get("omit_when_none") and getattr(value, f.name) is None)
        }
        return {"$c": type(value).__name__, **body}
    raise TypeError(f"cannot freeze {type(value).__name__}")


def _decode(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_decode(v) for v in value)
    if not isinstance(value, dict):
        return value
    if "$n" in value:
        return Decimal(value["$n"])
    if "$t" in value:
        return datetime.fromisoformat(value["$t"])
    if "$d" in value:
        return date.fromisoformat(value["$d"])
    if "$e" in value:
        return getattr(table_module, value["$e"])(value["v"])
    cls = _CLASSES[value["$c"]]
    return cls(**{k: _decode(v) for k, v in value.items() if k != "$c"})


def freeze(table: ReportTable) -> str:
    """The table as canonical JSON (sorted keys, no spaces)."""
    return json.dumps(_encode(table), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def thaw(text: str) -> ReportTable:
    """The table ``freeze`` wrote."""
    table = _decode(json.loads(text))
    assert isinstance(table, ReportTable)
    return table


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
