"""Files exchanged with the world outside: roster exchange files, spreadsheets, address books."""
