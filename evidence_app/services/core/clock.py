"""The workstation's calendar day."""

from __future__ import annotations

from datetime import date, datetime


def local_today() -> date:
    """Today on this workstation's calendar, the one due dates are written in."""
    return datetime.now().astimezone().date()
