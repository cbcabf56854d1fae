"""``import`` as an administrator runs it: row errors on stderr, all or nothing, --valid-only."""

from __future__ import annotations

from pathlib import Path

from evidence_app.services.facade import Services
from tests.cli.test_cli import run
from tests.world import World


def _items(url: str) -> int:
    services = Services.open(url, migrate=False)
    try:
        return services.backup.counts()["item"]
    finally:
        services.close()


def test_import_refuses_then_imports_the_valid_rows_when_asked(
    world: World, db_url: str, tmp_path: Path
) -> None:
    world.services.close()
    path = tmp_path / "sổ.csv"
    path.write_text(
        "Tên vật chứng,Chủng loại,Số lượng\n"
        "Xe đạp,Phương tiện,1\n"
        "Ghế,Bàn ghế,1\n"
        "Đồng hồ,Trang sức,2\n",
        encoding="utf-8",
    )
    done = run("import", "--db", db_url, str(path))
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert lines[0].startswith("Dòng 3:") and "Bàn ghế" in lines[0]
    assert lines[-1].startswith("Không nhập gì") and "Traceback" not in done.stderr
    assert _items(db_url) == 0

    done = run("import", "--db", db_url, str(path), "--valid-only", "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert "Imported 2 items" in done.stdout and "skipped 1" in done.stdout
    assert _items(db_url) == 2


def test_import_of_a_missing_or_foreign_file_is_one_line(db_url: str, tmp_path: Path) -> None:
    for name in ("không-có.xlsx", "ảnh.png"):
        done = run("import", "--db", db_url, str(tmp_path / name))
        assert done.returncode == 1
        assert len(done.stderr.strip().splitlines()) == 1 and name in done.stderr
