"""checkouts."""
