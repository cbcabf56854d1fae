"""Official documents: issued inside a use case's transaction, read, checked and exported.

``issue_document`` numbers a document from its per-kind, per-year sequence, records the
chain heads of its items, renders the PDF with the verification code and QR in the footer
and stores bytes, hashes and content together; a reprint is the stored bytes.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import CustodyEvent, Document, Item
from evidence_app.documents.content import Content, canonical_json, with_number
from evidence_app.documents.page import Stamp
from evidence_app.documents.render import render_document
from evidence_app.domain.codes import DOCUMENT_PREFIX, DocumentCode, parse_document_code
from evidence_app.domain.document_kinds import TITLES, number_spellings, qr_number
from evidence_app.domain.enums import DocumentKind
from evidence_app.domain.errors import NotFoundError, UnknownCodeError, ValidationError
from evidence_app.domain.permissions import Permission
from evidence_app.files import atomic_write, reason_key
from evidence_app.services.core.auth import Actor, authorize
from evidence_app.services.core.numbering import next_number
from evidence_app.services.core.scope import check_case_visible, check_item_id_visible
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.documents.check import DocumentProblem, document_problems, heads_digest
from evidence_app.services.documents.unit_papers import (
    paper_unit,
    sequence_name,
    unit_document_number,
    unit_header,
)


@dataclass(frozen=True, slots=True)
class DocumentView:
    """A stored document without its bytes."""

    id: int
    kind: DocumentKind
    number: str
    year: int
    issued_on: date
    title: str
    case_id: int | None
    created_by: int | None
    created_at: datetime
    verification_code: str
    pdf_sha256: str
    #: (item code, chain head) pairs it was printed against, by code.
    chain_heads: tuple[tuple[str, str], ...]

    @property
    def file_name(self) -> str:
        """``2026-BB-THADS-15.pdf``: sortable, no slash."""
        seq, _, suffix = self.number.partition("/")
        return f"{self.year}-{suffix}-{int(seq):04d}.pdf"


@dataclass(frozen=True, slots=True)
class DocumentCheck:
    """Whether a document's record still matches its paper; ``problems`` say what differs."""

    document: DocumentView
    problems: tuple[DocumentProblem, ...]
    #: True when the check compared a scanned paper's code, not only the record.
    paper_checked: bool

    @property
    def ok(self) -> bool:
        return not self.problems


def issue_document(
    session: Session,
    actor_id: int | None,
    kind: DocumentKind,
    content: Content,
    *,
    case_id: int | None,
    items: Iterable[Item],
    unit_id: int | None = None,
) -> Document:
    """Number, render and store a document in the caller's transaction; the new row.

    The issuing unit is ``unit_id``, else the items' unit (their warehouse's, else their
    case's), else the case's, else the provincial agency (``paper_unit``). The number is
    taken from that unit's sequence for the year of ``content.header.issued_on`` and written
    into the header, under the unit's name, before the content is hashed and rendered.
    """
    if content.kind != kind:
        raise ValueError(f"{type(content).__name__} is not a {kind}")
    items = list(items)
    unit = paper_unit(session, unit_id, items, case_id)
    year = content.header.issued_on.year
    seq = next_number(session, sequence_name(kind, unit), year)
    content = unit_header(session, content, unit)
    numbered = with_number(content, unit_document_number(kind, seq, unit))
    text = numbered.to_json()
    code = hashlib.sha256(text.encode("utf-8")).hexdigest()
    heads = canonical_json({item.code: item.chain_head for item in items})
    digest = heads_digest(heads)
    number = numbered.header.number
    # The QR stays ASCII: Đ folded to D (``qr_number``); lookups accept both spellings.
    payload = DocumentCode(qr_number(number), year, str(kind), code, digest).payload()
    pdf = render_document(numbered, Stamp(code, digest, payload))
    doc = Document(
        kind=str(kind), year=year, seq_no=seq, number=number,
        issued_on=numbered.header.issued_on, title=TITLES[kind], case_id=case_id,
        unit_id=unit.id if unit is not None and not unit.provincial else None,
        created_by=actor_id, pdf=pdf, pdf_sha256=hashlib.sha256(pdf).hexdigest(),
        verification_code=code, chain_heads=heads, content=text,
    )  # fmt: skip
    session.add(doc)
    session.flush()
    return doc


def document_view(doc: Document) -> DocumentView:
    """The row as a frozen view, without the bytes."""
    try:
        heads = tuple(sorted((str(k), str(v)) for k, v in json.loads(doc.chain_heads).items()))
    except (ValueError, TypeError, AttributeError):
        heads = ()
    return DocumentView(
        doc.id, DocumentKind(doc.kind), doc.number, doc.year, doc.issued_on, doc.title,
        doc.case_id, doc.created_by, doc.created_at, doc.verification_code, doc.pdf_sha256,
        heads,
    )  # fmt: skip


