"""Printed codes: item codes (``VC-2026-000123``) and location codes (``VT-K01-A-02``).

The scanner and the search box both pass what they read through ``parse_code``; it accepts
what a keyboard-wedge scanner or a person would type (lower case, stray spaces) and refuses
the rest with a message in the user's language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from evidence_app.domain.enums import ItemKind
from evidence_app.domain.errors import InvalidCodeError

MAX_CODE_LENGTH = 64
ITEM_PREFIXES: dict[ItemKind, str] = {
    ItemKind.EVIDENCE: "VC",
    ItemKind.TEMPORARILY_HELD: "TG",
    ItemKind.DISTRAINED: "KB",
}
LOCATION_PREFIX = "VT"
_ITEM = re.compile(r"^(VC|TG|KB)-(\d{4})-(\d{6,9})$")
_LOCATION = re.compile(r"^VT(-[A-Z0-9]{1,12}){1,6}$")
_SHAPE = re.compile(r"^[A-Z]{2}-")


class CodeKind(StrEnum):
    ITEM = "item"
    LOCATION = "location"


@dataclass(frozen=True, slots=True)
class ParsedCode:
    kind: CodeKind
    text: str


def item_code(kind: ItemKind, year: int, number: int) -> str:
    """The code printed on an item's label."""
    return f"{ITEM_PREFIXES[kind]}-{year:04d}-{number:06d}"


def normalise(raw: str) -> str:
    """Upper case without surrounding or inner blanks, as scanners and people type it."""
    return "".join(raw.split()).upper()


def parse_code(raw: str) -> ParsedCode:
    """Classify a scanned or typed code, or refuse it with a reason."""
    text = normalise(raw)
    if not text:
        raise InvalidCodeError(code=raw, reason="code.empty")
    shown = text[:MAX_CODE_LENGTH]
    if len(text) > MAX_CODE_LENGTH or not text.isascii():
        raise InvalidCodeError(code=shown, reason="code.format")
    if match := _ITEM.match(text):
        year = int(match.group(2))
        if not 1945 <= year <= 2200:
            raise InvalidCodeError(code=shown, reason="code.year")
        return ParsedCode(CodeKind.ITEM, text)
    if _LOCATION.match(text):
        return ParsedCode(CodeKind.LOCATION, text)
    if _SHAPE.match(text) and text[:2] not in (*ITEM_PREFIXES.values(), LOCATION_PREFIX):
        raise InvalidCodeError(code=shown, reason="code.prefix")
    raise InvalidCodeError(code=shown, reason="code.format")
