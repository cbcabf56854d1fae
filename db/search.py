"""The search index on each database, and the query that uses it.

SQLite: an FTS5 table (unicode61 words, 2- and 3-letter prefix indexes) over
``item.search_text``, kept in step by triggers. PostgreSQL: a GIN index over the words of the
same column (``array_to_tsvector`` of the space-split text: the words exactly as folded, no
parser or dictionary between), queried with ``tsquery`` whole-word and prefix terms. Both
match every typed word as the start of a word of the folded text, so ``xe may`` finds
``Xe máy`` and ``d`` finds ``Đ``.
"""

from __future__ import annotations

import time
from collections.abc import Collection

from sqlalchemy import Connection, text

from db.unit_scope import item_in_units_sql, units_hold_anything
from evidence_app.domain.text import fold_tokens

FTS_TABLE = "item_fts"
WORDS_INDEX = "ix_item_search_words"
#: The trigram index PostgreSQL searched with before migration 0029 (it drops it).
OLD_TRGM_INDEX = "ix_item_search_trgm"
_INDEX_OBJECTS = (FTS_TABLE, WORDS_INDEX, OLD_TRGM_INDEX)
#: The item's words as a ``tsvector``: the folded text holds only word characters and single
#: spaces, so splitting on the space gives exactly the words ``fold_tokens`` gives.
WORDS = "array_to_tsvector(string_to_array(search_text, ' '))"

SQLITE_DDL = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(search_text, content='item', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 2', detail='none', prefix='1 2 3')",
    f"""CREATE TRIGGER item_fts_ai AFTER INSERT ON item BEGIN
        INSERT INTO {FTS_TABLE}(rowid, search_text) VALUES (new.id, new.search_text); END""",
    f"""CREATE TRIGGER item_fts_ad AFTER DELETE ON item BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_text)
        VALUES ('delete', old.id, old.search_text); END""",
    f"""CREATE TRIGGER item_fts_au AFTER UPDATE OF search_text ON item BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_text)
        VALUES ('delete', old.id, old.search_text);
        INSERT INTO {FTS_TABLE}(rowid, search_text) VALUES (new.id, new.search_text); END""",
)
SQLITE_DROP = (
    "DROP TRIGGER IF EXISTS item_fts_au",
    "DROP TRIGGER IF EXISTS item_fts_ad",
    "DROP TRIGGER IF EXISTS item_fts_ai",
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
)
POSTGRES_DDL = (
    f"CREATE INDEX IF NOT EXISTS {WORDS_INDEX} ON item USING gin (({WORDS}))",
    # Ten thousand common words in the statistics instead of a thousand: a word missing from
    # the list is then known to be in under about 0.05 % of items (see _estimated_rows).
    f"ALTER INDEX {WORDS_INDEX} ALTER COLUMN 1 SET STATISTICS 1000",
)
POSTGRES_DROP = (f"DROP INDEX IF EXISTS {WORDS_INDEX}",)


def is_search_index_object(name: str | None) -> bool:
    """True for the FTS5 table, its shadow tables and the trigram index (made by raw SQL)."""
    return bool(name) and any(str(name).startswith(prefix) for prefix in _INDEX_OBJECTS)


def create_index(conn: Connection) -> None:
    for statement in SQLITE_DDL if conn.dialect.name == "sqlite" else POSTGRES_DDL:
        conn.execute(text(statement))


def drop_index(conn: Connection) -> None:
    for statement in SQLITE_DROP if conn.dialect.name == "sqlite" else POSTGRES_DROP:
        conn.execute(text(statement))


