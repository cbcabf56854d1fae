"""Tests of ui.cases."""
