"""Headless commands: ``python main.py <command> --db URL …``.

Scripts, tests and administrators use them. A failure is one clear line on stderr and a
non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import NoReturn

from db.engine import resolve_url
from evidence_app import cli_national
from evidence_app.domain.enums import DocumentKind
from evidence_app.domain.errors import DomainError, ValidationError
from evidence_app.domain.messages import text
from evidence_app.files import write_output
from evidence_app.services.core.auth import SYSTEM
from evidence_app.services.core.dto import VerifyReport
from evidence_app.services.facade import Services

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_UNEXPECTED = 0, 1, 2, 70


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        """One line instead of argparse's usage block."""
        self.exit(EXIT_USAGE, f"{self.prog}: {one_line(message)} (--help)\n")


def one_line(message: str) -> str:
    """Control characters (line breaks among them) escaped: an error stays on one line."""
    return "".join(c if c.isprintable() else ascii(c)[1:-1] for c in message)


DB_HELP = (
    "sqlite:///FILE | postgresql://USER:PASS@HOST/DB "
    "(mặc định: EVIDENCE_DB_URL hoặc tệp SQLite của người dùng)"
)
#: Commands that may create the database they are given: a demo database, and a restore onto a
#: new workstation (the disaster-recovery path). Every other command refuses a missing one.
CREATE_DATABASE = ("demo", "restore")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="main.py",
        formatter_class=lambda prog: argparse.HelpFormatter(prog, width=110, max_help_position=24),
        description="Kho vật chứng. Không có lệnh: mở ứng dụng (--db, --lang). "
        "/ Evidence warehouse. Without a command: opens the desktop application.",
    )
    parser.add_argument(
        "--lang", choices=("vi", "en"), default=os.environ.get("EVIDENCE_LANG", "vi")
    )
    parser.add_argument("--db", help=DB_HELP)
    commands = parser.add_subparsers(
        dest="command", required=True, parser_class=_Parser, title="lệnh / commands",
        metavar="<lệnh / command>",
    )  # fmt: skip

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text)
        sub.add_argument("--db", help=DB_HELP, default=argparse.SUPPRESS)
        sub.add_argument("--lang", choices=("vi", "en"), default=argparse.SUPPRESS)
        return sub

    demo = command("demo", "tạo cơ sở dữ liệu mẫu / build a demo database")
    demo.add_argument("--items", type=int, default=10_000)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--password", default="demo12345")
    verify = command("verify", "kiểm tra chuỗi giám sát / verify the custody chains")
    verify.add_argument(
        "--checkpoint", metavar="FILE", help="tệp điểm chốt đã ký / a signed checkpoint file"
    )
    verify.add_argument("--key", metavar="FILE", help="khóa ký của cơ quan / the agency's key")
    checkpoint = command("checkpoint", "chốt chuỗi có ký / take a signed checkpoint")
    checkpoint.add_argument(
        "--out", help="tệp điểm chốt (bắt buộc, trừ khi --daily) / checkpoint file (required "
        "unless --daily)"
    )  # fmt: skip
    checkpoint.add_argument("--key", metavar="FILE", help="khóa ký (tạo nếu chưa có) / key")
    checkpoint.add_argument("--reason", choices=("daily", "stocktake", "manual"), default="manual")
    checkpoint.add_argument(
        "--daily", action="store_true",
        help="chốt hằng ngày cho tác vụ định kỳ: chỉ chốt nếu hôm nay (giờ Việt Nam) chưa có, "
        "luôn thoát 0 / daily checkpoint for a scheduled task: taken only if none today "
        "(Vietnam time), exit 0 either way",
    )  # fmt: skip
    documents = command("documents", "xuất văn bản đã lưu / export stored documents (PDF)")
    documents.add_argument("--export", required=True, metavar="DIR", help="thư mục / folder")
    documents.add_argument("--kind", choices=[str(k) for k in DocumentKind])
    search = command("search", "tìm vật chứng / search items")
    search.add_argument("text")
    search.add_argument("--limit", type=int, default=100)
    labels = command("labels", "in nhãn mã vạch / barcode labels (PDF or ZPL)")
    labels.add_argument("--codes", required=True, help="C1,C2,… (mã vật chứng / item codes)")
    labels.add_argument("--locations", action="store_true", help="mã vị trí / location codes")
    labels.add_argument("--format", dest="fmt", choices=("pdf", "zpl"), default="pdf")
    labels.add_argument("--size", choices=("50x30", "100x50", "a4"), default="50x30")
    labels.add_argument("--dpi", type=int, choices=(203, 300), default=203)
    labels.add_argument("--out", required=True, help="tệp kết quả / output file")
    backup = command("backup", "sao lưu cơ sở dữ liệu / back up the database")
    backup.add_argument("--out", required=True, help="tệp sao lưu / backup file")
    restore = command("restore", "khôi phục từ bản sao lưu / restore from a backup")
    restore.add_argument("--from", dest="source", required=True, help="tệp sao lưu / backup file")
    ledger = command("import", "nhập sổ theo dõi giấy (XLSX/CSV) / import a paper ledger")
    ledger.add_argument("file", help="tệp .xlsx hoặc .csv / .xlsx or .csv file")
    ledger.add_argument(
        "--valid-only", action="store_true", help="chỉ nhập dòng hợp lệ / only the valid rows"
    )
    report = command("report", "lập báo cáo / make a report (PDF or XLSX)")
    report.add_argument("name", nargs="?", help="tên báo cáo / report name (--list)")
    report.add_argument("--list", action="store_true", help="các báo cáo / list reports")
    report.add_argument("--out", help="tệp .pdf hoặc .xlsx / output file")
    report.add_argument("--from", dest="date_from", type=_day, help="dd/mm/yyyy")
    report.add_argument("--to", dest="date_to", type=_day, help="dd/mm/yyyy")
    report.add_argument("--date", dest="day", type=_day, help="dd/mm/yyyy (mặc định hôm nay)")
    report.add_argument("--year", type=int, help="năm công tác / working year")
    report.add_argument("--warehouse", help="mã kho / warehouse code")
    users = command("users", "tài khoản người dùng / user accounts")
    users.add_argument(
        "action", choices=("unlock",),
        help="unlock: mở khóa tài khoản bị khóa (khi không còn quản trị viên nào khác) / lift a "
        "lockout (when no other administrator can)",
    )  # fmt: skip
    users.add_argument("name", help="tên đăng nhập / user name")
    cli_national.add_parsers(command, _day)
    bench = command("bench", "đo hiệu năng / measure performance")
    bench.add_argument("--json", action="store_true")
    bench.add_argument("--samples", type=int, default=2000)
    bench.add_argument(
        "--desk-seconds",
        type=float,
        default=20.0,
        help="PostgreSQL: giây 20 máy trạm quét và chuyển / seconds 20 workstations scan and move",
    )
    bench.add_argument("--no-ui", action="store_true", help="không đo giao diện / skip the UI")
    bench.add_argument(
        "--quick",
        action="store_true",
        help="mọi số đo trên khối lượng nhỏ (để kiểm thử) / every figure at a small size (tests)",
    )
    return parser


