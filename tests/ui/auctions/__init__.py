"""Tests of ui.auctions."""
