"""``report`` refuses dates and years no report can cover, and an output file it cannot
write, in one line with exit code 1 (these were unexpected errors, exit 70, before)."""

from __future__ import annotations

import contextlib
import io
from datetime import date
from pathlib import Path

import pytest

from evidence_app.cli import EXIT_FAILED, run_cli
from evidence_app.domain.errors import ValidationError
from evidence_app.reports.params import ReportParams
from tests.world import World


def _cli(*argv: str) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = run_cli([*argv, "--lang", "en"])
    return code, err.getvalue()


@pytest.mark.parametrize(
    ("name", "option", "value", "says"),
    [
        ("evidence_ledger", "--from", "01/01/0001", "01/01/0001 is outside"),
        ("evidence_ledger", "--to", "31/12/9999", "31/12/9999 is outside"),
        ("ageing", "--date", "01/01/0001", "outside the allowed range"),
        ("deadlines", "--date", "31/12/9999", "outside the allowed range"),
        ("enforcement_results", "--year", "1", "Working year 1 is not valid"),
        ("enforcement_results", "--year", "9" * 30, "is not valid"),
        ("enforcement_results", "--year", "-1", "is not valid"),
    ],
)
def test_out_of_range_dates_and_years_are_refused_in_one_line(
    world: World, db_url: str, tmp_path: Path, name: str, option: str, value: str, says: str
) -> None:
    out = tmp_path / "report.pdf"
    code, err = _cli("report", "--db", db_url, name, "--out", str(out), option, value)
    assert code == EXIT_FAILED, err
    assert len(err.strip().splitlines()) == 1 and says in err
    assert not out.exists()


@pytest.mark.parametrize("where", ["no such folder/report.pdf", "a\x00b.pdf"])
def test_an_output_file_that_cannot_be_written_is_refused_in_one_line(
    world: World, db_url: str, tmp_path: Path, where: str
) -> None:
    out = f"{tmp_path}/{where}"
    code, err = _cli("report", "--db", db_url, "stock", "--out", out)
    assert code == EXIT_FAILED, err
    assert len(err.strip().splitlines()) == 1 and "Cannot write the report file" in err


def test_report_parameters_accept_the_edges_of_the_range() -> None:
    ReportParams(date(1900, 1, 1), date(2999, 12, 31), year=2999).with_defaults()
    with pytest.raises(ValidationError) as refused:
        ReportParams(year=1900).with_defaults()
    assert refused.value.message("vi").startswith("Năm công tác 1900 không hợp lệ")
