"""the minimum wage by region (Decree 293/2025/NĐ-CP Art 3.1; issue 18): an agency that had
typed one of the 2026 regional figures as its single minimum wage gets that region as its
``region.zone`` setting and its typed figure emptied (the row stays: nothing is deleted), so
the figure now comes from the table; any other typed figure stays an override.

Revision ID: 0021
Revises: 0019
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_WAGE = "rule.region.minimum_wage_vnd"
_ZONE = "rule.region.zone"
#: Decree 293/2025 Art 3.1, copied here: a migration must not change when the code does.
_FIGURES = {5_310_000: 1, 4_730_000: 2, 4_140_000: 3, 3_700_000: 4}
_setting = sa.table("setting", sa.column("key", sa.String), sa.column("value", sa.String))


def _get(conn: sa.Connection, key: str) -> str | None:
    return conn.execute(sa.select(_setting.c.value).where(_setting.c.key == key)).scalar()


def _put(conn: sa.Connection, key: str, value: str) -> None:
    if _get(conn, key) is None:
        conn.execute(sa.insert(_setting).values(key=key, value=value))
    else:
        conn.execute(sa.update(_setting).where(_setting.c.key == key).values(value=value))


def upgrade() -> None:
    conn = op.get_bind()
    typed = (_get(conn, _WAGE) or "").strip()
    try:
        region = _FIGURES.get(int(float(typed))) if typed else None
    except ValueError:
        region = None
    if region is not None:
        _put(conn, _ZONE, str(region))
        _put(conn, _WAGE, "")


def downgrade() -> None:
    conn = op.get_bind()
    typed = (_get(conn, _WAGE) or "").strip()
    zone = (_get(conn, _ZONE) or "").strip()
    if not typed and zone:
        figure = {r: f for f, r in _FIGURES.items()}.get(int(float(zone)))
        if figure is not None and figure != 5_310_000:
            _put(conn, _WAGE, str(figure))
        _put(conn, _ZONE, "")
