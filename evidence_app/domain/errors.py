"""Domain errors whose messages are written for the user, in Vietnamese and English.

Each error names a message key; ``messages.py`` holds the text in both languages. The UI
shows ``error.message(lang)``; the command line prints it on one line.
"""

from __future__ import annotations

from typing import Any

from evidence_app.domain.messages import render


class DomainError(Exception):
    """Base of every error a user may see."""

    key = "error.generic"

    def __init__(self, **params: Any) -> None:
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "vi") -> str:
        """The user's message in ``lang`` ("vi" or "en")."""
        return render(self.key, lang, **self.params)


class ValidationError(DomainError):
    """Input that does not satisfy a rule; ``key`` chosen per case."""

    def __init__(self, key: str, **params: Any) -> None:
        self.key = key
        super().__init__(**params)


class NotFoundError(DomainError):
    key = "error.not_found"


class PermissionDeniedError(DomainError):
    key = "error.permission_denied"


class NoneOfPermissionsError(PermissionDeniedError):
    """The user holds none of the permissions any of which allows the action."""

    key = "error.permission_denied_any"


class OtherUnitError(PermissionDeniedError):
    """The user holds no role granting the action in the unit that owns the item, case,
    warehouse or request (issue 21): each office acts on its own."""

    key = "error.other_unit"


class AuthenticationError(DomainError):
    key = "error.bad_credentials"


class AccountLockedError(DomainError):
    key = "error.account_locked"


class AccountInactiveError(DomainError):
    key = "error.account_inactive"


class PasswordChangeRequiredError(DomainError):
    """The account holds a password an administrator typed; its owner sets their own first."""

    key = "error.password_change_required"


class StaleEditError(DomainError):
    key = "error.stale_edit"


class ConflictError(DomainError):
    """A write collided with another user's write; nothing was saved."""

    key = "error.conflict"


class DuplicateError(DomainError):
    key = "error.duplicate"


class IllegalTransitionError(DomainError):
    key = "error.illegal_transition"


class FinalStateError(DomainError):
    key = "error.final_state"


class InvalidCodeError(DomainError):
    key = "error.invalid_code"


class UnknownCodeError(NotFoundError):
    """A well-formed scanned code that names no item or location; ``kind`` picks the text."""

    def __init__(self, kind: str, code: str) -> None:
        self.key = f"error.unknown_{kind}_code"
        super().__init__(code=code)


class BarcodeImageError(DomainError):
    """An image file that could not be read or holds no code; ``key`` chosen per case."""

    def __init__(self, key: str, **params: Any) -> None:
        self.key = key
        super().__init__(**params)


class IntakeRefusedError(DomainError):
    """A handover with problems (``problems``, each naming its line); nothing was written."""

    key = "error.intake_refused"

    def __init__(self, problems: tuple[Any, ...]) -> None:
        self.problems = problems
        super().__init__(count=len(problems))

    def message(self, lang: str = "vi") -> str:
        first = self.problems[0].message(lang) if self.problems else ""
        return render(self.key, lang, count=len(self.problems), first=first)


class DiskFullError(DomainError):
    """The disk holding the database is full: the action was rolled back whole."""

    key = "error.disk_full"


class DatabaseUnavailableError(DomainError):
    key = "error.database_unavailable"


class ConnectionLostError(DatabaseUnavailableError):
    """The database server went away during an action (stopped, restarted, the network cut):
    the transaction did not commit, nothing of it was written. The workstation retries."""

    key = "error.connection_lost"