def _demo(args: argparse.Namespace, services: Services) -> int:
    from evidence_app.services.demo import build_demo_database

    if args.items < 1:
        raise ValidationError("validation.not_positive", field="field.quantity")
    report = build_demo_database(
        services,
        args.items,
        args.seed,
        args.password,
        progress=lambda line: print(line, file=sys.stderr, flush=True),
    )
    print(
        text(
            "cli.demo_done",
            args.lang,
            items=report.items,
            events=report.events,
            cases=report.cases,
            locations=report.locations,
            seconds=f"{report.seconds:.1f}",
            users=", ".join(report.users),
            password=args.password,
        )
    )
    return EXIT_OK


def _verify(args: argparse.Namespace, services: Services) -> int:
    from evidence_app.cli_checkpoint import verify_checkpoint

    code = _verify_chains(args, services)
    if args.checkpoint:
        code = max(code, verify_checkpoint(args, services))
    return code


def _verify_chains(args: argparse.Namespace, services: Services) -> int:
    from evidence_app.services.core.verify import mismatch_text, verify_chains

    report = verify_chains(services.db, SYSTEM)
    admin = _admin_line(report, args.lang)
    print(admin, file=sys.stderr if report.admin_break else sys.stdout)
    for mismatch in report.state_mismatches:
        print(mismatch_text(mismatch, args.lang), file=sys.stderr)
    if report.mismatch_count > len(report.state_mismatches):
        more = report.mismatch_count - len(report.state_mismatches)
        print(text("verify.state_more", args.lang, count=more), file=sys.stderr)
    if report.first_break is None:
        key = "verify.state_mismatches" if report.mismatch_count else "verify.ok"
        print(
            text(
                key,
                args.lang,
                count=report.mismatch_count,
                items=report.items_checked,
                events=report.events_checked,
                seconds=f"{report.seconds:.1f}",
            ),
            file=sys.stderr if report.mismatch_count else sys.stdout,
        )
        documents = _verify_documents(args, services)
        return EXIT_FAILED if report.mismatch_count or report.admin_break else documents
    link = report.first_break
    print(
        text(
            "verify.broken",
            args.lang,
            code=link.item_code,
            item=link.item_id,
            event=link.event_id if link.event_id is not None else "—",
            seq=link.seq if link.seq is not None else "—",
            reason=link.reason,
        ),
        file=sys.stderr,
    )
    return EXIT_FAILED


