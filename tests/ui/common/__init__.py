"""Tests of ui.common."""
