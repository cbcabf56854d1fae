"""Tests of ui.dashboard."""
