"""Printed output: official documents (Decree 30/2020 layout) and barcoded labels."""
