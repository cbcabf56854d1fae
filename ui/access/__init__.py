"""Who is at the keyboard: login (also the second user of dual control), change password, the
first administrator of a new database.
"""

from ui.access.first_run_dialog import FirstRunDialog
from ui.access.login_dialog import LoginDialog
from ui.access.password_dialog import ChangePasswordDialog

__all__ = [
    "ChangePasswordDialog",
    "FirstRunDialog",
    "LoginDialog",
]
