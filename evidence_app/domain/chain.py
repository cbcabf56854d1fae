"""The custody hash chain: each event's hash covers its content and the previous hash.

Changing, deleting or reordering any event changes a hash that a later event, the item's
recorded chain head or a printed document depends on, so ``verify`` can name the first
broken link.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

GENESIS_HASH = "0" * 64


def canonical_time(moment: datetime) -> str:
    """UTC, microseconds, no offset ambiguity: the same text on SQLite and PostgreSQL."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def event_hash(prev_hash: str, content: Mapping[str, Any]) -> str:
    """SHA-256 over the previous hash and the event's canonical JSON content."""
    body = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(f"{prev_hash}\n{body}".encode()).hexdigest()


def event_content(
    *,
    item_id: int,
    seq: int,
    kind: str,
    occurred_at: datetime,
    actor_id: int | None,
    counterpart: str | None,
    from_location_id: int | None,
    to_location_id: int | None,
    status_before: str | None,
    status_after: str | None,
    document_id: int | None,
    note: str | None,
    data: Mapping[str, Any] | None,
) -> dict[str, Any]:
    """The fields a custody event's hash covers, in one place for writers and ``verify``."""
    return {
        "item": item_id,
        "seq": seq,
        "kind": kind,
        "at": canonical_time(occurred_at),
        "actor": actor_id,
        "counterpart": counterpart,
        "from": from_location_id,
        "to": to_location_id,
        "before": status_before,
        "after": status_after,
        "document": document_id,
        "note": note,
        "data": dict(data) if data else None,
    }
