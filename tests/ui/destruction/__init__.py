"""Tests of ui.destruction."""
