"""Tests of evidence_app.services.intake."""
