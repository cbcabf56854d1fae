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
from evidence_app.domain.errors import InvalidCodeError, ValidationError

MAX_CODE_LENGTH = 64
ITEM_PREFIXES: dict[ItemKind, str] = {
    ItemKind.EVIDENCE: "VC",
    ItemKind.TEMPORARILY_HELD: "TG",
    ItemKind.DISTRAINED: "KB",
}
LOCATION_PREFIX = "VT"
#: Serials are printed with at least six digits and scanned with at most nine: a year's
#: sequence stops at ``MAX_SERIAL`` rather than print a code no scanner accepts.
SERIAL_DIGITS, MAX_SERIAL = 6, 999_999_999
#: A code kept from a paper ledger has the printed six digits, so the year's sequence keeps
#: 999 million codes after it (a nine-digit one would leave none).
MAX_KEPT_SERIAL = 10**SERIAL_DIGITS - 1
_ITEM = re.compile(r"^(VC|TG|KB)-(\d{4})-(\d{6,9})$")
_LOCATION = re.compile(r"^VT(-[A-Z0-9]{1,12}){1,6}$")
_SHAPE = re.compile(r"^[A-Z]{2}-")


class CodeKind(StrEnum):
    ITEM = "item"
    LOCATION = "location"
    DOCUMENT = "document"


@dataclass(frozen=True, slots=True)
class ParsedCode:
    kind: CodeKind
    text: str


def item_code(kind: ItemKind, year: int, number: int) -> str:
    """The code printed on an item's label; a serial past the format is refused, not printed."""
    if not 1 <= number <= MAX_SERIAL:
        raise ValidationError(
            "code.exhausted", prefix=ITEM_PREFIXES[kind], year=year, limit=MAX_SERIAL
        )
    return f"{ITEM_PREFIXES[kind]}-{year:04d}-{number:06d}"


def kept_code_problem(code: str) -> str | None:
    """Why an item code (already parsed) cannot be kept from a paper ledger, or None.

    Only the canonical spelling of a serial is kept (``VC-2026-0000123`` would be a second
    code for serial 123), and only six digits, so the year's next codes still scan.
    """
    serial = code[8:]
    if len(serial) != SERIAL_DIGITS or int(serial) < 1 or int(serial) > MAX_KEPT_SERIAL:
        return "code.kept_serial"
    return None


def normalise(raw: str) -> str:
    """Upper case without surrounding or inner blanks, as scanners and people type it."""
    return "".join(raw.split()).upper()


def parse_code(raw: str) -> ParsedCode:
    """Classify a scanned or typed code, or refuse it with a reason."""
    if raw.strip().upper().startswith(DOCUMENT_PREFIX):
        return ParsedCode(CodeKind.DOCUMENT, parse_document_code(raw).payload())
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


DOCUMENT_PREFIX = "THADS-DOC|"
_DOCUMENT = re.compile(
    r"^THADS-DOC\|(\d{1,9}/[A-Z0-9-]{1,20})\|(\d{4})\|([a-z_]{1,40})\|([0-9a-f]{16,64})\|([0-9a-f]{16})$"
)


@dataclass(frozen=True, slots=True)
class DocumentCode:
    """What a document's QR says: ``THADS-DOC|15/BB-THADS|2026|handover_minutes|<code>|<heads>``.

    ``code`` is the SHA-256 of the recorded content (64 hex, or its first 16 hex as typed
    from the paper); ``heads`` the first 16 hex of the digest of the chain heads.
    """

    number: str
    year: int
    kind: str
    code: str
    heads: str

    def payload(self) -> str:
        return f"{DOCUMENT_PREFIX}{self.number}|{self.year}|{self.kind}|{self.code}|{self.heads}"


def parse_document_code(raw: str) -> DocumentCode:
    """A document's QR payload, blanks removed and case folded, or InvalidCodeError."""
    text = "".join(raw.split())
    head, _, rest = text.partition("|")
    parts = rest.split("|")
    if len(parts) == 5:
        parts = [parts[0].upper(), parts[1], parts[2].lower(), parts[3].lower(), parts[4].lower()]
    match = _DOCUMENT.match(f"{head.upper()}|{'|'.join(parts)}")
    if match is None:
        raise InvalidCodeError(code=text[:MAX_CODE_LENGTH], reason="code.document")
    number, year, kind, code, heads = match.groups()
    return DocumentCode(number, int(year), kind, code, heads)
