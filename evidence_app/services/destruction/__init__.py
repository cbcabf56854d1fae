"""Destruction councils: set up by a decision, items listed and scanned at the destruction, the
vote, the minutes.

Modules: ``service`` (``DestructionService``), ``execution``, ``rows``, ``views``,
``deadlines`` (the 20-day deadline source), ``papers`` (the destruction minutes).
"""

from evidence_app.services.destruction.service import (
    CouncilDraft,
    CouncilView,
    DestructionService,
    Execution,
    MemberDraft,
    Supervisor,
)
from evidence_app.services.destruction.views import CouncilItemView, MemberView

__all__ = [
    "CouncilDraft",
    "CouncilItemView",
    "CouncilView",
    "DestructionService",
    "Execution",
    "MemberDraft",
    "MemberView",
    "Supervisor",
]
