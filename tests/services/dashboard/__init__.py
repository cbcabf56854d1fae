"""Tests of evidence_app.services.dashboard."""
