"""Errors of the event store, each with its own stable code (see :mod:`marsad.errors`)."""

from __future__ import annotations

from marsad.errors import StoreError


class DatabaseURLError(StoreError):
    """``--db`` is not a database URL SQLAlchemy can open."""

    code = "E051"


class DatabaseUnavailableError(StoreError):
    """The database server cannot be reached or refuses the connection."""

    code = "E052"


class MigrationError(StoreError):
    """The schema could not be brought up to date."""

    code = "E053"


class PlaceNotFoundError(StoreError):
    """``marsad control PLACE`` names no stored or known place."""

    code = "E054"


class ExtractorUnavailableError(StoreError):
    """No extraction function is available to ingest raw text."""

    code = "E055"


class DocumentRejectedError(StoreError):
    """One document cannot be stored (bad input or failed extraction); the rest of the batch goes on."""

    code = "E056"


class FormatError(StoreError):
    """An output or input format the command does not know."""

    code = "E057"
