"""Who keeps a copy of the minutes: one list gives both the number of copies stated in the
closing words ("lập thành 04 bản") and the "Nơi nhận:" list, so the two always agree
(Decree 30/2020 Appendix I: the recipients block; Decree 152/2026 Art 37.2.d: four copies of
the handover minutes — giver, receiver, the receiver's accountant, the case file)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from evidence_app.documents import parts


def copies_sentence(holders: Sequence[str]) -> str:
    """ "Biên bản được lập thành 04 bản có giá trị như nhau, mỗi nơi nhận dưới đây giữ 01
    bản." — the number is the number of holders, with a leading zero (Decree 30)."""
    return (
        f"Biên bản được lập thành {len(holders):02d} bản có giá trị như nhau, "
        "mỗi nơi nhận dưới đây giữ 01 bản."
    )


def recipient_lines(holders: Sequence[str]) -> tuple[str, ...]:
    """The "Nơi nhận:" lines: "<holder>: 01 bản;" each, the last closed with a full stop."""
    return tuple(
        f"{holder}: 01 bản{'.' if i == len(holders) else ';'}"
        for i, holder in enumerate(holders, 1)
    )


def recipients_tail(holders: Sequence[str]) -> list[Flowable]:
    """ "Nơi nhận:" and its lines, to end the signatures' block (``parts.signatures(tail=)``)
    so the list never stands alone on a last page."""
    return [parts.space(4), *parts.recipients(recipient_lines(holders))]
