"""Tests of ui.moves."""
