"""the head's confirmation of a case's corrections (issue 19): a ``case_change`` (amount,
officer, decision date, a void) counts in the statistics only once a head who did not
record it accepts it, as outcomes and payments do (Law 106/2025 Art 22; Decree 152/2026
Art 38), so ``case_confirmation`` takes a ``change_id``; its append-only and closed-period
triggers are made again (SQLite's batch mode copies the table without them); and Decree
152/2026 Art 22: the verifications of Law Art 38.3 (``case_verification``) and the copy to
the procuracy of a notice returning a request (``case_outcome_copy``), both append-only

Revision ID: 0027
Revises: 0024
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import db.column_types
from db import append_only, closed_periods

revision: str = "0027"
down_revision: str | None = "0026"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TABLE = ("case_confirmation",)


def upgrade() -> None:
    bind = op.get_bind()
    append_only.drop_guards(bind, _TABLE, keep_function=True)
    closed_periods.drop_guards(bind)
    with op.batch_alter_table("case_confirmation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("change_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_case_confirmation_change_id_case_change"),
            "case_change", ["change_id"], ["id"],
        )  # fmt: skip
        batch_op.create_index(
            batch_op.f("ix_case_confirmation_change_id"), ["change_id"], unique=True
        )
    append_only.create_guards(bind, _TABLE)
    closed_periods.create_guards(bind)
    _create_art22_tables()
    append_only.create_guards(bind, append_only.ART22_TABLES)


def _create_art22_tables() -> None:
    """Decree 152/2026 Art 22: the verifications of Law Art 38.3 and the procuracy's copy of
    the notice returning a request."""
    op.create_table(
        "case_verification",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("verified_on", sa.Date(), nullable=False),
        sa.Column("doc_number", sa.String(length=60), nullable=False),
        sa.Column("doc_date", sa.Date(), nullable=False),
        sa.Column("doc_issuer", sa.String(length=200), nullable=False),
        sa.Column("new_information", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=True),
        sa.Column("recorded_at", db.column_types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["enforcement_case.id"],
            name=op.f("fk_case_verification_case_id_enforcement_case"),
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["app_user.id"],
            name=op.f("fk_case_verification_recorded_by_app_user"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_verification")),
    )  # fmt: skip
    with op.batch_alter_table("case_verification", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_case_verification_case_id"), ["case_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_case_verification_verified_on"), ["verified_on"], unique=False
        )
    op.create_table(
        "case_outcome_copy",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("outcome_id", sa.Integer(), nullable=False),
        sa.Column("recipient", sa.String(length=200), nullable=False),
        sa.Column("number", sa.String(length=60), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["outcome_id"], ["case_outcome.id"],
            name=op.f("fk_case_outcome_copy_outcome_id_case_outcome"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_outcome_copy")),
        sa.UniqueConstraint("outcome_id", name=op.f("uq_case_outcome_copy_outcome_id")),
    )  # fmt: skip


def downgrade() -> None:
    bind = op.get_bind()
    append_only.drop_guards(bind, append_only.ART22_TABLES, keep_function=True)
    op.drop_table("case_outcome_copy")
    with op.batch_alter_table("case_verification", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_verification_verified_on"))
        batch_op.drop_index(batch_op.f("ix_case_verification_case_id"))
    op.drop_table("case_verification")
    append_only.drop_guards(bind, _TABLE, keep_function=True)
    closed_periods.drop_guards(bind)
    with op.batch_alter_table("case_confirmation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_confirmation_change_id"))
        batch_op.drop_constraint(
            batch_op.f("fk_case_confirmation_change_id_case_change"), type_="foreignkey"
        )
        batch_op.drop_column("change_id")
    append_only.create_guards(bind, _TABLE)
    closed_periods.create_guards(bind, confirm_changes=False)
