"""Tests of ui.admin."""
