"""Tests of ui.reports."""
