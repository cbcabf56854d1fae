"""destruction."""
