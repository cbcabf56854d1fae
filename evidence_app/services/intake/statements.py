"""What the keeper writes down at a handover beside an item (Decree 152/2026 Art 37.2.b–c):
the custodian head's written confirmation of a difference, a sealed package's contents, and a
competent body's conclusions (on a torn or suspicious seal; the expert examination).

Pure checks: each gives ``(field, key, params)`` for what is missing, for ``checks`` to turn
into the line's problems. Text counts as stated only with a letter or a digit in it, so "."
or "-" does not pass for a number, a body or a quality.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from evidence_app.services.core import validate as v

#: A problem before it knows its line: the field to mark, the message key, its parameters.
Found = tuple[str, str, dict[str, Any]]


@dataclass(frozen=True)
class Confirmation:
    """The written confirmation of the head of the body keeping the items, that the items
    are as now found and that the body answers for the change (Art 37.2.b)."""

    number: str = ""
    on: date | None = None
    signer: str = ""
    position: str = ""


@dataclass(frozen=True)
class Contents:
    """What a sealed package holds: quantity, type (chủng loại), quality (Art 37.2.c)."""

    quantity: str = ""
    kind: str = ""
    quality: str = ""


@dataclass(frozen=True)
class Conclusion:
    """A competent body's written conclusion: the body, its number, its date (Art 37.2.c)."""

    body: str = ""
    number: str = ""
    on: date | None = None


def stated(text: str) -> bool:
    """At least one letter or digit: "." is not a statement."""
    return any(ch.isalnum() for ch in text)


def _missing(values: tuple[tuple[str, object], ...]) -> list[str]:
    return [
        field
        for field, value in values
        if value is None or (isinstance(value, str) and not stated(value))
    ]


def _shown(day: date) -> str:
    return f"{day:%d/%m/%Y}"


def cleaned_confirmation(c: Confirmation) -> Confirmation:
    return replace(
        c,
        number=v.text_field(c.number, "field.confirmation_number", limit=60),
        signer=v.text_field(c.signer, "field.confirmation_signer", limit=200),
        position=v.text_field(c.position, "field.confirmation_position", limit=200),
    )


def cleaned_contents(c: Contents) -> Contents:
    return replace(
        c,
        quantity=v.text_field(c.quantity, "field.contents_quantity", limit=500),
        kind=v.text_field(c.kind, "field.contents_type", limit=500),
        quality=v.text_field(c.quality, "field.contents_quality", limit=1000),
    )


def cleaned_conclusion(c: Conclusion, prefix: str) -> Conclusion:
    """``prefix`` is "seal" or "exam", naming the fields of the conclusion's kind."""
    return replace(
        c,
        body=v.text_field(c.body, f"field.{prefix}_body", limit=300),
        number=v.text_field(c.number, f"field.{prefix}_number", limit=60),
    )


def confirmation_problems(c: Confirmation, seized: date | None, today: date) -> list[Found]:
    """Art 37.2.b: number, date, signer and position, dated between the seizure and today."""
    fields = (("field.confirmation_number", c.number), ("field.confirmation_date", c.on),
              ("field.confirmation_signer", c.signer),
              ("field.confirmation_position", c.position))  # fmt: skip
    found: list[Found] = [
        (field, "intake.needs_confirmation", {"field": field}) for field in _missing(fields)
    ]
    if c.on is not None and c.on > today:
        found.append(_future("field.confirmation_date", c.on, today))
    elif c.on is not None and seized is not None and c.on < seized:
        found.append(("field.confirmation_date", "intake.confirmation_before_seizure",
                      {"on": _shown(c.on), "seized": _shown(seized)}))  # fmt: skip
    return found


def contents_problems(c: Contents) -> list[Found]:
    """Art 37.2.c, first sentence: a sealed package only when its contents are known."""
    fields = (("field.contents_quantity", c.quantity), ("field.contents_type", c.kind),
              ("field.contents_quality", c.quality))  # fmt: skip
    return [(f, "intake.sealed_needs_contents", {"field": f}) for f in _missing(fields)]


def conclusion_problems(
    c: Conclusion, prefix: str, key: str, today: date, **params: Any
) -> list[Found]:
    """Art 37.2.c: the body, the number and the date, not after today; ``key`` says why it
    is needed (a torn seal, an examination) with ``params``."""
    fields = ((f"field.{prefix}_body", c.body), (f"field.{prefix}_number", c.number),
              (f"field.{prefix}_date", c.on))  # fmt: skip
    found: list[Found] = [(f, key, {**params, "field": f}) for f in _missing(fields)]
    if c.on is not None and c.on > today:
        found.append(_future(f"field.{prefix}_date", c.on, today))
    return found


def _future(field: str, on: date, today: date) -> Found:
    return field, "intake.date_in_future", {"field": field, "on": _shown(on),
                                            "today": _shown(today)}  # fmt: skip


def confirmation_text(c: Confirmation) -> str:
    """As the minutes print it beside the item."""
    return (f"Theo văn bản xác nhận số {c.number} ngày {_shown(c.on) if c.on else '…'} "
            f"của ông/bà {c.signer}, {c.position}")  # fmt: skip


def contents_text(c: Contents) -> str:
    return (f"Trong gói niêm phong: số lượng {c.quantity}; chủng loại {c.kind}; "
            f"chất lượng {c.quality}")  # fmt: skip


def conclusion_text(c: Conclusion, what: str, summary: str = "") -> str:
    """``what`` is "Kết luận về niêm phong" or "Kết luận giám định"."""
    text = f"{what} số {c.number} ngày {_shown(c.on) if c.on else '…'} của {c.body}"
    return f"{text}: {summary}" if summary else text
