"""Field checks shared by every service: clear messages, nothing written on failure."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import TypeVar

from evidence_app.domain.errors import ValidationError
from evidence_app.domain.text import clean, has_control_chars

E = TypeVar("E", bound=StrEnum)
MAX_MONEY = 10**15  # one million billion VND: above any real asset
MAX_QUANTITY = Decimal("1e12")


def text_field(value: str | None, field: str, *, limit: int, required: bool = False) -> str:
    """NFC, trimmed text of at most ``limit`` characters without control characters."""
    cleaned = clean(value or "")
    if required and not cleaned:
        raise ValidationError("validation.required", field=field)
    if len(cleaned) > limit:
        raise ValidationError("validation.too_long", field=field, limit=limit)
    if has_control_chars(cleaned):
        raise ValidationError("validation.control_chars", field=field)
    return cleaned


def positive_decimal(value: Decimal | int | str | None, field: str) -> Decimal:
    number = _decimal(value, field)
    if number <= 0:
        raise ValidationError("validation.not_positive", field=field)
    return number


def optional_decimal(value: Decimal | int | str | None, field: str) -> Decimal | None:
    if value is None or value == "":
        return None
    number = _decimal(value, field)
    if number < 0:
        raise ValidationError("validation.negative", field=field)
    return number


def member(enum_type: type[E], value: object, field: str) -> E:
    """``value`` as a member of ``enum_type``; its raw value (e.g. from a form) is accepted."""
    if value is None or value == "":
        raise ValidationError("validation.required", field=field)
    try:
        return enum_type(str(value))
    except ValueError:
        raise ValidationError("validation.value", field=field, value=str(value)[:40]) from None


def money(value: int | None, field: str = "field.value") -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValidationError("validation.value", field=field, value=str(value)[:40])
    if value < 0:
        raise ValidationError("validation.negative", field=field)
    if value > MAX_MONEY:
        raise ValidationError("validation.too_large", field=field)
    return int(value)


def _decimal(value: Decimal | int | str | None, field: str) -> Decimal:
    number: Decimal | None
    try:
        if isinstance(value, int) and not isinstance(value, bool):
            number = Decimal(value)  # exact; str() refuses integers of over 4300 digits
        else:
            number = Decimal(str(value).strip().replace(",", ".")) if value is not None else None
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite():
        raise ValidationError("validation.value", field=field, value=str(value)[:40])
    if abs(number) > MAX_QUANTITY:
        raise ValidationError("validation.too_large", field=field)
    return number.quantize(Decimal("0.001"))
