"""Tests of evidence_app.services.stocktakes."""
