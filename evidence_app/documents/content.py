"""What a document states, as frozen dataclasses with a canonical JSON form.

The verification code printed on the paper is the SHA-256 of ``to_json()``: sorted keys,
no whitespace, dates in ISO form, Decimals as strings, so the same content always gives
the same code on every machine and database.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any, ClassVar

from evidence_app.domain import rules


def _plain(value: Any) -> Any:
    """JSON-ready form of a content value."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def canonical_json(value: Any) -> str:
    """Sorted keys, no whitespace, UTF-8 text kept as is."""
    return json.dumps(_plain(value), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class DocumentHeader:
    """The agencies, the number and the place-and-date line of the Decree 30 header."""

    managing_agency: str
    agency: str
    place: str
    issued_on: date
    #: Assigned by ``issue_document`` from the per-kind, per-year sequence.
    number: str = ""


@dataclass(frozen=True, slots=True)
class DocumentLine:
    """One item as a document lists it; ``recorded_*`` is what the seizure record says."""

    code: str
    name: str
    unit: str
    quantity: Decimal
    recorded_quantity: Decimal | None = None
    condition: str = ""
    recorded_condition: str = ""
    #: The seal as printed, e.g. "Niêm phong nguyên vẹn" (the state's label, not its code).
    seal_state: str = ""
    seal_numbers: str = ""
    discrepancy: str = ""
    note: str = ""
    #: Plate, frame, engine, IMEI or serial numbers that tell this item from any other.
    identifiers: str = ""
    #: What a sealed package holds, as printed (Decree 152/2026 Art 37.2.c).
    contents: str = ""
    #: The competent bodies' conclusions (torn seal, examination), as printed (Art 37.2.c).
    conclusions: str = ""
    #: The custodian head's written confirmation of a change, as printed (Art 37.2.b).
    confirmation: str = ""
    #: The warehouse and the place in it ("Kệ 1 (K01-A-01)") the item goes to or leaves
    #: from, so an order over several warehouses says which item goes where.
    warehouse: str = ""
    location: str = ""
    #: A torn or suspicious seal and the competent body's conclusion it was accepted on
    #: (body, number, date), as printed (Art 37.2.c, last paragraph); "" for a sound seal.
    seal_finding: str = ""


@dataclass(frozen=True, slots=True)
class Signer:
    """A signature block: the position (printed upper case) and the full name."""

    position: str
    name: str = ""


@dataclass(frozen=True, slots=True)
class _Content:
    kind: ClassVar[str] = ""

    header: DocumentHeader

    def to_json(self) -> str:
        """Canonical JSON of the content; its SHA-256 is the verification code."""
        return canonical_json({"kind": self.kind, "content": self})

    def verification_code(self) -> str:
        return sha256_hex(self.to_json())


@dataclass(frozen=True, slots=True)
class HandoverMinutes(_Content):
    """Biên bản giao nhận (Decree 152 Art 37.2): items compared with the seizure record."""

    kind: ClassVar[str] = "handover_minutes"

    received_at: datetime
    place: str
    case_name: str
    delivering_body: str
    representative: str
    representative_position: str
    keeper: Signer
    officer: Signer
    seizure_record_number: str
    seizure_record_date: date | None
    lines: tuple[DocumentLine, ...]
    #: Copies named on the minutes (rules table ``handover.copies``, Decree 152 Art 37.2).
    copies: int = field(default_factory=lambda: rules.value("handover.copies"))
    note: str = ""
    recipients: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class EntryOrder(_Content):
    """Lệnh nhập kho (D65-THADS): the head orders the keeper to book the items in."""

    kind: ClassVar[str] = "entry_order"

    case_name: str
    basis: tuple[str, ...]
    delivering_body: str
    warehouse: str
    keeper: Signer
    officer: Signer
    head: Signer
    lines: tuple[DocumentLine, ...]
    #: The line naming who orders, e.g. "Trưởng phòng Thi hành án dân sự khu vực 1".
    authority: str = ""
    recipients: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class EntrySlip(_Content):
    """Phiếu nhập kho (C04-THADS): what the keeper booked in, under which order."""

    kind: ClassVar[str] = "entry_slip"

    case_name: str
    delivered_by: str
    entry_order_number: str
    warehouse: str
    location: str
    preparer: Signer
    deliverer: Signer
    keeper: Signer
    head: Signer
    lines: tuple[DocumentLine, ...]


@dataclass(frozen=True, slots=True)
class StockCardEntry:
    """One booking on the stock card: an entry or a release of one item."""

    on: date
    document_number: str
    code: str
    name: str
    unit: str
    quantity_in: Decimal = Decimal(0)
    quantity_out: Decimal = Decimal(0)
    balance: Decimal = Decimal(0)
    note: str = ""
    #: Where the item is kept, as on the entry order (``DocumentLine.warehouse``, ``location``).
    warehouse: str = ""
    location: str = ""


@dataclass(frozen=True, slots=True)
class StockCard(_Content):
    """Thẻ kho (D67-THADS), one per case: its items' entries and releases with balances."""

    kind: ClassVar[str] = "stock_card"

    case_name: str
    judgment: str
    warehouse: str
    entries: tuple[StockCardEntry, ...]
    keeper: Signer
    accountant: Signer
    head: Signer


@dataclass(frozen=True, slots=True)
class ReleaseOrder(_Content):
    """Lệnh xuất kho (D66-THADS): the head orders the items released at a fixed hour and date."""

    kind: ClassVar[str] = "release_order"

    case_name: str
    basis: tuple[str, ...]
    #: The purpose as printed, e.g. "Trả lại chủ sở hữu".
    purpose: str
    recipient: str
    recipient_body: str
    warehouse: str
    release_at: datetime
    keeper: Signer
    officer: Signer
    head: Signer
    lines: tuple[DocumentLine, ...]
    authority: str = ""
    recipients: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ReleaseSlip(_Content):
    """Phiếu xuất kho (C05-THADS): what leaves the warehouse, under which order, to whom."""

    kind: ClassVar[str] = "release_slip"

    case_name: str
    received_by: str
    release_order_number: str
    purpose: str
    warehouse: str
    preparer: Signer
    receiver: Signer
    keeper: Signer
    head: Signer
    lines: tuple[DocumentLine, ...]
    #: Items issued from another body's warehouse (Decree 152/2026 Art 37.2.đ, 37.3): who
    #: issued them, "name, position – body" each, printed as "Người xuất kho"; ``keeper``
    #: (and ``other_issuers``) then sign as such. Empty on the slip issued at approval.
    issued_by: tuple[str, ...] = ()
    other_issuers: tuple[Signer, ...] = ()
    #: The slip this one replaces, "số … ngày dd/mm/yyyy"; "" for the first.
    replaces: str = ""
    #: The release order's date when it differs from this slip's (a replacing slip).
    release_order_date: date | None = None


@dataclass(frozen=True, slots=True)
class ReleaseMinutes(_Content):
    """Biên bản giao nhận khi xuất kho: the items handed to the recipient, one by one."""

    kind: ClassVar[str] = "release_minutes"

    released_at: datetime
    place: str
    case_name: str
    release_order_number: str
    release_slip_number: str
    purpose: str
    recipient: str
    recipient_body: str
    keeper: Signer
    officer: Signer
    lines: tuple[DocumentLine, ...]
    #: Dual control: "<item code>: <second user's full name>" per item that needed one.
    witnesses: tuple[str, ...] = ()
    #: The second persons of dual control, each signing the minutes beside the keeper.
    second_persons: tuple[Signer, ...] = ()
    #: The hour and date the head fixed in the release order (D66), printed beside the
    #: release's own time, which is never before it (Decree 152/2026 Art 37.3).
    ordered_at: datetime | None = None
    copies: int = 4
    note: str = ""
    recipients: tuple[str, ...] = ()
    #: A temporary release (trích xuất): the day the items are due back, and the written
    #: request's number; None and "" for a release for good.
    due_on: date | None = None
    request_reference: str = ""
    #: Items issued from another body's warehouse (Decree 152/2026 Art 37.2.đ, 37.3): that
    #: body, whose keeper (``keeper``) hands them over and signs instead of ours; "" otherwise.
    keeper_body: str = ""


@dataclass(frozen=True, slots=True)
class ReturnMinutes(_Content):
    """Biên bản nhận lại vật chứng, tài sản trích xuất: items back from a temporary release,
    each with its condition now beside its condition when it left."""

    kind: ClassVar[str] = "return_minutes"

    returned_at: datetime
    place: str
    case_name: str
    #: The release order (D66) and the minutes the items left on; "" for an old release.
    release_order_number: str
    release_minutes_number: str
    released_on: date
    returned_by: str
    returning_body: str
    keeper: Signer
    officer: Signer
    #: ``condition`` as found now, ``recorded_condition`` as it left, ``discrepancy`` said.
    lines: tuple[DocumentLine, ...]
    copies: int = 4
    note: str = ""
    recipients: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CouncilMember:
    """A council member as the minutes name them; ``role`` is "Chủ tịch Hội đồng" or
    "Thành viên"."""

    name: str
    position: str
    agency: str
    role: str


@dataclass(frozen=True, slots=True)
class DestructionMinutes(_Content):
    """Biên bản tiêu hủy (Decree 152 Art 40): the decision, each item's condition, the
    method, place and time, and every member's full name and signature."""

    kind: ClassVar[str] = "destruction_minutes"

    decision_number: str
    decision_date: date
    members: tuple[CouncilMember, ...]
    supervisor: CouncilMember
    started_at: datetime
    ended_at: datetime
    place: str
    #: The method as printed, e.g. "Đốt cháy" or the other method's description.
    method: str
    lines: tuple[DocumentLine, ...]
    #: "4/5 thành viên tán thành" — the council's decision by vote (Art 40.1).
    vote: str
    contractor: str = ""
    #: Members whose name appears in a listed item's custody chain: kept in the record and
    #: shown on screen, never printed on the official minutes (an internal check, not part
    #: of the form of Decree 152/2026 Art 40.2).
    independence_notes: tuple[str, ...] = ()
    photo_count: int = 0
    note: str = ""
    recipients: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class StocktakeLine:
    """A code the stocktake did not find where the books say: missing, misplaced, unknown."""

    code: str
    name: str
    #: The finding as printed, e.g. "Không thấy".
    finding: str
    recorded_location: str = ""
    seen_location: str = ""


@dataclass(frozen=True, slots=True)
class StocktakeItem:
    """An item counted by the stocktake, as its list prints it (Decree 152/2026 Art 38.2.c;
    Circular 04/2023): code, name, quantity, condition, where it is, what was found."""

    code: str
    name: str
    unit: str
    quantity: Decimal
    condition: str
    location: str
    #: The finding as printed, e.g. "Có mặt đúng vị trí", "Không thấy".
    finding: str


@dataclass(frozen=True, slots=True)
class CheckpointNote:
    """A signed checkpoint as a paper prints it: number, moment, items, root, key."""

    id: int
    taken_at: datetime
    item_count: int
    #: Hex SHA-256 Merkle root (64 characters).
    root: str
    #: The signing key's fingerprint ("ABCD 1234 …").
    key: str
    #: The items counted (the stocktake's scope; at the monthly check, what the keeper
    #: holds), whose chains the minutes vouch for; ``item_count`` stays the whole system's,
    #: as the head's file says (None: not stated, minutes issued before this was printed).
    held: int | None = None


@dataclass(frozen=True, slots=True)
class StocktakeMinutes(_Content):
    """Biên bản kiểm kê (Decree 152 Art 38): scope, counts, differences; three signatures."""

    kind: ClassVar[str] = "stocktake_minutes"

    #: The kind as printed, e.g. "Kiểm kê 06 tháng".
    stocktake_kind: str
    warehouse: str
    scope: str
    started_at: datetime
    finished_at: datetime
    expected: int
    present: int
    missing: int
    misplaced: int
    unknown: int
    lines: tuple[StocktakeLine, ...]
    keeper: Signer
    accountant: Signer
    head: Signer
    note: str = ""
    recipients: tuple[str, ...] = ()
    #: Every item counted (present, misplaced, missing), one row each; () on minutes made
    #: before the list was printed.
    items: tuple[StocktakeItem, ...] = ()
    #: The signed checkpoint taken when the stocktake was completed (issue 16), for the head
    #: to compare with the file kept: None on minutes made before checkpoints were printed.
    checkpoint: CheckpointNote | None = None
    #: At the monthly check of items a third party keeps, the person entrusted with them, who
    #: signs too (Circular 01/2017/TT-BTP Art 12.2); None at a stocktake.
    custodian: Signer | None = None


@dataclass(frozen=True, slots=True)
class BuyerHandoverMinutes(_Content):
    """Biên bản giao tài sản cho người mua được tài sản (Decree 152 Art 67): the sold lot
    handed to its buyer after full payment."""

    kind: ClassVar[str] = "buyer_handover"

    handed_over_on: date
    place: str
    case_name: str
    decision: str
    #: How it was sold, as printed, e.g. "Bán đấu giá" with the contract and the auction.
    sale: str
    buyer: str
    buyer_address: str
    price: int
    paid_on: date | None
    officer: Signer
    keeper: Signer
    lines: tuple[DocumentLine, ...]
    copies: int = 4
    note: str = ""
    recipients: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class AuctionNotice(_Content):
    """Thông báo of a sale's step to a party (Law 106/2025 Art 82: the valuation; Decree
    152/2026 Art 65.6, 66: the creditor's taking, to the debtor and to the creditor)."""

    kind: ClassVar[str] = "auction_notice"

    subject: str
    addressee: str
    basis: tuple[str, ...]
    paragraphs: tuple[str, ...]
    officer: Signer
    lines: tuple[DocumentLine, ...]
    #: The lot and the step the paper is for ("valuation:1", "taking_debtor"): one paper each.
    lot_id: int = 0
    step: str = ""
    recipients: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class AuctionDecision(_Content):
    """Quyết định of the enforcement officer on a sale (Law 106/2025 Art 83.3: reducing the
    price after a failed auction; Decree 152/2026 Art 65.1, 65.5: cancelling an unpaid sale)."""

    kind: ClassVar[str] = "auction_decision"

    subject: str
    basis: tuple[str, ...]
    articles: tuple[str, ...]
    officer: Signer
    lines: tuple[DocumentLine, ...]
    lot_id: int = 0
    step: str = ""
    recipients: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CouncilOpinionLine:
    """A price council member as the minutes print him, with his opinion (Decree 152/2026
    Art 60.3)."""

    name: str
    position: str
    agrees: bool
    proposed_price: int
    note: str = ""


@dataclass(frozen=True, slots=True)
class CouncilMinutes(_Content):
    """Biên bản xác định giá tài sản of a price council (Decree 152/2026 Art 60.3): each
    member's opinion and signature, the price carried by the majority."""

    kind: ClassVar[str] = "council_minutes"

    held_on: date
    place: str
    case_name: str
    basis: tuple[str, ...]
    members: tuple[CouncilOpinionLine, ...]
    price: int
    lines: tuple[DocumentLine, ...]
    lot_id: int = 0
    step: str = ""
    recipients: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DirectSaleMinutes(_Content):
    """Biên bản bán tài sản không qua thủ tục đấu giá (Decree 152/2026 Art 64.2): signed by
    the officer, the buyer and any other person who took part in the sale."""

    kind: ClassVar[str] = "direct_sale_minutes"

    held_on: date
    place: str
    case_name: str
    basis: tuple[str, ...]
    reason: str
    announcement: str
    buyer: str
    buyer_address: str
    price: int
    officer: Signer
    lines: tuple[DocumentLine, ...]
    lot_id: int = 0
    step: str = ""
    recipients: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class KeepingMinutes(_Content):
    """Biên bản giao bảo quản tài sản (Decree 152/2026 Art 24.4): the items, their condition,
    the hour and date they were left, the officer, the party, the keeper and the witness, the
    keeper's rights and duties and (an owner or relative) undertaking, signed by all."""

    kind: ClassVar[str] = "keeping_minutes"

    handed_at: datetime
    #: Where the items are kept (the keeping place's address).
    place: str
    case_name: str
    #: The point of Law 106/2025 Art 40.1 the items are left under, as printed.
    basis: str
    #: How the keeper is described: "Chủ sở hữu, người đang quản lý, sử dụng"…
    keeper_kind: str
    #: The keeper (a person, or the organisation's representative) and the body, if any.
    keeper: Signer
    keeper_body: str
    keeper_address: str
    officer: Signer
    #: The party (đương sự) present, and the witness, if any ("" when none).
    party: str
    witness: str
    #: The keeping place's code (GBQnnnn), as the items' location reads afterwards.
    place_code: str
    lines: tuple[DocumentLine, ...]
    #: The owner or a relative undertakes to do as the officer asks (Decree 152/2026 Art 24.1).
    undertaking: bool = False
    #: A keeper under Art 40.1.c is paid and reimbursed (Decree 152/2026 Art 24.4).
    paid: bool = False
    note: str = ""
    recipients: tuple[str, ...] = ()
    #: The party or witness who refused to sign, and why (Decree 152/2026 Art 24.4).
    refused: str = ""
    refusal_reason: str = ""
    #: The service contract the officer signed with a paid keeper (Decree 152/2026 Art 24.3):
    #: its number, the day signed and the keeping fee in đồng; "" / None for other keepers.
    contract_number: str = ""
    contract_signed_on: date | None = None
    contract_fee: int | None = None


Content = (
    HandoverMinutes
    | EntryOrder
    | EntrySlip
    | StockCard
    | ReleaseOrder
    | ReleaseSlip
    | ReleaseMinutes
    | ReturnMinutes
    | DestructionMinutes
    | StocktakeMinutes
    | BuyerHandoverMinutes
    | AuctionNotice
    | AuctionDecision
    | CouncilMinutes
    | DirectSaleMinutes
    | KeepingMinutes
)


def with_number(content: Content, number: str) -> Content:
    """The same content with its header's number assigned."""
    header = dataclasses.replace(content.header, number=number)
    return dataclasses.replace(content, header=header)


__all__ = [
    "BuyerHandoverMinutes",
    "CheckpointNote",
    "Content",
    "CouncilMember",
    "DestructionMinutes",
    "DirectSaleMinutes",
    "DocumentHeader",
    "DocumentLine",
    "EntryOrder",
    "EntrySlip",
    "HandoverMinutes",
    "KeepingMinutes",
    "ReleaseMinutes",
    "ReleaseOrder",
    "ReleaseSlip",
    "ReturnMinutes",
    "Signer",
    "StockCard",
    "StockCardEntry",
    "StocktakeItem",
    "StocktakeLine",
    "StocktakeMinutes",
    "canonical_json",
    "sha256_hex",
    "with_number",
]
