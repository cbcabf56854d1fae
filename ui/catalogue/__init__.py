"""The catalogue area (Danh mục vật chứng) and the item panel beside every area: filters, the lazy
table, fields, photos, custody timeline, chain state, the checkout notice.
"""

from ui.catalogue.item_panel import ItemPanel
from ui.catalogue.view import CatalogueView

__all__ = [
    "CatalogueView",
    "ItemPanel",
]