def _admin_line(report: VerifyReport, lang: str) -> str:
    """The administrators' chain: intact with its count, or where it breaks."""
    broken = report.admin_break
    if broken is None:
        return text("verify.admin_ok", lang, count=report.admin_events_checked)
    return text("verify.admin_broken", lang, seq=broken.seq, reason=text(broken.reason, lang))


def _verify_documents(args: argparse.Namespace, services: Services) -> int:
    """After the chains: each document's record against its code and printed heads."""
    count, document, problem = services.documents.check_all(SYSTEM)
    if document is None or problem is None:
        print(text("verify.documents_ok", args.lang, count=count))
        return EXIT_OK
    reason = problem.message(args.lang)
    print(
        text("verify.document_broken", args.lang, number=document.number, id=document.id,
             reason=reason),
        file=sys.stderr,
    )  # fmt: skip
    return EXIT_FAILED


def _documents(args: argparse.Namespace, services: Services) -> int:
    """Write stored documents as PDF files (the bytes that were printed)."""
    kind = DocumentKind(args.kind) if args.kind else None
    paths = services.documents.export(SYSTEM, args.export, kind)
    print(text("cli.documents_exported", args.lang, count=len(paths), folder=args.export))
    return EXIT_OK


def _search(args: argparse.Namespace, services: Services) -> int:
    for hit in services.search.search(SYSTEM, args.text, args.limit):
        print(hit.code)
    return EXIT_OK


def _labels(args: argparse.Namespace, services: Services) -> int:
    """Labels to a file written whole; item labels recorded as printed (by the system actor)
    only once the file is written, and a failed write records nothing."""
    codes = [code for code in args.codes.split(",") if code.strip()]
    if not codes:
        raise ValidationError("validation.required", field="field.code")
    labels = services.labels

    def write(data: bytes) -> None:
        write_output(args.out, data, "labels.cannot_write")

    if args.locations:
        write(labels.location_labels(SYSTEM, codes, args.fmt, args.size, args.dpi))
    else:
        labels.item_labels(SYSTEM, codes, args.fmt, args.size, args.dpi, deliver=write)
    print(text("cli.labels_done", args.lang, count=len(dict.fromkeys(codes)), path=args.out))
    return EXIT_OK


def _day(text_value: str) -> date:
    try:
        return datetime.strptime(text_value.strip(), "%d/%m/%Y").date()
    except ValueError:
        raise argparse.ArgumentTypeError(f"dd/mm/yyyy: {text_value}") from None


def _report_list(lang: str) -> int:
    from evidence_app.services.reports import ReportService

    for info in ReportService.list():
        print(f"{info.name:22} {info.title(lang)} [{', '.join(info.params)}]")
    return EXIT_OK


def _report(args: argparse.Namespace, services: Services) -> int:
    from evidence_app.reports.params import ReportParams

    if not args.out:
        raise ValidationError("validation.required", field="field.output_file")
    fmt = Path(args.out).suffix.lower().lstrip(".")
    warehouse = services.reports.warehouse_id(SYSTEM, args.warehouse) if args.warehouse else None
    params = ReportParams(args.date_from, args.date_to, warehouse, args.year, args.day, args.lang)
    data = services.reports.export(SYSTEM, args.name, params, fmt)
    write_output(args.out, data, "report.cannot_write")
    print(args.out)
    return EXIT_OK


def _bench(args: argparse.Namespace, services: Services) -> int:
    from evidence_app.bench import FULL, QUICK, run_bench

    size = QUICK if args.quick else FULL
    figures = run_bench(services, args.samples, args.desk_seconds, size)
    if not args.no_ui:
        url = services.db.url.render_as_string(hide_password=False)
        figures.update(_ui_figures(url, quick=args.quick))
    if args.json:
        print(json.dumps(figures, ensure_ascii=False))
    else:
        for key, value in figures.items():
            print(f"{key:32} {value}")
    return EXIT_OK


