"""signed checkpoints of every chain head (issue 16): a Merkle root signed with a key kept
outside the database, append-only like the record (db/append_only.py)

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db import append_only

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "chain_checkpoint",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("taken_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reason", sa.String(length=16), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("item_count", sa.Integer(), nullable=False),
        sa.Column("root", sa.String(length=64), nullable=False),
        sa.Column("signature", sa.String(length=128), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("leaves", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["app_user.id"], name=op.f("fk_chain_checkpoint_actor_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chain_checkpoint")),
    )
    append_only.create_guards(op.get_bind(), append_only.CHECKPOINT_TABLES)


def downgrade() -> None:
    append_only.drop_guards(op.get_bind(), append_only.CHECKPOINT_TABLES, keep_function=True)
    op.drop_table("chain_checkpoint")
