"""Tests of ui.releases."""
