"""Gazetteer errors: each names the file and line at fault and says what to do."""

from __future__ import annotations

from marsad.errors import GazetteerError


class GazetteerImportError(GazetteerError):
    """An import file cannot be read; nothing was changed in the gazetteer."""

    code = "E041"

    def __init__(self, path: str, line: int, problem: str) -> None:
        super().__init__(f"{path}, line {line}: {problem}; the import was abandoned and the gazetteer is unchanged")
        self.path = path
        self.line = line
        self.problem = problem


class GazetteerDataError(GazetteerError):
    """A curated gazetteer data file is malformed."""

    code = "E042"


class UnknownPlaceError(GazetteerError):
    """A place named on the command line is not in the gazetteer."""

    code = "E043"
