"""Tests of ui.stocktakes."""
