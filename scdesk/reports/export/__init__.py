"""The tables behind a report as CSV and XLSX files, its events as an iCalendar file.

No Qt here: files are built in memory and written atomically, so a failed export leaves
nothing half-written.
"""
