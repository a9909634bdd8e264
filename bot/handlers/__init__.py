"""Routers for plain commands (before the dialogs) and fallbacks and errors (after them)."""
