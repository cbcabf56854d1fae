"""temporary releases (trích xuất) on the head's release order: the written request's details
on the release request (reference, due date, why), the temporary release row tied to that
request, and the minutes of the items' return (Decree 152 Art 37.3)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("release_request", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("request_reference", sa.String(length=120), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("due_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("checkout_purpose", sa.String(length=32), nullable=True))
    with op.batch_alter_table("temporary_release", schema=None) as batch_op:
        batch_op.add_column(sa.Column("release_request_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("return_document_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            "fk_temporary_release_release_request_id_release_request",
            "release_request",
            ["release_request_id"],
            ["id"],
        )
        batch_op.create_foreign_key(
            "fk_temporary_release_return_document_id_document",
            "document",
            ["return_document_id"],
            ["id"],
        )
        batch_op.create_index(
            batch_op.f("ix_temporary_release_release_request_id"), ["release_request_id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("temporary_release", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_temporary_release_release_request_id"))
        batch_op.drop_constraint(
            "fk_temporary_release_return_document_id_document", type_="foreignkey"
        )
        batch_op.drop_constraint(
            "fk_temporary_release_release_request_id_release_request", type_="foreignkey"
        )
        batch_op.drop_column("return_document_id")
        batch_op.drop_column("release_request_id")
    with op.batch_alter_table("release_request", schema=None) as batch_op:
        batch_op.drop_column("checkout_purpose")
        batch_op.drop_column("due_on")
        batch_op.drop_column("request_reference")
