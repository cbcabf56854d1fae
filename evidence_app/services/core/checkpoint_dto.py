"""What a checkpoint is outside the database: the signed file the head keeps, and the
results of taking and of checking one."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from evidence_app.domain.checkpoint import FORMAT, fingerprint
from evidence_app.domain.errors import ValidationError


@dataclass(frozen=True, slots=True)
class CheckpointFile:
    """The few hundred bytes the head keeps; the signature covers all but ``id``."""

    id: int
    taken_at: str
    reason: str
    item_count: int
    root: str
    signature: str
    public_key: str

    @property
    def fingerprint(self) -> str:
        try:
            return fingerprint(bytes.fromhex(self.public_key))
        except ValueError:
            return "?"

    def to_json(self) -> str:
        body = {"format": FORMAT, **asdict(self), "fingerprint": self.fingerprint}
        return json.dumps(body, ensure_ascii=False, indent=1) + "\n"

    @classmethod
    def read(cls, path: Path) -> CheckpointFile:
        """A file the head kept; refused in the user's words when it is not one."""
        try:
            data = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            raise ValidationError("checkpoint.file_invalid", path=str(path)) from None
        return cls.from_json(data, str(path))

    @classmethod
    def from_json(cls, data: str, path: str = "") -> CheckpointFile:
        try:
            body: dict[str, Any] = json.loads(data)
            if body.get("format") != FORMAT:
                raise ValueError(body.get("format"))
            return cls(
                int(body["id"]), str(body["taken_at"]), str(body["reason"]),
                int(body["item_count"]), str(body["root"]), str(body["signature"]),
                str(body["public_key"]),
            )  # fmt: skip
        except (ValueError, KeyError, TypeError, AttributeError):
            raise ValidationError("checkpoint.file_invalid", path=path) from None


@dataclass(frozen=True, slots=True)
class CheckpointView:
    file: CheckpointFile
    stored_bytes: int
    seconds: float


@dataclass(frozen=True, slots=True)
class CheckpointCheck:
    file: CheckpointFile
    #: A message key when the file or the stored checkpoint cannot be trusted (None: sound).
    problem: str | None
    items_checked: int
    #: Codes of the first items whose chain no longer extends the checkpoint.
    rewritten_codes: tuple[str, ...]
    rewritten_count: int
    admin_rewritten: bool
    seconds: float

    @property
    def ok(self) -> bool:
        return self.problem is None and not self.rewritten_count and not self.admin_rewritten
