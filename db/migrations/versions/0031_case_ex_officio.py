"""a case's kind of enforcement decision (issue 19): ex officio (chủ động, Law 106/2025
Art 33.2–33.3) or on request (theo yêu cầu, Art 34). The statistics split their figures by it
(joint Circular 12/2021/TTLT-BTP-VKSNDTC-TANDTC; Circular 04/2023/TT-BTP Mẫu 03 "Sổ thụ lý
thi hành án (chủ động, theo yêu cầu)") and Decree 152/2026 Art 22 treats the two apart after
2 years not enforceable (22.1 separate book, 22.2 request returned).

Existing cases are ex officio: the cases this application keeps are those with evidence and
seized items, which the head decides ex officio (Art 33.2.b returning items, 33.2.c
confiscation and destruction); an officer corrects a case on request on its screen.

Revision ID: 0031
Revises: 0030
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0031"
down_revision: str | None = "0030"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("enforcement_case", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("ex_officio", sa.Boolean(), server_default=sa.true(), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("enforcement_case", schema=None) as batch_op:
        batch_op.drop_column("ex_officio")
