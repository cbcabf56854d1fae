"""stocktakes."""
