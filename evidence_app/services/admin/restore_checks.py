"""A restore candidate, opened on its own, checked as completely as the live database would be:
its schema is the migrations' (``restore_schema``), its foreign keys hold, every custody chain
is intact, every item's row says what its chain says, and every stored document and
attachment still hashes to what was recorded. Anything found refuses the restore, named.

Unlike ``verify``, which stops at the first broken chain, the walk goes on to count them
all, so the refusal says how many chains are broken and which items come first.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, String, select, type_coerce

from db.engine import Database
from db.migrate import head_revision
from db.models import Attachment, CustodyEvent, Document, Item, Location, Warehouse
from evidence_app.domain.chain import GENESIS_HASH
from evidence_app.domain.errors import ValidationError
from evidence_app.domain.messages import render
from evidence_app.services.admin import restore_schema as schema
from evidence_app.services.core.admin_log import check_admin_chain
from evidence_app.services.core.verify import EVENT_COLUMNS, chain_break, state_mismatches

#: Item codes (or names) quoted in a refusal; the counts say the rest.
SHOWN = 5
#: Schema objects named in a refusal.
SHOWN_OBJECTS = 10
_BATCH = 20_000
_I = Item.__table__.c
_E = CustodyEvent.__table__.c
_D = Document.__table__.c
#: Heads printed before an item's first event.
_NO_EVENT = frozenset({"", GENESIS_HASH})
_ITEM_COLUMNS = (
    _I.id,
    _I.code,
    _I.chain_head,
    _I.event_count,
    type_coerce(_I.status, String).label("status"),  # as stored, even if no known value
    _I.warehouse_id,
    _I.location_id,
)


#: One thing found: a message key and its parameters.
Finding = tuple[str, dict[str, Any]]


@dataclass
class Findings:
    """What the record checks found: counts, and the first few codes of each."""

    broken: int = 0
    broken_codes: list[str] = field(default_factory=list)
    mismatched: int = 0
    mismatched_codes: list[str] = field(default_factory=list)
    documents: int = 0
    document_numbers: list[str] = field(default_factory=list)
    attachments: int = 0
    attachment_ids: list[str] = field(default_factory=list)

    def findings(self) -> list[Finding]:
        """What was found, as refusal findings; empty when the record is intact."""
        parts = [
            ("restore.broken_chains", self.broken, self.broken_codes),
            ("restore.state_mismatches", self.mismatched, self.mismatched_codes),
            ("restore.documents_changed", self.documents, self.document_numbers),
            ("restore.attachments_changed", self.attachments, self.attachment_ids),
        ]
        return [
            (key, {"count": count, "codes": _listed(codes, count)})
            for key, count, codes in parts
            if count
        ]


class RestoreRefusedError(ValidationError):
    """A candidate refused for what its checks found, each finding named in the user's
    language; ``findings`` are (message key, parameters), a list parameter holding findings
    of its own (the schema's objects)."""

    def __init__(self, path: str, findings: list[Finding]) -> None:
        self.findings = findings
        super().__init__("restore.refused", path=path)

    def message(self, lang: str = "vi") -> str:
        found = "; ".join(_say(key, params, lang) for key, params in self.findings)
        return render(self.key, lang, path=self.params["path"], found=found)


def _say(key: str, params: dict[str, Any], lang: str) -> str:
    shown = {
        name: ", ".join(_say(part[0], part[1], lang) for part in value)
        if isinstance(value, list)
        else value
        for name, value in params.items()
    }
    return render(key, lang, **shown)


def check_candidate(db: Database, path: str) -> None:
    """Refuse (``RestoreRefusedError``) a candidate database, already migrated to head, that
    is not exactly what the application would have written; nothing is changed either way."""
    with db.engine.connect() as conn:
        revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        if revision != head_revision():  # the stage was migrated: a second head, or a trick
            raise ValidationError(
                "backup.revision_mismatch", found=revision, expected=head_revision()
            )
        differences = _schema_differences(conn)
        if differences:
            raise RestoreRefusedError(path, [_schema_finding(differences)])
        found = _foreign_key_findings(conn) if db.dialect == "sqlite" else []
        record = walk_record(conn)
        _check_documents(conn, record)
        _count, admin_break = check_admin_chain(conn)
    found += record.findings()
    if admin_break is not None:
        found.append(
            ("restore.admin_broken", {"seq": admin_break.seq, "reason": admin_break.reason})
        )
    if found:
        raise RestoreRefusedError(path, found)


def _schema_differences(conn: Connection) -> list[schema.SchemaDifference]:
    if conn.dialect.name == "sqlite":
        found, expected = schema.sqlite_objects(conn), schema.expected_sqlite_objects()
    else:
        found, expected = schema.postgres_objects(conn), schema.expected_postgres_objects(conn)
    return schema.schema_differences(found, expected)


def _schema_finding(differences: list[schema.SchemaDifference]) -> Finding:
    objects = [
        ("restore.object", {"change": f"restore.change.{d.change}",
                            "kind": f"restore.kind.{d.kind}", "name": d.name})
        for d in differences[:SHOWN_OBJECTS]
    ]  # fmt: skip
    more = [("restore.more", {"count": len(differences) - SHOWN_OBJECTS})]
    shown = objects + more if len(differences) > SHOWN_OBJECTS else objects
    return ("restore.schema_differs", {"count": len(differences), "objects": shown})


def _foreign_key_findings(conn: Connection) -> list[Finding]:
    rows = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
    if not rows:
        return []
    tables = sorted({f"{row[0]} → {row[2]}" for row in rows})
    return [("restore.foreign_keys", {"count": len(rows), "tables": _listed(tables, len(tables))})]


def walk_record(conn: Connection) -> Findings:
    """Every chain re-hashed and every intact one replayed against its item's row."""
    findings = Findings()
    warehouse_of: dict[int, int] = {}
    location_code: dict[int, str] = {}
    for loc_id, warehouse_id, code in conn.execute(
        select(Location.id, Location.warehouse_id, Location.code)
    ):
        warehouse_of[loc_id], location_code[loc_id] = warehouse_id, code
    warehouse_code = {
        w_id: code for w_id, code in conn.execute(select(Warehouse.id, Warehouse.code))
    }
    events = _stream(conn, select(*EVENT_COLUMNS).order_by(_E.item_id, _E.seq))
    event = next(events, None)
    for item in _stream(conn, select(*_ITEM_COLUMNS).order_by(_I.id)):
        mine = []
        while event is not None and event.item_id <= item.id:
            if event.item_id == item.id:  # an orphan event breaks its missing item's chain
                mine.append(event)
            else:
                _note(findings, "broken", f"#{event.item_id}")
            event = next(events, None)
        if chain_break(item, mine) is not None:
            _note(findings, "broken", item.code)
        elif state_mismatches(item, mine, warehouse_of.get, location_code, warehouse_code):
            _note(findings, "mismatched", item.code)
    if event is not None:
        _note(findings, "broken", f"#{event.item_id}")
    return findings


def _check_documents(conn: Connection, findings: Findings) -> None:
    """Each document's content and PDF against their recorded hashes, and each chain head it
    printed still an event of that item (as ``documents.check`` does; its chains were just
    re-hashed by the walk); each attachment's bytes against their SHA-256."""
    query = select(_D.id, _D.number, _D.content, _D.verification_code, _D.pdf, _D.pdf_sha256,
                   _D.chain_heads).order_by(_D.id)  # fmt: skip
    for doc in conn.execute(query).all():  # hundreds of papers, not millions
        if not _document_intact(conn, doc):
            _note(findings, "documents", doc.number or f"#{doc.id}")
    query = select(Attachment.id, Attachment.sha256, Attachment.content).order_by(Attachment.id)
    for attachment_id, digest, content in _stream(conn, query):
        if _sha256(content) != digest:
            _note(findings, "attachments", f"#{attachment_id}")


def _document_intact(conn: Connection, doc: Any) -> bool:
    if _sha256((doc.content or "").encode("utf-8")) != doc.verification_code:
        return False
    if doc.pdf is None or _sha256(doc.pdf) != doc.pdf_sha256:
        return False
    try:
        heads = json.loads(doc.chain_heads or "{}")
    except ValueError:
        return False
    if not isinstance(heads, dict):
        return False
    for code, head in heads.items():
        item_id = conn.scalar(select(_I.id).where(_I.code == str(code)))
        if item_id is None:
            return False
        if str(head) in _NO_EVENT:
            continue
        found = conn.scalar(select(_E.id).where(_E.item_id == item_id, _E.hash == str(head)))
        if found is None:
            return False
    return True


def _sha256(data: bytes | None) -> str:
    return hashlib.sha256(data or b"").hexdigest()


def _note(findings: Findings, kind: str, code: str) -> None:
    count = getattr(findings, kind) + 1
    setattr(findings, kind, count)
    shown = getattr(findings, _CODES[kind])
    if len(shown) < SHOWN:
        shown.append(code)


_CODES = {
    "broken": "broken_codes",
    "mismatched": "mismatched_codes",
    "documents": "document_numbers",
    "attachments": "attachment_ids",
}


def _listed(codes: list[str], count: int) -> str:
    if not codes:
        return "—"
    return ", ".join(codes) + (", …" if count > len(codes) else "")


def _stream(conn: Connection, statement: Any) -> Iterator[Any]:
    result = conn.execution_options(stream_results=True, yield_per=_BATCH).execute(statement)
    yield from result
