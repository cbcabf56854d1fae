"""After a failed round: the creditor declines (at the costs, the asset goes back to the
debtor, Law 106/2025 Art 83.3) or takes the asset at the last price with the notices and
windows of Decree 152/2026 Art 65.6 and 66; and the debtor's redemption (Law Art 83.4).
A mixin of ``AuctionService``: each action is one transaction."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import AuctionLot, Case, SalePayment
from evidence_app.domain.calendar import add_working_days
from evidence_app.domain.enums import EventKind, ItemStatus, LotStatus, RoundOutcome, SaleMethod
from evidence_app.domain.errors import ValidationError
from evidence_app.domain.messages import text as message
from evidence_app.domain.permissions import Permission
from evidence_app.domain.rules import value
from evidence_app.services.admin import holidays
from evidence_app.services.auctions.checks import (
    Buyer,
    check_not_after,
    check_not_before,
    dmy,
    money,
    vnd,
)
from evidence_app.services.auctions.papers import issue_step_paper
from evidence_app.services.auctions.rounds import creditor_may_take
from evidence_app.services.auctions.rows import (
    change_status,
    done,
    items_of,
    load_lot,
    open_lot,
    owed,
    pay,
    rounds_of,
    sell,
)
from evidence_app.services.auctions.views import LotView
from evidence_app.services.core.auth import Actor, authorize
from evidence_app.services.core.closed_periods import require_open_period
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.outcomes import add_payment

S = LotStatus
LEDGER = "auction_ledger"


def taking_windows(lot: AuctionLot, days_off: object) -> dict[str, date]:
    """The taking's deadlines (Decree 152/2026 Art 65.6): debtor's notice (3 working days
    from the request), redemption (5 from that notice), creditor's payment (5 from his)."""
    found: dict[str, date] = {}
    off = days_off  # a WorkCalendar or a set of days
    if lot.creditor_request_on is not None and lot.debtor_notified_on is None:
        found["deadline.taking_debtor_notice"] = add_working_days(
            lot.creditor_request_on,
            value("taking.debtor_notice_working_days"),
            off,  # type: ignore[arg-type]
        )
    if lot.debtor_notified_on is not None and lot.creditor_notified_on is None:
        found["deadline.taking_redeem"] = add_working_days(
            lot.debtor_notified_on,
            value("taking.redeem_working_days"),
            off,  # type: ignore[arg-type]
        )
    if lot.creditor_notified_on is not None:
        found["deadline.taking_creditor_pays"] = add_working_days(
            lot.creditor_notified_on,
            value("taking.creditor_pay_working_days"),
            off,  # type: ignore[arg-type]
        )
    return found


