"""Stocktake reconciliation over constructed scans gives exactly the four lists."""

from __future__ import annotations

import time

from evidence_app.domain.stocktake import Misplaced, reconcile, sample_size


def test_reconcile_gives_the_exact_present_missing_misplaced_and_unknown_lists() -> None:
    expected = {"VC-1": 10, "VC-2": 10, "VC-3": 11, "VC-4": 11, "VC-5": None}
    known = {"VC-9": 30}  # an item of another warehouse, seen here
    scans = [
        (10, "VC-1"),  # in place
        (11, "VC-2"),  # recorded at 10, seen at 11
        (10, "VC-2"),  # ...scanned again at 10: the last scan counts → present
        (10, "VC-3"),  # recorded at 11, seen at 10 → misplaced
        (11, "VC-5"),  # no recorded location → present
        (10, "VC-9"),  # known elsewhere → misplaced
        (10, "XX-404"),  # no such item → unknown
        (None, "VC-404"),
    ]
    result = reconcile(expected, scans, known)
    assert result.present == ("VC-1", "VC-2", "VC-5")
    assert result.missing == ("VC-4",)
    assert result.misplaced == (Misplaced("VC-3", 11, 10), Misplaced("VC-9", 30, 10))
    assert result.unknown == ("VC-404", "XX-404")
    assert result.counts() == (3, 1, 2, 2)


def test_scan_without_location_context_is_never_misplaced() -> None:
    result = reconcile({"VC-1": 5}, [(None, "VC-1")], {})
    assert result.present == ("VC-1",) and not result.misplaced and not result.missing


def test_nothing_scanned_means_everything_missing() -> None:
    result = reconcile({"B": 1, "A": 2}, [], {})
    assert result.missing == ("A", "B") and result.present == ()


def test_reconciling_ten_thousand_scans_takes_well_under_a_second() -> None:
    expected = {f"VC-{i:06d}": i % 50 for i in range(10_000)}
    scans = [(i % 50 if i % 7 else (i + 1) % 50, f"VC-{i:06d}") for i in range(9_500)]
    scans += [(1, f"XX-{i}") for i in range(500)]
    started = time.perf_counter()
    result = reconcile(expected, scans, {})
    assert time.perf_counter() - started < 1.0
    assert len(result.missing) == 500 and len(result.unknown) == 500
    assert len(result.present) + len(result.misplaced) == 9_500


def test_sample_size_is_at_least_ten_percent_and_ten_items() -> None:
    assert sample_size(1000, 10, 10) == 100
    assert sample_size(101, 10, 10) == 11  # 10.1 rounds up
    assert sample_size(50, 10, 10) == 10
    assert sample_size(7, 10, 10) == 7  # never more than there are
    assert sample_size(0, 10, 10) == 0
