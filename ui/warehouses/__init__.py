"""warehouses."""
