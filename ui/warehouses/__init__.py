"""The warehouses area (Kho và vị trí): the location tree with counts and a location's items."""

from ui.warehouses.view import WarehouseView

__all__ = [
    "WarehouseView",
]
