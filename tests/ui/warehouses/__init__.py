"""Tests of ui.warehouses."""
