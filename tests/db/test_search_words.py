"""PostgreSQL's two ways to a search result (issue 21): the newest rows scanned by pattern,
and the word index. Each must find exactly what the other finds, whichever the statistics
choose, and leave the session's planner settings as they were."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import text

import db.search as search
from tests.world import World

TEXTS = (
    ("Xe máy Honda Wave-α", "29B1-123.45"),
    ("XE MÁY Yamaha Sirius", "NP-2025 00198"),
    ("Điện thoại Samsung Galaxy", "IMEI 356789 中文"),
    ("Nhẫn vàng 18K", "Hoàng Thị Lan"),
    ("Đồng hồ đeo tay", "Hoàng Văn Lân"),
    ("Máy tính xách tay Dell", "S/N DL000198 NP 00198"),
)
QUERIES = (
    "xe may",
    "xe may hon",
    "wave α",
    "α",
    "29b1 123",
    "np 2025",
    "np 00198",
    "d",
    "hoang thi lan",
    "hoang lan",
    "hoang l",
    "中文",
    "imei 35",
    "18k",
    "may tinh xach tay dell",
    "tay",
    "không có",
)


@pytest.fixture
def shelf(world: World) -> list[int]:
    if world.services.db.dialect != "postgresql":
        pytest.skip("SQLite searches its FTS5 table only")
    return [world.receive(name, identifiers=ids).id for name, ids in TEXTS]


def _search(world: World, query: str) -> list[int]:
    with world.services.db.engine.connect() as conn:
        return search.search_ids(conn, query, 100)


@pytest.fixture
def index_first(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(search, "_estimated_rows", lambda conn, terms: 0.0)
    yield


def test_the_word_index_finds_what_the_newest_rows_show(
    world: World, shelf: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    by_window = {q: _search(world, q) for q in QUERIES}  # a test database: no statistics yet
    assert by_window["xe may"] == [shelf[1], shelf[0]]
    assert by_window["hoang l"] == [shelf[4], shelf[3]]
    assert by_window["中文"] == [shelf[2]]
    assert by_window["không có"] == []
    monkeypatch.setattr(search, "_estimated_rows", lambda conn, terms: 0.0)
    assert {q: _search(world, q) for q in QUERIES} == by_window
    monkeypatch.setattr(search, "_estimated_rows", lambda conn, terms: float("inf"))
    monkeypatch.setattr(search, "RECENT_WINDOW", 1)  # the window sees one row, then the index
    assert {q: _search(world, q) for q in QUERIES} == by_window


def test_the_statistics_tell_a_common_word_from_a_rare_one(world: World, shelf: list[int]) -> None:
    with world.services.db.engine.connect() as conn:
        conn.execute(text("ANALYZE item"))
        stats = search._word_stats(conn)
        assert stats is not None
        rows, shares, floor = stats
        assert rows >= len(TEXTS)
        assert shares["may"] > floor
        common = search._estimated_rows(conn, (("may", True),))
        rare = search._estimated_rows(conn, (("may", True), ("sirius", True)))
        assert rare < common
        assert search._estimated_rows(conn, (("x", False),)) == rows  # a short prefix: unknown


def test_the_index_query_leaves_the_planner_setting_as_it_was(
    world: World, shelf: list[int], index_first: None
) -> None:
    with world.services.db.engine.connect() as conn:
        conn.execute(text("SET enable_seqscan = on"))
        conn.commit()  # a session setting outlives its transaction
        with conn.begin():
            assert search.search_ids(conn, "hoang thi lan", 100) == [shelf[3]]
            assert conn.execute(text("SHOW enable_seqscan")).scalar() == "on"
        conn.execute(text("SET enable_seqscan = off"))
        conn.commit()
        with conn.begin():
            search.search_ids(conn, "hoang thi lan", 100)
            assert conn.execute(text("SHOW enable_seqscan")).scalar() == "off"


def test_a_capped_index_query_whose_first_matches_are_all_another_units_falls_back(
    world: World, shelf: list[int]
) -> None:
    """The cap counts matches before the unit's condition: when the capped ones are all
    outside the unit, the count says nothing of the rest, and the recent window and the full
    index must look (issue 21); with no unit, an empty result is a true one."""
    terms = (("xe", True), ("may", True))
    outside = "i.id < 0"  # a unit holding none of them
    with world.services.db.engine.connect() as conn:
        assert search._indexed(conn, terms, 100, outside, cap=1) is None
        assert search._indexed(conn, terms, 100, None, cap=1) is None  # over the cap
        assert search._indexed(conn, terms, 100, None, cap=3) == [shelf[1], shelf[0]]
        assert search._indexed(conn, (("khong", True),), 100, None, cap=1) == []
