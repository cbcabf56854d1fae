"""Legal deadlines from every workflow, in one shape, for the dashboard and the reports.

Each workflow (intake, temporary releases, release requests, auctions, destruction…) offers a
*source*: a function that reads its own tables in the caller's session and returns the
deadlines that are open on ``today`` and fall due by ``until``, overdue ones included.
``SOURCES`` lists them; a new workflow adds its function there and nothing else changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from evidence_app.domain.messages import text


@dataclass(frozen=True, slots=True)
class Deadline:
    #: What falls due, as a text key the UI and reports translate (e.g. "deadline.sale_payment").
    kind: str
    due_on: date
    #: What it is about, as people name it: a lot number, a council decision, an item code.
    subject: str
    #: The article of the law that sets it (from the rules table).
    article: str
    #: The workflow area that owns it, so the UI can open it: "releases", "auctions"…
    area: str
    #: Id of the record in that area (lot, council, release…), for opening it.
    ref_id: int
    case_id: int | None = None
    #: Who must act, when the workflow knows (the responsible officer or keeper).
    responsible_user_id: int | None = None
    #: A message naming the record in the reader's language ("Lô {ref}: {name}"), with
    #: ``ref_id`` and ``subject`` as its parameters; none: the subject as it is.
    subject_key: str = ""

    def subject_text(self, lang: str = "vi") -> str:
        """What it is about, in ``lang``."""
        if not self.subject_key:
            return self.subject
        return text(self.subject_key, lang, ref=self.ref_id, name=self.subject)

    def days_left(self, today: date) -> int:
        """Days until due; negative when overdue."""
        return (self.due_on - today).days

    def is_overdue(self, today: date) -> bool:
        return self.due_on < today


#: ``source(session, today, until)``: the open deadlines due on or before ``until``.
DeadlineSource = Callable[[Session, date, date], Iterable[Deadline]]

SOURCES: list[DeadlineSource] = []


def collect(session: Session, today: date, until: date) -> list[Deadline]:
    """Every source's open deadlines due by ``until``, soonest (most overdue) first."""
    found = [d for source in SOURCES for d in source(session, today, until)]
    return sorted(found, key=lambda d: (d.due_on, d.area, d.subject))
