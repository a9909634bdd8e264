"""Errors the repositories raise; callers turn them into messages for people."""


class StorageError(Exception):
    """Base of the errors below."""


class NotFound(StorageError):
    """The row does not exist, or the asking person may not see it."""


class AlreadyExists(StorageError):
    """A row with the same unique name exists already."""
