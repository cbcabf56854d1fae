"""Tests of ui.access."""
