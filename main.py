"""Composition root: with a command, run it headless; without one, open the desktop application."""

from __future__ import annotations

import sys

#: Our options that take a value, wherever they stand: ``--lang en search …`` is a command.
VALUE_OPTIONS = ("--db", "--lang")


def command_word(args: list[str]) -> str | None:
    """The first word that is neither an option nor an option's value; None for the desktop.

    Single-dash options are Qt's (``-platform offscreen``, ``-style fusion``) and take a value.
    """
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg in VALUE_OPTIONS or (arg.startswith("-") and not arg.startswith("--")):
            skip = arg not in ("-h",)
        elif not arg.startswith("-"):
            return arg
    return None


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    from evidence_app.cli import run_cli

    # A command word (run_cli refuses unknown ones in one line), or --help: the list of commands.
    if command_word(args) is not None or "-h" in args or "--help" in args:
        return run_cli(args)
    from ui.shell import run_app

    return run_app(args)


if __name__ == "__main__":
    import multiprocessing

    # A packaged build started as one of the demo's spawned workers runs the worker, not us.
    multiprocessing.freeze_support()
    sys.exit(main())
