"""Diacritics-insensitive search of cases by name, judgment number and decision number.

Cases carry no folded column, so their folded texts are kept in memory, in one string
newest first, and rebuilt when cases are added or removed, after an edit through this
process, or after ``MAX_AGE`` seconds (edits made on another workstation). Building it
folds ~133,000 cases in about half a second; a search then costs a few milliseconds.
"""

from __future__ import annotations

import threading
import time
import unicodedata
from collections.abc import Collection

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Case
from evidence_app.domain.text import fold, fold_tokens

_BREAKS = str.maketrans("\t\n\r", "   ")

#: Seconds after which the index is rebuilt, so other workstations' renames show up.
MAX_AGE = 300.0


class CaseIndex:
    """Lines ``"<id> <unit id>\\t <folded words>\\n"``, newest case first, searched with
    ``str.find``; a search may keep to some units' cases (issue 21)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._text = ""
        self._key: tuple[int, int] | None = None
        self._built = 0.0

    def invalidate(self) -> None:
        with self._lock:
            self._key = None

    def search(
        self,
        session: Session,
        query: str,
        limit: int,
        unit_ids: Collection[int] | None = None,
    ) -> list[int]:
        """Ids of the newest cases where every typed word starts a word of the case's text
        (of ``unit_ids`` only, when given)."""
        tokens = fold_tokens(query)[:8]
        if not tokens or limit <= 0:
            return []
        text = self._current(session)
        needles = [f" {t}" for t in tokens]
        if len(needles) > 1:  # walk the rarest word's matches, check the others on each line
            needles.sort(key=text.count)
        found: list[int] = []
        start = text.find(needles[0])
        while start >= 0 and len(found) < limit:
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", start)
            tab = text.find("\t", line_start, line_end)
            if start > tab:
                body = text[tab:line_end]
                if all(n in body for n in needles[1:]):
                    case_id, unit_id = text[line_start:tab].split(" ")
                    if unit_ids is None or int(unit_id) in unit_ids:
                        found.append(int(case_id))
                start = text.find(needles[0], line_end)
            else:
                start = text.find(needles[0], start + 1)
        return found

    def _current(self, session: Session) -> str:
        count, newest = session.execute(select(func.count(Case.id), func.max(Case.id))).one()
        key = (int(count), int(newest or 0))
        with self._lock:
            if key != self._key or time.monotonic() - self._built > MAX_AGE:
                self._text = _build(session)
                self._key, self._built = key, time.monotonic()
            return self._text


def _build(session: Session) -> str:
    rows = session.execute(
        select(
            Case.id, Case.unit_id, Case.name, Case.judgment_number, Case.decision_number
        ).order_by(Case.id.desc())
    )
    raw = "".join(f"{i} {u}\t {_one_line(' '.join(fields))}\n" for i, u, *fields in rows)
    # Folding character by character keeps the line structure and runs at C speed;
    # fold() of one character is what it contributes to a folded text, except that
    # combining marks (text typed decomposed) vanish where other non-letters become spaces.
    table = {ord(c): _fold_char(c) for c in set(raw) if c not in "\t\n"}
    return raw.translate(table)


def _one_line(text: str) -> str:
    # Checked first: translating every name would cost more than the rest of the build.
    return text.translate(_BREAKS) if "\n" in text or "\t" in text or "\r" in text else text


def _fold_char(char: str) -> str | None:
    if unicodedata.combining(char):
        return None
    return fold(char) or " "
