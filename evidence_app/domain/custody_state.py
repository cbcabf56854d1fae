"""What an item's custody chain says its current state is: status, location and warehouse.

The services change an item's row only together with the event that records the change, so
replaying the events gives back what the row must say (``verify`` compares the two):

- an event with ``status_after`` sets the status (RECEIVED sets the first one);
- an event naming a destination (``to_location_id``: put away, moved, moved at a stocktake,
  returned from a temporary release) puts the item there, in that location's warehouse;
- a temporary release (trích xuất) takes the item off its shelf: no location, same warehouse;
- every other event (edited, label printed, valued, issued on a release order, disposition
  set…) leaves status and place as they were.

The custodian is the warehouse's (``warehouse.custodian_kind``/``custodian_name``); items have
no custodian of their own, so the warehouse stands for it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from evidence_app.domain.enums import EventKind

_OFF_THE_SHELF = EventKind.TEMPORARY_RELEASE.value


@dataclass(frozen=True, slots=True)
class ReplayedState:
    """An item's status, location and warehouse as its events left them.

    ``placed`` is False until an event first names a location: before that the chain says
    nothing about the warehouse (an item received but not yet put away).
    """

    status: str | None
    location_id: int | None
    warehouse_id: int | None
    placed: bool


class RecordedEvent(Protocol):
    """What a replay reads of an event (a database row or anything with these attributes);
    ``kind`` and ``status_after`` are enum members or their string values."""

    @property
    def kind(self) -> Any: ...

    @property
    def status_after(self) -> Any: ...

    @property
    def to_location_id(self) -> int | None: ...


def replay(
    events: Iterable[RecordedEvent], warehouse_of: Callable[[int], int | None]
) -> ReplayedState:
    """Replay an item's events in sequence order; ``warehouse_of`` gives a location's
    warehouse. (``verify`` calls this for every item: the loop does no more than it must.)"""
    status: Any = None
    location: int | None = None
    last_place: int | None = None
    for event in events:
        if event.status_after is not None:
            status = event.status_after
        if event.to_location_id is not None:
            location = last_place = event.to_location_id
        elif event.kind == _OFF_THE_SHELF:  # a StrEnum equals its value
            location = None
    if status is not None:
        status = str(getattr(status, "value", status))
    if last_place is None:
        return ReplayedState(status, location, None, placed=False)
    return ReplayedState(status, location, warehouse_of(last_place), placed=True)
