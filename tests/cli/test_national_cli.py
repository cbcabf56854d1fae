"""The national commands refuse bad input in one line, in the user's language, before
touching any server (issue 21; the set-up itself runs in tests/db/test_national_replication.py)."""

from __future__ import annotations

import pytest

from evidence_app.cli import run_cli


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["national", "--replica", "Hà Nội"], "không đúng dạng TÊN=URL"),
        (["national", "--replica", "=postgresql://x@h/d"], "không đúng dạng TÊN=URL"),
        (["national", "--replica", "Huế=sqlite:///x.db"], "không phải PostgreSQL"),
        (["national", "--replica", "Huế=postgresql://x@h/d", "--out", "b.txt"], "txt"),
        (
            [
                "replicate",
                "--national",
                "postgresql://p@h/postgres",
                "--province",
                "Hà Nội",
                "--publisher",
                "host=h",
            ],
            "Mã tỉnh «Hà Nội» không hợp lệ",
        ),
        (["publish", "--db", "sqlite:///kho.db"], "không phải PostgreSQL"),
        (["--lang", "en", "publish", "--db", "sqlite:///kho.db"], "is not PostgreSQL"),
        (
            [
                "--lang",
                "en",
                "replicate",
                "--national",
                "postgresql://p@h/postgres",
                "--province",
                "1hue",
                "--publisher",
                "h",
            ],
            "The province code «1hue» is not valid",
        ),
    ],
)
def test_bad_input_is_one_line_and_exit_one(
    args: list[str], expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(args) == 1
    out, err = capsys.readouterr()
    assert out == "" and expected in err and len(err.strip().splitlines()) == 1


def test_a_report_without_any_replica_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        run_cli(["national"])
    assert stop.value.code == 2
    assert "--replica" in capsys.readouterr().err
