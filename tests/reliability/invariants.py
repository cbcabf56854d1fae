"""What a database must satisfy after any crash: whole files, whole chains, whole use cases.

``PARTIAL_USE_CASES`` is the one list to extend when a workflow is added: a name and a
query counting the rows a half-done use case would leave (it must count 0).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from evidence_app.services.core.auth import SYSTEM
from evidence_app.services.core.verify import verify_chains
from evidence_app.services.facade import Services

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
            WHERE l.request_id = q.id AND (l.issued_at IS NULL OR (
                i.status <> 'released'
                AND q.purpose IN ('return_to_owner', 'confiscation_handover', 'other')))))""",
    # Every exit on the head's order (Decree 152 Art 37.3): to the buyer and to destruction too.
    "item destroyed or handed to a buyer without its release order": """
        SELECT count(*) FROM item i
        WHERE i.status IN ('destroyed', 'handed_to_buyer') AND NOT EXISTS (
            SELECT 1 FROM release_request_item l JOIN release_request q ON q.id = l.request_id
            WHERE l.item_id = i.id AND l.issued_at IS NOT NULL
              AND q.purpose = CASE i.status WHEN 'destroyed' THEN 'to_destruction'
                                            ELSE 'to_auction' END)""",
    "item out on a temporary release without the head's order": """
        SELECT count(*) FROM temporary_release t
        WHERE t.returned_at IS NULL AND NOT EXISTS (
            SELECT 1 FROM release_request q JOIN release_request_item l ON l.request_id = q.id
            WHERE q.id = t.release_request_id AND l.item_id = t.item_id
              AND l.issued_at IS NOT NULL AND q.purpose = 'temporary_release')""",
    # Auctions: a lot and its items move together, from valuation to the buyer.
    "auction lot without items": """
        SELECT count(*) FROM auction_lot a
        WHERE NOT EXISTS (SELECT 1 FROM auction_lot_item l WHERE l.lot_id = a.id)""",
    "item awaiting auction, sold or with the buyer but on no lot": """
        SELECT count(*) FROM item i
        WHERE i.status IN ('awaiting_auction', 'sold', 'handed_to_buyer') AND NOT EXISTS (
            SELECT 1 FROM auction_lot_item l WHERE l.item_id = i.id)""",
    "lot item whose status differs from its lot's": """
        SELECT count(*) FROM auction_lot a
        JOIN auction_lot_item l ON l.lot_id = a.id JOIN item i ON i.id = l.item_id
        WHERE (a.status IN ('awaiting_valuation', 'valued', 'contracted', 'round_scheduled',
                            'round_failed') AND i.status <> 'awaiting_auction')
           OR (a.status IN ('sold', 'paid') AND i.status <> 'sold')
           OR (a.status = 'handed_over' AND i.status <> 'handed_to_buyer')""",
    "valued lot without a valuation or its VALUED events": """
        SELECT count(*) FROM auction_valuation v
        JOIN auction_lot_item l ON l.lot_id = v.lot_id
        WHERE NOT EXISTS (SELECT 1 FROM custody_event e
                          WHERE e.item_id = l.item_id AND e.kind = 'valued')""",
    "lot past valuation without a valuation": """
        SELECT count(*) FROM auction_lot a
        WHERE a.status IN ('valued', 'contracted', 'round_scheduled', 'round_failed')
          AND NOT EXISTS (SELECT 1 FROM auction_valuation v WHERE v.lot_id = a.id)""",
    "contracted lot without its contract, scheduled lot without its round": """
        SELECT count(*) FROM auction_lot a
        WHERE (a.status NOT IN ('awaiting_valuation', 'valued') AND a.sale_method IS NULL
               AND a.contract_number = '')
           OR (a.status = 'round_scheduled' AND NOT EXISTS (
               SELECT 1 FROM auction_round r WHERE r.lot_id = a.id AND r.outcome = 'scheduled'))""",
    "sold lot without buyer, price or date": """
        SELECT count(*) FROM auction_lot
        WHERE status IN ('sold', 'paid', 'handed_over')
          AND (buyer_name = '' OR price IS NULL OR sold_on IS NULL OR sale_method IS NULL)""",
    "paid lot whose payments differ from its price, or unpaid with the price paid": """
        SELECT count(*) FROM auction_lot a
        WHERE a.status IN ('sold', 'paid', 'handed_over') AND (
            (a.status = 'sold') = (COALESCE((SELECT sum(p.amount) FROM sale_payment p
                                             WHERE p.lot_id = a.id), 0) = a.price)
            OR (a.status <> 'sold' AND a.paid_on IS NULL))""",
    "lot handed over without minutes or date": """
        SELECT count(*) FROM auction_lot
        WHERE status = 'handed_over'
          AND (handover_document_id IS NULL OR handed_over_on IS NULL)""",
    # Destruction councils: members with the decision, items listed, all destroyed at the end.
    "destruction council without its members or one chair": """
        SELECT count(*) FROM destruction_council c
        WHERE (SELECT count(*) FROM destruction_member m WHERE m.council_id = c.id) < 3
           OR (SELECT count(*) FROM destruction_member m
               WHERE m.council_id = c.id AND m.is_chair) <> 1""",
    "item awaiting destruction on no open council": """
        SELECT count(*) FROM item i
        WHERE i.status = 'awaiting_destruction' AND NOT EXISTS (
            SELECT 1 FROM destruction_item l JOIN destruction_council c ON c.id = l.council_id
            WHERE l.item_id = i.id AND l.withdrawn_at IS NULL AND c.status = 'open')""",
    "listed item of an open council not awaiting destruction": """
        SELECT count(*) FROM destruction_item l
        JOIN destruction_council c ON c.id = l.council_id JOIN item i ON i.id = l.item_id
        WHERE c.status = 'open' AND l.withdrawn_at IS NULL
          AND i.status <> 'awaiting_destruction'""",
    "completed council without minutes, or with an item not destroyed or not seen": """
        SELECT count(*) FROM destruction_council c
        WHERE c.status = 'completed' AND (
            c.minutes_document_id IS NULL OR c.completed_at IS NULL OR c.method IS NULL
            OR EXISTS (SELECT 1 FROM destruction_item l JOIN item i ON i.id = l.item_id
                       WHERE l.council_id = c.id AND l.withdrawn_at IS NULL
                         AND (i.status <> 'destroyed' OR l.seen_at IS NULL)))""",
    "destroyed item without a completed council": """
        SELECT count(*) FROM item i
        WHERE i.status = 'destroyed' AND NOT EXISTS (
            SELECT 1 FROM destruction_item l JOIN destruction_council c ON c.id = l.council_id
            WHERE l.item_id = i.id AND l.withdrawn_at IS NULL AND c.status = 'completed')""",
    # Stocktakes: at most one open per warehouse; finished with counts, findings and minutes.
    "two open stocktakes of one warehouse": """
        SELECT count(*) FROM stocktake s
        WHERE s.status = 'open' AND EXISTS (
            SELECT 1 FROM stocktake o
            WHERE o.warehouse_id = s.warehouse_id AND o.status = 'open' AND o.id <> s.id)""",
    "finished stocktake without minutes or end": """
        SELECT count(*) FROM stocktake
        WHERE status = 'finished' AND (minutes_document_id IS NULL OR finished_at IS NULL)""",
    "findings of an open stocktake, or counts that differ from the findings": """
        SELECT count(*) FROM stocktake s
        WHERE (s.status = 'open' AND EXISTS (
                  SELECT 1 FROM stocktake_finding f WHERE f.stocktake_id = s.id))
           OR (s.status = 'finished' AND (
                  s.missing_count <> (SELECT count(*) FROM stocktake_finding f
                                      WHERE f.stocktake_id = s.id AND f.outcome = 'missing')
               OR s.misplaced_count <> (SELECT count(*) FROM stocktake_finding f
                                        WHERE f.stocktake_id = s.id AND f.outcome = 'misplaced')
               OR s.unknown_count <> (SELECT count(*) FROM stocktake_finding f
                                      WHERE f.stocktake_id = s.id AND f.outcome = 'unknown')))""",
    "resolved missing finding whose item was never marked missing": """
        SELECT count(*) FROM stocktake_finding f
        WHERE f.resolved AND f.outcome = 'missing' AND NOT EXISTS (
            SELECT 1 FROM custody_event e
            WHERE e.item_id = f.item_id AND e.kind = 'marked_missing')""",
    "resolved misplaced finding without its STOCKTAKE_MOVED event": """
        SELECT count(*) FROM stocktake_finding f
        WHERE f.resolved AND f.outcome = 'misplaced' AND NOT EXISTS (
            SELECT 1 FROM custody_event e
            WHERE e.item_id = f.item_id AND e.kind = 'stocktake_moved')""",
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
