"""Alembic environment: runs on the connection ``db.migrate`` hands over, or on a URL."""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import Connection

from db.engine import make_engine, resolve_url
from db.models import Base
from db.search import is_search_index_object

config = context.config
target_metadata = Base.metadata


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """The search index objects are created by raw SQL in migrations; autogenerate skips them."""
    return not is_search_index_object(name)


def include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    return not is_search_index_object(name)


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_object=include_object,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(resolve_url(config.get_main_option("sqlalchemy.url") or None))
    with engine.connect() as conn:
        _run(conn)
    engine.dispose()


run_migrations_online()
