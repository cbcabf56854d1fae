"""Every form, the scan router, the ledger parser and the command line, driven with hostile
text by hypothesis: no crash, a clear message in both languages, nothing changed.

On both databases (PostgreSQL refuses NUL characters in text: only the validators stand
between a form and a database error there). The number of inputs tried is printed.
"""

from __future__ import annotations

import contextlib
import io
import os
import uuid
from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from string import Formatter
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evidence_app.cli import EXIT_FAILED, EXIT_USAGE, run_cli
from evidence_app.domain.errors import DomainError
from evidence_app.domain.messages import MESSAGES
from evidence_app.services.admin.ledger_import import COLUMNS, ImportRefusedError, parse_table
from evidence_app.services.facade import Services
from tests.bad_input.forms import FORMS, hostile
from tests.conftest import _truncate_postgres
from tests.services.rows import snapshot
from tests.world import World, build_world

EXAMPLES = int(os.environ.get("EVIDENCE_BAD_INPUT_EXAMPLES", "20"))
TRIED: Counter[str] = Counter()
HYPOTHESIS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def bad_world(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[World]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('bad-input') / 'evidence.db'}"
    else:
        url = request.getfixturevalue("pg_server_url")
        _truncate_postgres(url)
    services = Services.open(url)
    yield build_world(services)
    services.close()
    if request.param == "postgres":
        _truncate_postgres(url)


@pytest.fixture(scope="module", autouse=True)
def _report() -> Iterator[None]:
    yield
    total = sum(TRIED.values())
    print(f"\n[bad input] {total} inputs tried: {dict(sorted(TRIED.items()))}")


def assert_clear(error: DomainError) -> None:
    """A message in each language, filled in, on one line's worth of text."""
    for lang in ("vi", "en"):
        message = error.message(lang)
        assert message.strip(), error
        template = MESSAGES.get(getattr(error, "key", ""), ("", ""))[lang == "en"]
        holes = [f"{{{name}}}" for _, name, _, _ in Formatter().parse(template) if name]
        assert not any(hole in message for hole in holes), message
        assert "Traceback" not in message


def _without(state: dict[str, list[tuple[Any, ...]]], *tables: str) -> dict[str, Any]:
    return {k: v for k, v in state.items() if k not in tables}


@pytest.mark.parametrize("form", sorted(FORMS))
@HYPOTHESIS
@given(data=st.data())
def test_every_form_refuses_hostile_text_clearly_and_changes_nothing(
    bad_world: World, form: str, data: st.DataObject
) -> None:
    spec = FORMS[form]
    context = spec.prepare(bad_world)
    before = snapshot(bad_world.services)
    TRIED[form] += 1
    try:
        spec.submit(bad_world, context, lambda strategy=hostile: data.draw(strategy))
    except DomainError as error:
        assert_clear(error)
        # A failed login counts the attempt (by design): that row may change, and the lock
        # it may bring is recorded in the administrators' log; nothing else.
        after = snapshot(bad_world.services)
        if form in ("users.authenticate", "users.change_own_password"):  # failures counted
            counted = ("app_user", "admin_event")
            assert _without(after, *counted) == _without(before, *counted)
            kept, now = set(before["admin_event"]), set(after["admin_event"])
            assert kept <= now
            assert all(row[2] == "account_locked" for row in now - kept), now - kept
        else:
            assert after == before


@HYPOTHESIS
@given(
    header=st.lists(
        st.one_of(hostile, st.sampled_from([n for names in COLUMNS.values() for n in names])),
        max_size=8,
    ),
    rows=st.lists(
        st.lists(
            st.one_of(
                hostile,
                st.none(),
                st.integers(),
                st.floats(),
                st.datetimes(min_value=datetime(1, 1, 2)),
            ),
            max_size=10,
        ),
        max_size=6,
    ),
    valid_only=st.booleans(),
)
def test_the_ledger_parser_and_import_refuse_clearly(
    bad_world: World, header: list[Any], rows: list[list[Any]], valid_only: bool
) -> None:
    TRIED["ledger import"] += 1
    services = bad_world.services
    before = snapshot(services)
    try:
        sheet = parse_table("sổ.xlsx", [header, *rows])
        preview = services.ledger_import.preview_sheet(bad_world.keeper, sheet)
        for problem in preview.problems:
            assert problem.message("vi").startswith(f"Dòng {problem.row}: ")
            assert_clear(problem.error)
        services.ledger_import.commit(bad_world.keeper, preview, valid_only=valid_only)
    except ImportRefusedError as refused:
        assert refused.message("en").startswith("Nothing imported")
        assert snapshot(services) == before
    except DomainError as error:
        assert_clear(error)
        assert snapshot(services) == before


