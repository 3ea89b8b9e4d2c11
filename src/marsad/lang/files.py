"""Reading language-data files: YAML with a ``schema`` and ``version`` header, checked on load.

Every family (actors, triggers, numbers, time words ...) has its own module that turns the raw mapping
into typed records and raises :class:`~marsad.errors.LanguageDataError` naming the file and the entry
at fault. This module holds what they share.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from marsad.errors import LanguageDataError
from marsad.text.normalize import normalize_term

#: the C loader is several times faster; PyYAML built without libyaml lacks it
_Loader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=1)
def data_root() -> Path:
    """The packaged data folder; cached, as resolving the package's resources costs more than the
    cached look-ups that ask for it on every report (``load_numbers()``)."""
    return Path(str(resources.files("marsad") / "data"))


@dataclass(frozen=True, slots=True)
class DataFile:
    path: Path
    schema: str
    version: str
    body: dict[str, Any]


def load_data_file(path: Path, schema: str) -> DataFile:
    """Load ``path`` and check that it declares ``schema`` (e.g. ``marsad.actors/1``) and a version."""
    try:
        with path.open(encoding="utf-8") as fh:
            body = yaml.load(fh, Loader=_Loader)
    except FileNotFoundError as exc:
        raise LanguageDataError(f"{path}: file not found; check the pack folder name") from exc
    except yaml.YAMLError as exc:
        raise LanguageDataError(f"{path}: not valid YAML ({exc}); fix the syntax at the line shown") from exc
    if not isinstance(body, dict):
        raise LanguageDataError(f"{path}: expected a mapping at top level")
    declared = body.get("schema")
    if declared != schema:
        raise LanguageDataError(f"{path}: declares schema {declared!r}, expected {schema!r}")
    version = body.get("version")
    if not isinstance(version, str) or not version:
        raise LanguageDataError(f"{path}: missing 'version' (a string such as '2026.11.1')")
    return DataFile(path=path, schema=schema, version=version, body=body)


def require(entry: dict[str, Any], key: str, typ: type, where: str) -> Any:
    """Fetch ``entry[key]`` and check its type, with an error naming ``where``."""
    if key not in entry:
        raise LanguageDataError(f"{where}: missing required key {key!r}")
    value = entry[key]
    if not isinstance(value, typ):
        raise LanguageDataError(f"{where}: {key!r} must be {typ.__name__}, got {type(value).__name__}")
    return value


def string_list(entry: dict[str, Any], key: str, where: str, required: bool = False) -> list[str]:
    if key not in entry:
        if required:
            raise LanguageDataError(f"{where}: missing required key {key!r}")
        return []
    value = entry[key]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise LanguageDataError(f"{where}: {key!r} must be a list of non-empty strings")
    return value


def word_problems(prefix: str, words: Iterable[str]) -> list[str]:
    """The linter's findings for one group of words: each word's text problems, and a word listed twice
    once normalised ("بتهمة"/"بتهمه"); every message starts with ``prefix``."""
    words = list(words)
    problems = [f"{prefix}: {w!r}: {p}" for w in words for p in text_problems(w)]
    counts = Counter(normalize_term(w) for w in words)
    problems.extend(f"{prefix}: {w!r} listed twice" for w, n in counts.items() if n > 1)
    return problems


def text_problems(text: str) -> list[str]:
    """What the linter objects to in one string: not NFC, presentation forms, stray whitespace."""
    problems: list[str] = []
    if unicodedata.normalize("NFC", text) != text:
        problems.append("not in Unicode NFC")
    if any(0xFB50 <= ord(c) <= 0xFDFF or 0xFE70 <= ord(c) <= 0xFEFC for c in text):
        problems.append("contains Arabic presentation forms")
    if text != text.strip() or "  " in text:
        problems.append("leading, trailing or doubled whitespace")
    if any(c in "\u200c\u200d\u200e\u200f\u0640" for c in text):
        problems.append("contains tatweel or invisible marks")
    return problems
