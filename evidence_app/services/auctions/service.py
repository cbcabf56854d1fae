"""Valuation, auctions and sales of seized assets (Decree 152 Art 60–67).

A lot of one or more items of a case is valued (a firm or a price council, one
re-valuation), then sold without auction where the law allows it or contracted to an
auction organisation, posted and auctioned in rounds (each reduction within the legal
limit; after the second the creditor may take it), paid for and handed to the buyer with
the buyer handover minutes. Items go AWAITING_AUCTION → SOLD → HANDED_TO_BUYER by custody
events; the proceeds are credited to the case. Every step is one transaction."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import AuctionLot, AuctionLotItem, AuctionRound, Case, RoundReschedule, Valuation
from evidence_app.domain.clock import agency_date, agency_today
from evidence_app.domain.enums import (
    Category,
    EventKind,
    HandoverObstacle,
    ItemStatus,
    LotStatus,
    ReleaseRequestPurpose,
    RoundOutcome,
    SaleMethod,
    ValuationMethod,
)
from evidence_app.domain.errors import NotFoundError, ValidationError
from evidence_app.domain.permissions import Permission
from evidence_app.domain.rules import value
from evidence_app.reports.table import ReportTable
from evidence_app.services.admin import effective_value, holidays
from evidence_app.services.auctions.after_sale import AfterSaleActions, add_notice
from evidence_app.services.auctions.checks import (
    Buyer,
    ValuationDraft,
    check_announced_sale,
    check_not_after,
    check_not_before,
    check_sale_announcement,
    check_sale_without_auction,
    check_valuation,
    dmy,
    minimum_next_price,
    money,
    vnd,
)
from evidence_app.services.auctions.co_owners import check_priority_over
from evidence_app.services.auctions.deadlines import (
    BEFORE_SALE,
    auction_deadlines,
    auction_held_by,
    handover_due,
    latest_posting_on,
    payment_due,
)
from evidence_app.services.auctions.duties import check_not_own_payment, check_not_own_sale
from evidence_app.services.auctions.gold import GoldActions
from evidence_app.services.auctions.papers import (
    PaperActions,
    buyer_handover_minutes,
    issue_direct_sale_notice,
    issue_step_paper,
)
from evidence_app.services.auctions.publicity import (
    check_deposit,
    check_notices,
    choose_shortened,
    shortened_ground,
)
from evidence_app.services.auctions.reschedule import (
    check_after_reschedule,
    check_new_date,
    counted_notices,
    publicity_lost,
)
from evidence_app.services.auctions.rounds import (
    check_reduction,
    note_failure,
    note_parties_told,
)
from evidence_app.services.auctions.rows import (
    available_item,
    change_status,
    default_name,
    done,
    items_of,
    load_lot,
    open_lot,
    pay,
    rounds_of,
    sell,
    valuations_of,
)
from evidence_app.services.auctions.taking import TakingActions
from evidence_app.services.auctions.valuation import check_basis, check_opinions, store_opinions
from evidence_app.services.auctions.views import LotView, lot_view, paid_total
from evidence_app.services.core import validate as v
from evidence_app.services.core.auth import Actor, authorize
from evidence_app.services.core.closed_periods import require_open_period
from evidence_app.services.core.deadlines import SOURCES
from evidence_app.services.core.events import append_event
from evidence_app.services.core.scope import case_scope, check_case, check_item
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.custody import (
    check_sale_basis,
    require_exit_order,
    require_not_own_issue,
)

S = LotStatus
_AVAILABLE = (ItemStatus.IN_STORAGE, ItemStatus.AWAITING_AUCTION)


#: The ledger these dates are written in (Mẫu 17): a closed period takes no new entry
#: (kết sổ, Circular 04/2023/TT-BTP Art 30.4.c; services/reports/closing.py).
LEDGER = "auction_ledger"


class AuctionService(TakingActions, AfterSaleActions, PaperActions, GoldActions):
    """Lots from valuation to handover; ``today`` is replaceable for tests."""

    def __init__(self, db: Database, today: Callable[[], date] = agency_today) -> None:
        self.db = db
        self.today = today

    # -- the lot and its valuation ---------------------------------------------------------
    def create_lot(
        self,
        actor: Actor,
        case_id: int,
        item_ids: Sequence[int],
        *,
        name: str = "",
        real_property: bool = False,
        gold_bullion: bool = False,
        seized_on: date | None = None,
        gold_jewellery: bool = False,
    ) -> LotView:
        """A lot of stored items of one case; each goes to AWAITING_AUCTION. The officer
        records what the gold is: bars or plain round rings (``gold_bullion``, sold to a
        dealer, Decree 152/2026 Art 61.2) or jewellery, fine-art, raw or other gold
        (``gold_jewellery``, auctioned by the shortened procedure, Art 61.3); never both."""
        name = v.text_field(name, "field.lot_name", limit=300)
        ids = list(dict.fromkeys(item_ids))
        if not ids:
            raise ValidationError("auction.no_items")
        with unit_of_work(self.db, "noun.auction_lot") as session:
            authorize(session, actor, Permission.MANAGE_AUCTIONS)
            if session.get(Case, case_id) is None:
                raise NotFoundError(what="noun.case", ref=case_id)
            # Issue 21: the case and every item must be of a unit where a role of the actor
            # manages auctions (scope.py); another unit's are refused before anything is read
            # further or written.
            check_case(session, actor, Permission.MANAGE_AUCTIONS, case_id)
            # Locked in id order: two lots made at once cannot take the same item.
            items = [available_item(session, item_id, case_id) for item_id in sorted(ids)]
            for item in items:
                check_item(session, actor, Permission.MANAGE_AUCTIONS, item)
            for item in items:  # ordered sold or distrained, under a QĐ THA (Art 60, 82–83)
                check_sale_basis(session, item)
            if gold_bullion and any(i.category is not Category.PRECIOUS_METAL for i in items):
                raise ValidationError("auction.gold_needs_precious_metal")
            if gold_jewellery and gold_bullion:  # Decree 152/2026 Art 61.2 or 61.3, not both
                raise ValidationError("auction.gold_bullion_or_jewellery")
            if gold_jewellery and any(i.category is not Category.PRECIOUS_METAL for i in items):
                raise ValidationError("auction.jewellery_needs_precious_metal")
            seized = seized_on or max(agency_date(i.received_at) for i in items)
            check_not_after(seized, self.today(), "field.seized_on")
            require_open_period(session, LEDGER, seized)
            lot = AuctionLot(
                case_id=case_id, name=name or default_name(items), real_property=real_property,
                gold_bullion=gold_bullion, gold_jewellery=gold_jewellery,
                status=S.AWAITING_VALUATION, seized_on=seized,
                officer_id=actor.user_id,
            )  # fmt: skip
            session.add(lot)
            session.flush()
            for item in items:
                session.add(AuctionLotItem(lot_id=lot.id, item_id=item.id))
                if item.status is ItemStatus.IN_STORAGE:
                    change_status(session, actor, item, EventKind.STATUS_CHANGED,
                            ItemStatus.AWAITING_AUCTION, lot)  # fmt: skip
            session.flush()
            return lot_view(session, lot, holidays(session))

    def record_valuation(
        self, actor: Actor, lot_id: int, draft: ValuationDraft, expected_version: int | None = None
    ) -> LotView:
        """The price fixed by a firm or a price council; a second call is the one
        re-valuation the law allows, a third is refused."""
        with unit_of_work(self.db, "noun.auction_lot", str(lot_id)) as session:
            lot = open_lot(
                session,
                actor,
                Permission.MANAGE_AUCTIONS,
                lot_id,
                expected_version,
                S.AWAITING_VALUATION,
                S.VALUED,
            )
            earlier = valuations_of(session, lot.id)
            valuer, members = check_valuation(session, draft, len(earlier))
            opinions = check_opinions(draft, members)  # Decree 152/2026 Art 60.3
            basis = check_basis(session, lot, items_of(session, lot.id), draft, earlier,
                                holidays(session))  # fmt: skip
            check_not_after(draft.valued_on, self.today(), "field.valued_on")
            require_open_period(session, LEDGER, draft.valued_on)
            check_not_before(draft.valued_on, lot.seized_on, "field.valued_on", "field.seized_on")
            if earlier:
                check_not_before(draft.valued_on, earlier[-1].valued_on, "field.valued_on",
                                 "field.previous_valuation")  # fmt: skip
            valuation = Valuation(
                lot_id=lot.id, seq=len(earlier) + 1, method=draft.method, valuer=valuer,
                members="\n".join(members), price=draft.price, valued_on=draft.valued_on,
                recorded_by=actor.user_id, basis=basis.basis,
                paper_number=basis.paper_number, paper_on=basis.paper_on,
                advance_paid=basis.advance_paid,
            )  # fmt: skip
            session.add(valuation)
            session.flush()
            store_opinions(session, valuation, opinions)
            for item in items_of(session, lot.id):
                append_event(
                    session, item, EventKind.VALUED, actor_id=actor.user_id,
                    counterpart=valuer or None, data={"lot": lot.id, "price": draft.price,
                    "valued_on": draft.valued_on.isoformat(), "seq": len(earlier) + 1},
                )  # fmt: skip
            lot.status = S.VALUED
            if draft.method is ValuationMethod.PRICE_COUNCIL:  # Decree 152/2026 Art 60.3
                issue_step_paper(session, actor, lot, "council_minutes")
            return done(session, lot)

    def notify_parties(
        self, actor: Actor, lot_id: int, notified_on: date, expected_version: int | None = None
    ) -> LotView:
        """The parties were told of the latest valuation (due in 3 working days, Art 60.6)."""
        with unit_of_work(self.db, "noun.auction_lot", str(lot_id)) as session:
            lot = open_lot(
                session, actor, Permission.MANAGE_AUCTIONS, lot_id, expected_version, *BEFORE_SALE
            )
            earlier = valuations_of(session, lot.id)
            valuation = earlier[-1] if earlier else None
            if valuation is None:
                raise ValidationError("auction.no_valuation", ref=lot.id)
            if valuation.notified_on is not None:
                raise ValidationError("auction.already_notified", day=dmy(valuation.notified_on))
            check_not_after(notified_on, self.today(), "field.notified_on")
            require_open_period(session, LEDGER, notified_on)
            check_not_before(notified_on, valuation.valued_on, "field.notified_on",
                             "field.valued_on")  # fmt: skip
            valuation.notified_on = notified_on
            # Law 106/2025 Art 82; Decree 152/2026 Art 60.6: the notice, numbered now.
            issue_step_paper(session, actor, lot, "valuation_notice")
            return lot_view(session, lot, holidays(session))

    # -- auction ---------------------------------------------------------------------------
    def sign_contract(
        self,
        actor: Actor,
        lot_id: int,
        organisation: str,
        number: str,
        contract_on: date,
        expected_version: int | None = None,
    ) -> LotView:
        """The contract with the auction organisation."""
        organisation = v.text_field(organisation, "field.organisation", limit=300, required=True)
        number = v.text_field(number, "field.contract_number", limit=60, required=True)
        with unit_of_work(self.db, "noun.auction_lot", str(lot_id)) as session:
            lot = open_lot(
                session, actor, Permission.MANAGE_AUCTIONS, lot_id, expected_version, S.VALUED
            )
            check_not_after(contract_on, self.today(), "field.contract_on")
            require_open_period(session, LEDGER, contract_on)
            valued = valuations_of(session, lot.id)[-1]
            check_not_before(contract_on, valued.valued_on, "field.contract_on", "field.valued_on")
            check_priority_over(session, lot, contract_on, holidays(session))  # Law Art 83.1
            lot.organisation, lot.contract_number, lot.contract_on = (
                organisation,
                number,
                contract_on,
            )
            lot.status = S.CONTRACTED
            return done(session, lot)

    def schedule_round(
        self,
        actor: Actor,
        lot_id: int,
        auction_on: date,
        starting_price: int | None = None,
        expected_version: int | None = None,
        posted_on: date | None = None,
        decided_on: date | None = None,
        *,
        shortened: bool | None = None,
        deposit: int | None = None,
        notices: Sequence[tuple[date, str]] = (),
    ) -> LotView:
        """A new auction: the first starts at the valued price; after a failed one the
        price may fall by at most the legal percentage of the previous starting price, by a
        decision (``decided_on``, default today) within 5 working days of the notice of
        failure (Law 106/2025 Art 83.3). ``shortened``: by the shortened procedure where
        the law allows it (default: whenever it does; gold jewellery always, Law on Asset
        Auctions Art 53.1, Decree 152/2026 Art 61.3); ``deposit``: the bidders' deposit,
        5–20 % of the starting price (Art 39.1); ``notices``: public notices already
        made (day, where), as ``record_public_notice`` records them (Art 57)."""
        with unit_of_work(self.db, "noun.auction_lot", str(lot_id)) as session:
            lot = open_lot(
                session,
                actor,
                Permission.MANAGE_AUCTIONS,
                lot_id,
                expected_version,
                S.CONTRACTED,
                S.ROUND_FAILED,
            )
            rounds = rounds_of(session, lot.id)
            price = self._next_price(session, lot, rounds, starting_price)
            decided = decided_on or self.today()
            if rounds:  # Law 106/2025 Art 83.3; Decree 152/2026 Art 65.6
                check_reduction(lot, rounds, decided, self.today(), holidays(session))
            if auction_on < self.today():
                raise ValidationError("auction.auction_in_past", day=dmy(auction_on))
            if not rounds:  # the first auction under the contract (Law 106/2025 Art 83.2.a)
                self._check_held_in_time(session, lot, auction_on)
            if rounds:
                check_not_before(auction_on, rounds[-1].auction_on, "field.auction_on",
                                 "field.previous_auction")  # fmt: skip
            ground = shortened_ground(lot, rounds, price)
            current = AuctionRound(
                lot_id=lot.id, seq=len(rounds) + 1, starting_price=price, auction_on=auction_on,
                outcome=RoundOutcome.SCHEDULED, recorded_by=actor.user_id,
                reduction_decided_on=decided if rounds else None,
                shortened=choose_shortened(ground, shortened),
                deposit=check_deposit(deposit, price),
            )  # fmt: skip
            session.add(current)
            lot.status = S.ROUND_SCHEDULED
            if posted_on is not None:
                self._post(session, lot, current, posted_on)
            session.flush()
            for published_on, medium in notices:
                add_notice(session, actor, lot, current, published_on, medium, self.today())
            if rounds and price < rounds[-1].starting_price:  # Law 106/2025 Art 83.3
                issue_step_paper(session, actor, lot, "reduction_decision")
            return done(session, lot)

    @staticmethod
    def _check_held_in_time(session: Session, lot: AuctionLot, auction_on: date) -> None:
        """30 days (movables) or 45 (real property) from the contract (Art 83.2.a)."""
        latest = auction_held_by(lot, holidays(session))
        if latest is not None and auction_on > latest:
            assert lot.contract_on is not None
            key = (
                "auction.held_real_property_days"
                if lot.real_property
                else "auction.held_movable_days"
            )
            raise ValidationError("auction.held_late", day=dmy(auction_on), latest=dmy(latest),
                                  days=value(key), contract=dmy(lot.contract_on))  # fmt: skip

    def record_posting(
        self, actor: Actor, lot_id: int, posted_on: date, expected_version: int | None = None
    ) -> LotView:
        """The public posting of the scheduled auction, early enough before it."""
        with unit_of_work(self.db, "noun.auction_lot", str(lot_id)) as session:
            lot = open_lot(
                session,
                actor,
                Permission.MANAGE_AUCTIONS,
                lot_id,
                expected_version,
                S.ROUND_SCHEDULED,
            )
            current = rounds_of(session, lot.id)[-1]
            if current.posted_on is not None:
                raise ValidationError("auction.already_posted", day=dmy(current.posted_on))
            self._post(session, lot, current, posted_on)
            return done(session, lot)

    def reschedule_round(
        self,
        actor: Actor,
        lot_id: int,
        new_auction_on: date,
        reason: str,
        decided_on: date | None = None,
        expected_version: int | None = None,
    ) -> LotView:
        """A scheduled round whose posting (Law on Asset Auctions Art 35, 53) or public
        notices (Art 57) are missing or late and can no longer be made in time, moved to a
        new auction date by the officer's decision (``decided_on``, default today): after the
        old date, late enough to post from today, and for the first auction under the
        contract within its 30/45 days (Law 106/2025 Art 83.2.a). The old date and posting are
        kept (``auction_round_reschedule``, append-only); the round must then be posted and
        notified again, counted against the new date."""
        reason = v.text_field(reason, "field.reschedule_reason", limit=300, required=True)
        with unit_of_work(self.db, "noun.auction_lot", str(lot_id)) as session:
            lot = open_lot(session, actor, Permission.MANAGE_AUCTIONS, lot_id, expected_version,
                           S.ROUND_SCHEDULED)  # fmt: skip
            rounds = rounds_of(session, lot.id)
            current, days_off, today = rounds[-1], holidays(session), self.today()
            decided = decided_on or today
            check_not_after(decided, today, "field.rescheduled_on")
            require_open_period(session, LEDGER, decided)
            ground = shortened_ground(lot, rounds[:-1], current.starting_price)
            published = counted_notices(session, current)
            if publicity_lost(lot, current, ground, published, days_off, today) is None:
                raise ValidationError("round.reschedule_not_needed",
                                      auction=dmy(current.auction_on))  # fmt: skip
            check_new_date(lot, current, len(rounds) == 1, new_auction_on, days_off, today)
            session.add(RoundReschedule(
                round_id=current.id, previous_on=current.auction_on,
                previous_posted_on=current.posted_on, new_on=new_auction_on, decided_on=decided,
                reason=reason, recorded_by=actor.user_id,
            ))  # fmt: skip
            current.auction_on, current.posted_on = new_auction_on, None
            return done(session, lot)

    def record_failed_round(
        self,
        actor: Actor,
        lot_id: int,
        expected_version: int | None = None,
        noticed_on: date | None = None,
    ) -> LotView:
        """Nobody bid or the auction failed: a reduced new round (or the creditor) follows.
        ``noticed_on``: the notice of failure received (default the auction day), from which
        the reduction is due in 5 working days (Law 106/2025 Art 83.3)."""
        with unit_of_work(self.db, "noun.auction_lot", str(lot_id)) as session:
            lot = open_lot(
                session,
                actor,
                Permission.MANAGE_AUCTIONS,
                lot_id,
                expected_version,
                S.ROUND_SCHEDULED,
            )
            current = self._held_round(session, lot)
            note_failure(current, noticed_on, self.today())
            current.outcome = RoundOutcome.FAILED
            lot.status = S.ROUND_FAILED
            return done(session, lot)

    def notify_failure(
        self, actor: Actor, lot_id: int, notified_on: date, expected_version: int | None = None
    ) -> LotView:
        """The officer tells the parties the auction failed, within 2 working days of the
        auctioneer's notice (Decree 152/2026 Art 65.6)."""
        with unit_of_work(self.db, "noun.auction_lot", str(lot_id)) as session:
            authorize(session, actor, Permission.MANAGE_AUCTIONS)
            lot = load_lot(session, lot_id, expected_version, S.ROUND_FAILED)
            require_open_period(session, LEDGER, notified_on)
            note_parties_told(rounds_of(session, lot.id)[-1], notified_on, self.today())
            issue_step_paper(session, actor, lot, "failure_notice")  # Decree Art 65.6
            return done(session, lot)

    def record_winner(
        self,
        actor: Actor,
        lot_id: int,
        buyer: Buyer,
        price: int,
        by_agreement: bool = False,
        expected_version: int | None = None,
    ) -> LotView:
        """The auction sold the lot: the winning bidder pays within 30 days (60 by
        agreement, Art 65.1); the items are SOLD."""
        name, address = buyer.checked()
        with unit_of_work(self.db, "noun.auction_lot", str(lot_id)) as session:
            lot = open_lot(
                session,
                actor,
                Permission.MANAGE_AUCTIONS,
                lot_id,
                expected_version,
                S.ROUND_SCHEDULED,
            )
            current = self._held_round(session, lot)
            amount = money(price, "field.price")
            if amount < current.starting_price:
                raise ValidationError("auction.price_below_start",
                                      start=vnd(current.starting_price))  # fmt: skip
            current.outcome = RoundOutcome.SOLD
            key = "auction.payment_days_by_agreement" if by_agreement else "auction.payment_days"
            sell(session, actor, lot, SaleMethod.AUCTION, name, address, amount,
                       current.auction_on, value(key))  # fmt: skip
            return done(session, lot)

    def announce_sale_without_auction(
        self,
        actor: Actor,
        lot_id: int,
        method: SaleMethod,
        announced_on: date,
        sale_on: date,
        expected_version: int | None = None,
    ) -> LotView:
        """Decree 152/2026 Art 64.2 (Law 106/2025 Art 83.2.b): a perishable or low-value asset
        is announced on the agency's web page or notice board, and to the procuracy, at least
        01 working day before the sale: the asset, its price, the place and time of the sale.
        Its own step, numbered (Thông báo … /TB-THADS) and dated the day posted; the sale is
        recorded after it (``sell_without_auction``). Once per lot."""
        with unit_of_work(self.db, "noun.auction_lot", str(lot_id)) as session:
            lot = open_lot(
                session,
                actor,
                Permission.MANAGE_AUCTIONS,
                lot_id,
                expected_version,
                S.AWAITING_VALUATION,
                S.VALUED,
            )
            if lot.sale_announced_on is not None and lot.announced_sale_on is not None:
                raise ValidationError("auction.sale_already_announced", ref=lot.id,
                                      day=dmy(lot.sale_announced_on),
                                      planned=dmy(lot.announced_sale_on))  # fmt: skip
            for day, field in ((announced_on, "field.announced_on"), (sale_on, "field.sale_on")):
                if not isinstance(day, date):
                    raise ValidationError("validation.required", field=field)
            check_not_after(announced_on, self.today(), "field.announced_on")
            require_open_period(session, LEDGER, announced_on)
            check_not_before(announced_on, lot.seized_on, "field.announced_on", "field.seized_on")
            valuations = valuations_of(session, lot.id)
            method = check_sale_without_auction(
                session, lot, items_of(session, lot.id), method,
                valuations[-1].price if valuations else None,
            )  # fmt: skip
            if method is SaleMethod.GOLD_DEALER:  # Art 61.2: sold to the dealer, no notice
                raise ValidationError("auction.not_a_direct_sale", method=method)
            check_sale_announcement(announced_on, sale_on, holidays(session))
            lot.sale_announced_on, lot.announced_method = announced_on, method
            lot.announced_sale_on = sale_on
            issue_direct_sale_notice(session, actor, lot)  # numbered in this transaction
            return done(session, lot)

    def sell_without_auction(
        self,
        actor: Actor,
        lot_id: int,
        method: SaleMethod,
        buyer: Buyer,
        price: int,
        sold_on: date,
        expected_version: int | None = None,
    ) -> LotView:
        """Perishables and low-value assets, after their announcement (Decree 152/2026 Art
        64.2: refused without it, on another ground or before the time it states), recorded
        in the sale's minutes; gold bars or plain rings to a licensed dealer (Art 61.2). The
        buyer pays at the sale, but the money is recorded by someone else (``record_payment``,
        dated the sale day): no one both sells and books the price (issue 17)."""
        name, address = buyer.checked()
        with unit_of_work(self.db, "noun.auction_lot", str(lot_id)) as session:
            lot = open_lot(
                session,
                actor,
                Permission.MANAGE_AUCTIONS,
                lot_id,
                expected_version,
                S.AWAITING_VALUATION,
                S.VALUED,
            )
            amount = money(price, "field.price")
            check_not_after(sold_on, self.today(), "field.sold_on")
            require_open_period(session, LEDGER, sold_on)
            check_not_before(sold_on, lot.seized_on, "field.sold_on", "field.seized_on")
            valuations = valuations_of(session, lot.id)
            method = check_sale_without_auction(
                session, lot, items_of(session, lot.id), method,
                valuations[-1].price if valuations else None,
            )  # fmt: skip
            if method is not SaleMethod.GOLD_DEALER:
                check_announced_sale(lot, method, sold_on)
            sell(session, actor, lot, method, name, address, amount, sold_on, 0)
            if method is not SaleMethod.GOLD_DEALER:
                issue_step_paper(session, actor, lot, "direct_sale_minutes")  # Art 64.2
            return done(session, lot)

    def cancel_unpaid_sale(
        self,
        actor: Actor,
        lot_id: int,
        cancelled_on: date,
        record: str,
        deposit: int | None = None,
        expected_version: int | None = None,
    ) -> LotView:
        """The buyer did not pay in time: the sale is cancelled on the officer's record, the
        buyer's deposit goes to the agency and the lot goes back to auction at the same
        starting price (Decree 152/2026 Art 65.1, 65.5). The deposit kept is the round's
        (default), or one within 5–20 % of its starting price (Law on Asset Auctions Art
        39.1), or none (0: no deposit was taken). Only after the period's last day
        (Civil Code Art 148.5); the items go SOLD → AWAITING_AUCTION by a custody event."""
        record = v.text_field(record, "field.cancel_record", limit=300, required=True)
        with unit_of_work(self.db, "noun.auction_lot", str(lot_id)) as session:
            lot = open_lot(
                session, actor, Permission.MANAGE_AUCTIONS, lot_id, expected_version, S.SOLD
            )
            if lot.sale_method is not SaleMethod.AUCTION:
                raise ValidationError("auction.cancel_not_auction")
            current = rounds_of(session, lot.id)[-1]
            kept = self._kept_deposit(current, deposit)
            check_not_after(cancelled_on, self.today(), "field.cancelled_on")
            require_open_period(session, LEDGER, cancelled_on)
            due = payment_due(lot, holidays(session))
            assert due is not None
            if cancelled_on <= due:  # Art 65.1: the buyer may pay up to the period's end
                raise ValidationError("auction.cancel_before_due", due=dmy(due),
                                      day=dmy(cancelled_on))  # fmt: skip
            paid = paid_total(session, lot.id)
            if paid:
                raise ValidationError("auction.cancel_partly_paid", paid=vnd(paid))
            current.outcome = RoundOutcome.SALE_CANCELLED
            extra: dict[str, object] = {
                "buyer": lot.buyer_name, "price": lot.price, "due": due.isoformat(),
                "cancelled_on": cancelled_on.isoformat(), "deposit": kept, "record": record,
            }  # fmt: skip
            for item in items_of(session, lot.id):
                change_status(session, actor, item, EventKind.SALE_CANCELLED,
                              ItemStatus.AWAITING_AUCTION, lot, extra=extra)  # fmt: skip
            lot.forfeited_deposits += kept  # Art 65.5: the deposit belongs to the agency
            # Art 65.1: the cancelling decision takes its agency number with the cancellation.
            issue_step_paper(session, actor, lot, "cancel_decision")
            lot.sale_method, lot.buyer_name, lot.buyer_address = None, "", ""
            lot.price, lot.sold_on, lot.payment_days = None, None, None
            lot.status = S.CONTRACTED
            return done(session, lot)

    # -- payment and handover --------------------------------------------------------------
    def record_payment(
        self, actor: Actor, lot_id: int, amount: int, paid_on: date, note: str = ""
    ) -> LotView:
        """Money the buyer paid in; in full, the lot is PAID and the case credited."""
        note = v.text_field(note, "field.note", limit=300)
        with unit_of_work(self.db, "noun.auction_lot", str(lot_id)) as session:
            lot = open_lot(session, actor, Permission.RECORD_SALE_PAYMENT, lot_id, None, S.SOLD)
            check_not_own_sale(session, actor, lot)
            paid = money(amount, "field.amount")
            if paid <= 0:
                raise ValidationError("validation.not_positive", field="field.amount")
            check_not_after(paid_on, self.today(), "field.paid_on")
            require_open_period(session, LEDGER, paid_on)
            assert lot.sold_on is not None
            check_not_before(paid_on, lot.sold_on, "field.paid_on", "field.sold_on")
            due = payment_due(lot, holidays(session))  # Art 65.1; Civil Code Art 148.5
            if due is not None and paid_on > due:
                raise ValidationError("auction.payment_late", due=dmy(due), day=dmy(paid_on))
            pay(session, actor, lot, paid, paid_on, note)
            return done(session, lot)

    def hand_over(
        self,
        actor: Actor,
        lot_id: int,
        handed_over_on: date,
        expected_version: int | None = None,
        *,
        late_ground: HandoverObstacle | None = None,
        late_reason: str = "",
    ) -> LotView:
        """The asset reaches the buyer: minutes issued, items HANDED_TO_BUYER. After the
        legal period (3 working days from a sale without auction, 60 days from full payment,
        Decree 152/2026 Art 67.1.b–c) only on a recorded ground, an emergency, force majeure
        or an objective obstacle, and the officer's account of it (Art 67.1.c)."""
        late_reason = v.text_field(late_reason, "field.late_handover_reason", limit=1000)
        with unit_of_work(self.db, "noun.auction_lot", str(lot_id)) as session:
            lot = open_lot(
                session, actor, Permission.MANAGE_AUCTIONS, lot_id, expected_version, S.PAID
            )
            check_not_own_sale(session, actor, lot, "sale.own_sale_handover")
            check_not_own_payment(session, actor, lot)
            check_not_after(handed_over_on, self.today(), "field.handed_over_on")
            require_open_period(session, LEDGER, handed_over_on)
            assert lot.paid_on is not None
            check_not_before(handed_over_on, lot.paid_on, "field.handed_over_on", "field.paid_on")
            due = handover_due(lot, holidays(session))
            if due is not None and handed_over_on > due:  # Decree 152/2026 Art 67.1.c
                ground = (
                    v.member(HandoverObstacle, late_ground, "field.late_handover_ground")
                    if late_ground is not None
                    else None
                )
                if ground is None or not late_reason:
                    raise ValidationError("auction.handover_late", day=dmy(handed_over_on),
                                          due=dmy(due))  # fmt: skip
                lot.late_handover_ground, lot.late_handover_reason = ground, late_reason
            items = items_of(session, lot.id)
            # leaves the warehouse on the head's order (Decree 152 Art 37.3), and reaches the
            # buyer no earlier than the day it left
            left = max(require_exit_order(session, item, ReleaseRequestPurpose.TO_AUCTION)
                       for item in items)  # fmt: skip
            check_not_before(handed_over_on, agency_date(left), "field.handed_over_on",
                             "field.left_warehouse_on")  # fmt: skip
            require_not_own_issue(session, actor, items, ReleaseRequestPurpose.TO_AUCTION)
            minutes = buyer_handover_minutes(session, actor, lot, items, handed_over_on)
            for item in items:
                change_status(session, actor, item, EventKind.HANDED_TO_BUYER,
                        ItemStatus.HANDED_TO_BUYER, lot, minutes.id)  # fmt: skip
            lot.handed_over_on, lot.handover_document_id = handed_over_on, minutes.id
            lot.status = S.HANDED_OVER
            return done(session, lot)

    # -- reading ---------------------------------------------------------------------------
    def get(self, actor: Actor, lot_id: int) -> LotView:
        with unit_of_work(self.db, "noun.auction_lot", read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            lot = load_lot(session, lot_id, None, *S, lock=False)
            return lot_view(session, lot, holidays(session))

    def list(self, actor: Actor, status: LotStatus | None = None) -> list[LotView]:
        """Lots, newest first, optionally of one status."""
        with unit_of_work(self.db, "noun.auction_lot", read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            query = select(AuctionLot).order_by(AuctionLot.id.desc())
            if status is not None:
                query = query.where(AuctionLot.status == status)
            scope = case_scope(session, actor)  # a regional office's own lots (issue 21)
            if scope is not None:
                query = query.where(AuctionLot.case_id.in_(select(Case.id).where(scope)))
            days_off = holidays(session)
            return [lot_view(session, lot, days_off) for lot in session.scalars(query)]

    def ledger(self, actor: Actor, start: date, end: date) -> ReportTable:
        """The auction ledger (Mẫu số 17) of the lots handled from ``start`` to ``end``."""
        # The ledger builder reads this package's views: imported here, not at load, so the
        # report registry and this package never wait on each other.
        from evidence_app.reports.auction_ledger import auction_ledger

        with unit_of_work(self.db, "noun.auction_lot", read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            return auction_ledger(session, start, end, self.today())

    def lot_of_item(self, actor: Actor, item_id: int) -> LotView | None:
        with unit_of_work(self.db, "noun.auction_lot", read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            lot = session.scalars(
                select(AuctionLot)
                .join(AuctionLotItem, AuctionLotItem.lot_id == AuctionLot.id)
                .where(AuctionLotItem.item_id == item_id)
            ).first()
            return lot_view(session, lot, holidays(session)) if lot else None

    # -- steps shared by several actions ---------------------------------------------------
    def _next_price(
        self,
        session: Session,
        lot: AuctionLot,
        rounds: builtins.list[AuctionRound],
        asked: int | None,
    ) -> int:
        if not rounds:
            valued = valuations_of(session, lot.id)[-1].price
            if asked is not None and asked != valued:
                raise ValidationError("auction.first_round_price", price=vnd(valued))
            return valued
        previous = rounds[-1].starting_price
        if rounds[-1].outcome in (RoundOutcome.SALE_CANCELLED, RoundOutcome.BUYER_CANCELLED):
            # not a failure: no reduction (Decree 152/2026 Art 65.5, 67.4)
            if asked is not None and asked != previous:
                raise ValidationError("auction.cancelled_resale_price", price=vnd(previous))
            return previous
        if asked is None:
            raise ValidationError("validation.required", field="field.starting_price")
        price = money(asked, "field.starting_price")
        percent = effective_value(session, "auction.max_reduction_percent")
        lowest = minimum_next_price(previous, percent)
        if price > previous:
            raise ValidationError("auction.price_above_previous", previous=vnd(previous))
        if price < lowest:
            raise ValidationError("auction.reduction_too_large", price=vnd(price),
                                  minimum=vnd(lowest), percent=f"{percent:g}",
                                  previous=vnd(previous))  # fmt: skip
        return price

    @staticmethod
    def _kept_deposit(current: AuctionRound, deposit: int | None) -> int:
        """The forfeited deposit (Decree 152/2026 Art 65.5): the round's own when it was
        recorded; otherwise 0 or an amount the law allows (Law on Asset Auctions Art 39.1)."""
        if deposit is None:
            return current.deposit or 0
        kept = money(deposit, "field.deposit")
        if kept == 0:
            return 0
        if current.deposit is not None and kept != current.deposit:
            raise ValidationError("auction.deposit_not_rounds", deposit=vnd(kept),
                                  agreed=vnd(current.deposit))  # fmt: skip
        return check_deposit(kept, current.starting_price) or 0

    def _post(self, session: Session, lot: AuctionLot, current: AuctionRound, on: date) -> None:
        check_not_after(on, self.today(), "field.posted_on")
        require_open_period(session, LEDGER, on)
        if lot.contract_on is not None:
            check_not_before(on, lot.contract_on, "field.posted_on", "field.contract_on")
        check_after_reschedule(session, current, on, "field.posted_on")
        latest = latest_posting_on(current.auction_on, lot.real_property, holidays(session),
                                   current.shortened)  # fmt: skip
        if on > latest:
            key = "auction.posting_late_real" if lot.real_property else "auction.posting_late"
            if current.shortened:  # Law on Asset Auctions Art 53.2
                key = "auction.posting_late_shortened"
            raise ValidationError(key, day=dmy(on), latest=dmy(latest),
                                  auction=dmy(current.auction_on))  # fmt: skip
        current.posted_on = on

    def _held_round(self, session: Session, lot: AuctionLot) -> AuctionRound:
        """The scheduled round, once posted, publicly notified as Law on Asset Auctions
        Art 57 requires, and held (its date reached)."""
        rounds = rounds_of(session, lot.id)
        current = rounds[-1]
        if current.posted_on is None:
            raise ValidationError("auction.not_posted", auction=dmy(current.auction_on))
        if current.auction_on > self.today():
            raise ValidationError("auction.not_held_yet", auction=dmy(current.auction_on))
        ground = shortened_ground(lot, rounds[:-1], current.starting_price)
        check_notices(lot, current, ground, counted_notices(session, current), holidays(session))
        return current


def register() -> None:
    """Add the auction deadlines to the dashboard's sources (once)."""
    if auction_deadlines not in SOURCES:
        SOURCES.append(auction_deadlines)


register()
