"""Storage: SQLite files, connections, migrations, locks, the search index. No Qt here."""
