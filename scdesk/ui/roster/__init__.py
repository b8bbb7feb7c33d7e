"""Roster sync windows: files sent to and received from the central directory, and the
spreadsheet and address book import."""
