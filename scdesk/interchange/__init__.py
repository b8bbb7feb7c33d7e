"""File formats that carry records in and out: the roster exchange file, spreadsheets,
address books. They sit beside the operations and know nothing of Qt."""
