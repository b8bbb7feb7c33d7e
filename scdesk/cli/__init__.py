"""The command line: the same operations as the windows, for administrators and scripts."""
