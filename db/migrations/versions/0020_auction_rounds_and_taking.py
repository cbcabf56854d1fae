"""failed rounds, the creditor's taking and the debtor's redemption (Law 106/2025 Art 83.3,
83.4; Decree 152/2026 Art 65.6, 66; issue 18): the dates of the notice of failure, the
reduction decision and the creditor's refusal on each round; the enforcement costs, the
creditor's request and the notices of the taking, and the day the lot ended, on the lot

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ROUND = ("failure_noticed_on", "reduction_decided_on", "creditor_declined_on")
_LOT = ("creditor_request_on", "debtor_notified_on", "creditor_notified_on", "ended_on")


def upgrade() -> None:
    with op.batch_alter_table("auction_round", schema=None) as batch_op:
        for name in _ROUND:
            batch_op.add_column(sa.Column(name, sa.Date(), nullable=True))
    with op.batch_alter_table("auction_lot", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("enforcement_costs", sa.BigInteger(), nullable=False, server_default="0")
        )
        for name in _LOT:
            batch_op.add_column(sa.Column(name, sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("auction_lot", schema=None) as batch_op:
        for name in reversed(_LOT):
            batch_op.drop_column(name)
        batch_op.drop_column("enforcement_costs")
    with op.batch_alter_table("auction_round", schema=None) as batch_op:
        for name in reversed(_ROUND):
            batch_op.drop_column(name)
