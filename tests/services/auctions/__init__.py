"""Tests of evidence_app.services.auctions."""
