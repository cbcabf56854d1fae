"""Use cases over a unit of work: each checks permission and returns frozen dataclasses."""
