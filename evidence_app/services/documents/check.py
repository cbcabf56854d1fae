"""Does a document's record still match its paper, and its items' chains what it printed?

A paper carries the verification code (SHA-256 of the recorded content) and the digest of
the chain heads it was printed against. The record matches when the stored content still
hashes to that code, the stored PDF to its hash, and each printed head is still an event
of its item's chain, a chain that itself verifies.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import CustodyEvent, Document, Item
from evidence_app.domain.chain import GENESIS_HASH
from evidence_app.domain.codes import DocumentCode
from evidence_app.domain.messages import render
from evidence_app.services.core.verify import EVENT_COLUMNS, chain_break

#: Heads recorded before an item's first event.
_NO_EVENT = frozenset({"", GENESIS_HASH})


@dataclass(frozen=True, slots=True)
class DocumentProblem:
    """One way the record differs from the paper; ``key`` names the message."""

    key: str
    item_code: str = ""
    reason: str = ""

    def message(self, lang: str = "vi") -> str:
        return render(self.key, lang, code=self.item_code, reason=self.reason)


def heads_digest(chain_heads_json: str) -> str:
    """The first 16 hex of the SHA-256 of the stored chain-heads JSON, as printed."""
    return hashlib.sha256(chain_heads_json.encode("utf-8")).hexdigest()[:16]


def document_problems(
    session: Session, doc: Document, paper: DocumentCode | None = None, *, chains: bool = True
) -> tuple[DocumentProblem, ...]:
    """Everything that no longer matches; empty when the record matches the paper.

    ``chains=False`` skips re-hashing each item's whole chain (``verify`` has just done so)
    and only looks for the printed heads among the events.
    """
    problems: list[DocumentProblem] = []
    if hashlib.sha256(doc.content.encode("utf-8")).hexdigest() != doc.verification_code:
        problems.append(DocumentProblem("doccheck.content_changed"))
    if doc.pdf is None or hashlib.sha256(doc.pdf).hexdigest() != doc.pdf_sha256:
        problems.append(DocumentProblem("doccheck.pdf_changed"))
    if paper is not None:
        if not doc.verification_code.startswith(paper.code):
            problems.append(DocumentProblem("doccheck.paper_code"))
        if heads_digest(doc.chain_heads) != paper.heads:
            problems.append(DocumentProblem("doccheck.paper_heads"))
    try:
        heads = json.loads(doc.chain_heads)
        if not isinstance(heads, dict):
            raise TypeError(type(heads).__name__)
    except (ValueError, TypeError):
        return (*problems, DocumentProblem("doccheck.heads_unreadable"))
    for code, head in sorted(heads.items()):
        problem = _head_problem(session, str(code), str(head), chains=chains)
        if problem is not None:
            problems.append(problem)
    return tuple(problems)


def _head_problem(
    session: Session, code: str, head: str, *, chains: bool
) -> DocumentProblem | None:
    item = session.scalars(select(Item).where(Item.code == code)).first()
    if item is None:
        return DocumentProblem("doccheck.item_missing", code)
    if chains:
        events = session.execute(
            select(*EVENT_COLUMNS).where(CustodyEvent.item_id == item.id).order_by(CustodyEvent.seq)
        ).all()
        broken = chain_break(item, events)
        if broken is not None:
            return DocumentProblem("doccheck.chain_broken", code, broken.reason)
    if head in _NO_EVENT:
        return None
    found = session.scalar(
        select(CustodyEvent.id).where(CustodyEvent.item_id == item.id, CustodyEvent.hash == head)
    )
    return None if found is not None else DocumentProblem("doccheck.head_missing", code)
