"""The step setting or clearing a lot's gold-jewellery flag (Decree 152/2026 Art 61.3)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QWidget

from ui.auctions.dialogs import StepForm
from ui.strings import tr


class GoldJewelleryDialog:
    """One box, as the new-lot form has it: the lot is gold jewellery, fine-art, raw or
    other gold, to go by the shortened procedure; open only before the first posting or
    public notice (the service refuses it afterwards)."""

    @classmethod
    def ask(cls, parent: QWidget, current: bool) -> bool | None:
        form = StepForm(tr("auction.gold_flag_title"), parent, tr("auction.gold_flag_hint"))
        box = QCheckBox(tr("auction.gold_jewellery"))
        box.setObjectName("lot_gold_jewellery")
        box.setToolTip(tr("auction.gold_jewellery_tip"))
        box.setChecked(current)
        form.add("auction.gold_jewellery_row", box)
        return form.run(box.isChecked)
