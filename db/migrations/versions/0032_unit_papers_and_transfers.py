"""papers numbered per unit and transfers between units (issue 21).

A regional office (Phòng THADS khu vực, Law 106/2025 Art 13–14) prints its papers under its
own name and numbers them in its own sequence (``15/BB-THADS-KV1``): ``document`` gets the
issuing unit (NULL: the provincial agency, as every paper printed before) and is unique by
kind, year and printed number instead of by sequence number; the number column widens for
the unit's code. Items moved from one unit's warehouse to another's travel on a transfer:
the sender's handover paper, then the receiver's receipt paper (``unit_transfer`` and its
items). A destruction council belongs to the unit setting it up. ``document`` is append-only: SQLite's batch mode rebuilds it, so its guards are
dropped around the change and made again.

Revision ID: 0032
Revises: 0031
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import db.column_types
from db import append_only

revision: str = "0032"
down_revision: str | None = "0031"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_UNIQUE = "uq_document_kind_year_seq_no"
NEW_UNIQUE = "uq_document_kind_year_number"
DOCUMENT = ("document",)


def upgrade() -> None:
    bind = op.get_bind()
    append_only.drop_guards(bind, DOCUMENT, keep_function=True)
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.add_column(sa.Column("unit_id", sa.Integer(), nullable=True))
        batch_op.alter_column(
            "number", existing_type=sa.String(length=40), type_=sa.String(length=60)
        )
        batch_op.drop_constraint(OLD_UNIQUE, type_="unique")
        batch_op.create_unique_constraint(batch_op.f(NEW_UNIQUE), ["kind", "year", "number"])
        batch_op.create_index(batch_op.f("ix_document_unit_id"), ["unit_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_document_unit_id_unit"), "unit", ["unit_id"], ["id"]
        )
    append_only.create_guards(bind, DOCUMENT)
    # ``doc:<kind>:<unit code>`` (the unit's code has up to 20 characters).
    with op.batch_alter_table("number_sequence", schema=None) as batch_op:
        batch_op.alter_column("name", existing_type=sa.String(length=40), type_=sa.String(length=60))
    # A destruction council is its unit's (NULL: the provincial agency, as every older one).
    with op.batch_alter_table("destruction_council", schema=None) as batch_op:
        batch_op.add_column(sa.Column("unit_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_destruction_council_unit_id"), ["unit_id"])
        batch_op.create_foreign_key(
            batch_op.f("fk_destruction_council_unit_id_unit"), "unit", ["unit_id"], ["id"]
        )
    op.create_table(
        "unit_transfer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("from_unit_id", sa.Integer(), nullable=False),
        sa.Column("to_unit_id", sa.Integer(), nullable=False),
        sa.Column("to_location_id", sa.Integer(), nullable=False),
        sa.Column("sent_by", sa.Integer(), nullable=False),
        sa.Column("sent_at", db.column_types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("handover_document_id", sa.Integer(), nullable=False),
        sa.Column("received_by", sa.Integer(), nullable=True),
        sa.Column("received_at", db.column_types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("receipt_document_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
        sa.Column("created_at", db.column_types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["from_unit_id"], ["unit.id"], name=op.f("fk_unit_transfer_from_unit_id_unit")
        ),
        sa.ForeignKeyConstraint(
            ["to_unit_id"], ["unit.id"], name=op.f("fk_unit_transfer_to_unit_id_unit")
        ),
        sa.ForeignKeyConstraint(
            ["to_location_id"],
            ["location.id"],
            name=op.f("fk_unit_transfer_to_location_id_location"),
        ),
        sa.ForeignKeyConstraint(
            ["sent_by"], ["app_user.id"], name=op.f("fk_unit_transfer_sent_by_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["received_by"], ["app_user.id"], name=op.f("fk_unit_transfer_received_by_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["handover_document_id"],
            ["document.id"],
            name=op.f("fk_unit_transfer_handover_document_id_document"),
        ),
        sa.ForeignKeyConstraint(
            ["receipt_document_id"],
            ["document.id"],
            name=op.f("fk_unit_transfer_receipt_document_id_document"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit_transfer")),
    )
    with op.batch_alter_table("unit_transfer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_unit_transfer_to_unit_id"), ["to_unit_id"])
        batch_op.create_index(batch_op.f("ix_unit_transfer_from_unit_id"), ["from_unit_id"])
    op.create_table(
        "unit_transfer_item",
        sa.Column("transfer_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["transfer_id"],
            ["unit_transfer.id"],
            name=op.f("fk_unit_transfer_item_transfer_id_unit_transfer"),
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["item.id"], name=op.f("fk_unit_transfer_item_item_id_item")
        ),
        sa.PrimaryKeyConstraint("transfer_id", "item_id", name=op.f("pk_unit_transfer_item")),
    )
    with op.batch_alter_table("unit_transfer_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_unit_transfer_item_item_id"), ["item_id"])


def downgrade() -> None:
    bind = op.get_bind()
    op.drop_table("unit_transfer_item")
    op.drop_table("unit_transfer")
    with op.batch_alter_table("destruction_council", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_destruction_council_unit_id_unit"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_destruction_council_unit_id"))
        batch_op.drop_column("unit_id")
    with op.batch_alter_table("number_sequence", schema=None) as batch_op:
        batch_op.alter_column("name", existing_type=sa.String(length=60), type_=sa.String(length=40))
    append_only.drop_guards(bind, DOCUMENT, keep_function=True)
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_document_unit_id_unit"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_document_unit_id"))
        batch_op.drop_constraint(batch_op.f(NEW_UNIQUE), type_="unique")
        batch_op.create_unique_constraint(OLD_UNIQUE, ["kind", "year", "seq_no"])
        batch_op.alter_column(
            "number", existing_type=sa.String(length=60), type_=sa.String(length=40)
        )
        batch_op.drop_column("unit_id")
    append_only.create_guards(bind, DOCUMENT)
