"""Board reports: figures computed in SQL (`figures`, no Qt), their tables and calendars as
files (`export`, no Qt), and their pages laid out for paper and PDF (`render`, Qt)."""
