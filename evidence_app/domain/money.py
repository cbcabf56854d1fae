"""Cash as the handover records it: the count of notes of each denomination (Decree 152/2026
Art 44.2), and the country of a foreign currency.

Keepers type the count the way they write it on paper: "500.000 x 20; 200.000 x 5"
(a denomination, ×/x/*, the number of notes; lines separated by ";" or a new line).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from evidence_app.domain import display
from evidence_app.domain.errors import ValidationError

_LINE = re.compile(r"^\s*([\d.,\s]+?)\s*[x×X*]\s*(\d[\d.\s]*)\s*(?:tờ|to|notes?)?\s*$")


@dataclass(frozen=True, slots=True)
class NoteCount:
    """``count`` notes of ``denomination`` (in the currency's own units)."""

    denomination: int
    count: int

    @property
    def amount(self) -> int:
        return self.denomination * self.count


def parse_notes(text: str) -> tuple[NoteCount, ...]:
    """ "500.000 x 20; 200.000 x 5" → the counts; a clear refusal naming the part not read."""
    counts: list[NoteCount] = []
    for part in re.split(r"[;\n]+", text or ""):
        if not part.strip():
            continue
        match = _LINE.match(part)
        if match is None:
            raise ValidationError("money.notes_format", part=part.strip()[:40])
        denomination = _whole(match.group(1))
        count = _whole(match.group(2))
        if denomination <= 0 or count <= 0:
            raise ValidationError("money.notes_format", part=part.strip()[:40])
        counts.append(NoteCount(denomination, count))
    return tuple(counts)


def notes_text(counts: Iterable[NoteCount]) -> str:
    """The counts as a keeper writes them: "500.000 × 20; 200.000 × 5"."""
    return "; ".join(f"{_dotted(c.denomination)} × {c.count}" for c in counts)


def notes_total(counts: Iterable[NoteCount]) -> int:
    return sum(c.amount for c in counts)


def _whole(text: str) -> int:
    digits = re.sub(r"[.,\s]", "", text)
    if not digits.isdigit() or len(digits) > 15:
        raise ValidationError("money.notes_format", part=text.strip()[:40])
    return int(digits)


def _dotted(value: int) -> str:
    return display.number(value, "vi")
