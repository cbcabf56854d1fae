"""Numbers, money, weights and dates as users of each language write them."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from ui.strings import language, tr


def number(value: Decimal | int) -> str:
    """1.234.567,5 in Vietnamese, 1,234,567.5 in English; no trailing zeros."""
    text = f"{value:,f}" if isinstance(value, Decimal) else f"{value:,}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.translate(str.maketrans(",.", ".,")) if language() == "vi" else text


def money(amount: int) -> str:
    """ "1.234.567 đồng" or "1,234,567 VND"."""
    return tr("panel.vnd", amount=number(amount))


def weight(grams: Decimal) -> str:
    """Grams below a kilogram, kilograms from there on."""
    if grams < 1000:
        return tr("panel.grams", amount=number(grams))
    return tr("panel.kilograms", amount=number((grams / 1000).quantize(Decimal("0.001"))))


def local_datetime(moment: datetime) -> str:
    """dd/mm/yyyy HH:MM in the workstation's time zone."""
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")


def day(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""
