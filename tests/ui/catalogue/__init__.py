"""Tests of ui.catalogue."""
