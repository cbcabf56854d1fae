"""What a database must satisfy after any crash: whole files, whole chains, whole use cases.

``PARTIAL_USE_CASES`` is the one list to extend when a workflow is added: a name and a
query counting the rows a half-done use case would leave (it must count 0).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from evidence_app.services.auth import SYSTEM
from evidence_app.services.facade import Services
from evidence_app.services.verify import verify_chains

PARTIAL_USE_CASES: dict[str, str] = {
    # Every item has its RECEIVED event, and its event counter matches its chain.
    "item without events": """
        SELECT count(*) FROM item i
        WHERE NOT EXISTS (SELECT 1 FROM custody_event e WHERE e.item_id = i.id)""",
    "item whose first event is not RECEIVED": """
        SELECT count(*) FROM item i JOIN custody_event e ON e.item_id = i.id AND e.seq = 1
        WHERE e.kind <> 'received'""",
    "event counter differs from the chain": """
        SELECT count(*) FROM item i
        WHERE i.event_count <> (SELECT count(*) FROM custody_event e WHERE e.item_id = i.id)""",
    "status differs from the last status event": """
        SELECT count(*) FROM item i
        WHERE i.status <> (SELECT e.status_after FROM custody_event e
                           WHERE e.item_id = i.id AND e.status_after IS NOT NULL
                           ORDER BY e.seq DESC LIMIT 1)""",
    "stored item without a location": """
        SELECT count(*) FROM item WHERE status = 'in_storage' AND location_id IS NULL""",
    # Intake: header, lines, items and papers together.
    "intake without lines": """
        SELECT count(*) FROM intake n
        WHERE NOT EXISTS (SELECT 1 FROM intake_line l WHERE l.intake_id = n.id)""",
    "intake without papers": """
        SELECT count(*) FROM intake n
        WHERE NOT EXISTS (SELECT 1 FROM intake_document d WHERE d.intake_id = n.id)""",
    # Temporary releases: out exactly while a release is open.
    "checked-out item without an open release, or the reverse": """
        SELECT count(*) FROM item i
        WHERE (i.status = 'checked_out') <> EXISTS (
            SELECT 1 FROM temporary_release r WHERE r.item_id = i.id AND r.returned_at IS NULL)""",
    "returned release without its RETURNED event": """
        SELECT count(*) FROM temporary_release r
        WHERE r.returned_at IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM custody_event e WHERE e.item_id = r.item_id AND e.kind = 'returned')""",
    # Release requests: items, order and slip on approval, events for issued lines, minutes.
    "release request without items": """
        SELECT count(*) FROM release_request q
        WHERE NOT EXISTS (SELECT 1 FROM release_request_item l WHERE l.request_id = q.id)""",
    "approved release request without order or slip": """
        SELECT count(*) FROM release_request
        WHERE status IN ('approved', 'issued')
          AND (order_document_id IS NULL OR slip_document_id IS NULL)""",
    "issued line without its RELEASE_ISSUED event": """
        SELECT count(*) FROM release_request_item l
        WHERE l.issued_at IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM custody_event e
            WHERE e.item_id = l.item_id AND e.kind = 'release_issued')""",
    "finished release request without minutes or released items": """
        SELECT count(*) FROM release_request q
        WHERE q.status = 'issued' AND (q.minutes_document_id IS NULL OR EXISTS (
            SELECT 1 FROM release_request_item l JOIN item i ON i.id = l.item_id
            WHERE l.request_id = q.id AND (l.issued_at IS NULL OR i.status <> 'released')))""",
    # Documents: every paper stored with its bytes.
    "document without its PDF": """
        SELECT count(*) FROM document WHERE pdf IS NULL OR pdf_sha256 = ''""",
}


@dataclass
class CheckCounts:
    """How often each check ran, for the closing report."""

    integrity: int = 0
    chains: int = 0
    documents: int = 0
    partial: int = 0


def problems(services: Services, counts: CheckCounts, *, full: bool = True) -> list[str]:
    """Every failed check, named; empty when the database is whole."""
    found: list[str] = []
    engine = services.db.engine
    with engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            result = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check")]
            if result != ["ok"]:
                found.append(f"integrity_check: {result[:3]}")
            fk = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if fk:
                found.append(f"foreign_key_check: {fk[:3]}")
            conn.exec_driver_sql("INSERT INTO item_fts(item_fts) VALUES ('integrity-check')")
            conn.rollback()
            counts.integrity += 1
        for name, query in PARTIAL_USE_CASES.items():
            bad = conn.execute(text(query)).scalar_one()
            if bad:
                found.append(f"{name}: {bad}")
        counts.partial += 1
    if full:
        report = verify_chains(services.db, SYSTEM)
        counts.chains += 1
        if report.first_break is not None:
            found.append(f"chain: {report.first_break}")
        _, document, problem = services.documents.check_all(SYSTEM)
        counts.documents += 1
        if document is not None:
            found.append(f"document {document.number}: {problem}")
    return found