def _ui_figures(url: str, *, quick: bool = False) -> dict[str, object]:
    """The desktop's figures, measured in a process of their own (this core has no Qt)."""
    import subprocess

    command = [sys.executable, "-m", "ui.bench.run", "--db", url]
    if quick:
        command += ["--samples", "50", "--starts", "1"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=1800, check=False)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        tail = " ".join(done.stderr.split()[-30:])
        return {"ui_bench_error": f"exit {done.returncode}: {tail}"}
    figures: dict[str, object] = json.loads(lines[-1])
    return figures


def _backup(args: argparse.Namespace, services: Services) -> int:
    report = services.backup.backup(SYSTEM, args.out)
    check = report.check
    print(
        text("cli.backup_done", args.lang, path=check.path, size=_size(report.size_bytes),
             revision=check.revision, tables=len(check.rows), rows=check.total_rows)
    )  # fmt: skip
    return EXIT_OK


def _restore(args: argparse.Namespace, services: Services) -> int:
    report = services.backup.restore(SYSTEM, args.source)
    check = report.check
    safety = text("cli.restore_safety", args.lang, path=report.safety_copy)
    print(
        text("cli.restore_done", args.lang, path=check.path, revision=check.revision,
             tables=len(check.rows), rows=check.total_rows,
             safety=safety if report.safety_copy else "")
    )  # fmt: skip
    return EXIT_OK


def _import(args: argparse.Namespace, services: Services) -> int:
    preview = services.ledger_import.preview(SYSTEM, args.file)
    for problem in preview.problems:
        print(one_line(problem.message(args.lang)), file=sys.stderr)
    result = services.ledger_import.commit(SYSTEM, preview, valid_only=args.valid_only)
    print(
        text("cli.import_done", args.lang, count=len(result.codes), path=args.file,
             skipped=result.skipped)
    )  # fmt: skip
    return EXIT_OK


def _size(count: int) -> str:
    if count >= 1 << 20:
        return f"{count / (1 << 20):.1f} MB"
    return f"{max(1, count // 1024)} kB"


def database_exists(url: str | None) -> bool:
    """A SQLite file must be there already; a server database is checked by connecting."""
    resolved = resolve_url(url)
    if resolved.get_backend_name() != "sqlite":
        return True
    name = resolved.database or ""
    return name in ("", ":memory:") or Path(name).is_file()


def _users(args: argparse.Namespace, services: Services) -> int:
    """``users unlock NAME``: recorded on the administrators' chain, naming the command."""
    user = services.users.unlock_from_command(args.name)
    print(text("cli.user_unlocked", args.lang, name=user.username))
    return EXIT_OK


def _checkpoint(args: argparse.Namespace, services: Services) -> int:
    from evidence_app.cli_checkpoint import take

    return take(args, services)


COMMANDS: dict[str, Callable[[argparse.Namespace, Services], int]] = {
    "demo": _demo,
    "verify": _verify,
    "checkpoint": _checkpoint,
    "documents": _documents,
    "search": _search,
    "labels": _labels,
    "bench": _bench,
    "backup": _backup,
    "restore": _restore,
    "import": _import,
    "report": _report,
    "users": _users,
}


def run_cli(argv: Sequence[str]) -> int:
    args = _parser().parse_args(list(argv))
    lang = args.lang
    services: Services | None = None
    try:
        if args.command == "report" and (args.list or not args.name):
            return _report_list(args.lang)  # the registry: no database to open
        if args.command in cli_national.COMMANDS:  # a province's publication, the national side
            return cli_national.COMMANDS[args.command](args)
        if args.command not in CREATE_DATABASE and not database_exists(args.db):
            url = resolve_url(args.db).render_as_string(hide_password=True)
            print(one_line(text("cli.no_database", lang, url=url)), file=sys.stderr)
            return EXIT_FAILED
        services = Services.open(args.db)
        return COMMANDS[args.command](args, services)
    except DomainError as error:
        print(one_line(error.message(lang)), file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(text("cli.interrupted", lang), file=sys.stderr)
        return 130
    except Exception as error:  # noqa: BLE001 - the promise is one line, never a traceback
        detail = " ".join(str(error).split())[:300]
        print(
            text("cli.unexpected", lang, error=f"{type(error).__name__}: {detail}"), file=sys.stderr
        )
        return EXIT_UNEXPECTED
    finally:
        if services is not None:
            services.close()
