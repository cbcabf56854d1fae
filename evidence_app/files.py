"""Output files written whole or not at all (labels, reports, exported papers).

The bytes go to a temporary file beside the target, are flushed to the disk, and only then
replace the target in one rename: a full disk, a missing folder or a refused permission
leaves whatever was at the path untouched and no temporary file behind.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO

from evidence_app.domain.errors import ValidationError
from evidence_app.domain.messages import MESSAGES, text

PathLike = str | os.PathLike[str]

#: The usual failures in the user's words (messages ``file.reason.*``); others keep the
#: system's own.
_REASONS = {
    errno.ENOSPC: "file.reason.no_space",
    errno.EDQUOT: "file.reason.no_space",
    errno.EFBIG: "file.reason.no_space",
    errno.EACCES: "file.reason.denied",
    errno.EPERM: "file.reason.denied",
    errno.EROFS: "file.reason.read_only",
    errno.ENOENT: "file.reason.no_folder",
    errno.ENOTDIR: "file.reason.not_folder",
    errno.EISDIR: "file.reason.is_folder",
    errno.ENAMETOOLONG: "file.reason.bad_name",
    errno.EINVAL: "file.reason.bad_name",
}


def atomic_write(path: PathLike, data: bytes) -> None:
    """``data`` at ``path`` whole, or ``path`` as it was (OSError says why)."""
    with atomic_output(path) as out:
        _write_fully(out.fileno(), data)


@contextmanager
def atomic_output(path: PathLike) -> Iterator[BinaryIO]:
    """A file whose content replaces ``path`` only if the block ends without an error."""
    target, temporary = _names(path)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(temporary, flags, 0o666)  # the umask applies, as to any new file
    try:
        with os.fdopen(fd, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())  # a full disk may only tell here
        _replace(target, temporary)
    except BaseException:
        with suppress(OSError):
            temporary.unlink()
        raise


@contextmanager
def staged_path(path: PathLike) -> Iterator[Path]:
    """A temporary name beside ``path`` for a writer that wants a file name (Qt's printer):
    the file written there replaces ``path`` only if the block ends without an error."""
    target, temporary = _names(path)
    try:
        yield temporary
        with open(temporary, "rb+") as written:  # none there: the writer wrote nothing
            os.fsync(written.fileno())
        _replace(target, temporary)
    except BaseException:
        with suppress(OSError):
            temporary.unlink()
        raise


def write_output(path: PathLike, data: bytes, key: str = "file.cannot_write") -> None:
    """``atomic_write``, a failure told as the message ``key`` (with {path} and {reason})."""
    try:
        atomic_write(path, data)
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the path
        raise cannot_write(key, path, exc) from exc


def cannot_write(key: str, path: PathLike, exc: OSError | ValueError) -> ValidationError:
    return ValidationError(key, path=os.fspath(path), reason=reason_key(exc))


def reason_key(exc: OSError | ValueError) -> str:
    """Why a write failed: a message key for the usual failures, else the system's words."""
    if isinstance(exc, ValueError):
        return "file.reason.bad_name"
    found = _REASONS.get(exc.errno or 0)
    return found or exc.strerror or type(exc).__name__


def reason_text(exc: OSError | ValueError, lang: str) -> str:
    """``reason_key`` in ``lang`` (for screens that word the rest of the message)."""
    key = reason_key(exc)
    return text(key, lang) if key in MESSAGES else key


def _write_fully(fd: int, data: bytes) -> None:
    """``os.write`` may write part of what it is given: go on until all is written."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _names(path: PathLike) -> tuple[Path, Path]:
    """The target (a link followed, not replaced by a file) and a fresh name beside it."""
    target = Path(os.path.realpath(path))
    return target, target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")


def _replace(target: Path, temporary: Path) -> None:
    with suppress(OSError):  # a file written over keeps its permissions
        os.chmod(temporary, stat.S_IMODE(os.stat(target).st_mode))
    os.replace(temporary, target)
    with suppress(OSError):  # the rename made durable (POSIX; Windows opens no folder)
        fd = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
