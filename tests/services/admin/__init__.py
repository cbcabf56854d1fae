"""Tests of evidence_app.services.admin."""
