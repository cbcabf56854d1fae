"""Handover and booking in (giao nhận, nhập kho): the lines checked against the seizure record,
put away, and the four papers in one transaction.

Modules: ``service`` (``IntakeService``), ``checks``, ``papers``.
"""

from evidence_app.services.intake.checks import BROKEN_SEALS, changed
from evidence_app.services.intake.service import (
    IntakeDraft,
    IntakeLineDraft,
    IntakeResult,
    IntakeService,
    LineProblem,
    PartyDraft,
)
from evidence_app.services.intake.statements import Conclusion, Confirmation, Contents

__all__ = [
    "BROKEN_SEALS",
    "Conclusion",
    "Confirmation",
    "Contents",
    "IntakeDraft",
    "IntakeLineDraft",
    "IntakeResult",
    "IntakeService",
    "LineProblem",
    "PartyDraft",
    "changed",
]