class DocumentService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, actor: Actor, document_id: int) -> DocumentView:
        with unit_of_work(self.db, "noun.document", read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            return document_view(_load(session, document_id))

    def pdf(self, actor: Actor, document_id: int) -> bytes:
        """The stored bytes: a reprint is identical to the first print."""
        with unit_of_work(self.db, "noun.document", read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            return _load(session, document_id).pdf or b""

    def for_case(self, actor: Actor, case_id: int) -> list[DocumentView]:
        """The case's documents, newest first."""
        with unit_of_work(self.db, "noun.document", read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            check_case_visible(session, actor, case_id)
            query = select(Document).where(Document.case_id == case_id)
            return [document_view(d) for d in session.scalars(_newest_first(query))]

    def for_item(self, actor: Actor, item_id: int) -> list[DocumentView]:
        """Documents printed against the item or named by its events, newest first."""
        with unit_of_work(self.db, "noun.document", read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            code = session.scalar(select(Item.code).where(Item.id == item_id))
            if code is None:
                raise NotFoundError(what="noun.item", ref=item_id)
            check_item_id_visible(session, actor, item_id)
            named = select(CustodyEvent.document_id).where(CustodyEvent.item_id == item_id)
            query = select(Document).where(
                or_(Document.id.in_(named), Document.chain_heads.like(f'%"{code}":%'))
            )
            return [document_view(d) for d in session.scalars(_newest_first(query))]

    def check(self, actor: Actor, text: str) -> DocumentCheck:
        """Check a scanned QR payload or a typed number (``15/BB-THADS``, latest year)."""
        with unit_of_work(self.db, "noun.document", read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            paper, doc = _find(session, text)
            problems = document_problems(session, doc, paper)
            return DocumentCheck(document_view(doc), problems, paper is not None)

    def check_all(self, actor: Actor) -> tuple[int, DocumentView | None, DocumentProblem | None]:
        """Every document against its record and heads (chains verified separately).

        Returns the number checked and the first mismatching document with its first problem.
        """
        with unit_of_work(self.db, "noun.document", read_only=True) as session:
            authorize(session, actor, Permission.VERIFY)
            ids = session.scalars(select(Document.id).order_by(Document.id)).all()
            for count, document_id in enumerate(ids, 1):
                doc = _load(session, document_id)
                problems = document_problems(session, doc, chains=False)
                if problems:
                    return count, document_view(doc), problems[0]
                session.expunge(doc)
            return len(ids), None, None

    def export(
        self, actor: Actor, folder: str | Path, kind: DocumentKind | None = None
    ) -> list[Path]:
        """Write the stored PDFs (of one kind, or all) into ``folder``; the paths written."""
        target = Path(folder)
        try:
            target.mkdir(parents=True, exist_ok=True)
            return self._write_all(actor, target, kind)
        except (OSError, ValueError) as exc:
            reason = reason_key(exc)
            raise ValidationError("error.export_folder", folder=target, reason=reason) from exc

    def _write_all(self, actor: Actor, target: Path, kind: DocumentKind | None) -> list[Path]:
        written: list[Path] = []
        with unit_of_work(self.db, "noun.document", read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            query = select(Document.id).order_by(Document.year, Document.kind, Document.seq_no)
            if kind is not None:
                query = query.where(Document.kind == str(kind))
            for document_id in session.scalars(query).all():
                doc = _load(session, document_id)
                path = target / document_view(doc).file_name
                atomic_write(path, doc.pdf or b"")  # whole, or the old file kept
                written.append(path)
                session.expunge(doc)
        return written


def _newest_first(query: Any) -> Any:
    return query.order_by(Document.issued_on.desc(), Document.id.desc())


def _load(session: Session, document_id: int) -> Document:
    doc = session.get(Document, document_id)
    if doc is None:
        raise NotFoundError(what="noun.document", ref=document_id)
    return doc


def _find(session: Session, text: str) -> tuple[DocumentCode | None, Document]:
    """The paper's code (None for a typed number) and the document it names."""
    cleaned = " ".join(text.split())
    if cleaned.upper().startswith(DOCUMENT_PREFIX):
        paper = parse_document_code(cleaned)
        query = select(Document).where(
            Document.kind == paper.kind,
            Document.year == paper.year,
            Document.number.in_(number_spellings(paper.number)),
        )
    else:
        paper = None
        query = (
            select(Document)
            .where(Document.number.in_(number_spellings(cleaned)))
            .order_by(Document.year.desc())
        )
    doc = session.scalars(query).first()
    if doc is None:
        raise UnknownCodeError("document", paper.number if paper else cleaned)
    return paper, doc


__all__: Sequence[str] = [
    "DocumentCheck",
    "DocumentService",
    "DocumentView",
    "document_view",
    "issue_document",
]
