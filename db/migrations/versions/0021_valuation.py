"""valuation by each method of Law 106/2025 Art 82 (the basis, the contract/agreement/
conclusion/request and its date, the advance paid for a re-valuation); and the minimum wage by region (Decree 293/2025/NĐ-CP Art 3.1; issue 18): an agency that had
typed one of the 2026 regional figures as its single minimum wage gets that region as its
``region.zone`` setting and its typed figure emptied (the row stays: nothing is deleted), so
the figure now comes from the table; any other typed figure stays an override.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import db.column_types

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_WAGE = "rule.region.minimum_wage_vnd"
_ZONE = "rule.region.zone"
#: Decree 293/2025 Art 3.1, copied here: a migration must not change when the code does.
_FIGURES = {5_310_000: 1, 4_730_000: 2, 4_140_000: 3, 3_700_000: 4}
_setting = sa.table("setting", sa.column("key", sa.String), sa.column("value", sa.String))


def _get(conn: sa.Connection, key: str) -> str | None:
    return conn.execute(sa.select(_setting.c.value).where(_setting.c.key == key)).scalar()


def _put(conn: sa.Connection, key: str, value: str) -> None:
    if _get(conn, key) is None:
        conn.execute(sa.insert(_setting).values(key=key, value=value))
    else:
        conn.execute(sa.update(_setting).where(_setting.c.key == key).values(value=value))


def upgrade() -> None:
    with op.batch_alter_table("auction_valuation", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("basis", sa.String(length=32), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("paper_number", sa.String(length=60), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("paper_on", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("advance_paid", sa.BigInteger(), nullable=False, server_default="0")
        )
    op.create_table(
        "auction_priority_notice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lot_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("notified_on", sa.Date(), nullable=False),
        sa.Column("declared_on", sa.Date(), nullable=True),
        sa.Column("recorded_by", sa.Integer(), nullable=True),
        sa.Column("created_at", db.column_types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["lot_id"], ["auction_lot.id"],
                                name=op.f("fk_auction_priority_notice_lot_id_auction_lot")),
        sa.ForeignKeyConstraint(["recorded_by"], ["app_user.id"],
                                name=op.f("fk_auction_priority_notice_recorded_by_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_auction_priority_notice")),
    )  # fmt: skip
    op.create_index(op.f("ix_auction_priority_notice_lot_id"), "auction_priority_notice",
                    ["lot_id"], unique=False)  # fmt: skip
    conn = op.get_bind()
    typed = (_get(conn, _WAGE) or "").strip()
    try:
        region = _FIGURES.get(int(float(typed))) if typed else None
    except ValueError:
        region = None
    if region is not None:
        _put(conn, _ZONE, str(region))
        _put(conn, _WAGE, "")


def downgrade() -> None:
    conn = op.get_bind()
    typed = (_get(conn, _WAGE) or "").strip()
    zone = (_get(conn, _ZONE) or "").strip()
    if not typed and zone:
        figure = {r: f for f, r in _FIGURES.items()}.get(int(float(zone)))
        if figure is not None and figure != 5_310_000:
            _put(conn, _WAGE, str(figure))
        _put(conn, _ZONE, "")
    op.drop_index(op.f("ix_auction_priority_notice_lot_id"), table_name="auction_priority_notice")
    op.drop_table("auction_priority_notice")
    with op.batch_alter_table("auction_valuation", schema=None) as batch_op:
        batch_op.drop_column("advance_paid")
        batch_op.drop_column("paper_on")
        batch_op.drop_column("paper_number")
        batch_op.drop_column("basis")
