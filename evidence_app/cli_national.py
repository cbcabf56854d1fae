"""The national figures from the command line (issue 21; ``db/README.md``):

    python main.py publish --db postgresql://evidence_owner:…@province/evidence
    python main.py replicate --national postgresql://postgres:…@national/postgres \\
        --province ha_noi --publisher "host=… dbname=evidence user=national_replicator …"
    python main.py national --replica "Hà Nội=postgresql://national_report:…@national/
        province_ha_noi" --replica "…" [--year 2026 | --from … --to …] [--out FILE]

None of them opens the application's database as the other commands do: the first works on
a province's publication, the others on the national cluster.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine

from db import replication
from db.engine import resolve_url
from evidence_app.domain.errors import ValidationError
from evidence_app.domain.messages import text
from evidence_app.files import write_output
from evidence_app.reports.params import ReportParams
from evidence_app.reports.table import ReportTable

Command = Callable[[str, str], argparse.ArgumentParser]


def add_parsers(command: Command, day: Callable[[str], object]) -> None:
    publish = command(
        "publish",
        "công bố số liệu cho máy chủ quốc gia (tại tỉnh) / publish to the national server",
    )
    publish.add_argument(
        "--replicator", default=replication.REPLICATOR_ROLE,
        help="vai trò máy chủ quốc gia kết nối / the role the subscriptions connect as",
    )  # fmt: skip
    subscribe = command(
        "replicate",
        "tạo bản sao của một tỉnh (tại máy chủ quốc gia) / replicate a province nationally",
    )
    subscribe.add_argument("--national", required=True, help="postgresql://SUPERUSER@HOST/DB")
    subscribe.add_argument("--province", required=True, help="mã tỉnh / province code: ha_noi")
    subscribe.add_argument(
        "--publisher", required=True,
        help="chuỗi kết nối libpq tới tỉnh / libpq string to the province: host=… dbname=… "
        "user=national_replicator password=…",
    )  # fmt: skip
    subscribe.add_argument("--report-role", default=replication.REPORT_ROLE)
    report = command("national", "số liệu toàn quốc / national figures (sum of the provinces)")
    report.add_argument("--replica", action="append", required=True, metavar="TÊN=URL",
                        help="bản sao của một tỉnh / a province's replica (repeat)")  # fmt: skip
    report.add_argument("--from", dest="date_from", type=day, help="dd/mm/yyyy")
    report.add_argument("--to", dest="date_to", type=day, help="dd/mm/yyyy")
    report.add_argument("--date", dest="day", type=day, help="dd/mm/yyyy (mặc định hôm nay)")
    report.add_argument("--year", type=int, help="năm công tác / working year")
    report.add_argument("--out", help="tệp .pdf hoặc .xlsx / output file (optional)")


def _postgres(url: str) -> str:
    resolved = resolve_url(url)
    if resolved.get_backend_name() != "postgresql":
        raise ValidationError("national.not_postgres", url=resolved.render_as_string(True))
    return resolved.render_as_string(hide_password=False)


def publish(args: argparse.Namespace) -> int:
    engine = create_engine(_postgres(args.db))
    try:
        with engine.begin() as conn:
            added = replication.publish(conn)
            if not replication.role_exists(conn, args.replicator):
                raise ValidationError("national.no_replicator", role=args.replicator)
            replication.grant_replicator(conn, args.replicator)
    finally:
        engine.dispose()
    print(
        text("national.published", args.lang, count=len(replication.REPLICATED_TABLES),
             name=replication.PUBLICATION, role=args.replicator,
             added=", ".join(added) or text("national.nothing_added", args.lang))
    )  # fmt: skip
    return 0


def subscribe(args: argparse.Namespace) -> int:
    try:
        replication.check_code(args.province)
    except ValueError:
        raise ValidationError("national.bad_code", code=args.province) from None
    url = replication.subscribe(
        _postgres(args.national), args.province, args.publisher, args.report_role
    )
    print(
        text("national.subscribed", args.lang, code=args.province, url=url,
             name=replication.subscription_name(args.province), role=args.report_role)
    )  # fmt: skip
    return 0


def replicas(values: list[str]) -> list[tuple[str, str]]:
    """``NAME=URL`` pairs; the name may hold any letters (it is printed), the URL no '='
    before its query string, so the first '=' splits them."""
    found = []
    for value in values:
        name, sep, url = value.partition("=")
        if not sep or not name.strip() or "://" not in url:
            raise ValidationError("national.bad_replica", value=value)
        found.append((name.strip(), _postgres(url.strip())))
    return found


def report(args: argparse.Namespace) -> int:
    from evidence_app.reports import national

    pairs = replicas(args.replica)
    if args.out and Path(args.out).suffix.lower() not in (".pdf", ".xlsx"):
        raise ValidationError("report.bad_format", ext=Path(args.out).suffix.lstrip("."))
    params = ReportParams(
        args.date_from, args.date_to, None, args.year, args.day, args.lang
    ).with_defaults()
    params.period()  # a reversed period is refused before any replica is opened
    table = national.build(national.read_replicas(pairs, params), params)
    print(national.as_text(table))
    if args.out:
        write_output(args.out, _render(table, Path(args.out), params), "report.cannot_write")
        print(args.out)
    return 0


def _render(table: ReportTable, path: Path, params: ReportParams) -> bytes:
    """PDF under the Ministry's department's header, or XLSX (the report machinery's)."""
    from evidence_app.reports.pdf import render_pdf
    from evidence_app.reports.xlsx import render_xlsx

    fmt = path.suffix.lower().lstrip(".")
    department = params.t("Cục Quản lý Thi hành án dân sự", "Civil Judgment Enforcement Department")
    if fmt == "xlsx":
        return render_xlsx(table, department)
    if fmt != "pdf":
        raise ValidationError("report.bad_format", ext=fmt)
    ministry = params.t("Bộ Tư pháp", "Ministry of Justice")
    return render_pdf(table, ministry, department, params.t("Hà Nội", "Hanoi"), params.day())


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "publish": publish,
    "replicate": subscribe,
    "national": report,
}
