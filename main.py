"""Composition root: with a command, run it headless; without one, open the desktop application."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    from evidence_app.cli import COMMANDS, run_cli

    # A first word that is not an option is a command; run_cli refuses unknown ones in one line.
    if args and (args[0] in COMMANDS or not args[0].startswith("-")):
        return run_cli(args)
    from ui.shell import run_app

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
