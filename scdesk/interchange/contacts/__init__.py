"""Importing people from spreadsheets (CSV, XLSX) and address books (vCard).

The steps, each its own module: `reading` turns a file of any supported kind into a table
(`sources`), `mapping` says which column holds what, `people_rows` turns rows into people
with their problems, `preview` compares them with the database, `apply` writes them in
one transaction.
"""
