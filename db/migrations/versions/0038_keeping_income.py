"""a keeper's income from exploiting an asset (issue 19; Law 106/2025 Art 40.3): the income,
after the related costs, is paid to the agency to enforce the judgment. ``keeping_income``
names the case payment it is credited as (gross and costs there), the keeping place and the
keeping minutes (Decree 152/2026 Art 24.4) it was earned under; append-only.

Revision ID: 0038
Revises: 0037
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db import append_only

revision: str = "0038"
down_revision: str | None = "0037"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The table as this revision guards it.
_TABLES = ("keeping_income",)


def upgrade() -> None:
    op.create_table(
        "keeping_income",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("payment_id", sa.Integer(), nullable=False),
        sa.Column("warehouse_id", sa.Integer(), nullable=False),
        sa.Column("minutes_document_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["payment_id"], ["case_payment.id"],
                                name=op.f("fk_keeping_income_payment_id_case_payment")),
        sa.ForeignKeyConstraint(["warehouse_id"], ["warehouse.id"],
                                name=op.f("fk_keeping_income_warehouse_id_warehouse")),
        sa.ForeignKeyConstraint(["minutes_document_id"], ["document.id"],
                                name=op.f("fk_keeping_income_minutes_document_id_document")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_keeping_income")),
        sa.UniqueConstraint("payment_id", name=op.f("uq_keeping_income_payment_id")),
    )  # fmt: skip
    op.create_index(op.f("ix_keeping_income_warehouse_id"), "keeping_income", ["warehouse_id"],
                    unique=False)  # fmt: skip
    op.create_index(op.f("ix_keeping_income_minutes_document_id"), "keeping_income",
                    ["minutes_document_id"], unique=False)  # fmt: skip
    append_only.create_guards(op.get_bind(), _TABLES)


def downgrade() -> None:
    append_only.drop_guards(op.get_bind(), _TABLES, keep_function=True)
    op.drop_index(op.f("ix_keeping_income_minutes_document_id"), table_name="keeping_income")
    op.drop_index(op.f("ix_keeping_income_warehouse_id"), table_name="keeping_income")
    op.drop_table("keeping_income")
