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


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def canonical_time(moment: datetime) -> str:
    """UTC, microseconds, no offset ambiguity: the same text on SQLite and PostgreSQL."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def event_hash(prev_hash: str, content: list[Any]) -> str:
    """SHA-256 over the previous hash and the event's canonical JSON content."""
    body = _ENCODER.encode(content)
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
) -> list[Any]:
    """The fields a custody event's hash covers, in a fixed order, for writers and ``verify``."""
    return [
        item_id,
        seq,
        kind,
        canonical_time(occurred_at),
        actor_id,
        counterpart,
        from_location_id,
        to_location_id,
        status_before,
        status_after,
        document_id,
        note,
        dict(data) if data else None,
    ]


def admin_event_content(
    *,
    seq: int,
    kind: str,
    occurred_at: datetime,
    actor_id: int | None,
    subject: str,
    data: Mapping[str, Any] | None,
) -> list[Any]:
    """The fields an administrators' event's hash covers (one chain for the whole database)."""
    return ["admin", seq, kind, canonical_time(occurred_at), actor_id, subject,
            dict(data) if data else None]  # fmt: skip
