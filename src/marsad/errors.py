"""Numbered exceptions whose messages tell the user what to do.

Every error Marsad raises on purpose derives from :class:`MarsadError` and carries a stable code
(``E001`` ...), so that users and scripts can look it up and tests can check the right one fired.
"""

from __future__ import annotations


class MarsadError(Exception):
    """Base class: ``code`` is stable across releases; the message says what to do."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")
        self.message = message


class InputError(MarsadError):
    """The input cannot be read as a report (empty, binary, not UTF-8, too large ...)."""

    code = "E001"


class EmptyInputError(InputError):
    code = "E002"


class BinaryInputError(InputError):
    code = "E003"


class EncodingInputError(InputError):
    code = "E004"


class InputTooLargeError(InputError):
    code = "E005"


class DocumentInputError(InputError):
    """One document of a file of many cannot be read; the others are still processed. ``doc_id`` names
    the document when it could be read, so the failure can be traced to it."""

    def __init__(self, message: str, doc_id: str | None = None) -> None:
        super().__init__(message)
        self.doc_id = doc_id


class JsonlLineError(DocumentInputError):
    """One line of a ``--input`` JSONL file is malformed (``doc_id``: the line's ``id``)."""

    code = "E006"


class FeedError(DocumentInputError):
    """An RSS or Atom file that cannot be read as a feed, or one of its entries that holds no report
    (``doc_id``: the entry's id or link)."""

    code = "E007"


class DateArgumentError(MarsadError):
    code = "E010"


class LanguageDataError(MarsadError):
    """A language-data file fails its schema or the linter."""

    code = "E020"


class PipelineConfigError(MarsadError):
    """A stage needs something no earlier stage assigns."""

    code = "E030"


class GazetteerError(MarsadError):
    code = "E040"


class StoreError(MarsadError):
    code = "E050"


class EvaluationError(MarsadError):
    code = "E060"
