"""Errors raised by the library. The CLI maps each to a message and an exit code."""

from __future__ import annotations


class NewsledgerError(Exception):
    """Base class of every error newsledger raises on purpose."""


class InputError(NewsledgerError):
    """An input that cannot be read or analysed; the message says which and why."""

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class ModelNotFoundError(NewsledgerError):
    """The configured spaCy model is not installed."""


class StoreError(NewsledgerError):
    """The database cannot be opened or written."""


class ConfigError(NewsledgerError):
    """A configuration or user data file is invalid."""
