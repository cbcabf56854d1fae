"""Tests of evidence_app.services.catalogue."""
