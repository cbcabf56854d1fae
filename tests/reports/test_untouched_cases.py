"""The results' tally of cases with no outcome, payment or obligation (issue 21: most of a
province's cases, read at a million items) gives exactly the sum of their own lines."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from evidence_app.reports.enforcement_figures import EMPTY, case_line, untouched_line

START, END = date(2025, 10, 1), date(2026, 3, 31)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.dates(min_value=date(2020, 1, 1), max_value=END),
            st.integers(min_value=-10, max_value=10**12),
        ),
        max_size=12,
    )
)
def test_the_tally_equals_the_sum_of_each_cases_line(cases: list[tuple[date, int]]) -> None:
    summed = EMPTY
    counts = [0, 0, 0, 0]
    for decided, amount in cases:
        line = case_line(decided, amount, [], [], START, END, [])
        assert line is not None  # a case with no outcome is always being enforced
        summed = summed + line
        new = decided >= START
        counts[new] += 1
        counts[2 + new] += max(amount, 0)
    assert untouched_line(*counts) == summed
