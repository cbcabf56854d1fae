"""Stocktake reconciliation as a pure function over sets, and the sample size rule.

The expected items (in the stocktake's scope, in a stored state, in the sample if any) map
their code to the location the books record; the scans are (location context, code) pairs
in the order they were made. A code scanned twice counts where it was seen last.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass


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
