"""scdesk: the desktop app for sister city organizations."""

__version__ = "0.1.0"
