"""Tests of evidence_app.services.destruction."""
