"""Reading language-data files: YAML with a ``schema`` and ``version`` header, checked on load.

Every family (actors, triggers, numbers, time words ...) has its own module that turns the raw mapping
into typed records and raises :class:`~marsad.errors.LanguageDataError` naming the file and the entry
at fault. This module holds what they share.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from marsad import cache as caches
from marsad.errors import LanguageDataError
from marsad.text.normalize import normalize_term

#: the C loader is several times faster; PyYAML built without libyaml lacks it
_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


#: bump when what parsing accepts changes, so no body parsed by the older rules is taken from the cache
_PARSER_VERSION = "p2"


class _Loader(_BaseLoader):  # type: ignore[misc]
    """The safe loader, refusing a key written twice in one mapping: YAML keeps the last silently, so a
    second group of the same name would drop the first one's words."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"the key {key!r} is written twice; merge the two or rename one", key_node.start_mark
                )
            seen.add(key)
        return dict(super().construct_mapping(node, deep=deep))


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


def _cache_dir() -> Path | None:
    """Where parsed language data is kept between runs (``$MARSAD_DATA_DIR/lang-cache``), or None when it
    cannot be made: the cache only saves start-up time."""
    from marsad.geo.paths import data_dir

    path = data_dir() / "lang-cache"
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return path


def _parse(path: Path) -> Any:
    """The YAML of ``path``, from the cache when its bytes were parsed before: building the mappings of
    the language files is a fifth of a fresh process's start-up."""
    raw = path.read_bytes()
    cache = _cache_dir()
    digest = hashlib.sha1(raw).hexdigest()[:20]
    cached = cache / f"{path.name}.{digest}.{_PARSER_VERSION}.pickle" if cache is not None else None
    if cached is not None:
        body = caches.load(cached)  # a broken cache file is parsed again and replaced
        if body is not caches.MISSING:
            return body
    body = yaml.load(raw.decode("utf-8"), Loader=_Loader)
    if cached is not None:
        caches.save(cached, body)
    return body


def load_data_file(path: Path, schema: str) -> DataFile:
    """Load ``path`` and check that it declares ``schema`` (e.g. ``marsad.actors/1``) and a version."""
    try:
        body = _parse(path)
    except FileNotFoundError as exc:
        raise LanguageDataError(f"{path}: file not found; check the pack folder name") from exc
    except UnicodeDecodeError as exc:
        raise LanguageDataError(f"{path}: not UTF-8 ({exc}); save the file as UTF-8") from exc
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


def iso_date(value: object) -> dt.date | None:
    """A YAML date (read as a date or as "YYYY-MM-DD" text), or None."""
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


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