def _cli_argv(data: st.DataObject, url: str, folder: Path) -> list[str]:
    text = data.draw(hostile)
    command = data.draw(
        st.sampled_from(
            ["verify", "search", "labels", "documents", "import", "backup", "restore", "report",
             "?"]
        )
    )  # fmt: skip
    argv = [command, "--db", url]
    if command == "search":
        argv += [text, "--limit", data.draw(st.sampled_from(["5", "-1", "0", "x", "9" * 30]))]
    elif command == "labels":
        argv += ["--codes", text, "--out", str(folder / "labels.pdf")]
    elif command == "documents":
        argv += ["--export", str(folder / "docs"), "--kind", text]
    elif command == "import":
        path = folder / f"{uuid.uuid4().hex}.csv"
        path.write_text(
            f"Tên vật chứng,Chủng loại\n{text},{data.draw(hostile)}\n", "utf-8", "replace"
        )
        argv += [str(path)]
    elif command == "backup":
        argv += ["--out", str(folder / "backups" / text.replace("/", "_")[:100])]
    elif command == "restore":
        path = folder / f"{uuid.uuid4().hex}.db"
        path.write_bytes(text.encode("utf-8", "replace"))
        argv += ["--from", str(path)]
    elif command == "report":
        argv += _report_args(data, text, folder)
    else:
        argv += [text]
    return [*argv, "--lang", data.draw(st.sampled_from(["vi", "en"]))]


REPORT_NAMES = ["evidence_ledger", "stock", "ageing", "overdue_releases", "deadlines",
                "enforcement_results"]  # fmt: skip
_DAY_TEXTS = ["01/10/2026", "31/12/9999", "01/01/0001", "29/02/2026", "2026-10-01", "00/00/0000"]


def _report_args(data: st.DataObject, text: str, folder: Path) -> list[str]:
    """``report NAME --out FILE`` with odd names, files, dates, years and warehouses."""
    name = data.draw(st.sampled_from(REPORT_NAMES) | st.just(text))
    out = data.draw(
        st.sampled_from(
            [
                str(folder / "report.pdf"),
                str(folder / "report.XLSX"),
                str(folder / "report.txt"),
                str(folder / "no such folder" / "report.pdf"),
                str(folder),  # a folder, not a file
                str(folder / f"{text.replace('/', '_')[:80]}.pdf"),
                "",
            ]
        )
    )
    argv = [name, "--out", out]
    for option in ("--from", "--to", "--date"):
        if data.draw(st.booleans()):
            argv += [option, data.draw(st.sampled_from(_DAY_TEXTS) | hostile)]
    if data.draw(st.booleans()):
        argv += ["--year", data.draw(st.sampled_from(["2026", "0", "-1", "10000", "9" * 30]))]
    if data.draw(st.booleans()):
        argv += ["--warehouse", data.draw(st.sampled_from(["K01", text]))]
    return argv


@pytest.fixture(scope="module")
def cli_url(bad_world: World, tmp_path_factory: pytest.TempPathFactory) -> str:
    return bad_world.services.db.url.render_as_string(hide_password=False)


@settings(HYPOTHESIS, max_examples=max(5, EXAMPLES * 2))
@given(data=st.data(), db_text=hostile)
def test_the_command_line_answers_hostile_arguments_in_one_line(
    bad_world: World, cli_url: str, tmp_path_factory: pytest.TempPathFactory,
    data: st.DataObject, db_text: str,
) -> None:  # fmt: skip
    TRIED["command line"] += 1
    folder = tmp_path_factory.mktemp("cli")
    argv = _cli_argv(data, cli_url, folder)
    if data.draw(st.booleans()):
        # A hostile database URL of a kind that can never create a file.
        argv[2] = data.draw(st.sampled_from(["postgresql://", "mysql://", "http://"])) + db_text
        if argv[2].startswith("postgresql://"):
            argv[2] = f"postgresql://u:p@127.0.0.1:1/{db_text.replace('/', '_')[:50]}"
    before = snapshot(bad_world.services)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = run_cli(argv)
        except SystemExit as exit_:  # argparse's usage errors
            code = int(exit_.code or 0)
    if code == 0:
        return
    assert code in (EXIT_FAILED, EXIT_USAGE), (argv, err.getvalue())
    lines = err.getvalue().strip().splitlines()
    assert lines and "Traceback" not in err.getvalue(), argv
    if argv[0] != "import":  # import lists each row's problem, then one refusal line
        assert len(lines) == 1, lines
    after = snapshot(bad_world.services)
    assert after == before


any_value = st.one_of(
    hostile, st.none(), st.integers(), st.floats(), st.decimals(), st.booleans(),
    st.binary(max_size=10),
)  # fmt: skip


@HYPOTHESIS
@given(value=any_value, limit=st.integers(0, 500), required=st.booleans())
def test_the_shared_validators_return_clean_values_or_refuse_clearly(
    value: Any, limit: int, required: bool
) -> None:
    from evidence_app.domain.enums import Category
    from evidence_app.services.core import validate as v

    checks = {
        "text_field": lambda: (
            v.text_field(value, "field.name", limit=limit, required=required)
            if value is None or isinstance(value, str)
            else v.text_field(str(value), "field.name", limit=limit)
        ),
        "positive_decimal": lambda: v.positive_decimal(value, "field.quantity"),
        "optional_decimal": lambda: v.optional_decimal(value, "field.weight"),
        "member": lambda: v.member(Category, value, "field.category"),
        "money": lambda: v.money(value),
    }
    for name, check in checks.items():
        TRIED[f"validate.{name}"] += 1
        try:
            check()
        except DomainError as error:
            assert_clear(error)
