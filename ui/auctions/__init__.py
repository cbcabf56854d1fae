"""auctions."""
