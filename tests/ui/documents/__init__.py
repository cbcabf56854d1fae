"""Tests of ui.documents."""