class TakingActions:
    """Failed-round answers, the creditor's taking and the debtor's redemption."""

    db: Database
    today: Callable[[], date]

    def _open(self, session: Session, actor: Actor, lot_id: int, version: int | None,
              *allowed: LotStatus) -> AuctionLot:  # fmt: skip
        return open_lot(session, actor, Permission.MANAGE_AUCTIONS, lot_id, version, *allowed)

    def _dated(self, session: Session, on: date, field: str) -> None:
        check_not_after(on, self.today(), field)
        require_open_period(session, LEDGER, on)

    def difference_due(self, actor: Actor, lot_id: int) -> int:
        """What the creditor taking the lot pays in: the last price over what is owed (Decree
        152/2026 Art 66); for the screen and the demo."""
        with unit_of_work(self.db, "noun.auction_lot", read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            lot = load_lot(session, lot_id, None, *S, lock=False)
            rounds = rounds_of(session, lot.id)
            if not rounds:
                return 0
            price = rounds[-1].starting_price
            return price - min(price, owed(session, lot))

    def redemption_due(self, actor: Actor, lot_id: int) -> int:
        """What the debtor pays to take the asset back: the debt left and the costs (Law
        106/2025 Art 83.4)."""
        with unit_of_work(self.db, "noun.auction_lot", read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            lot = load_lot(session, lot_id, None, *S, lock=False)
            return owed(session, lot) + lot.enforcement_costs

    def record_costs(
        self, actor: Actor, lot_id: int, costs: int, expected_version: int | None = None
    ) -> LotView:
        """The enforcement costs so far: the floor of Law 106/2025 Art 83.3."""
        with unit_of_work(self.db, "noun.auction_lot", str(lot_id)) as session:
            lot = self._open(session, actor, lot_id, expected_version, *_UNSOLD)
            lot.enforcement_costs = money(costs, "field.enforcement_costs")
            return done(session, lot)

    def creditor_declines(
        self, actor: Actor, lot_id: int, declined_on: date, expected_version: int | None = None
    ) -> LotView:
        """The creditor, offered the asset after the second reduction, declines it: a further
        reduction may follow; at or below the costs the asset goes back to the debtor, barred
        from transactions, and the lot ends (Law 106/2025 Art 83.3)."""
        with unit_of_work(self.db, "noun.auction_lot", str(lot_id)) as session:
            lot = self._open(session, actor, lot_id, expected_version, S.ROUND_FAILED)
            rounds = rounds_of(session, lot.id)
            failed = rounds[-1]
            if not creditor_may_take(rounds):
                raise ValidationError("auction.creditor_not_yet",
                    needed=value("auction.creditor_option_after_reductions"),
                    done=len(rounds) - 1)  # fmt: skip
            if failed.creditor_declined_on is not None:
                raise ValidationError("round.already_declined",
                                      day=dmy(failed.creditor_declined_on))  # fmt: skip
            self._dated(session, declined_on, "field.declined_on")
            # Decree 152/2026 Art 65.6: the creditor answers the notice of the failure.
            if failed.parties_notified_on is None:
                raise ValidationError("taking.before_failure_notice", seq=failed.seq)
            check_not_before(declined_on, failed.parties_notified_on, "field.declined_on",
                             "field.parties_notified_on")  # fmt: skip
            failed.creditor_declined_on = declined_on
            if failed.starting_price <= lot.enforcement_costs:
                extra: dict[str, object] = {"reason": "cost_floor", "price": failed.starting_price,
                         "costs": lot.enforcement_costs, "on": declined_on.isoformat()}  # fmt: skip
                _back_to_debtor(session, actor, lot, S.RETURNED_TO_DEBTOR, declined_on, extra)
            return done(session, lot)

    def creditor_requests(
        self, actor: Actor, lot_id: int, request_on: date, expected_version: int | None = None
    ) -> LotView:
        """The creditor's request to take the asset at the last price, received (Art 65.6)."""
        with unit_of_work(self.db, "noun.auction_lot", str(lot_id)) as session:
            lot = self._open(session, actor, lot_id, expected_version, S.ROUND_FAILED)
            rounds = rounds_of(session, lot.id)
            if not creditor_may_take(rounds):
                raise ValidationError("auction.creditor_not_yet",
                    needed=value("auction.creditor_option_after_reductions"),
                    done=len(rounds) - 1)  # fmt: skip
            if rounds[-1].creditor_declined_on is not None:
                raise ValidationError("round.already_declined",
                                      day=dmy(rounds[-1].creditor_declined_on))  # fmt: skip
            self._dated(session, request_on, "field.request_on")
            # Decree 152/2026 Art 65.6: the creditor answers the officer's notice of the
            # failure, which offers him the asset; no answer before that notice.
            told = rounds[-1].parties_notified_on
            if told is None:
                raise ValidationError("taking.before_failure_notice", seq=rounds[-1].seq)
            check_not_before(request_on, told, "field.request_on", "field.parties_notified_on")
            lot.creditor_request_on, lot.status = request_on, S.CREDITOR_TAKING
            return done(session, lot)

    def notify_debtor_of_taking(
        self, actor: Actor, lot_id: int, notified_on: date, expected_version: int | None = None
    ) -> LotView:
        """The debtor told, within 3 working days of the request (Decree Art 65.6)."""
        with unit_of_work(self.db, "noun.auction_lot", str(lot_id)) as session:
            lot = self._open(session, actor, lot_id, expected_version, S.CREDITOR_TAKING)
            if lot.debtor_notified_on is not None:
                raise ValidationError("taking.wrong_step")
            self._dated(session, notified_on, "field.notified_on_taking")
            assert lot.creditor_request_on is not None
            check_not_before(notified_on, lot.creditor_request_on, "field.notified_on_taking",
                             "field.request_on")  # fmt: skip
            due = taking_windows(lot, holidays(session))["deadline.taking_debtor_notice"]
            if notified_on > due:
                raise ValidationError("taking.late", day=dmy(notified_on), latest=dmy(due),
                    what=value("taking.debtor_notice_working_days"))  # fmt: skip
            lot.debtor_notified_on = notified_on
            issue_step_paper(session, actor, lot, "taking_debtor_notice")  # Decree Art 65.6
            return done(session, lot)

    def notify_creditor_to_pay(
        self, actor: Actor, lot_id: int, notified_on: date, expected_version: int | None = None
    ) -> LotView:
        """The debtor did not redeem in his 5 working days: the creditor is told to pay the
        difference (Decree Art 65.6); not before the window has closed."""
        with unit_of_work(self.db, "noun.auction_lot", str(lot_id)) as session:
            lot = self._open(session, actor, lot_id, expected_version, S.CREDITOR_TAKING)
            if lot.debtor_notified_on is None or lot.creditor_notified_on is not None:
                raise ValidationError("taking.wrong_step")
            self._dated(session, notified_on, "field.notified_on_taking")
            until = taking_windows(lot, holidays(session))["deadline.taking_redeem"]
            if notified_on <= until:
                raise ValidationError("taking.too_early", until=dmy(until))
            lot.creditor_notified_on = notified_on
            issue_step_paper(session, actor, lot, "taking_creditor_notice")  # Art 65.6, 66
            return done(session, lot)

    def creditor_takes(
        self,
        actor: Actor,
        lot_id: int,
        creditor: Buyer,
        taken_on: date,
        difference: int = 0,
        expected_version: int | None = None,
    ) -> LotView:
        """The creditor takes the asset at the last starting price: the part up to what is
        owed is set off and credited to the case that day, any excess he pays in within 5
        working days of his notice (Decree 152/2026 Art 65.6, 66)."""
        name, address = creditor.checked()
        with unit_of_work(self.db, "noun.auction_lot", str(lot_id)) as session:
            lot = self._open(session, actor, lot_id, expected_version, S.CREDITOR_TAKING)
            if lot.creditor_notified_on is None:
                raise ValidationError("taking.wrong_step")
            self._dated(session, taken_on, "field.sold_on")
            check_not_before(taken_on, lot.creditor_notified_on, "field.sold_on",
                             "field.notified_on_taking")  # fmt: skip
            due = taking_windows(lot, holidays(session))["deadline.taking_creditor_pays"]
            if taken_on > due:
                raise ValidationError("taking.late", day=dmy(taken_on), latest=dmy(due),
                    what=value("taking.creditor_pay_working_days"))  # fmt: skip
            price = rounds_of(session, lot.id)[-1].starting_price
            set_off = min(price, owed(session, lot))
            paid = money(difference, "field.difference")
            if paid != price - set_off:
                raise ValidationError("taking.difference_wrong", due=vnd(price - set_off),
                                      paid=vnd(paid))  # fmt: skip
            sell(session, actor, lot, SaleMethod.CREDITOR, name, address, price, taken_on, 0)
            if paid:
                pay(session, actor, lot, paid, taken_on, "Tiền chênh lệch (Điều 66 NĐ 152/2026)")
            # The last payment credits the case by min(price, owed) = what is set off.
            pay(session, actor, lot, set_off, taken_on, "Trừ vào tiền được thi hành án")
            return done(session, lot)

    def redeem(
        self, actor: Actor, lot_id: int, paid_on: date, amount: int,
        expected_version: int | None = None,
    ) -> LotView:  # fmt: skip
        """The debtor pays the debt and the costs in full and takes the asset back: at least
        one working day before the auction (Law 106/2025 Art 83.4), or within the 5 working
        days of the creditor's taking (Decree Art 65.6). The lot ends."""
        with unit_of_work(self.db, "noun.auction_lot", str(lot_id)) as session:
            # Money is booked by the accountant, not the officer selling (issue 17).
            lot = open_lot(
                session, actor, Permission.RECORD_SALE_PAYMENT, lot_id, expected_version, *_UNSOLD
            )
            self._dated(session, paid_on, "field.redeemed_on")
            refunded = session.scalar(  # the day a buyer took his money back (Art 67.4)
                select(func.max(SalePayment.paid_on)).where(
                    SalePayment.lot_id == lot.id, SalePayment.amount < 0
                )
            )
            if refunded is not None:  # before it, the case still counted his sale
                check_not_before(paid_on, refunded, "field.redeemed_on", "field.cancelled_on")
            days_off = holidays(session)
            rounds = rounds_of(session, lot.id)
            if lot.status is S.CREDITOR_TAKING:
                if lot.debtor_notified_on is None or lot.creditor_notified_on is not None:
                    raise ValidationError("taking.wrong_step")
                until = taking_windows(lot, days_off)["deadline.taking_redeem"]
                if paid_on > until:
                    raise ValidationError("taking.late", day=dmy(paid_on), latest=dmy(until),
                        what=value("taking.redeem_working_days"))  # fmt: skip
            elif rounds and rounds[-1].outcome is RoundOutcome.SCHEDULED:
                auction_on = rounds[-1].auction_on
                latest = add_working_days(auction_on, -1, days_off)
                if paid_on > latest:
                    raise ValidationError("redeem.too_late", latest=dmy(latest),
                                          auction=dmy(auction_on))  # fmt: skip
            left = owed(session, lot)
            due = left + lot.enforcement_costs
            got = money(amount, "field.amount")
            if got < due or got <= 0:
                raise ValidationError("redeem.not_enough", due=vnd(due), paid=vnd(got))
            case = session.get(Case, lot.case_id)
            assert case is not None
            add_payment(
                session, case, amount=left + lot.enforcement_costs, costs=lot.enforcement_costs,
                paid_on=paid_on, document=(f"#{lot.id}", paid_on, "Người phải thi hành án"),
                recorded_by=actor.user_id, at=datetime.now(UTC), lot_id=lot.id,
                note=f"Nộp đủ tiền nhận lại tài sản: {lot.name}",
            )  # fmt: skip
            if rounds and rounds[-1].outcome is RoundOutcome.SCHEDULED:
                rounds[-1].outcome = RoundOutcome.FAILED  # the auction does not take place
            extra: dict[str, object] = {"reason": "redeemed", "amount": got,
                                        "on": paid_on.isoformat()}  # fmt: skip
            _back_to_debtor(session, actor, lot, S.REDEEMED, paid_on, extra)
            return done(session, lot)


_UNSOLD = (S.AWAITING_VALUATION, S.VALUED, S.CONTRACTED, S.ROUND_SCHEDULED, S.ROUND_FAILED,
           S.CREDITOR_TAKING)  # fmt: skip


def _back_to_debtor(
    session: Session, actor: Actor, lot: AuctionLot, status: LotStatus, on: date,
    extra: dict[str, object],
) -> None:  # fmt: skip
    """The lot ends and its items go back to storage, to leave to the debtor on the head's
    exit order like any return (release purpose RETURN_TO_OWNER; Law 106/2025 Art 83.3–83.4,
    Decree 152/2026 Art 37.3): nothing leaves the warehouse without that order.

    At the cost floor (RETURNED_TO_DEBTOR) the debtor may not put the asset into any civil
    transaction until the obligation is done (Law Art 83.3 para 3): the bar is written on
    each item's event, which cites the notice handing the asset back, numbered here in the
    step's transaction (a failed numbering writes nothing)."""
    lot.status, lot.ended_on = status, on
    paper: int | None = None
    note: str | None = None
    if status is S.RETURNED_TO_DEBTOR:
        extra = {**extra, "barred_from_transactions": True}  # Law 106/2025 Art 83.3
        paper = issue_step_paper(session, actor, lot, "return_to_debtor").id
        note = message("auction.barred_from_transactions", "vi")
    for item in items_of(session, lot.id):
        if item.status is ItemStatus.AWAITING_AUCTION:
            change_status(session, actor, item, EventKind.RETURNED_TO_DEBTOR,
                          ItemStatus.IN_STORAGE, lot, paper, extra=extra,
                          note=note)  # fmt: skip
