"""The demo database generator: a realistic Vietnamese agency with up to millions of items."""
