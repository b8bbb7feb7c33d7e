"""The user guide inside the app: F1 opens it, in the app's language."""
