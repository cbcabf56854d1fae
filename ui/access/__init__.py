"""Who is at the keyboard: login, a second person confirming an act (dual control, a second
administrator), change password, the first administrator of a new database.
"""

from ui.access.first_run_dialog import FirstRunDialog
from ui.access.login_dialog import LoginDialog
from ui.access.password_dialog import ChangePasswordDialog
from ui.access.witness_dialog import WitnessDialog

__all__ = [
    "ChangePasswordDialog",
    "FirstRunDialog",
    "LoginDialog",
    "WitnessDialog",
]
