"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db import search


revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "agency",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("managing_agency", sa.String(length=200), nullable=False),
        sa.Column("place_name", sa.String(length=100), nullable=False),
        sa.Column("seal_text", sa.String(length=200), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agency")),
    )
    op.create_table(
        "app_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=40), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("position", sa.String(length=200), nullable=False),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_login_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_user")),
        sa.UniqueConstraint("username", name=op.f("uq_app_user_username")),
    )
    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("mime", sa.String(length=60), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
        sa.UniqueConstraint("sha256", name=op.f("uq_attachment_sha256")),
    )
    op.create_table(
        "number_sequence",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last_value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name", "year", name=op.f("pk_number_sequence")),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "enforcement_case",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("judgment_number", sa.String(length=60), nullable=False),
        sa.Column("judgment_date", sa.Date(), nullable=True),
        sa.Column("court", sa.String(length=200), nullable=False),
        sa.Column("decision_number", sa.String(length=60), nullable=False),
        sa.Column("decision_date", sa.Date(), nullable=True),
        sa.Column("officer_id", sa.Integer(), nullable=True),
        sa.Column("amount_to_enforce", sa.BigInteger(), nullable=False),
        sa.Column("amount_enforced", sa.BigInteger(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"],
            ["agency.id"],
            name=op.f("fk_enforcement_case_agency_id_agency"),
        ),
        sa.ForeignKeyConstraint(
            ["officer_id"],
            ["app_user.id"],
            name=op.f("fk_enforcement_case_officer_id_app_user"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enforcement_case")),
    )
    with op.batch_alter_table("enforcement_case", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_enforcement_case_agency_id"), ["agency_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_enforcement_case_decision_number"),
            ["decision_number"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_enforcement_case_judgment_number"),
            ["judgment_number"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_enforcement_case_officer_id"), ["officer_id"], unique=False
        )

    op.create_table(
        "user_role",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_user_role_user_id_app_user")
        ),
        sa.PrimaryKeyConstraint("user_id", "role", name=op.f("pk_user_role")),
    )
    op.create_table(
        "warehouse",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("custodian_kind", sa.String(length=32), nullable=False),
        sa.Column("custodian_name", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agency.id"], name=op.f("fk_warehouse_agency_id_agency")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_warehouse")),
        sa.UniqueConstraint("code", name=op.f("uq_warehouse_code")),
    )
    with op.batch_alter_table("warehouse", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_warehouse_agency_id"), ["agency_id"], unique=False
        )

    op.create_table(
        "document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq_no", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("pdf", sa.LargeBinary(), nullable=True),
        sa.Column("pdf_sha256", sa.String(length=64), nullable=False),
        sa.Column("verification_code", sa.String(length=64), nullable=False),
        sa.Column("chain_heads", sa.Text(), nullable=False),
        sa.Column("signed_scan_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["enforcement_case.id"],
            name=op.f("fk_document_case_id_enforcement_case"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by"],
            ["app_user.id"],
            name=op.f("fk_document_created_by_app_user"),
        ),
        sa.ForeignKeyConstraint(
            ["signed_scan_id"],
            ["attachment.id"],
            name=op.f("fk_document_signed_scan_id_attachment"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document")),
        sa.UniqueConstraint(
            "kind", "year", "seq_no", name=op.f("uq_document_kind_year_seq_no")
        ),
    )
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_document_case_id"), ["case_id"], unique=False
        )

    op.create_table(
        "location",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("warehouse_id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("path", sa.String(length=400), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["location.id"], name=op.f("fk_location_parent_id_location")
        ),
        sa.ForeignKeyConstraint(
            ["warehouse_id"],
            ["warehouse.id"],
            name=op.f("fk_location_warehouse_id_warehouse"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_location")),
        sa.UniqueConstraint("code", name=op.f("uq_location_code")),
    )
    with op.batch_alter_table("location", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_location_parent_id"), ["parent_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_location_path"), ["path"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_location_warehouse_id"), ["warehouse_id"], unique=False
        )

    op.create_table(
        "party",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("id_number", sa.String(length=40), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["enforcement_case.id"],
            name=op.f("fk_party_case_id_enforcement_case"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_party")),
    )
    with op.batch_alter_table("party", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_party_case_id"), ["case_id"], unique=False)

    op.create_table(
        "item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("quantity", sa.Numeric(precision=18, scale=3), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("weight_grams", sa.Numeric(precision=18, scale=3), nullable=True),
        sa.Column("identifiers", sa.Text(), nullable=False),
        sa.Column("seal_state", sa.String(length=32), nullable=False),
        sa.Column("seal_numbers", sa.String(length=300), nullable=False),
        sa.Column("condition", sa.Text(), nullable=False),
        sa.Column("estimated_value", sa.BigInteger(), nullable=True),
        sa.Column("owner_name", sa.String(length=200), nullable=False),
        sa.Column("transferring_body", sa.String(length=300), nullable=False),
        sa.Column("warehouse_id", sa.Integer(), nullable=True),
        sa.Column("location_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("disposition", sa.String(length=32), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("chain_head", sa.String(length=64), nullable=False),
        sa.Column("event_count", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["enforcement_case.id"],
            name=op.f("fk_item_case_id_enforcement_case"),
        ),
        sa.ForeignKeyConstraint(
            ["location_id"], ["location.id"], name=op.f("fk_item_location_id_location")
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["item.id"], name=op.f("fk_item_parent_id_item")
        ),
        sa.ForeignKeyConstraint(
            ["warehouse_id"],
            ["warehouse.id"],
            name=op.f("fk_item_warehouse_id_warehouse"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_item")),
        sa.UniqueConstraint("code", name=op.f("uq_item_code")),
    )
    with op.batch_alter_table("item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_item_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_item_category"), ["category"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_item_location_id"), ["location_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_item_parent_id"), ["parent_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_item_received_at"), ["received_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_item_status"), ["status"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_item_warehouse_id"), ["warehouse_id"], unique=False
        )

    op.create_table(
        "custody_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("counterpart", sa.String(length=300), nullable=True),
        sa.Column("from_location_id", sa.Integer(), nullable=True),
        sa.Column("to_location_id", sa.Integer(), nullable=True),
        sa.Column("status_before", sa.String(length=32), nullable=True),
        sa.Column("status_after", sa.String(length=32), nullable=True),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("data", sa.Text(), nullable=True),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["app_user.id"],
            name=op.f("fk_custody_event_actor_id_app_user"),
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
            name=op.f("fk_custody_event_document_id_document"),
        ),
        sa.ForeignKeyConstraint(
            ["from_location_id"],
            ["location.id"],
            name=op.f("fk_custody_event_from_location_id_location"),
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["item.id"], name=op.f("fk_custody_event_item_id_item")
        ),
        sa.ForeignKeyConstraint(
            ["to_location_id"],
            ["location.id"],
            name=op.f("fk_custody_event_to_location_id_location"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_custody_event")),
        sa.UniqueConstraint(
            "item_id", "seq", name=op.f("uq_custody_event_item_id_seq")
        ),
    )
    with op.batch_alter_table("custody_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_custody_event_actor_id"), ["actor_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_custody_event_document_id"), ["document_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_custody_event_occurred_at"), ["occurred_at"], unique=False
        )

    op.create_table(
        "item_photo",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("attachment_id", sa.Integer(), nullable=False),
        sa.Column("caption", sa.String(length=300), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachment.id"],
            name=op.f("fk_item_photo_attachment_id_attachment"),
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["item.id"], name=op.f("fk_item_photo_item_id_item")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_item_photo")),
    )
    with op.batch_alter_table("item_photo", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_item_photo_attachment_id"), ["attachment_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_item_photo_item_id"), ["item_id"], unique=False
        )

    search.create_index(op.get_bind())


def downgrade() -> None:
    search.drop_index(op.get_bind())
    with op.batch_alter_table("item_photo", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_item_photo_item_id"))
        batch_op.drop_index(batch_op.f("ix_item_photo_attachment_id"))

    op.drop_table("item_photo")
    with op.batch_alter_table("custody_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_custody_event_occurred_at"))
        batch_op.drop_index(batch_op.f("ix_custody_event_document_id"))
        batch_op.drop_index(batch_op.f("ix_custody_event_actor_id"))

    op.drop_table("custody_event")
    with op.batch_alter_table("item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_item_warehouse_id"))
        batch_op.drop_index(batch_op.f("ix_item_status"))
        batch_op.drop_index(batch_op.f("ix_item_received_at"))
        batch_op.drop_index(batch_op.f("ix_item_parent_id"))
        batch_op.drop_index(batch_op.f("ix_item_location_id"))
        batch_op.drop_index(batch_op.f("ix_item_category"))
        batch_op.drop_index(batch_op.f("ix_item_case_id"))

    op.drop_table("item")
    with op.batch_alter_table("party", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_party_case_id"))

    op.drop_table("party")
    with op.batch_alter_table("location", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_location_warehouse_id"))
        batch_op.drop_index(batch_op.f("ix_location_path"))
        batch_op.drop_index(batch_op.f("ix_location_parent_id"))

    op.drop_table("location")
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_case_id"))

    op.drop_table("document")
    with op.batch_alter_table("warehouse", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_warehouse_agency_id"))

    op.drop_table("warehouse")
    op.drop_table("user_role")
    with op.batch_alter_table("enforcement_case", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_enforcement_case_officer_id"))
        batch_op.drop_index(batch_op.f("ix_enforcement_case_judgment_number"))
        batch_op.drop_index(batch_op.f("ix_enforcement_case_decision_number"))
        batch_op.drop_index(batch_op.f("ix_enforcement_case_agency_id"))

    op.drop_table("enforcement_case")
    op.drop_table("setting")
    op.drop_table("number_sequence")
    op.drop_table("attachment")
    op.drop_table("app_user")
    op.drop_table("agency")
