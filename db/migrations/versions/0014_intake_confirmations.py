"""what a handover line states for Decree 152/2026 Art 37.2.b–c (issue 16): the custodian
head's written confirmation of a change, a sealed package's contents, the competent body's
conclusion on a torn or suspicious seal, and the expert examination conclusion; old lines stay
valid (empty texts, no dates)

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: (column, type): texts are empty and dates null on the lines recorded before.
_COLUMNS: tuple[tuple[str, sa.types.TypeEngine[Any]], ...] = (
    ("confirmation_number", sa.String(length=60)),
    ("confirmation_date", sa.Date()),
    ("confirmation_signer", sa.String(length=200)),
    ("confirmation_position", sa.String(length=200)),
    ("contents_quantity", sa.Text()),
    ("contents_type", sa.Text()),
    ("contents_quality", sa.Text()),
    ("seal_conclusion_body", sa.String(length=300)),
    ("seal_conclusion_number", sa.String(length=60)),
    ("seal_conclusion_date", sa.Date()),
    ("examination_body", sa.String(length=300)),
    ("examination_number", sa.String(length=60)),
    ("examination_date", sa.Date()),
)


def upgrade() -> None:
    with op.batch_alter_table("intake_line", schema=None) as batch_op:
        for name, type_ in _COLUMNS:
            if isinstance(type_, sa.Date):
                batch_op.add_column(sa.Column(name, type_, nullable=True))
            else:
                batch_op.add_column(sa.Column(name, type_, nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("intake_line", schema=None) as batch_op:
        for name, _type in reversed(_COLUMNS):
            batch_op.drop_column(name)
