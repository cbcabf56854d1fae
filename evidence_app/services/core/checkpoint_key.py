"""The checkpoint signing key: an Ed25519 private key in a PEM file outside the database.

Whoever holds the database password can rewrite a chain and recompute every hash; without
this file they cannot sign a checkpoint that vouches for the rewrite. The head keeps it (a
USB key, the user's own profile), never beside the database.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
    load_pem_private_key,
)

from db.engine import APP_NAME
from evidence_app.domain.errors import ValidationError

#: Overrides the default key file (scripts, a key on removable media).
KEY_ENV = "EVIDENCE_CHECKPOINT_KEY"
#: Gives the signing key when a checkpoint is taken; services take one so tests can pass theirs.
KeySource = Callable[[], Ed25519PrivateKey]


def default_key_path() -> Path:
    env = os.environ.get(KEY_ENV)
    if env:
        return Path(env)
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "checkpoint-key.pem"


def resolve_key(path: Path | None = None) -> tuple[Ed25519PrivateKey, bool]:
    """The key at ``path`` (default: ``default_key_path()``), made on first use; True when
    it was just made. An unreadable or invalid file is refused, never replaced."""
    path = path or default_key_path()
    if path.exists():
        return load_key(path), False
    return generate_key(path), True


def default_signing_key() -> Ed25519PrivateKey:
    """The key the command line would use: ``EVIDENCE_CHECKPOINT_KEY`` or the user data dir."""
    return resolve_key()[0]


def generate_key(path: Path) -> Ed25519PrivateKey:
    """A new key written with owner-only permissions; an existing file is never replaced."""
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise ValidationError("checkpoint.key_exists", path=str(path)) from None
    with os.fdopen(fd, "wb") as out:
        out.write(pem)
    return key


def load_key(path: Path) -> Ed25519PrivateKey:
    try:
        key = load_pem_private_key(path.read_bytes(), password=None)
    except OSError as exc:
        raise ValidationError(
            "checkpoint.key_unreadable", path=str(path), reason=exc.strerror or exc
        ) from None
    except ValueError:
        raise ValidationError("checkpoint.key_invalid", path=str(path)) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise ValidationError("checkpoint.key_invalid", path=str(path))
    return key


def public_bytes(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def signature_valid(public_key: bytes, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True
