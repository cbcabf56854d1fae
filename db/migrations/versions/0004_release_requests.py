"""release requests (đề nghị xuất kho) and the items on them

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import db.column_types

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "release_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column(
            "purpose",
            sa.Enum(
                "return_to_owner",
                "confiscation_handover",
                "to_auction",
                "to_destruction",
                "other",
                name="releaserequestpurpose",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("recipient_name", sa.String(length=200), nullable=False),
        sa.Column("recipient_body", sa.String(length=300), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "requested",
                "approved",
                "rejected",
                "issued",
                name="releaserequeststatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("requested_by", sa.Integer(), nullable=True),
        sa.Column("requested_at", db.column_types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("decided_by", sa.Integer(), nullable=True),
        sa.Column("decided_at", db.column_types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("release_at", db.column_types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("reject_reason", sa.Text(), nullable=False),
        sa.Column("finished_by", sa.Integer(), nullable=True),
        sa.Column("finished_at", db.column_types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("order_document_id", sa.Integer(), nullable=True),
        sa.Column("slip_document_id", sa.Integer(), nullable=True),
        sa.Column("minutes_document_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", db.column_types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["enforcement_case.id"],
            name=op.f("fk_release_request_case_id_enforcement_case"),
        ),
        sa.ForeignKeyConstraint(
            ["decided_by"], ["app_user.id"], name=op.f("fk_release_request_decided_by_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["finished_by"], ["app_user.id"], name=op.f("fk_release_request_finished_by_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["minutes_document_id"],
            ["document.id"],
            name=op.f("fk_release_request_minutes_document_id_document"),
        ),
        sa.ForeignKeyConstraint(
            ["order_document_id"],
            ["document.id"],
            name=op.f("fk_release_request_order_document_id_document"),
        ),
        sa.ForeignKeyConstraint(
            ["requested_by"], ["app_user.id"], name=op.f("fk_release_request_requested_by_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["slip_document_id"],
            ["document.id"],
            name=op.f("fk_release_request_slip_document_id_document"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_release_request")),
    )
    with op.batch_alter_table("release_request", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_release_request_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_release_request_status"), ["status"], unique=False)

    op.create_table(
        "release_request_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("issued_at", db.column_types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("issued_by", sa.Integer(), nullable=True),
        sa.Column("second_user_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["issued_by"], ["app_user.id"], name=op.f("fk_release_request_item_issued_by_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["item.id"], name=op.f("fk_release_request_item_item_id_item")
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["release_request.id"],
            name=op.f("fk_release_request_item_request_id_release_request"),
        ),
        sa.ForeignKeyConstraint(
            ["second_user_id"],
            ["app_user.id"],
            name=op.f("fk_release_request_item_second_user_id_app_user"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_release_request_item")),
        sa.UniqueConstraint(
            "request_id", "item_id", name=op.f("uq_release_request_item_request_id_item_id")
        ),
    )
    with op.batch_alter_table("release_request_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_release_request_item_item_id"), ["item_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_release_request_item_request_id"), ["request_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("release_request_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_release_request_item_request_id"))
        batch_op.drop_index(batch_op.f("ix_release_request_item_item_id"))

    op.drop_table("release_request_item")
    with op.batch_alter_table("release_request", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_release_request_status"))
        batch_op.drop_index(batch_op.f("ix_release_request_case_id"))

    op.drop_table("release_request")
