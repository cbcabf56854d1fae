"""destruction councils (Hội đồng tiêu hủy): members, items listed, photos

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import db.column_types


revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "destruction_council",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("decision_number", sa.String(length=60), nullable=False),
        sa.Column("decision_date", sa.Date(), nullable=False),
        sa.Column(
            "status",
            sa.Enum("open", "completed", name="councilstatus", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("supervisor_name", sa.String(length=200), nullable=False),
        sa.Column("supervisor_position", sa.String(length=200), nullable=False),
        sa.Column("supervisor_agency", sa.String(length=300), nullable=False),
        sa.Column("contractor", sa.String(length=300), nullable=False),
        sa.Column("contract_reference", sa.String(length=200), nullable=False),
        sa.Column(
            "method",
            sa.Enum(
                "burn",
                "smash",
                "bury",
                "other",
                name="destructionmethod",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("method_other", sa.String(length=300), nullable=False),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("started_at", db.column_types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("ended_at", db.column_types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("voted_at", db.column_types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("completed_by", sa.Integer(), nullable=True),
        sa.Column("completed_at", db.column_types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("decision_document_id", sa.Integer(), nullable=True),
        sa.Column("minutes_document_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", db.column_types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["completed_by"],
            ["app_user.id"],
            name=op.f("fk_destruction_council_completed_by_app_user"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["app_user.id"], name=op.f("fk_destruction_council_created_by_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["decision_document_id"],
            ["document.id"],
            name=op.f("fk_destruction_council_decision_document_id_document"),
        ),
        sa.ForeignKeyConstraint(
            ["minutes_document_id"],
            ["document.id"],
            name=op.f("fk_destruction_council_minutes_document_id_document"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_destruction_council")),
    )
    with op.batch_alter_table("destruction_council", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_destruction_council_decision_date"), ["decision_date"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_destruction_council_status"), ["status"], unique=False)

    op.create_table(
        "destruction_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("council_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("added_at", db.column_types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("added_by", sa.Integer(), nullable=True),
        sa.Column("withdrawn_at", db.column_types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("withdraw_reason", sa.Text(), nullable=False),
        sa.Column("seen_at", db.column_types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("seen_by", sa.Integer(), nullable=True),
        sa.Column("condition", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["added_by"], ["app_user.id"], name=op.f("fk_destruction_item_added_by_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["council_id"],
            ["destruction_council.id"],
            name=op.f("fk_destruction_item_council_id_destruction_council"),
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["item.id"], name=op.f("fk_destruction_item_item_id_item")
        ),
        sa.ForeignKeyConstraint(
            ["seen_by"], ["app_user.id"], name=op.f("fk_destruction_item_seen_by_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_destruction_item")),
        sa.UniqueConstraint(
            "council_id", "item_id", name=op.f("uq_destruction_item_council_id_item_id")
        ),
    )
    with op.batch_alter_table("destruction_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_destruction_item_council_id"), ["council_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_destruction_item_item_id"), ["item_id"], unique=False)

    op.create_table(
        "destruction_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("council_id", sa.Integer(), nullable=False),
        sa.Column("position_no", sa.Integer(), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("position", sa.String(length=200), nullable=False),
        sa.Column("agency", sa.String(length=300), nullable=False),
        sa.Column("is_chair", sa.Boolean(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column(
            "vote",
            sa.Enum("for", "against", name="vote", native_enum=False, length=32),
            nullable=True,
        ),
        sa.ForeignKeyConstraint(
            ["council_id"],
            ["destruction_council.id"],
            name=op.f("fk_destruction_member_council_id_destruction_council"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_destruction_member_user_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_destruction_member")),
    )
    with op.batch_alter_table("destruction_member", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_destruction_member_council_id"), ["council_id"], unique=False
        )

    op.create_table(
        "destruction_photo",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("council_id", sa.Integer(), nullable=False),
        sa.Column("attachment_id", sa.Integer(), nullable=False),
        sa.Column("caption", sa.String(length=300), nullable=False),
        sa.Column("created_at", db.column_types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachment.id"],
            name=op.f("fk_destruction_photo_attachment_id_attachment"),
        ),
        sa.ForeignKeyConstraint(
            ["council_id"],
            ["destruction_council.id"],
            name=op.f("fk_destruction_photo_council_id_destruction_council"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_destruction_photo")),
    )
    with op.batch_alter_table("destruction_photo", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_destruction_photo_council_id"), ["council_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("destruction_photo", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_destruction_photo_council_id"))

    op.drop_table("destruction_photo")
    with op.batch_alter_table("destruction_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_destruction_member_council_id"))

    op.drop_table("destruction_member")
    with op.batch_alter_table("destruction_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_destruction_item_item_id"))
        batch_op.drop_index(batch_op.f("ix_destruction_item_council_id"))

    op.drop_table("destruction_item")
    with op.batch_alter_table("destruction_council", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_destruction_council_status"))
        batch_op.drop_index(batch_op.f("ix_destruction_council_decision_date"))

    op.drop_table("destruction_council")
