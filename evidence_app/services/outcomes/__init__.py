"""Case outcomes and payments (issue 19): the officer records, the head confirms; the
enforcement statistics are computed from the accepted record.

Modules: ``service`` (``CaseResultService``, the drafts and checks), ``records`` (the
accepted record read back, the Case row's cached figures), ``views`` (frozen views).
"""

from evidence_app.services.outcomes.history import HistoryEntry
from evidence_app.services.outcomes.records import add_payment, collected, lot_costs
from evidence_app.services.outcomes.service import (
    CaseResultService,
    ChangeDraft,
    ClosingView,
    ObligationDraft,
    ObligationView,
    OutcomeDraft,
    Paper,
    PaymentDraft,
    VerificationDraft,
    check_payment,
    void_lot_credit,
)
from evidence_app.services.outcomes.views import CaseResults, RecordView

__all__ = [
    "CaseResultService",
    "CaseResults",
    "ChangeDraft",
    "ClosingView",
    "HistoryEntry",
    "ObligationDraft",
    "ObligationView",
    "OutcomeDraft",
    "Paper",
    "PaymentDraft",
    "RecordView",
    "VerificationDraft",
    "add_payment",
    "check_payment",
    "collected",
    "lot_costs",
    "void_lot_credit",
]
