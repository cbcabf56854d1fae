"""Tests of ui.intake."""
