"""The Roster sync page: files sent to and received from the central directory."""
