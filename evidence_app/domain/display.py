"""How any value reads as text: on papers, in reports (PDF, screen) and on screens.

One place for numbers, quantities, money, percentages, dates and message keys, so a report
never prints "76,1" beside "10,45", a quantity never reads "2,00" and a key such as
"deadline.buyer_handover" is always shown as words.

- Numbers and quantities: no spurious decimals ("2", "2,5"); Vietnamese writes dot thousands
  and comma decimals ("1.234.567,5", Decree 30/2020 Appendix I writes numbers this way),
  English comma thousands and dot decimals ("1,234,567.5").
- Money: whole đồng, "1.234.567 đồng" / "1,234,567 VND".
- Percentages: always ``PERCENT_PLACES`` decimals, half up ("76,10", "10,45", "81,50").
- Dates dd/mm/yyyy; moments dd/mm/yyyy HH:MM on the agency's clock (Vietnam time).
- Message keys: ``words(key, lang)``, the key's text in the language.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum
from typing import Any

from evidence_app.domain.clock import agency_time
from evidence_app.domain.labels import label
from evidence_app.domain.messages import MESSAGES, text

#: Decimals of every percentage printed or shown (the completion rates are computed to two,
#: as the working year's statistics report them, e.g. 83,85 %).
PERCENT_PLACES = 2
_PERCENT_STEP = Decimal(1).scaleb(-PERCENT_PLACES)


class Percent(Decimal):
    """A percentage as a report cell holds it: shown with ``PERCENT_PLACES`` decimals."""

    __slots__ = ()


def number(value: Decimal | int | float | None, lang: str = "vi") -> str:
    """1.234.567,5 (vi) or 1,234,567.5 (en): no trailing zeros; "" for None."""
    if value is None:
        return ""
    if isinstance(value, float):
        value = Decimal(repr(round(value, 6)))
    plain = Decimal(value).normalize()
    if plain == plain.to_integral_value():
        plain = plain.quantize(Decimal(1))
    return _grouped(f"{plain:f}", lang)


#: A quantity reads as a number: "2", never "2,00"; "2,5" when it has a fraction.
quantity = number


def money(amount: Decimal | int | None, lang: str = "vi") -> str:
    """ "1.234.567 đồng" (vi) or "1,234,567 VND" (en); "" for None."""
    if amount is None:
        return ""
    return f"{number(amount, lang)} {'VND' if lang == 'en' else 'đồng'}"


def percent(value: Decimal | int | float | None, lang: str = "vi", *, sign: bool = False) -> str:
    """76,10 (vi) or 76.10 (en), always ``PERCENT_PLACES`` decimals; "—" for None (a rate
    of nothing); ``sign`` adds "%"."""
    if value is None:
        return "—"
    if isinstance(value, float):
        value = Decimal(repr(value))
    shown = _grouped(f"{Decimal(value).quantize(_PERCENT_STEP, rounding=ROUND_HALF_UP):f}", lang)
    return f"{shown}%" if sign else shown


def day(value: date | datetime | None) -> str:
    """dd/mm/yyyy (a moment: its day on the agency's clock); "" for None."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = _wall(value)
    return value.strftime("%d/%m/%Y")


def moment(value: datetime | None) -> str:
    """dd/mm/yyyy HH:MM on the agency's clock; "" for None."""
    return "" if value is None else _wall(value).strftime("%d/%m/%Y %H:%M")


def words(key: str, lang: str = "vi", **params: Any) -> str:
    """The message ``key`` as words in ``lang`` (the core's messages, parameters filled)."""
    return text(key, lang, **params)


def is_key(value: str) -> bool:
    """Whether ``value`` is a known message key (what must never reach a paper as is)."""
    return value in MESSAGES


def cell(value: object, lang: str = "vi") -> str:
    """Any value a table holds as text: percentages, moments, days, numbers, enums by label."""
    if value is None:
        return ""
    if isinstance(value, Percent):
        return percent(value, lang)
    if isinstance(value, datetime):
        return moment(value)
    if isinstance(value, date):
        return day(value)
    if isinstance(value, bool):
        return ("Yes" if value else "No") if lang == "en" else ("Có" if value else "Không")
    if isinstance(value, (int, float, Decimal)):
        return number(value, lang)
    if isinstance(value, Enum):
        return label(value, lang)
    return str(value)


def _grouped(plain: str, lang: str) -> str:
    """ "-1234567.5" with the language's thousands and decimal marks."""
    whole, _, frac = plain.partition(".")
    sign = "-" if whole.startswith("-") else ""
    groups = f"{int(whole.lstrip('-') or 0):,}"
    if lang == "en":
        return f"{sign}{groups}.{frac}" if frac else f"{sign}{groups}"
    groups = groups.replace(",", ".")
    return f"{sign}{groups},{frac}" if frac else f"{sign}{groups}"


def _wall(value: datetime) -> datetime:
    return agency_time(value) if value.tzinfo else value
