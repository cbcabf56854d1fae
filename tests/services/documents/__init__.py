"""Tests of evidence_app.services.documents."""
