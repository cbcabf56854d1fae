"""Replaying an item's events gives the status, location and warehouse its row must hold."""

from __future__ import annotations

from typing import Any, NamedTuple

from evidence_app.domain.custody_state import ReplayedState, replay
from evidence_app.domain.enums import EventKind as K
from evidence_app.domain.enums import ItemStatus as S

WAREHOUSE = {11: 1, 12: 1, 21: 2}


class Event(NamedTuple):
    kind: Any
    status_after: Any
    to_location_id: int | None


def _replay(*events: tuple[K, S | None, int | None]) -> ReplayedState:
    return replay([Event(*e) for e in events], WAREHOUSE.get)


def test_nothing_recorded_says_nothing() -> None:
    assert _replay() == ReplayedState(None, None, None, placed=False)


def test_received_but_not_put_away_has_no_place() -> None:
    assert _replay((K.RECEIVED, S.RECEIVED, None)) == ReplayedState("received", None, None, False)


def test_put_away_and_moves_follow_the_destination_and_its_warehouse() -> None:
    state = _replay(
        (K.RECEIVED, S.RECEIVED, None),
        (K.PUT_AWAY, S.IN_STORAGE, 11),
        (K.MOVED, None, 12),
        (K.EDITED, None, None),
        (K.STOCKTAKE_MOVED, None, 21),
        (K.LABEL_PRINTED, None, None),
    )
    assert state == ReplayedState("in_storage", 21, 2, True)


def test_a_temporary_release_leaves_the_shelf_not_the_warehouse() -> None:
    out = _replay(
        (K.RECEIVED, S.RECEIVED, None),
        (K.PUT_AWAY, S.IN_STORAGE, 11),
        (K.TEMPORARY_RELEASE, S.CHECKED_OUT, None),
    )
    assert out == ReplayedState("checked_out", None, 1, True)
    back = _replay(
        (K.RECEIVED, S.RECEIVED, None),
        (K.PUT_AWAY, S.IN_STORAGE, 11),
        (K.TEMPORARY_RELEASE, S.CHECKED_OUT, None),
        (K.RETURNED, S.IN_STORAGE, 21),
    )
    assert back == ReplayedState("in_storage", 21, 2, True)


def test_status_changes_and_issues_keep_the_place() -> None:
    state = _replay(
        (K.RECEIVED, S.RECEIVED, None),
        (K.PUT_AWAY, S.IN_STORAGE, 12),
        (K.STATUS_CHANGED, S.RELEASE_APPROVED, None),
        (K.RELEASE_ISSUED, None, None),
        (K.STATUS_CHANGED, S.RELEASED, None),
    )
    assert state == ReplayedState("released", 12, 1, True)


def test_plain_strings_as_read_from_the_database_replay_alike() -> None:
    events = [Event("received", "received", None), Event("put_away", "in_storage", 21)]
    state = replay(events, WAREHOUSE.get)
    assert state == ReplayedState("in_storage", 21, 2, True)
