"""Reports: ledgers and statistics as tables, rendered to screen, PDF and XLSX."""
