"""Tests of evidence_app.services.core."""
