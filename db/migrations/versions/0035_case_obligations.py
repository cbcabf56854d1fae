"""one obligation of a case (issue 19): ``case_obligation`` lists what one enforcement
decision orders (Law 106/2025 Art 3.8: one decision, one case), each with its kind and
amount, listed once and summing to the case's amount; append-only. ``case_outcome`` and
``case_payment`` take a nullable ``obligation_id``: an outcome or payment for one obligation,
or (None) for the whole case as before. SQLite's batch mode copies those two tables, so
their append-only and closed-period triggers are made again, as in 0027.

Revision ID: 0035
Revises: 0033
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import db.column_types
from db import append_only, closed_periods

revision: str = "0035"
down_revision: str | None = "0034"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_RECORDS = ("case_outcome", "case_payment")


def upgrade() -> None:
    bind = op.get_bind()
    op.create_table(
        "case_obligation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.Enum("state_budget", "court_fees", "to_party", "hand_over_asset",
                                  "other", name="obligationkind", native_enum=False,
                                  create_constraint=False, length=32), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=True),
        sa.Column("recorded_at", db.column_types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["enforcement_case.id"],
                                name=op.f("fk_case_obligation_case_id_enforcement_case")),
        sa.ForeignKeyConstraint(["recorded_by"], ["app_user.id"],
                                name=op.f("fk_case_obligation_recorded_by_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_obligation")),
        sa.UniqueConstraint("case_id", "position",
                            name=op.f("uq_case_obligation_case_id_position")),
    )  # fmt: skip
    op.create_index(op.f("ix_case_obligation_case_id"), "case_obligation", ["case_id"],
                    unique=False)  # fmt: skip
    append_only.create_guards(bind, append_only.OBLIGATION_TABLES)
    append_only.drop_guards(bind, _RECORDS, keep_function=True)
    closed_periods.drop_guards(bind)
    for table in _RECORDS:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("obligation_id", sa.Integer(), nullable=True))
            batch_op.create_foreign_key(
                batch_op.f(f"fk_{table}_obligation_id_case_obligation"),
                "case_obligation", ["obligation_id"], ["id"],
            )  # fmt: skip
            batch_op.create_index(
                batch_op.f(f"ix_{table}_obligation_id"), ["obligation_id"], unique=False
            )
    append_only.create_guards(bind, _RECORDS)
    closed_periods.create_guards(bind)


def downgrade() -> None:
    bind = op.get_bind()
    append_only.drop_guards(bind, _RECORDS, keep_function=True)
    closed_periods.drop_guards(bind)
    for table in _RECORDS:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{table}_obligation_id"))
            batch_op.drop_constraint(
                batch_op.f(f"fk_{table}_obligation_id_case_obligation"), type_="foreignkey"
            )
            batch_op.drop_column("obligation_id")
    append_only.create_guards(bind, _RECORDS)
    closed_periods.create_guards(bind)
    append_only.drop_guards(bind, append_only.OBLIGATION_TABLES, keep_function=True)
    op.drop_index(op.f("ix_case_obligation_case_id"), table_name="case_obligation")
    op.drop_table("case_obligation")
