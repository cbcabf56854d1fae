"""Tests of ui.checkouts."""
