"""Tests of evidence_app.services.custody."""
