"""Stocktake reconciliation as a pure function over sets, and the sample size rule.

The expected items (in the stocktake's scope, in a stored state, in the sample if any) map
their code to the location the books record; the scans are (location context, code) pairs
in the order they were made. A code scanned twice counts where it was seen last.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from evidence_app.domain.enums import StocktakeKind
from evidence_app.domain.keeping import KEEPER_KINDS


@dataclass(frozen=True, slots=True)
class Misplaced:
    """A known item seen at ``seen`` while the books record it at ``recorded``."""

    code: str
    recorded: int | None
    seen: int | None


@dataclass(frozen=True, slots=True)
class Reconciliation:
    """The four lists of a stocktake, each sorted by code."""

    present: tuple[str, ...]
    missing: tuple[str, ...]
    misplaced: tuple[Misplaced, ...]
    unknown: tuple[str, ...]

    def counts(self) -> tuple[int, int, int, int]:
        return len(self.present), len(self.missing), len(self.misplaced), len(self.unknown)


def last_seen(scans: Iterable[tuple[int | None, str]]) -> dict[str, int | None]:
    """Each code with the location context of its last scan."""
    return {code: location for location, code in scans}


def reconcile(
    expected: Mapping[str, int | None],
    scans: Iterable[tuple[int | None, str]],
    known: Mapping[str, int | None],
) -> Reconciliation:
    """Present, missing, misplaced and unknown codes.

    ``known`` maps the scanned codes that are items but not expected (another warehouse, a
    final state, outside the sample) to their recorded location. A scan without a location
    context, or an item with no recorded location, cannot be misplaced.
    """
    seen = last_seen(scans)
    present: list[str] = []
    misplaced: list[Misplaced] = []
    unknown: list[str] = []
    for code, where in seen.items():
        if code in expected:
            recorded = expected[code]
        elif code in known:
            recorded = known[code]
        else:
            unknown.append(code)
            continue
        if where is None or recorded is None or where == recorded:
            present.append(code)
        else:
            misplaced.append(Misplaced(code, recorded, where))
    missing = [code for code in expected if code not in seen]
    return Reconciliation(
        tuple(sorted(present)),
        tuple(sorted(missing)),
        tuple(sorted(misplaced, key=lambda m: m.code)),
        tuple(sorted(unknown)),
    )


def sample_size(population: int, min_percent: float, min_count: int) -> int:
    """Items to sample from a category of ``population``: at least ``min_percent`` % and
    at least ``min_count``, never more than there are."""
    wanted = max(math.ceil(population * min_percent / 100), min_count)
    return min(population, wanted)


# -- the legal cycle -------------------------------------------------------------------------


class Cycle(StrEnum):
    """A stocktake the law requires at an interval, each tracked on its own clock."""

    HALF_YEAR = "half_year"  # định kỳ 06 tháng (Decree 152/2026 Art 38.1.e, 38.2.c)
    YEAR = "year"  # hằng năm (Decree 152/2026 Art 38.1.e, 38.2.c)
    #: Items left with a third party are checked monthly, with minutes (Circular 01/2017/TT-BTP
    #: Art 12.2; Decree 152/2026 is silent on it, so the older text rules here).
    KEEPING_CHECK = "keeping_check"


#: The kinds that are the legal cycle's own counts: they cover a whole warehouse, never a bin.
WHOLE_WAREHOUSE_KINDS = frozenset(
    {StocktakeKind.HALF_YEARLY, StocktakeKind.YEARLY, StocktakeKind.KEEPING_CHECK}
)

#: Where the monthly check applies: items left with their owner or user, a third party or the
#: commune (Circular 01/2017/TT-BTP Art 12.2; Law 106/2025 Art 40.1.a, c, đ). The police's
#: warehouses are covered by their own 6-monthly and yearly counts with the agency (Decree
#: 152/2026 Art 38.1.e).
KEEPING_CHECK_CUSTODIANS = KEEPER_KINDS


def cycles_met(kind: StocktakeKind, whole_warehouse: bool) -> frozenset[Cycle]:
    """The cycles a finished stocktake satisfies. A sample, an ad hoc, quarterly or
    change-of-keeper count, and any count of part of a warehouse satisfy none: the periodic
    count is of the whole warehouse. The yearly count is also that half-year's."""
    if not whole_warehouse:
        return frozenset()
    if kind is StocktakeKind.YEARLY:
        return frozenset({Cycle.YEAR, Cycle.HALF_YEAR})
    if kind is StocktakeKind.HALF_YEARLY:
        return frozenset({Cycle.HALF_YEAR})
    if kind is StocktakeKind.KEEPING_CHECK:
        return frozenset({Cycle.KEEPING_CHECK})
    return frozenset()
