"""Hostile text for every form, and the forms themselves as one list to extend.

``FORMS`` holds each user action that takes typed text: a ``prepare`` that sets up what the
form acts on (not part of the check) and a ``submit`` that sends the form with texts drawn by
``t()``. A workflow added later (auctions, destruction, stocktakes…) adds its forms here.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from hypothesis import strategies as st

from evidence_app.domain.clock import agency_date, agency_today
from evidence_app.domain.disposition import DispositionSource
from evidence_app.domain.enums import (
    Category,
    CustodianKind,
    DestructionMethod,
    Disposition,
    ItemKind,
    LocationKind,
    PartyRole,
    ReleasePurpose,
    ReleaseRequestPurpose,
    Role,
    SaleMethod,
    StocktakeKind,
    ValuationMethod,
    Vote,
)
from evidence_app.services.auctions import Buyer, ValuationDraft
from evidence_app.services.catalogue import CaseDraft, ItemDraft
from evidence_app.services.core.validate import MAX_MONEY
from evidence_app.services.custody import CheckoutTerms, DispositionOrder, Recipient
from evidence_app.services.destruction import CouncilDraft, Execution, MemberDraft, Supervisor
from evidence_app.services.intake.checks import IntakeDraft, IntakeLineDraft
from evidence_app.services.stocktakes import Signers
from tests.services.auctions.steps import (
    AUCTION_1,
    BUYER,
    POSTED_1,
    contracted_lot,
    failed_rounds,
    new_lot,
    notices,
    use_clock,
    valued_lot,
)
from tests.world import PASSWORD, World

VIETNAMESE = [
    "Xe", "máy", "Điện", "thoại", "Nhẫn", "vàng", "Đồng", "hồ", "Nguyễn", "Thị", "Hương",
    "Trần", "Quốc", "Tuấn", "ỹ", "Ữ", "Công", "an", "quận", "Hoàn", "Kiếm", "Biên", "bản",
    "tạm", "giữ", "số", "12/BB-TG",
]  # fmt: skip
SQL_LIKE = [
    "'; DROP TABLE item; --",
    "Robert'); DELETE FROM custody_event; --",
    "1 OR 1=1",
    '" OR ""="',
    "%_\\",
    "NEAR(xe may)",
    "$$ LANGUAGE plpgsql $$",
    "\\x00",
    "VC-2026-000001' OR '1'='1",
    "admin'--",
]
CONTROLS = ["\x00", "\x07", "\x1b[31m", "\x7f", "\u202e", "\u200b", "\ufeff", "\r", "\x85"]
_NFD = st.builds(lambda s: unicodedata.normalize("NFD", s), st.sampled_from(VIETNAMESE))
_MIXED = st.builds(
    lambda a, b: unicodedata.normalize("NFD", a) + " " + unicodedata.normalize("NFC", b),
    st.sampled_from(VIETNAMESE),
    st.sampled_from(VIETNAMESE),
)
#: Anything a form may receive: plain and Vietnamese text (NFC, NFD, both), SQL, control
#: characters, and strings far over every limit.
hostile: st.SearchStrategy[str] = st.one_of(
    st.text(max_size=30),
    _NFD,
    _MIXED,
    st.sampled_from(SQL_LIKE),
    st.builds(
        lambda a, c, b: a + c + b,
        st.text(max_size=8),
        st.sampled_from(CONTROLS),
        st.text(max_size=8),
    ),
    st.builds(lambda s, n: s * n, st.text(min_size=1, max_size=4), st.integers(50, 5000)),
    st.sampled_from(["", " ", "\n", "0", "-1", "9" * 40, "1e308", "NaN", "١٢", "12/13/2026"]),
)

#: Amounts of money as a form may pass them on: hostile text, huge, negative, fractional.
amounts: st.SearchStrategy[Any] = st.one_of(
    hostile,
    st.none(),
    st.integers(-(10**20), 10**20),
    st.sampled_from([0, -1, 1, MAX_MONEY, MAX_MONEY + 1, 2**63, 10**30, True]),
    st.floats(),
    st.decimals(),
)
#: Dates from the calendar widget's whole range (far past and future included).
days: st.SearchStrategy[date] = st.dates(date(1, 1, 1), date(9999, 12, 31))

#: ``t()`` draws hostile text; ``t(strategy)`` draws from another strategy.
Draw = Callable[..., Any]


@dataclass(frozen=True)
class Form:
    prepare: Callable[[World], Any]
    submit: Callable[[World, Any, Draw], object]


def _nothing(_world: World) -> None:
    return None


def _stored_item(world: World) -> Any:
    return world.receive(f"Vật chứng {id(world)}")


def _returned_item(world: World) -> Any:
    return world.receive(f"Xe đạp {id(world)}", disposition=Disposition.RETURN_TO_OWNER)


def _sale_item(world: World) -> Any:
    return world.receive(f"Xe ô tô {id(world)}", disposition=Disposition.AUCTION)


def _record_disposition(w: World, item: Any, t: Draw) -> object:
    source = DispositionSource(t(), t(st.none() | days), t())
    order = DispositionOrder(t(st.sampled_from(Disposition)), source)
    return w.services.dispositions.record(w.officer, [item.id], order)


def _open_request(world: World) -> Any:
    item = world.receive("Xe đạp", disposition=Disposition.RETURN_TO_OWNER)
    return world.services.release_requests.request(
        world.officer, world.case.id, [item.id], ReleaseRequestPurpose.RETURN_TO_OWNER,
        Recipient("Phạm Thị Dung"),
    )  # fmt: skip


def _checked_out(world: World) -> Any:
    item = world.receive("Máy ảnh")
    world.checkout([item.id])
    return item


def _intake(world: World, _ctx: Any, t: Draw) -> object:
    line = IntakeLineDraft(
        item=ItemDraft(ItemKind.EVIDENCE, Category.OTHER, t(), identifiers=t(), unit=t() or "cái"),
        recorded_quantity=t(),
        recorded_condition=t(),
        discrepancy=t(),
        location_id=world.shelf_a.id,
    )
    draft = IntakeDraft(
        delivering_body=t(),
        representative=t(),
        representative_position=t(),
        case_id=world.case.id,
        seizure_record_number=t(),
        seizure_record_date=date(2026, 3, 2),
        note=t(),
        lines=(line,),
    )
    return world.services.intake.commit(world.keeper, draft)


def _checkout(world: World, item: Any, t: Draw) -> object:
    terms = CheckoutTerms(t(), ReleasePurpose.OTHER, agency_today() + timedelta(days=3))
    return world.services.release_requests.request(
        world.officer,
        world.case.id,
        [item.id],
        ReleaseRequestPurpose.TEMPORARY_RELEASE,
        Recipient(t(), t()),
        t(),
        terms,
    )


# -- auctions (the service's ``today`` is a clock each prepare sets) ------------------------
def _lot(world: World) -> Any:
    use_clock(world, date(2026, 11, 6))
    return new_lot(world)


def _valued(world: World) -> Any:
    lot = valued_lot(world)
    world.services.auctions.today.day = date(2026, 11, 12)  # type: ignore[attr-defined]
    return lot


def _failed(world: World) -> Any:
    return failed_rounds(world, contracted_lot(world), [100_000_000])


def _held(world: World) -> Any:
    lot = contracted_lot(world)
    world.services.auctions.today.day = POSTED_1  # type: ignore[attr-defined]
    lot = world.services.auctions.schedule_round(
        world.officer, lot.id, AUCTION_1, posted_on=POSTED_1, notices=notices(POSTED_1)
    )
    world.services.auctions.today.day = AUCTION_1  # type: ignore[attr-defined]
    return lot


def _sold(world: World) -> Any:
    lot = _held(world)
    lot = world.services.auctions.record_winner(world.officer, lot.id, BUYER, 100_000_000)
    world.services.auctions.today.day = date(2026, 12, 1)  # type: ignore[attr-defined]
    return lot


def _valuation(world: World, lot: Any, t: Draw) -> object:
    method = t(st.sampled_from(ValuationMethod))
    chair = world.officer.user_id if method is ValuationMethod.PRICE_COUNCIL else None
    draft = ValuationDraft(method, t(amounts), t(days), valuer=t(), chair_user_id=chair,
                           members=(t(), t()))  # fmt: skip
    return world.services.auctions.record_valuation(world.officer, lot.id, draft, lot.version)


def _sale(world: World, lot: Any, t: Draw) -> object:
    return world.services.auctions.sell_without_auction(
        world.officer, lot.id, t(st.sampled_from([m for m in SaleMethod if m.value != "auction"])),
        Buyer(t(), t()), t(amounts), t(days),
    )  # fmt: skip


def _announcement(world: World, lot: Any, t: Draw) -> object:
    return world.services.auctions.announce_sale_without_auction(
        world.officer, lot.id, t(st.sampled_from([m for m in SaleMethod if m.value != "auction"])),
        t(st.none() | days), t(st.none() | days),
    )  # fmt: skip


# -- destruction councils ----------------------------------------------------------------
_MEMBERS = (
    MemberDraft("Nguyễn Văn Hùng", "Chấp hành viên", "Phòng THADS khu vực 1", is_chair=True),
    MemberDraft("Trần Thị Lan", "Kế toán nghiệp vụ", "Phòng THADS khu vực 1"),
    MemberDraft("Lê Minh Tuấn", "Cán bộ", "Sở Tài chính thành phố Hà Nội"),
)
_SUPERVISOR = Supervisor("Phạm Quốc Bảo", "Kiểm sát viên", "Viện kiểm sát nhân dân khu vực 1")


def _council(world: World) -> Any:
    """An open council with one listed item ordered destroyed."""
    d = world.services.destruction
    item = world.receive("Dao găm", category=Category.OTHER, disposition=Disposition.DESTROY)
    decided = agency_date(datetime.now(UTC) - timedelta(hours=1))  # the run is after it
    council = d.set_up(world.officer, CouncilDraft("12/QĐ-THADS", decided, _MEMBERS,
                                                   _SUPERVISOR))  # fmt: skip
    return d.add_by_code(world.officer, council.id, item.code)


def _ready_council(world: World) -> Any:
    """Listed, scanned and voted: only the execution is missing."""
    d = world.services.destruction
    council = _council(world)
    council = d.record_seen(world.officer, council.id, council.items[0].code, "")
    return d.record_vote(world.officer, council.id, {m.id: Vote.FOR for m in council.members})


def _set_up(world: World, _ctx: Any, t: Draw) -> object:
    members = tuple(MemberDraft(t(), t(), t(), is_chair=n == 0) for n in range(3))
    draft = CouncilDraft(t(), t(days), members, Supervisor(t(), t(), t()), t())
    return world.services.destruction.set_up(world.officer, draft)


def _complete(world: World, council: Any, t: Draw) -> object:
    start = datetime.now(UTC) - timedelta(minutes=30)
    run = Execution(t(st.sampled_from(DestructionMethod)), t(), start,
                    start + timedelta(minutes=t(st.integers(-60, 60))), t())  # fmt: skip
    return world.services.destruction.complete(world.officer, council.id, run)


# -- stocktakes (of shelf B, so their minutes stay short) --------------------------------
_SIGNERS = Signers("Lê Thị Kho", "Trần Văn Toán", "Nguyễn Văn Trưởng")


def _no_open_stocktake(world: World) -> None:
    st_ = world.services.stocktakes
    for take in st_.list(world.keeper, open_only=True):
        st_.finish(world.keeper, take.id, _SIGNERS)


def _open_stocktake(world: World) -> Any:
    st_ = world.services.stocktakes
    for take in st_.list(world.keeper, open_only=True):
        return take
    return st_.start(world.keeper, world.warehouse.id, StocktakeKind.AD_HOC, world.shelf_b.id)


def _finished_stocktake(world: World) -> Any:
    take = _open_stocktake(world)
    return world.services.stocktakes.finish(world.keeper, take.id, _SIGNERS)


FORMS: dict[str, Form] = {
    "users.create": Form(
        _nothing,
        lambda w, _, t: w.services.users.create(w.admin, t(), t(), t(), [Role.KEEPER], t()),
    ),
    "users.reset_password": Form(
        _nothing,
        lambda w, _, t: w.services.users.reset_password(w.admin, w.keeper.user_id or 0, t()),
    ),
    "users.change_own_password": Form(
        _nothing, lambda w, _, t: w.services.users.change_own_password(w.keeper, t(), t())
    ),
    "users.authenticate": Form(_nothing, lambda w, _, t: w.services.users.authenticate(t(), t())),
    "agency.save": Form(
        _nothing, lambda w, _, t: w.services.agency.save(w.admin, t(), t(), t(), t(), t())
    ),
    "warehouses.create": Form(
        _nothing,
        lambda w, _, t: w.services.warehouses.create(
            w.admin, t(), t(), CustodianKind.AGENCY, t(), t()
        ),
    ),
    "warehouses.add_location": Form(
        _nothing,
        lambda w, _, t: w.services.warehouses.add_location(
            w.admin, w.warehouse.id, t(), LocationKind.SHELF, w.zone.id
        ),
    ),
    "cases.create": Form(
        _nothing,
        lambda w, _, t: w.services.cases.create(
            w.officer, CaseDraft(t(), t(), None, t(), t(), amount_to_enforce=0)
        ),
    ),
    "cases.add_party": Form(
        _nothing,
        lambda w, _, t: w.services.cases.add_party(
            w.officer, w.case.id, PartyRole.OWNER, t(), t(), t()
        ),
    ),
    "items.receive": Form(
        _nothing,
        lambda w, _, t: w.services.items.receive(
            w.keeper,
            ItemDraft(
                ItemKind.EVIDENCE,
                Category.OTHER,
                t(),
                case_id=w.case.id,
                description=t(),
                quantity=t(),
                unit=t(),
                weight_grams=t() or None,
                owner_name=t(),
            ),
        ),
    ),
    "items.edit": Form(
        _stored_item,
        lambda w, item, t: w.services.items.edit(
            w.officer, item.id, item.version, {"name": t(), "condition": t()}
        ),
    ),
    "items.move": Form(
        _stored_item,
        lambda w, item, t: w.services.items.move(w.keeper, item.id, w.shelf_b.id, None, t()),
    ),
    "intake.commit": Form(_nothing, _intake),
    "moves.move_batch": Form(
        _stored_item,
        lambda w, item, t: w.services.moves.move_batch(
            w.keeper, [(item.id, None)], w.shelf_b.id, t()
        ),
    ),
    "release_requests.request (temporary)": Form(_stored_item, _checkout),
    "checkouts.return_item": Form(
        _checked_out,
        lambda w, item, t: w.services.checkouts.return_item(w.keeper, item.id, t(), False),
    ),
    "release_requests.request": Form(
        _returned_item,
        lambda w, item, t: w.services.release_requests.request(
            w.officer, w.case.id, [item.id], ReleaseRequestPurpose.OTHER, Recipient(t(), t()), t()
        ),
    ),
    "release_requests.reject": Form(
        _open_request,
        lambda w, r, t: w.services.release_requests.reject(w.head, r.id, t(), r.version),
    ),
    "backup.set_reminder_days": Form(
        _nothing, lambda w, _, t: w.services.backup.set_reminder_days(w.admin, t())
    ),
    "search": Form(_nothing, lambda w, _, t: w.services.search.search(w.officer, t())),
    "scan.route": Form(_nothing, lambda w, _, t: w.services.scan.route(w.keeper, t())),
    "items.by_code": Form(_nothing, lambda w, _, t: w.services.items.by_code(w.keeper, t())),
    "dispositions.record": Form(_stored_item, _record_disposition),
    "auctions.create_lot": Form(
        _sale_item,
        lambda w, item, t: w.services.auctions.create_lot(
            w.officer, w.case.id, [item.id], name=t(), seized_on=t(st.none() | days)
        ),
    ),
    "auctions.record_valuation": Form(_lot, _valuation),
    "auctions.announce_sale_without_auction": Form(_lot, _announcement),
    "auctions.sell_without_auction": Form(_lot, _sale),
    "auctions.sign_contract": Form(
        _valued,
        lambda w, lot, t: w.services.auctions.sign_contract(
            w.officer, lot.id, t(), t(), t(days), lot.version
        ),
    ),
    "auctions.schedule_round": Form(
        _failed,
        lambda w, lot, t: w.services.auctions.schedule_round(
            w.officer, lot.id, t(days), t(amounts), lot.version, t(st.none() | days)
        ),
    ),
    "auctions.record_winner": Form(
        _held,
        lambda w, lot, t: w.services.auctions.record_winner(
            w.officer, lot.id, Buyer(t(), t()), t(amounts), t(st.booleans()), lot.version
        ),
    ),
    "auctions.record_payment": Form(
        _sold,
        lambda w, lot, t: w.services.auctions.record_payment(
            w.actors[Role.CASHIER], lot.id, t(amounts), t(days), t()
        ),
    ),
    "destruction.set_up": Form(_nothing, _set_up),
    "destruction.add_by_code": Form(
        _council, lambda w, c, t: w.services.destruction.add_by_code(w.officer, c.id, t())
    ),
    "destruction.record_seen": Form(
        _council,
        lambda w, c, t: w.services.destruction.record_seen(
            w.officer, c.id, t(st.sampled_from([c.items[0].code]) | hostile), t()
        ),
    ),
    "destruction.withdraw": Form(
        _council,
        lambda w, c, t: w.services.destruction.withdraw(w.officer, c.id, c.items[0].item_id, t()),
    ),
    "destruction.record_contractor": Form(
        _council,
        lambda w, c, t: w.services.destruction.record_contractor(w.officer, c.id, t(), t()),
    ),
    "destruction.complete": Form(_ready_council, _complete),
    "stocktakes.start": Form(
        _no_open_stocktake,
        lambda w, _, t: w.services.stocktakes.start(
            w.keeper,
            w.warehouse.id,
            t(st.sampled_from(StocktakeKind) | hostile),
            w.shelf_b.id,
            t(),
        ),
    ),
    "stocktakes.scan": Form(
        _open_stocktake,
        lambda w, s, t: w.services.stocktakes.scan(w.keeper, s.id, t(), w.shelf_b.id),
    ),
    "stocktakes.finish": Form(
        _open_stocktake,
        lambda w, s, t: w.services.stocktakes.finish(w.keeper, s.id, Signers(t(), t(), t()), t()),
    ),
    "stocktakes.mark_missing": Form(
        _finished_stocktake,
        lambda w, s, t: w.services.stocktakes.mark_missing(w.keeper, s.id, [t(), t()]),
    ),
}

__all__ = ["FORMS", "PASSWORD", "Form", "amounts", "days", "hostile"]
