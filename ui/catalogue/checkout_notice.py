"""The item panel's warning about an item out on a temporary release (trích xuất)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel

from evidence_app.domain.clock import agency_today
from evidence_app.services.core.dto import CheckoutView
from ui.common.formats import day
from ui.strings import tr

OUT_STYLE = "color: #7a4b00; background: #fff4e0; border: 1px solid #f0c36d;"
OVERDUE_STYLE = "color: #a61b1b; background: #fdecec; border: 1px solid #f3b9b9;"


def notice_text(checkout: CheckoutView, today: date | None = None) -> tuple[str, bool]:
    """ "Đang trích xuất cho …, hạn trả dd/mm/yyyy" and whether it is overdue."""
    who = ", ".join(p for p in (checkout.requester_name, checkout.requesting_body) if p)
    text = tr("checkout.panel_out", who=who, due=day(checkout.due_on))
    late = checkout.days_overdue(today or agency_today())
    if late:
        text += " — " + tr("checkout.panel_overdue", days=late)
    return text, late > 0


def show_notice(label: QLabel, checkout: CheckoutView | None) -> None:
    """Fill ``label`` with the warning (red when overdue), or hide it."""
    if checkout is None:
        label.hide()
        return
    text, overdue = notice_text(checkout)
    label.setText(text)
    label.setStyleSheet(
        f"QLabel {{ {OVERDUE_STYLE if overdue else OUT_STYLE}"
        " border-radius: 4px; padding: 4px 8px; font-weight: bold; }"
    )
    label.show()
