"""Custody transfers: moves between locations, temporary releases (trích xuất) and their return,
release requests (request → approval → issue → finish) and dual control.

Modules: ``placement`` (put away, move, the movable statuses), ``moves``, ``checkouts``,
``release_requests`` and ``release_papers``, ``temporary`` (a temporary release on the head's
order) and ``checkout_papers`` (the return minutes), ``dual_control``, ``dispositions`` (what
a judgment ordered, and the gate every irreversible step passes).
"""

from evidence_app.services.core.login import Witness
from evidence_app.services.custody.body_keeper import (
    BodyKeeper,
    body_of,
    keeper_data,
    keeper_text,
)
from evidence_app.services.custody.checkouts import CheckoutService, open_checkout
from evidence_app.services.custody.dispositions import (
    DispositionOrder,
    DispositionService,
    NoticeDraft,
    NoticeView,
    check_destruction_basis,
    check_not_barred,
    check_release_basis,
    check_sale_basis,
)
from evidence_app.services.custody.dual_control import needs_second_user, second_user, witness_data
from evidence_app.services.custody.moves import MoveResult, MoveService
from evidence_app.services.custody.placement import (
    MOVABLE,
    active_location,
    check_place,
    mixed_locations,
    move_item,
    put_away_item,
)
from evidence_app.services.custody.release_requests import (
    REQUESTABLE,
    Recipient,
    ReleaseLineView,
    ReleaseRequestService,
    ReleaseRequestView,
    require_exit_order,
    require_not_own_issue,
)
from evidence_app.services.custody.temporary import CheckoutTerms
from evidence_app.services.custody.transfers import SendableItem, TransferService, TransferView

__all__ = [
    "MOVABLE",
    "REQUESTABLE",
    "BodyKeeper",
    "CheckoutService",
    "CheckoutTerms",
    "DispositionOrder",
    "DispositionService",
    "MoveResult",
    "MoveService",
    "NoticeDraft",
    "NoticeView",
    "Recipient",
    "ReleaseLineView",
    "ReleaseRequestService",
    "ReleaseRequestView",
    "SendableItem",
    "TransferService",
    "TransferView",
    "Witness",
    "active_location",
    "body_of",
    "check_destruction_basis",
    "check_not_barred",
    "check_place",
    "check_release_basis",
    "check_sale_basis",
    "keeper_data",
    "keeper_text",
    "mixed_locations",
    "move_item",
    "needs_second_user",
    "open_checkout",
    "put_away_item",
    "require_exit_order",
    "require_not_own_issue",
    "second_user",
    "witness_data",
]
