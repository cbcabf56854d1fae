"""Scanning: what a scanned code names, an item or a warehouse location, in one look-up.

A keyboard-wedge scanner, a camera or a person may deliver the code; ``route`` cleans what
arrived (Unicode forms, full-width characters, odd dashes, blanks, a trailing CR), lets
``parse_code`` classify it and finds its row with one indexed query in one read-only unit
of work, so a scan costs a few milliseconds even among a million items.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import Document, Item, Location
from evidence_app.domain.codes import CodeKind, parse_code, parse_document_code
from evidence_app.domain.document_kinds import number_spellings
from evidence_app.domain.errors import UnknownCodeError
from evidence_app.domain.permissions import Permission
from evidence_app.services.catalogue.barcode_image import read_codes
from evidence_app.services.core.auth import Actor, authorize
from evidence_app.services.core.scope import check_item_id_visible, check_location_visible
from evidence_app.services.core.uow import unit_of_work

#: Dashes a keyboard layout, a word processor or a label printer may put in place of "-".
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63"), "-")


@dataclass(frozen=True, slots=True)
class ScanTarget:
    """Where a scan leads: an item or a location (with its warehouse)."""

    kind: CodeKind
    id: int
    code: str
    warehouse_id: int | None = None


def clean_scan(raw: str) -> str:
    """The scanned text in compatibility-composed form, with ASCII dashes."""
    return unicodedata.normalize("NFKC", raw).translate(_DASHES)


class ScanService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def route(self, actor: Actor, text: str) -> ScanTarget:
        """The item or location ``text`` names; InvalidCodeError or UnknownCodeError if none."""
        parsed = parse_code(clean_scan(text))
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            if parsed.kind is CodeKind.DOCUMENT:
                return _document_target(session, parsed.text)
            if parsed.kind is CodeKind.ITEM:
                item_id = session.scalar(select(Item.id).where(Item.code == parsed.text))
                if item_id is None:
                    raise UnknownCodeError("item", parsed.text)
                # Another office's item is named as such, not opened (issue 21).
                check_item_id_visible(session, actor, item_id)
                return ScanTarget(CodeKind.ITEM, item_id, parsed.text)
            row = session.execute(
                select(Location.id, Location.warehouse_id).where(Location.code == parsed.text)
            ).first()
            if row is None:
                raise UnknownCodeError("location", parsed.text)
            check_location_visible(session, actor, row.id)  # issue 21
            return ScanTarget(CodeKind.LOCATION, row.id, parsed.text, row.warehouse_id)

    def read_image(self, path: str | Path) -> list[str]:
        """The codes in an image file (see ``barcode_image.read_codes``); no database."""
        return read_codes(path)


def _document_target(session: Session, payload: str) -> ScanTarget:
    """A document's QR: the stored document it names (check it with DocumentService.check)."""
    paper = parse_document_code(payload)
    document_id = session.scalar(
        select(Document.id).where(
            Document.kind == paper.kind,
            Document.year == paper.year,
            Document.number.in_(number_spellings(paper.number)),  # QD or QĐ
        )
    )
    if document_id is None:
        raise UnknownCodeError("document", paper.number)
    return ScanTarget(CodeKind.DOCUMENT, document_id, payload)
