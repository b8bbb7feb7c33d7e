"""Roster sync windows: the roster exchange page and the spreadsheet and address book import."""