def rebuild_index(conn: Connection) -> None:
    """Refill the index after bulk loads that bypassed the triggers."""
    if conn.dialect.name == "sqlite":
        conn.execute(text(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')"))
    else:
        conn.execute(text(f"REINDEX INDEX {WORDS_INDEX}"))


def search_ids(
    conn: Connection,
    query: str,
    limit: int,
    unit_ids: Collection[int] | None = None,
    provincial_unit_id: int | None = None,
) -> list[int]:
    """Ids of items whose folded text has every typed word as a word start.

    With ``unit_ids``, only those units' items (issue 21; ``db.unit_scope``): the condition
    joins the matches to ``item`` by primary key, so the word index still drives the query.

    Whole-word matches come first, then matches where the last word (still being typed)
    or any word is only a prefix; newest first within each tier. The tiers also keep
    typical searches fast: whole-word queries never need the slower prefix lookups.
    """
    tokens = fold_tokens(query)[:8]
    if not tokens or limit <= 0:
        return []
    tiers = (
        [(t, True) for t in tokens],
        [*((t, True) for t in tokens[:-1]), (tokens[-1], False)],
        [(t, False) for t in tokens],
    )
    tier_ids = _sqlite_tier if conn.dialect.name == "sqlite" else _postgres_tier
    scope = None if unit_ids is None else item_in_units_sql("i", unit_ids, provincial_unit_id)
    if unit_ids is not None:
        provincial = provincial_unit_id is not None and provincial_unit_id in unit_ids
        if not units_hold_anything(conn, unit_ids, provincial):
            return []
    found: dict[int, None] = {}
    for tier in dict.fromkeys(tuple(tier) for tier in tiers):
        for item_id in tier_ids(conn, tier, limit, scope):
            found.setdefault(item_id)
        if len(found) >= limit:
            break
    return list(found)[:limit]


def _sqlite_tier(
    conn: Connection, terms: tuple[tuple[str, bool], ...], limit: int, scope: str | None
) -> list[int]:
    match = " AND ".join(f'"{token}"' if whole else f'"{token}"*' for token, whole in terms)
    if scope is None:
        sql = (
            f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :m ORDER BY rowid DESC LIMIT :n"
        )
    else:
        sql = (
            f"SELECT f.rowid FROM {FTS_TABLE} AS f JOIN item AS i ON i.id = f.rowid "
            f"WHERE {FTS_TABLE} MATCH :m AND {scope} ORDER BY f.rowid DESC LIMIT :n"
        )
    return list(conn.execute(text(sql), {"m": match, "n": limit}).scalars())


#: Newest rows PostgreSQL scans before it turns to the word index.
RECENT_WINDOW = 20_000
#: A query the statistics say matches at most this many items goes to the word index first:
#: fetching and sorting that many rows costs less than scanning the newest ones.
RARE_ROWS = 3_000
#: How long a connection trusts the word statistics it read (autovacuum refreshes them).
STATS_SECONDS = 600.0


def _postgres_tier(
    conn: Connection, terms: tuple[tuple[str, bool], ...], limit: int, scope: str | None
) -> list[int]:
    """Common words are found among the newest rows; rare ones through the word index.

    Sorting every match by id costs seconds when a word is in 100,000 items, and a backward
    scan costs as much when it is in ten; the statistics of the word index say which a query
    likely is, a cap on the rows the index may return catches statistics gone stale, and the
    recent window bounds the rest.
    """
    if _estimated_rows(conn, terms) <= RARE_ROWS:
        ids = _indexed(conn, terms, limit, scope, cap=RARE_ROWS)
        if ids is not None:
            return ids
    ids = _recent(conn, terms, limit, scope)
    if len(ids) >= limit:
        return ids
    return _indexed(conn, terms, limit, scope) or []


def _recent(
    conn: Connection, terms: tuple[tuple[str, bool], ...], limit: int, scope: str | None
) -> list[int]:
    """Matches among the newest ``RECENT_WINDOW`` rows, by pattern over the padded text."""
    # Tokens hold only word characters (see fold), so they need no LIKE escaping.
    params: dict[str, object] = {
        f"p{i}": f"% {token} %" if whole else f"% {token}%"
        for i, (token, whole) in enumerate(terms)
    }
    where = " AND ".join(f"(' ' || search_text || ' ') LIKE :p{i}" for i in range(len(terms)))
    params.update(n=limit, w=RECENT_WINDOW)
    if scope is None:
        recent = text(
            f"SELECT id FROM (SELECT id, search_text FROM item ORDER BY id DESC LIMIT :w) AS r "
            f"WHERE {where} ORDER BY id DESC LIMIT :n"
        )
    else:  # the unit's condition on what the word lookup found (issue 21)
        recent = text(
            "SELECT i.id FROM (SELECT id, search_text, warehouse_id, location_id, case_id "
            f"FROM item ORDER BY id DESC LIMIT :w) AS i WHERE {where} AND {scope} "
            "ORDER BY i.id DESC LIMIT :n"
        )
    return list(conn.execute(recent, params).scalars())


def _indexed(
    conn: Connection,
    terms: tuple[tuple[str, bool], ...],
    limit: int,
    scope: str | None,
    cap: int | None = None,
) -> list[int] | None:
    """Matches through the word index, newest first; None when ``cap`` items or more match
    (sorting them all would cost more than the recent window)."""
    # Quoted lexemes: tokens hold only word characters, never a quote or a backslash.
    query = " & ".join(f"'{token}'" if whole else f"'{token}':*" for token, whole in terms)
    capped = "" if cap is None else " LIMIT :cap"
    if scope is None:
        indexed = text(
            f"WITH m AS MATERIALIZED (SELECT id FROM item WHERE {WORDS} @@ CAST(:q AS tsquery)"
            f"{capped}) SELECT id, (SELECT count(*) FROM m) FROM m ORDER BY id DESC LIMIT :n"
        )
    else:
        indexed = text(
            "WITH i AS MATERIALIZED (SELECT id, warehouse_id, location_id, case_id FROM item "
            f"WHERE {WORDS} @@ CAST(:q AS tsquery){capped}) "
            f"SELECT i.id, (SELECT count(*) FROM i) FROM i WHERE {scope} "
            "ORDER BY i.id DESC LIMIT :n"
        )
    # The planner prices the words expression as cheap and may choose to compute it on every
    # row for a common word (seconds at a million items); the index is always the faster way.
    previous = conn.execute(
        text("SELECT current_setting('enable_seqscan'), set_config('enable_seqscan', 'off', true)")
    ).scalar()
    try:
        rows = conn.execute(indexed, {"q": query, "n": limit, "cap": cap}).all()
    finally:
        conn.execute(text("SELECT set_config('enable_seqscan', :v, true)"), {"v": previous})
    if cap is not None and (rows[0][1] >= cap if rows else scope is not None):
        return None  # over the cap, or (all outside the unit) the count is unknown
    return [row[0] for row in rows]


def _estimated_rows(conn: Connection, terms: tuple[tuple[str, bool], ...]) -> float:
    """At most how many items match, by the word index's statistics: as many as hold the
    rarest word. Not the product of the words' shares: the words of one item go together (a
    name's parts, "thịt lợn", "máy tính xách tay"), and a product sent such common phrases to
    the index as if they were rare. Unknown (no statistics yet, a short prefix): every item."""
    stats = _word_stats(conn)
    if stats is None:
        return float("inf")
    rows, shares, floor = stats
    rarest = 1.0
    for token, whole in terms:
        if whole:
            share = shares.get(token, floor)
        elif len(token) >= 3:
            share = min(1.0, floor + sum(s for w, s in shares.items() if w.startswith(token)))
        else:
            share = 1.0
        rarest = min(rarest, share)
    return rows * rarest


#: (items, share of each listed word, the lowest listed share)
WordStats = tuple[float, dict[str, float], float]


def _word_stats(conn: Connection) -> WordStats | None:
    """(items, share of each common word, the share below which words are not listed), read
    from ``pg_stats`` once per connection every ``STATS_SECONDS``."""
    cached: tuple[float, WordStats | None] | None = conn.info.get("search_word_stats")
    now = time.monotonic()
    if cached is not None and now - cached[0] < STATS_SECONDS:
        return cached[1]
    row = conn.execute(
        text(
            "SELECT s.most_common_elems::text::text[], s.most_common_elem_freqs, c.reltuples "
            "FROM pg_stats AS s, pg_class AS c WHERE s.tablename = :index "
            "AND c.relname = 'item' AND c.relkind = 'r'"
        ),
        {"index": WORDS_INDEX},
    ).first()
    stats: WordStats | None = None
    if row is not None and row[0] and row[1] and row[2] and row[2] > 0:
        # One share per listed word; the extra values after them (lowest, highest) unused.
        shares = {word: float(share) for word, share in zip(row[0], row[1], strict=False)}
        stats = (float(row[2]), shares, min(shares.values()))
    conn.info["search_word_stats"] = (now, stats)
    return stats
