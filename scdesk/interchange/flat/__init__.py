"""Flat exports for people who only want a spreadsheet or an address book."""
